"""Table definitions (SQLAlchemy Core). Every row that belongs to a tenant carries ``tenant_id``.

Changing a table means adding an Alembic revision under ``migrations/versions``; a test checks that the
migrations produce exactly this metadata.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

def _limits() -> list[Column]:
    """Quota columns shared by tenants and keys (NULL = no limit)."""
    return [
        Column("rpm", Integer, nullable=True),
        Column("tpm", Integer, nullable=True),
        Column("budget", Float, nullable=True),
        Column("budget_period", String(8), nullable=False, server_default="month"),
    ]


tenants = Table(
    "tenants", metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled", Boolean, nullable=False, server_default="0"),
    *_limits(),
    Column("policy", String(64), nullable=True),  # guardrail policy name; NULL: the configured default
    Column("retention", String(16), nullable=False, server_default="metadata"),  # full | metadata
    Column("retention_days", Integer, nullable=True),  # bodies older than this are purged; NULL: kept
)

users = Table(
    "users", metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant_id", String(64), ForeignKey("tenants.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=True),
    Column("role", String(32), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("password_hash", String(256), nullable=True),  # scrypt; NULL: the user cannot log in to the web app
)

api_keys = Table(
    "api_keys", metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant_id", String(64), ForeignKey("tenants.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False, server_default=""),
    Column("prefix", String(16), nullable=False),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("role", String(32), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("disabled", Boolean, nullable=False, server_default="0"),
    Column("user_id", String(32), nullable=True),
    Column("allowed_models", JSON, nullable=True),
    Column("allowed_assistants", JSON, nullable=True),
    Column("groups", JSON, nullable=True),  # document access groups in knowledge bases
    *_limits(),
    Column("suspended", Boolean, nullable=False, server_default="0"),
    Column("throttled", Boolean, nullable=False, server_default="0"),
)

request_log = Table(
    "request_log", metadata,
    Column("id", String(64), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("tenant_id", String(64), nullable=False),
    Column("key_id", String(32), nullable=True),
    Column("endpoint", String(64), nullable=False),
    Column("route", String(200), nullable=True),
    Column("deployment", String(200), nullable=True),
    Column("status", Integer, nullable=False),
    Column("stream", Boolean, nullable=False, server_default="0"),
    Column("latency_ms", Float, nullable=False),
    Column("overhead_ms", Float, nullable=False),
    Column("attempts", Integer, nullable=False, server_default="1"),
    Column("prompt_tokens", Integer, nullable=True),
    Column("completion_tokens", Integer, nullable=True),
    Column("total_tokens", Integer, nullable=True),
    Column("error_code", String(64), nullable=True),
    Column("model", String(200), nullable=True),
    Column("cost", Float, nullable=True),
    Index("ix_request_log_tenant_time", "tenant_id", "created_at"),
)

deployments = Table(
    "deployments", metadata,
    Column("name", String(200), primary_key=True),
    Column("provider", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("model", String(200), nullable=True),
    Column("config", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

config_snapshots = Table(
    "config_snapshots", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("source", Text, nullable=True),
    Column("content", JSON, nullable=False),
)

audit_log = Table(
    "audit_log", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("tenant_id", String(64), nullable=False),
    Column("kind", String(16), nullable=False),  # request | admin | session (web logins and logouts)
    Column("action", String(64), nullable=False),  # chat, embeddings, key.create, tenant.update, ...
    Column("actor", String(64), nullable=True),  # key id, or "cli"
    Column("request_id", String(64), nullable=True),
    Column("route", String(200), nullable=True),
    Column("model", String(200), nullable=True),
    Column("status", Integer, nullable=True),
    Column("prompt_tokens", Integer, nullable=True),
    Column("completion_tokens", Integer, nullable=True),
    Column("latency_ms", Float, nullable=True),
    Column("verdicts", JSON, nullable=False),
    Column("detail", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # prompt and answer, PII masked, for tenants with retention "full"
    Column("body", JSON(none_as_null=True), nullable=True),
    Column("body_hash", String(64), nullable=True),  # chained instead of the body, so bodies can be purged
    Index("ix_audit_log_tenant_time", "tenant_id", "created_at"),
    Index("ix_audit_log_time", "created_at"),  # the all-tenant dashboards (admin/stats) read by time
)

# One row (id 1): the chain's newest entry, and where it starts after purges.
audit_head = Table(
    "audit_head", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("base_seq", Integer, nullable=False),
    Column("base_hash", String(64), nullable=False),
)

guardrail_policies = Table(
    "guardrail_policies", metadata,
    Column("name", String(64), primary_key=True),
    Column("config", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("updated_by", String(64), nullable=True),
)

offenses = Table(
    "offenses", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("tenant_id", String(64), nullable=False),
    Column("key_id", String(32), nullable=False),
    Column("user_id", String(32), nullable=True),
    Column("request_id", String(64), nullable=True),
    Column("category", String(64), nullable=False),
    Column("action", String(16), nullable=False),
    Index("ix_offenses_key_time", "key_id", "created_at"),
)

# Assistants are versioned: every change is a new row; the newest version of (tenant, name) is current.
assistants = Table(
    "assistants", metadata,
    Column("tenant_id", String(64), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("config", JSON, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("source", String(16), nullable=False),  # yaml | api | demo
    Column("deleted", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(64), nullable=True),
)

# The intermediate thoughts of a reasoning strategy (cot/tot/got), readable by the caller through the API.
traces = Table(
    "traces", metadata,
    Column("id", String(64), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("tenant_id", String(64), nullable=False, index=True),
    Column("key_id", String(32), nullable=True),
    Column("assistant", String(64), nullable=False),
    Column("assistant_version", Integer, nullable=False),
    Column("strategy", String(16), nullable=False),
    Column("steps", JSON, nullable=False),
)

# The generated-answer cache: one row per stored answer, under the scope hash it may serve (tenant, assistant
# version or raw route, system prompt, sampling, knowledge-base versions). ``id`` never repeats (new vectors are
# read by id), ``exact`` is the hash of the normalised request, ``vector`` the question's float32 embedding.
cache_entries = Table(
    "cache_entries", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tenant_id", String(64), nullable=False),
    Column("scope", String(64), nullable=False),
    Column("exact", String(64), nullable=False),
    Column("assistant", String(64), nullable=True),
    Column("route", String(128), nullable=False),
    Column("question", Text, nullable=False),  # masked
    Column("answer", Text, nullable=False),  # masked
    Column("extension", JSON, nullable=True),  # the response's ``bastion`` field (sources, grounding)
    Column("vector", LargeBinary, nullable=True),
    Column("origin", String(16), nullable=False),  # generated | promoted
    Column("request_id", String(64), nullable=True),
    Column("status", String(16), nullable=False),  # active | evicted
    Column("up", Integer, nullable=False, default=0),
    Column("down", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Index("ix_cache_entries_scope_exact", "scope", "exact"),
    Index("ix_cache_entries_scope_id", "scope", "id"),
    Index("ix_cache_entries_expires", "expires_at"),
    sqlite_autoincrement=True,
)

# Long-term memory: curated question → answer entries per assistant, with paraphrases and cited documents (their
# sha256 when reviewed: a changed document makes the entry stale until an admin reviews it again).
memory_entries = Table(
    "memory_entries", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tenant_id", String(64), nullable=False),
    Column("assistant", String(64), nullable=False),
    Column("question", Text, nullable=False),
    Column("paraphrases", JSON, nullable=False),
    Column("answer", Text, nullable=False),
    Column("sources", JSON, nullable=False),  # [{"kb", "document", "sha256"}]
    Column("status", String(16), nullable=False),  # active | stale | review | disabled
    Column("status_reason", Text, nullable=True),
    Column("origin", String(16), nullable=False),  # admin | promotion | correction
    Column("request_id", String(64), nullable=True),
    Column("vectors", LargeBinary, nullable=True),  # float32 rows: question, then paraphrases
    Column("vector_route", String(128), nullable=True),
    Column("up", Integer, nullable=False, default=0),
    Column("down", Integer, nullable=False, default=0),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(64), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_memory_entries_assistant", "tenant_id", "assistant"),
    sqlite_autoincrement=True,
)

# One row per answered chat request: what feedback, promotion and the exports refer to. The bodies (masked) are
# kept only where the tenant's retention keeps bodies.
responses = Table(
    "responses", metadata,
    Column("id", String(128), primary_key=True),  # the response id the client saw (chatcmpl-...)
    Column("request_id", String(64), nullable=False, index=True),  # x-request-id: the client may choose it
    Column("tenant_id", String(64), nullable=False),
    Column("key_id", String(32), nullable=True),
    Column("user_id", String(32), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("assistant", String(64), nullable=True),
    Column("assistant_version", Integer, nullable=True),
    Column("route", String(128), nullable=False),
    Column("model", String(128), nullable=True),
    Column("system", Text, nullable=True),  # the system prompt (the assistant version's, without passages)
    Column("messages", JSON(none_as_null=True), nullable=True),  # the conversation as the client sent it, masked
    Column("answer", Text, nullable=True),  # masked
    Column("contexts", JSON(none_as_null=True), nullable=True),  # retrieved passages as given to the model, masked
    Column("sources", JSON(none_as_null=True), nullable=True),  # the documents of those passages: [{"kb", "document"}]
    Column("cache", String(16), nullable=True),  # exact | semantic | curated when served from the cache
    Column("cache_entry", Integer, nullable=True),
    Column("scope", String(64), nullable=True),
    Column("exact", String(64), nullable=True),
    Column("vector", LargeBinary, nullable=True),
    Column("guard_ok", Boolean, nullable=False),  # no output verdict flagged or blocked it
    Column("grounded_ok", Boolean, nullable=True),  # the grounding check found no unsupported sentence
    Column("refused", Boolean, nullable=False, default=False),
    Column("regenerate_of", String(128), nullable=True),
    Index("ix_responses_tenant_time", "tenant_id", "created_at"),
)

# Thumbs, comments, corrections and tags: one vote per voter (user, or key without a user) and response.
feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tenant_id", String(64), nullable=False),
    Column("response_id", String(128), nullable=False),
    Column("voter", String(64), nullable=False),
    Column("key_id", String(32), nullable=True),
    Column("rating", Integer, nullable=True),  # 1 up, -1 down, NULL only a comment or correction
    Column("comment", Text, nullable=True),
    Column("correction", Text, nullable=True),
    Column("tags", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ux_feedback_vote", "response_id", "voter", unique=True),
    Index("ix_feedback_tenant_time", "tenant_id", "created_at"),
)

# Candidates for the cache or the curated memory, from votes or reviewers' corrections, awaiting review.
promotions = Table(
    "promotions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tenant_id", String(64), nullable=False),
    Column("response_id", String(128), nullable=False),
    Column("source", String(16), nullable=False),  # votes | correction
    Column("voter", String(64), nullable=False),  # the reviewer who corrected; "" for votes
    Column("target", String(16), nullable=False),  # cache | curated
    Column("assistant", String(64), nullable=True),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("status", String(16), nullable=False),  # pending | approved | rejected
    Column("reason", Text, nullable=True),
    Column("entry_id", Integer, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("decided_at", DateTime(timezone=True), nullable=True),
    Column("decided_by", String(64), nullable=True),
    Index("ux_promotions_candidate", "response_id", "source", "voter", unique=True),
    Index("ix_promotions_tenant_status", "tenant_id", "status"),
)

# Web app sessions: the browser holds an opaque token (HttpOnly cookie); the row maps its hash to the key the
# session acts as (the API key given at login, or the user's own web key for a password login).
web_sessions = Table(
    "web_sessions", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("key_hash", String(64), nullable=False),
    Column("tenant_id", String(64), nullable=False),
    Column("user_id", String(32), nullable=True),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Index("ix_web_sessions_user", "user_id"),
)

# Chat history, server-side: per tenant and owner (the user, or the key for a key without a user).
conversations = Table(
    "conversations", metadata,
    Column("id", String(32), primary_key=True),
    Column("tenant_id", String(64), nullable=False),
    Column("owner", String(64), nullable=False),
    Column("assistant", String(128), nullable=True),
    Column("title", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_conversations_owner", "tenant_id", "owner", "updated_at"),
)

conversation_messages = Table(
    "conversation_messages", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("conversation_id", String(32), ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("content", Text, nullable=False),
    Column("response_id", String(128), nullable=True),
    Column("meta", JSON(none_as_null=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_conversation_messages_conv", "conversation_id", "id"),
)
