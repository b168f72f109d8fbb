"""How many connections a workstation's window holds on the team's server, counted in
pg_stat_activity for the window's whole life: at most 3 at any moment (the work
connection, one more for a moment, the live-update listener's), and only the
listener's once it has been idle for SERVER_IDLE_CLOSE_S. 50 workstations thus stay
well under PostgreSQL's default max_connections of 100."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import create_engine, make_url, text
from test_exchange_support import seed_portfolio
from ui_desk_support import TODAY, close_window, daytime_now, open_case, settle

from collector_desk.app import build_window
from collector_desk.services.context import Desk
from collector_desk.store import db as store_db

pytestmark = pytest.mark.pg
PEAK_BUDGET = 3


class Connections:
    """Samples the app's connections to one database every 10 ms, on a thread."""

    def __init__(self, url: str) -> None:
        self.engine = create_engine(
            url, isolation_level="AUTOCOMMIT", connect_args={"application_name": "desk-test"}
        )
        self.database = make_url(url).database
        self.peak = 0
        self.now = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = :d "
                        "AND application_name = 'collector-desk'"
                    ),
                    {"d": self.database},
                ).scalar_one()
            )

    def _run(self) -> None:
        while not self._stop.wait(0.01):
            self.now = self.count()
            self.peak = max(self.peak, self.now)

    @contextmanager
    def watching(self) -> Iterator[Connections]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            self._thread.join(5)
            self.engine.dispose()


def test_a_window_holds_at_most_3_connections_and_1_when_idle(
    qtbot, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    owner = Desk.open(tmp_path / "owner", url=pg_url, today=lambda: TODAY)
    loans = seed_portfolio(owner, 3)
    owner.close()
    first = Desk.open(tmp_path / "ws", url=pg_url)
    first.set_settings(first_run_done=True, collector_id="C001", collector_name="C001")
    first.close()
    monkeypatch.setattr(store_db, "SERVER_IDLE_CLOSE_S", 1)  # idle ones are closed soon
    counted = Connections(pg_url)
    with counted.watching():
        assert counted.count() == 0
        window = build_window(tmp_path / "ws", today=TODAY, lang="en", database_url=pg_url)
        window.desk.now = daytime_now()  # its calls are never saved in quiet hours
        try:
            window.show()
            qtbot.waitExposed(window)
            settle(qtbot)
            qtbot.waitUntil(lambda: window._live is not None, timeout=10_000)
            for loan in loans:
                open_case(qtbot, window, loan)
                combo = window.call_outcome.disposition
                combo.setCurrentIndex(combo.findData("no_answer"))
                with qtbot.waitSignal(window.changed, timeout=10_000):
                    window.findChild(QPushButton, "promiseSave").click()
                settle(qtbot)
            working = counted.peak
            assert 2 <= working <= PEAK_BUDGET, working  # work and listener, at least
            # quiet now: the work connection is closed, the listener's stays
            qtbot.waitUntil(lambda: counted.count() == 1, timeout=15_000)
            open_case(qtbot, window, loans[0])  # and work goes on: a new one is made
            assert window.calls.detail is not None
        finally:
            close_window(window)
        qtbot.waitUntil(lambda: counted.count() == 0, timeout=10_000)
    assert counted.peak <= PEAK_BUDGET
    print({"peak_connections": counted.peak, "working_peak": working})
