"""Assistants by (tenant, name): the current version of each, cached briefly, from the versioned store.

``bastion.yaml`` and the admin API write to the same store. On start, an assistant defined in the file gets a
new version when its file definition changed since the file last wrote it; an admin's later edit through the
API is kept until the file's definition changes again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from bastion.config_grounding import AssistantConfig
from bastion.storage.assistants import AssistantRepo, digest

PREFIX = "assistant/"


@dataclass(frozen=True, slots=True)
class Assistant:
    tenant: str
    name: str
    version: int
    cfg: AssistantConfig
    source: str = "api"

    @property
    def model(self) -> str:
        return PREFIX + self.name

    def public(self) -> dict[str, Any]:
        return {"object": "assistant", "id": self.model, "name": self.name, "version": self.version,
                "tenant": self.tenant, "source": self.source, "description": self.cfg.description,
                "intro": self.cfg.intro, "starters": self.cfg.starters, "strategy": self.cfg.strategy.name,
                "route": self.cfg.route,
                "knowledge_bases": self.cfg.retrieval.knowledge_bases if self.cfg.retrieval else []}


def stored_config(cfg: AssistantConfig) -> dict[str, Any]:
    """What a version stores: the whole configuration, defaults included, minus the owning tenant."""
    return cfg.model_dump(mode="json", exclude={"tenant"})


def _from_row(row: dict[str, Any]) -> Assistant | None:
    try:
        cfg = AssistantConfig.model_validate({**row["config"], "tenant": row["tenant_id"]})
    except ValidationError:  # a row written by a newer release: skip it rather than fail every request
        return None
    return Assistant(row["tenant_id"], row["name"], row["version"], cfg, row["source"])


class Assistants:
    def __init__(self, repo: AssistantRepo, ttl: float = 5.0) -> None:
        self.repo = repo
        self.ttl = ttl
        self._cache: dict[tuple[str, str], tuple[float, Assistant | None]] = {}

    async def get(self, tenant: str, name: str) -> Assistant | None:
        hit = self._cache.get((tenant, name))
        t = time.monotonic()
        if hit is not None and t - hit[0] < self.ttl:
            return hit[1]
        row = await self.repo.current(tenant, name)
        a = _from_row(row) if row is not None else None
        self._cache[(tenant, name)] = (t, a)
        return a

    async def list(self, tenant: str | None) -> list[Assistant]:
        return [a for row in await self.repo.list_current(tenant) if (a := _from_row(row)) is not None]

    async def put(self, name: str, cfg: AssistantConfig, source: str, actor: str | None = None) -> Assistant:
        row = await self.repo.put(cfg.tenant, name, stored_config(cfg), source, actor)
        self._cache.pop((cfg.tenant, name), None)
        a = _from_row(row)
        assert a is not None
        return a

    async def delete(self, tenant: str, name: str, actor: str | None) -> bool:
        row = await self.repo.current(tenant, name)
        if row is None:
            return False
        await self.repo.put(tenant, name, row["config"], "api", actor, deleted=True)
        self._cache.pop((tenant, name), None)
        return True

    async def sync(self, defined: dict[str, AssistantConfig], source: str = "yaml") -> None:
        """Store file-defined assistants whose definition changed since the file last wrote them."""
        for name, cfg in defined.items():
            config = stored_config(cfg)
            last = await self.repo.last_of_source(cfg.tenant, name, source)
            current = await self.repo.current(cfg.tenant, name)
            if last is not None and last["sha256"] == digest(config) and current is not None:
                continue
            await self.put(name, cfg, source)
