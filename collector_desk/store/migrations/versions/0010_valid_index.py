"""case_state: one index on (valid_until, computed_on) instead of one on each

Revision ID: 0010_valid_index
Revises: 0009_placement

Each morning every row brought up moves both `valid_until` and `computed_on`:
with an index on each, that is two b-tree entries deleted and inserted per row.
`computed_on`'s own index served one reader, the rows from a later day than
today (the clock went back), and those rows also have a later `valid_until`
(a row holds from `computed_on` until the day before `valid_until`), so the
pair index finds them by a skip over its distinct `valid_until` days
(`store.derived.stale_loan_ids`), and the expired rows by its first column.
"""

from __future__ import annotations

from alembic import op

revision = "0010_valid_index"
down_revision = "0009_placement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_state_valid", "case_state", ["valid_until", "computed_on"])
    op.drop_index("ix_case_state_valid_until", table_name="case_state")
    op.drop_index("ix_case_state_computed_on", table_name="case_state")


def downgrade() -> None:
    op.create_index("ix_case_state_computed_on", "case_state", ["computed_on"])
    op.create_index("ix_case_state_valid_until", "case_state", ["valid_until"])
    op.drop_index("ix_case_state_valid", table_name="case_state")
