"""Knowledge bases as a service: create, ingest (as background jobs), search (hybrid), delete.

Ingesting a file: convert (worker thread) → chunk → BM25 terms (kiwipiepy, worker thread) → embed through
the embedding route → one index transaction. A file that fails at any step is reported in its job with a
reason and leaves nothing behind; the other files of the batch go on.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import logging
import math
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from bastion.config_grounding import KnowledgeConfig, check_name
from bastion.errors import AlreadyExists, InvalidRequest, NotFound
from bastion.knowledge.base import DocumentInfo, Embedder, Filter, Hit, Index, Job, KnowledgeBase, NewDocument, Reranker
from bastion.knowledge.chunking import chunk
from bastion.knowledge.convert import SUPPORTED, ConversionError, convert
from bastion.knowledge.queue import InProcessQueue, JobQueue
from bastion.knowledge.terms import terms
from bastion.resources import Resources

log = logging.getLogger("bastion.knowledge")
EMBED_BATCH = 32


@dataclass(frozen=True, slots=True)
class Upload:
    name: str
    data: bytes
    tags: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()


def _clean_name(name: str) -> str:
    """A document's name: the file's base name (no directories), 1-255 printable characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not base or len(base) > 255 or not base.isprintable():
        raise InvalidRequest(f"'{name[:80]}' is not a usable file name: 1-255 printable characters")
    return base


