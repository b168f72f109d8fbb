"""monthly targets per collector, set by the supervisor

Revision ID: 0004_collector_target
Revises: 0003_case_state_version
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_collector_target"
down_revision = "0003_case_state_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "collector_target",
        sa.Column("id", sa.String(length=48), nullable=False),
        sa.Column("collector_id", sa.String(length=32), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("kept_rate_pct", sa.Integer(), nullable=False),
        sa.Column("set_by", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collector_target")),
    )
    with op.batch_alter_table("collector_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_collector_target_collector_id"), ["collector_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_collector_target_month"), ["month"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("collector_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collector_target_month"))
        batch_op.drop_index(batch_op.f("ix_collector_target_collector_id"))
    op.drop_table("collector_target")
