"""``GET /admin/stats``: the admin dashboards' numbers over a time window (admins and tenant-admins).

Query parameters: ``since`` and ``until`` (ISO-8601 or unix seconds; default the last 24 hours), ``bucket``
(seconds; default a round width giving at most about 60 buckets), ``tenant`` (or ``tenant_id``; admins only, a
tenant-admin always reads its own tenant). The answer's shape is in docs/webapp.md and
:func:`bastion.storage.stats.dashboard`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from bastion.errors import InvalidRequest, PermissionDenied
from bastion.identity.base import Principal
from bastion.server.admin import _admin, _json, parse_iso
from bastion.storage.stats import Window, dashboard, default_bucket

DEFAULT_RANGE = timedelta(hours=24)
MAX_RANGE = timedelta(days=400)
MAX_BUCKETS = 1000


def instant(raw: str, name: str) -> datetime:
    """An ISO-8601 date or time (UTC unless it says otherwise) or unix seconds."""
    try:
        return datetime.fromtimestamp(float(raw), UTC)
    except (OverflowError, OSError):
        raise InvalidRequest(f"'{name}' is out of range", param=name) from None
    except ValueError:
        return parse_iso(raw, name, "an ISO-8601 time (2026-11-01T09:00:00Z) or unix seconds")


def _tenant(q: Mapping[str, str], p: Principal) -> str | None:
    wanted = q.get("tenant") or q.get("tenant_id") or None
    if p.role == "admin":
        return wanted
    if wanted not in (None, p.tenant_id):
        raise PermissionDenied("a tenant-admin reads only its own tenant's numbers; leave tenant out")
    return p.tenant_id


def window(q: Mapping[str, str], p: Principal, now: datetime | None = None) -> Window:
    """The window a request asks for, checked; bad parameters are a 400 naming the parameter."""
    until = instant(q["until"], "until") if q.get("until") else (now or datetime.now(UTC))
    since = instant(q["since"], "since") if q.get("since") else until - DEFAULT_RANGE
    if since >= until:
        raise InvalidRequest("'since' must be before 'until'", param="since")
    span = until - since
    if span > MAX_RANGE:
        raise InvalidRequest(f"the window is {span.days} days; at most {MAX_RANGE.days} are allowed", param="since")
    raw = q.get("bucket")
    if raw:
        try:
            bucket = int(raw)
        except ValueError:
            raise InvalidRequest("'bucket' must be a whole number of seconds", param="bucket") from None
        if not 1 <= bucket <= span.total_seconds():
            raise InvalidRequest("'bucket' must be from 1 second to the window's length", param="bucket")
    else:
        bucket = default_bucket(span.total_seconds())
    w = Window(since, until, bucket, _tenant(q, p))
    if w.count > MAX_BUCKETS:
        raise InvalidRequest(f"bucket={bucket} cuts the window into {w.count} buckets; at most {MAX_BUCKETS} are "
                             "allowed: choose a wider bucket or leave it out", param="bucket")
    return w


async def stats(request: Request) -> Response:
    s, p = await _admin(request)
    w = window(request.query_params, p)
    writers: list[Any] = [s.audit, s.responses, s.request_log]
    for writer in writers:  # include what is still buffered
        if writer is not None:
            await writer.flush()
    return _json(await dashboard(s.db.engine, w, request_log_enabled=s.request_log is not None))


ROUTES: list[BaseRoute] = [Route("/admin/stats", stats, methods=["GET"])]
