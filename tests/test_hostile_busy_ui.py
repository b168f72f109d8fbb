"""The window while a save waits for another writer: the status bar says what it waits
for, "Stop waiting" ends the wait with nothing written, and the form keeps its input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import func, select
from test_hostile import POSIX
from test_hostile_busy import Holder
from ui_desk_support import TODAY, close_window, make_portfolio, settle

from collector_desk.app import build_window
from collector_desk.store.models import Payment
from collector_desk.ui.worklist.dialogs import PaymentDialog


@pytest.fixture
def window(qtbot, tmp_path):
    folder = tmp_path / "data"
    make_portfolio(folder, cases=5)
    w = build_window(folder, today=TODAY, lang="en")
    w.show()
    qtbot.waitExposed(w)
    settle(qtbot)
    yield w
    close_window(w)


def _payments(desk) -> int:
    with desk.read() as s:
        return int(s.scalar(select(func.count()).select_from(Payment)))


@pytest.mark.skipif(not POSIX, reason="the holder's lock file")
def test_a_save_that_waits_shows_it_and_stop_waiting_keeps_the_input(qtbot, window):
    desk = window.desk
    loan_id = window.case_list.model.row(0).loan_id
    before = _payments(desk)
    dialog = PaymentDialog(window, loan_id, "case")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "123.45")
    label = window.findChild(QLabel, "busyWaiting")
    stop = window.findChild(QPushButton, "busyStopWaiting")
    holder = Holder(desk.data_dir)
    try:
        dialog.save()
        qtbot.waitUntil(lambda: label.isVisible() and stop.isVisible(), timeout=10_000)
        assert label.text() == "Busy: the intake of big.csv is running, 40% — waiting…"
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.isEnabled, timeout=10_000)
    finally:
        holder.release()
    assert "stopped waiting. Nothing was written" in dialog.error.text()
    assert dialog.amount.text() == "123.45" and dialog.isVisible()  # the input is kept
    qtbot.waitUntil(lambda: not label.isVisible() and not stop.isVisible(), timeout=5000)
    assert _payments(desk) == before
    dialog.save()  # the lock is free now: saved at once
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert _payments(desk) == before + 1


def test_the_busy_line_speaks_chinese(qtbot, qapp):
    from PySide6.QtWidgets import QMainWindow

    from collector_desk.ui.busy_bar import BusyBar
    from collector_desk.ui.i18n import install_translators

    install_translators(qapp, "zh_CN")
    try:
        main = QMainWindow()
        qtbot.addWidget(main)
        bar = BusyBar(main)
        assert bar.text_for("busy: intake of a.xlsx is running, 40%") == (
            "忙：分案文件导入（a.xlsx）正在进行，已完成40%——等待中…"
        )
        assert bar.text_for("busy: another program is writing to the database") == (
            "忙：另一个程序正在写入数据库——等待中…"
        )
    finally:
        install_translators(qapp, "en")
