"""The Targets tab: the month's figures of the team (supervisor) or of the collector
at this desk, loaded on a worker (OpRunner) and drawn when they arrive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from collector_desk.ui import ops
from collector_desk.ui.targets import charts, roll_table, texts
from collector_desk.ui.targets.model import FiguresModel
from collector_desk.ui.targets.tables import fill as _fill
from collector_desk.ui.targets.tables import money_rate as _money_rate
from collector_desk.ui.targets.tables import months_before as months_before
from collector_desk.ui.targets.tables import table as _table
from collector_desk.ui.typed_qt import cell, named

MONTHS_BACK = 12
REFRESH_KINDS = {
    "case",
    "call",
    "promise",
    "payment",
    "debit",
    "attempt",
    "team",
    "assignment",
    "settings",
    "sync",
}


class TargetsView(QWidget):
    """`reload()` asks the worker; `show_report(report, members)` draws its answer."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetsView")
        self.window_ = window
        self.report: Any = None
        self.stale = True
        self._members: list[Any] = []

        self.month = named(QComboBox(), "targetsMonth")
        self.month.currentIndexChanged.connect(lambda _i: self.reload())
        self.who = named(QComboBox(), "targetsCollector")
        self.who.currentIndexChanged.connect(lambda _i: self._who_changed())
        self.refresh = named(
            QPushButton(QCoreApplication.translate("Targets", "&Refresh")), "targetsRefresh"
        )
        self.refresh.clicked.connect(self.reload)
        self.set_targets = named(
            QPushButton(QCoreApplication.translate("Targets", "Set &targets…")), "targetsSet"
        )
        self.set_targets.clicked.connect(self.open_targets)
        self.export = named(
            QPushButton(QCoreApplication.translate("Targets", "E&xport…")), "targetsExport"
        )
        self.export.clicked.connect(self.ask_export)
        self.export.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("Targets", "Month")))
        top.addWidget(self.month)
        top.addWidget(self.who, 1)
        top.addWidget(self.refresh)
        top.addWidget(self.set_targets)
        top.addWidget(self.export)
        self.summary = named(QLabel(wordWrap=True), "targetsSummary")

        self.model = FiguresModel(self)
        self.table = named(QTableView(), "targetsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.flows = _table(
            "targetsFlows",
            [
                QCoreApplication.translate("Targets", "Movement"),
                QCoreApplication.translate("Targets", "By count"),
                QCoreApplication.translate("Targets", "By amount"),
            ],
        )
        self.roll = _table("targetsRollTrend", [])
        self.roll.setToolTip(
            QCoreApplication.translate(
                "Targets", "Roll and cure rates month over month: by count · by amount."
            )
        )
        self.staff = _table(
            "targetsStaff",
            [
                QCoreApplication.translate("Targets", "Measure"),
                QCoreApplication.translate("Targets", "Rate"),
            ],
        )
        self.works = _table(
            "targetsWhatWorks",
            [
                QCoreApplication.translate("Targets", "On the call"),
                QCoreApplication.translate("Targets", "Promises due"),
                QCoreApplication.translate("Targets", "Kept"),
                QCoreApplication.translate("Targets", "Part-kept"),
            ],
        )
        header_item = self.works.horizontalHeaderItem(2)
        assert header_item is not None
        header_item.setToolTip(QCoreApplication.translate("Targets", "Kept ÷ promises due."))
        self.charts = named(QTabWidget(), "targetsCharts")
        self.charts.setDocumentMode(True)

        flows_page = QWidget()
        fl = QVBoxLayout(flows_page)
        fl.setContentsMargins(0, 4, 0, 0)
        fl.addWidget(self.flows, 3)
        fl.addWidget(self.roll, 3)
        fl.addWidget(self.staff, 2)
        self.sections = named(QTabWidget(), "targetsSections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.charts, QCoreApplication.translate("Targets", "Charts"))
        self.sections.addTab(
            flows_page, QCoreApplication.translate("Targets", "Roll, cure and follow-up")
        )
        self.sections.addTab(self.works, QCoreApplication.translate("Targets", "What works"))

        split = named(QSplitter(Qt.Orientation.Vertical), "targetsSplitter")
        split.addWidget(self.table)
        split.addWidget(self.sections)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(split, 1)

    # --- who is looking --------------------------------------------------------------

    def is_supervisor(self) -> bool:
        desk = self.window_.desk
        return desk is not None and desk.setting("role") == "supervisor"

    def own_id(self) -> str:
        desk = self.window_.desk
        return "" if desk is None else str(desk.setting("collector_id") or "")

    def chosen_collector(self) -> str | None:
        """None: the team (a supervisor only); else one collector's staff code."""
        if not self.is_supervisor():
            return self.own_id()
        data = self.who.currentData()
        return None if not data else str(data)

    def attach(self) -> None:
        desk = self.window_.desk
        months = months_before(desk.today(), MONTHS_BACK)
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItems(months)
        self.month.blockSignals(False)
        self._show_role()

    def _show_role(self) -> None:
        boss = self.is_supervisor()
        self.set_targets.setVisible(boss)
        self.who.setEnabled(boss)
        self._fill_who()

    def _fill_who(self) -> None:
        current = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        if self.is_supervisor():
            self.who.addItem(QCoreApplication.translate("Targets", "The whole team"), "")
            for m in self._members:
                if m.role != "supervisor":
                    self.who.addItem(f"{m.id} {m.name}", m.id)
        else:
            me = self.own_id()
            self.who.addItem(me or QCoreApplication.translate("Targets", "(no staff code set)"), me)
        found = self.who.findData(current)
        self.who.setCurrentIndex(max(found, 0))
        self.who.blockSignals(False)

    def _who_changed(self) -> None:
        self.reload()

    # --- loading ------------------------------------------------------------------------

    def chosen_month(self) -> str:
        return self.month.currentText()

    def on_changed(self, changes: Any) -> None:
        if not set(changes.kinds) & REFRESH_KINDS:
            return
        if "settings" in changes.kinds:
            self._show_role()
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:  # QWidget.showEvent
        super().showEvent(event)
        if self.stale and self.window_.desk is not None:
            self.reload()

    def reload(self) -> None:
        desk = self.window_.desk
        month = self.chosen_month()
        if desk is None or not month:
            return
        who = self.chosen_collector()
        if who == "":
            self.summary.setText(
                QCoreApplication.translate(
                    "Targets", "Set your staff code in Settings to see your own figures."
                )
            )
            return
        self.stale = False
        self.summary.setText(
            QCoreApplication.translate("Targets", "Counting {month}…").format(month=month)
        )

        def work(progress: Any) -> Any:
            from collector_desk.services import assignment, targets

            got = targets.report(
                desk, month, collector=who, progress=progress, describe=texts.step_text
            )
            return got, assignment.team(desk)

        ops.runner_for(self).query(
            work,
            title=QCoreApplication.translate("Targets", "Counting the month's figures"),
            key="targets",
            on_done=lambda result: self.show_report(*result),
            parent=self,
            quiet_ms=1500,
            cancellable=True,
            on_cancelled=self._cancelled,
        )

    def _cancelled(self) -> None:
        if not isValid(self):
            return
        self.stale = True
        self.summary.setText(
            QCoreApplication.translate(
                "Targets",
                "Counting stopped. What was counted is kept; Refresh counts the rest.",
            )
        )

    # --- drawing ------------------------------------------------------------------------

    def show_report(self, report: Any, members: list[Any]) -> None:
        if not isValid(self):
            return
        self.report = report
        if [m.id for m in members] != [m.id for m in self._members]:
            self._members = members
            self._fill_who()
        self.model.set_report(report, with_team=self.chosen_collector() is None)
        self.export.setEnabled(True)
        left = report.workdays_left
        text = QCoreApplication.translate(
            "Targets", "{month}, as of {day}; {left} working days left in the month."
        ).format(month=report.month, day=report.as_of.isoformat(), left=left)
        if report.flows_as_of is not None:
            text = QCoreApplication.translate(
                "Targets", "{summary} Roll and cure rates to the end of {day}."
            ).format(summary=text, day=report.flows_as_of.isoformat())
        elif report.as_of == report.first and self.month.count() > 1:
            # The first of the month: nothing of it is over yet, so its figures are
            # mostly empty; say where last month's are.
            text = QCoreApplication.translate(
                "Targets",
                "{summary} The month has just begun: {previous} has last month's figures.",
            ).format(summary=text, previous=self.month.itemText(1))
        self.summary.setText(text)
        self._draw_flows(report)
        self._draw_works(report.team)
        self._draw_charts(report)

    def _draw_flows(self, report: Any) -> None:
        rows: list[tuple[str, ...]] = [
            (
                f"{f.from_bucket} → {f.to_bucket}",
                texts.rate_text(f.by_count.numerator, f.by_count.denominator),
                _money_rate(f.by_amount),
            )
            for f in report.flows
        ]
        rows.append(
            (
                QCoreApplication.translate("Targets", "Cured (overdue → C)"),
                texts.rate_text(report.cure_by_count.numerator, report.cure_by_count.denominator),
                _money_rate(report.cure_by_amount),
            )
        )
        tips = [texts.flow_definition()] * len(report.flows) + [texts.cure_definition()]
        _fill(self.flows, rows, tips)
        roll_table.fill(self.roll, report, texts.flow_definition(), texts.cure_definition())
        staff = report.team.staff
        measures = texts.staff_measures()
        _fill(
            self.staff,
            [
                (title, texts.rate_text(r.numerator, r.denominator))
                for attr, title, _d in measures
                for r in [getattr(staff, attr)]
            ],
            [d for _a, _t, d in measures],
        )

    def _draw_works(self, team: Any) -> None:
        rows: list[tuple[str, ...]] = [
            (QCoreApplication.translate("Targets", "Objections met (A–G)"), "", "", "")
        ]
        for k in team.kept_by_objection:
            rows.append(
                (
                    "  " + texts.objection_name(k.code),
                    str(k.due),
                    texts.rate_text(k.kept, k.due),
                    texts.rate_text(k.part, k.due),
                )
            )
        rows.append((QCoreApplication.translate("Targets", "Reason for overdue"), "", "", ""))
        for k in team.kept_by_reason:
            rows.append(
                (
                    "  " + texts.reason_name(k.code),
                    str(k.due),
                    texts.rate_text(k.kept, k.due),
                    texts.rate_text(k.part, k.due),
                )
            )
        _fill(self.works, rows)
        for r, row in enumerate(rows):
            if not row[1]:
                item = cell(self.works, r, 0)
                font = item.font()
                font.setBold(True)
                item.setFont(font)

    def _draw_charts(self, report: Any) -> None:
        index = self.charts.currentIndex()
        while self.charts.count():
            page = self.charts.widget(0)
            self.charts.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.charts.addTab(
            charts.trend_view(report, report.team), QCoreApplication.translate("Targets", "Trend")
        )
        self.charts.addTab(
            charts.collected_bars_view(report),
            QCoreApplication.translate("Targets", "Collected per collector"),
        )
        self.charts.addTab(
            charts.kept_bars_view(report),
            QCoreApplication.translate("Targets", "Kept per collector"),
        )
        self.charts.addTab(
            charts.band_bars_view(report, report.team),
            QCoreApplication.translate("Targets", "By band"),
        )
        self.charts.addTab(
            charts.roll_trend_view(report, by_amount=False),
            QCoreApplication.translate("Targets", "Roll rates by count"),
        )
        self.charts.addTab(
            charts.roll_trend_view(report, by_amount=True),
            QCoreApplication.translate("Targets", "Roll rates by amount"),
        )
        self.charts.setCurrentIndex(max(index, 0))

    # --- targets and export --------------------------------------------------------------

    def open_targets(self) -> None:
        from collector_desk.ui.modal import run_modal
        from collector_desk.ui.targets.target_dialog import TargetsDialog

        if self.window_.desk is None:
            return
        members = [m for m in self._members if m.role != "supervisor"]
        run_modal(TargetsDialog(self.window_, self.chosen_month(), members, self.report, self))

    def headers(self) -> dict[str, str]:
        return texts.export_headers()

    def ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Targets", "Save the figures"),
            f"targets-{self.report.month}.xlsx",
            QCoreApplication.translate("Targets", "Workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from collector_desk.exchange.targets_report import write_targets_xlsx

        report, headers = self.report, self.headers()
        with_team = self.chosen_collector() is None  # as the table shows it

        def work(progress: Any) -> Path:
            return write_targets_xlsx(path, report, headers=headers, with_team=with_team)

        def done(written: Path) -> None:
            if isValid(self.window_) and hasattr(self.window_, "status_message"):
                self.window_.status_message(
                    QCoreApplication.translate("Targets", "Figures saved: {file}").format(
                        file=written.name
                    )
                )

        ops.runner_for(self).query(
            work,
            title=QCoreApplication.translate("Targets", "Writing the figures workbook"),
            on_done=done,
            parent=self,
        )
