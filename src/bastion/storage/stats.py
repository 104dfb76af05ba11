"""The admin dashboards' numbers over a time window, from the tables the gateway already writes.

Sources, chosen for being written on every request whatever the configuration:
- ``audit_log`` request rows (never admin or session rows): traffic, tokens, errors, latency, the cache outcome
  (``detail.cache.status``: hit | miss | bypass, and its layer), the guardrail verdicts, and assistant refusals
  (``detail.refused``, present when the request went through an assistant's grounding). Its JSON columns are
  read into Python and aggregated here, so the same code runs on SQLite and PostgreSQL; the rows read are
  capped (newest first) and the answer says ``truncated`` when the cap cut the window.
- ``request_log`` (it can be turned off with ``request_log: false``): cost per tenant and model, aggregated in SQL.
- ``offenses`` joined to ``api_keys``: the top abusers. ``feedback`` joined to ``responses``: votes per assistant.
"""

from __future__ import annotations

import asyncio
import math
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bastion.storage.clock import aware
from bastion.storage.tables import api_keys, audit_log, feedback, offenses, request_log, responses

MAX_ROWS = 200_000
TOP_ABUSERS = 10
NICE_BUCKETS = (60, 300, 600, 900, 1800, 3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 2 * 86400,
                7 * 86400, 14 * 86400, 30 * 86400)
PERCENTILES = (("p50", 0.50), ("p95", 0.95), ("p99", 0.99))


def default_bucket(seconds: float, target: int = 60) -> int:
    """The smallest round bucket width that cuts ``seconds`` into at most about ``target`` buckets (1% slack, so
    "the last hour" asked a moment late still gets one-minute buckets)."""
    for b in NICE_BUCKETS:
        if seconds <= b * target * 1.01:
            return b
    return math.ceil(seconds / target / 86400) * 86400


