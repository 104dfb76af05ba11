"""Rows of the generated-answer cache and of the curated long-term memory.

Both live in the relational store, so with PostgreSQL every replica serves what any replica cached. Vectors are
float32 bytes; the in-memory search over them is the cache layer's, this module only reads and writes rows.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.storage.clock import aware, now
from bastion.storage.tables import cache_entries as ce
from bastion.storage.tables import memory_entries as me

ENTRY_FIELDS = ("id", "tenant_id", "scope", "assistant", "route", "question", "answer", "extension", "origin",
                "request_id", "status", "up", "down", "created_at", "expires_at")
MEMORY_EDITABLE = ("question", "paraphrases", "answer", "sources", "status", "status_reason")
Rows = list[dict[str, Any]]
Ids = list[int]
Texts = list[str]


def _entry(r: Any) -> dict[str, Any]:
    out = {k: getattr(r, k) for k in ENTRY_FIELDS}
    out["created_at"], out["expires_at"] = aware(r.created_at), aware(r.expires_at)
    return out


def memory_row(r: Any, vectors: bool = False) -> dict[str, Any]:
    out = {"id": r.id, "tenant_id": r.tenant_id, "assistant": r.assistant, "question": r.question,
           "paraphrases": list(r.paraphrases or []), "answer": r.answer, "sources": list(r.sources or []),
           "status": r.status, "status_reason": r.status_reason, "origin": r.origin, "request_id": r.request_id,
           "up": r.up, "down": r.down, "created_at": aware(r.created_at), "created_by": r.created_by,
           "updated_at": aware(r.updated_at)}
    if vectors:
        out["vectors"], out["vector_route"] = r.vectors, r.vector_route
    return out


class CacheRepo:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def exact(self, scope: str, key: str) -> dict[str, Any] | None:
        """The newest live entry of this scope for this normalised request."""
        q = (select(*(ce.c[k] for k in ENTRY_FIELDS))
             .where(and_(ce.c.scope == scope, ce.c.exact == key, ce.c.status == "active", ce.c.expires_at > now()))
             .order_by(ce.c.id.desc()).limit(1))
        async with self.engine.connect() as conn:
            r = (await conn.execute(q)).first()
        return _entry(r) if r is not None else None

    async def vectors_since(self, scope: str, after: int, limit: int = 50_000) -> list[tuple[int, bytes]]:
        """Live vectors of a scope added after entry ``after`` (ids only grow), oldest first."""
        q = (select(ce.c.id, ce.c.vector)
             .where(and_(ce.c.scope == scope, ce.c.id > after, ce.c.status == "active", ce.c.vector.is_not(None),
                         ce.c.expires_at > now()))
             .order_by(ce.c.id).limit(limit))
        async with self.engine.connect() as conn:
            return [(r.id, r.vector) for r in await conn.execute(q)]

    async def get(self, entry_id: int, live: bool = True) -> dict[str, Any] | None:
        cond = ce.c.id == entry_id
        if live:
            cond = and_(cond, ce.c.status == "active", ce.c.expires_at > now())
        async with self.engine.connect() as conn:
            r = (await conn.execute(select(*(ce.c[k] for k in ENTRY_FIELDS)).where(cond))).first()
        return _entry(r) if r is not None else None

    async def add(self, *, tenant: str, scope: str, exact: str, assistant: str | None, route: str, question: str,
                  answer: str, extension: dict[str, Any] | None, vector: bytes | None, origin: str,
                  request_id: str | None, ttl_seconds: int) -> int:
        t = now()
        row = {"tenant_id": tenant, "scope": scope, "exact": exact, "assistant": assistant, "route": route,
               "question": question, "answer": answer, "extension": extension, "vector": vector, "origin": origin,
               "request_id": request_id, "status": "active", "up": 0, "down": 0, "created_at": t,
               "expires_at": t + timedelta(seconds=ttl_seconds)}
        async with self.engine.begin() as conn:
            res = await conn.execute(insert(ce).values(**row))
        return int(res.inserted_primary_key[0])  # type: ignore[index]

    async def votes(self, entry_id: int, up: int, down: int, evict_at: int) -> str | None:
        """Set an entry's vote counts; evict it at ``evict_at`` thumbs down. Its status afterwards."""
        async with self.engine.begin() as conn:
            await conn.execute(update(ce).where(ce.c.id == entry_id).values(up=up, down=down))
            if down >= evict_at:
                await conn.execute(update(ce).where(ce.c.id == entry_id).values(status="evicted"))
            r = (await conn.execute(select(ce.c.status).where(ce.c.id == entry_id))).first()
        return r.status if r is not None else None

    async def purge(self, before: datetime | None = None) -> int:
        """Delete expired and evicted entries."""
        cond = (ce.c.expires_at <= (before or now())) | (ce.c.status != "active")
        async with self.engine.begin() as conn:
            return (await conn.execute(delete(ce).where(cond))).rowcount or 0

    async def clear(self, tenant: str | None, assistant: str | None = None, route: str | None = None) -> int:
        conds = []
        if tenant is not None:
            conds.append(ce.c.tenant_id == tenant)
        if assistant is not None:
            conds.append(ce.c.assistant == assistant)
        if route is not None:
            conds.append(ce.c.route == route)
        async with self.engine.begin() as conn:
            return (await conn.execute(delete(ce).where(and_(*conds)) if conds else delete(ce))).rowcount or 0

    async def stats(self, tenant: str | None) -> list[dict[str, Any]]:
        """Live entries per tenant and assistant (or raw route)."""
        q = (select(ce.c.tenant_id, ce.c.assistant, ce.c.route, func.count().label("entries"))
             .where(and_(ce.c.status == "active", ce.c.expires_at > now()))
             .group_by(ce.c.tenant_id, ce.c.assistant, ce.c.route))
        if tenant is not None:
            q = q.where(ce.c.tenant_id == tenant)
        async with self.engine.connect() as conn:
            return [{str(k): v for k, v in r._mapping.items()} for r in await conn.execute(q)]  # plain str keys


