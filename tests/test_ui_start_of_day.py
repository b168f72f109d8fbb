"""Writes off the GUI thread with their change kinds; start of day behind a usable window.

- A payment saved from its dialog runs on a worker thread; its change set
  (PAYMENT, CASE, that loan) reaches the views, and the case list repaints
  that one row, with no reload.
- A second morning with stale cases: the window is wired and usable while the
  refresh waits for the database; the rows on screen are drawn as updating and
  the status bar counts; the rows on screen come up first, then the rest; at
  the end every row is current and the count is gone.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from ui_desk_support import TODAY, close_window, make_portfolio, open_case, settle

from collector_desk.app import WINDOW_SIZE, build_window
from collector_desk.services import case_state
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.ui import ops
from collector_desk.ui.desk.case_model import UPDATING_FG, Column
from collector_desk.ui.main_window import MainWindow

DB = "collector-desk.sqlite"
LATER = TODAY + timedelta(days=9)  # a long weekend and more: instalments fall due


@pytest.fixture
def portfolio(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    make_portfolio(folder, cases=80)
    return folder


@pytest.fixture
def window(qtbot, portfolio: Path) -> Iterator[MainWindow]:
    w = build_window(portfolio, today=TODAY, lang="en")
    qtbot.addWidget(w)
    w.resize(*WINDOW_SIZE)
    w.left_tabs.setCurrentWidget(w.case_list)
    w.show()
    settle(qtbot)
    yield w
    settle(qtbot)
    close_window(w)


def test_a_payment_from_its_dialog_is_written_off_the_gui_thread_and_repaints_only_its_row(
    qtbot, window: MainWindow
) -> None:
    from collector_desk.ui.worklist.dialogs import PaymentDialog

    desk = window.desk
    assert desk is not None
    model = window.case_list.model
    assert model is not None
    loan_id = model.row(3).loan_id
    # The desk's clock is asked for the payment's timestamp: it notes the thread,
    # from the save until the runner says the write is finished.
    threads: list[threading.Thread] = []
    clock = desk.now
    writing = [False]

    def now():
        if writing[0]:
            threads.append(threading.current_thread())
        return clock()

    desk.now = now
    resets: list[int] = []
    repainted: set[int] = set()
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(
        lambda first, last, _roles=(): repainted.update(range(first.row(), last.row() + 1))
    )
    seen: list[ChangeSet] = []
    window.changed.connect(seen.append)

    dialog = PaymentDialog(window, loan_id, "test")
    qtbot.addWidget(dialog)
    dialog.amount.setText("1.00")  # less than an instalment: the row keeps its place
    window.ops.finished.connect(lambda _title: writing.__setitem__(0, False))
    writing[0] = True
    with qtbot.waitSignal(window.changed, timeout=10_000):
        dialog.save()
        assert not dialog.isEnabled()  # saving; the GUI thread is free meanwhile
    assert dialog.error.text() == ""
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: bool(repainted))
    settle(qtbot)

    assert threads and threading.main_thread() not in threads  # written on a worker
    assert seen == [ChangeSet.of(ChangeKind.PAYMENT, ChangeKind.CASE, loans=[loan_id])]
    assert repainted == {3} and resets == []  # only its row, no reload


def _hold_the_database(folder: Path) -> sqlite3.Connection:
    """Another writer in the middle of its transaction: our writes wait (busy_timeout)."""
    conn = sqlite3.connect(folder / DB, isolation_level=None, timeout=5)
    conn.execute("BEGIN IMMEDIATE")
    return conn


def test_start_of_day_runs_behind_a_usable_window_visible_rows_first(
    qtbot, portfolio: Path, tmp_path: Path
) -> None:
    desk = Desk.open(portfolio, today=lambda: LATER)
    with desk.read() as s:
        stale = set(case_state.stale_loan_ids(s, LATER))
    assert len(stale) > 20, "the fixture must leave cases stale overnight"
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    # As app.run_gui does once the database is open: wire, then start the day.
    window.attach(desk)
    window.install_features()
    window.left_tabs.setCurrentWidget(window.case_list)
    view = window.case_list
    view.bucket.setCurrentIndex(view.bucket.findData("M1"))  # the list shows a part
    settle(qtbot)
    model = view.model
    assert model is not None and model.rowCount() > 0
    on_screen = {model.row(n).loan_id for n in range(model.rowCount())}
    assert on_screen & stale and stale - on_screen  # some shown, some not

    days: list[ChangeSet] = []
    window.changed.connect(lambda c: days.append(c) if ChangeKind.DAY in c.kinds else None)
    steps: list[tuple[int, int]] = []
    window.day_refresh.progressed.connect(lambda done, total: steps.append((done, total)))
    holder = _hold_the_database(portfolio)
    try:
        window.start_of_day()
        label = window.day_refresh.label
        qtbot.waitUntil(lambda: label.isVisible())
        assert label.text() == f"Bringing cases up to date: 0 of {len(stale)}"
        # Usable while the refresh waits: the list answers, a case opens.
        updating = [n for n in range(model.rowCount()) if model.row(n).updating]
        assert updating, "stale rows must be drawn as updating"
        index = model.index(updating[0], Column.OVERDUE)
        assert model.data(index, Qt.ItemDataRole.ForegroundRole) == UPDATING_FG
        assert "Updating" in model.data(index, Qt.ItemDataRole.ToolTipRole)
        open_case(qtbot, window, model.row(updating[0]).loan_id, settled=False)
        assert window.case_pane.detail is not None
        assert window.day_refresh.running
        view.grab().save(str(tmp_path / "case-list-updating.png"))
        window.statusBar().grab().save(str(tmp_path / "status-bar-updating.png"))
    finally:
        holder.rollback()
        holder.close()

    with qtbot.waitSignal(window.day_refresh.finished, timeout=30_000) as finished:
        pass
    settle(qtbot)
    assert finished.args == [len(stale)]
    # The rows on screen first, by id; then the rest; then "the day is done".
    assert days[0].loans == on_screen & stale
    assert set().union(*(c.loans for c in days)) == stale
    assert days[-1] == ChangeSet.of(ChangeKind.DAY)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    assert steps[-1] == (len(stale), len(stale))
    assert not any(model.row(n).updating for n in range(model.rowCount()))
    assert model.data(model.index(0, Column.OVERDUE), Qt.ItemDataRole.ForegroundRole) != (
        UPDATING_FG
    )
    assert not window.day_refresh.label.isVisible()
    with desk.read() as s:
        assert case_state.stale_loan_ids(s, LATER) == []
    window.statusBar().grab().save(str(tmp_path / "status-bar-done.png"))
    close_window(window)


def test_closing_the_window_cancels_the_start_of_day_at_its_next_chunk(
    qtbot, portfolio: Path
) -> None:
    desk = Desk.open(portfolio, today=lambda: LATER)
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.attach(desk)
    window.case_list.bucket.setCurrentIndex(window.case_list.bucket.findData("M1"))
    ended: list[int] = []
    window.day_refresh.finished.connect(ended.append)
    holder = _hold_the_database(portfolio)
    try:
        window.start_of_day()
        qtbot.waitUntil(lambda: window.day_refresh.label.text() != "")
        window.close()  # cancels: the refresh stops at its next step
    finally:
        holder.rollback()
        holder.close()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=30_000)
    QApplication.processEvents()
    assert ended == [0] and not window.day_refresh.running
    with desk.read() as s:
        left = case_state.stale_loan_ids(s, LATER)
    assert left, "cancelled before every chunk was written"
    desk.close()


def test_the_list_kinds_are_change_kinds() -> None:
    from collector_desk.ui.desk import case_list
    from collector_desk.ui.worklist import today_view

    kinds = {k.value for k in ChangeKind}
    assert kinds >= case_list.LIST_KINDS and kinds >= case_list.WHOLE_LIST_KINDS
    assert case_list.DAY == today_view.DAY == ChangeKind.DAY.value
    assert kinds >= today_view.RELOAD_KINDS


def test_bring_up_to_date_writes_step_by_step_and_a_cancel_keeps_the_steps_written(
    portfolio: Path,
) -> None:
    from collector_desk.domain.progress import Cancelled, Progress

    desk = Desk.open(portfolio, today=lambda: LATER)
    try:
        with desk.read() as s:
            stale = case_state.stale_loan_ids(s, LATER)
        first = stale[:3]
        progress = Progress()
        steps: list[tuple[int, int, frozenset[str]]] = []

        def step(done: int, total: int, ids: frozenset[str]) -> None:
            steps.append((done, total, ids))
            if len(steps) == 2:
                progress.cancelled = True  # the window closes after the rows on screen

        with pytest.raises(Cancelled):
            case_state.bring_up_to_date(desk, first=first, chunk=5, progress=progress, on_step=step)
        assert steps == [(0, len(stale), frozenset()), (3, len(stale), frozenset(first))]
        with desk.read() as s:
            left = case_state.stale_loan_ids(s, LATER)
        assert set(left) == set(stale) - set(first)  # the first step stayed written

        steps.clear()
        assert case_state.bring_up_to_date(desk, chunk=5, on_step=step) == len(left)
        assert set().union(*(ids for _, _, ids in steps)) == set(left)
        assert steps[-1][0] == len(left)
        with desk.read() as s:
            assert case_state.stale_loan_ids(s, LATER) == []
        assert case_state.bring_up_to_date(desk) == 0  # nothing stale twice on one day
    finally:
        desk.close()
