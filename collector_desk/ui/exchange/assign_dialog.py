"""The supervisor's assignment dialog, and the daily report dialog."""

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
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from collector_desk.ui import labels, ops
from collector_desk.ui.exchange import texts
from collector_desk.ui.typed_qt import cell, checked, date_of, date_popup, named

if TYPE_CHECKING:
    from collector_desk.ui.main_window import MainWindow

BUCKETS = ("", "C", "M1", "M2", "M3", "M3+")


class AssignDialog(QDialog):
    """Spread cases evenly over the ticked collectors, or give them all to one."""

    def __init__(self, window: MainWindow, loan_ids: list[str] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("assignDialog")
        self.window_ = window
        self.given = loan_ids or []
        self.plan: Any = None
        self.setWindowTitle(self.tr("Assign cases"))
        self.resize(620, 520)

        self.scope = named(QComboBox(), "assignScope")
        if self.given:
            self.scope.addItem(self.tr("The open case"), "given")
        self.scope.addItem(self.tr("Cases nobody has yet"), "unassigned")
        self.scope.addItem(self.tr("All cases (reassign)"), "all")
        self.bucket = named(QComboBox(), "assignBucket")
        for b in BUCKETS:
            self.bucket.addItem(labels.band(b) if b else self.tr("Every bucket"), b)
        self.count = named(QLabel(), "assignCount")
        self.spread = checked(QRadioButton(self.tr("Spread evenly over the ticked collectors")))
        self.spread.setObjectName("assignSpread")
        self.one = named(QRadioButton(self.tr("Give them all to:")), "assignOne")
        self.target = named(QComboBox(), "assignTarget")
        self.team = named(QTableWidget(0, 4), "assignTeam")
        self.team.setHorizontalHeaderLabels(
            [
                self.tr("Collector"),
                self.tr("Cases now"),
                self.tr("Overdue now"),
                self.tr("This assignment"),
            ]
        )
        self.team.verticalHeader().hide()
        self.team.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.team.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add = named(QPushButton(self.tr("Add a team member…")), "assignAddMember")
        add.clicked.connect(self.add_member)
        self.plan_text = named(QLabel(wordWrap=True), "assignPlan")

        form = QFormLayout()
        form.addRow(self.tr("Which cases"), self.scope)
        form.addRow(self.tr("Bucket"), self.bucket)
        form.addRow("", self.count)
        target_row = QHBoxLayout()
        target_row.addWidget(self.one)
        target_row.addWidget(self.target, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = buttons.addButton(
            self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button = buttons.addButton(
            self.tr("Assign"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.preview_button.setObjectName("assignPreview")
        self.apply_button.setObjectName("assignApply")
        self.preview_button.clicked.connect(self.preview)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.spread)
        lay.addLayout(target_row)
        lay.addWidget(self.team, 1)
        lay.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.plan_text)
        lay.addWidget(buttons)
        for w in (self.scope, self.bucket):
            w.currentIndexChanged.connect(self._invalidate)
        self.spread.toggled.connect(self._invalidate)
        self.target.currentIndexChanged.connect(self._invalidate)
        self.team.itemChanged.connect(lambda _i: self._invalidate())
        self.load_team()

    # --- data -----------------------------------------------------------------------------

    def load_team(self) -> None:
        """The team with each one's cases and overdue total, read on a worker."""
        from collector_desk.services.assignment import team

        desk = self.window_.open_desk
        ops.runner_for(self.window_).query(
            lambda _progress: [m for m in team(desk) if m.role != "trainee"],
            on_done=self.show_team,
            key=f"assign-team-{id(self)}",
            parent=self,
        )

    def show_team(self, members: list[Any]) -> None:
        self.team.blockSignals(True)
        self.team.setRowCount(len(members))
        self.target.clear()
        for r, m in enumerate(members):
            item = QTableWidgetItem(f"{m.id}  {m.name}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if m.role == "collector" else Qt.CheckState.Unchecked
            )
            self.team.setItem(r, 0, item)
            self.team.setItem(r, 1, QTableWidgetItem(f"{m.cases:,}"))
            self.team.setItem(r, 2, QTableWidgetItem(texts.yuan(m.overdue_fen)))
            self.team.setItem(r, 3, QTableWidgetItem(""))
            self.target.addItem(f"{m.id}  {m.name}", m.id)
        self.target.addItem(self.tr("(nobody: take them back)"), "")
        self.team.blockSignals(False)
        self._invalidate()

    @staticmethod
    def _loans(desk: Any, scope: str, bucket: str, given: list[str]) -> list[str]:
        """The cases in scope (on a worker: "all cases" pages the whole portfolio)."""
        from collector_desk.services.assignment import unassigned

        if scope == "given":
            return list(given)
        if scope == "unassigned":
            return unassigned(desk, [bucket] if bucket else [])
        from collector_desk.services import cases

        query = cases.CaseQuery(buckets=frozenset({bucket}) if bucket else frozenset())
        rows, after = [], None
        while True:
            page = cases.page(desk, query, after=after, limit=2000)
            rows += [r.loan_id for r in page]
            if len(page) < 2000:
                return rows
            after = page[-1].key

    def ticked(self) -> list[str]:
        out = []
        for r in range(self.team.rowCount()):
            item = cell(self.team, r, 0)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _invalidate(self) -> None:
        self.plan = None
        self.apply_button.setEnabled(False)
        self.plan_text.setText(self.tr("Press Preview to see who gets what."))
        self.team.blockSignals(True)
        for r in range(self.team.rowCount()):
            item = self.team.item(r, 3)
            if item is not None:
                item.setText("")
        self.team.blockSignals(False)

    # --- actions ---------------------------------------------------------------------------

    def preview(self) -> None:
        """Work out who would get what, on a worker (it reads the cases in scope)."""
        from collector_desk.services.assignment import AssignmentError, Plan, plan_spread

        desk, scope, bucket = (
            self.window_.open_desk,
            str(self.scope.currentData() or ""),
            str(self.bucket.currentData() or ""),
        )
        given, spread, ticked = list(self.given), self.spread.isChecked(), self.ticked()
        target = str(self.target.currentData() or "")

        def work(_progress: object) -> tuple[int, Plan]:
            loans = self._loans(desk, scope, bucket, given)
            if spread:
                return len(loans), plan_spread(desk, loans, ticked)
            return len(loans), Plan({target: tuple(loans)})

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, AssignmentError):
                from collector_desk.ui.shell.errors import show_failure

                show_failure(self, self.tr("Preview"), exc)
                return
            from collector_desk.ui.shell.errors import failure_line

            self.plan_text.setText(failure_line(exc))

        self.plan_text.setText(self.tr("Working out the plan…"))
        ops.runner_for(self.window_).query(
            work,
            on_done=lambda result: self._show_plan(*result),
            on_error=failed,
            title=self.tr("Preview"),
            key=f"assign-preview-{id(self)}",
            parent=self,
            quiet_ms=600,
        )

    def _show_plan(self, count: int, plan: Any) -> None:
        self.count.setText(self.tr("{n} cases").format(n=f"{count:,}"))
        self.plan = plan
        lines = []
        rows = {
            cell(self.team, r, 0).data(Qt.ItemDataRole.UserRole): r
            for r in range(self.team.rowCount())
        }
        self.team.blockSignals(True)
        for who, given in self.plan.by_collector.items():
            money = self.plan.overdue_fen.get(who)
            extra = (
                self.tr(", {amount} overdue").format(amount=texts.yuan(money))
                if money is not None
                else ""
            )
            lines.append(
                self.tr("{who}: {n} cases{extra}").format(
                    who=who or self.tr("nobody"), n=len(given), extra=extra
                )
            )
            if who in rows:
                cell(self.team, rows[who], 3).setText(
                    self.tr("+{n} cases{extra}").format(n=len(given), extra=extra)
                )
        self.team.blockSignals(False)
        self.team.resizeColumnToContents(3)
        self.plan_text.setText(self.tr("{n} cases in all.").format(n=f"{self.plan.total:,}"))
        self.plan_text.setToolTip("\n".join(lines))
        self.apply_button.setEnabled(self.plan.total > 0)

    def apply(self) -> None:
        if self.plan is None:
            return
        plan, desk = self.plan, self.window_.open_desk

        def work(progress: Any) -> Any:
            from collector_desk.services.assignment import apply_plan

            return apply_plan(desk, plan, progress=progress)

        def done(changes: Any) -> None:
            self.window_.status_message(self.tr("{n} cases assigned.").format(n=f"{plan.total:,}"))
            self.load_team()

        ops.runner_for(self.window_).write(
            work,
            title=self.tr("Assigning cases"),
            on_done=done,
            parent=self,
            cancellable=True,
            quiet_ms=300,
        )

    def add_member(self) -> None:
        from collector_desk.services.assignment import AssignmentError, add_member

        code, ok = QInputDialog.getText(
            self, self.windowTitle(), self.tr("Staff code (for example C007):")
        )
        if not ok or not code.strip():
            return
        name, ok = QInputDialog.getText(self, self.windowTitle(), self.tr("Name:"))
        if not ok:
            return
        desk = self.window_.open_desk

        def failed(exc: BaseException) -> None:
            from collector_desk.ui.shell.errors import failure_line, show_failure

            if not isinstance(exc, AssignmentError):  # a bug: the crash report has it
                show_failure(self, self.windowTitle(), exc)
                return
            QMessageBox.warning(self, self.windowTitle(), failure_line(exc))

        ops.runner_for(self.window_).write(
            lambda progress: add_member(desk, code, name),
            title=self.tr("Adding a team member"),
            on_done=lambda _changes: self.load_team(),
            on_error=failed,
            parent=self,
        )


class ReportDialog(QDialog):
    """The day and the collector of the daily report; the file is asked for after."""

    def __init__(self, window: MainWindow, members: list[Any]) -> None:
        """`members`: the team (`assignment.team`, read by the caller on a worker)."""
        super().__init__(window)
        self.setObjectName("reportDialog")
        self.window_ = window
        self.setWindowTitle(self.tr("Daily report"))
        self.day = named(date_popup(QDate.currentDate()), "reportDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.who = named(QComboBox(), "reportCollector")
        self.who.addItem(self.tr("Whole team"), "")
        for m in members:
            self.who.addItem(f"{m.id}  {m.name}", m.id)
        form = QFormLayout(self)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Collector"), self.who)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def headers(self) -> dict[str, str]:
        """The report's sheet and column titles in the user's language."""
        return {
            "Worked cases": self.tr("Worked cases"),
            "Calls": self.tr("Calls"),
            "Promises": self.tr("Promises"),
            "Contract": self.tr("Contract"),
            "Borrower": self.tr("Borrower"),
            "Collector": self.tr("Collector"),
            "Bucket": self.tr("Bucket"),
            "DPD": self.tr("DPD"),
            "Overdue (yuan)": self.tr("Overdue (yuan)"),
            "Outstanding (yuan)": self.tr("Outstanding (yuan)"),
            "Dial attempts": self.tr("Dial attempts"),
            "Last outcome": self.tr("Last outcome"),
            "Promise": self.tr("Promise"),
            "Promised on": self.tr("Promised on"),
            "Promised (yuan)": self.tr("Promised (yuan)"),
            "Time": self.tr("Time"),
            "Outcome": self.tr("Outcome"),
            "Reason overdue": self.tr("Reason overdue"),
            "Objections": self.tr("Objections"),
            "Third party": self.tr("Third party"),
            "Note": self.tr("Note"),
            "Flagged": self.tr("Flagged"),
            "Made at": self.tr("Made at"),
            "Amount (yuan)": self.tr("Amount (yuan)"),
            "Method": self.tr("Method"),
            "Part payment": self.tr("Part payment"),
            "Status now": self.tr("Status now"),
        }

    def save(self) -> None:
        day = date_of(self.day)
        who = self.who.currentData() or None
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            f"report-{day.isoformat()}{'-' + who if who else ''}.xlsx",
            self.tr("Workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if not path:
            return
        desk, headers = self.window_.open_desk, self.headers()

        def work(progress: Any) -> Any:
            from collector_desk.exchange.reports import write_daily_report

            progress.step(0, 0, "")
            return write_daily_report(desk, Path(path), day, collector=who, headers=headers)

        def done(result: Any) -> None:
            names = "、".join(f.name for f in result.files)
            self.window_.status_message(self.tr("Report saved: {files}").format(files=names))
            self.accept()

        ops.runner_for(self.window_).write(
            work,
            title=self.tr("Writing the report"),
            on_done=done,
            parent=self,
            cancellable=True,
            quiet_ms=300,
        )
