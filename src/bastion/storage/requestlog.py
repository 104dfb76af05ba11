"""The request log, written in batches off the request path.

Requests hand a row to :meth:`RequestLog.add` (no I/O); one background task inserts rows in batches. A
bounded buffer keeps memory safe if the database stalls: rows beyond it are counted in a metric and
dropped rather than stalling traffic.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from sqlalchemy import insert
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
                    await conn.execute(insert(request_log), rows)
            except Exception:  # keep serving; put the rows back to retry on the next tick
                log.exception("request log write failed; will retry")
                self._rows[:0] = rows[: max(0, self.max_rows - len(self._rows))]
                return

    async def close(self) -> None:
        self._closing = True
        self._wake.set()
        if self._task is not None:
            await self._task
        await self.flush()
