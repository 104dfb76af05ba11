"""The request log, written in batches off the request path (see :mod:`bastion.storage.batch`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.storage.batch import BatchWriter, DriverInsert
from bastion.storage.tables import request_log


class RequestLog(BatchWriter):
    name = "request-log"

    def __init__(self, engine: AsyncEngine, **kw: Any) -> None:
        super().__init__(**kw)
        self.engine = engine
        self._insert = DriverInsert(engine, request_log)

    async def write(self, rows: list[dict[str, Any]]) -> None:
        async with self.engine.begin() as conn:
            await self._insert.run(conn, rows)
