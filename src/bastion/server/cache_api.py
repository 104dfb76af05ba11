"""The generated-answer cache over HTTP: ``GET /admin/cache`` (live entries per assistant or route) and
``DELETE /admin/cache`` (flush a tenant's answers, optionally of one assistant or route). Curated entries are
``/admin/memory``; flushing never touches them."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion.errors import PermissionDenied
from bastion.server.admin import _admin, _audit, _json


def _scope(request: Request, role: str, own: str) -> str | None:
    """Admins may name any tenant (or all); tenant-admins only ever act on their own."""
    wanted = request.query_params.get("tenant_id") or None
    if role == "admin":
        return wanted
    if wanted is not None and wanted != own:
        raise PermissionDenied("a tenant-admin key acts on its own tenant only; leave tenant_id out")
    return own


async def cache_stats(request: Request) -> Response:
    s, p = await _admin(request)
    rows = await s.cache.repo.stats(_scope(request, p.role, p.tenant_id))
    return _json({"object": "list", "data": rows})


async def flush_cache(request: Request) -> Response:
    s, p = await _admin(request)
    tenant = _scope(request, p.role, p.tenant_id)
    assistant = request.query_params.get("assistant") or None
    route = request.query_params.get("route") or None
    deleted = await s.cache.repo.clear(tenant, assistant, route)
    _audit(s, p, "cache.flush", tenant or "*", {"assistant": assistant, "route": route, "deleted": deleted})
    return _json({"object": "cache.flush", "deleted": deleted})


ROUTES = [
    Route("/admin/cache", cache_stats, methods=["GET"]),
    Route("/admin/cache", flush_cache, methods=["DELETE"]),
]
