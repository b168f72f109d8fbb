# ruff: noqa: F811  (the fixtures imported from test_worklist_ui are parameters here)
"""The second audit of issue 15 in the window: the same hostile files as
test_hostile_more.py, through the dialogs (docs/reliability.md, "MU")."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QTableWidget
from test_exchange_support import file_state
from test_hostile_more import ID, NAME, PHONE, SECRETS, _xlsx
from test_worklist_ui import cases, clock, feature, open_case, wdesk, window  # noqa: F401

from collector_desk.store.db import DB_FILENAME
from collector_desk.ui import ops
from collector_desk.ui.exchange import ExchangeFeature
from collector_desk.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).parent / "data" / "hostile"))


def _all_text(table: QTableWidget) -> str:
    return "\n".join(
        table.item(r, c).text() if table.item(r, c) else ""
        for r in range(table.rowCount())
        for c in range(table.columnCount())
    )


def test_the_debit_report_in_the_window_masks_what_a_line_holds(
    qtbot: Any, window: MainWindow, cases: dict[str, str], tmp_path: Path
) -> None:
    """A phone, an ID number and a name in the wrong columns: the report's table
    names row and column, and shows none of them."""
    open_case(qtbot, window, cases["overdue"])
    number = window.case_pane.detail.contract_no
    path = tmp_path / "回盘.csv"
    path.write_text(
        "合同号,扣款日期,金额,结果,原因\n"
        f"{number},2026-03-16,{PHONE},成功,\n"
        f"{number},{NAME},1000,成功,\n"
        f"{ID},2026-03-16,1000,成功,\n",
        encoding="utf-8",
    )
    before = file_state(window.desk.data_dir / DB_FILENAME)
    feature(window).import_debits(str(path))
    qtbot.waitUntil(lambda: getattr(feature(window), "last_report", None) is not None)
    report = feature(window).last_report
    errors = report.findChild(QTableWidget, "debitErrors")
    shown = _all_text(errors)
    assert sorted(errors.item(r, 0).text() for r in range(errors.rowCount())) == ["2", "3", "4"]
    for secret in SECRETS:
        assert secret not in shown
    report.close()
    qtbot.waitUntil(lambda: ops.pending() == 0)
    assert file_state(window.desk.data_dir / DB_FILENAME) == before  # refused: not even audit


def test_the_intake_dialog_shows_a_quoting_reader_error_without_the_cell(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    window.install_features()
    book = _xlsx(tmp_path / "book.xlsx", f'<c r="B2" t="b"><v>{NAME}</v></c>')
    dialog = window.feature(ExchangeFeature).open_intake(str(book))
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    assert dialog.preview is None
    dialog.close()
    assert len(said) == 1 and "\n" not in said[0]
    assert NAME not in said[0]
