"""Response records (what feedback refers to), feedback votes and promotion candidates."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, distinct, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.storage.batch import BatchWriter, DriverInsert
from bastion.storage.clock import aware, now
from bastion.storage.tables import cache_entries as ce
from bastion.storage.tables import feedback as fb
from bastion.storage.tables import promotions as pr
from bastion.storage.tables import responses as rs


class ResponseLog(BatchWriter):
    """One row per answered chat request, written in batches off the request path. ``find`` looks a response
    up by the id the client saw or by the request id; a caller that just got the answer may find it still
    buffered, so ``find`` flushes once before it gives up."""

    name = "responses"

    def __init__(self, engine: AsyncEngine, **kw: Any) -> None:
        super().__init__(**kw)
        self.engine = engine
        self._insert = DriverInsert(engine, rs, skip_conflicts=True)

    async def write(self, rows: list[dict[str, Any]]) -> None:
        async with self.engine.begin() as conn:
            await self._insert.run(conn, rows)

    async def find(self, tenant: str, ident: str) -> dict[str, Any] | None:
        q = select(rs).where(rs.c.tenant_id == tenant,
                                    or_(rs.c.id == ident, rs.c.request_id == ident))
        for attempt in range(2):
            async with self.engine.connect() as conn:
                r = (await conn.execute(q)).first()
            if r is not None:
                out = dict(r._mapping)
                out["created_at"] = aware(out["created_at"])
                return out
            if attempt == 0:
                await self.flush()
        return None

    async def purge_bodies(self, before: datetime, tenant: str) -> int:
        """Drop the kept bodies of a tenant's responses older than ``before`` (its retention TTL), and the comments
        and corrections typed about them; the records and votes stay, so feedback still counts, but they can no
        longer be promoted or exported."""
        q = (update(rs).where(rs.c.tenant_id == tenant, rs.c.created_at < before,
                                     or_(rs.c.messages.is_not(None), rs.c.answer.is_not(None),
                                         rs.c.system.is_not(None)))
             .values(messages=None, answer=None, contexts=None, system=None))
        texts = (update(fb).where(fb.c.tenant_id == tenant, fb.c.created_at < before,
                                  or_(fb.c.comment.is_not(None), fb.c.correction.is_not(None)))
                 .values(comment=None, correction=None))
        async with self.engine.begin() as conn:
            dropped = (await conn.execute(q)).rowcount or 0
            return dropped + ((await conn.execute(texts)).rowcount or 0)


def _plain(r: Any) -> dict[str, Any]:
    out = {str(k): v for k, v in r._mapping.items()}
    for k in ("created_at", "updated_at", "decided_at"):
        if out.get(k) is not None:
            out[k] = aware(out[k])
    return out


class FeedbackRepo:
    """One row per voter and response: a second vote by the same voter updates the row (``ux_feedback_vote``)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def get(self, response_id: str, voter: str) -> dict[str, Any] | None:
        q = select(fb).where(and_(fb.c.response_id == response_id, fb.c.voter == voter))
        async with self.engine.connect() as conn:
            r = (await conn.execute(q)).first()
        return _plain(r) if r is not None else None

    async def upsert(self, *, tenant: str, response_id: str, voter: str, key_id: str | None,
                     fields: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """Create the voter's row or change the fields given (rating, comment, correction, tags); (row, created).
        Two first votes racing each other end as one row: the loser's insert fails on the unique index and
        becomes an update."""
        values = {k: v for k, v in fields.items() if k in ("rating", "comment", "correction", "tags")}
        for _ in range(3):
            existing = await self.get(response_id, voter)
            t = now()
            if existing is not None:
                async with self.engine.begin() as conn:
                    await conn.execute(update(fb).where(fb.c.id == existing["id"])
                                       .values(**values, key_id=key_id, updated_at=t))
                return {**existing, **values, "key_id": key_id, "updated_at": t}, False
            row = {"tenant_id": tenant, "response_id": response_id, "voter": voter, "key_id": key_id,
                   "rating": None, "comment": None, "correction": None, "tags": [], **values,
                   "created_at": t, "updated_at": t}
            try:
                async with self.engine.begin() as conn:
                    res = await conn.execute(insert(fb).values(**row))
            except IntegrityError:
                continue
            return {**row, "id": int(res.inserted_primary_key[0])}, True  # type: ignore[index]
        raise RuntimeError(f"feedback on {response_id} by {voter} could neither be inserted nor updated")

    async def counts(self, response_id: str) -> tuple[int, int]:
        """(thumbs up, thumbs down) on one response: rows are one per voter, so these are distinct voters."""
        q = select(func.sum(case((fb.c.rating == 1, 1), else_=0)), func.sum(case((fb.c.rating == -1, 1), else_=0))
                   ).where(fb.c.response_id == response_id)
        async with self.engine.connect() as conn:
            up, down = (await conn.execute(q)).one()
        return int(up or 0), int(down or 0)

    async def entry_counts(self, tenant: str, served: tuple[str, ...], entry_id: int,
                           origin_request: str | None = None) -> tuple[int, int]:
        """Distinct voters up and down over every response served from a cache or memory entry (``served``: the
        responses' cache kinds), plus the response the entry was generated from (``origin_request``)."""
        link = and_(rs.c.cache.in_(served), rs.c.cache_entry == entry_id)
        if origin_request is not None:
            link = or_(link, rs.c.request_id == origin_request)
        q = (select(func.count(distinct(case((fb.c.rating == 1, fb.c.voter)))),
                    func.count(distinct(case((fb.c.rating == -1, fb.c.voter)))))
             .select_from(fb.join(rs, fb.c.response_id == rs.c.id))
             .where(and_(rs.c.tenant_id == tenant, link)))
        async with self.engine.connect() as conn:
            up, down = (await conn.execute(q)).one()
        return int(up or 0), int(down or 0)

    async def generated_entries(self, tenant: str, request_id: str) -> list[int]:
        """Live generated cache entries stored from this request's answer."""
        q = select(ce.c.id).where(and_(ce.c.tenant_id == tenant, ce.c.request_id == request_id,
                                       ce.c.origin == "generated", ce.c.status == "active"))
        async with self.engine.connect() as conn:
            return [r.id for r in await conn.execute(q)]

    async def list(self, tenant: str | None, *, assistant: str | None = None, rating: int | None = None,
                   since: datetime | None = None, until: datetime | None = None, limit: int = 100,
                   offset: int = 0) -> list[dict[str, Any]]:
        """Feedback newest first, with the response's assistant, route and cache origin."""
        conds = []
        if tenant is not None:
            conds.append(fb.c.tenant_id == tenant)
        if assistant is not None:
            conds.append(rs.c.assistant == assistant)
        if rating is not None:
            conds.append(fb.c.rating == rating)
        if since is not None:
            conds.append(fb.c.updated_at >= since)
        if until is not None:
            conds.append(fb.c.updated_at < until)
        q = (select(fb, rs.c.assistant, rs.c.assistant_version, rs.c.route, rs.c.cache, rs.c.request_id)
             .select_from(fb.outerjoin(rs, fb.c.response_id == rs.c.id)).where(*conds)
             .order_by(fb.c.updated_at.desc(), fb.c.id.desc()).limit(limit).offset(offset))
        async with self.engine.connect() as conn:
            return [_plain(r) for r in await conn.execute(q)]


class PromotionRepo:
    """Candidates for the cache or the curated memory. A decision is compare-and-set on ``pending``, so two
    reviewers (or a reviewer and the auto-approval) never both act on one candidate."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def get(self, promotion_id: int, tenant: str | None = None) -> dict[str, Any] | None:
        cond = pr.c.id == promotion_id
        if tenant is not None:
            cond = and_(cond, pr.c.tenant_id == tenant)
        async with self.engine.connect() as conn:
            r = (await conn.execute(select(pr).where(cond))).first()
        return _plain(r) if r is not None else None

    async def find(self, response_id: str, source: str, voter: str) -> dict[str, Any] | None:
        q = select(pr).where(and_(pr.c.response_id == response_id, pr.c.source == source, pr.c.voter == voter))
        async with self.engine.connect() as conn:
            r = (await conn.execute(q)).first()
        return _plain(r) if r is not None else None

    async def propose(self, *, tenant: str, response_id: str, source: str, voter: str, target: str,
                      assistant: str | None, question: str, answer: str) -> dict[str, Any]:
        """The candidate for (response, source, voter): created pending, or the existing one. A changed answer
        (a reviewer's new correction) puts a candidate that was not approved back into the queue."""
        for _ in range(3):
            existing = await self.find(response_id, source, voter)
            if existing is not None:
                if existing["answer"] == answer or existing["status"] == "approved":
                    return existing
                async with self.engine.begin() as conn:
                    await conn.execute(update(pr).where(pr.c.id == existing["id"]).values(
                        answer=answer, question=question, target=target, status="pending", reason=None,
                        decided_at=None, decided_by=None, created_at=now()))
                return {**existing, "answer": answer, "status": "pending", "reason": None}
            row = {"tenant_id": tenant, "response_id": response_id, "source": source, "voter": voter,
                   "target": target, "assistant": assistant, "question": question, "answer": answer,
                   "status": "pending", "reason": None, "entry_id": None, "created_at": now(), "decided_at": None,
                   "decided_by": None}
            try:
                async with self.engine.begin() as conn:
                    res = await conn.execute(insert(pr).values(**row))
            except IntegrityError:
                continue
            return {**row, "id": int(res.inserted_primary_key[0])}  # type: ignore[index]
        raise RuntimeError(f"promotion candidate for {response_id} could not be stored")

    async def decide(self, promotion_id: int, status: str, by: str, reason: str | None = None,
                     answer: str | None = None, expect: str = "pending") -> bool:
        """Move a candidate from ``expect`` to ``status``; False when someone else decided it first."""
        values: dict[str, Any] = {"status": status, "reason": reason, "decided_at": now(), "decided_by": by}
        if status == "pending":  # back into the queue (storing an approved entry failed)
            values.update(decided_at=None, decided_by=None)
        if answer is not None:
            values["answer"] = answer
        async with self.engine.begin() as conn:
            res = await conn.execute(update(pr).where(and_(pr.c.id == promotion_id, pr.c.status == expect))
                                     .values(**values))
        return bool(res.rowcount)

    async def set_entry(self, promotion_id: int, entry_id: int) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(update(pr).where(pr.c.id == promotion_id).values(entry_id=entry_id))

    async def list(self, tenant: str | None, *, status: str | None = None, assistant: str | None = None,
                   limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        conds = []
        if tenant is not None:
            conds.append(pr.c.tenant_id == tenant)
        if status is not None:
            conds.append(pr.c.status == status)
        if assistant is not None:
            conds.append(pr.c.assistant == assistant)
        q = select(pr).where(*conds).order_by(pr.c.created_at.desc(), pr.c.id.desc()).limit(limit).offset(offset)
        async with self.engine.connect() as conn:
            return [_plain(r) for r in await conn.execute(q)]
