"""What is read before SQLAlchemy is imported (about 150 ms), so the window can show
first: the standard library's sqlite3, read-only, and nothing else."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


def read_only(db_path: Path) -> sqlite3.Connection:
    """A read-only connection to this database file (it must exist)."""
    return sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True, timeout=1)


def stored_setting(db_path: Path, key: str) -> Any | None:
    """The JSON value of `setting.key` in this database file; None when there is no
    file, no such setting, or the file cannot be read right now."""
    if not db_path.is_file():
        return None
    try:
        with closing(read_only(db_path)) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return json.loads(row[0]) if row else None


def head_from_files(versions: Path = VERSIONS) -> str | None:
    """The head revision read from the migration files' text, without importing
    Alembic: enough to see that a database is already at head."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in versions.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = _REVISION.search(source)
        if rev is None:
            continue
        revisions.add(rev.group(1))
        down = _DOWN.search(source)
        if down is not None:
            downs.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def at_head(conn: sqlite3.Connection) -> bool:
    """This database is stamped at the head revision (nothing to migrate)."""
    head = head_from_files()
    try:
        stamped = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:  # no such table: new, or not ours
        return False
    return head is not None and stamped == [head]
