"""Abuse monitoring: requests a guardrail blocked (or flagged) count against their key; past the configured
number within the window the key is throttled, then suspended, until an admin lifts it.

Only offending requests do any of this work (one insert and one count), so ordinary traffic pays nothing.
A change of state reaches other replicas through the key cache within ``quotas.key_cache_seconds``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bastion.config import AbuseConfig
from bastion.identity.base import Principal

if TYPE_CHECKING:
    from bastion.pipeline import RequestContext

log = logging.getLogger("bastion.abuse")


class AbuseMonitor:
    def __init__(self, cfg: AbuseConfig, repo: Any, audit: Any, on_action: Any = None) -> None:
        self.cfg = cfg
        self.repo = repo  # storage.admin.AdminRepo
        self.audit = audit  # storage.audit.AuditLog
        self.on_action = on_action

    async def observe(self, ctx: RequestContext) -> None:
        p = ctx.principal
        hits = [v for v in ctx.verdicts if v.action in self.cfg.count]
        if not self.cfg.enabled or p is None or not hits:
            return
        now = datetime.now(UTC)
        try:
            await self.repo.add_offenses([
                {"created_at": now, "tenant_id": p.tenant_id, "key_id": p.key_id, "user_id": p.user_id,
                 "request_id": ctx.request_id, "category": v.category, "action": v.action} for v in hits])
            n = await self.repo.count_offenses(p.key_id, now - timedelta(minutes=self.cfg.window_minutes))
            await self._escalate(p, n, now)
        except Exception:  # the request itself already ended; log, never fail it for this
            log.exception("abuse monitor could not record offenses of key %s", p.key_id)

    async def _escalate(self, p: Principal, n: int, now: datetime) -> None:
        cfg = self.cfg
        if cfg.suspend_after is not None and n >= cfg.suspend_after and not p.suspended:
            change, action = {"suspended": True}, "key.suspend"
        elif cfg.throttle_after is not None and n >= cfg.throttle_after and not p.throttled and not p.suspended:
            change, action = {"throttled": True}, "key.throttle"
        else:
            return
        await self.repo.update_key(p.key_id, change)
        self.audit.add(self.audit.row(created_at=now, tenant_id=p.tenant_id, kind="admin", action=action,
                                      actor="abuse-monitor", detail={"key_id": p.key_id, "offenses": n,
                                                                     "window_minutes": cfg.window_minutes}))
        if self.on_action is not None:
            self.on_action(action)
        log.warning("%s: key %s after %d offenses in %d minutes", action, p.key_id, n, cfg.window_minutes)
