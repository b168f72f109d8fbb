"""Roll and cure rates month over month, as a table: one row per flow, one column
per month, each cell the rate by count and by amount (the numbers in its tooltip)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from collector_desk.domain.money import format_fen


def _pct(r: Any) -> str:
    return "–" if r.rate is None else f"{r.rate:.1%}"


def _cell(by_count: Any, by_amount: Any, end: Any) -> tuple[str, str]:
    if end is None:
        return "", QCoreApplication.translate("Targets", "No day of this month has closed yet.")
    text = f"{_pct(by_count)} · {_pct(by_amount)}"
    tip = QCoreApplication.translate(
        "Targets", "By count {n}/{d}; by amount {a}/{b}; to the end of {day}."
    ).format(
        n=by_count.numerator,
        d=by_count.denominator,
        a=format_fen(by_amount.numerator),
        b=format_fen(by_amount.denominator),
        day=end.isoformat(),
    )
    return text, tip


def fill(table: QTableWidget, report: Any, flow_tip: str, cure_tip: str) -> None:
    months = [m.month for m in report.trend]
    table.setColumnCount(len(months) + 1)
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("Targets", "Count · amount"), *months]
    )
    if not report.trend:
        table.setRowCount(0)
        return
    labels = [f"{f.from_bucket} → {f.to_bucket}" for f in report.trend[-1].flows]
    labels.append(QCoreApplication.translate("Targets", "Cured (overdue → C)"))
    table.setRowCount(len(labels))
    for r, label in enumerate(labels):
        head = QTableWidgetItem(label)
        head.setToolTip(cure_tip if r == len(labels) - 1 else flow_tip)
        table.setItem(r, 0, head)
        for c, m in enumerate(report.trend, start=1):
            if r < len(m.flows):
                text, tip = _cell(m.flows[r].by_count, m.flows[r].by_amount, m.end)
            else:
                text, tip = _cell(m.cure_by_count, m.cure_by_amount, m.end)
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
