"""Quotas for one request: requests and tokens per minute per key, per tenant and per deployment, and spend
budgets per key and per tenant. Reserve the worst case before the call, settle with the real usage after,
refund what a failure did not use. Every endpoint, stream and tool call settles through :meth:`settle`."""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from bastion.errors import BastionError, RateLimited
from bastion.identity.base import Limits, Principal
from bastion.quotas.base import Admitted, Charge, Denied, Move, QuotaStore, StoreUnavailable

log = logging.getLogger("bastion.quotas")


@dataclass(frozen=True, slots=True)
class Price:
    input: float  # USD per million prompt tokens
    output: float  # USD per million completion tokens

    def cost(self, prompt: int, completion: int) -> float:
        return (prompt * self.input + completion * self.output) / 1_000_000


class SpendSource(Protocol):
    """Where spend so far is read from when a period counter must be rebuilt (the request log)."""

    async def spend(self, scope: str, ident: str, since: datetime | None) -> float: ...


class OverBudget(BastionError):
    status = 402
    type = "insufficient_quota"
    code = "budget_exceeded"


class QuotaUnavailable(BastionError):
    status = 503
    type = "api_error"
    code = "quota_store_unavailable"
    retry_after = 1.0


@dataclass(slots=True)
class Reservation:
    charges: list[Charge] = field(default_factory=list)
    buckets: dict[str, int] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    settled: bool = False


def period_of(period: str, now: datetime) -> tuple[str, int]:
    """(counter suffix, seconds the counter must live: the rest of the period and a day of slack)."""
    if period == "day":
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return start.strftime("%Y-%m-%d"), int((start + timedelta(days=2) - now).total_seconds())
    if period == "month":
        start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        nxt = (start + timedelta(days=32)).replace(day=1)
        return start.strftime("%Y-%m"), int((nxt + timedelta(days=1) - now).total_seconds())
    return "all", 0


class Quotas:
    def __init__(self, store: QuotaStore, spend: SpendSource, prices: dict[str, Price], *,
                 fail_open: bool = False, default_max_tokens: int = 4096, on_fail_open: Any = None) -> None:
        self.store = store
        self.spend = spend
        self.prices = prices
        self.fail_open = fail_open
        self.default_max_tokens = default_max_tokens
        self.on_fail_open = on_fail_open

    def price(self, models: set[str]) -> Price:
        """The worst case among the models a request may reach (route targets and fallbacks)."""
        known = [self.prices[m] for m in models if m in self.prices]
        if not known:
            return Price(0.0, 0.0)
        return Price(max(p.input for p in known), max(p.output for p in known))

    def _charges(self, who: str, ident: str, lim: Limits, tokens: float, cost: float,
                 now: datetime) -> list[Charge]:
        out = []
        if lim.rpm is not None:
            out.append(Charge(f"rpm:{who}:{ident}", "window", lim.rpm, 1))
        if lim.tpm is not None and tokens:
            out.append(Charge(f"tpm:{who}:{ident}", "window", lim.tpm, tokens))
        if lim.budget is not None:
            suffix, ttl = period_of(lim.budget_period, now)
            out.append(Charge(f"spend:{who}:{ident}:{suffix}", "period", lim.budget, cost, ttl))
        return out

    def worst_case(self, prompt_tokens: int, max_tokens: int | None) -> int:
        return prompt_tokens + (max_tokens if max_tokens is not None else self.default_max_tokens)

    async def admit(self, p: Principal, prompt_tokens: int, max_tokens: int | None, price: Price) -> Reservation:
        """Reserve the key's and the tenant's requests, tokens and spend for one request, or refuse it."""
        tokens = float(self.worst_case(prompt_tokens, max_tokens))
        cost = price.cost(prompt_tokens, int(tokens) - prompt_tokens)
        now = datetime.now(UTC)
        r = Reservation()
        r.charges = (self._charges("key", p.key_id, p.key_limits, tokens, cost, now)
                     + self._charges("tenant", p.tenant_id, p.tenant_limits, tokens, cost, now))
        return await self._reserve(r)

    async def admit_deployment(self, name: str, lim: Limits, tokens: float) -> Reservation | None:
        """Reserve a deployment's own provider quota; None when it is full (the router tries another)."""
        r = Reservation()
        r.charges = self._charges("deployment", name, lim, tokens, 0.0, datetime.now(UTC))
        try:
            return await self._reserve(r)
        except RateLimited:
            return None

    async def _reserve(self, r: Reservation) -> Reservation:
        if not r.charges:
            return r
        try:
            got = await self.store.reserve(r.charges, self._initial)
        except StoreUnavailable as e:
            if self.fail_open:
                log.warning("quota store unavailable; admitting without limits (fail open): %s", e)
                if self.on_fail_open is not None:
                    self.on_fail_open()
                r.charges = []
                return r
            raise QuotaUnavailable("limits cannot be checked right now (the shared quota store is down); "
                                   "retry shortly") from None
        if isinstance(got, Denied):
            raise _refusal(got)
        r.buckets = got.buckets
        r.headers = _headers(r.charges, got)
        return r

    async def _initial(self, key: str) -> float:
        _, who, ident, suffix = key.split(":", 3)
        since = None
        if suffix != "all":
            fmt = "%Y-%m-%d" if len(suffix) == 10 else "%Y-%m"
            since = datetime.strptime(suffix, fmt).replace(tzinfo=UTC)
        return await self.spend.spend(who, ident, since)

    async def settle_deployments(self, reservations: list[tuple[str, Reservation]], served: str | None,
                                 tokens: int | None) -> None:
        """The deployment quotas of one model call: the deployment that answered used ``tokens``; attempts
        that failed are refunded."""
        for name, r in reservations:
            await self.settle([r], tokens if name == served else None, None)

    async def settle(self, reservations: list[Reservation], tokens: int | None, cost: float | None) -> None:
        """Replace the reservations by what was used (None: nothing known, so refund), in one store call."""
        moves = []
        for r in reservations:
            if r.settled:
                continue
            r.settled = True
            for c in r.charges:
                if c.key.startswith("rpm:"):
                    continue  # the request was made
                used = (tokens or 0) if c.key.startswith("tpm:") else (cost or 0.0)
                if used != c.amount:
                    moves.append(Move(c.key, c.kind, used - c.amount, r.buckets.get(c.key)))
        if moves:
            try:
                await self.store.adjust(moves)
            except StoreUnavailable as e:
                log.error("could not settle %d counters: %s", len(moves), e)


