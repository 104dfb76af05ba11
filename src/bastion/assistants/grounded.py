"""The grounded path of ``model: "assistant/<name>"``: resolve the assistant, retrieve evidence, refuse at
runtime when there is none, and assemble the prompt.

Refusal is decided here, before any model call: when no retrieved passage reaches the assistant's relevance
threshold (cosine similarity of the question and the passage, calibrated per embedder), the configured refusal
is the answer, and the model is never asked, so it cannot invent one. A rerank model (retrieval.rerank_route)
only orders the passages: its scores are not calibrated, so they never decide what counts as evidence.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bastion import validate
from bastion.assistants import prompt
from bastion.assistants.registry import PREFIX, Assistant, Assistants
from bastion.errors import InvalidRequest, ModelNotFound
from bastion.knowledge.base import Filter, Hit
from bastion.knowledge.service import Knowledge, reranked

# Cosine similarity (question vs passage) a passage needs to count as evidence, per embedding model. Calibrated
# on evals/grounding (docs/grounding.md): e5's scores are compressed, unrelated text already scores ~0.75.
CALIBRATED = {"multilingual-e5-small": 0.815}
STRATEGIES = ("direct", "cot", "tot", "got")


@dataclass(slots=True)
class Grounding:
    """What the grounded path decided for one request; becomes the response's ``bastion`` field."""

    assistant: Assistant
    strategy: str
    query: str = ""
    hits: list[Hit] = field(default_factory=list)
    dropped: int = 0  # retrieved passages the guardrails refused (e.g. instructions hidden in a document)
    refused: bool = False
    best: float | None = None
    threshold: float | None = None
    trace: list[dict[str, Any]] = field(default_factory=list)
    trace_id: str | None = None
    want_trace: bool = False
    check: dict[str, Any] | None = None
    usage: dict[str, int] = field(default_factory=dict)  # intermediate calls of the strategy
    filter: Filter = field(default_factory=Filter)  # the caller's filters (bastion.documents / bastion.tags)
    convo: list[dict[str, Any]] = field(default_factory=list)  # the conversation as received (masked)
    passages: list[tuple[str, str]] | None = None  # (label, masked text) as numbered in the prompt
    kb_route: str = ""  # the embedding route of the knowledge bases (the grounding check uses it)
    evidence_judge: dict[str, Any] | None = None  # grounding.judge_evidence: the judge's verdict on the passages
    rerank: dict[str, Any] | None = None  # {"route", "ok"} when the assistant reranks its hits

    def sources(self) -> list[dict[str, Any]]:
        return [{"index": i, **h.public()} for i, h in enumerate(self.hits, 1)]

    def extension(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "assistant": {"name": self.assistant.name, "version": self.assistant.version},
            "strategy": self.strategy, "refused": self.refused,
            "evidence": {"best_similarity": None if self.best is None else round(self.best, 4),
                         "threshold": self.threshold, "passages": len(self.hits), "dropped": self.dropped,
                         **({"judge": self.evidence_judge} if self.evidence_judge is not None else {}),
                         **({"rerank": self.rerank} if self.rerank is not None else {})},
            "sources": [{k: v for k, v in s.items() if k != "text"} for s in self.sources()],
        }
        if self.trace_id is not None:
            out["trace_id"] = self.trace_id
        if self.want_trace and self.trace:
            out["trace"] = self.trace
        if self.check is not None:
            out["grounding"] = self.check
        return out

    def add_usage(self, usage: dict[str, Any] | None) -> None:
        for k in ("prompt_tokens", "completion_tokens", "total_tokens"):
            self.usage[k] = self.usage.get(k, 0) + int((usage or {}).get(k) or 0)


def _options(body: dict[str, Any]) -> dict[str, Any]:
    """The ``bastion`` extension field of a chat request (strategy, trace, document filters)."""
    opts = body.get("bastion")
    if opts is None:
        return {}
    if not isinstance(opts, dict):
        raise InvalidRequest("'bastion' must be an object, e.g. {\"strategy\": \"cot\"}", param="bastion")
    unknown = set(opts) - {"strategy", "trace", "documents", "tags"}
    if unknown:
        raise InvalidRequest(f"unknown field(s) in 'bastion': {', '.join(sorted(unknown))}; known: strategy, trace, "
                             "documents, tags", param="bastion")
    if opts.get("strategy") is not None and opts["strategy"] not in STRATEGIES:
        raise InvalidRequest(f"bastion.strategy must be one of {', '.join(STRATEGIES)}", param="bastion.strategy")
    for k in ("documents", "tags"):
        v = opts.get(k)
        if v is not None and (not isinstance(v, list) or not all(isinstance(x, str) for x in v)):
            raise InvalidRequest(f"bastion.{k} must be a list of strings", param=f"bastion.{k}")
    return opts


