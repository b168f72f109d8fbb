"""case_state rows carry the derivation version that computed them

Revision ID: 0003_case_state_version
Revises: 0002_fact_triggers
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_case_state_version"
down_revision = "0002_fact_triggers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing rows get 0: older than any derivation, so the next start refreshes them.
    with op.batch_alter_table("case_state", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("derivation", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_case_state_derivation"), ["derivation"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_state_derivation"))
        batch_op.drop_column("derivation")
