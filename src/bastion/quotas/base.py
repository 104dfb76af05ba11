"""The quota seam: a store that admits or refuses a set of charges atomically.

Two kinds of counter:

* **window**: a 60-second sliding window kept in one-second sub-buckets (requests or tokens per
  minute). The sum covers every bucket younger than 60 s, so the window is never shorter than a minute
  and a limit is never exceeded, not even at a bucket boundary (fixed windows allow twice the limit there).
* **period**: spend in a budget period (a day, a month, or all time), in USD. When a period counter is
  missing (a fresh Redis, a new process) the store asks for its starting value, which the caller computes
  from the request log, so spend survives restarts of the counter store.

``reserve`` checks every charge and applies all of them only if all fit; later ``adjust`` moves a
charge by the difference between what was reserved and what was used (a refund is a negative adjust).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, Protocol

WINDOW_SECONDS = 60


@dataclass(frozen=True, slots=True)
class Charge:
    key: str  # e.g. "rpm:key:<id>", "spend:tenant:<id>:2026-11"
    kind: Literal["window", "period"]
    limit: float
    amount: float
    ttl: int = WINDOW_SECONDS + 2  # seconds the counter must live (period counters: until the period ends)


@dataclass(frozen=True, slots=True)
class Denied:
    key: str
    limit: float
    used: float  # what the counter held
    retry_after: float | None  # seconds until enough frees up (None: not within a window, e.g. a budget)


@dataclass(frozen=True, slots=True)
class Admitted:
    """Where each charge landed, so it can be adjusted later; and how much headroom is left."""

    buckets: dict[str, int]  # window key -> bucket second
    remaining: dict[str, float]
    reset: dict[str, float]  # window key -> seconds until the oldest counted bucket leaves the window


@dataclass(frozen=True, slots=True)
class Move:
    key: str
    kind: str
    delta: float
    bucket: int | None  # window counters: the bucket the reservation went into


Initializer = Callable[[str], Awaitable[float]]


class QuotaStore(Protocol):
    async def reserve(self, charges: list[Charge], initial: Initializer) -> Admitted | Denied: ...

    async def adjust(self, moves: list[Move]) -> None:
        """Apply every move (in one round trip where the store is remote); counters that expired meanwhile
        are left alone."""
        ...

    async def check(self) -> str | None: ...

    async def aclose(self) -> None: ...


class StoreUnavailable(Exception):
    """The shared counter store cannot be reached (e.g. Redis is down)."""
