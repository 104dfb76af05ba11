"""Settings of the semantic cache, the curated long-term memory and the feedback loop (kept apart from config.py).

The global ``cache`` section sets the defaults; an assistant's ``cache`` field overrides them for that assistant.
Raw model routes are cached only when listed in ``cache.routes`` (callers of a raw model usually expect a fresh
sample); assistants are cached unless their ``cache.enabled`` is false.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Verify = Literal["lexical", "judge", "off"]
# Chosen on the development set evals/cache/pairs_dev.jsonl with multilingual-e5-small (docs/cache.md): the lowest
# cosine at which, with the lexical check, every kind of near miss (same-topic questions included) stays under 1%
# false hits. 0.88 meets the target on negation, number and entity near misses alone (docs/cache.md).
DEFAULT_THRESHOLD = 0.95


class CacheConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    enabled: bool = Field(True, description="serve repeated and paraphrased questions from the cache")
    embedding_route: str | None = Field(None, description="embeds questions; None: knowledge.embedding_route")
    threshold: float = Field(DEFAULT_THRESHOLD, gt=0, le=1, description="least cosine for a semantic hit")
    verify: Verify = Field("lexical", description="check of a semantic hit: lexical (negation, numbers, names), "
                                                  "judge (lexical, then an LLM on judge_route) or off")
    judge_route: str | None = Field(None, description="the chat route that judges semantic hits (verify: judge)")
    ttl_seconds: int = Field(7 * 86400, ge=1, description="how long a generated answer is served")
    routes: list[str] = Field([], description="raw model routes whose answers are cached (opt in)")
    multi_turn: bool = Field(False, description="also cache conversations with earlier turns")
    evict_downvotes: int = Field(2, ge=1, description="thumbs down (distinct users) that evict a cached answer")
    max_entries_in_memory: int = Field(1_000_000, ge=1000, description="vectors kept per process across scopes")


class AssistantCache(BaseModel):
    """An assistant's overrides of the ``cache`` section (None: the section's value)."""

    model_config = ConfigDict(extra="forbid")
    enabled: bool | None = None
    threshold: float | None = Field(None, gt=0, le=1)
    verify: Verify | None = None
    judge_route: str | None = None
    ttl_seconds: int | None = Field(None, ge=1)
    multi_turn: bool | None = None
    curated: bool = Field(True, description="answer from the assistant's curated memory entries")


class PromotionRule(BaseModel):
    """When a rated answer becomes a candidate for the cache or the curated memory."""

    model_config = ConfigDict(extra="forbid")
    enabled: bool = True
    min_up: int = Field(2, ge=1, description="thumbs up from distinct users")
    max_down: int = Field(0, ge=0, description="thumbs down allowed")
    require_guardrails: bool = Field(True, description="no output verdict flagged or blocked the answer")
    require_grounded: bool = Field(True, description="the grounding check found every sentence supported")
    target: Literal["curated", "cache"] = "curated"
    auto_approve: bool = Field(False, description="skip the review queue")


class FeedbackConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rpm: int = Field(30, ge=1, description="feedback requests per key per minute")
    max_comment_chars: int = Field(4000, ge=1)
    max_tags: int = Field(16, ge=0)
    promotion: PromotionRule = PromotionRule()


class WebConfig(BaseModel):
    """The web app (chat at /, admin console at /admin) and its browser sessions."""

    model_config = ConfigDict(extra="forbid")
    enabled: bool = Field(True, description="serve the chat and admin pages (the API is served either way)")
    session_hours: float = Field(12, gt=0, le=24 * 30, description="a browser session's lifetime")
    secure_cookies: Literal["auto", "always", "never"] = Field(
        "auto", description="auto: Secure cookies when the request came over https (X-Forwarded-Proto honoured)")
    login_per_minute: int = Field(20, ge=1, description="login attempts per client address per minute")
