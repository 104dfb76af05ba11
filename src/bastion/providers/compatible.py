"""Any OpenAI-compatible server: vLLM, Ollama, llama.cpp server, LM Studio, TGI's OpenAI API, ...

The API key is optional (many self-hosted servers take none) and ``base_url`` is required.

Rerank models (``kind: rerank``) are served through the rerank API that vLLM (``/v1/rerank``), Jina, Cohere
v2 and Infinity share: ``POST {base_url}/rerank`` with ``{model, query, documents, top_n}``, answered by
``{"results": [{"index", "relevance_score"}, ...], "usage": {...}}``.
"""

from __future__ import annotations

import math
from typing import Any

import orjson

from bastion.config import DeploymentConfig
from bastion.errors import ConfigError, UpstreamError
from bastion.providers.base import CallInfo, RerankResult
from bastion.providers.http import HTTPOptions, HTTPProvider, parse_options


class CompatibleProvider(HTTPProvider):
    async def rerank(self, query: str, documents: list[str], body: dict[str, Any], info: CallInfo) -> RerankResult:
        req = {**body, "query": query, "documents": documents, "top_n": len(documents)}
        resp = await self._post("rerank", self.prepare(req), info)
        data = await self._read(resp)
        try:
            parsed = orjson.loads(data)
            scores = rerank_scores(parsed, len(documents))
        except (orjson.JSONDecodeError, ValueError) as e:
            raise UpstreamError(f"deployment '{self.name}' returned a malformed rerank body: {e}") from None
        usage = parsed.get("usage") if isinstance(parsed.get("usage"), dict) else {}
        tokens = usage.get("total_tokens") or usage.get("prompt_tokens") or 0
        return RerankResult(scores, int(tokens) if isinstance(tokens, int | float) else 0,
                            str(parsed.get("model") or self.cfg.model or self.name))


def rerank_scores(parsed: Any, n: int) -> list[float]:
    """One score per document, in the documents' order; ValueError unless every document is scored once."""
    results = parsed.get("results") if isinstance(parsed, dict) else None
    if not isinstance(results, list):
        raise ValueError("no 'results' list")
    if len(results) != n:
        raise ValueError(f"{len(results)} results for {n} documents")
    scores: list[float | None] = [None] * n
    for r in results:
        index = r.get("index") if isinstance(r, dict) else None
        score = r.get("relevance_score") if isinstance(r, dict) else None
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < n:
            raise ValueError(f"result index {index!r} is not one of 0..{n - 1}")
        if not isinstance(score, int | float) or isinstance(score, bool) or not math.isfinite(score):
            raise ValueError(f"result {index} has no numeric relevance_score")
        if scores[index] is not None:
            raise ValueError(f"document {index} is scored twice")
        scores[index] = float(score)
    return [s for s in scores if s is not None]


def create(name: str, cfg: DeploymentConfig) -> CompatibleProvider:
    raw = cfg.options
    if "base_url" not in raw:
        raise ConfigError(None, f"deployments.{name}.base_url", "an OpenAI-compatible server needs base_url",
                          "add base_url: http://host:port/v1 (the URL that ends before /chat/completions)")
    opts = parse_options(HTTPOptions, name, cfg)
    return CompatibleProvider(name, cfg, opts)
