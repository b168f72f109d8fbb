"""Opening the database: engine, pragmas, migrations with a verified backup first."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from collector_desk import __version__
from collector_desk.errors import AppError, safe_message
from collector_desk.store import backup, fact_guard, fact_seq, live, peek
from collector_desk.store.models import Base

DB_FILENAME = "collector-desk.sqlite"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseError(AppError, RuntimeError):
    """The database cannot be opened or upgraded; the message says why."""


# The WAL file keeps its largest size after a checkpoint unless told: an intake or the
# start of day (checkpoints deferred) can grow it to hundreds of MB. Past a checkpoint
# SQLite truncates it back to this.
WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute(f"PRAGMA journal_size_limit={int(WAL_SIZE_LIMIT_BYTES)}")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return make_server_engine(url)


# --- a team's database server (PostgreSQL) -------------------------------------------

# A workstation's connections to the team's server (docs/team-mode.md, "Connections"):
# - one for work, kept in the pool while it is used and closed after SERVER_IDLE_CLOSE_S
#   unused (`_close_when_idle`; the next use connects again, a few round trips);
# - one more for a moment when two workers read or write at once (SERVER_MAX_OVERFLOW);
# - the live-update listener's own (store.live.Listener), always.
# So a quiet workstation holds 1, a working one 2, for a moment 3: 50 workstations
# stay well under PostgreSQL's default max_connections of 100.
SERVER_POOL_SIZE = 1
SERVER_MAX_OVERFLOW = 1
SERVER_IDLE_CLOSE_S = 30
# No connection is used past this age (replaced at its next checkout): see
# store.server_conn, which checks each checkout without the pre-ping's round trip.
SERVER_RECYCLE_S = 600
_SECRET_QUERY_KEYS = frozenset({"password", "sslpassword", "passfile"})


def server_url(url: str | URL) -> URL:
    """The URL with the driver this app ships (psycopg 3): a plain postgresql:// or
    postgres:// URL would otherwise ask for psycopg2."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def is_server_url(url: str | URL | None) -> bool:
    if url is None:
        return False
    try:
        return server_url(url).get_backend_name() == "postgresql"
    except Exception:
        return False


def mask_url(url: str | URL) -> str:
    """The URL for people and logs: the password (also one given in the query) as ***."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception:
        return "<unreadable database URL>"
    query = {k: ("***" if k.lower() in _SECRET_QUERY_KEYS else v) for k, v in parsed.query.items()}
    return parsed.set(query=query).render_as_string(hide_password=True).replace("%2A%2A%2A", "***")


def redact(message: str, url: str | URL | None) -> str:
    """`message` without the URL's password (as given or percent-encoded) or the URL."""
    if url is None:
        return message
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception:
        return message.replace(str(url), "<database URL>")
    secrets = [parsed.password, *(parsed.query.get(k) for k in _SECRET_QUERY_KEYS)]
    if isinstance(url, str):
        message = message.replace(url, mask_url(parsed))
    message = message.replace(parsed.render_as_string(hide_password=False), mask_url(parsed))
    for secret in secrets:
        if isinstance(secret, str) and secret:
            message = message.replace(quote(secret, safe=""), "***").replace(secret, "***")
    return message


def make_server_engine(url: str | URL) -> Engine:
    """An engine for the team's server; a URL without a password takes the one
    remembered in the OS credential store (`server remember-password`), if any."""
    from collector_desk.store import credentials, server_conn

    engine = create_engine(
        server_url(credentials.complete(url)),
        # no ping per checkout (a round trip before every read and write): the socket
        # is looked at instead, and a unit of work that met a dead one runs again
        pool_pre_ping=False,
        pool_recycle=SERVER_RECYCLE_S,
        pool_size=SERVER_POOL_SIZE,
        max_overflow=SERVER_MAX_OVERFLOW,
        pool_timeout=30,
        # a server that does not answer is said within seconds, not minutes
        connect_args={"connect_timeout": 10, "application_name": "collector-desk"},
    )
    server_conn.attach(engine)
    live.track_own_connections(engine)
    _close_when_idle(engine)
    return engine


