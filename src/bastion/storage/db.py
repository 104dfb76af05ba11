"""The database: engine, migrations, and the repositories of the spine (keys, deployments, config).

SQLite (aiosqlite) is the embedded default; PostgreSQL (asyncpg) takes a ``database_url``. The same Core
tables and the same Alembic migrations serve both.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import event, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bastion.errors import StorageUnavailable
from bastion.identity.base import Limits, Principal
from bastion.storage.admin import AdminRepo, Conflict
from bastion.storage.clock import aware, now
from bastion.storage.tables import api_keys, config_snapshots, deployments, tenants

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_TENANT = "default"


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` / ``sqlite:///`` URLs and pick the async drivers Bastion ships."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2"):
        u = u.set(drivername="postgresql+asyncpg")
    elif u.drivername == "sqlite":
        u = u.set(drivername="sqlite+aiosqlite")
    return u.render_as_string(hide_password=False)


def migrate(url: str) -> None:
    """Bring the schema to the newest revision (blocking; runs its own event loop)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    cfg.set_main_option("path_separator", "os")
    command.upgrade(cfg, "head")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


class Database:
    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        u = make_url(self.url)
        if u.get_backend_name() == "sqlite" and u.database:
            Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        self.engine: AsyncEngine = create_async_engine(self.url, pool_pre_ping=u.get_backend_name() != "sqlite")
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.admin = AdminRepo(self.engine)

    async def migrate(self) -> None:
        await asyncio.to_thread(migrate, self.url)

    async def ping(self) -> str | None:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        except Exception as e:  # /ready reports any failure, whatever the driver raises
            return f"{type(e).__name__}"
        return None

    async def close(self) -> None:
        await self.engine.dispose()

    # -- keys ------------------------------------------------------------------------------------------
    async def principal_for_hash(self, key_hash: str) -> Principal | None:
        k, t = api_keys.c, tenants.c
        q = (select(k.id, k.tenant_id, k.role, k.name, k.expires_at, k.disabled, k.allowed_models, k.user_id,
                    k.allowed_assistants, k.groups,
                    k.suspended, k.throttled,
                    k.rpm, k.tpm, k.budget, k.budget_period, t.disabled.label("tenant_disabled"),
                    t.rpm.label("t_rpm"), t.tpm.label("t_tpm"), t.budget.label("t_budget"),
                    t.budget_period.label("t_budget_period"), t.policy.label("t_policy"),
                    t.retention.label("t_retention"))
             .join(tenants, tenants.c.id == k.tenant_id).where(k.key_hash == key_hash))
        try:
            async with self.engine.connect() as conn:
                row = (await conn.execute(q)).first()
        except (SQLAlchemyError, OSError) as e:
            raise StorageUnavailable("the database is unreachable, so the API key cannot be checked; retry "
                                     f"shortly ({type(e).__name__})") from None
        if row is None or row.disabled or row.tenant_disabled:
            return None
        if row.expires_at is not None and aware(row.expires_at) <= now():
            return None
        return Principal(
            key_id=row.id, tenant_id=row.tenant_id, role=row.role, name=row.name,
            allowed_models=frozenset(row.allowed_models) if row.allowed_models is not None else None,
            key_limits=Limits(row.rpm, row.tpm, row.budget, row.budget_period),
            tenant_limits=Limits(row.t_rpm, row.t_tpm, row.t_budget, row.t_budget_period),
            user_id=row.user_id, suspended=bool(row.suspended), throttled=bool(row.throttled),
            policy=row.t_policy, retention=row.t_retention or "metadata",
            allowed_assistants=frozenset(row.allowed_assistants) if row.allowed_assistants is not None else None,
            groups=frozenset(row.groups or ()))

    async def ensure_tenant(self, tenant_id: str, name: str) -> None:
        if await self.admin.get_tenant(tenant_id) is None:
            with contextlib.suppress(Conflict):  # another replica created it meanwhile
                await self.admin.create_tenant(tenant_id, name)

    async def add_key(self, key: str, *, role: str, tenant_id: str = DEFAULT_TENANT, name: str = "") -> bool:
        """Store a key's hash; return False when that key already exists."""
        await self.ensure_tenant(tenant_id, tenant_id)
        if await self.admin.find_key(key) is not None:
            return False
        try:
            await self.admin.create_key(key, tenant_id, role, name=name)
        except Conflict:
            return False
        return True

    async def count_admin_keys(self) -> int:
        q = select(func.count()).select_from(api_keys).where(api_keys.c.role == "admin")
        async with self.engine.connect() as conn:
            return int((await conn.execute(q)).scalar_one())

    # -- deployments and config snapshots ----------------------------------------------------------------
    async def record_config(self, content: dict[str, Any], source: str | None,
                            deployment_rows: list[dict[str, Any]]) -> str:
        """Keep one snapshot per distinct configuration and mirror the current deployments."""
        blob = orjson.dumps(content, option=orjson.OPT_SORT_KEYS)
        digest = hashlib.sha256(blob).hexdigest()
        t = now()
        async with self.engine.begin() as conn:
            seen = (await conn.execute(select(config_snapshots.c.id)
                                       .where(config_snapshots.c.sha256 == digest))).first()
            if seen is None:
                await conn.execute(insert(config_snapshots).values(
                    sha256=digest, created_at=t, source=source, content=orjson.loads(blob)))
            await conn.execute(deployments.delete())
            if deployment_rows:
                await conn.execute(insert(deployments), [{**r, "updated_at": t} for r in deployment_rows])
        return digest