def _refusal(d: Denied) -> BastionError:
    kind, who = d.key.split(":")[0], d.key.split(":")[1]
    if kind == "spend":
        remaining = max(0.0, d.limit - d.used)
        return OverBudget(f"the {who}'s budget is used up: ${remaining:.6f} of ${d.limit:.6f} remains, less than "
                          "this request may cost. Lower max_tokens, or ask an admin to raise the budget.")
    what = "requests" if kind == "rpm" else "tokens"
    retry = d.retry_after if d.retry_after is not None else 60.0
    e = RateLimited(f"the {who}'s limit of {d.limit:g} {what} per minute is reached; retry in "
                    f"{math.ceil(retry)} s" + ("" if d.retry_after is not None else
                                               " (this request alone is larger than the limit: lower max_tokens)"),
                    retry_after=retry)
    e.headers.update(_limit_headers(kind, d.limit, 0.0, retry))
    return e


def _limit_headers(kind: str, limit: float, remaining: float, reset: float) -> dict[str, str]:
    name = "requests" if kind == "rpm" else "tokens"
    return {f"x-ratelimit-limit-{name}": f"{limit:g}", f"x-ratelimit-remaining-{name}": f"{max(0, int(remaining))}",
            f"x-ratelimit-reset-{name}": f"{max(0.0, reset):.3g}s"}


def _headers(charges: list[Charge], got: Admitted) -> dict[str, str]:
    """OpenAI's x-ratelimit-* headers for the tightest request and token limits of this request."""
    out: dict[str, str] = {}
    for kind in ("rpm", "tpm"):
        mine = [c for c in charges if c.key.startswith(kind + ":")]
        if mine:
            c = min(mine, key=lambda c: got.remaining.get(c.key, math.inf))
            out.update(_limit_headers(kind, c.limit, got.remaining[c.key], got.reset.get(c.key, 0.0)))
    return out


def prompt_upper_bound(body: dict[str, Any], inputs: list[str]) -> int:
    """An upper bound on the prompt's tokens without a tokenizer: a BPE token is at least one UTF-8 byte,
    so the byte count can only over-reserve (the settlement refunds the difference). Images count as 1,000."""
    if inputs:
        return sum(len(t.encode()) for t in inputs)
    total = 0
    for m in body.get("messages") or ():
        total += 8  # role and separators
        content = m.get("content")
        if isinstance(content, str):
            total += len(content.encode())
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict):
                    total += len(str(part.get("text", "")).encode()) if part.get("type") == "text" else 1000
        for call in m.get("tool_calls") or ():
            total += len(str(call).encode())
    if body.get("tools"):
        total += len(str(body["tools"]).encode())
    return total
