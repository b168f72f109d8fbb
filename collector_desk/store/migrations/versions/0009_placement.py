"""placement: head office's placement of each case (batch, date, amount) per file,
and which payments here each file's repaid amount was found to include

Revision ID: 0009_placement
Revises: 0008_drop_stored_bucket

A fact table: append-only (the same triggers as 0002's) and numbered for bundle
export (0005's). Existing databases start with no placements; the first file that
states a case's repaid amount after the upgrade takes every payment already here as
included (what intake did before: totals), and matches payments from then on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from collector_desk.store.types import UTCDateTime

revision = "0009_placement"
down_revision = "0008_drop_stored_bucket"
branch_labels = None
depends_on = None

# Frozen here (not imported from store.fact_guard / store.fact_seq).
TABLE = "placement"
MESSAGE = "facts are append-only: record a correcting fact instead"
GUARD = "collector_desk_refuse_fact_change"
TRACK = "collector_desk_track_fact"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        TABLE,
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("batch", sa.String(length=64), nullable=True),
        sa.Column("placed_on", sa.Date(), nullable=True),
        sa.Column("placed_fen", sa.Integer(), nullable=True),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("paid_fen", sa.Integer(), nullable=True),
        sa.Column("last_paid_on", sa.Date(), nullable=True),
        sa.Column("file", sa.String(length=128), nullable=False),
        sa.Column("matched", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", UTCDateTime(length=32), nullable=False),
        sa.Column("collector_id", sa.String(length=32), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"], name=op.f("fk_placement_loan_id_loan")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    op.create_index(op.f("ix_placement_loan_id"), TABLE, ["loan_id"], unique=False)
    op.create_index("ix_placement_batch", TABLE, ["batch"], unique=False)
    if dialect == "postgresql":
        op.execute(
            f'CREATE TRIGGER "fact_no_change_{TABLE}" BEFORE UPDATE OR DELETE ON "{TABLE}" '
            f"FOR EACH ROW EXECUTE FUNCTION {GUARD}()"
        )
        op.execute(
            f'CREATE CONSTRAINT TRIGGER "fact_seq_{TABLE}" AFTER INSERT ON "{TABLE}" '
            f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {TRACK}()"
        )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f'CREATE TRIGGER "fact_no_{verb.lower()}_{TABLE}" BEFORE {verb} ON "{TABLE}" '
            f"BEGIN SELECT RAISE(ABORT, '{TABLE}: {MESSAGE}'); END"
        )
    op.execute(
        f'CREATE TRIGGER "fact_seq_{TABLE}" AFTER INSERT ON "{TABLE}" '
        f"BEGIN INSERT INTO fact_seq (table_name, row_id) VALUES ('{TABLE}', NEW.id); END"
    )


def downgrade() -> None:
    # Dropping the table drops its triggers; its fact_seq rows go with it.
    op.execute(f"DELETE FROM fact_seq WHERE table_name = '{TABLE}'")
    op.drop_index("ix_placement_batch", table_name=TABLE)
    op.drop_index(op.f("ix_placement_loan_id"), table_name=TABLE)
    op.drop_table(TABLE)
