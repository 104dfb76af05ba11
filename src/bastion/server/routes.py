"""HTTP handlers: translate between HTTP and the pipeline. No business logic lives here."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import numpy as np
import orjson
from starlette.requests import Request
from starlette.responses import Response

from bastion.errors import InvalidRequest, ModelNotFound
from bastion.identity.base import Principal
from bastion.pipeline import RequestContext
from bastion.providers.base import ChatResult
from bastion.server.bodies import read_body
from bastion.server.openapi import document
from bastion.server.sse import EventStream
from bastion.server.web_auth import credentials

JSON = "application/json"


def _services(request: Request) -> Any:
    return request.app.state.services


async def _context(request: Request, endpoint: str) -> RequestContext:
    s = _services(request)
    raw = await read_body(request, s.settings.max_body_bytes)
    key, key_hash = await credentials(request)
    ctx = RequestContext(request.scope["bastion.request_id"], endpoint, key, raw, key_hash=key_hash)
    ctx.conversation = _conversation(request)
    ctx.cache_header = request.headers.get("x-bastion-cache") or request.headers.get("cache-control")
    ctx.regenerate_of = _header_id(request, "x-bastion-regenerate-of")
    request.scope["bastion.ctx"] = ctx
    return ctx


def _conversation(request: Request) -> str | None:
    return _header_id(request, "x-bastion-conversation")


def _header_id(request: Request, name: str) -> str | None:
    value = request.headers.get(name)
    if value is None:
        return None
    if not 1 <= len(value) <= 128 or not value.isprintable():
        raise InvalidRequest(f"{name} must be 1-128 printable characters", param=name)
    return value


async def chat_completions(request: Request) -> Response | EventStream:
    s = _services(request)
    ctx = await _context(request, "chat")
    out = await s.pipeline.chat(ctx)
    if isinstance(out, ChatResult):
        return Response(out.body, media_type=JSON)
    return EventStream(out)


async def embeddings(request: Request) -> Response:
    s = _services(request)
    ctx = await _context(request, "embeddings")
    result = await s.pipeline.embed(ctx)
    as_b64 = ctx.body.get("encoding_format") == "base64"
    data = []
    for i, vec in enumerate(result.vectors):
        emb: Any = base64.b64encode(np.asarray(vec, dtype="<f4").tobytes()).decode() if as_b64 else vec
        data.append({"object": "embedding", "index": i, "embedding": emb})
    body = {"object": "list", "data": data, "model": result.model,
            "usage": {"prompt_tokens": result.prompt_tokens, "total_tokens": result.prompt_tokens}}
    return Response(orjson.dumps(body), media_type=JSON)


def _model_entry(s: Any, name: str) -> dict[str, Any]:
    route = s.router.routes[name]
    kind = route.targets[0][0].cfg.kind
    caps = route.targets[0][0].cfg.capabilities
    return {"id": name, "object": "model", "created": s.started_at, "owned_by": "bastion",
            "bastion": {"kind": kind, "strategy": route.cfg.strategy, "description": route.cfg.description,
                        "capabilities": caps.model_dump() if kind == "chat" else {}}}


async def _authenticate(request: Request) -> tuple[Any, Principal]:
    s = _services(request)
    key, key_hash = await credentials(request)
    ctx = RequestContext(request.scope["bastion.request_id"], "models", key, b"", key_hash=key_hash)
    await s.pipeline.authenticate(ctx)
    assert ctx.principal is not None
    return s, ctx.principal


async def list_models(request: Request) -> Response:
    s, p = await _authenticate(request)
    data = [_model_entry(s, name) for name in sorted(s.router.routes)]
    data += [{"id": a.model, "object": "model", "created": s.started_at, "owned_by": a.tenant,
              "bastion": {"kind": "assistant", "version": a.version, "description": a.cfg.description}}
             for a in await s.assistants.list(p.tenant_id) if p.may_use_assistant(a.name)]
    return Response(orjson.dumps({"object": "list", "data": data}), media_type=JSON)


async def get_model(request: Request) -> Response:
    s, _ = await _authenticate(request)
    name = request.path_params["model"]
    if name not in s.router.routes:
        raise ModelNotFound(f"the model '{name}' does not exist; GET /v1/models lists the models you can use",
                            param="model")
    return Response(orjson.dumps(_model_entry(s, name)), media_type=JSON)


async def health(request: Request) -> Response:
    return Response(b'{"status":"ok"}', media_type=JSON)


async def ready(request: Request) -> Response:
    s = _services(request)
    checks: dict[str, str | None] = {"database": await s.db.ping()}
    if s.settings.redis_url:
        checks["redis"] = await s.store.check()
    names = list(s.providers)
    results = await asyncio.gather(*(s.providers[n].check() for n in names))
    checks.update({f"deployment:{n}": r for n, r in zip(names, results, strict=True)})
    healthy = {n for n, r in zip(names, results, strict=True) if r is None}
    # Ready when the database answers and every model has at least one deployment that answers.
    ok = checks["database"] is None and checks.get("redis") is None and all(
        any(d.name in healthy for d, _ in route.targets) for route in s.router.routes.values())
    body = {"status": "ready" if ok else "not ready",
            "checks": {k: ("ok" if v is None else v) for k, v in checks.items()}}
    return Response(orjson.dumps(body), status_code=200 if ok else 503, media_type=JSON)


async def metrics(request: Request) -> Response:
    return Response(_services(request).metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")


async def openapi(request: Request) -> Response:
    doc = getattr(request.app.state, "openapi", None)
    if doc is None:
        doc = request.app.state.openapi = orjson.dumps(document())
    return Response(doc, media_type=JSON)
