"""``/admin/audit``: search, export (JSON lines) and verify the hash-chained audit log; ``/admin/offenders``:
the abuse monitor's repeat offenders, and lifting a suspension."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from bastion.errors import InvalidRequest, NotFound
from bastion.server.admin import _admin, _audit, _json, _only_admin, _scope, _when


async def search(request: Request) -> Response:
    s, p = await _admin(request)
    q = request.query_params
    tenant = q.get("tenant_id")
    scope = _scope(p)
    if scope is not None:
        if tenant not in (None, scope):
            raise NotFound(f"no tenant '{tenant}'")
        tenant = scope
    try:
        limit = min(1000, max(1, int(q.get("limit", "100"))))
    except ValueError:
        raise InvalidRequest("'limit' must be a whole number from 1 to 1000", param="limit") from None
    await s.audit.flush()  # include what is still buffered
    status = q.get("status")
    if status is not None and not (status.isdigit() and len(status) == 3):
        raise InvalidRequest("'status' must be an HTTP status such as 200 or 400", param="status")
    rows = await s.audit.search(tenant_id=tenant, kind=q.get("kind"), action=q.get("action"), actor=q.get("actor"),
                                since=_when(request, "since"), until=_when(request, "until"), route=q.get("route"),
                                request_id=q.get("request_id"), status=int(status) if status else None, limit=limit)
    return _json({"data": rows})


async def export(request: Request) -> Response:
    s, p = await _admin(request)
    await s.audit.flush()  # include what is still buffered
    tenant = _scope(p) or request.query_params.get("tenant_id")
    return StreamingResponse(s.audit.export(tenant), media_type="application/x-ndjson",
                             headers={"content-disposition": 'attachment; filename="audit.jsonl"'})


async def verify(request: Request) -> Response:
    s, p = await _admin(request)
    _only_admin(p, "verify the whole audit chain")
    await s.audit.flush()
    v = await s.audit.verify()
    return _json({"ok": v.ok, "checked": v.checked, "problem": v.problem, "seq": v.seq})


async def offenders(request: Request) -> Response:
    """Keys with offenses in the window (default: the abuse monitor's), most first, with their state."""
    s, p = await _admin(request)
    since = _when(request, "since") or datetime.now(UTC) - timedelta(minutes=s.settings.abuse.window_minutes)
    return _json({"since": since.isoformat(), "data": await s.db.admin.offenders(_scope(p), since)})


async def lift(request: Request) -> Response:
    """End a suspension or throttle (the offenses stay on record)."""
    s, p = await _admin(request)
    key_id = request.path_params["key_id"]
    row = await s.db.admin.update_key(key_id, {"suspended": False, "throttled": False}, _scope(p))
    if row is None:
        raise NotFound(f"no key '{key_id}'")
    _audit(s, p, "key.lift", row["tenant_id"], {"key_id": key_id})
    return _json(row)


ROUTES = [
    Route("/admin/offenders", offenders, methods=["GET"]),
    Route("/admin/offenders/{key_id}/lift", lift, methods=["POST"]),
    Route("/admin/audit", search, methods=["GET"]),
    Route("/admin/audit/export", export, methods=["GET"]),
    Route("/admin/audit/verify", verify, methods=["GET"]),
]
