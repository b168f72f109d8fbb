"""What is checked before the database file is opened for writing.

`check(data_dir)` looks at the folder and the file with a read-only
connection and refuses, with one line that says what to do, before anything
is written (no backup copy, no migration, no WAL file):

- the data folder is a file, or the database path is a folder;
- the file is not an SQLite database (junk, or damaged past its header);
- the file or its folder is read-only (WAL needs to create files beside it);
- `PRAGMA quick_check` fails (files up to QUICK_CHECK_MAX_BYTES; a larger one
  is checked page by page as SQLite reads it): the file is damaged;
  `collector-desk restore` goes back to a verified backup;
- the database belongs to another program (tables, but no schema version of
  ours), or was written by a newer Collector Desk (a schema revision this
  version does not know): "install X or newer".

A new database and its folder are created user-only (0600 / 0700) on POSIX;
on Windows the per-user data folder's ACL already keeps other users out.
`stamp(engine)` records in the file's header which application and which
version wrote it (`PRAGMA application_id`, `PRAGMA user_version`), so a newer
database can name the version it needs.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Engine

from collector_desk import __version__
from collector_desk.store.db import DatabaseError

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x43446B31  # "CDk1"
_VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
PRIVATE_POSIX = sys.platform != "win32"
QUICK_CHECK_MAX_BYTES = 128 * 1024 * 1024  # a full quick_check at open up to this size


class DatabaseRefused(DatabaseError):
    """The database cannot be used as it is; nothing was written. `code` says why."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message, code=code, **params)


def version_number(version: str = __version__) -> int:
    """'1.2.3' -> 10203, for the header's 32-bit user_version."""
    parts = [int(p) for p in re.findall(r"\d+", version)[:3]] + [0, 0, 0]
    return parts[0] * 10000 + parts[1] * 100 + parts[2]


def version_text(number: int) -> str:
    return f"{number // 10000}.{number // 100 % 100}.{number % 100}"


def known_revisions() -> set[str]:
    found = set()
    for path in _VERSIONS.glob("*.py"):
        m = _REVISION.search(path.read_text(encoding="utf-8"))
        if m:
            found.add(m.group(1))
    return found


def _has_backups(data_dir: Path) -> bool:
    return any((data_dir / "backups").glob("collector-desk-*.sqlite"))


def _backups_param(data_dir: Path) -> dict[str, str]:
    """For the window's words: whether `collector-desk restore` has a backup to offer."""
    return {"folder": str(data_dir / "backups"), "backups": "yes" if _has_backups(data_dir) else ""}


def _restore_hint(data_dir: Path) -> str:
    backups = data_dir / "backups"
    if _has_backups(data_dir):
        return (
            "run `collector-desk restore` to see the backups in "
            f"{backups} and go back to one (the damaged file is kept)"
        )
    return "there is no backup in the data folder; restore the file from your own copy"


def make_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) user-only; an existing folder is left as is."""
    if path.exists():
        return
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if PRIVATE_POSIX:
        os.chmod(path, 0o700)


def create_private_file(path: Path) -> None:
    """An empty file only this user may read (SQLite opens an empty file as a new
    database and gives its -wal and -shm files the same permissions)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    if PRIVATE_POSIX:
        os.chmod(path, 0o600)


