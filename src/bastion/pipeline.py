"""One request, one path.

    auth → parse → route → authorize → quotas → guard.in → cache → retrieve → prompt/strategy
         → router → guard.out → settle quotas → cache store → record

A cache hit leaves the list early and goes straight to the output guardrails.

Every stage is a plain async callable over one :class:`RequestContext`. The lists are built once at
startup; data flows down them and never calls back up. HTTP details (headers, SSE framing) stay in
``bastion.server``; this module speaks in bodies, results and errors.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Any

import orjson

from bastion import validate
from bastion.abuse import AbuseMonitor
from bastion.cache_stage import Cache
from bastion.context import RequestContext, response_id
from bastion.errors import Authentication, InvalidRequest, PermissionDenied, UpstreamError
from bastion.ground_stage import Ground
from bastion.guard_stage import Guard
from bastion.guardrails.policy import ContentBlocked
from bastion.guardrails.registry import Guardrails
from bastion.guardrails.stream import ChunkFilter
from bastion.guardrails.vault import Vault
from bastion.identity.keys import KeyCache
from bastion.providers.base import CallInfo, ChatResult, EmbeddingResult
from bastion.quotas.service import Quotas, prompt_upper_bound
from bastion.recorder import Recorder
from bastion.router.router import Router

__all__ = ["Pipeline", "RequestContext"]

Stage = Callable[[RequestContext], Awaitable[None]]
log = logging.getLogger("bastion.pipeline")


class Pipeline:
    def __init__(self, keys: KeyCache, router: Router, recorder: Recorder, quotas: Quotas, guardrails: Guardrails,
                 abuse: AbuseMonitor, stream_window: int = 200, vault: Vault | None = None,
                 ground: Ground | None = None, cache: Cache | None = None) -> None:
        self.keys = keys
        self.abuse = abuse
        self.router = router
        self.recorder = recorder
        self.quotas = quotas
        self.guardrails = guardrails
        self.stream_window = stream_window
        self.vault = vault
        self.guard = Guard(guardrails, vault, router, quotas)
        self.ground = ground
        self.cache = cache
        # Stages before the model call, in order; a cache hit ends the list early.
        self.before: list[Stage] = [self.authenticate, self.parse, self.resolve_route, self.authorize,
                                    self.admit, self.guard.input]
        if cache is not None:
            self.before.append(cache.lookup)
        if ground is not None:
            self.before.append(ground.stage)

    # -- stages ------------------------------------------------------------------------------------------
    async def authenticate(self, ctx: RequestContext) -> None:
        if ctx.api_key:
            principal = await self.keys.resolve(ctx.api_key)
        elif ctx.key_hash:  # a web session: the key it acts as
            principal = await self.keys.resolve_hash(ctx.key_hash)
        else:
            raise Authentication("missing API key: send the header 'Authorization: Bearer <key>'",
                                 code="missing_api_key")
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
        if ctx.endpoint == "chat" and self.ground is not None and await self.ground.resolve(ctx):
            return  # an assistant: its own route, checked at startup; its key check is the assistant's
        want = "embedding" if ctx.endpoint == "embeddings" else "chat"
        if self.router.kind(ctx.route) != want:
            raise InvalidRequest(f"the model '{ctx.route}' is not a {want} model; pick one from GET /v1/models",
                                 param="model")

    async def authorize(self, ctx: RequestContext) -> None:
        assert ctx.principal is not None
        if ctx.grounding is None and not ctx.principal.may_use(ctx.route):
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

    async def _finish(self, ctx: RequestContext) -> None:
        """Settle every reservation with the real usage (refund what a failure did not use), then record."""
        usage = ctx.usage or {}
        tokens = usage.get("total_tokens")
        if ctx.grounding is not None and ctx.grounding.usage:  # a strategy's calls count against the quotas
            tokens = (tokens or 0) + ctx.grounding.usage.get("total_tokens", 0)
        if ctx.served is not None:
            ctx.model = self.router.deployments[ctx.served.deployment].cfg.model or ctx.served.deployment
            if usage:
                price = self.quotas.price({ctx.model})
                ctx.cost = price.cost(int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0))
        if ctx.reservation is not None:
            await self.quotas.settle([ctx.reservation], tokens, ctx.cost)
        if ctx.info is not None and ctx.info.reservations:
            await self.quotas.settle_deployments(ctx.info.reservations,
                                                 ctx.served.deployment if ctx.served else None, tokens)
        if self.cache is not None:
            await self.cache.store(ctx)
        self.recorder.record(ctx)
        if ctx.verdicts:
            await self.abuse.observe(ctx)

    async def _before(self, ctx: RequestContext) -> None:
        for stage in self.before:
            await stage(ctx)
            if ctx.cache is not None and ctx.cache.status == "hit":
                return

    # -- endpoints -----------------------------------------------------------------------------------------
    async def chat(self, ctx: RequestContext) -> ChatResult | AsyncGenerator[bytes, None]:
        """Run a chat completion: a whole result, or (for ``stream: true``) the SSE byte stream."""
        async with self._finish_on_failure(ctx):
            await self._before(ctx)
            if ctx.cache is not None and ctx.cache.status == "hit" and self.cache is not None:
                return await self._cached(ctx, self.cache)
            if ctx.grounding is not None and ctx.grounding.refused and self.ground is not None:
                return await self._refuse(ctx, self.ground)
            if ctx.stream:
                return await self._chat_stream(ctx)
            result, ctx.served = await self.router.chat(ctx.route, ctx.body, self._info(ctx))
            ctx.upstream_seconds = ctx.served.upstream_seconds
            ctx.usage = result.usage
            result = self.guard.output(ctx, result)
            if self.ground is not None:
                result = await self.ground.finish(ctx, result)
            result = _note_answer(ctx, result)
        await self._finish(ctx)
        return result

    async def _cached(self, ctx: RequestContext, cache: Cache) -> ChatResult | AsyncGenerator[bytes, None]:
        """A cache or curated-memory hit: no model call; the output guardrails still run on the answer."""
        result = _note_answer(ctx, self.guard.output(ctx, cache.result(ctx)))
        if not ctx.stream:
            await self._finish(ctx)
            return result
        events = cache.events(ctx, result)

        async def sse() -> AsyncGenerator[bytes, None]:
            try:
                for event in events:
                    yield event
            finally:
                await self._finish(ctx)

        return sse()

    async def _refuse(self, ctx: RequestContext, ground: Ground) -> ChatResult | AsyncGenerator[bytes, None]:
        """No evidence: the assistant's refusal, without a model call (so nothing can be invented)."""
        response_id(ctx)
        if not ctx.stream:
            result = ground.refusal(ctx)
            await self._finish(ctx)
            return result
        events = ground.refusal_stream(ctx)

        async def sse() -> AsyncGenerator[bytes, None]:
            try:
                yield b"".join(events)
            finally:
                await self._finish(ctx)

        return sse()

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
        ctx.stream_text = []

        async def sse() -> AsyncGenerator[bytes, None]:
            try:
                async for block in self._relay(ctx, stream, guard, client_wants_usage):
                    yield block
                if self.cache is not None:  # stored before [DONE]: a client asking again at once finds it
                    await self.cache.store(ctx, guard.verdicts if guard is not None else ())
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


    async def _relay(self, ctx: RequestContext, stream: Any, guard: ChunkFilter | None,
                     client_wants_usage: bool) -> AsyncGenerator[bytes, None]:
        """The upstream's events, usage noted, through the output guard; a grounded stream ends with its
        sources chunk."""
        head: dict[str, object] = {}
        ours = response_id(ctx)
        quoted = orjson.dumps(ours)
        async for batch in stream.events():
            out = []
            for raw, event in batch:
                if event.get("id") is not None and event["id"] != ours:  # Bastion's id on every chunk
                    raw = raw.replace(orjson.dumps(event["id"]), quoted, 1)
                    event["id"] = ours
                usage = event.get("usage")
                if usage:
                    ctx.usage = usage
                    if not client_wants_usage and not event.get("choices"):
                        continue
                if ctx.stream_text is not None:
                    _collect(event, ctx.stream_text, head)
                for chunk in guard.process(raw, event) if guard is not None else (raw,):
                    out.append(b"data: " + chunk + b"\n\n")
            if out:
                yield b"".join(out)
        if ctx.cache is not None and ctx.stream_text is not None:
            ctx.cache.answer, ctx.cache.finish = "".join(ctx.stream_text), head.get("finish")  # type: ignore[assignment]
        if ctx.grounding is not None and self.ground is not None:
            async for tail in self.ground.stream_tail(ctx, head):
                yield tail


