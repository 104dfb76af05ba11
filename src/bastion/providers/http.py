"""Shared transport for providers that speak OpenAI's HTTP API (OpenAI, Azure, vLLM, Ollama, llama.cpp).

One pooled aiohttp session per deployment, a connect and a read timeout on every call, and errors mapped
by status and body fields. Subclasses only say where requests go and how to authenticate.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import io
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import numpy as np
import orjson
from pydantic import BaseModel, ConfigDict, SecretStr, ValidationError

from bastion.config import DeploymentConfig
from bastion.errors import ConfigError, StreamCut, UpstreamError, UpstreamTimeout, from_upstream
from bastion.providers.base import CallInfo, ChatResult, EmbeddingResult

_BIG_BODY = 1 << 20
_CONNECTION_ERRORS = (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, ConnectionError)


def parse_options(model: type[BaseModel], name: str, cfg: DeploymentConfig) -> Any:
    """Validate a deployment's provider-specific keys, failing like any other config error."""
    try:
        return model(**cfg.options)
    except ValidationError as e:
        err = e.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        fix = "remove it" if err["type"] == "extra_forbidden" else "see docs/configuration.md"
        raise ConfigError(None, f"deployments.{name}.{key}", err["msg"], fix) from None


class HTTPOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    base_url: str = "https://api.openai.com/v1"
    api_key: SecretStr | None = None
    organization: str | None = None
    headers: dict[str, str] = {}
    max_connections: int = 256


class HTTPProvider:
    """An OpenAI-style HTTP upstream. Subclasses override :meth:`url` and :meth:`auth_headers`."""

    def __init__(self, name: str, cfg: DeploymentConfig, opts: HTTPOptions) -> None:
        self.name = name
        self.cfg = cfg
        self.opts = opts
        self._base = opts.base_url.rstrip("/")
        self._timeout = aiohttp.ClientTimeout(
            total=None, connect=cfg.connect_timeout, sock_connect=cfg.connect_timeout, sock_read=cfg.read_timeout
        )
        self._headers = {"content-type": "application/json", **opts.headers, **self.auth_headers()}
        self._session: aiohttp.ClientSession | None = None

    # -- what subclasses vary -------------------------------------------------------------------------
    def url(self, path: str) -> str:
        return f"{self._base}/{path}"

    def auth_headers(self) -> dict[str, str]:
        h = {}
        if self.opts.api_key is not None:
            h["authorization"] = f"Bearer {self.opts.api_key.get_secret_value()}"
        if self.opts.organization:
            h["openai-organization"] = self.opts.organization
        return h

    def prepare(self, body: dict[str, Any]) -> dict[str, Any]:
        if self.cfg.model:
            body["model"] = self.cfg.model
        return body

    # -- transport -------------------------------------------------------------------------------------
    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self.opts.max_connections, keepalive_timeout=60,
                                             enable_cleanup_closed=True)
            self._session = aiohttp.ClientSession(connector=connector, timeout=self._timeout,
                                                  skip_auto_headers=("User-Agent",), auto_decompress=True)
        return self._session

    async def _post(self, path: str, body: dict[str, Any], info: CallInfo) -> aiohttp.ClientResponse:
        headers = self._headers
        if info.headers:
            headers = {**headers, **info.headers}
        raw = orjson.dumps(body)
        # aiohttp writes a file-like body in chunks instead of one loop-locking write
        data: bytes | io.BytesIO = io.BytesIO(raw) if len(raw) > _BIG_BODY else raw
        try:
            resp = await self.session.post(self.url(path), data=data, headers=headers)
        except (TimeoutError, aiohttp.ServerTimeoutError) as e:
            raise UpstreamTimeout(f"deployment '{self.name}' did not answer in time ({type(e).__name__}); "
                                  "raise read_timeout/connect_timeout if the model is slow") from None
        except _CONNECTION_ERRORS as e:
            raise UpstreamError(f"deployment '{self.name}' is unreachable: {type(e).__name__}") from None
        if resp.status >= 400:
            data = await self._read(resp)
            raise from_upstream(resp.status, data, dict(resp.headers), self.name)
        return resp

    async def _read(self, resp: aiohttp.ClientResponse) -> bytes:
        try:
            return await resp.read()
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise UpstreamTimeout(f"deployment '{self.name}' stopped answering mid-response") from None
        except _CONNECTION_ERRORS as e:
            raise UpstreamError(f"deployment '{self.name}' cut the response: {type(e).__name__}") from None
        finally:
            resp.release()

    async def chat(self, body: dict[str, Any], info: CallInfo) -> ChatResult:
        resp = await self._post("chat/completions", self.prepare(body), info)
        data = await self._read(resp)
        try:
            parsed = orjson.loads(data)
        except orjson.JSONDecodeError:
            raise UpstreamError(f"deployment '{self.name}' returned a body that is not JSON") from None
        if not isinstance(parsed, dict) or "choices" not in parsed:
            raise UpstreamError(f"deployment '{self.name}' returned JSON without 'choices'")
        return ChatResult(body=data, usage=parsed.get("usage"))

    async def stream(self, body: dict[str, Any], info: CallInfo) -> AsyncIterator[list[bytes]]:
        resp = await self._post("chat/completions", self.prepare(body), info)
        try:
            async for batch in _sse_batches(resp, self.name):
                yield batch
        finally:
            resp.release()

    async def embed(self, inputs: list[str], body: dict[str, Any], info: CallInfo) -> EmbeddingResult:
        req = {k: v for k, v in body.items() if k not in ("encoding_format", "input_type")}
        req["input"] = inputs
        req["encoding_format"] = "base64"
        resp = await self._post("embeddings", self.prepare(req), info)
        data = await self._read(resp)
        try:
            parsed = orjson.loads(data)
            rows = sorted(parsed["data"], key=lambda d: d["index"])
            vectors = [_decode_vector(r["embedding"]) for r in rows]
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            raise UpstreamError(f"deployment '{self.name}' returned a malformed embeddings body") from None
        usage = parsed.get("usage") or {}
        return EmbeddingResult(vectors=vectors, prompt_tokens=int(usage.get("prompt_tokens") or 0),
                               model=str(parsed.get("model") or self.cfg.model or self.name))

    async def check(self) -> str | None:
        try:
            async with self.session.get(self.url("models"), headers=self._headers,
                                        timeout=aiohttp.ClientTimeout(total=3)) as resp:
                if resp.status >= 500:
                    return f"HTTP {resp.status}"
        except (TimeoutError, *_CONNECTION_ERRORS) as e:
            return f"unreachable ({type(e).__name__})"
        return None

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()


