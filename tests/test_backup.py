"""Backups: verified copies, thinned like Anki's (checked on fixed dates)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from collector_desk.store import backup
from collector_desk.store.db import DB_FILENAME, open_database


def fake(day: date, n: int = 0) -> Path:
    return Path(f"{backup.PREFIX}{day:%Y%m%d}-10{n:02d}00-000000-daily{backup.SUFFIX}")


def kept(days: list[Path], today: date) -> list[str]:
    pairs = [(p, d) for p in days if (d := backup.backup_day(p))]
    gone = set(backup.to_remove(pairs, today))
    return sorted(
        p.name[len(backup.PREFIX) : len(backup.PREFIX) + 8] for p in days if p not in gone
    )


def test_thinning_on_fixed_dates() -> None:
    today = date(2026, 3, 16)  # a Monday
    # Three backups a day for the last 400 days.
    paths = [fake(today - timedelta(days=age), n) for age in range(400) for n in range(3)]
    remaining = kept(paths, today)
    by_day: dict[str, int] = {}
    for day in remaining:
        by_day[day] = by_day.get(day, 0) + 1
    # Today and yesterday: every backup.
    assert by_day["20260316"] == 3 and by_day["20260315"] == 3
    # 2-7 days old: one a day.
    for age in range(2, 8):
        assert by_day[f"{today - timedelta(days=age):%Y%m%d}"] == 1
    # 8-31 days old: one per ISO week (the newest of the week).
    weekly = [
        d for d in remaining if 8 <= (today - datetime.strptime(d, "%Y%m%d").date()).days <= 31
    ]
    weeks = {datetime.strptime(d, "%Y%m%d").date().isocalendar()[:2] for d in weekly}
    assert len(weekly) == len(weeks)
    assert "20260308" in weekly  # Sunday 8 March, newest day of ISO week 10, is kept
    # 32-365 days old: one per month; older than a year: none.
    monthly = [
        d for d in remaining if 32 <= (today - datetime.strptime(d, "%Y%m%d").date()).days <= 365
    ]
    assert len(monthly) == len({d[:6] for d in monthly})
    assert not [d for d in remaining if (today - datetime.strptime(d, "%Y%m%d").date()).days > 365]
    assert len(remaining) == 6 + 6 + len(weekly) + len(monthly)


def test_thinning_keeps_the_newest_of_a_period() -> None:
    today = date(2026, 3, 16)
    older, newer = fake(date(2026, 1, 5)), fake(date(2026, 1, 20))
    assert kept([older, newer], today) == ["20260120"]


def test_thinning_ignores_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me")
    (tmp_path / f"{backup.PREFIX}garbage{backup.SUFFIX}").write_text("x")
    old = tmp_path / fake(date(2020, 1, 1)).name
    old.write_text("x")
    assert backup.thin(tmp_path, date(2026, 3, 16)) == [old]
    assert (tmp_path / "notes.txt").exists()
    assert (tmp_path / f"{backup.PREFIX}garbage{backup.SUFFIX}").exists()


def test_take_makes_a_verified_copy(tmp_path: Path) -> None:
    database = open_database(tmp_path / "data")
    database.close()
    now = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    copy = backup.take(tmp_path / "data" / DB_FILENAME, tmp_path / "b", reason="daily", now=now)
    assert copy.name.startswith(f"{backup.PREFIX}20260316-090000") and copy.name.endswith(
        "-daily.sqlite"
    )
    assert backup.backup_day(copy) == date(2026, 3, 16)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    assert not list((tmp_path / "b").glob("*.partial"))


def test_take_of_a_broken_file_leaves_no_backup(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(sqlite3.DatabaseError):
        backup.take(bad, tmp_path / "b")
    assert list((tmp_path / "b").iterdir()) == []


def test_the_wal_file_shrinks_back_after_a_big_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big write (here a demo portfolio; intake and the start of day hold their
    checkpoints back) grows the WAL; once checkpointed, the next write truncates it to
    the limit instead of leaving the file at its largest size for good."""
    from collector_desk.services import demo
    from collector_desk.services.context import Desk
    from collector_desk.store import db

    monkeypatch.setattr(db, "WAL_SIZE_LIMIT_BYTES", 256 * 1024)
    desk = Desk.open(tmp_path / "data")
    wal = tmp_path / "data" / (db.DB_FILENAME + "-wal")
    try:
        demo.create_demo(desk, cases=300)
        grown = wal.stat().st_size
        assert grown > 4 * 256 * 1024
        other = sqlite3.connect(tmp_path / "data" / db.DB_FILENAME)  # another program
        other.execute("PRAGMA wal_checkpoint(PASSIVE)")
        other.close()
        desk.set_settings(lender_name="测试")  # the first write after it restarts the WAL
        assert wal.stat().st_size <= 256 * 1024 < grown
    finally:
        desk.close()
