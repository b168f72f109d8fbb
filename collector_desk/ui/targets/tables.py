"""Small table helpers of the Targets tab: the month list, a read-only table, filling
it, and a rate of money with its amounts."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from collector_desk.domain.money import format_fen
from collector_desk.ui.typed_qt import named


def months_before(today: date, n: int) -> list[str]:
    out, y, m = [], today.year, today.month
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out


def table(name: str, headers: list[str]) -> QTableWidget:
    view = named(QTableWidget(0, len(headers)), name)
    view.setHorizontalHeaderLabels(headers)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def fill(table: QTableWidget, rows: list[tuple[str, ...]], tips: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if tips is not None:
                item.setToolTip(tips[r])
            table.setItem(r, c, item)


def money_rate(r: Any) -> str:
    if not r.denominator:
        return "–"
    return (
        f"{r.numerator / r.denominator:.1%} ({format_fen(r.numerator)}/{format_fen(r.denominator)})"
    )