def _decode_vector(v: Any) -> list[float]:
    if isinstance(v, str):
        return np.frombuffer(base64.b64decode(v), dtype="<f4").tolist()
    return [float(x) for x in v]


async def _sse_batches(resp: aiohttp.ClientResponse, name: str) -> AsyncIterator[list[bytes]]:
    """Yield the SSE data payloads that arrived together (one list per network read) until ``[DONE]``;
    raise StreamCut if the stream ends any other way. Batching keeps one write per read downstream."""
    buf = b""
    try:
        async for chunk in resp.content.iter_any():
            buf += chunk
            if b"\r" in buf:
                buf = buf.replace(b"\r\n", b"\n")
            batch: list[bytes] = []
            while True:
                end = buf.find(b"\n\n")
                if end < 0:
                    break
                event, buf = buf[:end], buf[end + 2 :]
                payload = _event_data(event)
                if payload is None:
                    continue
                if payload == b"[DONE]":
                    if batch:
                        yield batch
                    await _drain(resp)
                    return
                batch.append(payload)
            if batch:
                yield batch
    except (TimeoutError, aiohttp.ServerTimeoutError):
        raise StreamCut(f"deployment '{name}' stalled mid-stream (read timeout)") from None
    except _CONNECTION_ERRORS as e:
        raise StreamCut(f"deployment '{name}' cut the stream: {type(e).__name__}") from None
    except asyncio.CancelledError:
        raise
    raise StreamCut(f"deployment '{name}' closed the stream before [DONE]")


async def _drain(resp: aiohttp.ClientResponse) -> None:
    """Read the end of the HTTP body after ``[DONE]`` so the connection goes back to the pool (an unread
    body makes aiohttp close it, costing a new connection per streamed request)."""
    with contextlib.suppress(TimeoutError, *_CONNECTION_ERRORS):
        async with asyncio.timeout(1.0):
            while not resp.content.at_eof():
                if not await resp.content.readany():
                    break


def _event_data(event: bytes) -> bytes | None:
    data = [line[5:].lstrip(b" ") for line in event.split(b"\n") if line.startswith(b"data:")]
    if not data:
        return None  # comments (": keep-alive") and event-only lines
    return data[0] if len(data) == 1 else b"\n".join(data)
