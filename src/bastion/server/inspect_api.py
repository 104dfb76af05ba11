"""The sampling inspector: ``POST /v1/inspect/next-token``.

For a prompt on a chat route it returns the next-token distribution before and after temperature and top-p,
so a chart can show a peaked distribution next to a flat one. Nothing is generated for the client.

Request::

    {"model": "smollm2",                  # a chat route (GET /v1/models)
     "messages": [{"role": "user", "content": "..."}],   # chat format: the model's chat template is applied
                                          # as for a chat request; the next token is the answer's first token
     "prompt": "raw text",                # or this instead of messages (local models only): no template
     "temperature": 1.0,                  # 0..2; 0 is greedy
     "top_p": 1.0,                        # (0, 1]
     "top_k": 10}                         # 1..50: how many tokens to list (not a sampler setting)

Response::

    {"object": "inspect.next_token", "model": "smollm2", "deployment": "smollm2-local",
     "temperature": 1.0, "top_p": 0.9, "top_k": 10,
     "tokens": [{"token": " Paris", "id": 3681, "logprob": -0.26, "p_raw": 0.77, "p_sampled": 0.83,
                 "kept": true}, ...],     # p_raw descending
     "entropy": {"raw": 1.9, "sampled": 1.1},    # bits
     "kept": 4,                           # tokens in the top-p nucleus (the whole vocabulary)
     "mass_shown": {"raw": 0.93, "sampled": 1.0},  # probability the listed tokens hold
     "order": "top_p_first",              # or "temperature_first" (see bastion.sampling)
     "prompt_tokens": 37,
     "source": "logits"}                  # or "logprobs", with a "note"

``p_raw`` is the softmax of the raw logits (temperature 1, every token); ``p_sampled`` what the sampler draws
from after temperature and top-p; ``kept`` whether the token survives top-p. The list holds the ``top_k``
tokens by ``p_raw`` plus any of the ``top_k`` by ``p_sampled``.

Local models (``source: "logits"``): computed from the model's real logits over the whole vocabulary, in
llama.cpp's order (top-p on the temperature-1 distribution, then temperature on the survivors). The prompt
stays on the machine, so it skips the input guardrails, and nothing is charged (no quota either: the model's
bounded queue answers 429 when busy). Real local chat requests also apply the deployment's top_k and min_p
(40 and 0.05 unless the request sets them); the inspector shows temperature and top-p alone.

Remote routes (``source: "logprobs"``): a one-token completion asks the deployment for its top logprobs
(at most 20) at temperature 1; temperature and top-p are applied here, temperature first as OpenAI-style
servers do. The request goes through the input guardrails, quotas and request log like a chat completion of
one token. Routes whose deployments cannot return logprobs (``capabilities.logprobs: false``) get a 400.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

import numpy as np
import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bastion import sampling, validate
from bastion.errors import InvalidRequest, Unsupported, UpstreamError
from bastion.pipeline import RequestContext
from bastion.providers.base import CallInfo, ChatResult
from bastion.providers.local import LocalProvider, NextToken
from bastion.router.state import Deployment
from bastion.server.routes import JSON, _context

MAX_TOP_LOGPROBS = 20  # OpenAI's limit, and most compatible servers'
REMOTE_NOTE = ("Only the provider's top {n} tokens are known. p_raw is the provider's own probability (temperature 1, "
               "whole vocabulary); p_sampled, kept and both entropies treat these {n} tokens as the whole vocabulary "
               "(renormalised within them), so p_sampled overstates each token by about 1/mass_shown.raw. The "
               "provider's sampler order is unknown: temperature is applied before top-p, as OpenAI-style servers "
               "(vLLM, transformers) do.")


class InspectRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    model: str = Field(min_length=1)
    messages: list[dict[str, Any]] | None = None
    prompt: str | None = Field(None, min_length=1)
    temperature: float = Field(1.0, ge=0, le=2)
    top_p: float = Field(1.0, gt=0, le=1)
    top_k: int = Field(10, ge=1, le=50)


def _parse(raw: bytes) -> InspectRequest:
    try:
        req = InspectRequest.model_validate_json(raw or b"{}")
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(x) for x in err["loc"]) or None
        raise InvalidRequest(f"{loc or 'body'}: {err['msg']}", param=loc) from None
    if (req.messages is None) == (req.prompt is None):
        raise InvalidRequest("send either 'messages' (chat format) or 'prompt' (raw text), not both or neither",
                             param="messages")
    if req.messages is not None:
        validate.chat({"model": req.model, "messages": req.messages})
        for i, m in enumerate(req.messages):
            if isinstance(m.get("content"), list) and any(p.get("type") != "text" for p in m["content"]):
                raise InvalidRequest("the inspector takes text only: drop the non-text content parts",
                                     param=f"messages[{i}].content")
    return req


def _chain(s: Any, route: str) -> list[Deployment]:
    names = [route, *s.router.routes[route].cfg.fallbacks]
    return [d for n in names for d, _ in s.router.routes[n].targets]


def _inspectable(s: Any, route: str) -> list[Deployment]:
    """The deployments that can show next-token probabilities: chat ones with logprobs (the router's need)."""
    return [d for d in _chain(s, route) if d.cfg.kind == "chat" and d.cfg.capabilities.logprobs]


def _refuse(s: Any, ctx: RequestContext) -> Unsupported:
    assert ctx.principal is not None
    ok = [n for n in sorted(s.router.routes)
          if s.router.kind(n) == "chat" and ctx.principal.may_use(n) and _inspectable(s, n)]
    providers = sorted({d.cfg.provider for d in _chain(s, ctx.route)})
    where = f"inspect one of: {', '.join(ok)}" if ok else "no route available to this key can be inspected"
    return Unsupported(f"the model '{ctx.route}' runs on a provider ({', '.join(providers)}) that does not expose "
                       f"next-token probabilities; local models do, and remote ones whose deployments return "
                       f"logprobs. {where}", param="model", code="next_token_unavailable")


async def next_token(request: Request) -> Response:
    s = request.app.state.services
    pipe = s.pipeline
    ctx = await _context(request, "inspect")
    async with pipe._finish_on_failure(ctx):
        await pipe.authenticate(ctx)
        req = _parse(ctx.raw)
        ctx.route = req.model
        if s.router.kind(req.model) != "chat":  # an unknown model is the router's 404
            raise InvalidRequest(f"the model '{req.model}' is not a chat model; pick one from GET /v1/models",
                                 param="model")
        await pipe.authorize(ctx)
        targets = _inspectable(s, ctx.route)
        if not targets:
            raise _refuse(s, ctx)
        local_body = {"messages": req.messages, "prompt": req.prompt}
        ctx.info = CallInfo(ctx.request_id)
        if any(not isinstance(d.provider, LocalProvider) for d in targets):
            if req.prompt is not None:
                raise InvalidRequest(f"the model '{ctx.route}' may be served remotely, where only chat messages "
                                     "can be inspected: send 'messages' instead of 'prompt'", param="prompt")
            ctx.body = {"model": ctx.route, "messages": req.messages, "max_tokens": 1, "temperature": 1.0,
                        "top_p": 1.0, "logprobs": True, "top_logprobs": min(req.top_k, MAX_TOP_LOGPROBS)}
            await pipe.admit(ctx)  # a one-token chat completion: the key's quotas, then the input guardrails
            await pipe.guard.input(ctx)

        async def op(dep: Deployment) -> NextToken | ChatResult:
            if isinstance(dep.provider, LocalProvider):
                return await dep.provider.next_token_logits(local_body, req.top_k)
            assert ctx.info is not None
            return await dep.provider.chat(dict(ctx.body), ctx.info)

        raw, ctx.served = await s.router.run(ctx.route, {"logprobs"}, op, ctx.info)
        ctx.upstream_seconds = ctx.served.upstream_seconds
        if isinstance(raw, NextToken):
            out = await asyncio.to_thread(_from_logits, raw, req)
        else:
            ctx.usage = raw.usage
            out = _from_logprobs(_top_logprobs(raw, ctx.served.deployment), req)
            out["prompt_tokens"] = (raw.usage or {}).get("prompt_tokens")
    await pipe._finish(ctx)
    head = {"object": "inspect.next_token", "model": ctx.route, "deployment": ctx.served.deployment,
            "temperature": req.temperature, "top_p": req.top_p, "top_k": req.top_k}
    return Response(orjson.dumps({**head, **out}), media_type=JSON)


def _from_logits(nt: NextToken, req: InspectRequest) -> dict[str, Any]:
    d = sampling.distribution(nt.logits, req.temperature, req.top_p, "top_p_first")
    ids = sampling.shown(d, req.top_k)
    tokens = [{"token": nt.texts[r["id"]], **r} for r in sampling.rows(d, ids)]
    return {"tokens": tokens, **sampling.summary(d, ids), "order": "top_p_first",
            "prompt_tokens": nt.prompt_tokens, "source": "logits"}


def _top_logprobs(result: ChatResult, deployment: str) -> list[tuple[str, float]]:
    """The first generated token's top logprobs from a chat completion body."""
    try:
        first = orjson.loads(result.body)["choices"][0]["logprobs"]["content"][0]
        tops = first.get("top_logprobs") or [first]
        found = [(str(t["token"]), float(t["logprob"])) for t in tops]
    except (orjson.JSONDecodeError, KeyError, IndexError, TypeError, ValueError, AttributeError):
        found = []
    found = [(t, lp) for t, lp in found if math.isfinite(lp)]
    if not found:
        raise UpstreamError(f"deployment '{deployment}' answered without top_logprobs; if its server cannot return "
                            "them, set capabilities.logprobs: false for it", retriable=False)
    return found


def _from_logprobs(tops: list[tuple[str, float]], req: InspectRequest) -> dict[str, Any]:
    tops = sorted(tops, key=lambda t: -t[1])[:MAX_TOP_LOGPROBS]
    logprobs = np.array([lp for _, lp in tops], dtype=np.float64)
    d = sampling.distribution(logprobs, req.temperature, req.top_p, "temperature_first")
    ids = sampling.shown(d, req.top_k)
    p_true = np.exp(logprobs)
    tokens = [{"token": tops[r["id"]][0], **r, "id": None, "logprob": float(logprobs[r["id"]]),
               "p_raw": float(p_true[r["id"]])} for r in sampling.rows(d, ids)]
    figures = sampling.summary(d, ids)
    figures["mass_shown"]["raw"] = float(p_true[ids].sum())
    return {"tokens": tokens, **figures, "order": "temperature_first", "source": "logprobs",
            "note": REMOTE_NOTE.format(n=len(tops))}


ROUTES = [Route("/v1/inspect/next-token", next_token, methods=["POST"])]
