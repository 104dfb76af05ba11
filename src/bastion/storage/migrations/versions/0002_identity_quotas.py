"""Identity and quotas: users, per-tenant and per-key limits and budgets, cost in the request log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _limits() -> list[sa.Column]:
    return [
        sa.Column("rpm", sa.Integer, nullable=True),
        sa.Column("tpm", sa.Integer, nullable=True),
        sa.Column("budget", sa.Float, nullable=True),
        sa.Column("budget_period", sa.String(8), nullable=False, server_default="month"),
    ]


def upgrade() -> None:
    with op.batch_alter_table("tenants") as t:
        t.add_column(sa.Column("disabled", sa.Boolean, nullable=False, server_default="0"))
        for c in _limits():
            t.add_column(c)
    with op.batch_alter_table("api_keys") as t:
        t.add_column(sa.Column("user_id", sa.String(32), nullable=True))
        t.add_column(sa.Column("allowed_models", sa.JSON, nullable=True))
        t.add_column(sa.Column("allowed_assistants", sa.JSON, nullable=True))
        for c in _limits():
            t.add_column(c)
    with op.batch_alter_table("request_log") as t:
        t.add_column(sa.Column("model", sa.String(200), nullable=True))
        t.add_column(sa.Column("cost", sa.Float, nullable=True))
    op.create_table(
        "users",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("tenant_id", sa.String(64), sa.ForeignKey("tenants.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_users_tenant_id", "users", ["tenant_id"])


def downgrade() -> None:
    op.drop_index("ix_users_tenant_id", "users")
    op.drop_table("users")
    with op.batch_alter_table("request_log") as t:
        t.drop_column("cost")
        t.drop_column("model")
    with op.batch_alter_table("api_keys") as t:
        for name in ("budget_period", "budget", "tpm", "rpm", "allowed_assistants", "allowed_models", "user_id"):
            t.drop_column(name)
    with op.batch_alter_table("tenants") as t:
        for name in ("budget_period", "budget", "tpm", "rpm", "disabled"):
            t.drop_column(name)
