"""Long-term memory: an assistant's curated question → answer entries, served on a semantic match before the
generated cache. Each process keeps one :class:`CuratedSet` per assistant (the vectors of every question and
paraphrase of its active entries) and reloads it when the store says the entries changed. Entries that cite
knowledge-base documents are confirmed against those documents' current content (sha256) before they are
served: a changed or deleted document turns the entry stale, and it stops serving until an admin reviews it.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from typing import Any

import numpy as np

from bastion.cache import keys
from bastion.errors import BastionError, NotFound
from bastion.knowledge.base import Embedder
from bastion.storage.cache import MemoryRepo

log = logging.getLogger("bastion.cache")

MAX_SETS = 1024


class CuratedSet:
    """The active entries of one assistant: normalised question text → entry, and a matrix of question vectors
    (several rows per entry: its question and paraphrases)."""

    def __init__(self, state: tuple[int, str | None]) -> None:
        self.state = state
        self.exact: dict[str, int] = {}
        self.texts: dict[int, str] = {}  # entry → its question (for the verification)
        self.rows: list[int] = []  # matrix row → entry
        self.matrix = np.zeros((0, 0), dtype=np.float32)

    @property
    def size(self) -> int:
        return len(self.rows)

    def best(self, query: np.ndarray, k: int, floor: float) -> list[tuple[int, float]]:
        """Entries by their best-matching question or paraphrase, at or above ``floor``, best first."""
        if not self.rows:
            return []
        scores = self.matrix @ query
        best: dict[int, float] = {}
        for row in np.argsort(-scores):
            if scores[row] < floor or len(best) >= k:
                break
            best.setdefault(self.rows[row], float(scores[row]))
        return list(best.items())


class Memory:
    def __init__(self, repo: MemoryRepo, embed: Embedder, route: str | None, knowledge: Any) -> None:
        """``route``: the embedding route of the questions; None when there is none (exact matches only)."""
        self.repo = repo
        self.embed = embed
        self.route = route
        self.knowledge = knowledge
        self._sets: OrderedDict[tuple[str, str], CuratedSet] = OrderedDict()
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}

    async def load(self, tenant: str, assistant: str) -> CuratedSet:
        """The assistant's current set (one cheap query to learn whether it changed)."""
        key = (tenant, assistant)
        state = await self.repo.state(tenant, assistant)
        cur = self._sets.get(key)
        if cur is not None and cur.state == state:
            self._sets.move_to_end(key)
            return cur
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            cur = self._sets.get(key)
            if cur is None or cur.state != state:
                cur = await self._build(tenant, assistant, state)
                self._sets[key] = cur
                while len(self._sets) > MAX_SETS:
                    old, _ = self._sets.popitem(last=False)
                    self._locks.pop(old, None)
        return cur

    async def _build(self, tenant: str, assistant: str, state: tuple[int, str | None]) -> CuratedSet:
        out = CuratedSet(state)
        vectors: list[np.ndarray] = []
        for e in await self.repo.list(tenant, assistant, status="active", vectors=True):
            texts = [e["question"], *e["paraphrases"]]
            vecs = None
            if e["vectors"] is not None and e["vector_route"] == self.route:
                vecs = np.frombuffer(e["vectors"], dtype=np.float32).reshape(len(texts), -1)
            out.texts[e["id"]] = e["question"]
            for t in texts:
                out.exact.setdefault(keys.normalise(t), e["id"])
            if vecs is None or len(vecs) != len(texts):  # new or edited entry: embedded once, by whoever loads it
                vecs = await self._embed(texts) if self.route is not None else None
                if vecs is None or self.route is None:  # served on an exact match of its question or a paraphrase
                    out.state = (-1, None) if self.route else state  # only; a failed call is tried again next time
                    continue
                await self.repo.set_vectors(e["id"], vecs.tobytes(), self.route)
            out.rows.extend([e["id"]] * len(texts))
            vectors.append(vecs)
        if vectors:
            out.matrix = np.concatenate(vectors)
        return out

    async def _embed(self, texts: list[str]) -> np.ndarray | None:
        assert self.route is not None
        try:
            return np.asarray(await self.embed(self.route, texts, "query"), dtype=np.float32)
        except BastionError as e:
            log.warning("curated memory: embedding failed (%s)", e.message)
            return None

    async def servable(self, entry: int, groups: frozenset[str] | None) -> dict[str, Any] | None:
        """The entry when it may serve this caller now: still active, every cited document unchanged, and each
        visible to the caller's access ``groups`` (None: every document). A changed or missing document marks it
        stale (it then waits for review) and the answer is not served."""
        row = await self.repo.get(entry)
        if row is None or row["status"] != "active":
            return None
        why, hidden = await self._check_sources(row, groups)
        if why is not None:
            await self.repo.update(entry, status="stale", status_reason=why)
            log.info("curated entry %s is stale: %s", entry, why)
            return None
        return None if hidden else row

    async def _check_sources(self, row: dict[str, Any], groups: frozenset[str] | None) -> tuple[str | None, bool]:
        """(why the cited documents no longer hold what was reviewed, or None; whether one is hidden from
        ``groups``)."""
        hidden = False
        if not row["sources"]:
            return None, hidden
        if self.knowledge is None:
            return "knowledge bases are not available", hidden
        for s in row["sources"]:
            try:
                kb = await self.knowledge.get_kb(row["tenant_id"], s["kb"])
            except NotFound:
                return f"knowledge base '{s['kb']}' was deleted", hidden
            doc = await self.knowledge.document(kb, s["document"])
            if doc is None:
                return f"document '{s['document']}' was removed from '{s['kb']}'", hidden
            if doc.sha256 != s.get("sha256"):
                return f"document '{s['document']}' in '{s['kb']}' changed", hidden
            hidden = hidden or (groups is not None and bool(doc.groups) and groups.isdisjoint(doc.groups))
        return None, hidden

    async def current_sources(self, tenant: str, sources: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The cited documents that still exist, each with its current sha256: what approving an entry reviews."""
        out = []
        for s in sources:
            try:
                kb = await self.knowledge.get_kb(tenant, s["kb"]) if self.knowledge is not None else None
            except NotFound:
                continue
            doc = await self.knowledge.document(kb, s["document"]) if kb is not None else None
            if doc is not None:
                out.append({"kb": s["kb"], "document": s["document"], "sha256": doc.sha256})
        return out

    async def on_document_change(self, tenant: str, kb: str, document: str | None) -> None:
        """Called when a document (or a whole base, ``document`` None) changes: entries citing it go stale now,
        not only when next asked."""
        what = f"document '{document}' in '{kb}' changed" if document else f"knowledge base '{kb}' was deleted"
        try:
            ids = await self.repo.mark_stale(tenant, kb, document, what)
        except Exception as e:
            log.warning("could not mark curated entries stale: %s", e)
            return
        if ids:
            log.info("curated entries %s are stale: %s", ids, what)
