"""Knowledge bases over HTTP: ``/v1/knowledge``.

Every key reads and searches its own tenant's bases (documents filtered by the key's access groups);
admins and tenant-admins create and delete bases and documents. Uploads are multipart and ingested by a
background job whose progress is ``GET /v1/knowledge/{kb}/jobs/{id}``.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.errors import InvalidRequest, ModelNotFound, PayloadTooLarge, PermissionDenied
from bastion.identity.base import Principal
from bastion.knowledge.base import Filter, KnowledgeBase
from bastion.knowledge.service import Upload, reranked
from bastion.server.admin import _body, _json, caller


class KnowledgeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=64)
    description: str = Field("", max_length=2000)
    embedding_model: str | None = Field(None, description="an embedding route; default: knowledge.embedding_route")


class SearchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str = Field(min_length=1, max_length=4000)
    top_k: int = Field(5, ge=1, le=50)
    mode: str = Field("hybrid", pattern="^(hybrid|bm25|vector)$")
    documents: list[str] = []
    tags: list[str] = []
    rerank: str | None = Field(None, description="a rerank model that reorders the best fused hits")
    rerank_candidates: int = Field(20, ge=1, le=100, description="fused hits the rerank model scores")


async def _caller(request: Request) -> tuple[Any, Principal]:
    return await caller(request, "knowledge")


def _writer(p: Principal) -> None:
    if p.role not in ("admin", "tenant-admin"):
        raise PermissionDenied("changing a knowledge base needs an admin or tenant-admin key; user keys may read "
                               "and search")


async def _kb(request: Request) -> tuple[Any, Principal, KnowledgeBase]:
    s, p = await _caller(request)
    return s, p, await s.knowledge.get_kb(p.tenant_id, request.path_params["kb"])


async def create_kb(request: Request) -> Response:
    s, p = await _caller(request)
    _writer(p)
    body = await _body(request, KnowledgeCreate)
    route = body.embedding_model
    if route is not None and (route not in s.router.routes or s.router.kind(route) != "embedding"):
        raise InvalidRequest(f"'{route}' is not an embedding model; pick one from GET /v1/models",
                             param="embedding_model")
    kb = await s.knowledge.create_kb(p.tenant_id, body.name, body.description, route)
    return _json(kb.public(), 201)


async def list_kbs(request: Request) -> Response:
    s, p = await _caller(request)
    return _json({"object": "list", "data": [kb.public() for kb in await s.knowledge.list_kbs(p.tenant_id)]})


async def get_kb(request: Request) -> Response:
    _, _, kb = await _kb(request)
    return _json(kb.public())


async def delete_kb(request: Request) -> Response:
    s, p, kb = await _kb(request)
    _writer(p)
    await s.knowledge.delete_kb(kb)
    return _json({"object": "knowledge_base.deleted", "id": kb.name, "deleted": True})


def _list_field(form: Any, name: str) -> tuple[str, ...]:
    raw = form.get(name)
    if raw is None or isinstance(raw, UploadFile):
        return ()
    return tuple(x.strip() for x in str(raw).split(",") if x.strip())


async def upload(request: Request) -> Response:
    """``multipart/form-data``: one or more ``file`` (or ``files``) parts, optional ``tags`` and ``groups``
    (comma-separated). Answers 202 with the ingestion job."""
    s, p, kb = await _kb(request)
    _writer(p)
    cfg = s.settings.knowledge
    limit = cfg.max_upload_bytes * cfg.max_files + 1024 * 1024
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the upload is {declared} bytes; at most {cfg.max_files} files of "
                              f"{cfg.max_upload_bytes} bytes each fit in one request")
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise InvalidRequest("send the files as multipart/form-data, e.g. curl -F file=@handbook.pdf ...",
                             param="file")
    async with request.form(max_files=cfg.max_files, max_fields=20) as form:
        tags, groups = _list_field(form, "tags"), _list_field(form, "groups")
        uploads = []
        for key in ("file", "files"):
            for part in form.getlist(key):
                if isinstance(part, UploadFile):
                    data = await part.read(cfg.max_upload_bytes + 1)
                    uploads.append(Upload(part.filename or "upload", data, tags, groups))
    job = await s.knowledge.submit(kb, uploads)
    return _json(job.public(kb.name), 202)


async def list_documents(request: Request) -> Response:
    s, p, kb = await _kb(request)
    docs = await s.knowledge.documents(kb)
    groups = p.document_groups
    visible = [d for d in docs if groups is None or not d.groups or groups & set(d.groups)]
    return _json({"object": "list", "data": [d.public() for d in visible]})


async def delete_document(request: Request) -> Response:
    s, p, kb = await _kb(request)
    _writer(p)
    raw = request.path_params["doc"]
    if not raw.isdigit():
        raise InvalidRequest("a document id is a number (GET the base's documents to list them)", param="doc")
    await s.knowledge.delete_document(kb, int(raw))
    return _json({"object": "knowledge.document.deleted", "id": int(raw), "deleted": True})


async def get_job(request: Request) -> Response:
    s, _, kb = await _kb(request)
    job = await s.knowledge.job(kb, request.path_params["job"])
    return _json(job.public(kb.name))


def _rerank_route(s: Any, p: Principal, route: str) -> None:
    if route not in s.router.routes:
        raise ModelNotFound(f"the model '{route}' does not exist; GET /v1/models lists the models you can use",
                            param="rerank")
    if s.router.kind(route) != "rerank":
        raise InvalidRequest(f"'{route}' is not a rerank model; pick one whose kind is rerank from GET /v1/models",
                             param="rerank")
    if not p.may_use(route):
        raise PermissionDenied(f"this API key may not use the model '{route}'; ask an admin to add it to the key's "
                               "allowed_models", param="rerank")


async def search(request: Request) -> Response:
    """Hybrid search; with ``rerank`` the hits are reordered by that rerank model (``rerank.ok`` false: it
    failed, and the fused order stands)."""
    s, p, kb = await _kb(request)
    body = await _body(request, SearchRequest)
    if body.rerank is not None:
        _rerank_route(s, p, body.rerank)
    flt = Filter(tuple(body.documents), tuple(body.tags), p.document_groups)
    hits = await s.knowledge.search([kb], body.query, flt, body.mode, top_k=body.top_k, rerank=body.rerank,
                                    rerank_candidates=body.rerank_candidates)
    out: dict[str, Any] = {"object": "list", "knowledge_base": kb.name, "version": kb.version, "query": body.query,
                           "mode": body.mode}
    if body.rerank is not None:
        out["rerank"] = {"route": body.rerank, "ok": reranked(hits)}
    return _json({**out, "data": [h.public() for h in hits]})


ROUTES = [
    Route("/v1/knowledge", create_kb, methods=["POST"]),
    Route("/v1/knowledge", list_kbs, methods=["GET"]),
    Route("/v1/knowledge/{kb}", get_kb, methods=["GET"]),
    Route("/v1/knowledge/{kb}", delete_kb, methods=["DELETE"]),
    Route("/v1/knowledge/{kb}/documents", upload, methods=["POST"]),
    Route("/v1/knowledge/{kb}/documents", list_documents, methods=["GET"]),
    Route("/v1/knowledge/{kb}/documents/{doc}", delete_document, methods=["DELETE"]),
    Route("/v1/knowledge/{kb}/jobs/{job}", get_job, methods=["GET"]),
    Route("/v1/knowledge/{kb}/search", search, methods=["POST"]),
]
