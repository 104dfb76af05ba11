"""Periodic work of a running gateway: picking up guardrail policies changed through the admin API (on any
replica), and applying each tenant's body-retention TTL to the audit log."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bastion.config import PolicyConfig
from bastion.storage.clock import now

if TYPE_CHECKING:
    from bastion.server.app import Services

log = logging.getLogger("bastion.server")


async def load_policies(s: Services) -> None:
    """Build the stored policies (in a thread: banned topics are embedded) and swap them in whole."""
    stored = await s.policies.all()
    configs: dict[str, PolicyConfig] = {}
    for name, raw in stored.items():
        try:
            configs[name] = PolicyConfig.model_validate(raw)
        except ValidationError as e:
            log.error("stored policy %s is invalid and was skipped: %s", name, e)
    guardrails = s.pipeline.guardrails

    def install() -> None:
        guardrails.replace_dynamic(configs)
        guardrails.warm()

    await asyncio.to_thread(install)


async def refresh_policies(s: Services, every: float) -> None:
    seen = await s.policies.version()
    while True:
        await asyncio.sleep(every)
        try:
            version = await s.policies.version()
            if version != seen:
                await load_policies(s)
                seen = version
        except Exception as e:  # the database is down: keep the policies we have, try again later
            log.warning("could not refresh guardrail policies: %s", e)


async def purge_bodies(s: Services) -> int:
    """Drop audited bodies older than each tenant's retention_days; returns how many were dropped."""
    dropped = 0
    for tenant in await s.db.admin.list_tenants():
        days = tenant.get("retention_days")
        if days is not None:
            dropped += await s.audit.purge_bodies(now() - timedelta(days=days), tenant["id"])
            dropped += await s.responses.purge_bodies(now() - timedelta(days=days), tenant["id"])
    return dropped


async def retention(s: Services, every: float) -> None:
    while True:
        try:
            dropped = await purge_bodies(s)
            if dropped:
                log.info("retention purge dropped %d audited bodies", dropped)
            dropped = await s.cache.repo.purge()
            if dropped:
                log.info("cache purge dropped %d expired or evicted answers", dropped)
            await s.sessions.purge()
        except Exception as e:
            log.warning("retention purge failed: %s", e)
        await asyncio.sleep(every)


class Tasks:
    def __init__(self) -> None:
        self.tasks: list[asyncio.Task[None]] = []

    def start(self, s: Services) -> None:
        self.tasks = [asyncio.create_task(refresh_policies(s, max(s.settings.quotas.key_cache_seconds, 0.5))),
                      asyncio.create_task(retention(s, 3600.0))]

    async def stop(self) -> None:
        for t in self.tasks:
            t.cancel()
        for t in self.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await t
