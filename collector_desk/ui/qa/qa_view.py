"""The daily QA: pick a day; the team's notes, call outcomes and SMS texts of that
day are judged on a worker (OpRunner), the flagged ones listed with who, the case,
the rule and the masked text; Export writes them to a workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from collector_desk.ui import ops
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.main_window import MainWindow

COLUMNS = 9


class QaDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("qaDialog")
        self.setWindowTitle(self.tr("Daily QA"))
        self.resize(1000, 560)
        self.window_ = window
        self.report: Any = None
        self.en = str(getattr(window, "lang", "zh_CN")).startswith("en")
        today = window.open_desk.today()
        self.day = named(QDateEdit(QDate(today.year, today.month, today.day)), "qaDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.summary = named(QLabel(), "qaSummary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.day)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)

        self.table = named(QTableWidget(0, COLUMNS), "qaTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Collector"),
                self.tr("Case"),
                self.tr("Written as"),
                self.tr("Category"),
                self.tr("Basis"),
                self.tr("Rule"),
                self.tr("Words"),
                self.tr("Text (masked)"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_why)
        self.why = named(QLabel(wordWrap=True), "qaWhy")
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export = named(QPushButton(self.tr("&Export to Excel…")), "qaExport")
        self.export.setEnabled(False)
        self.export.clicked.connect(self.ask_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.why)
        lay.addWidget(buttons)
        self.reload()

    def chosen_day(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def reload(self) -> None:
        from collector_desk.services.qa import daily_qa

        desk, day = self.window_.open_desk, self.chosen_day()
        self.summary.setText(self.tr("Checking {day}…").format(day=day.isoformat()))
        self.export.setEnabled(False)

        def work(progress: Any) -> Any:
            return daily_qa(desk, day)

        ops.runner_for(self).query(
            work,
            title=self.tr("Checking the day's notes and messages"),
            key="daily-qa",
            on_done=self.show_report,
            parent=self,
            quiet_ms=800,
        )

    def _kind(self, code: str) -> str:
        return {
            "note": self.tr("note"),
            "call": self.tr("call outcome"),
            "callback": self.tr("callback note"),
            "sms": self.tr("SMS"),
        }.get(code, code)

    def show_report(self, report: Any) -> None:
        if not isValid(self):  # closed before the day was read
            return
        self.report = report
        flags = report.flags
        self.table.setRowCount(len(flags))
        for r, f in enumerate(flags):
            who = f"{f.collector_id} {f.collector_name}".strip()
            cells = (
                f.local_time,
                who,
                f"{f.contract_no} · {f.borrower_masked}",
                self._kind(f.kind),
                f.category_en if self.en else f.category_zh,
                self.tr("learned: please check") if f.learned else self.tr("rule"),
                f.rule,
                f.words,
                f.text,
            )
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == COLUMNS - 1:
                    item.setToolTip(f.text)
                elif c == 5 and f.learned:
                    item.setToolTip(
                        self.tr(
                            "Found by the learned model, not by a rule: read the text and "
                            "confirm it before acting on it."
                        )
                    )
                self.table.setItem(r, c, item)
        n = report.checked
        self.summary.setText(
            self.tr(
                "Read {notes} notes, {calls} call outcomes, {callbacks} callback notes and "
                "{sms} SMS; {flagged} flagged"
            ).format(
                notes=n.get("note", 0),
                calls=n.get("call", 0),
                callbacks=n.get("callback", 0),
                sms=n.get("sms", 0),
                flagged=report.flagged_items,
            )
        )
        self.why.setText("" if flags else self.tr("Nothing flagged on this day."))
        self.export.setEnabled(bool(flags))
        if flags:
            self.table.selectRow(0)

    def _show_why(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.report is None:
            return
        f = self.report.flags[rows[0].row()]
        quoted = f"\u201c{f.words}\u201d"
        why = f"{quoted}: {f.why_en}" if self.en else f"{quoted}\uff1a{f.why_zh}"
        self.why.setText(f"{why}\n{f.text}")  # the whole (masked) text, which the table elides

    def headers(self) -> dict[str, str]:
        return {
            "Flagged": self.tr("Flagged"),
            "Read": self.tr("Read"),
            "Time": self.tr("Time"),
            "Kind": self.tr("Written as"),
            "Collector": self.tr("Collector"),
            "Name": self.tr("Name"),
            "Contract": self.tr("Contract"),
            "Borrower": self.tr("Borrower"),
            "To": self.tr("To"),
            "Category": self.tr("Category"),
            "Basis": self.tr("Basis"),
            "Rule": self.tr("Rule"),
            "Words": self.tr("Words"),
            "Why": self.tr("Why it matters"),
            "Text": self.tr("Text (masked)"),
            "What": self.tr("What"),
            "Count": self.tr("Count"),
        }

    def ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        day = self.chosen_day()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the QA"), f"qa-{day.isoformat()}.xlsx", self.tr("Workbook (*.xlsx)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from collector_desk.exchange.qa_report import write_qa_xlsx

        report, headers, lang = self.report, self.headers(), "en" if self.en else "zh"

        def work(progress: Any) -> Path:
            return write_qa_xlsx(path, report, lang=lang, headers=headers)

        def done(written: Path) -> None:
            if isValid(self.window_):
                self.window_.status_message(self.tr("QA saved: {file}").format(file=written.name))

        ops.runner_for(self).query(
            work, title=self.tr("Writing the QA workbook"), on_done=done, parent=self
        )