def _close_when_idle(engine: Engine) -> None:
    """Close the pool's connections once none has been used for SERVER_IDLE_CLOSE_S
    (checked every few seconds on a daemon thread, which ends with the engine). The
    client closes them: the server never cuts a connection the app still counts on,
    and the next use connects again. Connections in use are never touched."""
    last = [time.monotonic()]
    event.listen(engine.pool, "checkin", lambda *_a: last.__setitem__(0, time.monotonic()))
    ref = weakref.ref(engine)
    del engine

    def watch() -> None:
        while True:
            time.sleep(min(5.0, SERVER_IDLE_CLOSE_S / 2))
            engine = ref()
            if engine is None:
                return
            pool: Any = engine.pool
            quiet = time.monotonic() - last[0] > SERVER_IDLE_CLOSE_S
            if quiet and pool.checkedout() == 0 and pool.checkedin() > 0:
                engine.dispose()  # a fresh pool; one checked out meanwhile closes on return
            del engine, pool

    threading.Thread(target=watch, name="server-idle-close", daemon=True).start()


def sqlite_url(path: Path) -> str:
    # URL.create escapes what a URL would misread in a folder name ("%20", "#", "?").
    return URL.create("sqlite", database=path.as_posix()).render_as_string()


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)  # type: ignore[arg-type]
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    if len(heads) > 1:  # one line per revision in alembic_version: not a state we write
        raise DatabaseError(
            f"the database records {len(heads)} schema versions ({', '.join(sorted(heads))}); "
            "another program changed it. Run `collector-desk restore` to go back to a backup",
            code="schema_heads",
            count=str(len(heads)),
        )
    return heads[0] if heads else None


@dataclass(frozen=True)
class MigrationReport:
    created: bool
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def head_from_files() -> str | None:
    """The head revision read from the migration files' text, without importing
    Alembic (~150 ms): enough to see that a database is already at head."""
    return peek.head_from_files(MIGRATIONS / "versions")


def _stamped_at_head(engine: Engine, tables: set[str]) -> str | None:
    if "alembic_version" not in tables or len(tables) < 2:
        return None
    with engine.connect() as conn:
        stamped = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
    head = head_from_files()
    return head if head is not None and stamped == [head] else None


def migrate(engine: Engine, *, backup_dir: Path | None = None) -> MigrationReport:
    """New database: create the schema and stamp it. Existing and behind: take a
    verified backup (SQLite), then upgrade. Already at head: nothing (and
    Alembic is not even imported, which keeps start-up short)."""
    tables = set(inspect(engine).get_table_names())
    at_head = _stamped_at_head(engine, tables)
    if at_head is not None:
        return MigrationReport(False, at_head, at_head, None)
    from alembic import command

    cfg = _alembic_config(engine)
    head = head_revision()
    if not tables - {"alembic_version"}:
        fact_guard.attach(Base.metadata)
        fact_seq.attach(Base.metadata)
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.stamp(cfg, "head")
        return MigrationReport(True, None, head, None)
    current = current_revision(engine)
    if current == head:
        return MigrationReport(False, current, head, None)
    if current is None:
        raise DatabaseError(
            "the database has tables but no schema version; it is not ours", code="not_ours"
        )
    from collector_desk.store import preflight

    if current not in preflight.known_revisions():  # newer: no backup copy, no upgrade
        raise DatabaseError(
            f"this database was written by a newer Collector Desk (schema {current}); "
            "install the newest version; nothing was changed",
            code="newer_schema",
            needed="",
            version=__version__,
            schema=current,
        )
    saved: Path | None = None
    if engine.dialect.name == "sqlite" and backup_dir is not None:
        db_path = Path(engine.url.database or "")
        saved = backup.take(db_path, backup_dir, reason=f"before-upgrade-{current}")
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise DatabaseError(
            f"upgrade from {current} failed: {safe_message(exc)}; backup at {saved}",
            code="upgrade_failed",
            schema=current,
            backup=saved.name if saved is not None else "",
        ) from exc
    return MigrationReport(False, current, head, saved)


