"""the Targets tab's rebuildable totals (store.target_tables)

Revision ID: 0007_target_totals
Revises: 0006_target_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_target_totals"
down_revision = "0006_target_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "target_total",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("who", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("v1", sa.BigInteger(), nullable=False),
        sa.Column("v2", sa.BigInteger(), nullable=False),
        sa.Column("v3", sa.BigInteger(), nullable=False),
        sa.Column("v4", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "period", "who", "key", name=op.f("pk_target_total")),
    )
    op.create_table(
        "target_total_built",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "period", name=op.f("pk_target_total_built")),
    )


def downgrade() -> None:
    op.drop_table("target_total_built")
    op.drop_table("target_total")
