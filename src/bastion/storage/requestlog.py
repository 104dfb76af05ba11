"""The request log, written in batches off the request path.

Requests hand a row to :meth:`RequestLog.add` (no I/O); one background task inserts rows in batches. A
bounded buffer keeps memory safe if the database stalls: rows beyond it are counted in a metric and
dropped rather than stalling traffic.

The insert is one driver-level ``executemany`` with a statement prepared once: SQLAlchemy's per-row
compilation and bind processing cost more event-loop time than the whole request did (measured with
py-spy under the benchmark, see docs/benchmarks.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.storage.tables import request_log

log = logging.getLogger("bastion.requestlog")


class RequestLog:
    def __init__(self, engine: AsyncEngine, *, max_rows: int = 50_000, batch: int = 500,
                 interval: float = 0.25, on_drop: Any = None) -> None:
        self.engine = engine
        self.max_rows = max_rows
        self.batch = batch
        self.interval = interval
        self.on_drop = on_drop
        self._rows: list[dict[str, Any]] = []
        self._columns = [c.name for c in request_log.columns]
        style = engine.dialect.paramstyle
        marks = [f"${i + 1}" if style == "numeric_dollar" else "?" for i in range(len(self._columns))]
        if style not in ("numeric_dollar", "qmark"):
            raise ValueError(f"unsupported DB-API paramstyle {style!r}")
        self._sql = f"INSERT INTO request_log ({', '.join(self._columns)}) VALUES ({', '.join(marks)})"
        self._sqlite = engine.dialect.name == "sqlite"
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="request-log-writer")

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
        while self._rows:
            rows, self._rows = self._rows[: self.batch], self._rows[self.batch :]
            try:
                async with self.engine.begin() as conn:
                    await conn.exec_driver_sql(self._sql, [self._tuple(r) for r in rows])
            except Exception:  # keep serving; put the rows back to retry on the next tick
                log.exception("request log write failed; will retry")
                self._rows[:0] = rows[: max(0, self.max_rows - len(self._rows))]
                return

    def _tuple(self, row: dict[str, Any]) -> tuple[Any, ...]:
        values = [row.get(c) for c in self._columns]
        if self._sqlite:  # stored the way SQLAlchemy's SQLite DateTime stores it, so reads parse it back
            values = [v.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime) else v for v in values]
        return tuple(values)

    async def close(self) -> None:
        self._closing = True
        self._wake.set()
        if self._task is not None:
            await self._task
        await self.flush()
