"""A setting read before SQLAlchemy is imported (about 150 ms), so the window can
show first: the standard library's sqlite3, read-only, and nothing else."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any


def stored_setting(db_path: Path, key: str) -> Any | None:
    """The JSON value of `setting.key` in this database file; None when there is no
    file, no such setting, or the file cannot be read right now."""
    if not db_path.is_file():
        return None
    uri = f"file:{db_path.as_posix()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=1)) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return json.loads(row[0]) if row else None