class MemoryRepo:
    """Curated entries. ``version`` moves on every change, so each process reloads an assistant's set only when
    something changed."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def list(self, tenant: str | None, assistant: str | None = None, status: str | None = None,
                   vectors: bool = False) -> Rows:
        conds = []
        if tenant is not None:
            conds.append(me.c.tenant_id == tenant)
        if assistant is not None:
            conds.append(me.c.assistant == assistant)
        if status is not None:
            conds.append(me.c.status == status)
        q = select(me).where(*conds).order_by(me.c.id)  # no conds: every entry (and_() of nothing is deprecated)
        async with self.engine.connect() as conn:
            return [memory_row(r, vectors) for r in await conn.execute(q)]

    async def state(self, tenant: str, assistant: str) -> tuple[int, str | None]:
        """(entries, newest change) of an assistant's memory: a cheap check whether a loaded set is current."""
        q = (select(func.count(), func.max(me.c.updated_at))
             .where(and_(me.c.tenant_id == tenant, me.c.assistant == assistant)))
        async with self.engine.connect() as conn:
            n, newest = (await conn.execute(q)).one()
        return int(n), None if newest is None else aware(newest).isoformat()

    async def get(self, entry_id: int, tenant: str | None = None) -> dict[str, Any] | None:
        cond = me.c.id == entry_id
        if tenant is not None:
            cond = and_(cond, me.c.tenant_id == tenant)
        async with self.engine.connect() as conn:
            r = (await conn.execute(select(me).where(cond))).first()
        return memory_row(r) if r is not None else None

    async def add(self, *, tenant: str, assistant: str, question: str, answer: str, paraphrases: Texts,
                  sources: Rows, origin: str, created_by: str | None, request_id: str | None = None,
                  status: str = "active") -> int:
        t = now()
        row = {"tenant_id": tenant, "assistant": assistant, "question": question, "paraphrases": paraphrases,
               "answer": answer, "sources": sources, "status": status, "status_reason": None, "origin": origin,
               "request_id": request_id, "vectors": None, "vector_route": None, "up": 0, "down": 0,
               "created_at": t, "created_by": created_by, "updated_at": t}
        async with self.engine.begin() as conn:
            res = await conn.execute(insert(me).values(**row))
        return int(res.inserted_primary_key[0])  # type: ignore[index]

    async def update(self, entry_id: int, **fields: Any) -> bool:
        """Change editable fields; a new question or paraphrase clears the vectors (re-embedded on next load)."""
        values = {k: v for k, v in fields.items() if k in MEMORY_EDITABLE}
        if "question" in values or "paraphrases" in values:
            values.update(vectors=None, vector_route=None)
        values["updated_at"] = now()
        async with self.engine.begin() as conn:
            res = await conn.execute(update(me).where(me.c.id == entry_id).values(**values))
        return bool(res.rowcount)

    async def set_vectors(self, entry_id: int, vectors: bytes, route: str) -> None:
        """Store computed vectors without moving ``updated_at`` (other processes need not reload for this)."""
        async with self.engine.begin() as conn:
            await conn.execute(update(me).where(me.c.id == entry_id).values(vectors=vectors, vector_route=route))

    async def votes(self, entry_id: int, up: int, down: int, review_at: int) -> str | None:
        """Set an entry's vote counts; at ``review_at`` thumbs down it goes back to review. Its status."""
        async with self.engine.begin() as conn:
            await conn.execute(update(me).where(me.c.id == entry_id).values(up=up, down=down))
            await conn.execute(update(me).where(and_(me.c.id == entry_id, me.c.status == "active",
                                                     me.c.down >= review_at))
                               .values(status="review", status_reason=f"{down} thumbs down", updated_at=now()))
            r = (await conn.execute(select(me.c.status).where(me.c.id == entry_id))).first()
        return r.status if r is not None else None

    async def delete(self, entry_id: int, tenant: str | None = None) -> bool:
        cond = me.c.id == entry_id
        if tenant is not None:
            cond = and_(cond, me.c.tenant_id == tenant)
        async with self.engine.begin() as conn:
            return bool((await conn.execute(delete(me).where(cond))).rowcount)

    async def mark_stale(self, tenant: str, kb: str, document: str | None, reason: str) -> Ids:
        """Entries citing a changed document (or any document of a deleted base, ``document`` None) go stale."""
        q = select(me.c.id, me.c.sources).where(and_(me.c.tenant_id == tenant, me.c.status == "active"))
        async with self.engine.begin() as conn:
            ids = [r.id for r in await conn.execute(q)
                   if any(s.get("kb") == kb and (document is None or s.get("document") == document)
                          for s in (r.sources or []))]
            if ids:
                await conn.execute(update(me).where(me.c.id.in_(ids))
                                   .values(status="stale", status_reason=reason, updated_at=now()))
        return ids
