"""Exact nearest-neighbour search over the cached questions of one scope, kept in memory per process.

Each scope's vectors are one float32 matrix (unit rows). Small sets are searched by one matrix-vector product.
From ``PREFILTER_AT`` rows on, a product over every row costs more than the budget (7.5 ms for 100k rows of 384
dimensions here: memory bandwidth), so each row also gets a binary code, the signs of its difference from the
set's mean (e5's vectors share a large common component; centring first keeps the signs informative). The codes
of 100k rows are 4.8 MB, compared by Hamming distance in about 1 ms; the ``RESCORE`` closest rows are then scored
exactly, so a returned cosine is always the true one. Rows arrive incrementally by entry id
(ids only grow), so a process catches up on what other replicas cached with one query of the new rows. Entries
that expire or are evicted stay in the matrix until the scope is reloaded; every candidate is confirmed against
the store before it is served, so a dead row costs a lookup, never a wrong answer.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np

PREFILTER_AT = 20_000
RESCORE = 256


class VectorSet:
    def __init__(self, dims: int) -> None:
        self.dims = dims
        self.size = 0
        self.last = 0  # the newest entry id loaded
        self._ids = np.zeros(0, dtype=np.int64)
        self._mat = np.zeros((0, dims), dtype=np.float32)
        self._mean: np.ndarray | None = None  # the centre of the binary codes, fixed once they are built
        self._codes = np.zeros((0, 0), dtype=np.uint64)  # words x rows (transposed: one pass per word)

    def add(self, ids: list[int], vectors: np.ndarray) -> None:
        if not ids:
            return
        need = self.size + len(ids)
        if need > len(self._ids):  # grow by doubling: appends stay amortised O(1)
            cap = max(need, 2 * len(self._ids), 4)
            mat = np.zeros((cap, self.dims), dtype=np.float32)
            mat[: self.size] = self._mat[: self.size]
            idv = np.zeros(cap, dtype=np.int64)
            idv[: self.size] = self._ids[: self.size]
            self._mat, self._ids = mat, idv
        self._mat[self.size: need] = vectors
        self._ids[self.size: need] = ids
        start, self.size = self.size, need
        self.last = max(self.last, max(ids))
        if self._mean is None and self.size >= PREFILTER_AT:
            self._mean = self._mat[: self.size].mean(axis=0)
            start = 0
        if self._mean is not None:
            self._encode(start)

    def _encode(self, start: int) -> None:
        assert self._mean is not None
        bits = np.packbits(self._mat[start: self.size] > self._mean, axis=1)
        pad = (-bits.shape[1]) % 8
        if pad:
            bits = np.pad(bits, ((0, 0), (0, pad)))
        words = np.ascontiguousarray(bits).view(np.uint64)  # rows x words
        if self._codes.shape[1] < len(self._ids) or self._codes.shape[0] != words.shape[1]:
            codes = np.zeros((words.shape[1], len(self._ids)), dtype=np.uint64)
            codes[:, :start] = self._codes[:, :start] if self._codes.size else 0
            self._codes = codes
        self._codes[:, start: self.size] = words.T

    @property
    def capacity(self) -> int:
        return len(self._ids)

    def drop(self, entry_id: int) -> None:
        """Forget an entry (evicted or expired); its row is zeroed so it never scores again."""
        rows = np.flatnonzero(self._ids[: self.size] == entry_id)
        self._mat[rows] = 0.0

    def best(self, query: np.ndarray, k: int, floor: float) -> list[tuple[int, float]]:
        """Up to ``k`` (entry id, cosine) at or above ``floor``, best first."""
        if self.size == 0:
            return []
        if self._mean is not None and self.size > RESCORE:
            rows = self._closest_codes(query)
            scores = self._mat[rows] @ query
        else:
            rows = np.arange(self.size)
            scores = self._mat[: self.size] @ query
        top = np.argpartition(-scores, k)[:k] if len(rows) > k else np.arange(len(rows))
        top = top[np.argsort(-scores[top])]
        return [(int(self._ids[rows[i]]), float(scores[i])) for i in top if scores[i] >= floor]

    def _closest_codes(self, query: np.ndarray) -> np.ndarray:
        """The ``RESCORE`` rows whose codes are nearest the query's by Hamming distance."""
        assert self._mean is not None
        q = np.packbits(query > self._mean)
        pad = (-len(q)) % 8
        words = np.pad(q, (0, pad)).view(np.uint64) if pad else q.view(np.uint64)
        dist = np.zeros(self.size, dtype=np.uint16)
        tmp = np.empty(self.size, dtype=np.uint64)
        count = np.empty(self.size, dtype=np.uint8)
        for j, w in enumerate(words):
            np.bitwise_xor(self._codes[j, : self.size], w, out=tmp)
            np.bitwise_count(tmp, out=count)
            np.add(dist, count, out=dist)
        return np.argpartition(dist, RESCORE)[:RESCORE]


class Scopes:
    """Vector sets by scope, least recently used dropped first once the rows held exceed ``max_rows``."""

    def __init__(self, max_rows: int) -> None:
        self.max_rows = max_rows
        self._sets: OrderedDict[str, VectorSet] = OrderedDict()
        self._held = 0  # allocated rows across the sets

    def add(self, vs: VectorSet, ids: list[int], vectors: np.ndarray) -> None:
        """Add rows to one of the sets, then drop the least recently used sets if too much is held."""
        before = vs.capacity
        vs.add(ids, vectors)
        self._held += vs.capacity - before
        self.trim()

    def get(self, scope: str, dims: int) -> VectorSet:
        vs = self._sets.get(scope)
        if vs is None or vs.dims != dims:
            if vs is not None:
                self._held -= vs.capacity
            vs = self._sets[scope] = VectorSet(dims)
        self._sets.move_to_end(scope)
        return vs

    def trim(self) -> None:
        """Drop the least recently used scopes while the rows held (allocated capacity, so a flood of one-entry
        scopes counts what it costs) exceed ``max_rows``, or there are more than ``max_rows // 16`` scopes."""
        while len(self._sets) > 1 and (self._held > self.max_rows or len(self._sets) > self.max_rows // 16):
            _, old = self._sets.popitem(last=False)
            self._held -= old.capacity
