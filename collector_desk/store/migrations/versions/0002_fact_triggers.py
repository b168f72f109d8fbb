"""Facts are append-only: triggers refuse UPDATE and DELETE on fact tables

Revision ID: 0002_fact_triggers
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002_fact_triggers"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here (not imported from store.fact_guard) so this revision never changes.
TABLES = ("payment", "debit_result", "call", "promise", "note", "contact_attempt",
          "callback", "task_done", "audit_event")  # fmt: skip
MESSAGE = "facts are append-only: record a correcting fact instead"
FUNCTION = "collector_desk_refuse_fact_change"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger AS $$ BEGIN "
            f"RAISE EXCEPTION '%: {MESSAGE}', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"
        )
    for table in TABLES:
        if dialect == "postgresql":
            op.execute(
                f'CREATE TRIGGER "fact_no_change_{table}" BEFORE UPDATE OR DELETE ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
            )
            continue
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f'CREATE TRIGGER "fact_no_{verb.lower()}_{table}" BEFORE {verb} ON "{table}" '
                f"BEGIN SELECT RAISE(ABORT, '{table}: {MESSAGE}'); END"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in TABLES:
        if dialect == "postgresql":
            op.execute(f'DROP TRIGGER IF EXISTS "fact_no_change_{table}" ON "{table}"')
        else:
            for verb in ("update", "delete"):
                op.execute(f'DROP TRIGGER IF EXISTS "fact_no_{verb}_{table}"')
    if dialect == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
