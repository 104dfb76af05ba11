"""The vault: placeholder -> value mappings of masked requests, encrypted, with a TTL, in a shared store.

A mapping is stored per tenant and per scope: the request id, or the conversation id a client sends
(``x-bastion-conversation``), so later turns of a conversation reuse the same placeholders for the same
values even when another replica serves them. Values are encrypted with AES-256-GCM before they reach the
store, and the tenant and scope are bound into the ciphertext as associated data, so one tenant's blob
cannot be replayed as another's. The key comes from settings, or from a key file created once in the
data directory (shared by workers on one machine; replicas on other machines must configure one key).
"""

from __future__ import annotations

import base64
import logging
import os
import time
from pathlib import Path
from typing import Any, Protocol

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger("bastion.guardrails")


class BlobStore(Protocol):
    async def put(self, key: str, blob: bytes, ttl: int) -> None: ...

    async def get(self, key: str) -> bytes | None: ...


class MemoryBlobs:
    """One process's store (the embedded default). Expired entries are dropped as new ones arrive."""

    def __init__(self, max_entries: int = 100_000) -> None:
        self._data: dict[str, tuple[float, bytes]] = {}
        self.max_entries = max_entries

    async def put(self, key: str, blob: bytes, ttl: int) -> None:
        now = time.monotonic()
        if len(self._data) >= self.max_entries:
            self._data = {k: v for k, v in self._data.items() if v[0] > now}
            while len(self._data) >= self.max_entries:  # still full of live entries: the oldest go first
                self._data.pop(next(iter(self._data)))
        self._data[key] = (now + ttl, blob)

    async def get(self, key: str) -> bytes | None:
        item = self._data.get(key)
        if item is None or item[0] <= time.monotonic():
            return None
        return item[1]


class RedisBlobs:
    def __init__(self, client: Any, prefix: str) -> None:
        self.client = client
        self.prefix = prefix

    async def put(self, key: str, blob: bytes, ttl: int) -> None:
        await self.client.set(self.prefix + key, blob, ex=ttl)

    async def get(self, key: str) -> bytes | None:
        value = await self.client.get(self.prefix + key)
        return bytes(value) if value is not None else None


def load_key(configured: str | None, data_dir: Path) -> bytes:
    """The configured key, or the machine's key file (created with mode 0600 on first use)."""
    if configured:
        key = base64.b64decode(configured)
        if len(key) != 32:
            raise ValueError("guardrails.vault.key must be base64 of exactly 32 bytes")
        return key
    path = data_dir / "vault.key"
    try:
        return base64.b64decode(path.read_bytes())
    except FileNotFoundError:
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another worker created it first
        return base64.b64decode(path.read_bytes())
    with os.fdopen(fd, "wb") as f:
        f.write(base64.b64encode(AESGCM.generate_key(bit_length=256)))
    return base64.b64decode(path.read_bytes())


class Vault:
    def __init__(self, store: BlobStore, key: bytes, ttl: int) -> None:
        self.store = store
        self.aead = AESGCM(key)
        self.ttl = ttl

    @staticmethod
    def _key(tenant: str, scope: str) -> str:
        return f"vault:{tenant}:{scope}"

    async def put(self, tenant: str, scope: str, mapping: dict[str, str]) -> None:
        nonce = os.urandom(12)
        aad = self._key(tenant, scope).encode()
        blob = nonce + self.aead.encrypt(nonce, orjson.dumps(mapping), aad)
        await self.store.put(self._key(tenant, scope), blob, self.ttl)

    async def load(self, tenant: str, scope: str) -> dict[str, str] | None:
        """:meth:`get`, but a store outage only costs the numbering: a new mapping still masks everything."""
        try:
            return await self.get(tenant, scope)
        except Exception as e:
            log.warning("could not read the PII mapping %s: %s", scope, e)
            return None

    async def save(self, tenant: str, scope: str, mapping: dict[str, str]) -> None:
        """:meth:`put`, but an outage only costs later turns (this answer is restored from memory)."""
        try:
            await self.put(tenant, scope, mapping)
        except Exception as e:
            log.warning("could not store the PII mapping %s: %s", scope, e)

    async def get(self, tenant: str, scope: str) -> dict[str, str]:
        blob = await self.store.get(self._key(tenant, scope))
        if not blob:
            return {}
        aad = self._key(tenant, scope).encode()
        try:
            data = orjson.loads(self.aead.decrypt(blob[:12], blob[12:], aad))
        except (InvalidTag, ValueError):  # another key (rotated, or a replica configured differently)
            log.warning("vault entry %s could not be decrypted; starting a new mapping", self._key(tenant, scope))
            return {}
        return {str(k): str(v) for k, v in data.items()}
