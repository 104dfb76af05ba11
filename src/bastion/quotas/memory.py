"""In-process quota store for the embedded default (one process). Every method runs without awaiting
between its check and its update, so on one event loop each call is atomic."""

from __future__ import annotations

import math
import time

from bastion.quotas.base import WINDOW_SECONDS, Admitted, Charge, Denied, Initializer, Move


class MemoryStore:
    def __init__(self) -> None:
        self._windows: dict[str, dict[int, float]] = {}
        self._periods: dict[str, float] = {}

    def _window(self, key: str, now_s: int) -> tuple[dict[int, float], float]:
        buckets = self._windows.setdefault(key, {})
        cutoff = now_s - WINDOW_SECONDS
        for b in [b for b in buckets if b <= cutoff]:
            del buckets[b]
        return buckets, sum(buckets.values())

    async def reserve(self, charges: list[Charge], initial: Initializer) -> Admitted | Denied:
        for c in charges:  # fill missing period counters first (may await the database)
            if c.kind == "period" and c.key not in self._periods:
                value = await initial(c.key)
                self._periods.setdefault(c.key, value)
        now = time.time()
        now_s = math.floor(now)
        remaining: dict[str, float] = {}
        reset: dict[str, float] = {}
        for c in charges:
            if c.kind == "window":
                buckets, used = self._window(c.key, now_s)
                if used + c.amount > c.limit:
                    return Denied(c.key, c.limit, used, _retry_after(buckets, used, c, now))
                reset[c.key] = (min(buckets) + WINDOW_SECONDS + 1 - now) if buckets else 0.0
            else:
                used = self._periods[c.key]
                if used + c.amount > c.limit:
                    return Denied(c.key, c.limit, used, None)
            remaining[c.key] = c.limit - used - c.amount
        for c in charges:
            if c.kind == "window":
                b = self._windows[c.key]
                b[now_s] = b.get(now_s, 0.0) + c.amount
            else:
                self._periods[c.key] += c.amount
        return Admitted({c.key: now_s for c in charges if c.kind == "window"}, remaining, reset)

    async def adjust(self, moves: list[Move]) -> None:
        for m in moves:
            if m.kind == "window":
                buckets = self._windows.get(m.key)
                if buckets is not None and m.bucket in buckets:
                    buckets[m.bucket] += m.delta
            elif m.key in self._periods:
                self._periods[m.key] += m.delta

    async def check(self) -> str | None:
        return None

    async def aclose(self) -> None:
        return None


def _retry_after(buckets: dict[int, float], used: float, c: Charge, now: float) -> float | None:
    """Seconds until enough old buckets leave the window for this charge to fit."""
    if c.amount > c.limit:
        return None  # can never fit
    need = used + c.amount - c.limit
    freed = 0.0
    for b in sorted(buckets):
        freed += buckets[b]
        if freed >= need:
            return max(0.0, b + WINDOW_SECONDS + 1 - now)
    return float(WINDOW_SECONDS)
