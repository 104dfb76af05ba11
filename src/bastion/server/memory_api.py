"""The curated long-term memory over HTTP: ``/admin/memory``.

Admins and tenant-admins add, change and delete question → answer entries per assistant; reviewers may read them.
An entry cites knowledge-base documents as ``{"kb", "document"}``; the document's current sha256 is stored with it,
so a changed document makes the entry stale until someone sets it ``active`` again, which re-reads the sha256s
(the review). Every change joins the audit log.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.errors import InvalidRequest, NotFound, PermissionDenied
from bastion.identity.base import Principal
from bastion.server.admin import _audit, _body, _json
from bastion.server.feedback_api import reviewer, tenant_scope

MEMORY_STATUSES = ("active", "stale", "review", "disabled")


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kb: str = Field(min_length=1, max_length=64)
    document: str = Field(min_length=1, max_length=500)


class MemoryCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tenant_id: str | None = None
    assistant: str = Field(min_length=1, max_length=64)
    question: str = Field(min_length=1, max_length=4000)
    answer: str = Field(min_length=1, max_length=32000)
    paraphrases: list[str] = Field([], max_length=50)
    sources: list[Source] = Field([], max_length=20)


class MemoryUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str | None = Field(None, min_length=1, max_length=4000)
    answer: str | None = Field(None, min_length=1, max_length=32000)
    paraphrases: list[str] | None = Field(None, max_length=50)
    sources: list[Source] | None = Field(None, max_length=20)
    status: Literal["active", "review", "disabled"] | None = Field(
        None, description="active (re-reads the cited documents' sha256: the review), review or disabled")


async def _editor(request: Request) -> tuple[Any, Principal]:
    s, p = await reviewer(request)
    if p.role not in ("admin", "tenant-admin"):
        raise PermissionDenied("changing the curated memory needs an admin or tenant-admin key; reviewers approve "
                               "candidates through /admin/promotions")
    return s, p


def _tenant(p: Principal, wanted: str | None) -> str:
    if p.role == "admin":
        return wanted or p.tenant_id
    if wanted not in (None, p.tenant_id):
        raise PermissionDenied("a tenant-admin manages only its own tenant; leave tenant_id out")
    return p.tenant_id


async def resolve(s: Any, tenant: str, sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each cited document with its current sha256; a 400 naming the first source that does not exist."""
    out = []
    for i, src in enumerate(sources):
        try:
            kb = await s.knowledge.get_kb(tenant, src["kb"])
        except NotFound:
            raise InvalidRequest(f"sources[{i}]: no knowledge base '{src['kb']}' in tenant '{tenant}'; fix the name "
                                 "(GET /v1/knowledge lists them) or leave the source out",
                                 param=f"sources.{i}.kb") from None
        doc = await s.knowledge.document(kb, src["document"])
        if doc is None:
            raise InvalidRequest(f"sources[{i}]: no document '{src['document']}' in knowledge base '{src['kb']}'; "
                                 f"upload it or fix the name (GET /v1/knowledge/{src['kb']}/documents lists them)",
                                 param=f"sources.{i}.document")
        out.append({"kb": src["kb"], "document": src["document"], "sha256": doc.sha256})
    return out


async def _entry(s: Any, p: Principal, request: Request) -> dict[str, Any]:
    try:
        eid = int(request.path_params["id"])
    except ValueError:
        eid = 0
    if not 1 <= eid < 2**31:
        raise InvalidRequest("a memory entry id is a positive number; GET /admin/memory lists them", param="id")
    entry = await s.feedback.memory.get(eid, None if p.role == "admin" else p.tenant_id)
    if entry is None:
        raise NotFound(f"no curated memory entry {eid}; GET /admin/memory lists them")
    return dict(entry)


async def list_memory(request: Request) -> Response:
    s, p = await reviewer(request)
    status = request.query_params.get("status") or None
    if status is not None and status not in MEMORY_STATUSES:
        raise InvalidRequest(f"status is one of {', '.join(MEMORY_STATUSES)}", param="status")
    rows = await s.feedback.memory.list(tenant_scope(request, p), request.query_params.get("assistant") or None,
                                        status)
    return _json({"object": "list", "data": rows})


async def create_memory(request: Request) -> Response:
    s, p = await _editor(request)
    body: MemoryCreate = await _body(request, MemoryCreate)
    tenant = _tenant(p, body.tenant_id)
    if await s.assistants.get(tenant, body.assistant) is None:
        raise InvalidRequest(f"no assistant '{body.assistant}' in tenant '{tenant}'; GET /v1/assistants lists them",
                             param="assistant")
    sources = await resolve(s, tenant, [x.model_dump() for x in body.sources])
    paraphrases = [t.strip() for t in body.paraphrases if t.strip()]
    eid = await s.feedback.memory.add(tenant=tenant, assistant=body.assistant, question=body.question,
                                      answer=body.answer, paraphrases=paraphrases, sources=sources, origin="admin",
                                      created_by=p.key_id)
    _audit(s, p, "memory.create", tenant, {"entry_id": eid, "assistant": body.assistant, "sources": sources})
    return _json(await s.feedback.memory.get(eid), 201)


async def get_memory(request: Request) -> Response:
    s, p = await reviewer(request)
    return _json(await _entry(s, p, request))


async def update_memory(request: Request) -> Response:
    s, p = await _editor(request)
    entry = await _entry(s, p, request)
    body: MemoryUpdate = await _body(request, MemoryUpdate)
    fields = body.model_dump(exclude_unset=True)
    if any(fields.get(k) is None for k in fields):
        raise InvalidRequest("leave out what stays the same; null is not a value here", param=next(
            k for k in fields if fields[k] is None))
    if "paraphrases" in fields:
        fields["paraphrases"] = [t.strip() for t in fields["paraphrases"] if t.strip()]
    if "sources" in fields or fields.get("status") == "active":  # a review re-reads what the entry cites
        cited = fields.get("sources", entry["sources"])
        fields["sources"] = await resolve(s, entry["tenant_id"], [{"kb": c["kb"], "document": c["document"]}
                                                                  for c in cited])
    if "status" in fields:
        fields["status_reason"] = None if fields["status"] == "active" else f"set to {fields['status']} by an admin"
    await s.feedback.memory.update(entry["id"], **fields)
    _audit(s, p, "memory.update", entry["tenant_id"], {"entry_id": entry["id"], **{
        k: v for k, v in fields.items() if k not in ("answer", "question", "paraphrases")},
        "changed": sorted(fields)})
    return _json(await s.feedback.memory.get(entry["id"]))


async def delete_memory(request: Request) -> Response:
    s, p = await _editor(request)
    entry = await _entry(s, p, request)
    await s.feedback.memory.delete(entry["id"], entry["tenant_id"])
    _audit(s, p, "memory.delete", entry["tenant_id"], {"entry_id": entry["id"], "assistant": entry["assistant"]})
    return _json({"object": "memory.deleted", "id": entry["id"], "deleted": True})


ROUTES = [
    Route("/admin/memory", list_memory, methods=["GET"]),
    Route("/admin/memory", create_memory, methods=["POST"]),
    Route("/admin/memory/{id}", get_memory, methods=["GET"]),
    Route("/admin/memory/{id}", update_memory, methods=["PATCH"]),
    Route("/admin/memory/{id}", delete_memory, methods=["DELETE"]),
]
