"""Guardrail policies from the admin API, per-tenant policy and retention, and audited bodies.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tenants") as t:
        t.add_column(sa.Column("policy", sa.String(64), nullable=True))
        t.add_column(sa.Column("retention", sa.String(16), nullable=False, server_default="metadata"))
        t.add_column(sa.Column("retention_days", sa.Integer, nullable=True))
    with op.batch_alter_table("audit_log") as t:
        t.add_column(sa.Column("body", sa.JSON(none_as_null=True), nullable=True))
        t.add_column(sa.Column("body_hash", sa.String(64), nullable=True))
    op.create_table(
        "guardrail_policies",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("config", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("guardrail_policies")
    with op.batch_alter_table("audit_log") as t:
        t.drop_column("body_hash")
        t.drop_column("body")
    with op.batch_alter_table("tenants") as t:
        t.drop_column("retention_days")
        t.drop_column("retention")
        t.drop_column("policy")
