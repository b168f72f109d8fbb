"""Facts are append-only in the database too: triggers refuse UPDATE and DELETE.

A fact (call, promise, payment, note, ...) is corrected by a new fact, never
edited in place. The app never changes one; these triggers make sure nothing
else does either (a script, a bug, a bad bundle). New databases get them from
the metadata (`attach`, called by store.db before create_all); existing ones
from migration 0002_fact_triggers, which writes the same statements.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import DDL, MetaData, event

FACT_TABLES = (
    "payment",
    "debit_result",
    "call",
    "promise",
    "note",
    "contact_attempt",
    "callback",
    "task_done",
    "audit_event",
    "placement",
)
MESSAGE = "facts are append-only: record a correcting fact instead"
PG_FUNCTION = "collector_desk_refuse_fact_change"


def sqlite_statements(table: str) -> list[str]:
    return [
        f'CREATE TRIGGER "fact_no_{verb.lower()}_{table}" BEFORE {verb} ON "{table}" '
        f"BEGIN SELECT RAISE(ABORT, '{table}: {MESSAGE}'); END"
        for verb in ("UPDATE", "DELETE")
    ]


def postgresql_function() -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger AS $$ BEGIN "
        f"RAISE EXCEPTION '%: {MESSAGE}', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"
    )


def postgresql_statements(table: str) -> list[str]:
    return [
        f'CREATE TRIGGER "fact_no_change_{table}" BEFORE UPDATE OR DELETE ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
    ]


def _ddl(sql: str, dialect: str) -> Any:
    # DDL formats its text with % (for %(table)s); the plpgsql RAISE's % is literal.
    return DDL(sql.replace("%", "%%")).execute_if(dialect=dialect)  # type: ignore[no-untyped-call]


def attach(metadata: MetaData) -> None:
    """Create the triggers whenever create_all makes a fact table."""
    if getattr(metadata, "_fact_guard", False):
        return
    metadata._fact_guard = True  # type: ignore[attr-defined]
    for name in FACT_TABLES:
        table = metadata.tables[name]
        event.listen(table, "after_create", _ddl(postgresql_function(), "postgresql"))
        for sql in sqlite_statements(name):
            event.listen(table, "after_create", _ddl(sql, "sqlite"))
        for sql in postgresql_statements(name):
            event.listen(table, "after_create", _ddl(sql, "postgresql"))