class Knowledge:
    def __init__(self, index: Index, embed: Embedder, resources: Resources, cfg: KnowledgeConfig,
                 queue: JobQueue | None = None, rerank: Reranker | None = None) -> None:
        self.index = index
        self.embed = embed
        self.rerank = rerank
        self.resources = resources
        self.cfg = cfg
        self.queue: JobQueue = queue or InProcessQueue()
        # Told (tenant, base, document name or None for the whole base) after a document changes or goes: the
        # curated memory marks entries citing it stale.
        self.on_change: Callable[[str, str, str | None], Awaitable[None]] | None = None

    async def _changed(self, kb: KnowledgeBase, document: str | None) -> None:
        if self.on_change is not None:
            await self.on_change(kb.tenant, kb.name, document)

    # -- knowledge bases ---------------------------------------------------------------------------------
    async def create_kb(self, tenant: str, name: str, description: str = "",
                        route: str | None = None) -> KnowledgeBase:
        try:
            check_name(name)
        except ValueError as e:
            raise InvalidRequest(str(e), param="name") from None
        route = route or self.cfg.embedding_route
        dims = (await self.embed(route, ["dimension probe"], "passage")).shape[1]
        kb = await asyncio.to_thread(self.index.create_kb, tenant, name, description, route, int(dims))
        if kb is None:
            raise AlreadyExists(f"the knowledge base '{name}' already exists; upload documents to it, or pick "
                                "another name", param="name")
        return kb

    async def get_kb(self, tenant: str, name: str) -> KnowledgeBase:
        kb = await asyncio.to_thread(self.index.get_kb, tenant, name)
        if kb is None:
            raise NotFound(f"no knowledge base '{name}' in this tenant; create it with POST /v1/knowledge "
                           "or list them with GET /v1/knowledge", code="knowledge_base_not_found")
        return kb

    async def list_kbs(self, tenant: str | None) -> list[KnowledgeBase]:
        return await asyncio.to_thread(self.index.list_kbs, tenant)

    async def delete_kb(self, kb: KnowledgeBase) -> None:
        await asyncio.to_thread(self.index.delete_kb, kb.id)
        await self._changed(kb, None)

    async def documents(self, kb: KnowledgeBase) -> list[DocumentInfo]:
        return await asyncio.to_thread(self.index.list_documents, kb.id)

    async def document(self, kb: KnowledgeBase, name: str) -> DocumentInfo | None:
        """The document of that name in the base, or None."""
        return await asyncio.to_thread(self.index.get_document, kb.id, name)

    async def delete_document(self, kb: KnowledgeBase, doc_id: int) -> None:
        docs = {d.id: d.name for d in await self.documents(kb)}
        if not await asyncio.to_thread(self.index.delete_document, kb.id, doc_id):
            raise NotFound(f"no document {doc_id} in the knowledge base '{kb.name}'; GET its documents to list "
                           "them", code="document_not_found")
        await self._changed(kb, docs.get(doc_id))

    # -- ingestion -------------------------------------------------------------------------------------------
    async def ingest(self, kb: KnowledgeBase, up: Upload,
                     progress: Callable[[int, int], Awaitable[None]] | None = None) -> tuple[DocumentInfo, bool]:
        """Convert, chunk, embed and store one file; (document, changed). Raises ConversionError."""
        name = _clean_name(up.name)
        if len(up.data) > self.cfg.max_upload_bytes:
            raise ConversionError(f"'{name}' is {len(up.data)} bytes; the limit is {self.cfg.max_upload_bytes} "
                                  "(knowledge.max_upload_bytes). Split the document or raise the limit",
                                  code="too_large")
        sha = hashlib.sha256(up.data).hexdigest()
        old = await asyncio.to_thread(self.index.get_document, kb.id, name)
        if old is not None and old.sha256 == sha and set(old.tags) == set(up.tags) \
                and set(old.groups) == set(up.groups):
            return old, False
        doc = await asyncio.to_thread(convert, up.data, name, max_pages=self.cfg.max_pages)
        chunks = chunk([(s.text, s.page) for s in doc.sections], self.cfg.chunk_size, self.cfg.chunk_overlap)
        if not chunks:
            raise ConversionError(f"'{name}' has no text to index", code="no_text")
        heads = [f"{doc.title}\n{c.section}\n{c.text}" if c.section else f"{doc.title}\n{c.text}" for c in chunks]
        kiwi = self.resources.kiwi
        words = await asyncio.to_thread(lambda: [terms(h, kiwi) for h in heads])
        vectors = []
        for i in range(0, len(heads), EMBED_BATCH):
            vectors.append(await self.embed(kb.embedding_route, heads[i:i + EMBED_BATCH], "passage"))
            if progress is not None:
                await progress(min(i + EMBED_BATCH, len(heads)), len(heads))
        new = NewDocument(name, doc.title, doc.format, sha, len(up.data), tuple(up.tags), tuple(up.groups), chunks,
                          words, np.vstack(vectors))
        stored = await asyncio.to_thread(self.index.put_document, kb.id, new)
        if old is not None and old.sha256 != sha:
            await self._changed(kb, name)
        return stored, True

    async def submit(self, kb: KnowledgeBase, uploads: list[Upload]) -> Job:
        """Store the uploads and queue a job that ingests them; returns at once."""
        if not uploads:
            raise InvalidRequest("send at least one file (multipart field 'file' or 'files')", param="file")
        if len(uploads) > self.cfg.max_files:
            raise InvalidRequest(f"{len(uploads)} files in one request; the limit is {self.cfg.max_files} "
                                 "(knowledge.max_files). Send them in several requests", param="file")
        files = [{"name": up.name, "bytes": len(up.data), "tags": list(up.tags), "groups": list(up.groups),
                  "status": "queued", "chunks_done": 0, "chunks_total": None} for up in uploads]
        job_id = f"kjob_{uuid.uuid4().hex}"
        await asyncio.to_thread(self.index.create_job, job_id, kb.id, files, [up.data for up in uploads])
        try:
            await self.queue.put(job_id)
        except Exception as e:  # not queued: the job must not wait forever in the index
            with contextlib.suppress(Exception):
                await asyncio.to_thread(self.index.update_job, job_id, "failed", files,
                                        f"the job could not be queued: {getattr(e, 'message', None) or e}")
            raise
        job = await asyncio.to_thread(self.index.get_job, job_id)
        assert job is not None
        return job

    async def job(self, kb: KnowledgeBase, job_id: str) -> Job:
        job = await asyncio.to_thread(self.index.get_job, job_id)
        if job is None or job.kb_id != kb.id:
            raise NotFound(f"no ingestion job '{job_id}' for the knowledge base '{kb.name}'", code="job_not_found")
        return job

    async def run_job(self, job_id: str) -> None:
        job = await asyncio.to_thread(self.index.get_job, job_id)
        if job is None or job.status in ("done", "failed"):  # a queue may deliver a finished job again
            return
        kbs = {k.id: k for k in await asyncio.to_thread(self.index.list_kbs, None)}
        kb = kbs.get(job.kb_id)
        if kb is None:
            return
        files = job.files
        await asyncio.to_thread(self.index.update_job, job_id, "running", files)
        for i, f in enumerate(files):
            if f["status"] not in ("queued", "running"):
                continue
            await self._run_file(kb, job_id, files, i)
        status = "failed" if files and all(f["status"] == "failed" for f in files) else "done"
        await asyncio.to_thread(self.index.update_job, job_id, status, files)

    async def _run_file(self, kb: KnowledgeBase, job_id: str, files: list[dict[str, Any]], i: int) -> None:
        f = files[i]
        data = await asyncio.to_thread(self.index.upload, job_id, i)
        f["status"] = "running"
        loop = asyncio.get_running_loop()
        last = [0.0]

        async def progress(done: int, total: int) -> None:
            f["chunks_done"], f["chunks_total"] = done, total
            if loop.time() - last[0] > 0.5:  # progress rows at most twice a second
                last[0] = loop.time()
                await asyncio.to_thread(self.index.update_job, job_id, "running", files)

        try:
            if data is None:
                raise ConversionError("the uploaded bytes are gone (the job was already finished)", code="corrupt")
            doc, changed = await self.ingest(kb, Upload(f["name"], data, tuple(f["tags"]), tuple(f["groups"])),
                                             progress)
            f.update(status="done" if changed else "unchanged", document_id=doc.id, version=doc.version,
                     chunks_total=doc.chunks, chunks_done=doc.chunks)
        except ConversionError as e:
            f.update(status="failed", error={"code": e.code, "message": str(e)})
        except InvalidRequest as e:
            f.update(status="failed", error={"code": e.code, "message": e.message})
        except Exception as e:  # an embedding route down, the disk full: this file fails, the batch goes on
            log.warning("ingesting %s failed", f["name"], exc_info=e)
            f.update(status="failed", error={"code": "ingest_failed", "message": f"{type(e).__name__}: {e}"})
        await asyncio.to_thread(self.index.update_job, job_id, "running", files)

    def start(self) -> None:
        """Let the queue run jobs (in this process for the embedded default), resuming any an earlier run left
        unfinished."""
        self.queue.start(self.run_queued, self.index.unfinished_jobs())

    async def run_queued(self, job_id: str) -> str | None:
        """Run a job the queue delivered and return its final status. A job that is gone or already finished
        is skipped (a queue may deliver twice); a job that raises is marked failed."""
        try:
            await self.run_job(job_id)
        except Exception as e:
            log.error("ingestion job %s failed", job_id, exc_info=e)
            await self.fail_job(job_id, f"{type(e).__name__}: {e}")
        job = await asyncio.to_thread(self.index.get_job, job_id)
        return job.status if job else None

    async def fail_job(self, job_id: str, error: str) -> None:
        """Mark a job failed (unless it is finished), with the reason."""
        job = await asyncio.to_thread(self.index.get_job, job_id)
        if job is not None and job.status not in ("done", "failed"):
            await asyncio.to_thread(self.index.update_job, job_id, "failed", job.files, error)

    async def drain(self) -> None:
        """Wait until every queued job has run (tests and the demo's first start use this)."""
        await self.queue.drain()

    async def stop(self) -> None:
        await self.queue.stop()
        await asyncio.to_thread(self.index.close)

    # -- search -------------------------------------------------------------------------------------------
    async def search(self, kbs: list[KnowledgeBase], query: str, flt: Filter | None = None, mode: str = "hybrid",
                     top_k: int = 5, candidates: int = 30, rrf_k: int = 60, *, rerank: str | None = None,
                     rerank_candidates: int = 20) -> list[Hit]:
        """Hybrid search over ``kbs``: BM25 and vector hits fused by reciprocal rank; every hit carries its
        cosine similarity to the query (the evidence measure used for refusal).

        With ``rerank`` (a rerank route), the best ``rerank_candidates`` fused hits are scored by that model
        and the ``top_k`` best by its score are kept, in that order, each with its ``rerank_score``. When the
        rerank call fails the fused order stands and no hit has a ``rerank_score`` (see :func:`reranked`)."""
        if not query.strip():
            raise InvalidRequest("the query is empty", param="query")
        vectors: dict[str, np.ndarray] = {}
        for route in {kb.embedding_route for kb in kbs}:
            vectors[route] = (await self.embed(route, [query], "query"))[0]
        kiwi = self.resources.kiwi if mode != "vector" else None
        pool = max(top_k, rerank_candidates) if rerank is not None else top_k
        hits = await asyncio.to_thread(self._search, kbs, query, kiwi, vectors, flt or Filter(), mode, pool,
                                       candidates, rrf_k)
        if rerank is None or not hits:
            return hits
        scores = await self._rerank_scores(rerank, query, hits)
        if scores is None:
            return hits[:top_k]
        order = sorted(range(len(hits)), key=lambda i: -scores[i])  # stable: ties keep the fused order
        return [dataclasses.replace(hits[i], rerank_score=scores[i]) for i in order[:top_k]]

    async def _rerank_scores(self, route: str, query: str, hits: list[Hit]) -> list[float] | None:
        """The rerank model's score of each hit, or None (logged) when there is no usable answer."""
        if self.rerank is None:
            log.warning("rerank route %s asked for, but this knowledge service has no reranker", route)
            return None
        try:
            scores = await self.rerank(route, query, [h.chunk.text for h in hits])
            if len(scores) != len(hits) or not all(math.isfinite(x) for x in scores):
                raise ValueError(f"{len(scores)} scores for {len(hits)} passages, or a score that is not finite")
        except Exception as e:  # the route down or answering nonsense: the fused order stands
            log.warning("reranking with %s failed; the fused order stands: %s", route,
                        getattr(e, "message", None) or f"{type(e).__name__}: {e}")
            return None
        return [float(x) for x in scores]

    def _search(self, kbs: list[KnowledgeBase], query: str, kiwi: Any, vectors: dict[str, np.ndarray], flt: Filter,
                mode: str, top_k: int, candidates: int, rrf_k: int) -> list[Hit]:
        words = terms(query, kiwi) if kiwi is not None else []
        fused: dict[tuple[int, int], list[Any]] = {}  # (kb, chunk) -> [score, sim, bm25 rank, vector rank]
        for kb in kbs:
            docs = self.index.doc_ids(kb.id, flt.documents, flt.tags, flt.groups)
            vec = vectors[kb.embedding_route]
            if mode in ("hybrid", "bm25"):
                for rank, (cid, _) in enumerate(self.index.bm25(kb.id, words, candidates, docs), 1):
                    e = fused.setdefault((kb.id, cid), [0.0, None, None, None])
                    e[0] += 1.0 / (rrf_k + rank)
                    e[2] = rank
            if mode in ("hybrid", "vector"):
                for rank, (cid, sim) in enumerate(self.index.knn(kb.id, vec, candidates, docs), 1):
                    e = fused.setdefault((kb.id, cid), [0.0, None, None, None])
                    e[0] += 1.0 / (rrf_k + rank)
                    e[1], e[3] = sim, rank
        best = sorted(fused.items(), key=lambda kv: -kv[1][0])[:top_k]
        by_kb = {kb.id: kb for kb in kbs}
        for (kb_id, cid), e in best:
            if e[1] is None:
                e[1] = self.index.similarity(kb_id, vectors[by_kb[kb_id].embedding_route], [cid]).get(cid)
        stored = self.index.chunks([cid for (_, cid), _ in best])
        return [Hit(stored[cid], by_kb[kb_id].name, e[0], e[1], e[2], e[3])
                for (kb_id, cid), e in best if cid in stored]


def reranked(hits: list[Hit]) -> bool:
    """Whether a search asked to rerank got the rerank model's order (False: the fused order, after a failure)."""
    return all(h.rerank_score is not None for h in hits)


__all__ = ["SUPPORTED", "ConversionError", "Knowledge", "Upload", "reranked"]
