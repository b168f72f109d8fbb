"""The case list's cell delegate: draws each cell from the model's formatted cells."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from collector_desk.ui.desk.case_cells import ALIGNMENT
from collector_desk.ui.desk.case_model import CaseListModel, Index

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
        self._numbers: dict[int, str] = {}  # number -> its text, in the view's locale

    def _number(self, option: QStyleOptionViewItem, value: int) -> str:
        """A number as the stock delegate writes it (the view's locale), made once per
        value: reading `option.locale` costs more than the rest of the cell. A delegate
        lives as long as its model (a new one at each attach); the language changes
        only at a restart."""
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = option.locale.toString(value)
        return text

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
        # Not `features |= HasDisplay`: it only sizes a cell (sizeHint), and reading and
        # writing a flag through PySide's enums costs more than the rest of the cell.
        option.text = display if isinstance(display, str) else self._number(option, display)
        align = _ALIGN_FLAGS[col]
        if align is not None:
            option.displayAlignment = align
        if fg is not None:
            palette = option.palette
            palette.setColor(_TEXT, fg)
            option.palette = palette
