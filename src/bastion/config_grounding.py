"""Settings of the grounded path: knowledge bases and assistants (kept apart from config.py to keep both short).

An assistant is a versioned configuration: role, directive, output format, few-shot examples, knowledge bases
and retrieval settings, a model route with sampling defaults, a reasoning strategy, the chat UI's intro and
example prompts, and the guardrail policy it runs under. Assistants come from ``bastion.yaml`` and the admin
API; both land in the same versioned store.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bastion.config_cache import AssistantCache

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
NAME_HINT = "1-64 letters, digits, '_', '.' or '-', starting with a letter or digit"
DEFAULT_REFUSAL = ("I could not find this in the documents I have access to, so I won't guess. Try rephrasing the "
                   "question, or ask someone who maintains these documents.")
StrategyName = Literal["direct", "cot", "tot", "got"]


def check_name(value: str) -> str:
    if not NAME.match(value):
        raise ValueError(f"'{value}' is not a valid name: use {NAME_HINT}")
    return value


class KnowledgeConfig(BaseModel):
    """Knowledge bases: how documents are chunked, embedded and stored."""

    model_config = ConfigDict(extra="forbid")
    embedding_route: str = Field("multilingual-e5-small", description="the embedding model route for new bases")
    chunk_size: int = Field(1200, ge=200, le=8000, description="characters per chunk (tables are kept whole)")
    chunk_overlap: int = Field(150, ge=0, le=2000, description="characters repeated from the previous chunk")
    max_upload_bytes: int = Field(50 * 1024 * 1024, ge=1024, description="per uploaded file")
    max_files: int = Field(20, ge=1, description="files per upload request")
    max_pages: int = Field(2000, ge=1, description="pages or slides per document")
    path: str | None = Field(None, description="the SQLite index file; default: data_dir/knowledge.db")
    index_url: str | None = Field(
        None, description="postgresql://... of a PostgreSQL with pgvector: the shared index for scale-out "
                          "(rows, full-text and vectors in one database); None: the SQLite file at `path`")
    queue: Literal["inprocess", "redis"] = Field(
        "inprocess", description="where ingestion jobs run: in the serving process, or on `bastion worker` "
                                 "processes through Redis (needs redis_url)")


class Example(BaseModel):
    """A few-shot example: a question and the answer the assistant should give, as a pair of turns."""

    model_config = ConfigDict(extra="forbid")
    user: str = Field(min_length=1)
    assistant: str = Field(min_length=1)


class RetrievalConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    knowledge_bases: list[str] = Field(min_length=1)
    mode: Literal["hybrid", "bm25", "vector"] = "hybrid"
    top_k: int = Field(4, ge=1, le=20, description="passages put into the prompt")
    candidates: int = Field(30, ge=1, le=500, description="hits taken from each retriever before fusion")
    rrf_k: int = Field(60, ge=1, description="reciprocal-rank fusion constant")
    min_relevance: float | None = Field(
        None, ge=-1, le=1, description="cosine similarity a passage needs to count as evidence; None: the value "
                                       "calibrated for the packaged embedder (docs/grounding.md)")
    tags: list[str] = Field([], description="only documents with one of these tags")
    max_passage_chars: int = Field(1500, ge=100, description="a longer passage is cut to this")
    max_context_chars: int = Field(6000, ge=100, description="passages stop when their text would exceed this")
    rerank_route: str | None = Field(
        None, description="a rerank model route that reorders the best fused hits; None: fused order. Evidence "
                          "(min_relevance) is still the cosine similarity: reranking only orders")
    rerank_candidates: int = Field(20, ge=1, le=100, description="fused hits the rerank model scores (>= top_k)")

    @model_validator(mode="after")
    def _enough_candidates(self) -> RetrievalConfig:
        if self.rerank_route is not None and self.rerank_candidates < self.top_k:
            raise ValueError(f"rerank_candidates ({self.rerank_candidates}) must be at least top_k ({self.top_k})")
        return self


class GroundingCheckConfig(BaseModel):
    """After generation: is each sentence supported by the passages, and do its citations point right?"""

    model_config = ConfigDict(extra="forbid")
    mode: Literal["off", "annotate", "drop", "refuse"] = "annotate"
    attribute: bool = Field(True, description="add the supporting passage's [n] to supported sentences that "
                                               "cite nothing (whole answers; streams get it in the final chunk)")
    min_support: float | None = Field(None, ge=0, le=1, description="support a sentence needs; None: calibrated")
    judge_route: str | None = Field(None, description="a capable chat model that judges each sentence's support "
                                                      "by the passage it cites")
    judge_evidence: bool = Field(False, description="also ask judge_route, before answering, whether the passages "
                                                    "answer the question at all; if not, the refusal")

    @model_validator(mode="after")
    def _evidence_needs_judge(self) -> GroundingCheckConfig:
        if self.judge_evidence and not self.judge_route:
            raise ValueError("judge_evidence needs judge_route: name the chat route that judges")
        return self


class StrategyConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: StrategyName = "direct"
    breadth: int = Field(2, ge=1, le=5, description="thoughts proposed per step (tot, got)")
    depth: int = Field(2, ge=1, le=4, description="steps of the search (tot) or refinement rounds (got)")
    max_calls: int = Field(8, ge=1, le=50, description="model calls the strategy may make before the answer")
    thought_tokens: int = Field(160, ge=16, le=2048, description="max tokens of one intermediate thought")


class AssistantConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tenant: str = Field("default", description="the tenant that owns the assistant (and its knowledge bases)")
    description: str = ""
    route: str = Field("smollm2", description="the chat model route that answers")
    role: str = "You are a helpful assistant."
    directive: str = ""
    output_format: str = ""
    examples: list[Example] = []
    retrieval: RetrievalConfig | None = None
    refusal: str = Field(DEFAULT_REFUSAL, min_length=1, description="the reply when no passage is evidence")
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, gt=0, le=1)
    frequency_penalty: float | None = Field(None, ge=-2, le=2)
    presence_penalty: float | None = Field(None, ge=-2, le=2)
    max_tokens: int | None = Field(None, ge=1)
    strategy: StrategyConfig = StrategyConfig()
    grounding: GroundingCheckConfig = GroundingCheckConfig()
    intro: str = ""
    starters: list[str] = Field([], description="example prompts the chat UI offers")
    policy: str | None = Field(None, description="the guardrail policy; None: the tenant's or route's")
    cache: AssistantCache = Field(AssistantCache(), description="overrides of the cache section for this assistant")

    @field_validator("strategy", mode="before")
    @classmethod
    def _strategy_name(cls, v: object) -> object:
        return {"name": v} if isinstance(v, str) else v
