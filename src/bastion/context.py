"""The state of one request as it goes down the pipeline."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bastion import validate
from bastion.errors import BastionError
from bastion.guardrails.masking import Masker
from bastion.guardrails.policy import ContentBlocked, Policy, Verdict
from bastion.identity.base import Principal, hash_key
from bastion.providers.base import CallInfo
from bastion.quotas.service import Reservation
from bastion.router.router import Served

if TYPE_CHECKING:
    from bastion.assistants.grounded import Grounding
    from bastion.cache_stage import CacheState


@dataclass(slots=True)
class RequestContext:
    request_id: str
    endpoint: str  # chat | embeddings
    api_key: str | None
    raw: bytes
    key_hash: str | None = None  # a web session's key (it knows only the hash); api_key is None then
    body: dict[str, Any] = field(default_factory=dict)
    inputs: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    route: str = ""
    stream: bool = False
    principal: Principal | None = None
    served: Served | None = None
    usage: dict[str, Any] | None = None
    status: int = 200
    error_code: str | None = None
    upstream_seconds: float = 0.0
    ttft: float | None = None
    recorded: bool = False
    info: CallInfo | None = None
    reservation: Reservation | None = None
    model: str | None = None  # the deployment's model that answered (prices are per model)
    cost: float | None = None
    policy: Policy | None = None
    verdicts: list[Verdict] = field(default_factory=list)
    conversation: str | None = None  # x-bastion-conversation: masked values keep their placeholders across turns
    masker: Masker | None = None
    answers: list[str] | None = None  # the answer text as released (masked), kept when the tenant retains bodies
    scanned: bool = False  # the input passed the scanners (and so is masked where the policy masks)
    grounding: Grounding | None = None  # model "assistant/<name>": the grounded path's state
    stream_text: list[str] | None = None  # a stream's answer text (grounding check, cache, response record)
    cache: CacheState | None = None  # what the cache stage decided (hit, miss or bypass)
    cache_header: str | None = None  # x-bastion-cache or cache-control, as the client sent it
    regenerate_of: str | None = None  # x-bastion-regenerate-of: the response this request asks again
    response_id: str | None = None  # the completion id the client got
    prompt_messages: list[dict[str, Any]] | None = None  # the client's messages after the input guardrails

    def fail(self, e: BaseException) -> None:
        self.status = e.status if isinstance(e, BastionError) else 500
        self.error_code = (e.code or e.type) if isinstance(e, BastionError) else "internal_error"
        if isinstance(e, ContentBlocked):  # input, whole answer or stream: the blocking verdict is audited
            self.verdicts.append(e.verdict)


def response_id(ctx: RequestContext) -> str:
    """The id of the completion the client gets: Bastion's own and random (an upstream's ids need not be unique,
    and the request id may come from the client), so that feedback names exactly this response."""
    if ctx.response_id is None:
        ctx.response_id = f"chatcmpl-{uuid.uuid4().hex}"
    return ctx.response_id


def texts(ctx: RequestContext, skip_system: bool = False) -> list[str]:
    """The request's text: embedding inputs, or every message's text (optionally without system prompts)."""
    if ctx.endpoint == "embeddings":
        return ctx.inputs
    return [t for m in ctx.body["messages"] if not (skip_system and m.get("role") == "system")
            for t in validate.message_texts(m)]


def vault_scope(ctx: RequestContext) -> str:
    """Where a request's PII mapping lives: its conversation, but only for the same caller (a conversation id
    is the client's choice, so another key naming it must not read this key's values back), or the request."""
    if ctx.conversation is None:
        return ctx.request_id
    assert ctx.principal is not None
    key_hash = ctx.key_hash or hash_key(ctx.api_key or "")
    return f"{ctx.principal.user_id or key_hash[:32]}:{ctx.conversation}"
