"""The SQLite index's in-memory search structures: a base's vectors as one float32 matrix (exact kNN by a
BLAS product) and per-term BM25 contributions (a BM25 score is a sum over the query's terms), each taken at one
state of a base and brought up to date document by document. See :mod:`bastion.knowledge.sqlite_index`."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np

VECTOR_CACHE_BYTES = 1 << 30  # float32 vectors held in memory for exact kNN, all bases of this index together
TERM_CACHE_BYTES = 128 << 20  # per-term BM25 scores held, all bases together (8 bytes per matching chunk)
TERMS_AFTER = 2  # build per-term scores from this many searches on one state of a base on


def quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


class Vectors:
    """One base's vectors as of one state: rows [0, n) of ``mat`` (float32) with their chunk and document ids
    and inverse norms, of which ``live`` (None: all) are the base's now. A newer state appends its new
    documents' rows to the same buffers (a reader of this state never looks past its n) and marks the rows of
    documents gone or replaced dead; the dead are dropped (new buffers) once they are a quarter of the rows."""

    __slots__ = ("doc", "docs", "ids", "inv", "key", "live", "mat", "n")

    def __init__(self, key: tuple[Any, ...], docs: dict[int, tuple[Any, ...]], n: int, ids: np.ndarray,
                 doc: np.ndarray, mat: np.ndarray, inv: np.ndarray, live: np.ndarray | None) -> None:
        self.key, self.docs, self.n, self.ids, self.doc = key, docs, n, ids, doc
        self.mat, self.inv, self.live = mat, inv, live

    @property
    def nbytes(self) -> int:
        return int(self.mat.nbytes)


Term = tuple[int, np.ndarray, np.ndarray]  # first chunk id, offsets from it (ascending), float32 scores


def term_bytes(t: Term) -> int:
    return int(t[1].nbytes + t[2].nbytes) + 100


class Terms:
    """Per-term BM25 contributions for one state of a base: word -> Term."""

    __slots__ = ("key", "nbytes", "searches", "words")

    def __init__(self, key: tuple[Any, ...]) -> None:
        self.key = key
        self.searches = 0
        self.nbytes = 0
        self.words: OrderedDict[str, Term] = OrderedDict()


def top_terms(parts: list[Term], n: int, allowed: np.ndarray | None) -> list[tuple[int, float]]:
    """The best n chunks by the sum of per-term scores (in float64, term by term in query order as FTS5's
    bm25() adds its phrases; the per-term scores are kept as float32, within 1e-7 of FTS5's), ties by
    chunk id."""
    parts = [p for p in parts if len(p[1])]
    if not parts:
        return []
    lo = min(p[0] for p in parts)
    hi = max(p[0] + int(p[1][-1]) for p in parts)
    size = sum(len(p[1]) for p in parts)
    if hi - lo < 8 * size + 4096:  # dense: one slot per chunk id in the range
        acc = np.zeros(hi - lo + 1)
        hit = np.zeros(hi - lo + 1, dtype=bool)
        for base, offsets, scores in parts:
            at = offsets + (base - lo) if base != lo else offsets
            acc[at] += scores
            hit[at] = True
        found = np.flatnonzero(hit)
        ids, total = found + lo, acc[found]
    else:  # ids spread wide (many bases interleaved): sum by sorting
        every = np.concatenate([p[1].astype(np.int64) + p[0] for p in parts])
        ids, inverse = np.unique(every, return_inverse=True)
        total = np.zeros(len(ids))
        cuts = np.cumsum([len(p[1]) for p in parts])[:-1]
        for (_, _, scores), idx in zip(parts, np.split(inverse, cuts), strict=True):
            total[idx] += scores
    if allowed is not None:
        keep = np.isin(ids, allowed)
        ids, total = ids[keep], total[keep]
    if len(ids) > n:
        cut = np.partition(total, len(total) - n)[len(total) - n]
        keep = total >= cut
        ids, total = ids[keep], total[keep]
    order = np.lexsort((ids, -total))[:n]
    return [(int(ids[i]), float(total[i])) for i in order]


def refresh(c: Any, kb_id: int, dims: int, state: tuple[Any, ...], docs: dict[int, tuple[Any, ...]],
             old: Vectors | None) -> Vectors:
    """``old`` brought to ``docs``: rows of documents gone or replaced marked dead, new documents' vectors
    appended (or everything loaded, when there is no ``old``)."""
    if old is not None and old.mat.shape[1] != dims:
        old = None
    if old is None:
        rows = c.execute(f"SELECT c.id, c.doc_id, v.embedding FROM documents d CROSS JOIN chunks c "
                         f"CROSS JOIN vec_{kb_id} v WHERE d.kb_id = ? AND c.doc_id = d.id AND v.chunk_id = c.id",
                         (kb_id,)).fetchall()
        cap = max(len(rows) + len(rows) // 8, 64)
        v = Vectors(state, dict(docs), 0, np.empty(cap, np.int64), np.empty(cap, np.int64),
                     np.empty((cap, dims), np.float32), np.empty(cap, np.float32), None)
        append_rows(v, rows, dims)
        return v
    gone = [d for d, fp in old.docs.items() if docs.get(d) != fp]
    add = [d for d, fp in docs.items() if old.docs.get(d) != fp]
    n, live = old.n, old.live
    if gone:
        dead = np.isin(old.doc[:n], np.asarray(gone, dtype=np.int64))
        live = ~dead if live is None else live & ~dead
    ids, doc, mat, inv = old.ids, old.doc, old.mat, old.inv
    if live is not None and n - int(live.sum()) > max(256, n // 4):  # drop the dead rows: new buffers
        keep = np.flatnonzero(live)
        cap = max(len(keep) + len(keep) // 8, 64)
        ids, doc = np.resize(ids[keep], cap), np.resize(doc[keep], cap)
        inv = np.resize(inv[keep], cap)
        grown = np.empty((cap, dims), np.float32)
        grown[:len(keep)] = mat[keep]
        mat, n, live = grown, len(keep), None
    rows = []
    for d in add:
        rows.extend(c.execute(f"SELECT c.id, c.doc_id, v.embedding FROM chunks c CROSS JOIN vec_{kb_id} v "
                              "WHERE c.doc_id = ? AND v.chunk_id = c.id", (d,)).fetchall())
    v = Vectors(state, dict(docs), n, ids, doc, mat, inv, live)
    append_rows(v, rows, dims)
    return v


def append_rows(v: Vectors, rows: list[Any], dims: int) -> None:
    """Append (chunk id, doc id, float32 blob) rows to ``v``'s buffers, growing them (new buffers) if full."""
    k, n = len(rows), v.n
    if not k:
        return
    if n + k > len(v.ids):
        cap = max(n + k, len(v.ids) + len(v.ids) // 2)
        v.ids, v.doc, v.inv = np.resize(v.ids[:n], cap), np.resize(v.doc[:n], cap), np.resize(v.inv[:n], cap)
        grown = np.empty((cap, dims), np.float32)
        grown[:n] = v.mat[:n]
        v.mat = grown
    v.ids[n:n + k] = np.fromiter((r[0] for r in rows), np.int64, k)
    v.doc[n:n + k] = np.fromiter((r[1] for r in rows), np.int64, k)
    block = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.float32).reshape(k, dims)
    v.mat[n:n + k] = block
    norms = np.linalg.norm(block, axis=1)
    v.inv[n:n + k] = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    if v.live is not None:
        v.live = np.concatenate([v.live, np.ones(k, dtype=bool)])
    v.n = n + k
