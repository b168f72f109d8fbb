"""The figures table: one row per collector and the team's last, numerator and
denominator in every rate cell, the definition of each column as its tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from collector_desk.domain.money import format_fen
from collector_desk.ui.targets import texts

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FiguresModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []  # services.targets.CollectorFigures, the team last
        self._columns = texts.columns()

    def set_report(self, report: Any | None, *, with_team: bool = True) -> None:
        """`with_team`: the team's row last (the whole team chosen); one collector's
        figures are that collector's row alone (a "Team" row would repeat it)."""
        self.beginResetModel()
        if report is None:
            self._rows = []
        else:
            self._rows = [*report.collectors, report.team] if with_team else [*report.collectors]
        self.endResetModel()

    def figures(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:  # QAbstractItemModel.rowCount
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # QAbstractItemModel.columnCount
        return 0 if parent.isValid() else len(self._columns)

    def headerData(  # QAbstractItemModel.headerData
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        title, definition = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return definition
        return None

    def data(
        self, index: Index, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # QAbstractItemModel.data
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(f, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[col][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and not f.collector_id:
            from PySide6.QtGui import QFont

            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def _text(self, f: Any, col: int) -> str:
        if col == 0:
            return (
                f"{f.collector_id} {f.name}".strip()
                if f.collector_id
                else QCoreApplication.translate("Targets", "Team")
            )
        if col == 1:
            return str(f.calls)
        ratio = {2: f.contact_rate, 3: f.ptp_rate, 4: f.kept_rate, 5: f.part_kept}.get(col)
        if ratio is not None:
            return texts.rate_text(ratio.numerator, ratio.denominator)
        if col == 6:
            return format_fen(f.collected_fen)
        if col == 7:
            return format_fen(f.target_fen) if f.target_fen else "–"
        if col == 8:
            return texts.rate_text(f.collected_fen, f.target_fen).split(" ")[0]
        if col == 9:
            return format_fen(f.pace_fen) if f.target_fen else "–"
        return f"{f.target_kept_pct}%" if f.target_kept_pct else "–"
