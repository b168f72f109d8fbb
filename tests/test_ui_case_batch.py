"""The case list's batch filter: once head office's files name batches (批次号), the
list offers them, newest first, and shows only the cases whose current placement is
in the batch chosen; a new file's batch appears after its intake."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from test_exchange_intake_payments import CONTRACT, _file
from test_exchange_support import TODAY
from ui_desk_support import close_window, settle

from collector_desk.exchange.intake import run_intake
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.ui.main_window import MainWindow


def _window(qtbot, desk: Desk) -> MainWindow:
    from PySide6.QtWidgets import QApplication

    from collector_desk.ui.i18n import apply_font, install_translators

    install_translators(QApplication.instance(), "zh_CN")  # close_window puts English back
    apply_font(QApplication.instance())
    w = MainWindow(lang="zh_CN")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    w.show()
    w.left_tabs.setCurrentWidget(w.case_list)
    settle(qtbot)
    return w


def _shown(w: MainWindow) -> list[str]:
    model = w.case_list.model
    assert model is not None
    return sorted(model.row(n).contract_no for n in range(model.rowCount()))


def test_the_batch_filter_offers_the_files_batches_and_filters(qtbot, tmp_path: Path) -> None:
    desk = Desk.open(tmp_path / "data", today=lambda: TODAY)
    run_intake(desk, _file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), TODAY))
    run_intake(desk, _file(tmp_path, "two.csv", 0, None, TODAY, batch="B2602", seed=2))
    w = _window(qtbot, desk)
    try:
        box = w.case_list.batch
        qtbot.waitUntil(lambda: box.isVisible() and box.count() == 3, timeout=10_000)
        assert [box.itemText(i) for i in range(box.count())] == [
            "全部批次", "批次 B2602", "批次 B2601"
        ]  # fmt: skip
        assert _shown(w) == sorted([CONTRACT, "HT2025000002"])
        box.setCurrentIndex(box.findData("B2602"))
        qtbot.waitUntil(lambda: _shown(w) == ["HT2025000002"], timeout=10_000)

        # next month's file moves the first contract to a new batch; the box learns it
        run_intake(desk, _file(tmp_path, "feb.csv", 5000, date(2026, 1, 5), TODAY, batch="B2603"))
        w.broadcast(ChangeSet.of(ChangeKind.CASE, ChangeKind.PLACEMENT))
        qtbot.waitUntil(lambda: box.findData("B2603") > 0, timeout=10_000)
        assert box.currentData() == "B2602"  # the choice stays
        box.setCurrentIndex(box.findData("B2603"))
        qtbot.waitUntil(lambda: _shown(w) == [CONTRACT], timeout=10_000)
        box.setCurrentIndex(box.findData("B2601"))  # nothing is in it any more
        qtbot.waitUntil(lambda: _shown(w) == [], timeout=10_000)
        box.setCurrentIndex(0)
        qtbot.waitUntil(lambda: len(_shown(w)) == 2, timeout=10_000)
        if out := os.environ.get("COLLECTOR_DESK_SHOTS"):
            w.resize(1280, 720)
            w.case_list.grab().save(str(Path(out) / "case-list-batch.png"))
    finally:
        close_window(w)


def test_no_batch_no_filter(qtbot, tmp_path: Path) -> None:
    from ui_desk_support import make_portfolio

    make_portfolio(tmp_path / "data", cases=20)
    desk = Desk.open(tmp_path / "data", today=lambda: TODAY)
    w = _window(qtbot, desk)
    try:
        assert not w.case_list.batch.isVisible()
        assert w.case_list.batch.count() == 1
    finally:
        close_window(w)
