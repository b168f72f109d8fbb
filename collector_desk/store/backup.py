"""Verified backups of the SQLite file, thinned like Anki's: keep every backup
of the last two days, then one a day for a week, one a week for a month, and
one a month for a year."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

PREFIX = "collector-desk-"
SUFFIX = ".sqlite"


class BackupError(RuntimeError):
    pass


def take(
    db_path: Path, backup_dir: Path, *, reason: str = "daily", now: datetime | None = None
) -> Path:
    """Copy the database with SQLite's online backup and check the copy."""
    now = now or datetime.now(UTC)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    if not ok or ok[0] != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"backup of {db_path} failed its integrity check: {ok}")
    partial.replace(target)
    return target


def backup_day(path: Path) -> date | None:
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        return datetime.strptime(name[len(PREFIX) : len(PREFIX) + 8], "%Y%m%d").date()
    except ValueError:
        return None


def to_remove(days: Iterable[tuple[Path, date]], today: date) -> list[Path]:
    """Which backups thinning drops. Newest first within each period is kept."""
    keep_periods: set[tuple[str, object]] = set()
    remove: list[Path] = []
    for path, day in sorted(days, key=lambda p: (p[1], p[0].name), reverse=True):
        age = (today - day).days
        if age <= 1:
            continue
        if age <= 7:
            period: tuple[str, object] = ("day", day)
        elif age <= 31:
            period = ("week", day.isocalendar()[:2])
        elif age <= 365:
            period = ("month", (day.year, day.month))
        else:
            remove.append(path)
            continue
        if period in keep_periods:
            remove.append(path)
        else:
            keep_periods.add(period)
    return remove


def thin(backup_dir: Path, today: date) -> list[Path]:
    found = [(p, d) for p in backup_dir.glob(f"{PREFIX}*{SUFFIX}") if (d := backup_day(p))]
    doomed = to_remove(found, today)
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