def check(data_dir: Path, db_path: Path, *, schema: bool = True) -> None:
    """Refuse a folder or file the app must not write to; create a new one privately.
    `schema=False` leaves an unknown schema revision to the caller (`check` reports it)."""
    if data_dir.exists() and not data_dir.is_dir():
        raise DatabaseRefused(
            "data_dir_is_file",
            f"the data folder {data_dir} is a file, not a folder; move it away or choose "
            "another folder with --data-dir or COLLECTOR_DESK_DATA_DIR",
            folder=str(data_dir),
        )
    if not data_dir.exists():
        try:
            make_private_dir(data_dir)
        except OSError as exc:
            raise DatabaseRefused(
                "data_dir_unwritable",
                f"cannot create the data folder {data_dir} ({exc.strerror}); choose another "
                "with --data-dir",
                folder=str(data_dir),
                reason=exc.strerror or type(exc).__name__,
            ) from exc
    if db_path.is_symlink() and not db_path.exists():
        raise DatabaseRefused(
            "db_link_broken",
            f"{db_path} is a link to {os.readlink(db_path)}, which does not exist (a drive "
            "not mounted?); connect it, or move the link away",
            file=db_path.name,
            target=os.readlink(db_path),
        )
    if db_path.exists() and not db_path.is_file():
        raise DatabaseRefused(
            "db_is_folder",
            f"{db_path} is a folder, not a database file; move it away",
            file=str(db_path),
        )
    if db_path.exists() and db_path.stat().st_size == 0 and _has_backups(data_dir):
        # An empty file where backups were taken is a database that was lost (a disk
        # or a program truncated it), not a first start: never begin afresh over it.
        raise DatabaseRefused(
            "empty_with_backups",
            f"the database {db_path} is empty (0 bytes), though backups of it exist; "
            "nothing was written. Run `collector-desk restore` to go back to a backup",
            file=db_path.name,
        )
    if not db_path.exists() or db_path.stat().st_size == 0:
        if not os.access(data_dir, os.W_OK):
            raise DatabaseRefused(
                "read_only",
                f"the data folder {data_dir} is read-only; give this user write access "
                "or choose another folder with --data-dir",
                folder=str(data_dir),
            )
        create_private_file(db_path)
        return
    with open(db_path, "rb") as f:
        head = f.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise DatabaseRefused(
            "not_sqlite",
            f"{db_path} is not a readable database file (it may have been overwritten); "
            + _restore_hint(data_dir),
            file=db_path.name,
            **_backups_param(data_dir),
        )
    if not os.access(db_path, os.W_OK) or not os.access(data_dir, os.W_OK):
        which = "file" if not os.access(db_path, os.W_OK) else "folder"
        raise DatabaseRefused(
            "read_only",
            f"the database {which} {db_path if which == 'file' else data_dir} is read-only; "
            "nothing was written. Give this user write access to the data folder and its files",
            **({"file": db_path.name} if which == "file" else {"folder": str(data_dir)}),
        )
    _check_content(data_dir, db_path, schema)


def newer_writer(db_path: Path) -> str | None:
    """The version that wrote the file, when it is newer than this one."""
    try:
        conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
        try:
            written = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return version_text(written) if written > version_number() else None


