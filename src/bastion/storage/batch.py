"""A bounded in-memory buffer drained by one background task in batches: the request path only appends.

Subclasses say how a batch is written. A failed write keeps its rows for the next tick; rows beyond
``max_rows`` are dropped and counted, so a stalled database costs memory up to a bound, never latency.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import JSON, Table
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger("bastion.storage")


class BatchWriter:
    name = "batch"

    def __init__(self, *, max_rows: int = 50_000, batch: int = 500, interval: float = 0.25,
                 on_drop: Any = None) -> None:
        self.max_rows = max_rows
        self.batch = batch
        self.interval = interval
        self.on_drop = on_drop
        self._rows: list[dict[str, Any]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._flushing = asyncio.Lock()

    async def write(self, rows: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"{self.name}-writer")

    def add(self, row: dict[str, Any]) -> None:
        if len(self._rows) >= self.max_rows:
            if self.on_drop is not None:
                self.on_drop()
            return
        self._rows.append(row)
        if len(self._rows) >= self.batch:
            self._wake.set()

    async def _run(self) -> None:
        while not self._closing:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()
            await self.flush()

    async def flush(self) -> None:
        """Write everything buffered. Flushes are serialised, so a caller that flushes in order to read its own
        rows back also waits for a batch the background task took from the buffer and is still writing."""
        async with self._flushing:
            await self._flush()

    async def _flush(self) -> None:
        while self._rows:
            rows, self._rows = self._rows[: self.batch], self._rows[self.batch :]
            try:
                await self.write(rows)
            except Exception:  # keep serving; put the rows back to retry on the next tick
                log.exception("%s write failed; will retry", self.name)
                self._rows[:0] = rows[: max(0, self.max_rows - len(self._rows))]
                return

    async def close(self) -> None:
        self._closing = True
        self._wake.set()
        if self._task is not None:
            await self._task
        await self.flush()


class DriverInsert:
    """An INSERT prepared once and run as one driver-level ``executemany``: SQLAlchemy's per-row compilation
    and bind processing cost more event-loop time than a whole request did (py-spy, docs/benchmarks.md)."""

    def __init__(self, engine: AsyncEngine | Any, table: Table, skip_conflicts: bool = False) -> None:
        """``skip_conflicts``: a row whose key exists already is dropped (ON CONFLICT DO NOTHING, in SQLite and
        PostgreSQL alike) instead of failing, and so holding back, the whole batch."""
        self.columns = [c.name for c in table.columns]
        self._json = {c.name for c in table.columns if isinstance(c.type, JSON)}
        self._nullable_json = {c.name for c in table.columns if isinstance(c.type, JSON) and c.type.none_as_null}
        style = engine.dialect.paramstyle
        if style not in ("numeric_dollar", "qmark"):
            raise ValueError(f"unsupported DB-API paramstyle {style!r}")
        marks = [f"${i + 1}" if style == "numeric_dollar" else "?" for i in range(len(self.columns))]
        self.sql = f"INSERT INTO {table.name} ({', '.join(self.columns)}) VALUES ({', '.join(marks)})"
        if skip_conflicts:
            self.sql += " ON CONFLICT DO NOTHING"
        self._sqlite = engine.dialect.name == "sqlite"

    def params(self, row: dict[str, Any]) -> tuple[Any, ...]:
        out = []
        for c in self.columns:
            v = row.get(c)
            if c in self._json:
                v = None if v is None and c in self._nullable_json else orjson.dumps(v).decode()
            elif self._sqlite and isinstance(v, datetime):  # the format SQLAlchemy's SQLite DateTime reads back
                v = v.strftime("%Y-%m-%d %H:%M:%S.%f")
            out.append(v)
        return tuple(out)

    async def run(self, conn: AsyncConnection | Connection, rows: list[dict[str, Any]]) -> None:
        await conn.exec_driver_sql(self.sql, [self.params(r) for r in rows])  # type: ignore[misc]
