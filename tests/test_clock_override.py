"""COLLECTOR_DESK_TODAY / COLLECTOR_DESK_NOW move the desk's clock (support and benches)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from collector_desk.services.context import Desk


def test_today_moves_today_and_the_clock_by_whole_days(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLLECTOR_DESK_TODAY", "2026-03-16")
    desk = Desk.open(tmp_path)
    try:
        assert desk.today() == date(2026, 3, 16)
        shift = (date(2026, 3, 16) - date.today()).days
        moved = desk.now() - datetime.now(UTC)
        assert abs(moved - timedelta(days=shift)) < timedelta(minutes=1)
    finally:
        desk.close()


def test_now_sets_the_moment_and_runs_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLECTOR_DESK_NOW", "2026-03-16T09:00:00+08:00")
    desk = Desk.open(tmp_path)
    try:
        first = desk.now()
        assert first.tzinfo is not None
        assert abs(first - datetime(2026, 3, 16, 1, 0, tzinfo=UTC)) < timedelta(minutes=1)
        assert desk.now() >= first
        assert desk.today() == first.astimezone().date()
    finally:
        desk.close()


def test_unset_is_the_system_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLLECTOR_DESK_TODAY", raising=False)
    monkeypatch.delenv("COLLECTOR_DESK_NOW", raising=False)
    desk = Desk.open(tmp_path)
    try:
        assert desk.today() == date.today()
        assert abs(desk.now() - datetime.now(UTC)) < timedelta(minutes=1)
    finally:
        desk.close()
