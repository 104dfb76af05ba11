"""The generated-answer cache over HTTP: ``GET /admin/cache`` (live entries per assistant or route) and
``DELETE /admin/cache`` (flush a tenant's answers, optionally of one assistant or route). Curated entries are
``/admin/memory``; flushing never touches them."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.server.admin import _admin, _audit, _json
from bastion.server.feedback_api import tenant_scope


async def cache_stats(request: Request) -> Response:
    s, p = await _admin(request)
    rows = await s.cache.repo.stats(tenant_scope(request, p))
    return _json({"object": "list", "data": rows})


async def flush_cache(request: Request) -> Response:
    s, p = await _admin(request)
    tenant = tenant_scope(request, p)
    assistant = request.query_params.get("assistant") or None
    route = request.query_params.get("route") or None
    deleted = await s.cache.repo.clear(tenant, assistant, route)
    _audit(s, p, "cache.flush", tenant or "*", {"assistant": assistant, "route": route, "deleted": deleted})
    return _json({"object": "cache.flush", "deleted": deleted})


ROUTES = [
    Route("/admin/cache", cache_stats, methods=["GET"]),
    Route("/admin/cache", flush_cache, methods=["DELETE"]),
]
