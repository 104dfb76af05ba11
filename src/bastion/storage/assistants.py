"""Versioned assistants: every change adds a row; the newest row of (tenant, name) is the current version.

Old versions stay, so a response, its feedback and its cache entries can always name the exact configuration
that produced them. Deleting adds a tombstone version.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import and_, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.storage.clock import now
from bastion.storage.tables import assistants as t
from bastion.storage.tables import traces


def digest(config: dict[str, Any]) -> str:
    return hashlib.sha256(orjson.dumps(config, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _row(r: Any) -> dict[str, Any]:
    created: datetime = r.created_at
    return {"tenant_id": r.tenant_id, "name": r.name, "version": r.version, "config": dict(r.config),
            "sha256": r.sha256, "source": r.source, "deleted": bool(r.deleted), "created_at": created.isoformat(),
            "created_by": r.created_by}


class AssistantRepo:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def current(self, tenant: str, name: str) -> dict[str, Any] | None:
        """The newest version (None when absent or deleted)."""
        q = (select(t).where(and_(t.c.tenant_id == tenant, t.c.name == name))
             .order_by(t.c.version.desc()).limit(1))
        async with self.engine.connect() as conn:
            r = (await conn.execute(q)).first()
        return _row(r) if r is not None and not r.deleted else None

    async def version(self, tenant: str, name: str, version: int) -> dict[str, Any] | None:
        q = select(t).where(and_(t.c.tenant_id == tenant, t.c.name == name, t.c.version == version))
        async with self.engine.connect() as conn:
            r = (await conn.execute(q)).first()
        return _row(r) if r is not None else None

    async def history(self, tenant: str, name: str) -> list[dict[str, Any]]:
        q = select(t).where(and_(t.c.tenant_id == tenant, t.c.name == name)).order_by(t.c.version)
        async with self.engine.connect() as conn:
            return [_row(r) for r in await conn.execute(q)]

    async def list_current(self, tenant: str | None) -> list[dict[str, Any]]:
        newest = (select(t.c.tenant_id, t.c.name, func.max(t.c.version).label("v"))
                  .group_by(t.c.tenant_id, t.c.name).subquery())
        q = select(t).join(newest, and_(t.c.tenant_id == newest.c.tenant_id, t.c.name == newest.c.name,
                                        t.c.version == newest.c.v)).where(t.c.deleted.is_(False))
        if tenant is not None:
            q = q.where(t.c.tenant_id == tenant)
        async with self.engine.connect() as conn:
            return [_row(r) for r in await conn.execute(q.order_by(t.c.tenant_id, t.c.name))]

    async def stamp(self) -> tuple[int, int]:
        """Changes to compare between polls (other replicas' edits): row count and highest version."""
        async with self.engine.connect() as conn:
            count, top = (await conn.execute(select(func.count(), func.max(t.c.version)))).one()
        return int(count), int(top or 0)

    async def put(self, tenant: str, name: str, config: dict[str, Any], source: str,
                  actor: str | None = None, deleted: bool = False) -> dict[str, Any]:
        """Add a version unless the current one has the same configuration; returns the current row."""
        sha = digest(config)
        for _ in range(3):  # two writers racing for the same version number: the loser retries
            latest = await self._latest(tenant, name)
            if latest is not None and latest.sha256 == sha and bool(latest.deleted) == deleted:
                return _row(latest)
            version = (latest.version if latest is not None else 0) + 1
            try:
                async with self.engine.begin() as conn:
                    await conn.execute(insert(t).values(tenant_id=tenant, name=name, version=version, config=config,
                                                        sha256=sha, source=source, deleted=deleted,
                                                        created_at=now(), created_by=actor))
            except IntegrityError:
                continue
            got = await self.version(tenant, name, version)
            assert got is not None
            return got
        raise RuntimeError(f"could not store assistant {tenant}/{name}: concurrent writers kept winning")

    async def last_of_source(self, tenant: str, name: str, source: str) -> dict[str, Any] | None:
        q = (select(t).where(and_(t.c.tenant_id == tenant, t.c.name == name, t.c.source == source))
             .order_by(t.c.version.desc()).limit(1))
        async with self.engine.connect() as conn:
            r = (await conn.execute(q)).first()
        return _row(r) if r is not None else None

    async def _latest(self, tenant: str, name: str) -> Any:
        q = (select(t).where(and_(t.c.tenant_id == tenant, t.c.name == name))
             .order_by(t.c.version.desc()).limit(1))
        async with self.engine.connect() as conn:
            return (await conn.execute(q)).first()


class TraceRepo:
    """Strategy traces, one row per response that used a multi-call strategy."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def put(self, trace_id: str, tenant: str, key_id: str | None, assistant: str, version: int,
                  strategy: str, steps: list[dict[str, Any]]) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(insert(traces).values(id=trace_id, created_at=now(), tenant_id=tenant, key_id=key_id,
                                                     assistant=assistant, assistant_version=version,
                                                     strategy=strategy, steps=steps))

    async def get(self, trace_id: str, tenant: str | None) -> dict[str, Any] | None:
        q = select(traces).where(traces.c.id == trace_id)
        if tenant is not None:
            q = q.where(traces.c.tenant_id == tenant)
        async with self.engine.connect() as conn:
            r = (await conn.execute(q)).first()
        if r is None:
            return None
        return {"object": "bastion.trace", "id": r.id, "created_at": r.created_at.isoformat(),
                "assistant": r.assistant, "assistant_version": r.assistant_version, "strategy": r.strategy,
                "key_id": r.key_id, "steps": r.steps}
