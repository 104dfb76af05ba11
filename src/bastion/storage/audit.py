"""The tamper-evident audit log: one row per request and per admin action, hash-chained.

Each row stores the previous row's hash and its own: ``sha256(prev_hash || canonical JSON of the row)``.
The head record keeps the newest sequence number and hash, and where the chain starts after a purge.
:meth:`AuditLog.verify` recomputes the chain, so an edited, inserted, reordered or deleted row (the tail
included, against the head) is reported with its sequence number. Appends take the head's lock inside the
insert transaction, so several replicas or workers extend one chain without forking it.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bastion.storage.batch import BatchWriter, DriverInsert
from bastion.storage.clock import aware
from bastion.storage.tables import audit_head, audit_log

HASHED = ("seq", "created_at", "tenant_id", "kind", "action", "actor", "request_id", "route", "model", "status",
          "prompt_tokens", "completion_tokens", "latency_ms", "verdicts", "detail")
_PAGE = 5_000


def _aware_iso(t: datetime) -> str:
    return aware(t).isoformat(timespec="microseconds")


def body_digest(body: Any) -> str:
    return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()


def digest(prev_hash: str, row: dict[str, Any]) -> str:
    """The row's chain hash. A body is chained through its own hash (``body_hash``), so purging a body
    later leaves the chain intact; rows without one hash exactly as before bodies existed."""
    payload = {k: row.get(k) for k in HASHED}
    if row.get("body_hash") is not None:
        payload["body_hash"] = row["body_hash"]
    if isinstance(payload["created_at"], datetime):
        payload["created_at"] = _aware_iso(payload["created_at"])
    return hashlib.sha256(prev_hash.encode() + orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    checked: int
    problem: str | None = None
    seq: int | None = None


class AuditLog(BatchWriter):
    name = "audit-log"

    def __init__(self, engine: AsyncEngine, **kw: Any) -> None:
        super().__init__(**kw)
        self.engine = engine
        self._insert = DriverInsert(engine, audit_log)

    @staticmethod
    def row(**fields: Any) -> dict[str, Any]:
        """A row with every column present; latency rounded so its hash survives the database's floats."""
        row = {k: fields.get(k) for k in HASHED if k != "seq"}
        row["verdicts"] = fields.get("verdicts") or []
        row["detail"] = fields.get("detail") or {}
        if row["latency_ms"] is not None:
            row["latency_ms"] = round(float(row["latency_ms"]), 3)
        row["body"] = fields.get("body")  # its hash is taken when the row is chained
        return row

    async def _lock_head(self, conn: AsyncConnection) -> Any:
        if conn.dialect.name == "sqlite":  # a write first, so this transaction holds SQLite's write lock
            await conn.execute(update(audit_head).where(audit_head.c.id == 1).values(seq=audit_head.c.seq))
            return (await conn.execute(select(audit_head).where(audit_head.c.id == 1))).one()
        return (await conn.execute(select(audit_head).where(audit_head.c.id == 1).with_for_update())).one()

    async def write(self, rows: list[dict[str, Any]]) -> None:
        async with self.engine.begin() as conn:
            head = await self._lock_head(conn)
            seq, prev = head.seq, head.hash
            chained = []
            for r in rows:
                seq += 1
                r = {**r, "seq": seq, "prev_hash": prev}
                if r.get("body") is not None:
                    r["body_hash"] = body_digest(r["body"])
                r["hash"] = prev = digest(prev, r)
                chained.append(r)
            await self._insert.run(conn, chained)
            await conn.execute(update(audit_head).where(audit_head.c.id == 1).values(seq=seq, hash=prev))

    async def verify(self) -> Verdict:
        async with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":  # one snapshot: appends committed mid-walk would read as tampering
                await conn.execution_options(isolation_level="REPEATABLE READ")
            head = (await conn.execute(select(audit_head).where(audit_head.c.id == 1))).one()
            early = (await conn.execute(select(func.count()).select_from(audit_log)
                                        .where(audit_log.c.seq <= head.base_seq))).scalar_one()
            if early:
                return Verdict(False, 0, f"{early} rows at or before the purge point (seq {head.base_seq}) exist: "
                                         "inserted rows", head.base_seq)
            prev, expected, checked = head.base_hash, head.base_seq + 1, 0
            async for row in self._walk(conn, head.base_seq):
                if row["seq"] != expected:
                    return Verdict(False, checked, f"rows {expected}..{row['seq'] - 1} are missing (deleted)",
                                   expected)
                if row["prev_hash"] != prev:
                    return Verdict(False, checked, f"row {expected} does not follow row {expected - 1}", expected)
                if digest(prev, row) != row["hash"]:
                    return Verdict(False, checked, f"row {expected} was changed after it was written", expected)
                if row["body"] is not None and body_digest(row["body"]) != row["body_hash"]:
                    return Verdict(False, checked, f"row {expected}'s body was changed after it was written",
                                   expected)
                prev, expected, checked = row["hash"], expected + 1, checked + 1
            if expected - 1 != head.seq or prev != head.hash:
                return Verdict(False, checked, f"the chain ends at row {expected - 1} but the head says {head.seq}: "
                                               "rows at the end were deleted, or the head was altered", expected)
        return Verdict(True, checked)

    async def _walk(self, conn: AsyncConnection, after: int,
                    where: Any = None) -> AsyncIterator[dict[str, Any]]:
        while True:
            q = select(audit_log).where(audit_log.c.seq > after).order_by(audit_log.c.seq).limit(_PAGE)
            if where is not None:
                q = q.where(where)
            page = [{str(k): v for k, v in r._mapping.items()} for r in await conn.execute(q)]
            for row in page:
                yield row
            if len(page) < _PAGE:
                return
            after = page[-1]["seq"]

    async def purge(self, before: datetime) -> int:
        """Delete the oldest rows (a prefix of the chain, up to the last row written before ``before``) and
        move the chain's start past them, so what remains still verifies."""
        async with self.engine.begin() as conn:
            head = await self._lock_head(conn)
            cut = (await conn.execute(select(func.max(audit_log.c.seq))
                                      .where(audit_log.c.created_at < before))).scalar_one()
            if cut is None or cut <= head.base_seq:
                return 0
            last = (await conn.execute(select(audit_log.c.hash).where(audit_log.c.seq == cut))).scalar_one()
            gone = (await conn.execute(delete(audit_log).where(audit_log.c.seq <= cut))).rowcount
            await conn.execute(update(audit_head).where(audit_head.c.id == 1).values(base_seq=cut, base_hash=last))
        return int(gone or 0)

    async def purge_bodies(self, before: datetime, tenant_id: str | None = None) -> int:
        """Drop the bodies (not the rows) written before a time, for one tenant or all. The chain keeps each
        body's hash, so it still verifies; this is how a tenant's retention TTL is applied."""
        c = audit_log.c
        q = update(audit_log).where(c.created_at < before, c.body.is_not(None)).values(body=None)
        if tenant_id is not None:
            q = q.where(c.tenant_id == tenant_id)
        async with self.engine.begin() as conn:
            return int((await conn.execute(q)).rowcount or 0)

    async def search(self, *, tenant_id: str | None = None, kind: str | None = None, action: str | None = None,
                     actor: str | None = None, since: datetime | None = None, until: datetime | None = None,
                     route: str | None = None, request_id: str | None = None, status: int | None = None,
                     limit: int = 100) -> list[dict[str, Any]]:
        c = audit_log.c
        q = select(audit_log).order_by(c.seq.desc()).limit(limit)
        for col, value in ((c.tenant_id, tenant_id), (c.kind, kind), (c.action, action), (c.actor, actor),
                           (c.route, route), (c.request_id, request_id), (c.status, status)):
            if value is not None:
                q = q.where(col == value)
        if since is not None:
            q = q.where(c.created_at >= since)
        if until is not None:
            q = q.where(c.created_at < until)
        async with self.engine.connect() as conn:
            return [_public(r._mapping) for r in await conn.execute(q)]

    async def export(self, tenant_id: str | None = None) -> AsyncIterator[bytes]:
        """JSON lines in chain order, for archiving (hashes included, so the export verifies on its own)."""
        async with self.engine.connect() as conn:
            where = audit_log.c.tenant_id == tenant_id if tenant_id is not None else None
            async for row in self._walk(conn, 0, where):
                yield orjson.dumps(_public(row)) + b"\n"


def _public(mapping: Any) -> dict[str, Any]:
    out = {str(k): v for k, v in dict(mapping).items()}
    if isinstance(out.get("created_at"), datetime):
        out["created_at"] = _aware_iso(out["created_at"])
    return out
