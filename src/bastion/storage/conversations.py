"""Server-side conversation history: one row per conversation, one per stored message.

Every read and write is scoped by ``(tenant_id, owner)``; the owner is a user id, or ``key:<key id>`` for a key
without a user. A conversation that exists under another owner is indistinguishable from one that does not exist
(``None`` / ``False``), so callers answer 404 either way.

Messages are deleted explicitly before their conversation: the foreign key's ``ON DELETE CASCADE`` is not relied
on (SQLite enforces it only when ``PRAGMA foreign_keys`` is on for the connection).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bastion.storage.clock import aware, now
from bastion.storage.tables import conversation_messages as cm
from bastion.storage.tables import conversations as cv


class ConversationFull(Exception):
    """Appending would take a conversation past its message limit."""

    def __init__(self, have: int, adding: int, limit: int) -> None:
        super().__init__(f"the conversation has {have} messages; adding {adding} would pass the limit of {limit}")
        self.have, self.adding, self.limit = have, adding, limit


@dataclass(frozen=True, slots=True)
class NewMessage:
    """A message to store: ``content`` is already the plain text kept (see the API module)."""

    role: str
    content: str
    response_id: str | None = None
    meta: dict[str, Any] | None = None


def _iso(t: datetime) -> str:
    return aware(t).isoformat(timespec="microseconds")  # one format: strings sort as times


def _conversation(r: Any) -> dict[str, Any]:
    return {"id": r.id, "object": "conversation", "title": r.title, "assistant": r.assistant,
            "created_at": _iso(r.created_at), "updated_at": _iso(r.updated_at)}


def _message(r: Any) -> dict[str, Any]:
    return {"id": r.id, "object": "conversation.message", "role": r.role, "content": r.content,
            "response_id": r.response_id, "meta": r.meta, "created_at": _iso(r.created_at)}


class ConversationRepo:
    """Conversations of one owner within one tenant. Timestamps come back as ISO 8601 strings in UTC."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    @staticmethod
    def _mine(tenant: str, owner: str, conversation_id: str) -> Any:
        return and_(cv.c.id == conversation_id, cv.c.tenant_id == tenant, cv.c.owner == owner)

    async def create(self, tenant: str, owner: str, *, title: str, assistant: str | None) -> dict[str, Any]:
        t = now()
        row = {"id": secrets.token_hex(16), "tenant_id": tenant, "owner": owner, "assistant": assistant,
               "title": title, "created_at": t, "updated_at": t}
        async with self.engine.begin() as conn:
            await conn.execute(insert(cv).values(**row))
        return {"id": row["id"], "object": "conversation", "title": title, "assistant": assistant,
                "created_at": _iso(t), "updated_at": _iso(t)}

    async def count(self, tenant: str, owner: str) -> int:
        async with self.engine.connect() as conn:
            return int((await conn.execute(select(func.count()).select_from(cv).where(
                cv.c.tenant_id == tenant, cv.c.owner == owner))).scalar_one())

    async def recent(self, tenant: str, owner: str, *, limit: int = 50,
                   before: str | None = None) -> tuple[list[dict[str, Any]], bool] | None:
        """The owner's conversations, most recently updated first, and whether more follow. ``before`` is the id
        of the last conversation of the previous page; None when that id is not one of the owner's."""
        conds = [cv.c.tenant_id == tenant, cv.c.owner == owner]
        async with self.engine.connect() as conn:
            if before is not None:
                mark = (await conn.execute(select(cv.c.updated_at).where(self._mine(tenant, owner, before)))).first()
                if mark is None:
                    return None
                conds.append(or_(cv.c.updated_at < mark.updated_at,
                                 and_(cv.c.updated_at == mark.updated_at, cv.c.id < before)))
            q = (select(cv).where(*conds).order_by(cv.c.updated_at.desc(), cv.c.id.desc()).limit(limit + 1))
            rows = [_conversation(r) for r in await conn.execute(q)]
        return rows[:limit], len(rows) > limit

    async def get(self, tenant: str, owner: str, conversation_id: str,
                  with_messages: bool = True) -> dict[str, Any] | None:
        """The conversation, with its messages in the order they were stored."""
        async with self.engine.connect() as conn:
            r = (await conn.execute(select(cv).where(self._mine(tenant, owner, conversation_id)))).first()
            if r is None:
                return None
            out = _conversation(r)
            if with_messages:
                q = select(cm).where(cm.c.conversation_id == conversation_id).order_by(cm.c.id)
                out["messages"] = [_message(m) for m in await conn.execute(q)]
        return out

    async def rename(self, tenant: str, owner: str, conversation_id: str, title: str) -> dict[str, Any] | None:
        async with self.engine.begin() as conn:
            res = await conn.execute(update(cv).where(self._mine(tenant, owner, conversation_id))
                                     .values(title=title, updated_at=now()))
        if not res.rowcount:
            return None
        return await self.get(tenant, owner, conversation_id, with_messages=False)

    async def append(self, tenant: str, owner: str, conversation_id: str, messages: list[NewMessage],
                     max_messages: int) -> list[dict[str, Any]] | None:
        """Store ``messages`` at the end of the conversation and bump its ``updated_at``; None when it is not the
        owner's. Raises :class:`ConversationFull` (storing nothing) past ``max_messages``.

        The update of the conversation row comes first: it takes the row's write lock (PostgreSQL) or the database
        write lock (SQLite), so concurrent appends to one conversation are serialised and the count holds."""
        t = now()
        async with self.engine.begin() as conn:
            res = await conn.execute(update(cv).where(self._mine(tenant, owner, conversation_id))
                                     .values(updated_at=t))
            if not res.rowcount:
                return None
            have = int((await conn.execute(select(func.count()).select_from(cm)
                                           .where(cm.c.conversation_id == conversation_id))).scalar_one())
            if have + len(messages) > max_messages:
                raise ConversationFull(have, len(messages), max_messages)
            return [await self._insert(conn, conversation_id, m, t) for m in messages]

    @staticmethod
    async def _insert(conn: AsyncConnection, conversation_id: str, m: NewMessage, t: datetime) -> dict[str, Any]:
        row = {"conversation_id": conversation_id, "role": m.role, "content": m.content,
               "response_id": m.response_id, "meta": m.meta, "created_at": t}
        res = await conn.execute(insert(cm).values(**row))
        pk = res.inserted_primary_key
        assert pk is not None
        return {"id": int(pk[0]), "object": "conversation.message", "role": m.role, "content": m.content,
                "response_id": m.response_id, "meta": m.meta, "created_at": _iso(t)}

    async def delete(self, tenant: str, owner: str, conversation_id: str) -> bool:
        """Delete the conversation and its messages; False when it is not the owner's. Both statements are writes
        scoped to the owner, so SQLite never has to upgrade a read transaction (which could fail when busy)."""
        mine = self._mine(tenant, owner, conversation_id)
        async with self.engine.begin() as conn:
            await conn.execute(delete(cm).where(cm.c.conversation_id.in_(select(cv.c.id).where(mine))))
            res = await conn.execute(delete(cv).where(mine))
        return bool(res.rowcount)

    async def purge(self, tenant: str, owner: str | None = None) -> int:
        """Delete every conversation of a tenant (or of one owner in it) with its messages; the number deleted.
        Not called by the gateway itself: a hook for removing a user or a tenant."""
        conds = [cv.c.tenant_id == tenant] + ([cv.c.owner == owner] if owner is not None else [])
        ids = select(cv.c.id).where(*conds)
        async with self.engine.begin() as conn:
            await conn.execute(delete(cm).where(cm.c.conversation_id.in_(ids)))
            res = await conn.execute(delete(cv).where(*conds))
        return int(res.rowcount or 0)
