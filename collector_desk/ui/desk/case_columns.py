"""The case list's columns: widths that fit either language, which ones the user
hid (kept across starts), and the header's menu that shows or hides them."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from collector_desk.ui import labels
from collector_desk.ui.desk.case_cells import (
    NEXT_ACTION_CODES,
    PROMISE_CODES,
    Column,
    column_titles,
)

HIDDEN_COLUMNS_KEY = "desk/case_list_hidden_columns"  # QSettings: column names hidden


def lay_out(table: QTableView) -> None:
    """Widths for each column (the header's words and the sort arrow fit), the
    hidden ones hidden, and the header's right-click menu."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    metrics = header.fontMetrics()
    next_words = [labels.next_action_short(c) for c in NEXT_ACTION_CODES]
    # The widest promise cell: a status word, or "pending" with its ISO date.
    promise_words = [labels.promise_status_short(c) for c in PROMISE_CODES]
    pending = labels.promise_status_short("pending") + " 2026-12-28"
    titles = dict(zip(Column, column_titles(), strict=True))
    for col, width in (
        (Column.BORROWER, 60),
        (Column.DPD, 34),
        (Column.BUCKET, 40),
        (Column.OVERDUE, 84),
        (Column.PROMISE, max(map(metrics.horizontalAdvance, [*promise_words, pending])) + 12),
        (Column.NEXT, max(map(metrics.horizontalAdvance, next_words)) + 12),
        (Column.CONTRACT, metrics.horizontalAdvance("JK0000000000000") + 16),  # whole
    ):
        table.setColumnWidth(col, max(width, metrics.horizontalAdvance(titles[col]) + 22))
    for col in hidden_columns():
        table.setColumnHidden(col, True)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: _show_menu(table, pos))


def hidden_columns() -> list[Column]:
    """The columns this user chose to hide, kept across starts (never the borrower)."""
    value = QSettings().value(HIDDEN_COLUMNS_KEY) or []
    names = [value] if isinstance(value, str) else list(value)
    return [c for c in Column if c.name.lower() in names and c is not Column.BORROWER]


def set_shown(table: QTableView, col: Column, shown: bool) -> None:
    table.setColumnHidden(col, not shown)
    QSettings().setValue(
        HIDDEN_COLUMNS_KEY, [c.name.lower() for c in Column if table.isColumnHidden(c)]
    )


def menu(table: QTableView, parent: QWidget) -> QMenu:
    """Show or hide each column but the borrower's (a narrow pane can drop the
    contract number, which the opened case's header shows anyway)."""
    out = QMenu(parent)
    titles = dict(zip(Column, column_titles(), strict=True))
    for col in Column:
        if col is Column.BORROWER:
            continue
        action = out.addAction(titles[col])
        action.setCheckable(True)
        action.setChecked(not table.isColumnHidden(col))
        action.toggled.connect(partial(set_shown, table, col))
    return out


def _show_menu(table: QTableView, pos: QPoint) -> None:
    shown = menu(table, table)
    shown.exec(table.horizontalHeader().mapToGlobal(pos))
    shown.deleteLater()
