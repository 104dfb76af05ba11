"""The database: engine, migrations, and the repositories of the spine (keys, deployments, config).

SQLite (aiosqlite) is the embedded default; PostgreSQL (asyncpg) takes a ``database_url``. The same Core
tables and the same Alembic migrations serve both.
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import event, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bastion.identity.base import Principal, display_prefix, hash_key
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


def now() -> datetime:
    return datetime.now(UTC)


class Database:
    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        u = make_url(self.url)
        if u.get_backend_name() == "sqlite" and u.database:
            Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        self.engine: AsyncEngine = create_async_engine(self.url, pool_pre_ping=u.get_backend_name() != "sqlite")
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)

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
        q = select(api_keys.c.id, api_keys.c.tenant_id, api_keys.c.role, api_keys.c.name,
                   api_keys.c.expires_at, api_keys.c.disabled).where(api_keys.c.key_hash == key_hash)
        async with self.engine.connect() as conn:
            row = (await conn.execute(q)).first()
        if row is None or row.disabled:
            return None
        if row.expires_at is not None:
            exp = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
            if exp <= now():
                return None
        return Principal(key_id=row.id, tenant_id=row.tenant_id, role=row.role, name=row.name)

    async def ensure_tenant(self, tenant_id: str, name: str) -> None:
        async with self.engine.begin() as conn:
            found = (await conn.execute(select(tenants.c.id).where(tenants.c.id == tenant_id))).first()
            if found is None:
                await conn.execute(insert(tenants).values(id=tenant_id, name=name, created_at=now()))

    async def add_key(self, key: str, *, role: str, tenant_id: str = DEFAULT_TENANT, name: str = "") -> bool:
        """Store a key's hash; return False when that key already exists."""
        await self.ensure_tenant(tenant_id, tenant_id)
        h = hash_key(key)
        async with self.engine.begin() as conn:
            if (await conn.execute(select(api_keys.c.id).where(api_keys.c.key_hash == h))).first():
                return False
            await conn.execute(insert(api_keys).values(
                id=uuid.uuid4().hex, tenant_id=tenant_id, name=name, prefix=display_prefix(key), key_hash=h,
                role=role, created_at=now(), disabled=False))
        return True

    async def count_admin_keys(self) -> int:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(api_keys.c.id).where(api_keys.c.role == "admin"))).all()
        return len(rows)

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
