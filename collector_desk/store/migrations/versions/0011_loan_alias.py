"""loan_alias: ids another database gave to rows held here under ids of their own

Revision ID: 0011_loan_alias
Revises: 0010_valid_index

Loans are now given ids derived from (lender, contract number), so two workstations
that load the same head-office file agree on them. A database from before keeps its
ids (rewriting them took half an hour at a million cases); instead bundle import
translates: a bundle's loan whose contract is here under another id is recorded here
as an alias, and with it its borrower and the contacts and phones already here, and
every reference in the bundle is translated to the local id (`exchange.bundle_alias`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_loan_alias"
down_revision = "0010_valid_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loan_alias",
        sa.Column("remote_id", sa.String(36), nullable=False),
        sa.Column("local_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("remote_id", name="pk_loan_alias"),
    )


def downgrade() -> None:
    op.drop_table("loan_alias")
