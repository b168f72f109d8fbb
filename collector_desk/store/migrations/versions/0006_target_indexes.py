"""indexes for the Targets tab's figures (store.target_figures)

Revision ID: 0006_target_indexes
Revises: 0005_fact_seq
"""

from __future__ import annotations

from alembic import op

revision = "0006_target_indexes"
down_revision = "0005_fact_seq"
branch_labels = None
depends_on = None

# (index, table, columns): frozen here so this revision never changes.
INDEXES = (
    ("ix_instalment_loan_due_amount", "instalment", ["loan_id", "due_on", "amount_fen"]),
    ("ix_payment_loan_paid_amount", "payment", ["loan_id", "paid_on", "amount_fen"]),
    ("ix_payment_paid_on", "payment", ["paid_on"]),
    ("ix_debit_result_debit_on", "debit_result", ["debit_on"]),
    ("ix_call_created_collector", "call", ["created_at", "collector_id", "disposition"]),
    ("ix_call_loan_created", "call", ["loan_id", "created_at", "disposition"]),
    ("ix_promise_created_at", "promise", ["created_at"]),
    ("ix_promise_promised_on", "promise", ["promised_on"]),
    ("ix_contact_attempt_loan_at", "contact_attempt", ["loan_id", "at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
