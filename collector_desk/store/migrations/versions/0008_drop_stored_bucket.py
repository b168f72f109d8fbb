"""case_state without its stored bucket (and the bucket's two indexes)

Revision ID: 0008_drop_stored_bucket
Revises: 0007_target_totals

Every reader computes the bucket from `oldest_unpaid_due_on` at query time (the
list, its filters and counts, Today, assignment, the reports), so the stored
column only cost writes: two more b-tree entries per row each morning.
Downgrade puts it back, computed as of each row's `computed_on`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_drop_stored_bucket"
down_revision = "0007_target_totals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_case_state_bucket_overdue", table_name="case_state")
    op.drop_index("ix_case_state_bucket_due", table_name="case_state")
    if op.get_context().dialect.name == "sqlite":
        # SQLite 3.35+ drops a column in place; Alembic's batch mode would copy the
        # table and rebuild every index.
        op.execute("ALTER TABLE case_state DROP COLUMN bucket")
    else:
        op.drop_column("case_state", "bucket")


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        dpd = "CAST(julianday(computed_on) - julianday(oldest_unpaid_due_on) AS INTEGER)"
    else:
        dpd = "(computed_on - oldest_unpaid_due_on)"
    # NOT NULL needs a value for the rows there; the model at 0007 has no default.
    op.add_column(
        "case_state",
        sa.Column("bucket", sa.String(length=4), nullable=False, server_default="C"),
    )
    op.execute(
        f"UPDATE case_state SET bucket = CASE WHEN {dpd} <= 0 THEN 'C' "
        f"WHEN {dpd} <= 29 THEN 'M1' WHEN {dpd} <= 59 THEN 'M2' "
        f"WHEN {dpd} <= 89 THEN 'M3' ELSE 'M3+' END"
    )
    if op.get_context().dialect.name != "sqlite":  # SQLite cannot alter a default
        op.alter_column("case_state", "bucket", server_default=None)
    op.create_index(
        "ix_case_state_bucket_due",
        "case_state",
        ["bucket", "oldest_unpaid_due_on", "loan_id"],
        unique=False,
    )
    op.create_index(
        "ix_case_state_bucket_overdue",
        "case_state",
        ["bucket", "overdue_fen", "loan_id"],
        unique=False,
    )
