"""Opening a team's PostgreSQL server: its schema created once (under an advisory
lock, so two workstations starting together do it once), any other schema version
refused, and errors said in one line without the password."""

from __future__ import annotations

from sqlalchemy import URL, Engine, inspect, make_url, text
from sqlalchemy.orm import sessionmaker

from collector_desk.errors import failure_code
from collector_desk.store import fact_guard, fact_seq, live, personal, server_audit
from collector_desk.store.db import (
    Database,
    DatabaseError,
    MigrationReport,
    _alembic_config,
    head_from_files,
    head_revision,
    make_server_engine,
    mask_url,
    redact,
)
from collector_desk.store.models import Base

# pg_advisory_lock keys (any bigint; these spell "desk" and a purpose)
SCHEMA_LOCK = 0x6465736B_0001


class SchemaVersionError(DatabaseError):
    """The server's schema is not the one this app was built for."""


def describe_server_error(exc: BaseException, url: str | URL) -> str:
    """One line for a server that cannot be used, without the password."""
    from sqlalchemy.exc import DBAPIError

    reason = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text_reason = " ".join(str(reason).split())
    parsed = make_url(url) if isinstance(url, str) else url
    if not parsed.password and (
        "no password supplied" in text_reason or "password authentication failed" in text_reason
    ):
        text_reason += (
            "; the URL has no password: run `collector-desk --database-url URL server "
            "remember-password` once on this computer"
        )
    return redact(f"database server {mask_url(url)}: {text_reason}", url)


def server_error_code(exc: BaseException) -> str:
    """The window's code for a server that cannot be used ("" when only the English
    line says why): unreachable, login refused, permission denied."""
    found = failure_code(exc)
    if found is not None and found[0] in ("server_unreachable", "permission_denied"):
        return found[0]
    text_reason = str(getattr(exc, "orig", None) or exc).lower()
    if "password authentication failed" in text_reason or "no password supplied" in text_reason:
        return "server_login_refused"
    return ""


def server_schema_state(engine: Engine) -> tuple[bool, str | None]:
    """(empty, revision): whether the server database has none of our tables yet, and
    the schema revision it is stamped with."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return not (tables - {"alembic_version"}), revision


def create_server_schema(engine: Engine) -> bool:
    """Create the schema on an empty server database and stamp it at head, under an
    advisory lock so two workstations starting together do it once. False: it was
    there already."""
    from alembic import command

    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": SCHEMA_LOCK})
        conn.commit()
        try:
            with conn.begin():
                if set(inspect(conn).get_table_names()) - {"alembic_version"}:
                    return False
                fact_guard.attach(Base.metadata)
                fact_seq.attach(Base.metadata)
                Base.metadata.create_all(conn)
                live.install(conn)
                server_audit.install(conn.connection.driver_connection)
                cfg = _alembic_config(engine)
                cfg.attributes["connection"] = conn
                command.stamp(cfg, "head")
            return True
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": SCHEMA_LOCK})
            conn.commit()


def check_server_revision(revision: str | None) -> None:
    """Refuse a server at another schema version: a workstation never upgrades a shared
    server by itself (`collector-desk server upgrade` does, once, with a backup first),
    and an older app never writes to a newer schema."""
    head = head_from_files() or head_revision()
    if revision == head:
        return
    if revision is None:
        raise SchemaVersionError(
            "the server database has tables but no Collector Desk schema version; "
            "it is not ours: give an empty database or the team's database",
            code="server_not_ours",
        )
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(_alembic_config(None))  # type: ignore[arg-type]
    try:
        known = script.get_revision(revision) is not None
    except CommandError:
        known = False
    if known:
        raise SchemaVersionError(
            f"the server's schema is at {revision}, this app needs {head}: "
            "the supervisor runs `collector-desk server upgrade` once (it backs up first)",
            code="server_behind",
            schema=revision,
            head=head,
        )
    raise SchemaVersionError(
        f"the server's schema {revision} is newer than this app's {head}: "
        "install the newer Collector Desk on this workstation; nothing was written",
        code="server_newer",
        schema=revision,
        head=head,
    )


def open_server_database(url: str) -> Database:
    """Open the team's server: create the schema on an empty database, refuse any
    other version than this app's. Errors never show the password."""
    engine = make_server_engine(url)
    try:
        empty, revision = server_schema_state(engine)
        head = head_from_files() or head_revision()
        created = create_server_schema(engine) if empty else False
        if not created:
            _, revision = server_schema_state(engine)
            check_server_revision(revision)
        personal.note_ready(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(describe_server_error(exc, url), code=server_error_code(exc)) from exc
    report = MigrationReport(created, None if created else revision, head, None)
    return Database(engine, sessionmaker(engine, expire_on_commit=False), None, report)
