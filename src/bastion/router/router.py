"""The router: picks a deployment for a route, retries, spills over tiers, falls back, cools down.

For each request it walks the route and then its fallbacks. Within a route it tries up to ``retries + 1``
deployments: the lowest tier with an available, unsaturated deployment first (reserved capacity), then the
next tiers (pay-as-you-go overflow). A 429 cools the deployment down for the upstream's ``Retry-After``;
other retriable failures feed a circuit breaker. Retrying the same deployment waits an exponential backoff
with full jitter; switching to another deployment does not wait.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import orjson

from bastion.config import RouteConfig, RouterConfig
from bastion.errors import InvalidRequest, ModelNotFound, RateLimited, Unsupported, UpstreamError, UpstreamUnavailable
from bastion.observability.metrics import Metrics
from bastion.providers.base import CallInfo, ChatResult, EmbeddingResult, Reranking, RerankResult, can_rerank
from bastion.router.state import STRATEGIES, Deployment, now

T = TypeVar("T")
SATURATED = "model_queue_full"  # a provider's bounded queue is full: not ill health, and no use waiting


@dataclass(slots=True)
class Served:
    """Which deployment answered, and how long the upstream part took."""

    route: str
    deployment: str
    upstream_seconds: float = 0.0
    attempts: int = 1


@dataclass(slots=True)
class _Route:
    name: str
    cfg: RouteConfig
    targets: list[tuple[Deployment, int]]  # (deployment, tier)
    weights: dict[str, float]


def needs_of(body: dict[str, Any]) -> set[str]:
    """Capabilities a chat request needs from its deployment."""
    needs: set[str] = set()
    for m in body.get("messages") or ():
        content = m.get("content") if isinstance(m, dict) else None
        if isinstance(content, list) and any(isinstance(p, dict) and p.get("type") == "image_url" for p in content):
            needs.add("vision")
    if body.get("tools"):
        needs.add("tools")
    rf = body.get("response_format")
    if isinstance(rf, dict) and rf.get("type") in ("json_object", "json_schema"):
        needs.add("json_schema")
    if body.get("logprobs"):
        needs.add("logprobs")
    return needs


_NEED_TEXT = {
    "vision": ("image content parts", "use a route whose deployments take images (capabilities.vision: true)"),
    "tools": ("tools", "drop 'tools' or use a route whose deployments support function calling"),
    "json_schema": ("response_format", "drop 'response_format' or use a route that supports structured output"),
    "logprobs": ("logprobs", "drop 'logprobs' or use a route whose deployments return logprobs"),
}


Gate = Callable[[Deployment, CallInfo], Awaitable[bool]]


class Router:
    def __init__(self, routes: dict[str, RouteConfig], deployments: dict[str, Deployment], rc: RouterConfig,
                 metrics: Metrics, rng: random.Random | None = None, gate: Gate | None = None) -> None:
        self.rc = rc
        self.gate = gate  # admits a call against the deployment's own quota (rpm/tpm), or refuses it
        self.metrics = metrics
        self.deployments = deployments
        self.rng = rng or random.Random()
        self.routes: dict[str, _Route] = {}
        for name, cfg in routes.items():
            targets = [(deployments[t.deployment], t.tier) for t in cfg.targets]
            weights = {t.deployment: t.weight for t in cfg.targets}
            self.routes[name] = _Route(name, cfg, sorted(targets, key=lambda x: x[1]), weights)

    def kind(self, route: str) -> str:
        r = self.routes.get(route)
        if r is None:
            raise ModelNotFound(f"the model '{route}' does not exist. GET /v1/models lists the models you can use",
                                param="model")
        return r.targets[0][0].cfg.kind

    def models_of(self, route: str) -> set[str]:
        """Every upstream model a request to this route may reach (its targets and its fallbacks')."""
        names = [route, *self.routes[route].cfg.fallbacks] if route in self.routes else []
        return {d.cfg.model or d.name for n in names for d, _ in self.routes[n].targets}

    # -- choosing --------------------------------------------------------------------------------------
    def _chain(self, route: str, needs: set[str]) -> list[_Route]:
        self.kind(route)
        chain = [self.routes[route]] + [self.routes[f] for f in self.routes[route].cfg.fallbacks]
        usable = [r for r in chain if any(self._capable(d, needs) for d, _ in r.targets)]
        if not usable:
            missing = next(n for n in sorted(needs) if not any(
                getattr(d.cfg.capabilities, n) for r in chain for d, _ in r.targets))
            what, fix = _NEED_TEXT[missing]
            raise Unsupported(f"the model '{route}' cannot take {what}: {fix}",
                              param="messages" if missing == "vision" else missing)
        return usable

    @staticmethod
    def _capable(d: Deployment, needs: set[str]) -> bool:
        caps = d.cfg.capabilities
        return all(getattr(caps, n) for n in needs)

    def pick(self, route: _Route, needs: set[str], exclude: set[str]) -> tuple[Deployment, int] | None:
        t = now()
        usable = [(d, tier) for d, tier in route.targets
                  if d.name not in exclude and d.available(t) and self._capable(d, needs)]
        if not usable:
            return None
        strategy = STRATEGIES[route.cfg.strategy]
        for tier in sorted({tier for _, tier in usable}):
            free = [d for d, dt in usable if dt == tier and not d.saturated()]
            if free:
                return strategy(free, route.weights, self.rng), tier
        # Every tier is saturated: queue on the least busy deployment rather than refuse.
        d, tier = min(usable, key=lambda x: (x[0].inflight, x[1]))
        return d, tier

    # -- running -----------------------------------------------------------------------------------------
    async def run(self, route_name: str, needs: set[str], op: Callable[[Deployment], Awaitable[T]],
                  info: CallInfo) -> tuple[T, Served]:
        last: UpstreamError | None = None
        attempts = 0
        quota_full: list[str] = []
        for route in self._chain(route_name, needs):
            tried: set[str] = set()
            full: set[str] = set()  # queues that refused: never worth waiting for within this request
            retries = route.cfg.retries if route.cfg.retries is not None else self.rc.retries
            for attempt in range(retries + 1):
                choice = self.pick(route, needs, tried) or (self.pick(route, needs, full) if tried else None)
                if choice is None:
                    break
                dep, tier = choice
                if self.gate is not None and (dep.cfg.rpm or dep.cfg.tpm) and not await self.gate(dep, info):
                    tried.add(dep.name)
                    full.add(dep.name)  # its provider quota is used up: try the others, not it again
                    quota_full.append(dep.name)
                    continue
                if dep.name in tried:  # same deployment again: back off first
                    await asyncio.sleep(self._backoff(attempt, last))
                    if not dep.available(now()):
                        continue
                attempts += 1
                if attempt:
                    self.metrics.retries.labels(route.name).inc()
                self._count_tier(route, tier)
                tried.add(dep.name)
                started = now()
                dep.begin(started)
                self.metrics.inflight.labels(dep.name).inc()
                try:
                    result = await op(dep)
                except UpstreamError as e:
                    self._failed(dep, e)
                    if e.code == SATURATED:
                        full.add(dep.name)
                    if not e.retriable:
                        raise
                    last = e
                    continue
                except BaseException:
                    dep.probing = False
                    raise
                finally:
                    dep.inflight -= 1
                    self.metrics.inflight.labels(dep.name).dec()
                seconds = now() - started
                dep.succeeded(seconds)
                if route.name != route_name:
                    self.metrics.fallbacks.labels(route_name, route.name).inc()
                return result, Served(route.name, dep.name, seconds, attempts)
        if last is not None:
            raise last
        if quota_full:
            raise RateLimited(f"every deployment of '{route_name}' is at its provider quota "
                              f"({', '.join(sorted(set(quota_full)))}); retry shortly", retry_after=1.0)
        raise UpstreamUnavailable(f"no deployment of '{route_name}' is available right now (all cooling down or "
                                  "circuit-open). Retry shortly, or add deployments/fallbacks to the route.",
                                  retry_after=self._soonest(route_name))

    def _backoff(self, attempt: int, last: UpstreamError | None) -> float:
        cap = min(self.rc.backoff_max, self.rc.backoff_base * (2 ** max(0, attempt - 1)))
        wait = self.rng.uniform(0, cap)  # full jitter
        if last is not None and last.retry_after:
            wait = max(wait, min(last.retry_after, self.rc.backoff_max))
        return wait

    def _soonest(self, route_name: str) -> float | None:
        t = now()
        waits = [max(d.cooldown_until, d.open_until) - t for d, _ in self.routes[route_name].targets]
        waits = [w for w in waits if w > 0]
        return min(waits) if waits else None

    def _count_tier(self, route: _Route, tier: int) -> None:
        first = route.targets[0][1]
        self.metrics.routed.labels(route.name, str(tier)).inc()
        if tier > first:
            self.metrics.spills.labels(route.name, str(first), str(tier)).inc()

    def _failed(self, dep: Deployment, e: UpstreamError) -> None:
        t = now()
        self.metrics.upstream_errors.labels(dep.name, e.code or e.type).inc()
        if e.code == SATURATED:
            return  # saturation, not ill health
        if not e.retriable:
            dep.probing = False
            return
        if e.status == 429 or e.retry_after:
            dep.cool(t, min(self.rc.max_cooldown, e.retry_after or self.rc.cooldown))
            self.metrics.cooldowns.labels(dep.name, "rate_limited" if e.status == 429 else "retry_after").inc()
        if dep.failed(t, self.rc):
            self.metrics.breaker_open.labels(dep.name).set(1)
            self.metrics.cooldowns.labels(dep.name, "circuit_open").inc()

    # -- operations --------------------------------------------------------------------------------------
    async def chat(self, route: str, body: dict[str, Any], info: CallInfo) -> tuple[ChatResult, Served]:
        async def op(dep: Deployment) -> ChatResult:
            return await dep.provider.chat(dict(body), info)

        return await self.run(route, needs_of(body), op, info)

    async def embed(self, route: str, inputs: list[str], body: dict[str, Any],
                    info: CallInfo) -> tuple[EmbeddingResult, Served]:
        async def op(dep: Deployment) -> EmbeddingResult:
            return await dep.provider.embed(inputs, dict(body), info)

        return await self.run(route, set(), op, info)

    async def rerank(self, route: str, query: str, documents: list[str], body: dict[str, Any],
                     info: CallInfo) -> tuple[RerankResult, Served]:
        if self.kind(route) != "rerank":
            raise InvalidRequest(f"the model '{route}' is not a rerank model; pick one from GET /v1/models",
                                 param="model")

        async def op(dep: Deployment) -> RerankResult:
            if not can_rerank(dep.provider):  # the configuration check refuses these; a safety net
                raise Unsupported(f"deployment '{dep.name}' (provider '{dep.cfg.provider}') cannot rerank",
                                  param="model")
            return await cast(Reranking, dep.provider).rerank(query, documents, dict(body), info)

        return await self.run(route, set(), op, info)

    async def stream(self, route: str, body: dict[str, Any], info: CallInfo) -> tuple[Stream, Served]:
        """Open a stream and read until the first chunk with content, so that an upstream that fails before
        anything reaches the client is retried like any other failure."""

        async def op(dep: Deployment) -> Stream:
            agen = cast(AsyncGenerator[list[bytes], None], dep.provider.stream(dict(body), info))
            held: list[tuple[bytes, dict[str, Any]]] = []
            try:
                async for batch in agen:
                    held.extend((raw, parse_event(raw, dep.name)) for raw in batch)
                    if any(_visible(event) for _, event in held):
                        break
            except BaseException:
                await agen.aclose()
                raise
            return Stream(agen, held, dep, self)

        stream, served = await self.run(route, needs_of(body), op, info)
        stream.served = served
        stream.deployment.inflight += 1  # the stream stays in flight until the client has read it
        self.metrics.inflight.labels(stream.deployment.name).inc()
        return stream, served


def parse_event(raw: bytes, deployment: str) -> dict[str, Any]:
    try:
        event = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise UpstreamError(f"deployment '{deployment}' sent a malformed stream chunk") from None
    if not isinstance(event, dict):
        raise UpstreamError(f"deployment '{deployment}' sent a stream chunk that is not an object")
    if "error" in event and not event.get("choices"):
        err = event["error"] if isinstance(event["error"], dict) else {}
        raise UpstreamError(f"deployment '{deployment}' reported an error mid-stream: "
                            f"{str(err.get('message') or '')[:300]}")
    return event


def _visible(event: dict[str, Any]) -> bool:
    for c in event.get("choices") or ():
        d = c.get("delta") or {}
        if d.get("content") or d.get("tool_calls") or d.get("refusal") or c.get("finish_reason"):
            return True
    return bool(event.get("usage"))


class Stream:
    """An upstream stream whose first chunks were read ahead. Iterate it for batches of ``(raw, event)``."""

    def __init__(self, agen: AsyncGenerator[list[bytes], None], held: list[tuple[bytes, dict[str, Any]]],
                 dep: Deployment, router: Router) -> None:
        self.agen = agen
        self.held = held
        self.deployment = dep
        self.router = router
        self.served: Served | None = None

    async def events(self) -> AsyncIterator[list[tuple[bytes, dict[str, Any]]]]:
        dep = self.deployment
        try:
            if self.held:
                yield self.held
            async for batch in self.agen:
                yield [(raw, parse_event(raw, dep.name)) for raw in batch]
        except UpstreamError as e:
            self.router._failed(dep, e)
            raise
        finally:
            dep.inflight -= 1
            self.router.metrics.inflight.labels(dep.name).dec()
            await self.agen.aclose()