def _check_content(data_dir: Path, db_path: Path, schema: bool) -> None:
    uri = f"file:{db_path.as_posix()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise DatabaseRefused(
            "unopenable",
            f"{db_path} cannot be opened ({exc}); check the data folder",
            file=db_path.name,
            reason=str(exc),
        ) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        written_by = conn.execute("PRAGMA user_version").fetchone()[0]
        # quick_check reads every page: 3.7 s warm, 77 s cold for a 960 MB file on a
        # 2-core machine. Above the limit the open checks the schema only; SQLite still
        # refuses any damaged page it meets (a clean "damaged" line), and `check` runs
        # the full integrity check.
        big = db_path.stat().st_size > QUICK_CHECK_MAX_BYTES
        verdict = ["ok"] if big else [r[0] for r in conn.execute("PRAGMA quick_check")]
        if verdict != ["ok"]:
            raise DatabaseRefused(
                "damaged",
                f"the database {db_path} is damaged (its check found {len(verdict)} "
                "problem(s)); nothing was written; " + _restore_hint(data_dir),
                file=db_path.name,
                count=str(len(verdict)),
                **_backups_param(data_dir),
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revisions = (
            [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            if "alembic_version" in tables
            else []
        )
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            return  # another writer holds it: the engine's busy timeout deals with that
        disk = _disk_condition(exc)
        if disk is not None:
            raise DatabaseRefused(*disk, file=db_path.name) from exc
        raise DatabaseRefused(
            "damaged",
            f"the database {db_path} cannot be read ({exc}); " + _restore_hint(data_dir),
            file=db_path.name,
            **_backups_param(data_dir),
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(
            "damaged",
            f"the database {db_path} is damaged ({exc}); nothing was written; "
            + _restore_hint(data_dir),
            file=db_path.name,
            **_backups_param(data_dir),
        ) from exc
    finally:
        conn.close()
    if app_id not in (0, APPLICATION_ID) or (tables - {"alembic_version"} and not revisions):
        raise DatabaseRefused(
            "not_ours",
            f"{db_path} is another program's database, not Collector Desk's (tables but no "
            "schema version of ours); move it away or choose another folder with --data-dir",
            file=db_path.name,
        )
    unknown = [r for r in revisions if r not in known_revisions()]
    if not unknown and revisions:
        lacking = _lacking_at_head(db_path, revisions)
        if lacking is not None:
            raise DatabaseRefused(
                "schema_changed",
                f"the database {db_path} lacks {lacking}, which its schema version has "
                "(another program changed it, or it is damaged); nothing was written; "
                + _restore_hint(data_dir),
                file=db_path.name,
                lacking=lacking.removeprefix("the table ").removeprefix("the column "),
                **_backups_param(data_dir),
            )
    if unknown and schema:
        if written_by > version_number():
            needed = version_text(written_by)
            said = f"Collector Desk {needed}; this is {__version__}. Install {needed} or newer"
        else:
            said = f"a newer Collector Desk than {__version__}. Install the newest version"
        raise DatabaseRefused(
            "newer_schema",
            f"this database was written by {said}; nothing was changed (schema {unknown[0]})",
            file=db_path.name,
            needed=version_text(written_by) if written_by > version_number() else "",
            version=__version__,
            schema=unknown[0],
        )


def unusable(db_path: Path) -> str | None:
    """Why a sound SQLite file cannot be this version's database (a backup to restore):
    another program's, written by a newer Collector Desk, or lacking tables; else None."""
    why = unusable_why(db_path)
    return None if why is None else why[1]


def unusable_why(db_path: Path) -> tuple[str, str, dict[str, str]] | None:
    """`unusable` as (code, English words, params) for the window to word it itself."""
    try:
        conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True, timeout=10)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            written_by = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revisions = (
                [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
                if "alembic_version" in tables
                else []
            )
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return "unreadable", f"cannot be read ({exc})", {"reason": str(exc)}
    if app_id not in (0, APPLICATION_ID) or not revisions:
        return "not_ours", "another program's database, not Collector Desk's", {}
    unknown = [r for r in revisions if r not in known_revisions()]
    if unknown:
        needed = version_text(written_by) if written_by > version_number() else ""
        newer = f"Collector Desk {needed}" if needed else "a newer Collector Desk"
        return (
            "newer_schema",
            f"written by {newer} (schema {unknown[0]}), which this version cannot read",
            {"needed": needed, "version": __version__, "schema": unknown[0]},
        )
    lacking = _lacking_at_head(db_path, revisions)
    if lacking is None:
        return None
    name = lacking.removeprefix("the table ").removeprefix("the column ")
    return "schema_changed", f"lacking {lacking}", {"lacking": name}


def _disk_condition(exc: sqlite3.Error) -> tuple[str, str] | None:
    """A full or failing disk met while the file is read: not a damaged database."""
    words = str(exc).lower()
    if "disk is full" in words:
        return "disk_full", "the disk is full; nothing was written. Free some space and try again"
    if "disk i/o error" in words:
        return (
            "disk_io",
            "the disk failed to read or write (full, or failing?); nothing was written. "
            "Free some space or check the drive, then try again",
        )
    return None


def _lacking_at_head(db_path: Path, revisions: list[str]) -> str | None:
    """The first table or column of the models that a database stamped at head lacks.

    A file whose tables were dropped or altered by another program passes the
    integrity check; without this it fails later, half-way through some command."""
    from collector_desk.store.db import head_from_files

    if revisions != [head_from_files()]:
        return None  # behind: the upgrade brings the tables; its own check follows
    from collector_desk.store.models import Base

    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        for table in Base.metadata.sorted_tables:
            have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table.name}")')}
            if not have:
                return f"the table {table.name}"
            for column in table.columns:
                if column.name not in have:
                    return f"the column {table.name}.{column.name}"
    except sqlite3.OperationalError:
        return None  # locked meanwhile: the engine's busy timeout deals with that
    finally:
        conn.close()
    return None


def stamp(engine: Engine) -> None:
    """Record Collector Desk and this version in the file's header (once per version)."""
    if engine.dialect.name != "sqlite":
        return
    ours = version_number()
    with engine.begin() as conn:
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
        written = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
        if app_id != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        if written < ours:
            conn.exec_driver_sql(f"PRAGMA user_version={ours}")
