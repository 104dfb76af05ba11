"""The knowledge seam: value objects shared by the index, the service and the HTTP layer, and the embedder and
reranker protocols through which the service reaches models (the server wires the router's embedding and rerank
routes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import numpy as np

from bastion.knowledge.chunking import Chunk


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    id: int
    tenant: str
    name: str
    description: str
    embedding_route: str
    dims: int
    version: int
    created_at: float
    updated_at: float
    documents: int = 0
    chunks: int = 0

    def public(self) -> dict[str, Any]:
        return {"object": "knowledge_base", "id": self.name, "tenant": self.tenant, "description": self.description,
                "embedding_model": self.embedding_route, "version": self.version, "documents": self.documents,
                "chunks": self.chunks, "created_at": int(self.created_at), "updated_at": int(self.updated_at)}


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    kb_id: int
    name: str
    title: str
    format: str
    sha256: str
    size: int
    version: int
    chunks: int
    tags: tuple[str, ...]
    groups: tuple[str, ...]
    created_at: float
    updated_at: float

    def public(self) -> dict[str, Any]:
        return {"object": "knowledge.document", "id": self.id, "name": self.name, "title": self.title,
                "format": self.format, "sha256": self.sha256, "bytes": self.size, "version": self.version,
                "chunks": self.chunks, "tags": list(self.tags), "groups": list(self.groups),
                "created_at": int(self.created_at), "updated_at": int(self.updated_at)}


@dataclass(frozen=True, slots=True)
class NewDocument:
    name: str
    title: str
    format: str
    sha256: str
    size: int
    tags: tuple[str, ...]
    groups: tuple[str, ...]
    chunks: list[Chunk]
    terms: list[list[str]]
    vectors: np.ndarray


@dataclass(frozen=True, slots=True)
class StoredChunk:
    id: int
    kb_id: int
    doc_id: int
    document: str
    title: str
    page: int | None
    section: str
    text: str


@dataclass(frozen=True, slots=True)
class Hit:
    """One retrieved chunk: where it came from, and why it ranked."""

    chunk: StoredChunk
    kb: str
    score: float  # fused (reciprocal-rank) score
    similarity: float | None  # cosine similarity to the question (the evidence measure)
    bm25_rank: int | None
    vector_rank: int | None
    rerank_score: float | None = None  # the rerank model's relevance (orders the hits; never the evidence)

    def public(self, snippet_chars: int = 400) -> dict[str, Any]:
        c = self.chunk
        return {"knowledge_base": self.kb, "document": c.document, "document_id": c.doc_id, "title": c.title,
                "page": c.page, "section": c.section or None, "chunk_id": c.id, "score": round(self.score, 6),
                "similarity": None if self.similarity is None else round(self.similarity, 4),
                "bm25_rank": self.bm25_rank, "vector_rank": self.vector_rank,
                "rerank_score": None if self.rerank_score is None else round(self.rerank_score, 6),
                "snippet": c.text[:snippet_chars], "text": c.text}


@dataclass(frozen=True, slots=True)
class Filter:
    """Which documents a search may see: by name, by tag, and by the caller's access groups (None: all)."""

    documents: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    groups: frozenset[str] | None = None


@dataclass(slots=True)
class Job:
    id: str
    kb_id: int
    status: str  # queued | running | done | failed
    files: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    created_at: float = 0.0
    updated_at: float = 0.0

    def public(self, kb: str) -> dict[str, Any]:
        done = sum(1 for f in self.files if f.get("status") in ("done", "unchanged", "failed"))
        return {"object": "knowledge.job", "id": self.id, "knowledge_base": kb, "status": self.status,
                "files": self.files, "progress": {"files_done": done, "files_total": len(self.files)},
                "error": self.error, "created_at": int(self.created_at), "updated_at": int(self.updated_at)}


class Index(Protocol):
    """Where knowledge lives: bases, documents, chunks with their keyword terms and vectors, and ingestion jobs.
    Synchronous (the service calls it from worker threads) and thread-safe. A document's rows, terms and
    vectors change in one transaction, so searches never see half a document."""

    def create_kb(self, tenant: str, name: str, description: str, route: str, dims: int) -> KnowledgeBase | None:
        """A new base, or None when the tenant already has one by that name."""

    def get_kb(self, tenant: str, name: str) -> KnowledgeBase | None: ...
    def list_kbs(self, tenant: str | None) -> list[KnowledgeBase]: ...
    def delete_kb(self, kb_id: int) -> None: ...
    def get_document(self, kb_id: int, name: str) -> DocumentInfo | None: ...
    def list_documents(self, kb_id: int) -> list[DocumentInfo]: ...

    def put_document(self, kb_id: int, doc: NewDocument) -> DocumentInfo:
        """Insert, or replace the document of the same name; the base's version moves."""

    def delete_document(self, kb_id: int, doc_id: int) -> bool: ...

    def doc_ids(self, kb_id: int, names: tuple[str, ...], tags: tuple[str, ...],
                groups: frozenset[str] | None) -> set[int] | None:
        """The documents a search may see, or None when nothing restricts it."""

    def bm25(self, kb_id: int, words: list[str], n: int, docs: set[int] | None) -> list[tuple[int, float]]:
        """Chunk ids by keyword relevance (higher is better), best first."""

    def knn(self, kb_id: int, vector: np.ndarray, n: int, docs: set[int] | None) -> list[tuple[int, float]]:
        """Chunk ids by cosine similarity (higher is better), best first."""

    def similarity(self, kb_id: int, vector: np.ndarray, chunk_ids: list[int]) -> dict[int, float]: ...
    def chunks(self, ids: list[int]) -> dict[int, StoredChunk]: ...
    def create_job(self, job_id: str, kb_id: int, files: list[dict[str, Any]], blobs: list[bytes]) -> None: ...
    def upload(self, job_id: str, idx: int) -> bytes | None: ...
    def update_job(self, job_id: str, status: str, files: list[dict[str, Any]], error: str | None = None) -> None: ...
    def get_job(self, job_id: str) -> Job | None: ...
    def unfinished_jobs(self) -> list[str]: ...
    def close(self) -> None: ...


class Embedder(Protocol):
    """Vectors for texts, L2-normalised, from the named embedding route."""

    async def __call__(self, route: str, texts: list[str], kind: Literal["query", "passage"]) -> np.ndarray: ...


class Reranker(Protocol):
    """Relevance scores of ``documents`` for ``query`` from the named rerank route: one per document, in their
    order, higher is more relevant. Raises when the route fails or answers something unusable."""

    async def __call__(self, route: str, query: str, documents: list[str]) -> list[float]: ...
