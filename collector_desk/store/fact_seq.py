"""Change tracking for bundle export without SQLite's rowid: every fact (and
conflict record) inserted gets a row in `fact_seq` from an AFTER INSERT trigger,
whatever wrote it (the ORM, the bulk writer, a bundle import, a script). `seq`
is an explicit integer key (SQLite's INTEGER PRIMARY KEY, PostgreSQL's serial),
so "what arrived after mark N" is one index range on both dialects.

New databases get the triggers from the metadata (`attach`, called by store.db
before create_all); existing ones from migration 0005_fact_seq, which writes the
same statements.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import DDL, MetaData, event

from collector_desk.store.fact_guard import FACT_TABLES

TRACKED = (*FACT_TABLES, "conflict")
PG_FUNCTION = "collector_desk_track_fact"


def sqlite_statement(table: str) -> str:
    return (
        f'CREATE TRIGGER "fact_seq_{table}" AFTER INSERT ON "{table}" '
        f"BEGIN INSERT INTO fact_seq (table_name, row_id) VALUES ('{table}', NEW.id); END"
    )


def postgresql_function() -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger AS $$ BEGIN "
        "INSERT INTO fact_seq (table_name, row_id) VALUES (TG_TABLE_NAME, NEW.id); "
        "RETURN NULL; END $$ LANGUAGE plpgsql"
    )


def postgresql_statement(table: str) -> str:
    return (
        f'CREATE TRIGGER "fact_seq_{table}" AFTER INSERT ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
    )


def _ddl(sql: str, dialect: str) -> Any:
    return DDL(sql).execute_if(dialect=dialect)  # type: ignore[no-untyped-call]


def attach(metadata: MetaData) -> None:
    """Create the triggers once create_all has made every table."""
    if getattr(metadata, "_fact_seq", False):
        return
    metadata._fact_seq = True  # type: ignore[attr-defined]
    event.listen(metadata, "after_create", _ddl(postgresql_function(), "postgresql"))
    for name in TRACKED:
        event.listen(metadata, "after_create", _ddl(sqlite_statement(name), "sqlite"))
        event.listen(metadata, "after_create", _ddl(postgresql_statement(name), "postgresql"))
