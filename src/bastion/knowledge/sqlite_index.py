"""The embedded knowledge index: one SQLite file holding the rows, an FTS5 table and a sqlite-vec table per
knowledge base, so a document's rows, keyword terms and vectors change in one transaction.

Python's own ``sqlite3`` may be built without extension loading (it is on the pyenv build here), so the
index uses ``pysqlite3`` (which bundles a recent SQLite with FTS5 and extension loading) and loads
``sqlite_vec`` into each connection. It is its own file, apart from the gateway's database: a large upload
holds the write lock for its one transaction without delaying the audit log's writes. Everything here is
synchronous; :class:`bastion.knowledge.service.Knowledge` calls it from worker threads.
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

    def close(self) -> None:
        for conn in self._all:
            conn.close()
        self._all.clear()
        self._local = threading.local()

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
        c.execute(f"DELETE FROM fts_{kb_id} WHERE rowid IN (SELECT id FROM chunks WHERE doc_id = ?)", (doc_id,))
        c.execute(f"DELETE FROM vec_{kb_id} WHERE doc_id = ?", (doc_id,))
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
        for id_, name, tags_, groups_ in rows:
            doc_groups = orjson.loads(groups_)
            if names and name not in names:
                continue
            if tags and not set(tags) & set(orjson.loads(tags_)):
                continue
            if groups is not None and doc_groups and not groups & set(doc_groups):
                continue
            keep.add(id_)
        return keep

    # -- search --------------------------------------------------------------------------------------------
    def bm25(self, kb_id: int, words: list[str], n: int, docs: set[int] | None) -> list[tuple[int, float]]:
        """Chunk ids by BM25 (higher is better), best first."""
        q = match_query(words)
        if q is None or docs == set():
            return []
        sql = f"SELECT rowid, -bm25(fts_{kb_id}) AS s FROM fts_{kb_id} WHERE fts_{kb_id} MATCH ?"
        args: list[Any] = [q]
        if docs is not None:
            sql += f" AND rowid IN (SELECT id FROM chunks WHERE doc_id IN ({','.join('?' * len(docs))}))"
            args.extend(sorted(docs))
        sql += " ORDER BY bm25(fts_" + str(kb_id) + ") LIMIT ?"
        args.append(n)
        return [(r[0], float(r[1])) for r in self._conn().execute(sql, args)]

    def knn(self, kb_id: int, vector: np.ndarray, n: int, docs: set[int] | None) -> list[tuple[int, float]]:
        """Chunk ids by cosine similarity (higher is better), best first."""
        if docs == set():
            return []
        sql = f"SELECT chunk_id, distance FROM vec_{kb_id} WHERE embedding MATCH ? AND k = ?"
        args: list[Any] = [np.asarray(vector, dtype=np.float32).tobytes(), n]
        if docs is not None:
            sql += f" AND doc_id IN ({','.join('?' * len(docs))})"
            args.extend(sorted(docs))
        return [(r[0], 1.0 - float(r[1])) for r in self._conn().execute(sql, args)]

    def similarity(self, kb_id: int, vector: np.ndarray, chunk_ids: list[int]) -> dict[int, float]:
        """Cosine similarity of given chunks to ``vector`` (for keyword hits the vector search missed)."""
        blob = np.asarray(vector, dtype=np.float32).tobytes()
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
