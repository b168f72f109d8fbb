"""Times show in the lender's time zone (setting `timezone`), not the machine's."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QTableWidget
from sqlalchemy import select

from collector_desk.domain.localtime import format_local, lender_zone
from collector_desk.services.context import Desk
from collector_desk.services.demo import create_demo
from collector_desk.store.models import Call
from collector_desk.ui import localtime, ops
from collector_desk.ui.main_window import MainWindow


@pytest.fixture
def utc_machine(monkeypatch: pytest.MonkeyPatch):
    """A workstation whose clock runs in UTC (a fresh Linux install, a server image)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
    localtime.set_zone(None)


def test_format_local() -> None:
    at = datetime(2026, 3, 16, 4, 17, tzinfo=UTC)
    assert format_local(at, "Asia/Shanghai") == "2026-03-16 12:17"
    assert format_local(at, "Asia/Urumqi", "%H:%M") == "10:17"
    assert format_local(at.replace(tzinfo=None), None, "%H:%M") == "12:17"  # naive: UTC
    assert lender_zone("Not/AZone").key == "Asia/Shanghai"


def test_history_shows_calls_in_the_lender_time_zone_on_a_utc_machine(
    qtbot, desk: Desk, utc_machine
) -> None:
    create_demo(desk, cases=20)
    with desk.read() as s:
        call = s.scalars(select(Call).order_by(Call.created_at.desc())).first()
        loan_id, at = call.loan_id, call.created_at
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=30_000)
    w.open_case(loan_id)  # read on a worker
    history = w.findChild(QTableWidget, "caseHistory")

    def shown() -> set[str]:
        return {history.item(r, 0).text() for r in range(history.rowCount())}

    qtbot.waitUntil(lambda: format_local(at, "Asia/Shanghai") in shown(), timeout=10_000)
    assert at.astimezone().strftime("%Y-%m-%d %H:%M") not in shown()  # the machine's UTC
    # Another lender zone, set in the settings: the same call, other wall-clock time.
    w.broadcast(desk.set_settings(timezone="Asia/Urumqi"))
    w.open_case(loan_id)
    qtbot.waitUntil(lambda: format_local(at, "Asia/Urumqi") in shown(), timeout=10_000)
