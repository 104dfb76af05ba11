"""The pipeline's cache stage: curated long-term memory first, then the generated-answer cache (exact, then
semantic with a verification), between the input guardrails and retrieval. A hit skips retrieval and the model
and goes straight to the output guardrails; a miss remembers its scope, key and question vector so that the
answer can be stored once it is known (``store``, from the pipeline's finish).

What is served never crosses a scope (see :mod:`bastion.cache.keys`); every candidate is confirmed against the
store (still active, not expired, curated sources unchanged) before it is served.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson

from bastion.cache import keys
from bastion.cache.vectors import Scopes
from bastion.cache.verify import verify
from bastion.cache_memory import CuratedSet, Memory
from bastion.config_cache import CacheConfig
from bastion.context import RequestContext, response_id, texts
from bastion.errors import BastionError, InvalidRequest
from bastion.guardrails.masking import PLACEHOLDER
from bastion.guardrails.policy import Verdict
from bastion.knowledge.base import Embedder
from bastion.providers.base import CallInfo, ChatResult
from bastion.quotas.service import Quotas
from bastion.resources import Resources
from bastion.router.router import Router
from bastion.storage.cache import CacheRepo

log = logging.getLogger("bastion.cache")

CANDIDATES = 3  # semantic candidates confirmed, best first, before giving up
JUDGE_PROMPT = ("Two questions follow. Would one correct answer answer both exactly (same meaning, same entities, "
                "same numbers, same negation)? Reply with exactly one word: SAME or DIFFERENT.")


@dataclass(slots=True)
class Settings:
    """The cache settings in force for one request (the section's, overridden by the assistant's)."""

    threshold: float
    verify: str
    judge_route: str | None
    ttl: int
    multi_turn: bool
    curated: bool  # the assistant's curated memory answers
    generated: bool  # the generated cache answers (and stores)


@dataclass(slots=True)
class CacheState:
    status: str  # hit | miss | bypass
    reason: str | None = None  # why bypassed
    layer: str | None = None  # exact | semantic | curated
    similarity: float | None = None
    entry: int | None = None
    scope: str | None = None
    exact: str | None = None
    question: str = ""
    vector: np.ndarray | None = None
    answer: str | None = None  # the hit's answer; on a miss, the answer to store once known
    extension: dict[str, Any] | None = None
    store: bool = False
    ttl: int = 0
    finish: str | None = None  # a stream's finish_reason
    rejected: str | None = None  # the best semantic candidate the verification refused, and why

    def public(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status}
        for k in ("layer", "entry", "reason", "rejected"):
            if getattr(self, k) is not None:
                out[k] = getattr(self, k)
        if self.similarity is not None:
            out["similarity"] = round(self.similarity, 4)
        return out


def control(ctx: RequestContext, header: str | None) -> bool:
    """True when the caller asked for no caching (header ``x-bastion-cache``/``cache-control: no-store``, or the
    extension field ``"cache": "no-store"``). The field is removed, so no provider sees it."""
    value = ctx.body.pop("cache", None)
    if value is not None and value not in ("no-store", "default"):
        raise InvalidRequest("'cache' must be \"no-store\" (skip the cache for this request) or \"default\"",
                             param="cache")
    return value == "no-store" or (header is not None and "no-store" in header.lower())


class Cache:
    def __init__(self, cfg: CacheConfig, repo: CacheRepo, memory: Memory, embed: Embedder, embedding_route: str,
                 router: Router, quotas: Quotas, resources: Resources, knowledge: Any) -> None:
        self.cfg = cfg
        self.repo = repo
        self.memory = memory
        self.embed = embed
        self.route = embedding_route
        self.router = router
        self.quotas = quotas
        self.resources = resources
        self.knowledge = knowledge
        self.scopes = Scopes(cfg.max_entries_in_memory)
        # Without an embedding route only the exact layers work (a configuration without e5, say).
        self.semantic = embedding_route in router.routes and router.kind(embedding_route) == "embedding"
        self._loading: dict[str, asyncio.Lock] = {}

    def settings(self, ctx: RequestContext) -> Settings | None:
        """The settings for this request, or None when nothing may answer it from memory: raw routes use the
        generated cache when listed in ``cache.routes``; an assistant uses its curated memory (unless its
        ``cache.curated`` is false) and the generated cache (unless ``cache.enabled``, its own or the section's, is
        false)."""
        c = self.cfg
        if ctx.grounding is None:
            if not c.enabled or ctx.route not in c.routes:
                return None
            return Settings(c.threshold, c.verify, c.judge_route, c.ttl_seconds, c.multi_turn, False, True)
        a = ctx.grounding.assistant.cfg.cache
        generated = c.enabled if a.enabled is None else a.enabled
        if not generated and not a.curated:
            return None
        return Settings(a.threshold or c.threshold, a.verify or c.verify, a.judge_route or c.judge_route,
                        a.ttl_seconds or c.ttl_seconds, c.multi_turn if a.multi_turn is None else a.multi_turn,
                        a.curated, generated)

    # -- the stage ------------------------------------------------------------------------------------------
    async def lookup(self, ctx: RequestContext) -> None:
        if ctx.endpoint != "chat":
            return
        ctx.prompt_messages = ctx.body.get("messages")
        no_store = control(ctx, ctx.cache_header)
        s = self.settings(ctx)
        if s is None:
            ctx.cache = CacheState("bypass", reason="disabled")
            return
        reason = "no-store" if no_store else "regenerate" if ctx.regenerate_of else \
            keys.bypass_reason(ctx.body, s.multi_turn)
        if reason is None and any(PLACEHOLDER.search(t) for t in texts(ctx)):
            reason = "pii"  # masked values differ per request: an answer about one person must not serve another
        if reason is not None:
            ctx.cache = CacheState("bypass", reason=reason)
            return
        assert ctx.principal is not None
        st = ctx.cache = CacheState("miss", question=keys.question(ctx.body), ttl=s.ttl)
        st.scope = await self._scope(ctx)
        st.exact = keys.exact_key(ctx.body)
        st.store = s.generated
        if keys.turns(ctx.body) > 1:  # a follow-up means what its conversation means: only the same conversation
            if s.generated and (row := await self.repo.exact(st.scope, st.exact)) is not None:
                self._hit(st, "exact", 1.0, row["id"], row["answer"], row["extension"])
            return
        curated = await self.memory.load(ctx.principal.tenant_id, ctx.grounding.assistant.name) \
            if s.curated and ctx.grounding is not None else None
        if curated is not None and await self._curated_exact(ctx, st, curated):
            return
        if curated is not None and curated.size:
            st.vector = await self._vector(st.question)
            if st.vector is not None and await self._curated_semantic(ctx, st, curated, s):
                return
        if not s.generated:
            return
        row = await self.repo.exact(st.scope, st.exact)
        if row is not None:
            self._hit(st, "exact", 1.0, row["id"], row["answer"], row["extension"])
            return
        if st.vector is None:
            st.vector = await self._vector(st.question)
        if st.vector is not None:
            await self._generated_semantic(ctx, st, s)

    async def _scope(self, ctx: RequestContext) -> str:
        assert ctx.principal is not None
        g = ctx.grounding
        embedder = {"embedding": self.route}  # vectors of another model are not comparable
        if g is None:
            return keys.scope(ctx.principal.tenant_id, f"route:{ctx.route}", ctx.body, embedder)
        a = g.assistant
        kbs = []
        r = a.cfg.retrieval
        if r is not None and self.knowledge is not None:
            for name in r.knowledge_bases:
                kb = await self.knowledge.get_kb(a.tenant, name)
                kbs.append([name, kb.version])
        groups = ctx.principal.document_groups  # an answer drawn from documents some callers may not see
        extra = {**embedder, "strategy": g.strategy, "documents": list(g.filter.documents),
                 "tags": list(g.filter.tags), "kb": kbs, "groups": None if groups is None else sorted(groups)}
        return keys.scope(ctx.principal.tenant_id, f"assistant:{a.name}:{a.version}", ctx.body, extra)

    async def _vector(self, text: str) -> np.ndarray | None:
        """The question's embedding; None when there is no embedding route or it failed (then only the exact
        layers answer: a cache that cannot embed costs model calls, never the request)."""
        if not self.semantic or not text.strip():
            return None
        try:
            return (await self.embed(self.route, [text], "query"))[0]
        except BastionError as e:
            log.warning("cache: embedding the question failed (%s); exact matches only", e.message)
            return None

    def _hit(self, st: CacheState, layer: str, similarity: float, entry: int, answer: str,
             extension: dict[str, Any] | None) -> None:
        st.status, st.layer, st.similarity, st.entry = "hit", layer, similarity, entry
        st.answer, st.extension, st.store = answer, extension, False

    # -- curated memory ---------------------------------------------------------------------------------------
    async def _curated_exact(self, ctx: RequestContext, st: CacheState, curated: CuratedSet) -> bool:
        entry = curated.exact.get(keys.normalise(st.question))
        return entry is not None and await self._serve_curated(ctx, st, entry, 1.0)

    async def _curated_semantic(self, ctx: RequestContext, st: CacheState, curated: CuratedSet, s: Settings) -> bool:
        assert st.vector is not None
        for entry, sim in curated.best(st.vector, CANDIDATES, s.threshold):
            why = await self._confirm(ctx, st.question, curated.texts[entry], s)
            if why is not None:
                st.rejected = st.rejected or f"curated {entry}: {why}"
                continue
            if await self._serve_curated(ctx, st, entry, sim):
                return True
        return False

    async def _serve_curated(self, ctx: RequestContext, st: CacheState, entry: int, sim: float) -> bool:
        assert ctx.principal is not None
        row = await self.memory.servable(entry, ctx.principal.document_groups)
        if row is None:
            return False
        ext = {"curated": {"id": row["id"], "question": row["question"]},
               "sources": [{"index": i, "knowledge_base": s["kb"], "document": s["document"]}
                           for i, s in enumerate(row["sources"], 1)]}
        self._hit(st, "curated", sim, entry, row["answer"], ext)
        return True

    # -- generated cache --------------------------------------------------------------------------------------
    async def _generated_semantic(self, ctx: RequestContext, st: CacheState, s: Settings) -> None:
        assert st.scope is not None and st.vector is not None
        vs = await self._catch_up(st.scope, len(st.vector))
        for entry, sim in vs.best(st.vector, CANDIDATES, s.threshold):
            row = await self.repo.get(entry)
            if row is None:
                vs.drop(entry)
                continue
            why = await self._confirm(ctx, st.question, row["question"], s)
            if why is not None:
                st.rejected = st.rejected or f"{entry}: {why}"
                continue
            self._hit(st, "semantic", sim, entry, row["answer"], row["extension"])
            return

    async def _catch_up(self, scope: str, dims: int) -> Any:
        """The scope's vectors, with whatever any replica stored since this process last looked."""
        vs = self.scopes.get(scope, dims)
        lock = self._loading.setdefault(scope, asyncio.Lock())
        async with lock:
            while True:
                rows = await self.repo.vectors_since(scope, vs.last)
                if not rows:
                    break
                self.scopes.add(vs, [i for i, _ in rows],
                                np.stack([np.frombuffer(b, dtype=np.float32) for _, b in rows]))
        if len(self._loading) > 4096:
            self._loading = {k: v for k, v in self._loading.items() if v.locked()}
        return vs

    # -- verification -----------------------------------------------------------------------------------------
    async def _confirm(self, ctx: RequestContext, query: str, cached: str, s: Settings) -> str | None:
        """Why the cached question must not answer this one (None: it may)."""
        if s.verify == "off":
            return None
        why = verify(query, cached, self.resources.kiwi if _has_hangul(query + cached) else None)
        if why is not None or s.verify != "judge" or not s.judge_route:
            return why
        return None if await self._judge(ctx, s.judge_route, query, cached) else "judge"

    async def _judge(self, ctx: RequestContext, route: str, a: str, b: str) -> bool:
        """The judge route's opinion; a failed call counts as DIFFERENT (a miss costs a model call, a false
        hit a wrong answer)."""
        body = {"messages": [{"role": "system", "content": JUDGE_PROMPT},
                             {"role": "user", "content": f"Question 1: {a}\nQuestion 2: {b}"}],
                "max_tokens": 4, "temperature": 0}
        info = CallInfo(f"{ctx.request_id}-cachejudge")
        try:
            result, served = await self.router.chat(route, body, info)
        except BastionError as e:
            await self.quotas.settle_deployments(info.reservations, None, None)
            log.warning("cache judge %s failed: %s", route, e.message)
            return False
        await self.quotas.settle_deployments(info.reservations, served.deployment,
                                             (result.usage or {}).get("total_tokens"))
        text = (orjson.loads(result.body).get("choices") or [{}])[0].get("message", {}).get("content") or ""
        said = re.search(r"\b(SAME|DIFFERENT)\b", text.upper())
        return said is not None and said.group(1) == "SAME"

    # -- answers ----------------------------------------------------------------------------------------------
    def result(self, ctx: RequestContext) -> ChatResult:
        """A hit as a chat completion (the output guardrails run on it next)."""
        st = ctx.cache
        assert st is not None and st.answer is not None
        usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        ctx.usage = usage
        model = ctx.grounding.assistant.model if ctx.grounding is not None else ctx.route
        ext = {**(st.extension or {}), "cache": st.public()}
        if ctx.grounding is not None:
            a = ctx.grounding.assistant
            ext["assistant"] = {"name": a.name, "version": a.version}
        body = {"id": response_id(ctx), "object": "chat.completion", "created": int(time.time()),
                "model": model, "choices": [{"index": 0, "message": {"role": "assistant", "content": st.answer},
                                             "finish_reason": "stop", "logprobs": None}],
                "usage": usage, "bastion": ext}
        return ChatResult(orjson.dumps(body), usage)

    @staticmethod
    def events(ctx: RequestContext, result: ChatResult) -> list[bytes]:
        """A (guarded) hit as a normal SSE stream: role, the text in a few chunks, finish, extension, usage."""
        body = orjson.loads(result.body)
        text = body["choices"][0]["message"]["content"]
        head = {"id": body["id"], "object": "chat.completion.chunk", "created": body["created"],
                "model": body["model"]}
        events: list[dict[str, Any]] = [{**head, "choices": [{"index": 0, "delta": {"role": "assistant",
                                                                                     "content": ""}}]}]
        step = 64
        events += [{**head, "choices": [{"index": 0, "delta": {"content": text[i: i + step]}}]}
                   for i in range(0, len(text), step)]
        events.append({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        events.append({**head, "choices": [], "bastion": body["bastion"]})
        if (ctx.body.get("stream_options") or {}).get("include_usage"):
            events.append({**head, "choices": [], "usage": body["usage"]})
        return [b"data: " + orjson.dumps(e) + b"\n\n" for e in events] + [b"data: [DONE]\n\n"]

    async def store(self, ctx: RequestContext, verdicts: Iterable[Verdict] = ()) -> None:
        """Keep a finished answer for the requests that will ask it again: answers that ended normally (finish
        ``stop``, or ``length`` at the max_tokens that is part of the scope, which the same request would reach
        again), that the output guardrails did not flag or block, and that were not refusals. A whole answer the
        output guardrails redacted is kept as redacted; a stream's kept text is the model's, so a stream with
        redactions is not kept."""
        st = ctx.cache
        if st is None or st.status != "miss" or not st.store or not st.answer or ctx.status != 200:
            return
        fine = ("allow",) if ctx.stream else ("allow", "mask")
        if st.finish not in (None, "stop", "length") or any(v.where == "output" and v.action not in fine
                                                           for v in (*ctx.verdicts, *verdicts)):
            return
        g = ctx.grounding
        if g is not None and g.refused:
            return
        assert ctx.principal is not None and st.scope is not None and st.exact is not None
        st.store = False  # once
        ext = None
        if g is not None:
            ext = {k: v for k, v in g.extension().items() if k not in ("trace", "trace_id", "assistant")}
        try:
            st.entry = await self.repo.add(
                tenant=ctx.principal.tenant_id, scope=st.scope, exact=st.exact,
                assistant=g.assistant.name if g is not None else None, route=ctx.route, question=st.question,
                answer=st.answer, extension=ext,
                vector=None if st.vector is None else np.asarray(st.vector, dtype=np.float32).tobytes(),
                origin="generated", request_id=ctx.request_id, ttl_seconds=st.ttl)
        except Exception as e:  # the answer went out; a cache that cannot write only costs later calls
            log.warning("cache store failed: %s", e)


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)
