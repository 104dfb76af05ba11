"""Web app sessions: an opaque token's hash mapped to the key the session acts as, with its CSRF token.

Only the SHA-256 of the browser's token is stored, so a copy of the database opens no session. Rows live in
the relational store, so every replica sees a login at once and a logout within the resolver's cache time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.storage.clock import aware, now
from bastion.storage.tables import web_sessions


@dataclass(frozen=True, slots=True)
class Session:
    token_hash: str
    key_hash: str
    tenant_id: str
    user_id: str | None  # set for a password login
    csrf: str
    expires_at: datetime


class SessionRepo:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def create(self, s: Session) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(insert(web_sessions).values(
                token_hash=s.token_hash, key_hash=s.key_hash, tenant_id=s.tenant_id, user_id=s.user_id, csrf=s.csrf,
                created_at=now(), expires_at=s.expires_at))

    async def get(self, token_hash: str) -> Session | None:
        """The live session with this token hash; None when unknown or expired."""
        async with self.engine.connect() as conn:
            r = (await conn.execute(select(web_sessions).where(web_sessions.c.token_hash == token_hash))).first()
        if r is None or aware(r.expires_at) <= now():
            return None
        return Session(r.token_hash, r.key_hash, r.tenant_id, r.user_id, r.csrf, aware(r.expires_at))

    async def delete(self, token_hash: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(delete(web_sessions).where(web_sessions.c.token_hash == token_hash))

    async def delete_user(self, user_id: str) -> int:
        """End every password session of a user (their password changed or was removed)."""
        async with self.engine.begin() as conn:
            return int((await conn.execute(delete(web_sessions).where(web_sessions.c.user_id == user_id))).rowcount)

    async def purge_expired(self) -> int:
        async with self.engine.begin() as conn:
            return int((await conn.execute(delete(web_sessions).where(web_sessions.c.expires_at <= now()))).rowcount)
