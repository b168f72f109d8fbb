"""Loading head office's case file: preview, column mapping, check or import, result.

Reading, checking and writing run on a worker thread behind a cancellable
progress dialog; a cancelled import keeps the chunks of 2,000 rows it has
written (the result says so) and loading the file again finishes it. The
mapping the user picks is remembered for files with the same columns.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.privacy import mask_account, mask_id_number, mask_phone
from collector_desk.exchange.intake_fields import BY_KEY, FIELDS, REQUIRED
from collector_desk.ui import ops
from collector_desk.ui.exchange import texts
from collector_desk.ui.exchange.intake_problems import save_problems
from collector_desk.ui.exchange.intake_progress import StageWords, stage_words
from collector_desk.ui.typed_qt import cell, date_of, date_popup, named

if TYPE_CHECKING:
    from collector_desk.exchange.intake import IntakePreview, IntakeReport
    from collector_desk.services.context import ChangeSet
    from collector_desk.ui.main_window import MainWindow

WARN = QColor("#b3261e")
PRIVATE_KINDS = ("id", "phone", "account")


def _mask(value: str) -> str:
    """The preview shows personal numbers masked, as the rest of the app does."""
    digits = "".join(c for c in value if c.isdigit() or c in "xX")
    if len(digits) == 18:
        return mask_id_number(digits)
    if len(digits) >= 15:
        return mask_account(digits)
    if len(digits) >= 7:
        return mask_phone(digits)
    return value


class IntakeDialog(QDialog):
    def __init__(self, window: MainWindow, path: str | None = None) -> None:
        super().__init__(window)
        self.setObjectName("intakeDialog")
        self.window_ = window
        self.preview: IntakePreview | None = None
        self.report: IntakeReport | None = None
        self.combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Load cases from head office"))
        self.resize(980, 680)

        self.path = named(QLineEdit(readOnly=True), "intakePath")
        self.path.setPlaceholderText(self.tr("Choose the .xlsx or .csv file head office sent"))
        choose = named(QPushButton(self.tr("Choose file…")), "intakeChoose")
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(choose)

        self.info = named(QLabel(wordWrap=True), "intakeInfo")
        self.mapping = named(QTableWidget(0, 3), "intakeMapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Read as")]
        )
        self.mapping.verticalHeader().hide()
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        head = self.mapping.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.sample = named(QTableWidget(0, 0), "intakeSample")
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setAlternatingRowColors(True)
        self.sample.setWordWrap(False)
        self.as_of = named(date_popup(), "intakeAsOf")
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        today = window.open_desk.today()
        self.as_of.setMaximumDate(QDate(today.year, today.month, today.day))
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.as_of.setToolTip(
            self.tr(
                "The day the file's figures (days past due, overdue, outstanding) describe. "
                "A date column in the file is used first."
            )
        )
        self.strict = QCheckBox(self.tr("Refuse rows whose figures contradict each other"))
        self.strict.setObjectName("intakeStrict")
        self.strict.setToolTip(
            self.tr(
                "Without this, such rows are imported by head office's figures and listed as warnings."
            )
        )
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Figures as of")))
        options.addWidget(self.as_of)
        options.addSpacing(16)
        options.addWidget(self.strict)
        options.addStretch(1)
        self.missing = named(QLabel(wordWrap=True), "intakeMissing")
        self.missing.setStyleSheet(f"color: {WARN.name()}")

        self.summary = named(QLabel(wordWrap=True), "intakeSummary")
        self.problems = named(QTableWidget(0, 3), "intakeProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.warnings = named(QTableWidget(0, 3), "intakeWarnings")
        self.warnings.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Imported by head office's figures")]
        )
        self.warnings.verticalHeader().hide()
        self.warnings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warnings.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.outcome = named(QTabWidget(), "intakeOutcome")
        self.outcome.addTab(self.problems, self.tr("Rejected rows"))
        self.outcome.addTab(self.warnings, self.tr("Warnings"))
        self.save_problems = QPushButton(self.tr("Save the problems as a workbook…"))
        self.save_problems.setObjectName("intakeSaveProblems")
        self.save_problems.clicked.connect(self.export_problems)
        result = QWidget()
        rlay = QVBoxLayout(result)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.summary)
        rlay.addWidget(self.outcome, 1)
        rlay.addWidget(self.save_problems, 0, Qt.AlignmentFlag.AlignLeft)
        self.result_box = result
        result.hide()

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.mapping)
        split.addWidget(self.sample)
        split.addWidget(result)
        split.setSizes([260, 200, 200])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check = buttons.addButton(
            self.tr("Check only"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.run = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check.setObjectName("intakeCheck")
        self.run.setObjectName("intakeRun")
        self.check.clicked.connect(lambda: self.start(dry_run=True))
        self.run.clicked.connect(lambda: self.start(dry_run=False))
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.info)
        lay.addLayout(options)
        lay.addWidget(split, 1)
        lay.addWidget(self.missing)
        lay.addWidget(buttons)
        self._enable()
        if path:
            self.load(path)

    # --- file and preview --------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Head office's case file"),
            "",
            self.tr("Case files (*.xlsx *.xlsm *.xls *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load(path)

    def load(self, path: str, mapping: dict[str, str] | None = None) -> None:
        desk = self.window_.open_desk
        self.path.setText(path)
        self.result_box.hide()

        def work(progress: Any) -> IntakePreview:
            from collector_desk.exchange.intake import preview

            progress.step(0, 0, self.tr("Reading the file"))
            return preview(desk, Path(path), mapping, progress=progress)

        ops.runner_for(self.window_).query(
            work,
            title=self.tr("Reading the file"),
            on_done=self.show_preview,
            on_error=self._unreadable,
            parent=self,
            cancellable=True,  # a big workbook takes a while: its reader child stops at once
            quiet_ms=300,
        )

    def _unreadable(self, exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        QMessageBox.warning(self, self.windowTitle(), texts.unreadable(code, str(exc)))

    def show_preview(self, pv: IntakePreview) -> None:
        self.preview = pv
        sheet = f"{pv.sheet} · " if pv.sheet else ""
        encoding = f" · {pv.encoding.upper()}" if pv.encoding else ""
        self.info.setText(
            self.tr("{sheet}{rows} rows; column titles on row {header}{encoding}").format(
                sheet=sheet, rows=f"{pv.total_rows:,}", header=pv.header_row, encoding=encoding
            )
            + (
                self.tr(" · column choices remembered from an earlier file")
                if pv.remembered
                else ""
            )
        )
        self.mapping.setRowCount(len(pv.headers))
        self.combos = []
        for i, header in enumerate(pv.headers):
            self.mapping.setItem(i, 0, QTableWidgetItem(header or self.tr("(no title)")))
            first = pv.sample[0][i] if pv.sample and i < len(pv.sample[0]) else ""
            self.mapping.setItem(i, 1, QTableWidgetItem(first))
            combo = named(QComboBox(), f"intakeField{i}")
            combo.addItem(self.tr("(not used)"), "")
            for f in FIELDS:
                combo.addItem(texts.field_label(f.key) + (" *" if f.required else ""), f.key)
            combo.setCurrentIndex(max(0, combo.findData(pv.mapping.get(i, ""))))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        self.sample.setColumnCount(len(pv.headers))
        self.sample.setRowCount(len(pv.sample))
        self.sample.setVerticalHeaderLabels([str(pv.first_row + r) for r in range(len(pv.sample))])
        self._mapping_changed()

    def chosen(self) -> dict[str, str]:
        """header -> field for every column (\"\" = not used)."""
        if self.preview is None:
            return {}
        return {
            h: str(c.currentData() or "")
            for h, c in zip(self.preview.headers, self.combos, strict=True)
            if h
        }

    def _mapping_changed(self) -> None:
        if self.preview is None:
            return
        used: dict[str, int] = {}
        for combo in self.combos:
            key = combo.currentData()
            if key:
                used[key] = used.get(key, 0) + 1
        titles = []
        for i, combo in enumerate(self.combos):
            key = combo.currentData()
            titles.append(texts.field_label(key) if key else self.preview.headers[i])
            private = bool(key) and BY_KEY[key].kind in PRIVATE_KINDS
            for r, row in enumerate(self.preview.sample):
                value = row[i] if i < len(row) else ""
                self.sample.setItem(r, i, QTableWidgetItem(_mask(value) if private else value))
            first = self.preview.sample[0][i] if self.preview.sample else ""
            self.mapping.setItem(i, 1, QTableWidgetItem(_mask(first) if private else first))
            item = cell(self.mapping, i, 0)
            item.setForeground(WARN if key and used[key] > 1 else self.palette().text().color())
        self.sample.setHorizontalHeaderLabels(titles)
        self.sample.resizeColumnsToContents()
        missing = [texts.field_label(f) for f in REQUIRED if f not in used]
        doubled = [texts.field_label(k) for k, n in used.items() if n > 1]
        notes = []
        if missing:
            notes.append(self.tr("Still needed: {fields}").format(fields="、".join(missing)))
        if doubled:
            notes.append(self.tr("Chosen twice: {fields}").format(fields="、".join(doubled)))
        self.missing.setText("  ".join(notes))
        self._enable(ok=not missing and not doubled)

    def _enable(self, ok: bool = False) -> None:
        self.check.setEnabled(ok)
        self.run.setEnabled(ok)

    # --- check / import -----------------------------------------------------------------

    def start(self, *, dry_run: bool, accept_identity_change: bool = False) -> None:
        desk, path, mapping = self.window_.open_desk, Path(self.path.text()), self.chosen()
        as_of, strict = date_of(self.as_of), self.strict.isChecked()
        # The rows the preview read: not read again while the file is unchanged.
        table = self.preview.table if self.preview is not None else None

        words = stage_words()  # on the GUI thread: the worker only formats

        def work(progress: Any) -> IntakeReport:
            from collector_desk.exchange.intake import run_intake

            return run_intake(
                desk,
                path,
                mapping=mapping,
                dry_run=dry_run,
                as_of=as_of,
                strict=strict,
                accept_identity_change=accept_identity_change,
                progress=StageWords(progress, words),
                table=table,
            )

        title = self.tr("Checking the cases") if dry_run else self.tr("Importing the cases")

        def changes(report: IntakeReport) -> ChangeSet:
            from collector_desk.services.context import ChangeSet

            return report.changes if not report.dry_run else ChangeSet()

        ops.runner_for(self.window_).write(
            work,
            title=title,
            changes=changes,
            on_done=self.show_result,
            on_error=self._unreadable,
            parent=self,
            cancellable=True,
            quiet_ms=300,
        )

    def show_result(self, report: IntakeReport) -> None:
        self.report = report  # its changes were broadcast by the op runner
        head = self.tr("Checked, nothing written:") if report.dry_run else self.tr("Imported:")
        if report.stopped:  # cancelled after some chunks: they stay, a second load finishes
            head = self.tr(
                "Stopped; what was written stays, load the file again to finish. So far:"
            )
        self.summary.setText(
            head
            + " "
            + self.tr(
                "{rows} rows; {new} new contracts, {updated} updated, {same} unchanged; "
                "{rejected} rows rejected, {warned} warnings."
            ).format(
                warned=f"{len(report.warnings):,}",
                rows=f"{report.rows:,}",
                new=f"{report.new:,}",
                updated=f"{report.updated:,}",
                same=f"{report.unchanged:,}",
                rejected=f"{report.rejected:,}",
            )
            + self._payments_text(report)
        )
        shown = report.problems[:5000]
        self.problems.setRowCount(len(shown))
        for r, p in enumerate(shown):
            reason = QTableWidgetItem(texts.problem(p.code, p.value, p.message, p.computed))
            reason.setToolTip(p.message)
            self.problems.setItem(r, 0, QTableWidgetItem(str(p.row)))
            self.problems.setItem(r, 1, QTableWidgetItem(p.column))
            self.problems.setItem(r, 2, reason)
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        warned = report.warnings[:5000]
        self.warnings.setRowCount(len(warned))
        for r, w in enumerate(warned):
            reason = QTableWidgetItem(texts.warning(w.code, w.stated, w.computed, w.message))
            reason.setToolTip(w.message)
            self.warnings.setItem(r, 0, QTableWidgetItem(str(w.row)))
            self.warnings.setItem(r, 1, QTableWidgetItem(w.column))
            self.warnings.setItem(r, 2, reason)
        self.warnings.resizeColumnToContents(0)
        self.warnings.resizeColumnToContents(1)
        self.outcome.setTabText(
            0, self.tr("Rejected rows ({n})").format(n=f"{len(report.problems):,}")
        )
        self.outcome.setTabText(1, self.tr("Warnings ({n})").format(n=f"{len(report.warnings):,}"))
        self.outcome.setCurrentIndex(0 if shown or not warned else 1)
        self.outcome.setVisible(bool(shown or warned))
        self.save_problems.setVisible(bool(shown or warned))  # the list holds both
        self.result_box.show()
        changed = sum(1 for p in report.problems if p.code == "identity_changed")
        if changed and not report.dry_run:
            self._confirm_identity_change(changed)
        if not report.dry_run:
            self.window_.status_message(self.summary.text())

    def _payments_text(self, report: IntakeReport) -> str:
        """Head office's repaid amounts: matched with payments here, or written as new."""
        if not (report.payments_matched or report.payments_new):
            return ""
        return " " + self.tr(
            "Head office's repayments: {matched} matched with payments recorded here "
            "({matched_yuan}), {new} recorded as head-office payments ({new_yuan})."
        ).format(
            matched=f"{report.payments_matched:,}",
            matched_yuan=texts.yuan(report.matched_fen),
            new=f"{report.payments_new:,}",
            new_yuan=texts.yuan(report.new_fen),
        )

    def _confirm_identity_change(self, count: int) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Borrower changed"),
            self.tr(
                "For {n} known contracts the file names another borrower (name or ID number). "
                "Take the file's? The old values stay in the audit log."
            ).format(n=count),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start(dry_run=False, accept_identity_change=True)

    def export_problems(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the problems"),
            f"{Path(self.path.text()).stem}-problems.xlsx",
            self.tr("Workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            save_problems(self.report, Path(path))
