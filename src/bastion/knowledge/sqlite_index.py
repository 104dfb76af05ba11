"""The embedded knowledge index: one SQLite file holding the rows, an FTS5 table and a sqlite-vec table per
knowledge base, so a document's rows, keyword terms and vectors change in one transaction.

Python's own ``sqlite3`` may be built without extension loading (it is on the pyenv build here), so the
index uses ``pysqlite3`` (which bundles a recent SQLite with FTS5 and extension loading) and loads
``sqlite_vec`` into each connection. It is its own file, apart from the gateway's database: a large upload
holds the write lock for its one transaction without delaying the audit log's writes. Everything here is
synchronous; :class:`bastion.knowledge.service.Knowledge` calls it from worker threads.

Searches are answered from per-process caches, exact and checked against the file on every call:

- kNN: sqlite-vec scans every vector with scalar C on each query (about 70 ms for 100k chunks here). Instead
  a base's vectors are held as one float32 matrix and scored by a numpy (BLAS) product, an exact brute-force
  search like sqlite-vec's. The matrix follows the file document by document (a new or replaced document
  loads only its own vectors); a base too large for ``VECTOR_CACHE_BYTES`` is searched by sqlite-vec.
- BM25: FTS5 scores every row that matches any query term before it can sort (about 70 ms for 100k chunks
  and a question with common words). A BM25 score is a sum over the query's terms, so FTS5 is asked for each
  term's contribution once (``-bm25()`` of that one term, which uses the same IDF, row lengths and average
  as the OR query does), those are kept per term, and a search adds them up in numpy: the same scores, term
  by term in the same order, so the same ranking. Every write changes the IDFs and the average length, so
  the term cache holds for one state of the base only; the first search after a write uses the plain FTS5
  query, later ones build and reuse the per-term scores.

The state a cache was taken at is the base's (created_at, version, updated_at): the version moves on every
document write, in this process or another.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from bastion.knowledge.base import DocumentInfo, Job, KnowledgeBase, NewDocument, StoredChunk
from bastion.knowledge.sqlite_cache import (
    TERM_CACHE_BYTES,
    TERMS_AFTER,
    VECTOR_CACHE_BYTES,
    Term,
    Terms,
    Vectors,
    quote,
    refresh,
    term_bytes,
    top_terms,
)
from bastion.knowledge.terms import match_query

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS kbs (
  id INTEGER PRIMARY KEY, tenant TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
  embedding_route TEXT NOT NULL, dims INTEGER NOT NULL, version INTEGER NOT NULL DEFAULT 0,
  created_at REAL NOT NULL, updated_at REAL NOT NULL, UNIQUE (tenant, name));
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY, kb_id INTEGER NOT NULL REFERENCES kbs(id) ON DELETE CASCADE, name TEXT NOT NULL,
  title TEXT NOT NULL, format TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
  version INTEGER NOT NULL, chunks INTEGER NOT NULL, tags TEXT NOT NULL, groups_ TEXT NOT NULL,
  created_at REAL NOT NULL, updated_at REAL NOT NULL, UNIQUE (kb_id, name));
CREATE TABLE IF NOT EXISTS chunks (
  id INTEGER PRIMARY KEY, kb_id INTEGER NOT NULL, doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL, page INTEGER, section TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks (doc_id);
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY, kb_id INTEGER NOT NULL REFERENCES kbs(id) ON DELETE CASCADE, status TEXT NOT NULL,
  files TEXT NOT NULL, error TEXT, created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS uploads (
  job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, idx INTEGER NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (job_id, idx));
"""


def _connect(path: str) -> Any:
    import sqlite_vec
    from pysqlite3 import dbapi2 as sqlite  # bundles SQLite with FTS5 and extension loading

    conn = sqlite.connect(path, timeout=10.0, isolation_level=None, check_same_thread=False)
    conn.enable_load_extension(True)
    sqlite_vec.load(conn)
    conn.enable_load_extension(False)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON", "busy_timeout=10000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _kb(row: Any) -> KnowledgeBase:
    return KnowledgeBase(*row)


def _doc(row: Any) -> DocumentInfo:
    (id_, kb_id, name, title, fmt, sha, size, version, chunks, tags, groups, created, updated) = row
    return DocumentInfo(id_, kb_id, name, title, fmt, sha, size, version, chunks, tuple(orjson.loads(tags)),
                        tuple(orjson.loads(groups)), created, updated)


