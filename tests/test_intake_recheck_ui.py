"""The intake dialog with the re-check's files (tests/test_intake_recheck.py): English
titles, thousands separators, dates as text and serials, a formula without its value,
a 合计 line; April's file two days after its date, then May's with a changed borrower
name, confirmed in the dialog's question."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from test_exchange_support import open_workstation
from test_intake_recheck import (
    APRIL,
    COLLECTORS,
    FORMULA,
    LATER_DPD,
    LOANS,
    MAY,
    NAMES,
    WRONG_BUCKET,
    contract,
    excel_row,
    truth,
    workbook,
)

from collector_desk.services import assignment, cases
from collector_desk.services.cases import CaseQuery
from collector_desk.services.context import Desk
from collector_desk.ui import ops
from collector_desk.ui.exchange import ExchangeFeature
from collector_desk.ui.main_window import MainWindow

TODAY = [APRIL + timedelta(days=2)]  # the desk's day; moved to June for May's file


def settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=30_000)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch) -> Any:
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    first = open_workstation(tmp_path / "s", "S01")
    first.set_settings(role="supervisor", first_run_done=True, collector_name="主管")
    for who in ("C01", "C02", "C03"):
        assignment.add_member(first, who, f"催收{who}")
    first.close()
    desk = Desk.open(tmp_path / "s", today=lambda: TODAY[0])
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    settle(qtbot)
    yield w
    settle(qtbot)
    desk.close()


def rows_of(table: Any) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def shown(desk: Desk) -> dict[str, tuple[int, int, int]]:
    return {
        r.contract_no: (r.dpd, r.overdue_fen, r.outstanding_fen)
        for r in cases.page(desk, CaseQuery(), limit=100)
    }


def test_the_dialog_takes_aprils_then_mays_file_as_head_office_states_them(
    window, qtbot, tmp_path, monkeypatch
):
    TODAY[0] = APRIL + timedelta(days=2)
    dialog = window.feature(ExchangeFeature).open_intake(str(workbook(tmp_path / "april.xlsx")))
    settle(qtbot)
    assert dialog.preview is not None and dialog.run.isEnabled(), dialog.missing.text()
    assert dialog.preview.total_rows == 8 + 2  # the blank lines; the 合计 line is no row
    dialog.strict.setChecked(True)
    dialog.check.click()
    settle(qtbot)
    refused = {int(r[0]) for r in rows_of(dialog.problems)}
    assert refused == {excel_row(FORMULA), excel_row(LATER_DPD[0]), excel_row(WRONG_BUCKET)}
    dialog.strict.setChecked(False)
    dialog.run.click()
    settle(qtbot)
    report = dialog.report
    assert (report.new, report.rejected, report.as_of) == (7, 1, APRIL)
    problems = rows_of(dialog.problems)
    assert [(p[0], p[1]) for p in problems] == [(str(excel_row(FORMULA)), "Overdue Amount")]
    assert "formula" in problems[0][2].lower()
    warned = rows_of(dialog.warnings)  # apart from the rejects, with both figures
    later = str(excel_row(LATER_DPD[0]))
    dpd = truth(LATER_DPD[0], APRIL)[0]
    assert (later, "Days Past Due") in [(w[0], w[1]) for w in warned]
    words = next(w[2] for w in warned if w[:2] == (later, "Days Past Due"))
    assert str(dpd) in words and str(dpd - LATER_DPD[1]) in words
    assert (str(excel_row(WRONG_BUCKET)), "Bucket") in [(w[0], w[1]) for w in warned]
    assert (str(excel_row(7)), "Collector") in [(w[0], w[1]) for w in warned]
    want = {contract(i): truth(i, TODAY[0]) for i in range(len(LOANS)) if i != FORMULA}
    assert shown(window.desk) == want  # the file's figures, two days on
    mine = {r.contract_no for r in cases.page(window.desk, CaseQuery(assigned_to="C02"))}
    assert mine == {contract(i) for i, who in enumerate(COLLECTORS) if who == "C02"} - {
        contract(FORMULA)
    }
    dialog.close()

    # May's file, with 冯涛 now 冯涛涛: refused, asked, taken when confirmed.
    TODAY[0] = MAY + timedelta(days=1)
    asked: list[str] = []

    def yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    names = list(NAMES)
    names[6] = "冯涛涛"
    may = workbook(tmp_path / "may.xlsx", may=True, names=names)
    dialog = window.feature(ExchangeFeature).open_intake(str(may))
    settle(qtbot)
    dialog.run.click()
    settle(qtbot)
    assert len(asked) == 1 and "1 known contracts" in asked[0]
    report = dialog.report  # the second run, confirmed
    assert (report.rejected, report.updated) == (0, 1)
    assert (report.payments_matched, report.payments_new) == (0, 0)
    want = {contract(i): truth(i, TODAY[0], may=True) for i in range(len(LOANS))}
    assert shown(window.desk) == want
    dialog.close()


@pytest.mark.parametrize("day", [date(2026, 5, 1)])
def test_the_as_of_date_in_the_dialog_is_the_files_own_when_it_has_one(
    window, qtbot, tmp_path, day
):
    """The file's As of Date column wins over the dialog's date."""
    TODAY[0] = day
    dialog = window.feature(ExchangeFeature).open_intake(str(workbook(tmp_path / "april.xlsx")))
    settle(qtbot)
    dialog.check.click()
    settle(qtbot)
    assert dialog.report.as_of == APRIL and dialog.report.dry_run
    dialog.close()
