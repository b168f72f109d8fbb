"""The intake dialog with a real-shaped head-office workbook (issue 11, as a
supervisor would load it): a two-row title with merged cells, a totals row, a row
whose bucket contradicts its days past due (a warning, imported) and a row shifted
by a cell (rejected, one line per cell, no phone or ID in clear)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from test_exchange_support import make_id_number, make_phone, open_workstation
from test_intake_acceptance import AS_OF, LOANS, TODAY, expected, head_office_workbook, stated

from collector_desk.services import cases
from collector_desk.services.cases import CaseQuery
from collector_desk.services.context import Desk
from collector_desk.ui import ops
from collector_desk.ui.exchange import ExchangeFeature
from collector_desk.ui.main_window import MainWindow


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=30_000)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch) -> MainWindow:
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    first = open_workstation(tmp_path / "s", "S01")
    first.set_settings(role="supervisor", first_run_done=True, collector_name="主管")
    first.close()
    desk = Desk.open(tmp_path / "s", today=lambda: TODAY)
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    settle(qtbot)
    yield w
    settle(qtbot)
    desk.close()


def test_the_dialog_reads_a_head_office_workbook_as_head_office_states_it(window, qtbot, tmp_path):
    book = head_office_workbook(tmp_path / "2026年3月委案明细.xlsx", merged_down=2)
    wb = openpyxl.load_workbook(book)
    ws = wb.active
    ws.insert_rows(11, 2)  # above the totals row
    _n, disbursed, term, inst, paid = LOANS[0]
    dpd, overdue, owed, _bucket = stated(disbursed, term, inst, paid)
    good = [12, "B2603", "2026/3/1", "HT26039001", "赵敏", make_id_number(91), make_phone(91),
            disbursed, inst * term / 100, term, inst / 100, paid, dpd, overdue / 100, owed / 100,
            None, disbursed.day, "M1", None, AS_OF]  # fmt: skip
    shifted = [13, "B2603", "2026/3/1", "HT26039002", make_id_number(92), make_phone(92),
               make_id_number(92), make_phone(92)]  # fmt: skip
    for col, value in enumerate(good, start=1):
        ws.cell(11, col, value)
    for col, value in enumerate(shifted, start=1):
        ws.cell(12, col, value)
    wb.save(book)

    dialog = window.feature(ExchangeFeature).open_intake(str(book))
    settle(qtbot)
    assert dialog.preview is not None and dialog.run.isEnabled(), dialog.missing.text()
    dialog.run.click()
    settle(qtbot)
    report = dialog.report
    assert (report.new, report.rejected) == (7, 1)
    # The warning stands apart from the rejects, with the file's value and the computed one.
    assert dialog.warnings.rowCount() == 1 and dialog.warnings.item(0, 0).text() == "11"
    assert "M1" in dialog.warnings.item(0, 2).text() and "M3+" in dialog.warnings.item(0, 2).text()
    lines = [
        " ".join(dialog.problems.item(r, c).text() for c in range(3))
        for r in range(dialog.problems.rowCount())
    ]
    assert lines and all(line.startswith("12 ") for line in lines)
    for secret in (make_id_number(92), make_phone(92)):
        assert not any(secret in line for line in lines)
    shown = {
        r.contract_no: (r.dpd, r.overdue_fen, r.outstanding_fen)
        for r in cases.page(window.desk, CaseQuery(), limit=100)
    }
    want = expected()
    want["HT26039001"] = want["HT26030001"]
    assert shown == want
    later = Desk.open(window.desk.data_dir, today=lambda: TODAY + timedelta(days=10))
    try:
        moved = {r.contract_no: r.dpd for r in cases.page(later, CaseQuery(), limit=100)}
    finally:
        later.close()
    assert moved == {k: v[0] + 10 for k, v in want.items()}  # every case here is late
    dialog.close()