def _collect(event: dict[str, object], text: list[str], head: dict[str, object]) -> None:
    """Keep a stream's answer text (grounding check, cache, response record), its id, created, model and how
    its first choice finished."""
    if not head and event.get("id"):
        head.update(id=event.get("id"), created=event.get("created"), model=event.get("model"))
    for choice in event.get("choices") or ():  # type: ignore[attr-defined]
        if choice.get("index", 0) != 0:
            continue
        delta = choice.get("delta") or {}
        if isinstance(delta.get("content"), str):
            text.append(delta["content"])
        if choice.get("finish_reason"):
            head["finish"] = choice["finish_reason"]


def _note_answer(ctx: RequestContext, result: ChatResult) -> ChatResult:
    """A whole answer under Bastion's response id; its text and finish reason noted for the cache."""
    body = orjson.loads(result.body)
    response_id(ctx)
    if ctx.cache is not None and ctx.cache.status == "miss":
        choice = (body.get("choices") or [{}])[0]
        content = (choice.get("message") or {}).get("content")
        ctx.cache.answer = content if isinstance(content, str) else None
        ctx.cache.finish = choice.get("finish_reason")
    if body.get("id") == ctx.response_id:
        return result
    body["id"] = ctx.response_id
    return ChatResult(orjson.dumps(body), result.usage)
