"""Holidays and make-up working days added by hand, for years the official
calendar package does not cover yet (or to correct it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.workdays import DayKind
from collector_desk.ui.typed_qt import cell, date_of, date_popup, named

if TYPE_CHECKING:
    from collector_desk.ui.main_window import MainWindow

DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class CalendarDialog(QDialog):
    def __init__(
        self, window: MainWindow, year: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or window)
        self.setObjectName("calendarDialog")
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.resize(560, 440)
        self.window_ = window
        self.changed = False
        today = window.open_desk.today()

        self.year = named(QSpinBox(minimum=2000, maximum=2100), "calendarYear")
        self.year.setValue(year or today.year)
        self.year.valueChanged.connect(lambda _: self.reload())
        self.status = named(QLabel(), "calendarStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.status, 1)

        self.table = named(QTableWidget(0, 3), "calendarDays")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.day = date_popup(QDate(today.year, today.month, today.day))
        self.day.setObjectName("calendarDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = named(QComboBox(), "calendarKind")
        self.kind.addItem(self.tr("Holiday (no work)"), DayKind.HOLIDAY.value)
        self.kind.addItem(self.tr("Working day (make-up)"), DayKind.WORKDAY.value)
        self.note = named(QLineEdit(), "calendarNote")
        self.note.setPlaceholderText(self.tr("e.g. National Day"))
        add = named(QPushButton(self.tr("Add")), "calendarAdd")
        add.clicked.connect(self.add)
        remove = named(QPushButton(self.tr("Remove the selected day")), "calendarRemove")
        remove.clicked.connect(self.remove)
        adding = QHBoxLayout()
        for w in (self.day, self.kind, self.note):
            adding.addWidget(w)
        adding.addWidget(add)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addLayout(adding)
        row = QHBoxLayout()
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(buttons)
        lay.addLayout(row)
        self.reload()

    def reload(self) -> None:
        from collector_desk.services.worklist_tasks import calendar_days, calendar_status

        desk, year = self.window_.open_desk, self.year.value()
        self.window_.ops.query(
            lambda _progress: (calendar_status(desk, [year])[year], calendar_days(desk, year)),
            on_done=lambda result: self._show(year, *result),
            key=f"calendar-{id(self)}",
            parent=self,
        )

    def _show(self, year: int, state: str, days: list[Any]) -> None:
        self.status.setText(
            {
                "official": self.tr(
                    "The official calendar for {year} is installed; days added here override it."
                ),
                "user": self.tr("No official calendar for {year}: weekends plus the days below."),
                "provisional": self.tr(
                    "Provisional calendar for {year}: the statutory holidays computed from the "
                    "rules, without make-up working days. Import the State Council's notice "
                    "(collector-desk holidays import) or add the days below."
                ),
                "weekends": self.tr(
                    "No official calendar for {year}: only weekends are days off. Add the holidays and make-up working days."
                ),
            }[state].format(year=year)
        )
        self.status.setStyleSheet("" if state == "official" else "color:#8a5a00")
        self.table.setRowCount(len(days))
        for r, d in enumerate(days):
            first = QTableWidgetItem(d.day.isoformat())
            first.setData(DAY_ROLE, d.day)
            self.table.setItem(r, 0, first)
            kind = self.tr("Holiday") if d.kind == DayKind.HOLIDAY.value else self.tr("Working day")
            self.table.setItem(r, 1, QTableWidgetItem(kind))
            self.table.setItem(r, 2, QTableWidgetItem(d.note))

    def add(self) -> None:
        from collector_desk.services.worklist_tasks import set_calendar_day

        day = date_of(self.day)
        desk, kind, note = (
            self.window_.open_desk,
            DayKind(self.kind.currentData()),
            self.note.text(),
        )

        def saved(_changes: object) -> None:
            self.changed = True
            if day.year != self.year.value():
                self.year.setValue(day.year)  # reloads
            else:
                self.reload()
            self.note.clear()

        self.window_.ops.write(
            lambda progress: set_calendar_day(desk, day, kind, note),
            title=self.tr("Saving the calendar"),
            on_done=saved,
            parent=self,
        )

    def remove(self) -> None:
        from collector_desk.services.worklist_tasks import set_calendar_day

        row = self.table.currentRow()
        if row < 0:
            return
        day = cell(self.table, row, 0).data(DAY_ROLE)
        desk = self.window_.open_desk

        def saved(_changes: object) -> None:
            self.changed = True
            self.reload()

        self.window_.ops.write(
            lambda progress: set_calendar_day(desk, day, None),
            title=self.tr("Saving the calendar"),
            on_done=saved,
            parent=self,
        )
