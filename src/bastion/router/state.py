"""Per-deployment health: in-flight count, latency, cooldown and circuit breaker; plus the strategies."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bastion.config import DeploymentConfig, RouterConfig
from bastion.providers.base import Provider


@dataclass(slots=True)
class Deployment:
    name: str
    provider: Provider
    cfg: DeploymentConfig
    inflight: int = 0
    latency: float | None = None  # EWMA seconds: time to first token for streams, whole call otherwise
    cooldown_until: float = 0.0
    failures: int = 0  # consecutive
    open_until: float = 0.0  # circuit breaker; 0 = closed
    probing: bool = False  # half-open: one trial call in flight
    _alpha: float = field(default=0.3, repr=False)

    def available(self, now: float) -> bool:
        if now < self.cooldown_until:
            return False
        if self.open_until:
            return now >= self.open_until and not self.probing
        return True

    def saturated(self) -> bool:
        limit = self.cfg.max_concurrency
        return limit is not None and self.inflight >= limit

    def begin(self, now: float) -> None:
        self.inflight += 1
        if self.open_until and now >= self.open_until:
            self.probing = True

    def succeeded(self, seconds: float) -> None:
        self.latency = seconds if self.latency is None else (1 - self._alpha) * self.latency + self._alpha * seconds
        self.failures = 0
        self.open_until = 0.0
        self.probing = False

    def failed(self, now: float, rc: RouterConfig) -> bool:
        """Count a failure; return True when this failure opened (or re-opened) the breaker."""
        self.failures += 1
        if self.probing or self.failures >= rc.breaker_failures:
            self.probing = False
            self.open_until = now + rc.breaker_reset
            return True
        return False

    def cool(self, now: float, seconds: float) -> None:
        self.cooldown_until = max(self.cooldown_until, now + seconds)


Strategy = Callable[[Sequence[Deployment], dict[str, float], random.Random], Deployment]


def weighted(cands: Sequence[Deployment], weights: dict[str, float], rng: random.Random) -> Deployment:
    return rng.choices(list(cands), weights=[weights[d.name] for d in cands])[0]


def least_busy(cands: Sequence[Deployment], weights: dict[str, float], rng: random.Random) -> Deployment:
    low = min(d.inflight for d in cands)
    return weighted([d for d in cands if d.inflight == low], weights, rng)


def lowest_latency(cands: Sequence[Deployment], weights: dict[str, float], rng: random.Random) -> Deployment:
    unknown = [d for d in cands if d.latency is None]
    if unknown:  # learn every deployment's latency before trusting the numbers
        return weighted(unknown, weights, rng)
    return min(cands, key=lambda d: (d.latency or 0.0) * (1 + d.inflight))


STRATEGIES: dict[str, Strategy] = {"weighted": weighted, "least-busy": least_busy, "lowest-latency": lowest_latency}


def now() -> float:
    return time.monotonic()
