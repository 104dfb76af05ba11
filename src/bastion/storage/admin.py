"""Tenants, users, keys and spend: the repository behind the admin API and the CLI.

Every method that reads tenant-owned rows takes the tenant to scope to (``None`` only for the global
admin), so no query crosses tenants unless the caller is allowed to.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.identity.base import display_prefix, hash_key
from bastion.storage.clock import now
from bastion.storage.tables import api_keys, offenses, request_log, tenants, users

LIMIT_FIELDS = ("rpm", "tpm", "budget", "budget_period")
KEY_FIELDS = ("name", "role", "user_id", "allowed_models", "allowed_assistants", "groups", "expires_at", "disabled",
              "suspended", "throttled", *LIMIT_FIELDS)
TENANT_FIELDS = ("name", "disabled", "policy", "retention", "retention_days", *LIMIT_FIELDS)
GROUPS = {"key": request_log.c.key_id, "tenant": request_log.c.tenant_id, "model": request_log.c.model,
          "route": request_log.c.route}


class Conflict(Exception):
    """A row with that identity already exists."""


def _row(r: Any) -> dict[str, Any]:
    d = {str(k): v for k, v in r._mapping.items()}  # column keys are str subclasses; JSON wants plain str
    d.pop("key_hash", None)
    if "password_hash" in d:  # never leaves the repository: say only whether the user can log in
        d["has_password"] = d.pop("password_hash") is not None
    for k, v in d.items():
        if isinstance(v, datetime):
            d[k] = v.isoformat()
    return d


WEB_KEY_NAME = "web login"  # the key a user's password logins act as: limits, models, groups and abuse state live on it


class AdminRepo:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    # -- tenants -------------------------------------------------------------------------------------
    async def create_tenant(self, tenant_id: str, name: str | None = None, **limits: Any) -> dict[str, Any]:
        values = {"id": tenant_id, "name": name or tenant_id, "created_at": now(),
                  **{k: v for k, v in limits.items() if k in TENANT_FIELDS and v is not None}}
        try:
            async with self.engine.begin() as conn:
                await conn.execute(insert(tenants).values(**values))
        except IntegrityError:
            raise Conflict(f"tenant '{tenant_id}' already exists") from None
        return await self.get_tenant(tenant_id)  # type: ignore[return-value]

    async def get_tenant(self, tenant_id: str) -> dict[str, Any] | None:
        async with self.engine.connect() as conn:
            r = (await conn.execute(select(tenants).where(tenants.c.id == tenant_id))).first()
        return _row(r) if r else None

    async def list_tenants(self, only: str | None = None) -> list[dict[str, Any]]:
        q = select(tenants).order_by(tenants.c.id)
        if only is not None:
            q = q.where(tenants.c.id == only)
        async with self.engine.connect() as conn:
            return [_row(r) for r in await conn.execute(q)]

    async def update_tenant(self, tenant_id: str, fields: dict[str, Any]) -> dict[str, Any] | None:
        values = {k: v for k, v in fields.items() if k in TENANT_FIELDS}
        if values:
            async with self.engine.begin() as conn:
                await conn.execute(update(tenants).where(tenants.c.id == tenant_id).values(**values))
        return await self.get_tenant(tenant_id)

    # -- users ---------------------------------------------------------------------------------------
    async def create_user(self, tenant_id: str, name: str, role: str, email: str | None = None,
                          password_hash: str | None = None) -> dict[str, Any]:
        uid = uuid.uuid4().hex
        async with self.engine.begin() as conn:
            await conn.execute(insert(users).values(id=uid, tenant_id=tenant_id, name=name, email=email,
                                                    role=role, created_at=now(), password_hash=password_hash))
            r = (await conn.execute(select(users).where(users.c.id == uid))).first()
        return _row(r)

    async def list_users(self, tenant_id: str | None) -> list[dict[str, Any]]:
        q = select(users).order_by(users.c.created_at)
        if tenant_id is not None:
            q = q.where(users.c.tenant_id == tenant_id)
        async with self.engine.connect() as conn:
            return [_row(r) for r in await conn.execute(q)]

    async def get_user(self, user_id: str) -> dict[str, Any] | None:
        async with self.engine.connect() as conn:
            r = (await conn.execute(select(users).where(users.c.id == user_id))).first()
        return _row(r) if r else None

    async def set_password(self, user_id: str, password_hash: str | None, tenant_id: str | None = None) -> bool:
        cond = users.c.id == user_id
        if tenant_id is not None:
            cond = and_(cond, users.c.tenant_id == tenant_id)
        async with self.engine.begin() as conn:
            return bool((await conn.execute(update(users).where(cond).values(password_hash=password_hash))).rowcount)

    async def login_candidates(self, username: str, tenant_id: str | None) -> list[dict[str, Any]]:
        """Users whose name or e-mail is ``username`` (in ``tenant_id`` when given), with their password hash."""
        q = select(users).where((users.c.name == username) | (users.c.email == username))
        if tenant_id is not None:
            q = q.where(users.c.tenant_id == tenant_id)
        async with self.engine.connect() as conn:
            return [{str(k): v for k, v in r._mapping.items()} for r in await conn.execute(q.limit(10))]

    async def web_key(self, user_id: str) -> tuple[str, bool, str] | None:
        """``(key_hash, disabled, key_id)`` of the key a user's password logins act as (the oldest named
        ``WEB_KEY_NAME``; ties broken by id, so every replica picks the same), or None before their first login."""
        c = api_keys.c
        q = (select(c.key_hash, c.disabled, c.id).where(c.user_id == user_id, c.name == WEB_KEY_NAME)
             .order_by(c.created_at, c.id).limit(1))
        async with self.engine.connect() as conn:
            r = (await conn.execute(q)).first()
        return (r.key_hash, bool(r.disabled), r.id) if r else None

    # -- keys ------------------------------------------------------------------------------------------
    async def create_key(self, key: str, tenant_id: str, role: str, **fields: Any) -> dict[str, Any]:
        kid = uuid.uuid4().hex
        values = {k: v for k, v in fields.items() if k in KEY_FIELDS and v is not None}
        values.setdefault("name", "")
        try:
            async with self.engine.begin() as conn:
                await conn.execute(insert(api_keys).values(
                    id=kid, tenant_id=tenant_id, role=role, prefix=display_prefix(key), key_hash=hash_key(key),
                    created_at=now(), disabled=False, **values))
        except IntegrityError:
            raise Conflict("that key already exists") from None
        return await self.get_key(kid)  # type: ignore[return-value]

    async def get_key(self, key_id: str, tenant_id: str | None = None) -> dict[str, Any] | None:
        q = select(api_keys).where(api_keys.c.id == key_id)
        if tenant_id is not None:
            q = q.where(api_keys.c.tenant_id == tenant_id)
        async with self.engine.connect() as conn:
            r = (await conn.execute(q)).first()
        return _row(r) if r else None

    async def find_key(self, key: str) -> dict[str, Any] | None:
        async with self.engine.connect() as conn:
            r = (await conn.execute(select(api_keys).where(api_keys.c.key_hash == hash_key(key)))).first()
        return _row(r) if r else None

    async def list_keys(self, tenant_id: str | None) -> list[dict[str, Any]]:
        q = select(api_keys).order_by(api_keys.c.created_at)
        if tenant_id is not None:
            q = q.where(api_keys.c.tenant_id == tenant_id)
        async with self.engine.connect() as conn:
            return [_row(r) for r in await conn.execute(q)]

    async def update_key(self, key_id: str, fields: dict[str, Any],
                         tenant_id: str | None = None) -> dict[str, Any] | None:
        values = {k: v for k, v in fields.items() if k in KEY_FIELDS}
        cond = api_keys.c.id == key_id
        if tenant_id is not None:
            cond = and_(cond, api_keys.c.tenant_id == tenant_id)
        if values:
            async with self.engine.begin() as conn:
                await conn.execute(update(api_keys).where(cond).values(**values))
        return await self.get_key(key_id, tenant_id)

    # -- spend -----------------------------------------------------------------------------------------
    async def spend(self, scope: str, ident: str, since: datetime | None) -> float:
        """Settled spend of a key or tenant since a time (None: ever), from the request log."""
        col = request_log.c.key_id if scope == "key" else request_log.c.tenant_id
        q = select(func.coalesce(func.sum(request_log.c.cost), 0.0)).where(col == ident)
        if since is not None:
            q = q.where(request_log.c.created_at >= since)
        async with self.engine.connect() as conn:
            return float((await conn.execute(q)).scalar_one())

    async def spend_report(self, tenant_id: str | None, group_by: list[str], since: datetime | None,
                           until: datetime | None) -> list[dict[str, Any]]:
        cols = [(GROUPS[g] if g != "day" else func.date(request_log.c.created_at)).label(g) for g in group_by]
        # requests = answered requests (those with usage and so a cost); refused and failed ones cost nothing
        q = select(*cols, func.count(request_log.c.cost).label("requests"),
                   func.coalesce(func.sum(request_log.c.prompt_tokens), 0).label("prompt_tokens"),
                   func.coalesce(func.sum(request_log.c.completion_tokens), 0).label("completion_tokens"),
                   func.coalesce(func.sum(request_log.c.cost), 0.0).label("cost"))
        if tenant_id is not None:
            q = q.where(request_log.c.tenant_id == tenant_id)
        if since is not None:
            q = q.where(request_log.c.created_at >= since)
        if until is not None:
            q = q.where(request_log.c.created_at < until)
        if cols:
            q = q.group_by(*cols).order_by(*cols)
        async with self.engine.connect() as conn:
            rows = [{str(k): v for k, v in r._mapping.items()} for r in await conn.execute(q)]
        for r in rows:
            if "day" in r and not isinstance(r["day"], str):
                r["day"] = r["day"].isoformat()
            r["cost"] = float(r["cost"])
        return rows

    # -- offenses (abuse monitoring) ---------------------------------------------------------------------
    async def add_offenses(self, rows: list[dict[str, Any]]) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(insert(offenses), rows)

    async def count_offenses(self, key_id: str, since: datetime) -> int:
        q = select(func.count()).select_from(offenses).where(offenses.c.key_id == key_id,
                                                             offenses.c.created_at >= since)
        async with self.engine.connect() as conn:
            return int((await conn.execute(q)).scalar_one())

    async def offenders(self, tenant_id: str | None, since: datetime) -> list[dict[str, Any]]:
        """Keys with offenses since a time, most first, with their suspension state."""
        o, k = offenses.c, api_keys.c
        q = (select(o.key_id, k.prefix, k.tenant_id, k.user_id, k.suspended, k.throttled,
                    func.count().label("offenses"), func.max(o.created_at).label("last"))
             .join(api_keys, api_keys.c.id == o.key_id).where(o.created_at >= since)
             .group_by(o.key_id, k.prefix, k.tenant_id, k.user_id, k.suspended, k.throttled)
             .order_by(func.count().desc()))
        if tenant_id is not None:
            q = q.where(o.tenant_id == tenant_id)
        async with self.engine.connect() as conn:
            return [_row(r) for r in await conn.execute(q)]
