"""Guardrail policies stored through the admin API (YAML policies live in the settings instead)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.storage.clock import now
from bastion.storage.tables import guardrail_policies, tenants


class PolicyRepo:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def all(self) -> dict[str, dict[str, Any]]:
        async with self.engine.connect() as conn:
            rows = await conn.execute(select(guardrail_policies.c.name, guardrail_policies.c.config))
            return {r.name: dict(r.config) for r in rows}

    async def rows(self) -> list[dict[str, Any]]:
        async with self.engine.connect() as conn:
            rows = await conn.execute(select(guardrail_policies).order_by(guardrail_policies.c.name))
            return [{"name": r.name, "config": r.config, "updated_at": _iso(r.updated_at),
                     "updated_by": r.updated_by} for r in rows]

    async def version(self) -> tuple[int, str | None]:
        """Changes to compare between polls: the row count and the newest update."""
        async with self.engine.connect() as conn:
            count, newest = (await conn.execute(select(func.count(), func.max(guardrail_policies.c.updated_at))
                                                .select_from(guardrail_policies))).one()
        return int(count), _iso(newest) if newest is not None else None

    async def put(self, name: str, config: dict[str, Any], actor: str | None) -> bool:
        """Create or replace; True when it was created."""
        values = {"config": config, "updated_at": now(), "updated_by": actor}
        async with self.engine.begin() as conn:
            done = await conn.execute(update(guardrail_policies).where(guardrail_policies.c.name == name)
                                      .values(**values))
            if done.rowcount:
                return False
            await conn.execute(insert(guardrail_policies).values(name=name, **values))
            return True

    async def delete(self, name: str) -> list[str] | None:
        """Delete a policy nobody uses: None when it did not exist, else the tenants still using it (then
        nothing is deleted)."""
        async with self.engine.begin() as conn:
            users = [r.id for r in await conn.execute(select(tenants.c.id).where(tenants.c.policy == name))]
            if users:
                return users
            gone = await conn.execute(delete(guardrail_policies).where(guardrail_policies.c.name == name))
            return [] if gone.rowcount else None


def _iso(t: datetime | None) -> str | None:
    return t.isoformat() if t is not None else None
