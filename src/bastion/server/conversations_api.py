"""Conversation history over HTTP (``/v1/conversations``): what the chat page lists, reopens and deletes.

Every key may use it (any role), with ``Authorization: Bearer`` or the web session cookie. A conversation
belongs to the caller's tenant and to the caller: the user of the key, or the key itself when it has no user
(``key:<key id>``). History is private: an admin or tenant-admin key sees only its own conversations here, never
another user's, and another owner's conversation answers 404 exactly like one that does not exist (never 403,
so ids are not confirmed).

What is stored is the text the user saw. ``content`` may be a string or an OpenAI content-part list; text parts
are joined with newlines and every image part becomes the marker ``[image]`` (audio ``[audio]``, files
``[file]``): images are not kept, so rows stay small and a pasted photo does not outlive the answer. ``meta`` is
the UI's own object (sources, cache, refusal) to redraw an answer, at most 64 KiB of JSON.

Retention: a tenant's ``retention: metadata`` keeps prompt and answer bodies out of the *audit log*; it does not
apply here. History is a feature the user asked for and controls: it is kept until the user deletes the
conversation (``DELETE /v1/conversations/{id}`` removes its messages too).
``bastion.storage.conversations.ConversationRepo.purge`` removes a user's or a tenant's history at once.

Limits: 50 messages per append, 100,000 characters of content per message, 2,000 messages per conversation;
titles are trimmed to 200 characters. See docs/webapp.md.
"""

from __future__ import annotations

from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.errors import InvalidRequest, NotFound, PayloadTooLarge
from bastion.identity.base import Principal
from bastion.quotas import window
from bastion.server.admin import _json, caller
from bastion.server.bodies import read_body, refuse_nul
from bastion.storage.conversations import ConversationFull, ConversationRepo, NewMessage

DEFAULT_TITLE = "New conversation"
MAX_TITLE = 200
MAX_PER_APPEND = 50
MAX_CONTENT_CHARS = 100_000
MAX_META_BYTES = 64 * 1024
MAX_MESSAGES = 2000
MAX_PAGE = 200
MAX_CONVERSATIONS = 1000  # per owner: history is kept until deleted, so it needs a ceiling
WRITES_PER_MINUTE = 120  # creates, appends and renames per owner (the shared quota store's sliding window)
PART_MARKERS = {"image_url": "[image]", "input_audio": "[audio]", "file": "[file]"}


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConversationCreate(_Body):
    assistant: str | None = Field(None, max_length=128, description='the assistant, e.g. "assistant/demo"')
    title: str | None = Field(None, description=f"trimmed and cut to {MAX_TITLE} characters")


class ConversationUpdate(_Body):
    title: str = Field(description=f"the new title, trimmed and cut to {MAX_TITLE} characters")


class MessageIn(_Body):
    role: Literal["user", "assistant", "system"]
    content: str | list[dict[str, Any]] = Field(description="text, or OpenAI content parts (images become [image])")
    response_id: str | None = Field(None, max_length=128, description="the chat completion's id, for feedback")
    meta: dict[str, Any] | None = Field(None, description="what the UI needs to redraw the answer (≤ 64 KiB)")


class MessagesAppend(_Body):
    messages: list[MessageIn] = Field(min_length=1, max_length=MAX_PER_APPEND)


CONVERSATION_MODELS: list[type[BaseModel]] = [ConversationCreate, ConversationUpdate, MessagesAppend]


def owner_of(p: Principal) -> str:
    """Whose history a caller reads: its user, or the key itself when the key has no user."""
    return p.user_id if p.user_id else f"key:{p.key_id}"


async def _caller(request: Request) -> tuple[Any, Principal, ConversationRepo]:
    s, p = await caller(request, "conversations")
    return s, p, s.conversations


async def _admit_write(s: Any, p: Principal) -> None:
    """At most ``WRITES_PER_MINUTE`` writes per owner, so one key cannot fill the database with history."""
    await window.admit(s.store, f"conversations:{p.tenant_id}:{owner_of(p)}", WRITES_PER_MINUTE,
                       f"at most {WRITES_PER_MINUTE} conversation writes per minute",
                       fail_open=s.settings.quotas.on_store_failure == "open")


async def _body(request: Request, s: Any, model: type[BaseModel]) -> Any:
    raw = await read_body(request, s.settings.max_body_bytes)
    try:
        body = model.model_validate_json(raw or b"{}")
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(x) for x in err["loc"]) or None
        if len(err["loc"]) > 3 and err["loc"][2] == "content":  # a union: name the field, not the member type
            where = ".".join(str(x) for x in err["loc"][:3])
            raise InvalidRequest(f"{where} is a string or a list of content parts", param=where) from None
        if err["type"] == "too_long" and loc == "messages":
            raise InvalidRequest(f"at most {MAX_PER_APPEND} messages per call; send the rest in another call",
                                 param="messages") from None
        raise InvalidRequest(f"{loc or 'body'}: {err['msg']}", param=loc) from None
    refuse_nul(body.model_dump())  # PostgreSQL text cannot hold NUL: a 400 here, not a 500 in the database
    return body


def _title(raw: str | None) -> str:
    """Whitespace collapsed (titles are one line), cut rather than refused when long."""
    text = " ".join((raw or "").split())
    return text[:MAX_TITLE].rstrip() or DEFAULT_TITLE


