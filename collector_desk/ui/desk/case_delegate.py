"""The case list's cell delegate: draws each cell from the model's formatted cells."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from collector_desk.ui.desk.case_cells import ALIGNMENT
from collector_desk.ui.desk.case_model import CaseListModel, Index

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_TEXT = QPalette.ColorRole.Text
_ALIGN_FLAGS = tuple(Qt.AlignmentFlag(a) if a else None for a in ALIGNMENT)


class CaseCellDelegate(QStyledItemDelegate):
    """Draws the case list's cells from the model's formatted cells: one call into
    Python per cell, where the stock delegate asks the model for each role (a paint
    of the list is ~170 cells). It fills what the stock `initStyleOption` would from
    the roles this model answers (text, alignment, colour), nothing else."""

    def __init__(self, model: CaseListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: Index
    ) -> None:  # QStyledItemDelegate.initStyleOption
        col = index.column()
        cell = self._model.painted_cell(index.row(), col)
        if cell is None:
            super().initStyleOption(option, index)
            return
        display, fg = cell
        if isinstance(index, QModelIndex):  # always, from a view's paint
            option.index = index
        option.features = option.features | _HAS_DISPLAY
        option.text = display if isinstance(display, str) else option.locale.toString(display)
        align = _ALIGN_FLAGS[col]
        if align is not None:
            option.displayAlignment = align
        if fg is not None:
            palette = option.palette
            palette.setBrush(_TEXT, fg)
            option.palette = palette
