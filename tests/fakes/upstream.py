"""A scriptable fake OpenAI-compatible upstream (aiohttp.web, on loopback), standing in for remote
providers only. Each request takes the next scripted :class:`Act` (default: a normal answer), so a test can
inject status codes, delays, connection resets, cut streams and malformed chunks, and then read back what
the gateway sent (path, query, headers, body)."""

from __future__ import annotations

import asyncio
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiohttp import web
from multidict import CIMultiDict


@dataclass
class Act:
    status: int = 200
    body: dict[str, Any] | None = None  # error body for status != 200; /rerank: also a custom 200 body
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the response starts
    reset: bool = False  # drop the connection without answering
    cut_after: int | None = None  # stream: close after this many chunks, without [DONE]
    malformed_at: int | None = None  # stream: send a non-JSON chunk at this index
    chunk_delay: float = 0.0
    text: str = "Hello from the fake upstream."
    pieces: list[str] | None = None  # stream: exactly these content deltas (after the "[name] " prefix)
    arguments: str = '{"city": "Seoul"}'  # a forced tool call's arguments
    scorer: Callable[[str, str], float] | None = None  # /rerank: (query, document) -> score; default word overlap


@dataclass
class Seen:
    path: str
    query: dict[str, str]
    headers: CIMultiDict[str]
    body: dict[str, Any]


class FakeUpstream:
    def __init__(self, name: str = "fake") -> None:
        self.name = name
        self.acts: deque[Act] = deque()
        self.seen: list[Seen] = []
        self.app = web.Application(client_max_size=64 * 1024 * 1024)
        self.app.router.add_post("/{prefix:.*}chat/completions", self.chat)
        self.app.router.add_post("/{prefix:.*}embeddings", self.embeddings)
        self.app.router.add_post("/{prefix:.*}rerank", self.rerank)
        self.app.router.add_get("/{prefix:.*}models", self.models)
        self.runner: web.AppRunner | None = None
        self.port = 0

    def script(self, *acts: Act) -> None:
        self.acts.extend(acts)

    def reset(self) -> None:
        self.acts.clear()
        self.seen.clear()

    async def start(self) -> None:
        self.runner = web.AppRunner(self.app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def _begin(self, request: web.Request) -> tuple[Act, dict[str, Any]]:
        raw = await request.read()
        body = orjson.loads(raw) if raw else {}
        self.seen.append(Seen(request.path, dict(request.query), CIMultiDict(request.headers), body))
        act = self.acts.popleft() if self.acts else Act()
        if act.delay:
            await asyncio.sleep(act.delay)
        if act.reset:
            assert request.transport is not None
            request.transport.abort()
            raise asyncio.CancelledError
        return act, body

    def _error(self, act: Act) -> web.Response:
        body = act.body or {"error": {"message": f"fake {act.status}", "type": "server_error", "code": None}}
        return web.Response(status=act.status, body=orjson.dumps(body), headers=act.headers,
                            content_type="application/json")

    async def chat(self, request: web.Request) -> web.StreamResponse:
        act, body = await self._begin(request)
        if act.status != 200:
            return self._error(act)
        model = body.get("model", "?")
        created = int(time.time())
        if body.get("tools") and body.get("tool_choice") not in (None, "none", "auto"):
            message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function",
                "function": {"name": body["tools"][0]["function"]["name"], "arguments": act.arguments}}]}
            finish = "tool_calls"
        else:
            message = {"role": "assistant", "content": f"[{self.name}] {act.text}"}
            finish = "stop"
        usage = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
        if not body.get("stream"):
            return web.json_response({"id": "chatcmpl-fake", "object": "chat.completion", "created": created,
                                      "model": model, "choices": [{"index": 0, "message": message,
                                                                   "finish_reason": finish}],
                                      "usage": usage}, dumps=lambda o: orjson.dumps(o).decode())
        return await self._stream(request, act, body, message, finish, usage, model, created)

    async def _stream(self, request: web.Request, act: Act, body: dict[str, Any], message: dict[str, Any],
                      finish: str, usage: dict[str, int], model: str, created: int) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await resp.prepare(request)
        base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": created, "model": model}
        deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
        if message.get("tool_calls"):
            deltas.append({"tool_calls": [{"index": 0, **message["tool_calls"][0]}]})
        elif act.pieces is not None:
            deltas += [{"content": f"[{self.name}] "}, *({"content": p} for p in act.pieces)]
        else:
            deltas += [{"content": w + " "} for w in message["content"].split(" ")]
        events = [{**base, "choices": [{"index": 0, "delta": d, "finish_reason": None}]} for d in deltas]
        events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
        if (body.get("stream_options") or {}).get("include_usage"):
            events.append({**base, "choices": [], "usage": usage})
        for i, ev in enumerate(events):
            if act.cut_after is not None and i >= act.cut_after:
                assert request.transport is not None
                request.transport.close()
                return resp
            payload = b"{not json" if act.malformed_at == i else orjson.dumps(ev)
            await resp.write(b"data: " + payload + b"\n\n")
            if act.chunk_delay:
                await asyncio.sleep(act.chunk_delay)
        await resp.write(b"data: [DONE]\n\n")
        await resp.write_eof()
        return resp

    async def embeddings(self, request: web.Request) -> web.Response:
        act, body = await self._begin(request)
        if act.status != 200:
            return self._error(act)
        import base64

        import numpy as np

        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = []
        for i, text in enumerate(inputs):
            vec = np.full(8, float(len(text)), dtype="<f4")
            emb: Any = base64.b64encode(vec.tobytes()).decode() if body.get("encoding_format") == "base64" \
                else vec.tolist()
            data.append({"object": "embedding", "index": i, "embedding": emb})
        return web.json_response({"object": "list", "data": data, "model": body.get("model"),
                                  "usage": {"prompt_tokens": 3 * len(inputs), "total_tokens": 3 * len(inputs)}})

    async def rerank(self, request: web.Request) -> web.Response:
        """The rerank API of vLLM, Jina and Cohere v2: results best first, at most ``top_n``."""
        act, body = await self._begin(request)
        if act.status != 200:
            return self._error(act)
        if act.body is not None:
            return web.json_response(act.body)
        query, docs = body["query"], body["documents"]
        scorer = act.scorer or overlap
        ranked = sorted(((scorer(query, d), i) for i, d in enumerate(docs)), key=lambda x: -x[0])
        results = [{"index": i, "relevance_score": score, "document": {"text": docs[i]}}
                   for score, i in ranked[: body.get("top_n") or len(docs)]]
        return web.json_response({"id": "rerank-fake", "model": body.get("model"), "results": results,
                                  "usage": {"total_tokens": sum(len(d.split()) for d in docs)}})

    async def models(self, request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [{"id": "fake-model", "object": "model"}]})


def overlap(query: str, document: str) -> float:
    """The share of the query's words that the document contains."""
    words = set(re.findall(r"\w+", query.lower()))
    return len(words & set(re.findall(r"\w+", document.lower()))) / max(1, len(words))
