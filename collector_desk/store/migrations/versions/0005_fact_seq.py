"""Change tracking without rowid: fact_seq, filled by triggers; sync_mark.last_seq

Revision ID: 0005_fact_seq
Revises: 0004_collector_target
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_fact_seq"
down_revision = "0004_collector_target"
branch_labels = None
depends_on = None

# Frozen here (not imported from store.fact_seq) so this revision never changes.
TABLES = ("payment", "debit_result", "call", "promise", "note", "contact_attempt",
          "callback", "task_done", "audit_event", "conflict")  # fmt: skip
FUNCTION = "collector_desk_track_fact"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "fact_seq",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_fact_seq")),
    )
    op.create_index("ix_fact_seq_table_name_seq", "fact_seq", ["table_name", "seq"], unique=False)
    # The facts already here, in the order they arrived (SQLite's rowid, for the last
    # time); PostgreSQL had no bundles, so any order will do there.
    for table in TABLES:
        order = "rowid" if dialect == "sqlite" else "id"
        op.execute(
            f"INSERT INTO fact_seq (table_name, row_id) "
            f"SELECT '{table}', id FROM \"{table}\" ORDER BY {order}"
        )
        if dialect == "sqlite":  # each export mark: from a rowid to the matching seq
            op.execute(
                "UPDATE sync_mark SET last_rowid = (SELECT coalesce(max(f.seq), 0) "
                f'FROM fact_seq f JOIN "{table}" t ON t.id = f.row_id '
                f"WHERE f.table_name = '{table}' AND t.rowid <= sync_mark.last_rowid) "
                f"WHERE table_name = '{table}'"
            )
    if dialect == "postgresql":
        op.execute(
            f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger AS $$ BEGIN "
            "INSERT INTO fact_seq (table_name, row_id) VALUES (TG_TABLE_NAME, NEW.id); "
            "RETURN NULL; END $$ LANGUAGE plpgsql"
        )
    for table in TABLES:
        if dialect == "postgresql":
            op.execute(
                f'CREATE TRIGGER "fact_seq_{table}" AFTER INSERT ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
            )
        else:
            op.execute(
                f'CREATE TRIGGER "fact_seq_{table}" AFTER INSERT ON "{table}" '
                f"BEGIN INSERT INTO fact_seq (table_name, row_id) VALUES ('{table}', NEW.id); END"
            )
    with op.batch_alter_table("sync_mark", schema=None) as batch_op:
        batch_op.alter_column("last_rowid", new_column_name="last_seq")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        if dialect == "postgresql":
            op.execute(f'DROP TRIGGER IF EXISTS "fact_seq_{table}" ON "{table}"')
        else:
            op.execute(f'DROP TRIGGER IF EXISTS "fact_seq_{table}"')
    if dialect == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
    with op.batch_alter_table("sync_mark", schema=None) as batch_op:
        batch_op.alter_column("last_seq", new_column_name="last_rowid")
    op.drop_index("ix_fact_seq_table_name_seq", table_name="fact_seq")
    op.drop_table("fact_seq")
