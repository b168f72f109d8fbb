"""Small typed helpers where PySide6's stubs and mypy strict disagree.

PySide6 accepts Qt properties as constructor keywords (`QLabel(objectName="x")`),
but its stubs list only some of them, so mypy rejects those calls. `named` keeps
the widget's own type and names it in one expression.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

# `named` is used by the window's frame, before its first paint: the widget classes
# below are imported where they are used (each costs its enums when first touched).
if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import (
        QAbstractButton,
        QBoxLayout,
        QDateEdit,
        QTableWidget,
        QTableWidgetItem,
        QWidget,
    )

Q = TypeVar("Q", bound=QObject)
B = TypeVar("B", bound="QAbstractButton")


def named(obj: Q, name: str) -> Q:
    """`obj` with its objectName set (for tests, style sheets and screenshots)."""
    obj.setObjectName(name)
    return obj


def checked(button: B) -> B:
    """A checkable button that starts checked."""
    button.setCheckable(True)
    button.setChecked(True)
    return button


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at (row, column), which the code put there (LookupError if not)."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"no item at {row},{column} of {table.objectName()}")
    return item


def box_layout(widget: QWidget) -> QBoxLayout:
    """A widget's own layout, known to be a box layout (a pane a feature adds to)."""
    from PySide6.QtWidgets import QBoxLayout

    lay = widget.layout()
    if not isinstance(lay, QBoxLayout):
        raise TypeError(f"{widget.objectName()} has no box layout")
    return lay


def date_popup(day: QDate | None = None) -> QDateEdit:
    """A date field whose calendar pops up (the stubs lack `calendarPopup=`)."""
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(day) if day is not None else QDateEdit()
    edit.setCalendarPopup(True)
    return edit


def date_of(edit: QDateEdit) -> date:
    """The calendar date a date field holds (`QDate.toPython` is untyped)."""
    from datetime import date

    d = edit.date()
    return date(d.year(), d.month(), d.day())
