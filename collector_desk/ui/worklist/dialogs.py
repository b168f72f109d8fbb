"""Small dialogs of the worklist feature: do-not-contact flags, recording a
payment, the debit-result import report, contact limits (supervisor)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.guardrails import LIMIT_NAMES, DoNotContact
from collector_desk.domain.money import fen_from_yuan_text, format_fen
from collector_desk.ui import labels
from collector_desk.ui.typed_qt import date_of, date_popup, named
from collector_desk.ui.worklist import texts

if TYPE_CHECKING:
    from collector_desk.services.context import ChangeSet
    from collector_desk.ui.main_window import MainWindow

ERROR_STYLE = "color:#b00020"


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class FlagsDialog(QDialog):
    """Do-not-contact flags of one person; every change needs a reason (audited)."""

    def __init__(
        self,
        window: MainWindow,
        entity: str,
        entity_id: str,
        who: str,
        before: set[DoNotContact],
        parent: QWidget | None = None,
    ) -> None:
        """`before`: the person's flags now (`contact_rules.person_flags`, read by the
        caller on a worker)."""
        super().__init__(parent or window)
        self.setObjectName("flagsDialog")
        self.setWindowTitle(self.tr("Do-not-contact flags"))
        self.window_, self.entity, self.entity_id = window, entity, entity_id
        self.before = set(before)
        self.boxes: dict[DoNotContact, QCheckBox] = {}
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(who))
        for flag in DoNotContact:
            box = QCheckBox(texts.dnc_reason(flag.value))
            box.setObjectName(f"flag_{flag.value}")
            box.setChecked(flag in self.before)
            self.boxes[flag] = box
            lay.addWidget(box)
        self.reason = named(QLineEdit(), "flagsReason")
        self.reason.setPlaceholderText(self.tr("Reason (required, logged)"))
        lay.addWidget(self.reason)
        self.error = _error_label()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def save(self) -> None:
        from collector_desk.services.contact_rules import set_flag

        changed = [
            (f, b.isChecked()) for f, b in self.boxes.items() if b.isChecked() != (f in self.before)
        ]
        if not changed:
            self.accept()
            return
        if not self.reason.text().strip():
            self.error.setText(texts.error("reason_required"))
            return
        desk, entity, entity_id, reason = (
            self.window_.open_desk,
            self.entity,
            self.entity_id,
            self.reason.text(),
        )

        def work(progress: object) -> ChangeSet:
            from collector_desk.services.context import ChangeSet

            changes = ChangeSet()
            for flag, on in changed:
                changes |= set_flag(desk, entity, entity_id, flag, on, reason=reason)
            return changes

        self.setEnabled(False)
        self.window_.ops.write(
            work,
            title=self.tr("Saving the flags"),
            on_done=lambda _changes: self.accept(),
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        from collector_desk.ui.shell.errors import failure_line

        self.setEnabled(True)
        self.error.setText(failure_line(exc))


class PaymentDialog(QDialog):
    """Record a payment on the open case: date, amount, channel, reference."""

    def __init__(
        self, window: MainWindow, loan_id: str, who: str, parent: QWidget | None = None
    ) -> None:
        from collector_desk.services.payments import CHANNELS

        super().__init__(parent or window)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Record a payment"))
        self.window_, self.loan_id = window, loan_id
        today = window.open_desk.today()
        self.date = date_popup(QDate(today.year, today.month, today.day))
        self.date.setObjectName("paymentDate")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.amount = named(QLineEdit(), "paymentAmount")
        self.amount.setPlaceholderText("1000.00")
        self.channel = named(QComboBox(), "paymentChannel")
        for code in CHANNELS:
            self.channel.addItem(texts.channel(code), code)
        self.channel.setCurrentIndex(max(0, self.channel.findData("bank_transfer")))
        self.reference = named(QLineEdit(), "paymentReference")
        self.reference.setMaxLength(64)  # the column's length (payments.REFERENCE_MAX)
        self.error = _error_label()
        self.error.setObjectName("paymentError")
        form = QFormLayout(self)
        form.addRow(QLabel(who))
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Paid by"), self.channel)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.saved: Any = None

    def save(self) -> None:
        from collector_desk.services import payments

        try:
            amount = fen_from_yuan_text(self.amount.text())
        except ValueError:
            self.error.setText(self.tr("Enter the amount in yuan, e.g. 1000.00."))
            self.amount.setFocus()
            return
        desk, loan_id = self.window_.open_desk, self.loan_id
        paid_on, channel = date_of(self.date), str(self.channel.currentData())
        reference = self.reference.text()

        def work(progress: object) -> Any:
            return payments.record_payment(
                desk,
                loan_id,
                paid_on=paid_on,
                amount_fen=amount,
                channel=channel,
                reference=reference,
            )

        def done(saved: Any) -> None:
            self.saved = saved
            self.window_.status_message(
                self.tr("Payment of {amount} recorded; outstanding {left}.").format(
                    amount=format_fen(amount), left=format_fen(saved.outstanding_fen)
                )
            )
            self.accept()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            if isinstance(exc, payments.PaymentRejected):
                self.error.setText(" ".join(texts.error(e.code, e.message) for e in exc.errors))
            else:
                from collector_desk.ui.shell.errors import failure_line

                self.error.setText(failure_line(exc))

        self.setEnabled(False)  # one save at a time
        self.window_.ops.write(
            work, title=self.tr("Recording the payment"), on_done=done, on_error=failed, parent=self
        )


class DebitReportDialog(QDialog):
    """What a debit-result import did, and every rejected line by row and column."""

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debitReport")
        self.setWindowTitle(self.tr("Debit results imported"))
        self.resize(640, 360)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "{file}: {rows} lines; {imported} imported ({ok} succeeded, {failed} failed); "
                    "{again} already imported; {bad} rejected."
                ).format(
                    file=report.file,
                    rows=report.rows,
                    imported=report.imported,
                    ok=report.successes,
                    failed=report.failures,
                    again=report.already_imported,
                    bad=len(report.errors),
                )
            )
        )
        table = named(QTableWidget(len(report.errors), 4), "debitErrors")
        table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem"), self.tr("Value")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for r, e in enumerate(report.errors):
            for c, value in enumerate((str(e.row), e.column, e.message, e.value)):
                table.setItem(r, c, QTableWidgetItem(value))
        table.setVisible(bool(report.errors))
        lay.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        lay.addWidget(buttons)


class LimitsDialog(QDialog):
    """The contact limits; a supervisor may change them with a reason (audited)."""

    def __init__(
        self,
        window: MainWindow,
        before: dict[str, int],
        supervisor: bool,
        parent: QWidget | None = None,
    ) -> None:
        """`before`: the limits now (`contact_rules.current_limits`, read on a worker)."""
        super().__init__(parent or window)
        self.setObjectName("limitsDialog")
        self.setWindowTitle(self.tr("Contact limits"))
        self.window_ = window
        self.before = dict(before)
        self.supervisor = supervisor
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for name in LIMIT_NAMES:
            edit = named(QLineEdit(str(self.before[name])), f"limit_{name}")
            edit.setReadOnly(not self.supervisor)
            self.fields[name] = edit
            form.addRow(texts.limit_name(name), edit)
        self.reason = named(QLineEdit(), "limitsReason")
        self.reason.setPlaceholderText(self.tr("Reason for the change (required, logged)"))
        self.reason.setVisible(self.supervisor)
        form.addRow(self.reason)
        if not self.supervisor:
            form.addRow(QLabel(self.tr("Only a supervisor may change these.")))
        self.error = _error_label()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            (
                QDialogButtonBox.StandardButton.Save
                if self.supervisor
                else QDialogButtonBox.StandardButton.NoButton
            )
            | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        from collector_desk.domain.guardrails import LimitError
        from collector_desk.services import contact_rules

        changed = {
            n: e.text().strip()
            for n, e in self.fields.items()
            if e.text().strip() != str(self.before[n])
        }
        if not changed:
            self.accept()
            return
        if not self.reason.text().strip():
            self.error.setText(texts.error("reason_required"))
            return
        desk, reason = self.window_.open_desk, self.reason.text()

        def work(progress: object) -> tuple[ChangeSet, str, Exception | None]:
            """The limits up to the first refused one; the refusal is shown, not raised."""
            from collector_desk.services.context import ChangeSet

            changes = ChangeSet()
            for name, value in changed.items():
                try:
                    changes |= contact_rules.set_limit(desk, name, value, reason=reason)
                except (LimitError, contact_rules.NotSupervisor) as exc:
                    return changes, name, exc
            return changes, "", None

        def done(result: tuple[ChangeSet, str, Exception | None]) -> None:
            self.setEnabled(True)
            _changes, name, exc = result
            if isinstance(exc, LimitError):
                self.error.setText(
                    labels.labelled(texts.limit_name(name), texts.error(exc.code, str(exc)))
                )
                self.fields[name].setFocus()
            elif isinstance(exc, contact_rules.NotSupervisor):
                self.error.setText(texts.error(exc.code))
            else:
                self.accept()

        self.setEnabled(False)
        self.window_.ops.write(
            work,
            title=self.tr("Saving the limits"),
            changes=lambda result: result[0],
            on_done=done,
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        from collector_desk.ui.shell.errors import failure_line

        self.setEnabled(True)
        self.error.setText(failure_line(exc))
