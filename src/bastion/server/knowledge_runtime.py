"""The knowledge service wired to the router: inside the server, and on its own for `bastion ingest` and
`bastion worker`, which need the index and the embedding routes but never a chat model."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass

import numpy as np

from bastion.config import Settings
from bastion.knowledge.base import Embedder, Reranker
from bastion.knowledge.indexes import open_index
from bastion.knowledge.queue import InProcessQueue, JobQueue, RedisQueue
from bastion.knowledge.service import Knowledge
from bastion.observability.metrics import Metrics
from bastion.providers import registry
from bastion.providers.base import CallInfo, Provider
from bastion.quotas.base import QuotaStore
from bastion.quotas.memory import MemoryStore
from bastion.quotas.redis import RedisStore
from bastion.quotas.service import Quotas
from bastion.resources import Resources
from bastion.router.router import Router
from bastion.router.state import Deployment
from bastion.storage.db import Database


def embedder(router: Router, quotas: Quotas) -> Embedder:
    """Knowledge-base embeddings through the router (so a base can use any embedding deployment), with the
    deployments' own quotas settled like any call."""

    async def embed(route: str, texts: list[str], kind: str) -> np.ndarray:
        info = CallInfo(f"knowledge-{uuid.uuid4().hex[:12]}")
        try:
            result, served = await router.embed(route, texts, {"input_type": kind}, info)
        except BaseException:
            await quotas.settle_deployments(info.reservations, None, None)
            raise
        await quotas.settle_deployments(info.reservations, served.deployment, result.prompt_tokens)
        vectors = np.asarray(result.vectors, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    return embed


def reranker(router: Router, quotas: Quotas) -> Reranker:
    """Passage relevance from a rerank route through the router (retries, fallbacks, deployment quotas settled
    like any call); raises when the route fails, so that the search can fall back to its fused order."""

    async def rerank(route: str, query: str, documents: list[str]) -> list[float]:
        info = CallInfo(f"rerank-{uuid.uuid4().hex[:12]}")
        try:
            result, served = await router.rerank(route, query, documents, {}, info)
        except BaseException:
            await quotas.settle_deployments(info.reservations, None, None)
            raise
        await quotas.settle_deployments(info.reservations, served.deployment, result.tokens)
        return result.scores

    return rerank


def job_queue(settings: Settings) -> JobQueue:
    """Where ingestion jobs run (knowledge.queue): in this process, or on `bastion worker` processes."""
    if settings.knowledge.queue == "redis":
        assert settings.redis_url is not None  # the configuration check requires it
        return RedisQueue(settings.redis_url, settings.redis_prefix)
    return InProcessQueue()


@dataclass
class Standalone:
    knowledge: Knowledge
    providers: dict[str, Provider]
    db: Database

    async def close(self) -> None:
        await self.knowledge.stop()
        for p in self.providers.values():
            with contextlib.suppress(Exception):
                await p.aclose()
        await self.db.close()


async def standalone(settings: Settings, resources: Resources | None = None,
                     queue: JobQueue | None = None) -> Standalone:
    """The knowledge service without the server: the configured index, and only the embedding routes'
    deployments (with their rpm/tpm limits, shared through Redis when one is configured); ``queue`` defaults
    to the configured one."""
    deps = settings.deployments
    routes = {n: r for n, r in settings.routes.items()
              if r.targets and all(deps[t.deployment].kind == "embedding" for t in r.targets)}
    needed = {t.deployment: deps[t.deployment] for r in routes.values() for t in r.targets}
    providers = registry.build(needed)
    for p in providers.values():
        start = getattr(p, "start", None)
        if start is not None:
            await start()
    router = Router(routes, {n: Deployment(n, providers[n], c) for n, c in needed.items()}, settings.router,
                    Metrics())
    db = Database(settings.db_url)
    await db.migrate()
    store: QuotaStore = RedisStore(settings.redis_url, settings.redis_prefix) if settings.redis_url else MemoryStore()
    quotas = Quotas(store, db.admin, {})
    knowledge = Knowledge(open_index(settings.knowledge, settings.data_dir), embedder(router, quotas),
                          resources or Resources(), settings.knowledge, queue or job_queue(settings))
    return Standalone(knowledge, providers, db)
