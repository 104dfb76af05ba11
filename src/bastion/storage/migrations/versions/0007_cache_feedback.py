"""The semantic cache, the curated long-term memory, response records, feedback and promotion candidates.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "cache_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("scope", sa.String(64), nullable=False),
        sa.Column("exact", sa.String(64), nullable=False),
        sa.Column("assistant", sa.String(64), nullable=True),
        sa.Column("route", sa.String(128), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("extension", sa.JSON, nullable=True),
        sa.Column("vector", sa.LargeBinary, nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("up", sa.Integer, nullable=False),
        sa.Column("down", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_cache_entries_scope_exact", "cache_entries", ["scope", "exact"])
    op.create_index("ix_cache_entries_scope_id", "cache_entries", ["scope", "id"])
    op.create_index("ix_cache_entries_expires", "cache_entries", ["expires_at"])
    op.create_table(
        "memory_entries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("assistant", sa.String(64), nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("paraphrases", sa.JSON, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_reason", sa.Text, nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=True),
        sa.Column("vectors", sa.LargeBinary, nullable=True),
        sa.Column("vector_route", sa.String(128), nullable=True),
        sa.Column("up", sa.Integer, nullable=False),
        sa.Column("down", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_memory_entries_assistant", "memory_entries", ["tenant_id", "assistant"])
    op.create_table(
        "responses",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("request_id", sa.String(64), nullable=False, index=True),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("user_id", sa.String(32), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("assistant", sa.String(64), nullable=True),
        sa.Column("assistant_version", sa.Integer, nullable=True),
        sa.Column("route", sa.String(128), nullable=False),
        sa.Column("model", sa.String(128), nullable=True),
        sa.Column("system", sa.Text, nullable=True),
        sa.Column("messages", sa.JSON, nullable=True),
        sa.Column("answer", sa.Text, nullable=True),
        sa.Column("contexts", sa.JSON, nullable=True),
        sa.Column("sources", sa.JSON, nullable=True),
        sa.Column("cache", sa.String(16), nullable=True),
        sa.Column("cache_entry", sa.Integer, nullable=True),
        sa.Column("scope", sa.String(64), nullable=True),
        sa.Column("exact", sa.String(64), nullable=True),
        sa.Column("vector", sa.LargeBinary, nullable=True),
        sa.Column("guard_ok", sa.Boolean, nullable=False),
        sa.Column("grounded_ok", sa.Boolean, nullable=True),
        sa.Column("refused", sa.Boolean, nullable=False),
        sa.Column("regenerate_of", sa.String(128), nullable=True),
    )
    op.create_index("ix_responses_tenant_time", "responses", ["tenant_id", "created_at"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("response_id", sa.String(128), nullable=False),
        sa.Column("voter", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("rating", sa.Integer, nullable=True),
        sa.Column("comment", sa.Text, nullable=True),
        sa.Column("correction", sa.Text, nullable=True),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ux_feedback_vote", "feedback", ["response_id", "voter"], unique=True)
    op.create_index("ix_feedback_tenant_time", "feedback", ["tenant_id", "created_at"])
    op.create_table(
        "promotions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("response_id", sa.String(128), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("voter", sa.String(64), nullable=False),
        sa.Column("target", sa.String(16), nullable=False),
        sa.Column("assistant", sa.String(64), nullable=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("entry_id", sa.Integer, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("decided_at", TS, nullable=True),
        sa.Column("decided_by", sa.String(64), nullable=True),
    )
    op.create_index("ux_promotions_candidate", "promotions", ["response_id", "source", "voter"], unique=True)
    op.create_index("ix_promotions_tenant_status", "promotions", ["tenant_id", "status"])


def downgrade() -> None:
    for name in ("promotions", "feedback", "responses", "memory_entries", "cache_entries"):
        op.drop_table(name)
