"""A `-journal` file beside the database that SQLite did not write.

SQLite takes a non-empty `<database>-journal` whose first byte is not zero for a
"hot" rollback journal left by a crash, and a read-only connection (how
`preflight` looks at the file first) cannot roll it back: the open failed with
"attempt to write a readonly database" and the advice to restore a backup, though
the database itself was sound. This database runs in WAL mode and writes no
rollback journal; a journal that does not even begin with a journal's header
(junk copied in, a file of another program's) is no part of it.

(With a `-wal` file beside the database SQLite opens through it and never looks
at the journal; the refusal is only for an open the journal stops.)

`refuse_stray_journal` says so in one line before the open: what the file is, that
the database is sound (checked with the journal ignored, `immutable=1`), and
what to do (move the file out of the data folder). Nothing is moved or deleted:
the user decides. A journal with a real header is left to the usual open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from collector_desk.store.preflight import QUICK_CHECK_MAX_BYTES, DatabaseRefused

JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"  # every rollback journal begins so


def stray_journal(db_path: Path) -> Path | None:
    """The `-journal` beside `db_path` when SQLite would take it for a hot journal
    though it is none (no journal header), else None."""
    journal = db_path.with_name(db_path.name + "-journal")
    try:
        with open(journal, "rb") as f:
            head = f.read(len(JOURNAL_MAGIC))
    except OSError:
        return None  # none there (or unreadable: the open says what is wrong)
    if not head or head[0] == 0 or head == JOURNAL_MAGIC:
        return None  # empty or zeroed (SQLite ignores it), or a real journal
    return journal


def _stopped_by_it(db_path: Path) -> bool:
    """A read-only open fails (it cannot roll the "hot" journal back). With a WAL file
    there SQLite opens through the WAL and never looks at the journal."""
    try:
        conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True, timeout=1)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        return "readonly" in str(exc)
    except sqlite3.Error:
        return False
    return False


def _sound_without(db_path: Path) -> bool:
    """The database passes its check when the journal beside it is ignored."""
    try:
        conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        if db_path.stat().st_size > QUICK_CHECK_MAX_BYTES:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    except (sqlite3.Error, OSError):
        return False
    finally:
        conn.close()


def refuse_stray_journal(db_path: Path) -> None:
    """Raise DatabaseRefused("stray_journal") for a junk journal beside a sound
    database; nothing is written, moved or deleted."""
    journal = stray_journal(db_path)
    if journal is None or not _stopped_by_it(db_path) or not _sound_without(db_path):
        return
    raise DatabaseRefused(
        "stray_journal",
        f"{journal} is not a journal SQLite wrote (it lacks a journal's header) and this "
        f"database keeps none: the database {db_path.name} itself is sound. Move that "
        "file out of the data folder (keep it if you are unsure what it is) and start "
        "again; nothing was written",
        journal=Path(journal).name,
        file=db_path.name,
    )
