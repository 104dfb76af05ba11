"""The pipeline's grounded stages for ``model: "assistant/<name>"``: resolve the assistant, retrieve (passages
scanned by the input guardrails), refuse without evidence, run the reasoning strategy, and after the answer
check its grounding and attach the sources (the ``bastion`` field of a response, or a final stream chunk)."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import AsyncGenerator
from typing import Any

import numpy as np
import orjson

from bastion.assistants import check, prompt
from bastion.assistants.check import Ask
from bastion.assistants.grounded import Grounder, Grounding, question
from bastion.assistants.strategies import STRATEGIES
from bastion.context import RequestContext, response_id
from bastion.errors import BastionError, PermissionDenied
from bastion.guardrails.policy import ContentBlocked
from bastion.knowledge.base import Embedder
from bastion.providers.base import CallInfo, ChatResult
from bastion.quotas.service import Quotas
from bastion.resources import Resources
from bastion.router.router import Router
from bastion.storage.assistants import TraceRepo

log = logging.getLogger("bastion.grounding")

INJECTION = frozenset({"injection", "jailbreak"})


class Ground:
    def __init__(self, grounder: Grounder, router: Router, quotas: Quotas, traces: TraceRepo | None,
                 resources: Resources, embed: Embedder | None) -> None:
        self.grounder = grounder
        self.router = router
        self.quotas = quotas
        self.traces = traces
        self.resources = resources
        self.embed = embed

    async def resolve(self, ctx: RequestContext) -> bool:
        """For an assistant model: the assistant, its route and sampling defaults. False for a raw model."""
        if not Grounder.is_assistant(ctx.route):
            return False
        assert ctx.principal is not None
        a = await self.grounder.resolve(ctx.principal.tenant_id, ctx.route)
        if not ctx.principal.may_use_assistant(a.name):
            raise PermissionDenied(f"this API key may not use the assistant '{a.name}'; ask an admin to add it to "
                                   "the key's allowed_assistants", param="model")
        ctx.body, ctx.grounding = self.grounder.start(a, ctx.body)
        ctx.route = a.cfg.route
        return True

    async def stage(self, ctx: RequestContext) -> None:
        """Retrieve and assemble the prompt (or refuse), then run the strategy's calls."""
        g = ctx.grounding
        if g is None:
            return
        assert ctx.principal is not None
        masked = query = question(ctx.body["messages"])
        if ctx.masker is not None:  # search the documents with what the user wrote; the passages get masked
            query = ctx.masker.restore(query)
        ctx.body = await self.grounder.retrieve(g, ctx.body, query, ctx.principal.document_groups,
                                                lambda text: self._scan(ctx, text))
        if not g.refused and g.assistant.cfg.grounding.judge_evidence:
            await self._evidence(ctx, g, masked)
        if not g.refused and g.strategy in STRATEGIES:
            await self._reason(ctx, g)

    def _scan(self, ctx: RequestContext, text: str) -> str | None:
        """A retrieved passage through the input guardrails: masked, or None when it must not reach the model
        (blocked, or instructions aimed at the model: indirect prompt injection)."""
        if ctx.policy is None or not ctx.policy.scanners:
            return text
        try:
            scope = ctx.principal.tenant_id if ctx.principal is not None else ""
            outcome = ctx.policy.check(text, "input", ctx.masker, scope)
        except ContentBlocked as e:
            ctx.verdicts.append(dataclasses.replace(e.verdict, where="retrieved"))
            return None
        verdicts = [dataclasses.replace(v, where="retrieved") for v in outcome.verdicts]
        ctx.verdicts.extend(verdicts)
        if any(v.category in INJECTION for v in verdicts):
            return None
        return outcome.text

    async def _reason(self, ctx: RequestContext, g: Grounding) -> None:
        cfg = g.assistant.cfg.strategy
        base = {k: v for k, v in ctx.body.items() if k not in ("stream", "stream_options", "n", "tools",
                                                                 "tool_choice", "response_format")}

        async def call(messages: list[dict[str, Any]]) -> str:
            body = {**base, "messages": messages, "max_tokens": cfg.thought_tokens}
            return (await self._side_call(ctx, g, ctx.route, body, "think")).strip()

        notes = await STRATEGIES[g.strategy](ctx.body["messages"], cfg, call, g.trace)
        if notes:
            ctx.body = {**ctx.body, "messages": prompt.build(g.assistant.cfg, g.convo, g.passages, notes)}
        if g.trace and self.traces is not None:
            assert ctx.principal is not None
            g.trace_id = Grounder.new_trace_id()
            await self.traces.put(g.trace_id, ctx.principal.tenant_id, ctx.principal.key_id, g.assistant.name,
                                  g.assistant.version, g.strategy, g.trace)

    # -- answers -------------------------------------------------------------------------------------------
    def refusal(self, ctx: RequestContext) -> ChatResult:
        g = ctx.grounding
        assert g is not None
        usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        body: dict[str, Any] = {"id": response_id(ctx), "object": "chat.completion",
                "created": int(time.time()),
                "model": g.assistant.model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": g.assistant.cfg.refusal},
                             "finish_reason": "stop", "logprobs": None}],
                "usage": usage, "bastion": extension(ctx, g)}
        ctx.usage = usage
        return ChatResult(orjson.dumps(body), usage)

    def refusal_stream(self, ctx: RequestContext) -> list[bytes]:
        g = ctx.grounding
        assert g is not None
        head = {"id": response_id(ctx), "object": "chat.completion.chunk", "created": int(time.time()),
                "model": g.assistant.model}
        events = [{**head, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]},
                  {**head, "choices": [{"index": 0, "delta": {"content": g.assistant.cfg.refusal}}]},
                  {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
                  {**head, "choices": [], "bastion": extension(ctx, g)}]
        ctx.usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        return [b"data: " + orjson.dumps(e) + b"\n\n" for e in events] + [b"data: [DONE]\n\n"]

    async def finish(self, ctx: RequestContext, result: ChatResult) -> ChatResult:
        """The whole answer: grounding check (annotate, drop or refuse) and the ``bastion`` field."""
        g = ctx.grounding
        if g is None:
            return result
        body = orjson.loads(result.body)
        msg = ((body.get("choices") or [{}])[0].get("message") or {})
        if isinstance(msg.get("content"), str) and g.hits:
            text, g.check = await self.check(ctx, g, msg["content"])
            msg["content"] = text
            g.refused = bool(g.check and g.check["mode"] == "refuse" and g.check.get("rewritten"))
        body["bastion"] = extension(ctx, g)
        return ChatResult(orjson.dumps(body), result.usage)

    async def check(self, ctx: RequestContext, g: Grounding, answer: str) -> tuple[str, dict[str, Any] | None]:
        mode = g.assistant.cfg.grounding.mode
        if mode == "off":
            return answer, None
        passages = [h.chunk.text for h in g.hits]
        kiwi = self.resources.kiwi
        found = await asyncio.to_thread(check.lexical, answer, passages, kiwi)
        if self.embed is not None:
            route = g.kb_route
            embed = self.embed

            async def vectors(texts: list[str], kind: str) -> np.ndarray:
                return await embed(route, texts, "query" if kind == "query" else "passage")

            await check.add_embedding_support(found, passages, vectors)
        judged = None
        if g.assistant.cfg.grounding.judge_route and g.passages:
            judged = await check.judge(found, [text for _, text in g.passages],
                                       self._judge(ctx, g, g.assistant.cfg.grounding.judge_route))
        report = check.verdict(found, len(passages))
        report["mode"] = mode
        if judged is not None:
            report["judge"] = {"route": g.assistant.cfg.grounding.judge_route, **judged}
        if mode == "drop" and (report["unsupported"] or report["miscited"]):
            answer = check.rewrite(found, report) or g.assistant.cfg.refusal
            report["rewritten"] = True
        elif mode == "refuse" and report["unsupported"]:
            report["rewritten"] = True
            return g.assistant.cfg.refusal, report
        if g.assistant.cfg.grounding.attribute:
            attributed = check.attribute(answer, found)
            report["attributed"] = attributed != answer
            answer = attributed
        return answer, report

    async def _side_call(self, ctx: RequestContext, g: Grounding, route: str, body: dict[str, Any],
                         tag: str) -> str:
        """One call of the grounded path besides the answer (a strategy's thought, a judgement): its deployment
        quotas settled (released when it fails), its tokens charged to the request; the reply's text."""
        info = CallInfo(f"{ctx.request_id}-{tag}")
        try:
            result, served = await self.router.chat(route, body, info)
        except BaseException:
            await self.quotas.settle_deployments(info.reservations, None, None)
            raise
        await self.quotas.settle_deployments(info.reservations, served.deployment,
                                             (result.usage or {}).get("total_tokens"))
        g.add_usage(result.usage)
        out = orjson.loads(result.body)
        text = ((out.get("choices") or [{}])[0].get("message") or {}).get("content")
        return text if isinstance(text, str) else ""

    async def _judge_call(self, ctx: RequestContext, g: Grounding, route: str,
                          messages: list[dict[str, str]]) -> str | None:
        """One short call to the judge route; None when it fails (the judged check then keeps its estimate)."""
        try:
            return await self._side_call(ctx, g, route, {"messages": messages, "max_tokens": 8, "temperature": 0},
                                         "judge")
        except BastionError as e:
            log.warning("grounding judge %s failed: %s", route, e.message)
            return None

    def _judge(self, ctx: RequestContext, g: Grounding, route: str) -> Ask:
        """Ask the judge route about one (claim, passage): masked as the passages were (the answer's restored
        values go back to placeholders)."""
        masker = ctx.masker

        async def ask(claim: str, passage: str) -> bool | None:
            claim = masker.remask(claim) if masker is not None else claim
            text = await self._judge_call(ctx, g, route, check.judge_messages(claim, passage))
            return None if text is None else check.parse_judgement(text)

        return ask

    async def _evidence(self, ctx: RequestContext, g: Grounding, masked_question: str) -> None:
        """``grounding.judge_evidence``: before the answer, the judge reads the (masked) passages and the question;
        NOT_ANSWERED means the refusal, without the answering call. A failed or unclear judgement lets the
        answer go ahead (the grounding check still runs)."""
        route = g.assistant.cfg.grounding.judge_route
        if not route or not g.passages:
            return
        text = await self._judge_call(ctx, g, route,
                                      check.evidence_messages(masked_question, [t for _, t in g.passages]))
        answered = None if text is None else check.parse_evidence(text)
        g.evidence_judge = {"route": route, "answered": answered}
        if answered is False:
            g.refused = True

    def stream_tail(self, ctx: RequestContext, head: dict[str, Any]) -> AsyncGenerator[bytes, None]:
        """The final chunk of a grounded stream: sources, evidence and the grounding check (annotations)."""
        g = ctx.grounding
        assert g is not None

        async def tail() -> AsyncGenerator[bytes, None]:
            if g.hits and ctx.stream_text is not None:
                _, g.check = await self.check(ctx, g, "".join(ctx.stream_text))
                if g.check is not None:  # a stream's text is already out: the check only annotates it
                    g.check["rewritten"] = g.check["attributed"] = False
            event: dict[str, Any] = {"id": head.get("id"), "object": "chat.completion.chunk",
                                     "created": head.get("created"), "model": head.get("model"), "choices": [],
                                     "bastion": extension(ctx, g)}
            yield b"data: " + orjson.dumps(event) + b"\n\n"

        return tail()


def extension(ctx: RequestContext, g: Grounding) -> dict[str, Any]:
    """The response's ``bastion`` field: the grounded path's account, and the cache's when it looked."""
    out = g.extension()
    if ctx.cache is not None:
        out["cache"] = ctx.cache.public()
    return out
