"""The guardrail stages: scan the input (mask or block per the policy, with an optional LLM judge) and the
whole answer (mask, block, restore the caller's masked values)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import orjson

from bastion.context import RequestContext, texts, vault_scope
from bastion.errors import BastionError, PayloadTooLarge
from bastion.guardrails import judge
from bastion.guardrails.masking import Masker
from bastion.guardrails.policy import ContentBlocked, Policy, Verdict
from bastion.guardrails.registry import Guardrails
from bastion.guardrails.vault import Vault
from bastion.providers.base import CallInfo, ChatResult
from bastion.quotas.service import Quotas
from bastion.router.router import Router

log = logging.getLogger("bastion.pipeline")
INLINE_SCAN_BYTES = 32 * 1024  # bodies above this are scanned in a worker thread


class Guard:
    def __init__(self, guardrails: Guardrails, vault: Vault | None, router: Router, quotas: Quotas) -> None:
        self.guardrails = guardrails
        self.vault = vault
        self.router = router
        self.quotas = quotas

    async def input(self, ctx: RequestContext) -> None:
        """Scan every message (tool results included) or embedding input; mask or block per the policy."""
        assert ctx.principal is not None
        p = ctx.principal
        own = ctx.grounding.assistant.cfg.policy if ctx.grounding is not None else None
        ctx.policy = policy = self.guardrails.policy_for(p.tenant_id, ctx.route, p.policy, own)
        if p.retention == "full":
            ctx.answers = []
        if not policy.scanners:
            return
        self._check_size(ctx, policy)
        if policy.restores and self.vault is not None:
            ctx.masker = Masker(await self.vault.load(p.tenant_id, vault_scope(ctx)) if ctx.conversation else None)
        if len(ctx.raw) > INLINE_SCAN_BYTES:  # a big body takes the scanners milliseconds to seconds: keep the
            await asyncio.to_thread(self._guard_input, ctx, policy)  # event loop serving everyone else meanwhile
        else:
            self._guard_input(ctx, policy)
        ctx.scanned = True
        if policy.judge is not None:
            await self._judge(ctx, policy)
        if ctx.masker is not None and ctx.masker.added and self.vault is not None:
            await self.vault.save(p.tenant_id, vault_scope(ctx), ctx.masker.mapping())

    async def _judge(self, ctx: RequestContext, policy: Policy) -> None:
        """Ask the policy's judge route about borderline injection findings; ATTACK blocks the request."""
        j = policy.judge
        pending = judge.borderline(ctx.verdicts, tuple(j.categories), j.low, j.high)
        if not pending:
            return
        asked = texts(ctx, skip_system=True)  # masked already: no PII reaches the judge
        info = CallInfo(f"{ctx.request_id}-judge")
        try:
            result, served = await self.router.chat(j.route, judge.request(asked), info)
            attack = judge.verdict_of(result.body)
        except BastionError as e:
            log.warning("the guardrail judge (%s) failed: %s", j.route, e)
            attack, result, served = None, None, None
        used = (result.usage or {}).get("total_tokens") if result is not None else None
        # the judge's deployment quota: settled like any call
        await self.quotas.settle_deployments(info.reservations, served.deployment if served else None, used)
        category = pending[0].category
        if attack is None:
            failed = Verdict("judge", category, "error" if policy.fail_open else "block", 1.0, ("judge_failed",),
                             "input")
            if not policy.fail_open:
                raise ContentBlocked(failed)
            ctx.verdicts.append(failed)
            return
        v = Verdict("judge", category, "block" if attack else "allow", max(p.score for p in pending),
                    ("llm_judge",), "input")
        if attack:
            raise ContentBlocked(v)
        ctx.verdicts.append(v)

    @staticmethod
    def _check_size(ctx: RequestContext, policy: Policy) -> None:
        """Text beyond what the policy scans is refused, never passed on unscanned (a payload hidden after a
        megabyte of filler would otherwise slip through)."""
        if policy.max_scan_chars is None or len(ctx.raw) <= policy.max_scan_chars:
            return  # the body's bytes bound its characters: nothing to count
        size = sum(len(t) for t in texts(ctx))
        if size > policy.max_scan_chars:
            raise PayloadTooLarge(f"the request carries {size} characters of text; the guardrail policy "
                                  f"'{policy.name}' scans at most {policy.max_scan_chars}. Send less text, or ask an "
                                  f"admin to raise guardrails.policies.{policy.name}.max_scan_chars",
                                  code="too_large_to_scan")

    def _guard_input(self, ctx: RequestContext, policy: Policy) -> None:
        if ctx.endpoint == "embeddings":
            ctx.inputs = [self._checked(ctx, policy, t) for t in ctx.inputs]
        else:
            ctx.body = {**ctx.body, "messages": [self._checked_message(ctx, policy, m) for m in ctx.body["messages"]]}

    def _checked(self, ctx: RequestContext, policy: Policy, text: str, where: Any = "input") -> str:
        scope = ctx.principal.tenant_id if ctx.principal is not None else ""
        outcome = policy.check(text, where, ctx.masker if where == "input" else None, scope)
        ctx.verdicts.extend(outcome.verdicts)
        return outcome.text

    def _checked_message(self, ctx: RequestContext, policy: Policy, m: dict[str, Any]) -> dict[str, Any]:
        """A message with its text scanned: content, text parts, and earlier tool-call arguments (which carry
        the caller's restored values back in the next turn)."""
        content = m.get("content")
        if isinstance(content, str):
            m = {**m, "content": self._checked(ctx, policy, content)}
        elif isinstance(content, list):
            m = {**m, "content": [{**p, "text": self._checked(ctx, policy, p["text"])}
                                  if p.get("type") == "text" else p for p in content]}
        calls = m.get("tool_calls")
        if isinstance(calls, list) and calls:
            m = {**m, "tool_calls": [self._checked_call(ctx, policy, c) for c in calls]}
        return m

    def _checked_call(self, ctx: RequestContext, policy: Policy, call: Any) -> Any:
        fn = call.get("function") if isinstance(call, dict) else None
        if not isinstance(fn, dict) or not isinstance(fn.get("arguments"), str):
            return call
        return {**call, "function": {**fn, "arguments": self._checked(ctx, policy, fn["arguments"])}}

    def output(self, ctx: RequestContext, result: ChatResult) -> ChatResult:
        """Scan a whole answer's text (mask in place, or block), keep it for retention, then restore the
        caller's masked values in the text and in tool-call arguments."""
        policy = ctx.policy
        scan = policy is not None and bool(policy.output_scanners)
        masker = ctx.masker if ctx.masker is not None and ctx.masker.by_placeholder else None
        if not scan and masker is None and ctx.answers is None:
            return result
        body = orjson.loads(result.body)
        for choice in body.get("choices") or ():
            msg = choice.get("message") or {}
            if isinstance(msg.get("content"), str):
                text = self._checked(ctx, policy, msg["content"], "output") if scan and policy else msg["content"]
                if ctx.answers is not None:
                    ctx.answers.append(text)
                msg["content"] = masker.restore(text) if masker is not None else text
            if masker is not None:
                for call in msg.get("tool_calls") or ():
                    fn = call.get("function") or {}
                    if isinstance(fn.get("arguments"), str):
                        fn["arguments"] = masker.restore(fn["arguments"])
        return ChatResult(orjson.dumps(body), result.usage)
