"""Abuse monitoring: offenses, and suspended/throttled keys.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as t:
        t.add_column(sa.Column("suspended", sa.Boolean, nullable=False, server_default="0"))
        t.add_column(sa.Column("throttled", sa.Boolean, nullable=False, server_default="0"))
    op.create_table(
        "offenses",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tenant_id", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("user_id", sa.String(32), nullable=True),
        sa.Column("request_id", sa.String(64), nullable=True),
        sa.Column("category", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
    )
    op.create_index("ix_offenses_key_time", "offenses", ["key_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_offenses_key_time", "offenses")
    op.drop_table("offenses")
    with op.batch_alter_table("api_keys") as t:
        t.drop_column("throttled")
        t.drop_column("suspended")