@dataclass
class Database:
    """An open, migrated database and its session factory."""

    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None
    report: MigrationReport

    def close(self) -> None:
        self.engine.dispose()


def is_network_path(path: PurePath | str) -> bool:
    """A UNC path (\\\\server\\share, //server/share, \\\\?\\UNC\\...) or, on Windows, a
    drive letter mapped to a network share."""
    text_path = str(path).replace("/", "\\")
    if text_path.startswith(("\\\\?\\", "\\\\.\\")):  # extended-length prefix
        rest = text_path[4:]
        return rest[:4].upper() == "UNC\\"
    if text_path.startswith("\\\\"):
        return True
    if sys.platform == "win32" and len(text_path) >= 2 and text_path[1] == ":":
        import ctypes

        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(text_path[:2] + "\\") == drive_remote)
    return False


def refuse_network_path(path: Path) -> None:
    """SQLite's WAL needs shared memory that network file systems do not give."""
    if is_network_path(path):
        raise DatabaseError(
            f"the data folder {path} is on a network share; the database must be on a "
            "local drive (SQLite's write-ahead log does not work over the network). "
            "Choose a folder on this computer with --data-dir or COLLECTOR_DESK_DATA_DIR",
            code="network_path",
            folder=str(path),
        )


def _discard_new(path: Path | None) -> None:
    """A new database whose creation failed (a full disk) is removed with its WAL, so
    the next start creates it again instead of finding half a schema ("another
    program's database"). Only a file this open created: nothing was in it."""
    if path is None:
        return
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            part.unlink()


def open_database(data_dir: Path, *, url: str | None = None) -> Database:
    """Open (and create or upgrade) the database in `data_dir`, or at `url`."""
    if url is not None and is_server_url(url):
        from collector_desk.store.server_schema import open_server_database

        return open_server_database(url)
    if url is None:
        refuse_network_path(data_dir)
        path: Path | None = data_dir / DB_FILENAME
        assert path is not None
        from collector_desk.store import preflight
        from collector_desk.store.stray_journal import refuse_stray_journal

        fresh = not path.exists() or path.stat().st_size == 0
        refuse_stray_journal(path)  # junk where SQLite looks for a crash's journal
        preflight.check(data_dir, path)  # refuses before anything is written
        url = sqlite_url(path)
    else:
        path = None
        fresh = False
    engine = make_engine(url)
    try:
        report = migrate(engine, backup_dir=data_dir / "backups")
        from collector_desk.store import preflight

        preflight.stamp(engine)
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        _discard_new(path if fresh else None)
        raise DatabaseError(
            f"{path}: not a readable database ({exc})",
            code="unreadable",
            file=path.name if path is not None else "",
            reason=str(exc),
        ) from exc
    except Exception:
        engine.dispose()
        _discard_new(path if fresh else None)
        raise
    return Database(engine, sessionmaker(engine, expire_on_commit=False), path, report)


def integrity_problems(engine: Engine) -> list[str]:
    if engine.dialect.name != "sqlite":
        return []
    with engine.connect() as conn:
        rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        fk = list(conn.execute(text("PRAGMA foreign_key_check")))
    problems = [] if rows == ["ok"] else rows
    problems += [f"foreign key broken: {tuple(r)}" for r in fk]
    return problems


@dataclass(frozen=True)
class SchemaCheck:
    current: str | None
    head: str
    problems: list[str]


def check_schema(url: str) -> SchemaCheck:
    """The schema revision, head and integrity problems of the database at `url`,
    without changing it; DatabaseError when it cannot be read at all."""
    from sqlalchemy.exc import DBAPIError

    engine = make_engine(url)
    try:
        head = head_revision()
        current = current_revision(engine)
        return SchemaCheck(current, head, integrity_problems(engine))
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        reason = getattr(exc, "orig", None) or exc
        first = str(reason).splitlines()[0] if str(reason) else type(reason).__name__
        raise DatabaseError(
            f"not a readable database ({first})", code="unreadable", reason=first
        ) from exc
    finally:
        engine.dispose()
