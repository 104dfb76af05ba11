"""Storage: migrations build exactly the declared schema on SQLite and PostgreSQL, and requests are logged."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select
from sqlalchemy.ext.asyncio import create_async_engine

from bastion.storage.db import migrate, normalise_url
from bastion.storage.tables import config_snapshots, deployments, metadata, request_log
from tests.conftest import Gateway, remote
from tests.fakes.upstream import FakeUpstream


def _schema_diff(url: str) -> list[object]:
    async def diff() -> list[object]:
        engine = create_async_engine(normalise_url(url))
        async with engine.connect() as conn:
            result = await conn.run_sync(lambda c: compare_metadata(MigrationContext.configure(c), metadata))
        await engine.dispose()
        return list(result)

    return asyncio.run(diff())


def test_sqlite_migrations_match_the_tables(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    migrate(url)
    migrate(url)  # idempotent
    assert _schema_diff(url) == []


def _rows(url: str, table, timeout: float = 5.0) -> list:  # type: ignore[no-untyped-def,type-arg]
    async def fetch() -> list:  # type: ignore[type-arg]
        eng = create_async_engine(normalise_url(url))
        async with eng.connect() as conn:
            rows = (await conn.execute(select(table))).all()
        await eng.dispose()
        return rows

    deadline = time.monotonic() + timeout
    while True:
        rows = asyncio.run(fetch())
        if rows or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)


def test_requests_are_logged_with_tokens(make_gateway, upstreams: dict[str, FakeUpstream]) -> None:  # type: ignore[no-untyped-def]
    gw: Gateway = make_gateway({"deployments": {"m": remote("a", upstreams["a"])}})
    r = gw.client().chat.completions.with_raw_response.create(model="up-a", messages=[{"role": "user", "content": "x"}])
    rid = r.headers["x-request-id"]
    list(gw.client().chat.completions.create(model="up-a", messages=[{"role": "user", "content": "x"}], stream=True))
    rows = _wait_for(gw.services.settings.db_url, 2)
    by_id = {row.id: row for row in rows}
    row = by_id[rid]
    got = (row.route, row.deployment, row.status, row.prompt_tokens, row.completion_tokens)
    assert got == ("up-a", "m", 200, 11, 7)
    assert row.tenant_id == "default" and row.latency_ms >= row.overhead_ms >= 0
    streamed = next(r for r in rows if r.stream)
    assert streamed.total_tokens == 18  # usage recorded even though the client did not ask for it
    snaps = _rows(gw.services.settings.db_url, config_snapshots)
    assert len(snaps) == 1 and "sk-upstream" not in str(_rows(gw.services.settings.db_url, deployments))


def _wait_for(url: str, n: int) -> list:  # type: ignore[type-arg]
    deadline = time.monotonic() + 5
    while True:
        rows = _rows(url, request_log)
        if len(rows) >= n or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)


# -- PostgreSQL (the scale-out database; the pg_url fixture lives in conftest) ---------------------
@pytest.mark.postgres
def test_postgres_migrations_match_the_tables(pg_url: str) -> None:
    migrate(pg_url)
    assert _schema_diff(pg_url) == []


@pytest.mark.postgres
def test_gateway_on_postgres_logs_requests(make_gateway, upstreams, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    gw: Gateway = make_gateway({"deployments": {"m": remote("a", upstreams["a"])}, "database_url": pg_url})
    gw.client().chat.completions.create(model="up-a", messages=[{"role": "user", "content": "x"}])
    rows = _wait_for(pg_url, 1)
    assert rows[0].status == 200 and rows[0].total_tokens == 18


def test_stream_overhead_excludes_generation_time(make_gateway, upstreams: dict[str, FakeUpstream]) -> None:  # type: ignore[no-untyped-def]
    from tests.fakes.upstream import Act

    gw: Gateway = make_gateway({"deployments": {"m": remote("a", upstreams["a"])}, "guardrails": {"enabled": False}})
    upstreams["a"].script(Act(chunk_delay=0.05))  # ~0.4 s of "generation" after the first chunk
    list(gw.client().chat.completions.create(model="up-a", messages=[{"role": "user", "content": "x"}], stream=True))
    row = _wait_for(gw.services.settings.db_url, 1)[0]
    assert row.latency_ms > 300 and row.overhead_ms < 100