@dataclass(frozen=True, slots=True)
class Window:
    """``[since, until)`` cut into buckets of ``bucket`` seconds, aligned to multiples of it since the epoch (so
    a refresh keeps the same buckets); ``tenant`` None reads every tenant."""

    since: datetime
    until: datetime
    bucket: int
    tenant: str | None = None

    @property
    def origin(self) -> int:
        return int(self.since.timestamp()) // self.bucket * self.bucket

    @property
    def count(self) -> int:
        return max(1, math.ceil((self.until.timestamp() - self.origin) / self.bucket))

    def index(self, t: datetime) -> int:
        return min(self.count - 1, max(0, int((aware(t).timestamp() - self.origin) // self.bucket)))

    def starts(self) -> list[str]:
        return [datetime.fromtimestamp(self.origin + i * self.bucket, UTC).isoformat() for i in range(self.count)]


def percentile(ordered: list[float], q: float) -> float | None:
    """Linear interpolation between the closest ranks (numpy's default); ``ordered`` is sorted."""
    if not ordered:
        return None
    k = (len(ordered) - 1) * q
    lo = math.floor(k)
    hi = min(lo + 1, len(ordered) - 1)
    return round(ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo), 2)


def _percentiles(values: list[float]) -> dict[str, Any]:
    ordered = sorted(values)
    return {"count": len(ordered), **{name: percentile(ordered, q) for name, q in PERCENTILES}}


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


class Tally:
    """Per-bucket counters over audited requests."""

    def __init__(self, n: int) -> None:
        self.n = n
        z = [0] * n
        self.requests, self.errors, self.prompt, self.completion = list(z), list(z), list(z), list(z)
        self.latency: list[list[float]] = [[] for _ in range(n)]
        self.hits, self.misses, self.bypass = list(z), list(z), list(z)
        self.layers: Counter[str] = Counter()
        self.blocked, self.flagged, self.masked = list(z), list(z), list(z)
        self.categories: dict[str, Counter[str]] = {}
        self.asked, self.refused = list(z), list(z)

    def add(self, i: int, status: int | None, prompt: int | None, completion: int | None, latency: float | None,
            verdicts: Any, detail: Any) -> None:
        self.requests[i] += 1
        if status is not None and status >= 400:
            self.errors[i] += 1
        self.prompt[i] += prompt or 0
        self.completion[i] += completion or 0
        if latency is not None:
            self.latency[i].append(float(latency))
        detail = detail if isinstance(detail, dict) else {}
        self._cache(i, detail.get("cache"))
        self._verdicts(i, verdicts if isinstance(verdicts, list) else [])
        if "refused" in detail:  # the request went through an assistant's grounding
            self.asked[i] += 1
            self.refused[i] += bool(detail["refused"])

    def _cache(self, i: int, cache: Any) -> None:
        if not isinstance(cache, dict):
            return
        status = cache.get("status")
        if status == "hit":
            self.hits[i] += 1
            self.layers[str(cache.get("layer") or "exact")] += 1
        elif status == "miss":
            self.misses[i] += 1
        elif status == "bypass":
            self.bypass[i] += 1

    def _verdicts(self, i: int, verdicts: list[Any]) -> None:
        actions: dict[str, set[str]] = {}
        for v in verdicts:
            if isinstance(v, dict) and v.get("action") in ("block", "flag", "mask"):
                actions.setdefault(str(v["action"]), set()).add(str(v.get("category") or "unknown"))
        blocked = actions.get("block", set())
        if blocked:
            self.blocked[i] += 1
        elif actions.get("flag"):
            self.flagged[i] += 1
        if actions.get("mask"):
            self.masked[i] += 1
        for action, cats in actions.items():
            for cat in cats:
                self.categories.setdefault(cat, Counter())[action] += 1

    # -- the answer's sections ---------------------------------------------------------------------------------
    def traffic(self, starts: list[str]) -> dict[str, Any]:
        return {
            "requests": sum(self.requests), "errors": sum(self.errors),
            "prompt_tokens": sum(self.prompt), "completion_tokens": sum(self.completion),
            "series": [{"t": t, "requests": self.requests[i], "prompt_tokens": self.prompt[i],
                        "completion_tokens": self.completion[i], "errors": self.errors[i]}
                       for i, t in enumerate(starts)],
        }

    def latencies(self, starts: list[str]) -> dict[str, Any]:
        return {"unit": "ms", "overall": _percentiles([x for b in self.latency for x in b]),
                "series": [{"t": t, **_percentiles(self.latency[i])} for i, t in enumerate(starts)]}

    def cache(self, starts: list[str]) -> dict[str, Any]:
        hits, misses = sum(self.hits), sum(self.misses)
        return {
            "hits": hits, "misses": misses, "bypass": sum(self.bypass), "hit_rate": _rate(hits, hits + misses),
            "layers": dict(sorted(self.layers.items())),
            "series": [{"t": t, "hits": self.hits[i], "misses": self.misses[i], "bypass": self.bypass[i],
                        "hit_rate": _rate(self.hits[i], self.hits[i] + self.misses[i])}
                       for i, t in enumerate(starts)],
        }

    def guardrails(self, starts: list[str]) -> dict[str, Any]:
        order = sorted(self.categories.items(),
                       key=lambda cn: (-(cn[1]["block"] + cn[1]["flag"]), -cn[1]["mask"], cn[0]))
        cats = [{"category": c, "blocked": n["block"], "flagged": n["flag"], "masked": n["mask"]} for c, n in order]
        return {
            "blocked": sum(self.blocked), "flagged": sum(self.flagged), "masked": sum(self.masked),
            "categories": cats,
            "series": [{"t": t, "blocked": self.blocked[i], "flagged": self.flagged[i]} for i, t in enumerate(starts)],
        }

    def refusals(self, starts: list[str]) -> dict[str, Any]:
        asked, refused = sum(self.asked), sum(self.refused)
        return {
            "assistant_requests": asked, "refused": refused, "rate": _rate(refused, asked),
            "series": [{"t": t, "assistant_requests": self.asked[i], "refused": self.refused[i],
                        "rate": _rate(self.refused[i], self.asked[i])} for i, t in enumerate(starts)],
        }


def _in(col: Any, tenant_col: Any, w: Window) -> list[Any]:
    where = [col >= w.since, col < w.until]
    if w.tenant is not None:
        where.append(tenant_col == w.tenant)
    return where


async def _audited(conn: AsyncConnection, w: Window, tally: Tally, max_rows: int) -> dict[str, Any]:
    """Fold the window's request rows (newest first, at most ``max_rows``) into ``tally``, streamed in
    partitions with a yield to the event loop between them, so a wide window does not stall other requests."""
    c = audit_log.c
    q = (select(c.created_at, c.status, c.prompt_tokens, c.completion_tokens, c.latency_ms, c.verdicts, c.detail)
         .where(c.kind == "request", *_in(c.created_at, c.tenant_id, w))
         .order_by(c.created_at.desc()).limit(max_rows + 1))
    seen, last = 0, None
    result = await conn.stream(q)
    async for part in result.partitions(2000):
        for r in part:
            if seen == max_rows:
                break
            seen += 1
            last = r.created_at
            tally.add(w.index(r.created_at), r.status, r.prompt_tokens, r.completion_tokens, r.latency_ms,
                      r.verdicts, r.detail)
        else:
            await asyncio.sleep(0)
            continue
        await result.close()
        return {"rows": seen, "truncated": True, "complete_since": aware(last).isoformat() if last else None}
    return {"rows": seen, "truncated": False, "complete_since": None}


async def _cost(conn: AsyncConnection, w: Window) -> dict[str, Any]:
    c = request_log.c
    q = (select(c.tenant_id, c.model, func.count().label("requests"), func.count(c.cost).label("priced"),
                func.coalesce(func.sum(c.cost), 0.0).label("cost"),
                func.coalesce(func.sum(c.prompt_tokens), 0).label("prompt_tokens"),
                func.coalesce(func.sum(c.completion_tokens), 0).label("completion_tokens"))
         .where(*_in(c.created_at, c.tenant_id, w)).group_by(c.tenant_id, c.model))
    data = [{"tenant_id": r.tenant_id, "model": r.model, "requests": int(r.requests), "priced": int(r.priced),
             "cost": round(float(r.cost), 6), "prompt_tokens": int(r.prompt_tokens),
             "completion_tokens": int(r.completion_tokens)} for r in await conn.execute(q)]
    data.sort(key=lambda d: (-d["cost"], -d["requests"], d["tenant_id"], d["model"] or ""))
    return {"enabled": True, "note": None, "total": round(sum(d["cost"] for d in data), 6), "data": data}


async def _abusers(conn: AsyncConnection, w: Window) -> list[dict[str, Any]]:
    o, k = offenses.c, api_keys.c
    n = func.count()
    q = (select(o.key_id, o.user_id, func.max(o.tenant_id).label("tenant_id"), n.label("offenses"),
                func.sum(case((o.action == "block", 1), else_=0)).label("blocked"),
                func.sum(case((o.action == "flag", 1), else_=0)).label("flagged"),
                func.max(o.created_at).label("last"))
         .where(*_in(o.created_at, o.tenant_id, w)).group_by(o.key_id, o.user_id)
         .order_by(n.desc(), o.key_id).limit(TOP_ABUSERS)).subquery()
    full = (select(q, k.prefix, k.name, k.suspended, k.throttled, k.disabled)
            .select_from(q.outerjoin(api_keys, k.id == q.c.key_id)).order_by(q.c.offenses.desc(), q.c.key_id))
    return [{"key_id": r.key_id, "user_id": r.user_id, "tenant_id": r.tenant_id, "prefix": r.prefix, "name": r.name,
             "offenses": int(r.offenses), "blocked": int(r.blocked or 0), "flagged": int(r.flagged or 0),
             "last": aware(r.last).isoformat() if r.last is not None else None,
             "suspended": bool(r.suspended), "throttled": bool(r.throttled), "disabled": bool(r.disabled)}
            for r in await conn.execute(full)]


async def _feedback(conn: AsyncConnection, w: Window) -> list[dict[str, Any]]:
    """Thumbs given in the window per assistant (``assistant`` None: answers of raw model routes)."""
    f, r = feedback.c, responses.c
    q = (select(r.assistant, func.sum(case((f.rating > 0, 1), else_=0)).label("up"),
                func.sum(case((f.rating < 0, 1), else_=0)).label("down"))
         .select_from(feedback.join(responses, r.id == f.response_id))
         .where(f.rating.is_not(None), *_in(f.created_at, f.tenant_id, w)).group_by(r.assistant))
    out = []
    for row in await conn.execute(q):
        up, down = int(row.up or 0), int(row.down or 0)
        out.append({"assistant": row.assistant, "up": up, "down": down, "votes": up + down,
                    "ratio": _rate(up, up + down)})
    out.sort(key=lambda d: (-d["votes"], d["assistant"] or ""))
    return out


async def dashboard(engine: AsyncEngine, w: Window, *, request_log_enabled: bool = True,
                    max_rows: int = MAX_ROWS) -> dict[str, Any]:
    """Every dashboard's numbers for one window (see docs/webapp.md for the shape)."""
    tally = Tally(w.count)
    starts = w.starts()
    async with engine.connect() as conn:
        meta = await _audited(conn, w, tally, max_rows)
        cost = await _cost(conn, w) if request_log_enabled else {
            "enabled": False, "total": None, "data": [],
            "note": "the request log is off (request_log: false in the configuration), so no cost is recorded"}
        abusers = await _abusers(conn, w)
        votes = await _feedback(conn, w)
    return {
        "object": "admin.stats", "since": w.since.isoformat(), "until": w.until.isoformat(), "bucket": w.bucket,
        "tenant": w.tenant, "buckets": starts, **meta,
        "traffic": tally.traffic(starts), "latency": tally.latencies(starts), "cost": cost,
        "cache": tally.cache(starts), "guardrails": tally.guardrails(starts), "abusers": abusers,
        "feedback": votes, "refusals": tally.refusals(starts),
    }
