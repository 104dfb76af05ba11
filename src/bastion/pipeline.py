"""One request, one path.

    auth → parse → route → authorize → quotas → (guard.in → cache → retrieve → prompt: later stages)
         → router → (guard.out) → settle quotas → record

Every stage is a plain async callable over one :class:`RequestContext`. The lists are built once at
startup; data flows down them and never calls back up. HTTP details (headers, SSE framing) stay in
``bastion.server``; this module speaks in bodies, results and errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from bastion import validate
from bastion.abuse import AbuseMonitor
from bastion.errors import (
    Authentication,
    BastionError,
    InvalidRequest,
    PayloadTooLarge,
    PermissionDenied,
    UpstreamError,
)
from bastion.guardrails import judge
from bastion.guardrails.masking import Masker
from bastion.guardrails.policy import ContentBlocked, Policy, Verdict
from bastion.guardrails.registry import Guardrails
from bastion.guardrails.stream import ChunkFilter
from bastion.guardrails.vault import Vault
from bastion.identity.base import Principal, hash_key
from bastion.identity.keys import KeyCache
from bastion.providers.base import CallInfo, ChatResult, EmbeddingResult
from bastion.quotas.service import Quotas, Reservation, prompt_upper_bound
from bastion.recorder import Recorder
from bastion.router.router import Router, Served


@dataclass(slots=True)
class RequestContext:
    request_id: str
    endpoint: str  # chat | embeddings
    api_key: str | None
    raw: bytes
    body: dict[str, Any] = field(default_factory=dict)
    inputs: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    route: str = ""
    stream: bool = False
    principal: Principal | None = None
    served: Served | None = None
    usage: dict[str, Any] | None = None
    status: int = 200
    error_code: str | None = None
    upstream_seconds: float = 0.0
    ttft: float | None = None
    recorded: bool = False
    info: CallInfo | None = None
    reservation: Reservation | None = None
    model: str | None = None  # the deployment's model that answered (prices are per model)
    cost: float | None = None
    policy: Policy | None = None
    verdicts: list[Verdict] = field(default_factory=list)
    conversation: str | None = None  # x-bastion-conversation: masked values keep their placeholders across turns
    masker: Masker | None = None
    answers: list[str] | None = None  # the answer text as released (masked), kept when the tenant retains bodies
    scanned: bool = False  # the input passed the scanners (and so is masked where the policy masks)

    def fail(self, e: BaseException) -> None:
        self.status = e.status if isinstance(e, BastionError) else 500
        self.error_code = (e.code or e.type) if isinstance(e, BastionError) else "internal_error"
        if isinstance(e, ContentBlocked):  # input, whole answer or stream: the blocking verdict is audited
            self.verdicts.append(e.verdict)


Stage = Callable[[RequestContext], Awaitable[None]]


def _texts(ctx: RequestContext, skip_system: bool = False) -> list[str]:
    """The request's text: embedding inputs, or every message's text (optionally without system prompts)."""
    if ctx.endpoint == "embeddings":
        return ctx.inputs
    return [t for m in ctx.body["messages"] if not (skip_system and m.get("role") == "system")
            for t in validate.message_texts(m)]


def _scope(ctx: RequestContext) -> str:
    """Where a request's PII mapping lives: its conversation, but only for the same caller (a conversation id
    is the client's choice, so another key naming it must not read this key's values back), or the request."""
    if ctx.conversation is None:
        return ctx.request_id
    assert ctx.principal is not None and ctx.api_key is not None
    return f"{ctx.principal.user_id or hash_key(ctx.api_key)[:32]}:{ctx.conversation}"
log = logging.getLogger("bastion.pipeline")
INLINE_SCAN_BYTES = 32 * 1024  # bodies above this are scanned in a worker thread


class Pipeline:
    def __init__(self, keys: KeyCache, router: Router, recorder: Recorder, quotas: Quotas, guardrails: Guardrails,
                 abuse: AbuseMonitor, stream_window: int = 200, vault: Vault | None = None) -> None:
        self.keys = keys
        self.abuse = abuse
        self.router = router
        self.recorder = recorder
        self.quotas = quotas
        self.guardrails = guardrails
        self.stream_window = stream_window
        self.vault = vault
        # Stages before the model call, in order. Cache, retrieval and prompt strategies slot in after the
        # input guardrails as they arrive.
        self.before: list[Stage] = [self.authenticate, self.parse, self.resolve_route, self.authorize,
                                    self.admit, self.guard_input]

    # -- stages ------------------------------------------------------------------------------------------
    async def authenticate(self, ctx: RequestContext) -> None:
        if not ctx.api_key:
            raise Authentication("missing API key: send the header 'Authorization: Bearer <key>'",
                                 code="missing_api_key")
        principal = await self.keys.resolve(ctx.api_key)
        if principal is None:
            raise Authentication("invalid API key: check the key, or ask an admin for a new one")
        ctx.principal = principal
        if principal.suspended:
            raise PermissionDenied("this API key is suspended after repeated content-policy violations; an admin "
                                   "can lift the suspension (POST /admin/offenders/{key_id}/lift)",
                                   code="key_suspended")

    async def parse(self, ctx: RequestContext) -> None:
        ctx.body = validate.parse_json(ctx.raw)
        if ctx.endpoint == "embeddings":
            ctx.route, ctx.inputs = validate.embeddings(ctx.body)
        else:
            ctx.route = validate.chat(ctx.body)
            ctx.stream = bool(ctx.body.get("stream"))

    async def resolve_route(self, ctx: RequestContext) -> None:
        want = "embedding" if ctx.endpoint == "embeddings" else "chat"
        if self.router.kind(ctx.route) != want:
            raise InvalidRequest(f"the model '{ctx.route}' is not a {want} model; pick one from GET /v1/models",
                                 param="model")

    async def authorize(self, ctx: RequestContext) -> None:
        assert ctx.principal is not None
        if not ctx.principal.may_use(ctx.route):
            raise PermissionDenied(f"this API key may not use the model '{ctx.route}'; ask an admin to add it "
                                   "to the key's allowed_models", param="model")

    async def admit(self, ctx: RequestContext) -> None:
        assert ctx.principal is not None
        prompt = prompt_upper_bound(ctx.body, ctx.inputs)
        max_tokens = ctx.body.get("max_completion_tokens") or ctx.body.get("max_tokens")
        if ctx.endpoint == "embeddings":
            max_tokens = 0
        elif max_tokens is not None:
            max_tokens *= int(ctx.body.get("n") or 1)
        price = self.quotas.price(self.router.models_of(ctx.route))
        principal = ctx.principal
        if principal.throttled:  # the abuse monitor holds this key to the throttle rate
            rpm = min(principal.key_limits.rpm or self.abuse.cfg.throttle_rpm, self.abuse.cfg.throttle_rpm)
            principal = dataclasses.replace(principal, key_limits=dataclasses.replace(principal.key_limits, rpm=rpm))
        ctx.reservation = await self.quotas.admit(principal, prompt, max_tokens, price)
        ctx.info = CallInfo(ctx.request_id, tokens=self.quotas.worst_case(prompt, max_tokens))

    async def guard_input(self, ctx: RequestContext) -> None:
        """Scan every message (tool results included) or embedding input; mask or block per the policy."""
        assert ctx.principal is not None
        p = ctx.principal
        ctx.policy = policy = self.guardrails.policy_for(p.tenant_id, ctx.route, p.policy)
        if p.retention == "full":
            ctx.answers = []
        if not policy.scanners:
            return
        self._check_size(ctx, policy)
        if policy.restores and self.vault is not None:
            ctx.masker = Masker(await self.vault.load(p.tenant_id, _scope(ctx)) if ctx.conversation else None)
        if len(ctx.raw) > INLINE_SCAN_BYTES:  # a big body takes the scanners milliseconds to seconds: keep the
            await asyncio.to_thread(self._guard_input, ctx, policy)  # event loop serving everyone else meanwhile
        else:
            self._guard_input(ctx, policy)
        ctx.scanned = True
        if policy.judge is not None:
            await self._judge(ctx, policy)
        if ctx.masker is not None and ctx.masker.added and self.vault is not None:
            await self.vault.save(p.tenant_id, _scope(ctx), ctx.masker.mapping())

    async def _judge(self, ctx: RequestContext, policy: Policy) -> None:
        """Ask the policy's judge route about borderline injection findings; ATTACK blocks the request."""
        j = policy.judge
        pending = judge.borderline(ctx.verdicts, tuple(j.categories), j.low, j.high)
        if not pending:
            return
        texts = _texts(ctx, skip_system=True)  # masked already: no PII reaches the judge
        info = CallInfo(f"{ctx.request_id}-judge")
        try:
            result, served = await self.router.chat(j.route, judge.request(texts), info)
            attack = judge.verdict_of(result.body)
        except BastionError as e:
            log.warning("the guardrail judge (%s) failed: %s", j.route, e)
            attack, result, served = None, None, None
        used = (result.usage or {}).get("total_tokens") if result is not None else None
        for name, r in info.reservations:  # the judge's deployment quota: settled like any call
            await self.quotas.settle([r], used if served and name == served.deployment else None, None)
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
        size = sum(len(t) for t in _texts(ctx))
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
        outcome = policy.check(text, where, ctx.masker if where == "input" else None)
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

    def guard_output(self, ctx: RequestContext, result: ChatResult) -> ChatResult:
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

    async def _finish(self, ctx: RequestContext) -> None:
        """Settle every reservation with the real usage (refund what a failure did not use), then record."""
        usage = ctx.usage or {}
        tokens = usage.get("total_tokens")
        if ctx.served is not None:
            ctx.model = self.router.deployments[ctx.served.deployment].cfg.model or ctx.served.deployment
            if usage:
                price = self.quotas.price({ctx.model})
                ctx.cost = price.cost(int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0))
        if ctx.reservation is not None:
            await self.quotas.settle([ctx.reservation], tokens, ctx.cost)
        if ctx.info is not None and ctx.info.reservations:  # deployment quotas: the one that answered used the
            served = ctx.served.deployment if ctx.served else None  # tokens; failed attempts are refunded
            for name, r in ctx.info.reservations:
                await self.quotas.settle([r], tokens if name == served else None, None)
        self.recorder.record(ctx)
        if ctx.verdicts:
            await self.abuse.observe(ctx)

    async def _before(self, ctx: RequestContext) -> None:
        for stage in self.before:
            await stage(ctx)

    # -- endpoints -----------------------------------------------------------------------------------------
    async def chat(self, ctx: RequestContext) -> ChatResult | AsyncGenerator[bytes, None]:
        """Run a chat completion: a whole result, or (for ``stream: true``) the SSE byte stream."""
        async with self._finish_on_failure(ctx):
            await self._before(ctx)
            if ctx.stream:
                return await self._chat_stream(ctx)
            result, ctx.served = await self.router.chat(ctx.route, ctx.body, self._info(ctx))
            ctx.upstream_seconds = ctx.served.upstream_seconds
            ctx.usage = result.usage
            result = self.guard_output(ctx, result)
        await self._finish(ctx)
        return result

    async def embed(self, ctx: RequestContext) -> EmbeddingResult:
        async with self._finish_on_failure(ctx):
            await self._before(ctx)
            result, ctx.served = await self.router.embed(ctx.route, ctx.inputs, ctx.body, self._info(ctx))
        ctx.upstream_seconds = ctx.served.upstream_seconds
        ctx.usage = {"prompt_tokens": result.prompt_tokens, "total_tokens": result.prompt_tokens}
        await self._finish(ctx)
        return result

    @staticmethod
    def _info(ctx: RequestContext) -> CallInfo:
        if ctx.info is None:
            ctx.info = CallInfo(ctx.request_id)
        return ctx.info

    @contextlib.asynccontextmanager
    async def _finish_on_failure(self, ctx: RequestContext) -> AsyncIterator[None]:
        """A request that fails before its answer starts is settled and recorded here."""
        try:
            yield
        except BaseException as e:
            ctx.fail(e)
            await self._finish(ctx)
            raise

    async def _chat_stream(self, ctx: RequestContext) -> AsyncGenerator[bytes, None]:
        """Open the stream (retrying until the first visible chunk), then return the SSE byte stream.
        Failures to open it are recorded by the caller; the stream records itself when it ends.

        Errors before the first byte raise normally (and become a JSON error response); errors after it
        become a final ``data: {"error": ...}`` event with no ``[DONE]``, so no client mistakes a cut
        stream for a complete answer.
        """
        client_wants_usage = bool((ctx.body.get("stream_options") or {}).get("include_usage"))
        body = {**ctx.body, "stream_options": {"include_usage": True}}  # exact usage for every stream
        stream, ctx.served = await self.router.stream(ctx.route, body, self._info(ctx))
        ctx.upstream_seconds = ctx.served.upstream_seconds
        ctx.ttft = time.perf_counter() - ctx.started

        guard: ChunkFilter | None = ChunkFilter(ctx.policy, self.stream_window, ctx.masker, ctx.answers is not None)
        if guard is not None and not guard.active:
            guard = None

        async def sse() -> AsyncGenerator[bytes, None]:
            try:
                async for batch in stream.events():
                    out = []
                    for raw, event in batch:
                        usage = event.get("usage")
                        if usage:
                            ctx.usage = usage
                            if not client_wants_usage and not event.get("choices"):
                                continue
                        for chunk in guard.process(raw, event) if guard is not None else (raw,):
                            out.append(b"data: " + chunk + b"\n\n")
                    if out:
                        yield b"".join(out)
                yield b"data: [DONE]\n\n"
            except ContentBlocked as e:  # what was held back is never sent
                ctx.fail(e)
                yield b"data: " + orjson.dumps(e.to_dict()) + b"\n\n"
            except UpstreamError as e:
                ctx.fail(e)
                e.message = f"the stream was interrupted: {e.message}"
                yield b"data: " + orjson.dumps(e.to_dict()) + b"\n\n"
            except BaseException as e:  # client went away (cancelled) or a bug: record, then let it go
                ctx.fail(e)
                if not isinstance(e, Exception):
                    ctx.status, ctx.error_code = 499, "client_closed"
                raise
            finally:
                if guard is not None:
                    ctx.verdicts.extend(guard.verdicts)
                    if ctx.answers is not None:
                        ctx.answers.extend(guard.text())
                await self._finish(ctx)

        return sse()
