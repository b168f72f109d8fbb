"""The daily QA in the real window (offscreen): supervisors only, loads off the GUI
thread, lists the flagged items masked, exports a workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from test_exchange_support import TODAY, open_workstation, record_call, seed_portfolio

from collector_desk.ui import ops
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.qa.qa_view import QaDialog

SHOTS = Path(__file__).parent.parent / "build" / "shots"
BAD = "跟他同事赵敏说了张伟欠款没还，不还就去他单位找他"


@pytest.fixture(params=["en", "zh_CN"])
def window(request: Any, qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch) -> MainWindow:
    from collector_desk.ui.i18n import apply_font, install_translators

    install_translators(qapp, request.param)
    apply_font(qapp)
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    desk = open_workstation(tmp_path / "s", "S01")
    desk.set_settings(role="supervisor", first_run_done=True, collector_name="主管")
    loans = seed_portfolio(desk, 2)
    record_call(desk, loans[0], BAD)
    record_call(desk, loans[1], "客户承诺周五还款")
    w = MainWindow(lang=request.param)
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    w.resize(1366, 800)
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    yield w
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    desk.close()
    install_translators(qapp, "en")


def test_only_a_supervisor_sees_the_daily_qa(window) -> None:
    action = window.findChild(QAction, "actionDailyQa")
    assert action.isVisible()
    window.broadcast(window.desk.set_settings(role="collector"))
    assert not action.isVisible()
    window.broadcast(window.desk.set_settings(role="supervisor"))
    assert action.isVisible()


def test_the_view_lists_the_flags_masked_and_exports_them(window, qtbot, tmp_path) -> None:
    dialog = QaDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.chosen_day() == TODAY
    rows = dialog.table.rowCount()
    assert rows >= 2  # the disclosure and the threat of the one note
    cells = [dialog.table.item(r, c).text() for r in range(rows) for c in range(9)]
    assert not any("张伟" in c or "赵敏" in c for c in cells)
    assert any("张*" in c for c in cells)
    # what each finding rests on, in the window's language: a rule, or the learned
    # back-off (on by default in the QA), which a reviewer confirms
    basis = {dialog.table.item(r, 5).text() for r in range(rows)}
    zh = window.lang == "zh_CN"
    assert ("规则命中" if zh else "rule") in basis
    assert basis <= ({"规则命中", "模型判断，待复核"} if zh else {"rule", "learned: please check"})
    assert "1" in dialog.summary.text() and dialog.export.isEnabled()
    assert dialog.why.text()
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / f"daily-qa-{window.lang}.png"))
    out = tmp_path / "qa.xlsx"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: ops.pending() == 0 and out.exists(), timeout=20_000)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] in ("Flagged", "标记项")
    assert book.worksheets[0].max_row == rows + 1
    # another day: nothing flagged, export off
    dialog.day.setDate(dialog.day.date().addDays(-1))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.export.isEnabled(), timeout=20_000)
    dialog.close()


def test_the_view_lists_a_call_saved_in_quiet_hours(window, qtbot) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from collector_desk.domain.call_flow import Disposition
    from collector_desk.services import calls

    desk = window.desk
    day_clock = desk.now
    desk.now = lambda: datetime(2026, 3, 16, 3, 49, tzinfo=ZoneInfo("Asia/Shanghai"))
    with desk.read() as s:
        loan = s.connection().exec_driver_sql("SELECT id FROM loan LIMIT 1").scalar_one()
    saved = calls.record_call(
        desk, calls.CallOutcome(loan, Disposition.NO_ANSWER, quiet_hours_confirmed=True)
    )
    desk.now = day_clock
    dialog = QaDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    rows = [
        [dialog.table.item(r, c).text() for c in range(9)] for r in range(dialog.table.rowCount())
    ]
    (quiet,) = [r for r in rows if r[6] == "contact.quiet_hours"]
    zh = window.lang == "zh_CN"
    assert quiet[4] == ("禁止联系时段联系" if zh else "Contact in quiet hours")
    assert quiet[0] == "03:49" and "03:49" in quiet[7]
    assert [f.item_id for f in dialog.report.flags if f.rule == "contact.quiet_hours"] == [
        saved.call_id
    ]