_KB_COLS = ("k.id, k.tenant, k.name, k.description, k.embedding_route, k.dims, k.version, k.created_at, "
            "k.updated_at, (SELECT count(*) FROM documents d WHERE d.kb_id = k.id), "
            "(SELECT coalesce(sum(chunks), 0) FROM documents d WHERE d.kb_id = k.id)")
_DOC_COLS = ("id, kb_id, name, title, format, sha256, size, version, chunks, tags, groups_, created_at, "
             "updated_at")


class SqliteIndex:
    """Knowledge bases, documents, chunks, keyword and vector indexes, and ingestion jobs in one file."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._write = threading.Lock()
        self._all: list[Any] = []
        self._cache = threading.Lock()  # guards the two dicts below (not the loading)
        self._loading = threading.Lock()
        self._vectors: dict[int, Vectors] = {}
        self._terms: dict[int, Terms] = {}
        with self._tx() as c:
            for stmt in filter(str.strip, _SCHEMA.split(";")):
                c.execute(stmt)
            c.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # -- connections ---------------------------------------------------------------------------------------
    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = _connect(self.path)
            self._all.append(conn)
        return conn

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        """One write transaction (BEGIN IMMEDIATE: take the write lock first, so readers never see half)."""
        with self._write:
            c = self._conn()
            c.execute("BEGIN IMMEDIATE")
            try:
                yield c
            except BaseException:
                c.execute("ROLLBACK")
                raise
            c.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[Any]:
        """One read transaction: everything read inside sees one state of the file (WAL snapshot)."""
        c = self._conn()
        if c.in_transaction:
            yield c
            return
        c.execute("BEGIN")
        try:
            yield c
        finally:
            c.execute("COMMIT")

    @staticmethod
    def _state(c: Any, kb_id: int) -> tuple[Any, ...] | None:
        row = c.execute("SELECT created_at, version, updated_at, dims FROM kbs WHERE id = ?", (kb_id,)).fetchone()
        return tuple(row) if row else None

    def close(self) -> None:
        for conn in self._all:
            conn.close()
        self._all.clear()
        self._local = threading.local()
        with self._cache:
            self._vectors.clear()
            self._terms.clear()

    # -- knowledge bases ---------------------------------------------------------------------------------
    def create_kb(self, tenant: str, name: str, description: str, route: str, dims: int) -> KnowledgeBase | None:
        """A new knowledge base, or None when the tenant already has one by that name."""
        t = time.time()
        with self._tx() as c:
            if c.execute("SELECT 1 FROM kbs WHERE tenant = ? AND name = ?", (tenant, name)).fetchone():
                return None
            kb_id = c.execute("INSERT INTO kbs (tenant, name, description, embedding_route, dims, created_at, "
                              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                              (tenant, name, description, route, dims, t, t)).lastrowid
            c.execute(f"CREATE VIRTUAL TABLE fts_{kb_id} USING fts5(terms, content='', contentless_delete=1, "
                      "tokenize='porter unicode61 remove_diacritics 2')")
            c.execute(f"CREATE VIRTUAL TABLE vec_{kb_id} USING vec0(chunk_id integer primary key, "
                      f"embedding float[{int(dims)}] distance_metric=cosine, doc_id integer)")
        return self.get_kb(tenant, name)

    def get_kb(self, tenant: str, name: str) -> KnowledgeBase | None:
        row = self._conn().execute(f"SELECT {_KB_COLS} FROM kbs k WHERE k.tenant = ? AND k.name = ?",
                                   (tenant, name)).fetchone()
        return _kb(row) if row else None

    def list_kbs(self, tenant: str | None) -> list[KnowledgeBase]:
        where, args = ("WHERE k.tenant = ?", (tenant,)) if tenant is not None else ("", ())
        rows = self._conn().execute(f"SELECT {_KB_COLS} FROM kbs k {where} ORDER BY k.tenant, k.name", args)
        return [_kb(r) for r in rows]

    def delete_kb(self, kb_id: int) -> None:
        with self._tx() as c:
            c.execute(f"DROP TABLE IF EXISTS fts_{kb_id}")
            c.execute(f"DROP TABLE IF EXISTS vec_{kb_id}")
            c.execute("DELETE FROM chunks WHERE kb_id = ?", (kb_id,))
            c.execute("DELETE FROM kbs WHERE id = ?", (kb_id,))
        with self._cache:
            self._vectors.pop(kb_id, None)
            self._terms.pop(kb_id, None)

    # -- documents -----------------------------------------------------------------------------------------
    def get_document(self, kb_id: int, name: str) -> DocumentInfo | None:
        row = self._conn().execute(f"SELECT {_DOC_COLS} FROM documents WHERE kb_id = ? AND name = ?",
                                   (kb_id, name)).fetchone()
        return _doc(row) if row else None

    def list_documents(self, kb_id: int) -> list[DocumentInfo]:
        rows = self._conn().execute(f"SELECT {_DOC_COLS} FROM documents WHERE kb_id = ? ORDER BY name", (kb_id,))
        return [_doc(r) for r in rows]

    def put_document(self, kb_id: int, doc: NewDocument) -> DocumentInfo:
        """Insert a document, or replace one of the same name: old chunks, terms and vectors go, the new ones
        come, and the base's version moves, all in one transaction."""
        t = time.time()
        vectors = np.ascontiguousarray(doc.vectors, dtype=np.float32)
        with self._tx() as c:
            old = c.execute("SELECT id, version, created_at FROM documents WHERE kb_id = ? AND name = ?",
                            (kb_id, doc.name)).fetchone()
            if old is not None:
                self._drop_chunks(c, kb_id, old[0])
                c.execute("DELETE FROM documents WHERE id = ?", (old[0],))
            version, created = (old[1] + 1, old[2]) if old else (1, t)
            doc_id = c.execute(
                "INSERT INTO documents (kb_id, name, title, format, sha256, size, version, chunks, tags, groups_, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (kb_id, doc.name, doc.title, doc.format, doc.sha256, doc.size, version, len(doc.chunks),
                 orjson.dumps(list(doc.tags)).decode(), orjson.dumps(list(doc.groups)).decode(), created, t),
            ).lastrowid
            for ch, words, vec in zip(doc.chunks, doc.terms, vectors, strict=True):
                cid = c.execute("INSERT INTO chunks (kb_id, doc_id, ord, page, section, text) "
                                "VALUES (?, ?, ?, ?, ?, ?)",
                                (kb_id, doc_id, ch.ord, ch.page, ch.section, ch.text)).lastrowid
                c.execute(f"INSERT INTO fts_{kb_id} (rowid, terms) VALUES (?, ?)", (cid, " ".join(words)))
                c.execute(f"INSERT INTO vec_{kb_id} (chunk_id, embedding, doc_id) VALUES (?, ?, ?)",
                          (cid, vec.tobytes(), doc_id))
            c.execute("UPDATE kbs SET version = version + 1, updated_at = ? WHERE id = ?", (t, kb_id))
        got = self.get_document(kb_id, doc.name)
        assert got is not None
        return got

    @staticmethod
    def _drop_chunks(c: Any, kb_id: int, doc_id: int) -> None:
        ids = [(r[0],) for r in c.execute("SELECT id FROM chunks WHERE doc_id = ?", (doc_id,))]
        c.executemany(f"DELETE FROM fts_{kb_id} WHERE rowid = ?", ids)
        # by primary key, one by one: vec0 answers `doc_id = ?` (a metadata column) by scanning every row
        c.executemany(f"DELETE FROM vec_{kb_id} WHERE chunk_id = ?", ids)
        c.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))

    def delete_document(self, kb_id: int, doc_id: int) -> bool:
        with self._tx() as c:
            if not c.execute("SELECT 1 FROM documents WHERE id = ? AND kb_id = ?", (doc_id, kb_id)).fetchone():
                return False
            self._drop_chunks(c, kb_id, doc_id)
            c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            c.execute("UPDATE kbs SET version = version + 1, updated_at = ? WHERE id = ?", (time.time(), kb_id))
        return True

    def doc_ids(self, kb_id: int, names: tuple[str, ...], tags: tuple[str, ...],
                groups: frozenset[str] | None) -> set[int] | None:
        """The documents a search may see, or None when nothing restricts it."""
        if not names and not tags and groups is None:
            return None
        rows = self._conn().execute("SELECT id, name, tags, groups_ FROM documents WHERE kb_id = ?", (kb_id,))
        keep = set()
        wanted = set(tags)
        for id_, name, tags_, groups_ in rows:
            if names and name not in names:
                continue
            if wanted and wanted.isdisjoint(orjson.loads(tags_)):
                continue
            if groups is not None and groups_ != "[]":
                doc_groups = orjson.loads(groups_)
                if doc_groups and groups.isdisjoint(doc_groups):
                    continue
            keep.add(id_)
        return keep

    # -- search --------------------------------------------------------------------------------------------
    def bm25(self, kb_id: int, words: list[str], n: int, docs: set[int] | None) -> list[tuple[int, float]]:
        """Chunk ids by BM25 (higher is better), best first."""
        unique = list(dict.fromkeys(w for w in words if w))[:64]  # the terms match_query() would use
        if not unique or docs == set() or n <= 0:
            return []
        with self._read() as c:
            state = self._state(c, kb_id)
            terms = self._terms_for(kb_id, state) if state is not None else None
            if terms is None:
                return self._bm25_sql(c, kb_id, unique, n, docs)
            parts = [self._term(c, kb_id, terms, w) for w in unique]
            allowed = None if docs is None else self._chunks_of(c, kb_id, terms.key, docs)
        return top_terms(parts, n, allowed)

    def _chunks_of(self, c: Any, kb_id: int, state: tuple[Any, ...], docs: set[int]) -> np.ndarray:
        """The chunk ids of the given documents (from the vector cache when it holds this state)."""
        with self._cache:
            v = self._vectors.get(kb_id)
        if v is not None and v.key == state:
            keep = np.isin(v.doc[:v.n], np.fromiter(docs, np.int64, len(docs)))
            if v.live is not None:
                keep &= v.live
            return v.ids[:v.n][keep]
        return np.fromiter((r[0] for r in c.execute(
            f"SELECT id FROM chunks WHERE doc_id IN ({','.join('?' * len(docs))})", sorted(docs))), np.int64)

    def _bm25_sql(self, c: Any, kb_id: int, words: list[str], n: int,
                  docs: set[int] | None) -> list[tuple[int, float]]:
        """The plain FTS5 query: every row matching any term is scored, the best n kept."""
        q = match_query(words)
        if q is None:
            return []
        sql = f"SELECT rowid, -bm25(fts_{kb_id}) AS s FROM fts_{kb_id} WHERE fts_{kb_id} MATCH ?"
        args: list[Any] = [q]
        if docs is not None:
            # `+rowid`: a filter on the matched rows. A bare `rowid IN` is handed to FTS5, which then runs the
            # whole MATCH (IDFs included) once per allowed chunk: 20-50 s for a tenth of 100k chunks.
            sql += f" AND +rowid IN (SELECT id FROM chunks WHERE doc_id IN ({','.join('?' * len(docs))}))"
            args.extend(sorted(docs))
        sql += " ORDER BY bm25(fts_" + str(kb_id) + ") LIMIT ?"
        args.append(n)
        return [(r[0], float(r[1])) for r in c.execute(sql, args)]

    def _terms_for(self, kb_id: int, state: tuple[Any, ...]) -> Terms | None:
        """The per-term cache for this state of the base, or None while it is too new to build one."""
        with self._cache:
            t = self._terms.get(kb_id)
            if t is not None and t.key[0] == state[0] and t.key[1] > state[1]:
                return None  # this reader's snapshot is older than the cache's
            if t is None or t.key != state:
                t = self._terms[kb_id] = Terms(state)
            t.searches += 1
            return t if t.searches >= TERMS_AFTER else None

    def _term(self, c: Any, kb_id: int, terms: Terms, word: str) -> Term:
        """Each matching chunk's BM25 contribution from ``word``: (first chunk id, offsets from it ascending,
        scores)."""
        with self._cache:
            got = terms.words.get(word)
            if got is not None:
                terms.words.move_to_end(word)
                return got
        rows = c.execute(f"SELECT rowid, -bm25(fts_{kb_id}) FROM fts_{kb_id} WHERE fts_{kb_id} MATCH ?",
                         (quote(word),)).fetchall()
        ids = np.fromiter((r[0] for r in rows), np.int64, len(rows))
        scores = np.fromiter((r[1] for r in rows), np.float64, len(rows))
        if len(ids) > 1 and not bool(np.all(ids[1:] > ids[:-1])):
            order = np.argsort(ids, kind="stable")
            ids, scores = ids[order], scores[order]
        base = int(ids[0]) if len(ids) else 0
        offsets = ids - base
        if len(ids) and int(offsets[-1]) < 2**31:
            offsets = offsets.astype(np.int32)
        got = (base, offsets, scores.astype(np.float32))
        size = term_bytes(got)
        with self._cache:
            if self._terms.get(kb_id) is terms and size <= TERM_CACHE_BYTES // 4:
                terms.words[word] = got
                terms.nbytes += size
                total = sum(t.nbytes for t in self._terms.values())
                for other in list(self._terms):  # other bases' caches go first (each holds one state only)
                    if total <= TERM_CACHE_BYTES:
                        break
                    if self._terms[other] is not terms:
                        total -= self._terms.pop(other).nbytes
                while total > TERM_CACHE_BYTES and terms.words:
                    _, old = terms.words.popitem(last=False)
                    terms.nbytes -= term_bytes(old)
                    total -= term_bytes(old)
        return got

    def knn(self, kb_id: int, vector: np.ndarray, n: int, docs: set[int] | None) -> list[tuple[int, float]]:
        """Chunk ids by cosine similarity (higher is better), best first."""
        if docs == set() or n <= 0:
            return []
        v = self._vectors_for(kb_id)
        if v is None:
            return self._knn_sql(kb_id, vector, n, docs)
        q = np.asarray(vector, dtype=np.float32).reshape(-1)
        if v.n == 0 or q.shape[0] != v.mat.shape[1]:
            return [] if v.n == 0 else self._knn_sql(kb_id, vector, n, docs)
        qn = float(np.linalg.norm(q))
        sims = v.mat[:v.n] @ q
        sims *= v.inv[:v.n] * (1.0 / qn if qn else 0.0)
        keep = v.live
        if docs is not None:
            wanted = np.isin(v.doc[:v.n], np.fromiter(docs, np.int64, len(docs)))
            keep = wanted if keep is None else keep & wanted
        if keep is not None:
            sims[~keep] = -np.inf
            n = min(n, int(keep.sum()))
            if n == 0:
                return []
        # the best n (and a margin), then their exact cosine in float64 to order them
        k = min(v.n, n + 16)
        cand = np.argpartition(-sims, k - 1)[:k] if k < v.n else np.arange(v.n)
        cand = cand[np.isfinite(sims[cand])]
        rows = v.mat[cand].astype(np.float64)
        exact = (rows @ q.astype(np.float64)) * v.inv[cand].astype(np.float64) * (1.0 / qn if qn else 0.0)
        order = np.lexsort((v.ids[cand], -exact))[:n]
        return [(int(v.ids[cand[i]]), float(exact[i])) for i in order]

    def _knn_sql(self, kb_id: int, vector: np.ndarray, n: int, docs: set[int] | None) -> list[tuple[int, float]]:
        sql = f"SELECT chunk_id, distance FROM vec_{kb_id} WHERE embedding MATCH ? AND k = ?"
        args: list[Any] = [np.asarray(vector, dtype=np.float32).tobytes(), n]
        if docs is not None:
            sql += f" AND doc_id IN ({','.join('?' * len(docs))})"
            args.extend(sorted(docs))
        return [(r[0], 1.0 - float(r[1])) for r in self._conn().execute(sql, args)]

    def _vectors_for(self, kb_id: int) -> Vectors | None:
        """The base's vectors as of now (loading only the documents that changed), or None when sqlite-vec
        must answer: the base does not fit in the cache, is gone, or this reader's snapshot is older than
        the cache's."""
        with self._read() as c:
            state = self._state(c, kb_id)
            if state is None:
                return None
            with self._cache:
                old = self._vectors.get(kb_id)
            if old is not None and old.key == state:
                return old
            with self._loading:  # one refresh at a time: refreshes append to shared buffers
                with self._cache:
                    old = self._vectors.get(kb_id)
                if old is not None and old.key == state:
                    return old
                if old is not None and old.key[0] == state[0] and old.key[1] > state[1]:
                    return None
                if old is not None and old.key[0] != state[0]:
                    old = None  # a new base under a freed id
                dims = int(state[3])
                docs = {r[0]: tuple(r[1:]) for r in c.execute(
                    "SELECT id, version, updated_at, chunks FROM documents WHERE kb_id = ?", (kb_id,))}
                total = sum(d[2] for d in docs.values())
                with self._cache:
                    others = sum(x.nbytes for k, x in self._vectors.items() if k != kb_id)
                if others + total * dims * 4 > VECTOR_CACHE_BYTES:
                    with self._cache:
                        self._vectors.pop(kb_id, None)
                    return None
                new = refresh(c, kb_id, dims, state, docs, old)
                with self._cache:
                    self._vectors[kb_id] = new
                return new

    def similarity(self, kb_id: int, vector: np.ndarray, chunk_ids: list[int]) -> dict[int, float]:
        """Cosine similarity of given chunks to ``vector`` (for keyword hits the vector search missed)."""
        if not chunk_ids:
            return {}
        v = self._vectors_for(kb_id)
        q = np.asarray(vector, dtype=np.float32).reshape(-1)
        if v is not None and q.shape[0] == v.mat.shape[1]:
            q64 = q.astype(np.float64)
            qn = float(np.linalg.norm(q64))
            ids = v.ids[:v.n]
            out = {}
            for cid in chunk_ids:
                at = np.flatnonzero(ids == cid)
                if v.live is not None:
                    at = at[v.live[at]]
                if len(at):
                    i = int(at[0])
                    out[cid] = float(v.mat[i].astype(np.float64) @ q64) * float(v.inv[i]) / qn if qn else 0.0
            return out
        # vec0 answers `chunk_id IN (...)` by scanning every row; one primary-key lookup per chunk is cheaper
        blob = q.tobytes()
        out = {}
        c = self._conn()
        for cid in chunk_ids:
            row = c.execute(f"SELECT vec_distance_cosine(embedding, ?) FROM vec_{kb_id} WHERE chunk_id = ?",
                            (blob, cid)).fetchone()
            if row is not None:
                out[cid] = 1.0 - float(row[0])
        return out

    def chunks(self, ids: list[int]) -> dict[int, StoredChunk]:
        if not ids:
            return {}
        rows = self._conn().execute(
            "SELECT c.id, c.kb_id, c.doc_id, d.name, d.title, c.page, c.section, c.text FROM chunks c "
            f"JOIN documents d ON d.id = c.doc_id WHERE c.id IN ({','.join('?' * len(ids))})", ids)
        return {r[0]: StoredChunk(*r) for r in rows}

    # -- jobs ----------------------------------------------------------------------------------------------
    def create_job(self, job_id: str, kb_id: int, files: list[dict[str, Any]], blobs: list[bytes]) -> None:
        t = time.time()
        with self._tx() as c:
            c.execute("INSERT INTO jobs (id, kb_id, status, files, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                      (job_id, kb_id, "queued", orjson.dumps(files).decode(), t, t))
            c.executemany("INSERT INTO uploads (job_id, idx, data) VALUES (?, ?, ?)",
                          [(job_id, i, b) for i, b in enumerate(blobs)])

    def upload(self, job_id: str, idx: int) -> bytes | None:
        row = self._conn().execute("SELECT data FROM uploads WHERE job_id = ? AND idx = ?", (job_id, idx)).fetchone()
        return bytes(row[0]) if row else None

    def update_job(self, job_id: str, status: str, files: list[dict[str, Any]], error: str | None = None) -> None:
        with self._tx() as c:
            c.execute("UPDATE jobs SET status = ?, files = ?, error = ?, updated_at = ? WHERE id = ?",
                      (status, orjson.dumps(files).decode(), error, time.time(), job_id))
            if status in ("done", "failed"):
                c.execute("DELETE FROM uploads WHERE job_id = ?", (job_id,))

    def get_job(self, job_id: str) -> Job | None:
        row = self._conn().execute("SELECT id, kb_id, status, files, error, created_at, updated_at FROM jobs "
                                   "WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            return None
        return Job(row[0], row[1], row[2], orjson.loads(row[3]), row[4], row[5], row[6])

    def unfinished_jobs(self) -> list[str]:
        rows = self._conn().execute("SELECT id FROM jobs WHERE status IN ('queued', 'running') ORDER BY created_at")
        return [r[0] for r in rows]
