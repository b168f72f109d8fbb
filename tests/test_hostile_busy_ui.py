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
    assert dialog.error.text() == (
        "Stopped waiting: the intake of big.csv is running, 40%; nothing was written. "
        "Try again when it has finished."
    )
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


@pytest.mark.skipif(not POSIX, reason="the importer's lock file")
def test_a_save_in_the_window_gets_in_between_the_chunks_of_a_bundle_import(
    qtbot, window, tmp_path
):
    """A real bundle import in another process; a payment saved in the window meanwhile
    is committed between two of its chunks (by the change-tracking numbers)."""
    import subprocess
    import sys

    from test_hostile_busy import IMPORT, _bundle_of_calls, _seq_order, in_between

    from collector_desk.store import busy

    desk = window.desk
    loan_id = window.case_list.model.row(0).loan_id
    before = _payments(desk)
    bundle, secret = _bundle_of_calls(tmp_path, 40_000)
    order = _seq_order(desk.data_dir)
    importer = subprocess.Popen(
        [sys.executable, "-c", IMPORT, str(desk.data_dir), str(bundle), secret.hex()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:

        def importing() -> bool:
            if importer.poll() is not None:  # died: fail at once, saying why
                pytest.fail(importer.communicate()[1])
            return (busy.running(desk.data_dir) or "").startswith("bundle import of big.cdb")

        qtbot.waitUntil(importing, timeout=120_000)
        dialog = PaymentDialog(window, loan_id, "case")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.amount, "123.45")
        dialog.save()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=120_000)
    finally:
        _, err = importer.communicate(timeout=300)
    assert importer.returncode == 0, err
    assert _payments(desk) == before + 1
    assert in_between(order, _seq_order(desk.data_dir)), (order, _seq_order(desk.data_dir))
