"""The identity seam: who is calling, and the repository protocol that resolves a key hash to them.

Keys are random, shown once, stored only as a SHA-256 hash, and carry a recognisable prefix (``bst_``) so
they can be spotted in logs and by secret scanners.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Protocol

KEY_PREFIX = "bst_"


ROLES = ("admin", "tenant-admin", "reviewer", "user")  # reviewer: a user who also decides promotions
PERIODS = ("day", "month", "total")


@dataclass(frozen=True, slots=True)
class Limits:
    """Requests and tokens per minute, and a spend budget (USD) per period; None means unlimited."""

    rpm: int | None = None
    tpm: int | None = None
    budget: float | None = None
    budget_period: str = "month"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: resolved from a key once, then cached briefly."""

    key_id: str
    tenant_id: str
    role: str  # admin | tenant-admin | reviewer | user
    name: str = ""
    allowed_models: frozenset[str] | None = None  # None: every model
    key_limits: Limits = Limits()
    tenant_limits: Limits = Limits()
    user_id: str | None = None
    suspended: bool = False  # by the abuse monitor: refused with 403 until an admin lifts it
    throttled: bool = False  # by the abuse monitor: held to the throttle rate until lifted
    policy: str | None = None  # the tenant's guardrail policy (admin API); None: by configuration
    retention: str = "metadata"  # the tenant's audit retention: "full" keeps (masked) bodies
    allowed_assistants: frozenset[str] | None = None  # None: every assistant of the tenant
    groups: frozenset[str] = frozenset()  # knowledge access groups (admins see every document)

    def may_use(self, model: str) -> bool:
        return self.allowed_models is None or model in self.allowed_models

    def may_use_assistant(self, name: str) -> bool:
        return self.allowed_assistants is None or name in self.allowed_assistants

    @property
    def document_groups(self) -> frozenset[str] | None:
        """The access groups that filter knowledge searches; None (no filter) for admins."""
        return None if self.role in ("admin", "tenant-admin") else self.groups


def hash_key(key: str) -> str:
    # Keys carry 238 bits of randomness: a fast hash is safe (nothing to guess) and keeps auth cheap.
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def display_prefix(key: str) -> str:
    return key[: len(KEY_PREFIX) + 6]


class KeyRepository(Protocol):
    async def principal_for_hash(self, key_hash: str) -> Principal | None: ...