def _text(content: str | list[dict[str, Any]], where: str) -> str:
    """The text kept for a message: parts joined, images and other media replaced by markers."""
    if isinstance(content, str):
        return content
    out: list[str] = []
    for i, part in enumerate(content):
        kind = part.get("type")
        if kind == "text" and isinstance(part.get("text"), str):
            out.append(part["text"])
        elif isinstance(kind, str) and kind in PART_MARKERS:
            out.append(PART_MARKERS[kind])
        else:
            raise InvalidRequest(f"{where}.{i}: a content part is {{\"type\": \"text\", \"text\": \"...\"}} or an "
                                 f"{'/'.join(PART_MARKERS)} part", param=f"{where}.{i}")
    return "\n".join(out)


def _message(m: MessageIn, i: int) -> NewMessage:
    where = f"messages.{i}"
    text = _text(m.content, f"{where}.content")
    if len(text) > MAX_CONTENT_CHARS:
        raise PayloadTooLarge(f"{where}.content has {len(text)} characters; at most {MAX_CONTENT_CHARS} are kept per "
                              "message. Shorten it or split it", param=f"{where}.content")
    if m.meta is not None and len(orjson.dumps(m.meta)) > MAX_META_BYTES:
        raise PayloadTooLarge(f"{where}.meta is larger than {MAX_META_BYTES // 1024} KiB of JSON; keep only what the "
                              "UI needs to redraw the answer (e.g. source snippets, not whole documents)",
                              param=f"{where}.meta")
    return NewMessage(m.role, text, m.response_id, m.meta)


def _missing(cid: str) -> NotFound:
    return NotFound(f"no conversation '{cid}'; GET /v1/conversations lists yours", param="id")


def _limit(request: Request) -> int:
    raw = request.query_params.get("limit", "50")
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise InvalidRequest(f"limit is a whole number from 1 to {MAX_PAGE}", param="limit")
    return int(raw)


# -- endpoints ---------------------------------------------------------------------------------------------
async def list_conversations(request: Request) -> Response:
    _, p, repo = await _caller(request)
    before = request.query_params.get("before") or None
    page = await repo.recent(p.tenant_id, owner_of(p), limit=_limit(request), before=before)
    if page is None:
        raise InvalidRequest(f"before: no conversation '{before}' of yours to page from; it may have been deleted. "
                             "List again without before", param="before")
    rows, more = page
    return _json({"object": "list", "data": rows, "first_id": rows[0]["id"] if rows else None,
                  "last_id": rows[-1]["id"] if rows else None, "has_more": more})


async def create_conversation(request: Request) -> Response:
    s, p, repo = await _caller(request)
    await _admit_write(s, p)
    body: ConversationCreate = await _body(request, s, ConversationCreate)
    if await repo.count(p.tenant_id, owner_of(p)) >= MAX_CONVERSATIONS:
        raise InvalidRequest(f"you have {MAX_CONVERSATIONS} conversations, the most kept per user; delete old ones "
                             "first", code="too_many_conversations")
    row = await repo.create(p.tenant_id, owner_of(p), title=_title(body.title), assistant=body.assistant or None)
    return _json(row, 201)


async def get_conversation(request: Request) -> Response:
    _, p, repo = await _caller(request)
    cid = request.path_params["id"]
    row = await repo.get(p.tenant_id, owner_of(p), cid)
    if row is None:
        raise _missing(cid)
    return _json(row)


async def rename_conversation(request: Request) -> Response:
    s, p, repo = await _caller(request)
    await _admit_write(s, p)
    cid = request.path_params["id"]
    body: ConversationUpdate = await _body(request, s, ConversationUpdate)
    if not body.title.strip():
        raise InvalidRequest("title is empty; send the new title", param="title")
    row = await repo.rename(p.tenant_id, owner_of(p), cid, _title(body.title))
    if row is None:
        raise _missing(cid)
    return _json(row)


async def delete_conversation(request: Request) -> Response:
    _, p, repo = await _caller(request)
    cid = request.path_params["id"]
    if not await repo.delete(p.tenant_id, owner_of(p), cid):
        raise _missing(cid)
    return Response(status_code=204)


async def append_messages(request: Request) -> Response:
    s, p, repo = await _caller(request)
    await _admit_write(s, p)
    cid = request.path_params["id"]
    body: MessagesAppend = await _body(request, s, MessagesAppend)
    messages = [_message(m, i) for i, m in enumerate(body.messages)]
    try:
        rows = await repo.append(p.tenant_id, owner_of(p), cid, messages, MAX_MESSAGES)
    except ConversationFull as e:
        raise InvalidRequest(f"{e}; start a new conversation", param="messages", code="conversation_full") from None
    if rows is None:
        raise _missing(cid)
    return _json({"object": "list", "data": rows}, 201)


ROUTES = [
    Route("/v1/conversations", list_conversations, methods=["GET"]),
    Route("/v1/conversations", create_conversation, methods=["POST"]),
    Route("/v1/conversations/{id}", get_conversation, methods=["GET"]),
    Route("/v1/conversations/{id}", rename_conversation, methods=["PATCH"]),
    Route("/v1/conversations/{id}", delete_conversation, methods=["DELETE"]),
    Route("/v1/conversations/{id}/messages", append_messages, methods=["POST"]),
]