def question(messages: list[dict[str, Any]]) -> str:
    """The text to search with: the last user turn, with the one before it when the last is a short
    follow-up ("and in Busan?")."""
    users = [" ".join(validate.message_texts(m)) for m in messages if m.get("role") == "user"]
    if not users:
        return ""
    last = users[-1]
    if len(last.split()) < 5 and len(users) > 1:
        return f"{users[-2]}\n{last}"
    return last


class Grounder:
    def __init__(self, assistants: Assistants, knowledge: Knowledge | None) -> None:
        self.assistants = assistants
        self.knowledge = knowledge

    @staticmethod
    def is_assistant(model: str) -> bool:
        return model.startswith(PREFIX)

    async def resolve(self, tenant: str, model: str) -> Assistant:
        name = model[len(PREFIX):]
        a = await self.assistants.get(tenant, name)
        if a is None:
            raise ModelNotFound(f"no assistant '{name}' in this tenant; GET /v1/assistants lists them", param="model")
        return a

    @staticmethod
    def start(a: Assistant, body: dict[str, Any]) -> tuple[dict[str, Any], Grounding]:
        """The request body with the assistant's sampling defaults (the caller's values win) and without the
        ``bastion`` extension field, which no provider would accept."""
        opts = _options(body)
        out = {k: v for k, v in body.items() if k != "bastion"}
        for key in ("temperature", "top_p", "frequency_penalty", "presence_penalty"):
            if out.get(key) is None and getattr(a.cfg, key) is not None:
                out[key] = getattr(a.cfg, key)
        if out.get("max_tokens") is None and out.get("max_completion_tokens") is None and a.cfg.max_tokens:
            out["max_tokens"] = a.cfg.max_tokens
        g = Grounding(a, opts.get("strategy") or a.cfg.strategy.name, want_trace=bool(opts.get("trace")),
                      filter=Filter(tuple(opts.get("documents") or ()), tuple(opts.get("tags") or ())))
        return out, g

    async def retrieve(self, g: Grounding, body: dict[str, Any], query: str, groups: frozenset[str] | None,
                       scan: Callable[[str], str | None]) -> dict[str, Any]:
        """Search the assistant's knowledge bases and put the evidence into the prompt, or mark the request
        refused. ``scan`` runs the input guardrails on a passage: its masked text, or None to drop it."""
        cfg = g.assistant.cfg
        flt = g.filter
        r = cfg.retrieval
        g.convo = body["messages"]
        if r is None or self.knowledge is None:
            return {**body, "messages": prompt.build(cfg, body["messages"], None)}
        g.query = query
        kbs = [await self.knowledge.get_kb(g.assistant.tenant, name) for name in r.knowledge_bases]
        g.kb_route = kbs[0].embedding_route
        tags = flt.tags or tuple(r.tags)
        hits = await self.knowledge.search(kbs, query, Filter(flt.documents, tags, groups), r.mode,
                                           top_k=r.top_k, candidates=r.candidates, rrf_k=r.rrf_k,
                                           rerank=r.rerank_route, rerank_candidates=r.rerank_candidates) \
            if query else []
        if r.rerank_route is not None:  # reranking orders the passages; the evidence test below is unchanged
            g.rerank = {"route": r.rerank_route, "ok": reranked(hits)}
        g.threshold = r.min_relevance if r.min_relevance is not None else \
            min((CALIBRATED.get(kb.embedding_route, 0.0) for kb in kbs), default=0.0)
        sims = [h.similarity for h in hits if h.similarity is not None]
        g.best = max(sims) if sims else None
        passages: list[tuple[str, str]] = []
        room = r.max_context_chars
        for h in hits:
            if h.similarity is None or h.similarity < g.threshold:
                continue
            cut = h.chunk.text[: r.max_passage_chars]
            if passages and len(cut) > room:
                break
            room -= len(cut)
            text = scan(cut)
            if text is None:
                g.dropped += 1
                continue
            g.hits.append(h)
            passages.append((prompt.label(h.chunk.title, h.chunk.section, h.chunk.page), text))
        g.refused = not passages
        g.passages = passages
        return {**body, "messages": prompt.build(cfg, body["messages"], passages)}

    @staticmethod
    def new_trace_id() -> str:
        return f"trace_{uuid.uuid4().hex}"
