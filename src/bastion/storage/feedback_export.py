"""What the fine-tuning and evaluation exports read: rated or corrected responses with their feedback, and the
responses they were regenerated from (or into), filtered by tenant, assistant and the time the answer was given."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.storage.clock import aware
from bastion.storage.tables import feedback as fb
from bastion.storage.tables import responses as rs

# The columns an export needs (never the question vectors).
COLUMNS = ("id", "request_id", "tenant_id", "created_at", "assistant", "assistant_version", "route", "system",
           "messages", "answer", "contexts", "cache", "guard_ok", "grounded_ok", "refused", "regenerate_of")


@dataclass(frozen=True, slots=True)
class ExportFilter:
    tenant: str | None = None
    assistant: str | None = None
    since: datetime | None = None  # on the time the answer was given
    until: datetime | None = None


@dataclass(slots=True)
class ExportData:
    responses: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> row, oldest first
    feedback: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # response id -> its rows
    regenerations: list[tuple[str, str]] = field(default_factory=list)  # (original id, regenerated id)


def _conds(t: Any, f: ExportFilter) -> list[Any]:
    conds = []
    if f.tenant is not None:
        conds.append(t.c.tenant_id == f.tenant)
    if f.assistant is not None:
        conds.append(t.c.assistant == f.assistant)
    if f.since is not None:
        conds.append(t.c.created_at >= f.since)
    if f.until is not None:
        conds.append(t.c.created_at < f.until)
    return conds


def _row(r: Any) -> dict[str, Any]:
    out = {k: getattr(r, k) for k in COLUMNS}
    out["created_at"] = aware(out["created_at"])
    return out


async def load(engine: AsyncEngine, f: ExportFilter) -> ExportData:
    """Every response in the filter that has feedback, its feedback, and its regeneration partners (which may
    have none)."""
    rated = and_(*_conds(rs, f), rs.c.id.in_(select(fb.c.response_id)))
    cols = [rs.c[k] for k in COLUMNS]
    partner = rs.alias("partner")
    origin = rs.alias("origin")
    data = ExportData()
    async with engine.connect() as conn:
        for r in await conn.execute(select(*cols).where(rated).order_by(rs.c.created_at, rs.c.id)):
            data.responses[r.id] = _row(r)
        q = (select(fb).select_from(fb.join(rs, fb.c.response_id == rs.c.id)).where(rated)
             .order_by(fb.c.updated_at, fb.c.id))
        for r in await conn.execute(q):
            row = {str(k): v for k, v in r._mapping.items()}
            data.feedback.setdefault(row["response_id"], []).append(row)
        # regeneration partners of rated responses, in the same tenant (either direction)
        q = (select(*[partner.c[k] for k in COLUMNS], origin.c.id.label("rated_id"))
             .select_from(partner.join(origin, and_(partner.c.tenant_id == origin.c.tenant_id,
                                                    or_(partner.c.regenerate_of == origin.c.id,
                                                        origin.c.regenerate_of == partner.c.id))))
             .where(and_(*_conds(origin, f), origin.c.id.in_(select(fb.c.response_id))))
             .order_by(partner.c.created_at, partner.c.id))
        seen: set[tuple[str, str]] = set()  # a pair of two rated responses is found from both sides
        for r in await conn.execute(q):
            data.responses.setdefault(r.id, _row(r))
            pair = (r.rated_id, r.id) if r.regenerate_of == r.rated_id else (r.id, r.rated_id)
            if pair not in seen:
                seen.add(pair)
                data.regenerations.append(pair)
    return data
