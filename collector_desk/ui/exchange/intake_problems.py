"""The intake dialog's "Save the problems": a list for head office to fix."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from collector_desk.ui.exchange import texts

if TYPE_CHECKING:
    from collector_desk.exchange.intake import IntakeReport


def save_problems(report: IntakeReport, path: Path) -> None:
    """The rejected rows and, marked apart, the warnings (rows imported by head
    office's figures), with the file's value and the computed one: a list for head
    office to fix. One table, so the CSV holds both too."""
    from collector_desk.exchange.reports import Sheet, write_csv, write_xlsx

    rejected = QCoreApplication.translate("IntakeDialog", "Rejected")
    warned = QCoreApplication.translate("IntakeDialog", "Warning")
    # The file's values are masked as in the window's list (ID numbers and phones to
    # their first three and last four digits, runs of 7+ digits and names elsewhere):
    # the list leaves the building, and the row and column still say where to look.
    rows: list[tuple[object, ...]] = [
        (rejected, p.row, p.column, texts.problem(p.code, p.value, p.message, p.computed),
         texts.masked(p.code, p.value), texts.masked(p.code, p.computed))
        for p in report.problems
    ]  # fmt: skip
    rows += [
        (warned, w.row, w.column, texts.warning(w.code, w.stated, w.computed, w.message),
         _warned_value(w.code, w.stated), _warned_value(w.code, w.computed))
        for w in report.warnings
    ]  # fmt: skip
    sheet = Sheet(
        "problems",
        QCoreApplication.translate("IntakeDialog", "Problems"),
        (
            QCoreApplication.translate("IntakeDialog", "Kind"),
            QCoreApplication.translate("IntakeDialog", "Row"),
            QCoreApplication.translate("IntakeDialog", "Column"),
            QCoreApplication.translate("IntakeDialog", "Problem"),
            QCoreApplication.translate("IntakeDialog", "The file says"),
            QCoreApplication.translate("IntakeDialog", "Computed"),
        ),
        rows,
    )
    if path.suffix.lower() == ".csv":
        write_csv(path, sheet)
    else:
        write_xlsx(path if path.suffix else path.with_suffix(".xlsx"), [sheet])


def _warned_value(code: str, value: str) -> str:
    """A warning's figure (days, fen, a bucket) as it is; a collector not on the team
    is staff, named so they can be added (as the window's list names them); anything
    else that looks like a person's number or name is masked."""
    from collector_desk.exchange.boundary import redact_numbers

    if code == "collector_unknown":
        return redact_numbers(value)
    return texts.masked(code, value)
