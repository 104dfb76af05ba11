"""The provider seam: one protocol every model backend implements.

A provider receives the client's request body (already checked by the server, with ``model`` rewritten to
the deployment's own model name) and answers with raw JSON bytes, so that a pass-through never re-encodes
what it only forwards. Streams yield batches of JSON payloads, one per SSE event, grouped as they arrived
(so the gateway writes once per upstream read), and end when the upstream sent ``[DONE]``; a stream that
ends any other way raises :class:`bastion.errors.StreamCut`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from bastion.config import DeploymentConfig


@dataclass(slots=True)
class ChatResult:
    """A whole (non-streamed) completion: the JSON body to return and its parsed usage."""

    body: bytes
    usage: dict[str, Any] | None = None


@dataclass(slots=True)
class EmbeddingResult:
    vectors: list[list[float]]
    prompt_tokens: int
    model: str


@dataclass(slots=True)
class RerankResult:
    """Relevance scores of the documents for the query, one per document in the order they were sent (higher
    is more relevant)."""

    scores: list[float]
    tokens: int
    model: str


@dataclass(slots=True)
class CallInfo:
    """Per-call facts a provider (or the router) may need."""

    request_id: str
    headers: dict[str, str] = field(default_factory=dict)
    tokens: int = 0  # worst-case tokens of this request, for deployment quotas
    reservations: list[tuple[str, Any]] = field(default_factory=list)  # (deployment, its quota reservation)


class Provider(Protocol):
    """A model backend. Chat providers implement ``chat``/``stream``; embedding providers ``embed``; rerank
    providers also implement :class:`Reranking`."""

    name: str

    async def chat(self, body: dict[str, Any], info: CallInfo) -> ChatResult: ...

    def stream(self, body: dict[str, Any], info: CallInfo) -> AsyncIterator[list[bytes]]: ...

    async def embed(self, inputs: list[str], body: dict[str, Any], info: CallInfo) -> EmbeddingResult: ...

    async def check(self) -> str | None:
        """Return ``None`` when ready, else a short reason (used by ``/ready``)."""
        ...

    async def aclose(self) -> None: ...


class Reranking(Protocol):
    """What a provider adds to serve ``kind: rerank`` deployments (optional: providers without it are refused
    for such deployments when the configuration is checked)."""

    async def rerank(self, query: str, documents: list[str], body: dict[str, Any],
                     info: CallInfo) -> RerankResult: ...


def can_rerank(provider: object) -> bool:
    return callable(getattr(provider, "rerank", None))


ProviderFactory = Callable[[str, DeploymentConfig], Provider]
