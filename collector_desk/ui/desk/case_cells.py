"""What each cell of the case list shows: its columns, words, colours and tips.

The model (case_model.py) keeps plain `CaseRow`s; a cell is formatted here when a
view first asks for it (one formatter per column), on the GUI thread, and kept
until its row changes. Nothing here is a QObject or reads the database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from collector_desk.domain.money import format_fen
from collector_desk.ui import labels

if TYPE_CHECKING:
    from collector_desk.services.cases import CaseRow


class Column(IntEnum):
    """Most used first: the left pane is narrow, so the contract number (also in the
    case's header once opened) comes last, where it may scroll or be hidden."""

    BORROWER = 0
    DPD = 1
    BUCKET = 2
    OVERDUE = 3
    PROMISE = 4
    NEXT = 5
    CONTRACT = 6


COLUMNS = len(Column)
LOAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UPDATING_FG = QColor("#9a9a9a")
ALERT_FG = QColor("#b3261e")
PROMISE_CODES = ("none", "pending", "kept", "partly_kept", "broken")
NEXT_ACTION_CODES = ("", "confirm_promise", "broken_promise", "await_promise", "collect", "remind")

# Columns drawn greyed while a row is still being brought up to today.
DERIVED = frozenset({Column.DPD, Column.BUCKET, Column.OVERDUE, Column.PROMISE, Column.NEXT})
_NUMERIC = frozenset({Column.DPD, Column.OVERDUE})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
# Per column: the alignment (0 for the view's own) as a plain int, looked up once.
ALIGNMENT: tuple[int, ...] = tuple(_RIGHT if c in _NUMERIC else 0 for c in Column)


@dataclass(frozen=True)
class CellTexts:
    """The translated words of the list's cells, taken once on the GUI thread in
    the window's language."""

    promise_short: Mapping[str, str]
    promise_long: Mapping[str, str]
    next_action: Mapping[str, str]
    next_action_long: Mapping[str, str]
    updating: str
    outstanding: str  # "... {amount}"
    unsortable: str

    @classmethod
    def now(cls) -> CellTexts:
        translate = QCoreApplication.translate
        return cls(
            promise_short={c: labels.promise_status_short(c) for c in PROMISE_CODES},
            promise_long={c: labels.promise_status(c) for c in PROMISE_CODES},
            next_action={c: labels.next_action_short(c) for c in NEXT_ACTION_CODES},
            next_action_long={c: labels.next_action(c) for c in NEXT_ACTION_CODES},
            updating=translate(
                "CaseList", "Updating: this case is still being brought up to today"
            ),
            outstanding=translate("CaseList", "Outstanding in total: {amount}"),
            unsortable=translate("CaseList", "This column cannot be sorted"),
        )


def column_titles() -> list[str]:
    translate = QCoreApplication.translate
    by_column = {
        Column.BORROWER: translate("CaseList", "Borrower"),
        Column.DPD: translate("CaseList", "DPD"),
        Column.BUCKET: translate("CaseList", "Bucket"),
        Column.OVERDUE: translate("CaseList", "Overdue"),
        Column.PROMISE: translate("CaseList", "Promise"),
        Column.CONTRACT: translate("CaseList", "Contract"),
        Column.NEXT: translate("CaseList", "Next action"),
    }
    return [by_column[c] for c in Column]


def _promise(r: CaseRow, t: CellTexts) -> str:
    """A pending promise with its date, ISO as the case pane and Today write it."""
    text = t.promise_short.get(r.promise_status, r.promise_status)
    if r.promise_status == "pending" and r.promise_on is not None:
        return f"{text} {r.promise_on.isoformat()}"
    return text


# Per column: the text (or number) it shows.
_DISPLAY: tuple[Callable[[CaseRow, CellTexts], Any], ...] = (
    lambda r, t: r.borrower_masked,
    lambda r, t: r.dpd,
    lambda r, t: r.bucket,
    lambda r, t: format_fen(r.overdue_fen),
    _promise,
    lambda r, t: t.next_action.get(r.next_action, r.next_action),
    lambda r, t: r.contract_no,
)


class Brushes:
    """The two colours a cell's text may take. Colours, not QBrush: Qt takes a QColor
    for ForegroundRole and `QPalette.setColor`, and the first QBrush made in Python
    sets up its type (3-14 ms before the first page, by the machine's load)."""

    def __init__(self) -> None:
        self.updating = UPDATING_FG
        self.alert = ALERT_FG


# A row's cells: per column (what it shows, its text colour or None).
RowCells = tuple[tuple[Any, QColor | None], ...]


def row_cells(r: CaseRow, t: CellTexts, b: Brushes) -> RowCells:
    """Every cell of one row, formatted: what a paint of the row asks for."""
    out: list[tuple[Any, QColor | None]] = []
    for col, display in zip(Column, _DISPLAY, strict=True):
        fg: QColor | None = None
        if r.updating and col in DERIVED:
            fg = b.updating  # not yet brought up to today: never drawn as current
        elif (col is Column.DPD and r.dpd >= 30) or (
            col is Column.PROMISE and r.promise_status in ("broken", "partly_kept")
        ):
            fg = b.alert
        out.append((display(r, t), fg))
    return tuple(out)


def tooltip(r: CaseRow, col: int, t: CellTexts) -> str | None:
    """A cell's tooltip, made when the pointer rests on it."""
    if r.updating and col in DERIVED:
        return t.updating
    if col == Column.PROMISE:
        return t.promise_long.get(r.promise_status, r.promise_status)
    if col == Column.NEXT and r.next_action:
        return t.next_action_long.get(r.next_action, r.next_action)
    if col == Column.OVERDUE:
        return t.outstanding.format(amount=format_fen(r.outstanding_fen))
    return None
