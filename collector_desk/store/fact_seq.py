"""Change tracking for bundle export without SQLite's rowid: every fact (and
conflict record) inserted gets a row in `fact_seq` from an AFTER INSERT trigger,
whatever wrote it (the ORM, the bulk writer, a bundle import, a script). `seq`
is an explicit integer key (SQLite's INTEGER PRIMARY KEY, PostgreSQL's serial),
so "what arrived after mark N" is one index range on both dialects.

New databases get the triggers from the metadata (`attach`, called by store.db
before create_all); existing ones from migration 0005_fact_seq, which writes the
same statements.

On PostgreSQL the numbers must follow commit order, not insert order: a reader that
took "everything up to N" must never later meet a smaller number committed after it
looked (an export mark or the Targets totals would skip that fact for good). SQLite
has one writer, so there insert order is commit order. On the server each fact's
number is drawn at commit (a deferred constraint trigger) under one transaction
advisory lock, which PostgreSQL releases only after the commit is visible: a
transaction that draws N+1 starts drawing after N is visible to everyone.
`install_pg` puts these triggers on a server made by an older app (`server upgrade`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import DDL, MetaData, event

from collector_desk.store.fact_guard import FACT_TABLES

TRACKED = (*FACT_TABLES, "conflict")
PG_FUNCTION = "collector_desk_track_fact"
PG_COMMIT_ORDER_LOCK = 0x43445F53455121  # one key for every fact-numbering commit


def sqlite_statement(table: str) -> str:
    return (
        f'CREATE TRIGGER "fact_seq_{table}" AFTER INSERT ON "{table}" '
        f"BEGIN INSERT INTO fact_seq (table_name, row_id) VALUES ('{table}', NEW.id); END"
    )


def postgresql_function() -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger AS $$ BEGIN "
        f"PERFORM pg_advisory_xact_lock({PG_COMMIT_ORDER_LOCK}); "
        "INSERT INTO fact_seq (table_name, row_id) VALUES (TG_TABLE_NAME, NEW.id); "
        "RETURN NULL; END $$ LANGUAGE plpgsql"
    )


def postgresql_statement(table: str) -> str:
    return (
        f'CREATE CONSTRAINT TRIGGER "fact_seq_{table}" AFTER INSERT ON "{table}" '
        f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
    )


def install_pg(conn: Any) -> None:
    """The server's triggers made again from these definitions (safe to repeat)."""
    from sqlalchemy import text

    conn.execute(text(postgresql_function()))
    for name in TRACKED:
        conn.execute(text(f'DROP TRIGGER IF EXISTS "fact_seq_{name}" ON "{name}"'))
        conn.execute(text(postgresql_statement(name)))


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
