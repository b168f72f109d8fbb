"""The window shows its first page of cases before the database layer loads: the
list from sqlite3 (store/first_page.py), usable and painted before SQLAlchemy is
imported; what the collector does meanwhile (a search typed, a case opened) waits for
the database and then happens; the Today tab builds its plan once, after the start
of day, not beside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_desk_support import TODAY, close_window, make_portfolio, settle

from collector_desk.app import WINDOW_SIZE, build_window
from collector_desk.domain.case_rows import CaseQuery
from collector_desk.services.context import Desk
from collector_desk.store.db import DB_FILENAME
from collector_desk.store.first_page import read_first_page
from collector_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def portfolio(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    make_portfolio(folder, cases=60)
    return folder


def test_the_report_paints_before_sqlalchemy_and_counts_true(portfolio: Path, tmp_path: Path):
    later = TODAY + timedelta(days=9)  # rows to bring up: the start of day has work
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "s"),
           "PYTHONPATH": str(ROOT), "COLLECTOR_DESK_TODAY": later.isoformat()}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(portfolio), "--startup-report"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["cases"] == 60 and figures["stale_cases"] > 0
    assert 0 < figures["shown_ms"] <= figures["usable_ms"] <= figures["painted_ms"]
    assert figures["painted_ms"] <= figures["refreshed_ms"]
    log = (tmp_path / "s" / "CollectorDesk" / "log" / "collector-desk.log").read_text("utf-8")
    assert "first page painted (sqlalchemy_before_paint=False)" in log
    assert "startup {" in log


def _early_window(qtbot, folder: Path) -> MainWindow:
    """What run_gui does before the database opens: the list and its first page."""
    window = MainWindow(lang="en", panes=False)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.build_case_list()
    rows = read_first_page(folder / DB_FILENAME, TODAY)
    assert rows
    window.case_list.show_first_page(CaseQuery(), rows)
    return window


def test_what_is_done_before_the_database_opens_happens_once_it_is(qtbot, portfolio: Path):
    window = _early_window(qtbot, portfolio)
    view = window.case_list
    model = view.model
    assert model is not None and model.rowCount() == 60
    second = model.row(1).loan_id
    view.table.setCurrentIndex(model.index(1, 0))
    view.eventFilter(view.table, _enter_key())  # Enter: open the case... not yet
    view.search.setText(model.row(0).contract_no)  # and a search typed meanwhile
    qtbot.waitUntil(lambda: not view._search_timer.isActive())
    assert model.rowCount() == 60  # the search waits for the database

    window.build_panes()
    desk = Desk.open(portfolio, today=lambda: TODAY)
    window.attach(desk)
    try:
        qtbot.waitUntil(lambda: model.rowCount() == 1)  # the search, read from the database
        qtbot.waitUntil(
            lambda: window.calls.detail is not None and window.calls.detail.loan_id == second
        )
        settle(qtbot)
    finally:
        close_window(window)


def test_the_today_plan_is_built_once_after_the_start_of_day(qtbot, portfolio: Path):
    later = TODAY + timedelta(days=9)
    window = build_window(portfolio, today=later, lang="en")
    qtbot.addWidget(window)
    try:
        from collector_desk.ui.worklist import WorklistFeature

        today = window.feature(WorklistFeature).today
        with qtbot.waitSignal(window.day_refresh.finished, timeout=30_000) as ended:
            assert window.day_refresh.running and today.builds == 0  # waits for the day
        assert ended.args and ended.args[0] > 0
        qtbot.waitUntil(lambda: today.plan is not None, timeout=30_000)
        settle(qtbot)
        assert today.builds == 1 and today.plan is not None and today.plan.day == later
    finally:
        close_window(window)


def _enter_key():
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)


def test_the_first_page_is_in_the_lists_scope(portfolio: Path) -> None:
    """The collector's own cases when the workstation says so, as the list will show;
    from the settings file, or from the database for a folder from before the file."""
    import sqlite3

    from collector_desk.app import first_page
    from collector_desk.store.local_settings import local_path

    assert first_page(portfolio, "postgresql://desk@db.lan/desk") is None  # a server: no
    everyone = first_page(portfolio, None)
    assert everyone is not None and everyone[0] == CaseQuery() and len(everyone[1]) == 60
    desk = Desk.open(portfolio, today=lambda: TODAY)
    desk.set_settings(collector_id="C001", role="collector")
    desk.close()
    mine = first_page(portfolio, None)
    assert mine is not None and mine[0] == CaseQuery(assigned_to="C001")
    local_path(portfolio).unlink()  # an older folder: these settings were in the database
    with sqlite3.connect(portfolio / DB_FILENAME) as conn:
        conn.executemany(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            [("collector_id", '"C002"'), ("role", '"collector"')],
        )
    older = first_page(portfolio, None)
    assert older is not None and older[0] == CaseQuery(assigned_to="C002")
