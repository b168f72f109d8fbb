"""The working-day calendar of a year: its days off and make-up working days and
where they come from (the package, an imported notice, the statutory rules), the
supervisor's import of the State Council's notice, and days added by hand (to fill a
gap or correct it)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
        self.resize(600, 620)
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

        # The year's arrangement (read-only): what the plan schedules around.
        self.arranged_label = named(QLabel(), "calendarArrangedLabel")
        self.arranged = named(QTableWidget(0, 3), "calendarArranged")
        self.arranged.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Holiday")]
        )
        self.arranged.verticalHeader().hide()
        self.arranged.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.arranged.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.arranged.horizontalHeader().setStretchLastSection(True)
        self.import_button = named(
            QPushButton(self.tr("&Import the official notice…")), "calendarImport"
        )
        self.import_button.setToolTip(
            self.tr(
                "A TOML file of the State Council's arrangement for one year: the days off "
                "and the weekend days worked in exchange (docs/holidays.md). It reaches the "
                "team in bundles and on the server."
            )
        )
        self.import_button.clicked.connect(self.ask_import)
        self.import_button.setVisible(window.open_desk.setting("role") == "supervisor")
        self.import_result = named(QLabel(wordWrap=True), "calendarImportResult")

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
        lay.addWidget(self.arranged_label)
        lay.addWidget(self.arranged, 2)
        importing = QHBoxLayout()
        importing.addWidget(self.import_button)
        importing.addWidget(self.import_result, 1)
        lay.addLayout(importing)
        lay.addWidget(QLabel(self.tr("Days added here (they win over the arrangement):")))
        lay.addWidget(self.table, 1)
        lay.addLayout(adding)
        row = QHBoxLayout()
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(buttons)
        lay.addLayout(row)
        self.reload()

    def reload(self) -> None:
        from collector_desk.services.holidays import days_off
        from collector_desk.services.worklist_tasks import calendar_days, calendar_status

        desk, year = self.window_.open_desk, self.year.value()
        self.window_.ops.query(
            lambda _progress: (
                calendar_status(desk, [year])[year],
                calendar_days(desk, year),
                days_off(desk, year),
            ),
            on_done=lambda result: self._show(year, *result),
            key=f"calendar-{id(self)}",
            parent=self,
        )

    def _show(self, year: int, state: str, days: list[Any], arranged: dict[str, Any]) -> None:
        self._show_arranged(year, arranged)
        self._show_user(year, state, days)

    def _show_arranged(self, year: int, doc: dict[str, Any]) -> None:
        source = {
            "chinese_calendar": self.tr("the official calendar package"),
            "imported file": self.tr("the imported notice"),
            "shipped file": self.tr("the statutory rules (provisional)"),
            "statutory rules": self.tr("the statutory rules (provisional)"),
        }.get(str(doc.get("from")), self.tr("weekends only"))
        if doc.get("from") == "imported file" and doc.get("provisional"):
            source = self.tr("an imported provisional file")
        self.arranged_label.setText(
            self.tr("Days off and make-up working days in {year}, from {source}:").format(
                year=year, source=source
            )
        )
        rows = sorted(
            [(d, self.tr("Day off"), n) for d, n in doc.get("holidays", {}).items()]
            + [(d, self.tr("Make-up working day"), n) for d, n in doc.get("workdays", {}).items()]
        )
        self.arranged.setRowCount(len(rows))
        for r, (day, kind, name) in enumerate(rows):
            for c, text in enumerate((day, kind, name)):
                self.arranged.setItem(r, c, QTableWidgetItem(text))

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the official holiday notice"),
            "",
            self.tr("Holiday arrangement (*.toml)"),
        )
        if path:
            self.import_file(Path(path))

    def reason(self, exc: Any) -> str:
        """A refused holiday file in the window's language (the English line otherwise)."""
        p = dict(exc.params)
        lists = {"holidays": self.tr("days off"), "workdays": self.tr("make-up working days")}
        if "key" in p:
            p["key"] = lists.get(p["key"], p["key"])
        texts = {
            "toml": self.tr("{file} is not a holiday file in TOML: see docs/holidays.md"),
            "year": self.tr("{file}: the year must be written as a number, such as 2027"),
            "provisional": self.tr("{file}: “provisional” must be true or false"),
            "source": self.tr("{file}: “source” must be text"),
            "list": self.tr("{file}: the {key} must be a list of days with their names"),
            "day": self.tr(
                "{file}: {key}, entry {entry}: the day must be a date such as {year}-01-01"
            ),
            "day_year": self.tr("{file}: {key}, entry {entry}: {day} is not in {year}"),
            "both": self.tr("{file}: {day} is listed both as a day off and as a working day"),
            "none": self.tr("{file}: no days off are listed for {year}"),
            "unreadable": self.tr("{file} cannot be read as UTF-8 text"),
            "role": self.tr(
                "only a supervisor imports the holiday notice, because it reaches the whole "
                "team: import it on the supervisor's desk, or set the role in Tools > Settings"
            ),
        }
        text = texts.get(exc.code)
        return text.format(**p) if text is not None else str(exc)

    def import_file(self, path: Path) -> None:
        """Import a year's arrangement file; a bad file is one line under the button."""
        from collector_desk.domain.changes import ChangeSet
        from collector_desk.domain.holidays import ArrangementError
        from collector_desk.services.holidays import import_arrangement

        desk = self.window_.open_desk

        def work(_progress: Any) -> Any:
            try:
                arranged, changes = import_arrangement(desk, path)
            except ArrangementError as exc:
                return self.reason(exc)
            return arranged, changes

        def done(result: Any) -> None:
            if isinstance(result, str):
                self.import_result.setStyleSheet("color:#b00020")
                self.import_result.setText(self.tr("Not imported: {reason}").format(reason=result))
                return
            arranged, _changes = result
            self.changed = True
            self.import_result.setStyleSheet("")
            self.import_result.setText(
                self.tr("Imported {year}: {off} days off, {work} make-up working days.").format(
                    year=arranged.year, off=len(arranged.holidays), work=len(arranged.workdays)
                )
            )
            if arranged.year != self.year.value():
                self.year.setValue(arranged.year)  # reloads
            else:
                self.reload()

        self.window_.ops.write(
            work,
            title=self.tr("Importing the holiday notice"),
            on_done=done,
            parent=self,
            changes=lambda result: ChangeSet() if isinstance(result, str) else result[1],
        )

    def _show_user(self, year: int, state: str, days: list[Any]) -> None:
        self.status.setText(
            {
                "official": self.tr(
                    "The official calendar for {year} is installed; days added here override it."
                ),
                "user": self.tr("No official calendar for {year}: weekends plus the days below."),
                "provisional": self.tr(
                    "Provisional calendar for {year}: the statutory holidays computed from the "
                    "rules, without make-up working days. A supervisor imports the State "
                    "Council's notice (Import the official notice…); or add the days below."
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
