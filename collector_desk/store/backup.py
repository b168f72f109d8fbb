"""Verified backups of the SQLite file, thinned like Anki's: keep every backup
of the last two days, then one a day for a week, one a week for a month, and
one a month for a year."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from collector_desk.errors import AppError

PREFIX = "collector-desk-"
SUFFIX = ".sqlite"


class BackupError(AppError, RuntimeError):
    pass


def take(
    db_path: Path, backup_dir: Path, *, reason: str = "daily", now: datetime | None = None
) -> Path:
    """Copy the database with SQLite's online backup and check the copy."""
    from collector_desk.store.preflight import create_private_file, make_private_dir

    now = now or datetime.now(UTC)
    make_private_dir(backup_dir)
    stamp = now.strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)  # user-only, like the database
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
        raise BackupError(
            f"backup of {db_path} failed its integrity check: {ok}",
            code="backup_copy_damaged",
            file=db_path.name,
        )
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


# --- restore -------------------------------------------------------------------------


@dataclass(frozen=True)
class Saved:
    """One backup file, as `collector-desk restore` lists it."""

    path: Path
    taken: datetime | None  # from the name, UTC
    reason: str
    size: int


def listing(backup_dir: Path) -> list[Saved]:
    """The backups, newest first."""
    out = []
    for path in backup_dir.glob(f"{PREFIX}*{SUFFIX}"):
        stem = path.name[len(PREFIX) : -len(SUFFIX)]
        try:
            taken: datetime | None = datetime.strptime(stem[:22], "%Y%m%d-%H%M%S-%f").replace(
                tzinfo=UTC
            )
            reason = stem[23:]
        except ValueError:
            taken, reason = None, stem
        out.append(Saved(path, taken, reason, path.stat().st_size))
    return sorted(out, key=lambda b: b.taken or datetime.min.replace(tzinfo=UTC), reverse=True)


def verify(path: Path) -> str | None:
    """None if the backup passes `integrity_check`, else what is wrong (one line)."""
    why = verify_why(path)
    return None if why is None else why[1]


def verify_why(path: Path) -> tuple[str, str, dict[str, str]] | None:
    """`verify` as (code, English words, params): not_sqlite, unreadable, damaged,
    not_ours, newer_schema, schema_changed; the window words each code itself."""
    try:
        with open(path, "rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                return "not_sqlite", "not a database file", {}
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        return "unreadable", f"cannot be read ({exc})", {"reason": str(exc)}
    if rows != ["ok"]:
        return "damaged", f"damaged ({len(rows)} problem(s))", {"count": str(len(rows))}
    from collector_desk.store.preflight import unusable_why

    return unusable_why(path)  # sound, but another program's, or newer than this version


def restore(db_path: Path, chosen: Path, *, now: datetime | None = None) -> Path | None:
    """Put a verified copy of `chosen` in place of the database. The file it replaces
    (and its -wal/-shm) is kept beside it as `...-replaced-<time>`; returns that path."""
    from collector_desk.store.preflight import create_private_file

    problem = verify_why(chosen)
    if problem is not None:
        code, words, params = problem
        raise BackupError(
            f"the backup {chosen.name} is {words}; choose another",
            code=f"backup_{code}",
            file=chosen.name,
            **params,
        )
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    kept: Path | None = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}-replaced-{stamp}")
        db_path.replace(kept)
        for extra in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + extra)
            if side.exists():
                side.replace(kept.with_name(kept.name + extra))
    partial = db_path.with_name(db_path.name + ".restoring")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    src = sqlite3.connect(f"file:{chosen.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(db_path)
    return kept
