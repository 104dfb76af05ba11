"""A sliding-window counter in the quota store, for the small limits beside the model quotas: feedback calls,
login attempts, conversation writes. With Redis it holds across replicas."""

from __future__ import annotations

import math

from bastion.errors import RateLimited
from bastion.quotas.base import Charge, Denied, QuotaStore, StoreUnavailable
from bastion.quotas.service import QuotaUnavailable


async def _no_period(key: str) -> float:  # a window counter has no spend period
    return 0.0


async def admit(store: QuotaStore, key: str, per_minute: int, refusal: str, *, fail_open: bool = False) -> None:
    """Count one call against ``key`` (at most ``per_minute``); a 429 naming the wait when over. ``refusal``
    says what is limited ("this key may send 30 feedback requests per minute"); the wait is appended."""
    try:
        got = await store.reserve([Charge(f"rpm:{key}", "window", per_minute, 1)], _no_period)
    except StoreUnavailable:
        if fail_open:
            return
        raise QuotaUnavailable("this limit cannot be checked right now (the shared quota store is down); retry "
                               "shortly") from None
    if isinstance(got, Denied):
        retry = got.retry_after if got.retry_after is not None else 60.0
        raise RateLimited(f"{refusal}; retry in {math.ceil(retry)} s", retry_after=retry)
