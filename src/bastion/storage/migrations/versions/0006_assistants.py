"""Versioned assistants, the traces of their reasoning strategies, and document access groups on keys.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as t:
        t.add_column(sa.Column("groups", sa.JSON, nullable=True))
    op.create_table(
        "assistants",
        sa.Column("tenant_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("config", sa.JSON, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=True),
    )
    op.create_table(
        "traces",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False, index=True),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("assistant", sa.String(64), nullable=False),
        sa.Column("assistant_version", sa.Integer, nullable=False),
        sa.Column("strategy", sa.String(16), nullable=False),
        sa.Column("steps", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("traces")
    op.drop_table("assistants")
    with op.batch_alter_table("api_keys") as t:
        t.drop_column("groups")
