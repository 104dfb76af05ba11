"""Key generation and the short-lived key cache in front of the repository."""

from __future__ import annotations

import secrets
import time

from bastion.identity.base import KEY_PREFIX, KeyRepository, Principal, hash_key

_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def generate_key() -> str:
    return KEY_PREFIX + "".join(secrets.choice(_ALPHABET) for _ in range(40))


class KeyCache:
    """Resolves keys through the repository, caching answers (negative ones too) for ``ttl`` seconds, so a
    revoked key stops working on every replica within ``ttl``."""

    def __init__(self, repo: KeyRepository, ttl: float = 5.0, max_entries: int = 100_000) -> None:
        self.repo = repo
        self.ttl = ttl
        self.max_entries = max_entries
        self._cache: dict[str, tuple[float, Principal | None]] = {}

    def clear(self) -> None:
        """Forget every cached answer (this replica sees an admin change at once; others within ``ttl``)."""
        self._cache.clear()

    async def resolve(self, key: str) -> Principal | None:
        if not key.startswith(KEY_PREFIX) or len(key) > 200:
            return None
        return await self.resolve_hash(hash_key(key))

    async def resolve_hash(self, h: str) -> Principal | None:
        """The principal of the key with SHA-256 ``h`` (a web session knows only its key's hash)."""
        t = time.monotonic()
        hit = self._cache.get(h)
        if hit is not None and hit[0] > t:
            return hit[1]
        principal = await self.repo.principal_for_hash(h)
        if len(self._cache) >= self.max_entries:
            self._cache.clear()
        self._cache[h] = (t + self.ttl, principal)
        return principal
