"""Preview a letter to the open case's borrower, save it as PDF, record it as sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from collector_desk.ui import ops
from collector_desk.ui.letters.render import to_html, write_pdf
from collector_desk.ui.typed_qt import named


class LetterDialog(QDialog):
    def __init__(self, window: Any, loan_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Letter to the borrower"))
        self.window_ = window
        self.loan_id = loan_id
        self.lang = "en" if str(getattr(window, "lang", "zh_CN")).startswith("en") else "zh_CN"
        self.letter: Any = None
        self.kind = named(QComboBox(), "letterKind")
        self.kind.addItem(self.tr("Repayment reminder"), "reminder")
        self.kind.addItem(self.tr("Formal demand for payment"), "formal_demand")
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.preview = named(QTextBrowser(), "letterPreview")
        self.missing = named(QLabel(wordWrap=True), "letterMissing")
        # The hotline the letter gives, asked for here when it was never set (a setting
        # shared with the SMS dialog).
        self.hotline = named(QLineEdit(), "letterHotline")
        self.hotline.setPlaceholderText(self.tr("e.g. 400-800-1234"))
        self.hotline.editingFinished.connect(self.save_hotline)
        self.hotline_row = QWidget()
        hotline_row = QHBoxLayout(self.hotline_row)
        hotline_row.setContentsMargins(0, 0, 0, 0)
        hotline_row.addWidget(QLabel(self.tr("Hotline")))
        hotline_row.addWidget(self.hotline, 1)
        self.hotline_row.hide()
        self.save = named(QPushButton(self.tr("&Save as PDF…")), "letterSave")
        self.save.clicked.connect(self.ask_save)
        self.sent = named(QPushButton(self.tr("&Record as sent")), "letterSent")
        self.sent.clicked.connect(self.record_sent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.sent, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Letter")))
        top.addWidget(self.kind, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(
            QLabel(self.tr("Addressed to the borrower only, at the home address on file."))
        )
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.missing)
        lay.addWidget(self.hotline_row)
        lay.addWidget(buttons)
        self.resize(640, 720)
        self.reload()

    def reload(self) -> None:
        from collector_desk.services import letters

        desk, loan, kind, lang = self.window_.desk, self.loan_id, self.kind.currentData(), self.lang

        def work(progress: Any) -> Any:
            try:
                return letters.draft(desk, loan, kind, lang)
            except letters.NotOverdue:
                return None
            except letters.LetterError as exc:  # a trainer's template that cannot be used
                return exc

        ops.runner_for(self).query(
            work, key="letter", on_done=self.show_letter, parent=self, quiet_ms=800
        )

    def show_letter(self, letter: Any) -> None:
        if not isValid(self):
            return
        if isinstance(letter, Exception):
            self.letter = None
            self.preview.setPlainText(
                self.tr(
                    "This letter cannot be drafted, because its template cannot be used: "
                    "{reason}. Ask the trainer to correct the template."
                ).format(reason=str(letter))
            )
            self.missing.setText("")
            self.save.setEnabled(False)
            self.sent.setEnabled(False)
            return
        self.letter = letter
        if letter is None:  # nothing overdue: neither letter applies
            self.preview.setPlainText(
                self.tr(
                    "This case has nothing overdue, so there is no reminder or demand "
                    "letter to send. Remind the borrower before the due date by a call "
                    "or an SMS instead."
                )
            )
            self.missing.setText("")
            self.save.setEnabled(False)
            self.sent.setEnabled(False)
            return
        self.preview.setHtml(to_html(letter))
        self.missing.setText(
            self.tr("Not known for this case: {fields}").format(
                fields=self.tr(", ").join(self.field_name(f) for f in letter.missing)
            )
            if letter.missing
            else ""
        )
        self.save.setEnabled(not letter.missing)
        self.sent.setEnabled(not letter.missing)
        self.hotline_row.setVisible("hotline" in letter.missing)

    def save_hotline(self) -> None:
        value = self.hotline.text().strip()
        desk = self.window_.desk
        if not value or desk is None or value == str(desk.setting("hotline") or ""):
            return
        ops.runner_for(self).write(
            lambda _progress: desk.set_settings(hotline=value),
            title=self.tr("Saving the hotline"),
            on_done=lambda _changes: self.reload() if isValid(self) else None,
            parent=self,
        )

    def field_name(self, field: str) -> str:
        """A placeholder the case cannot fill, in words (where to set it, for a setting)."""
        names = {
            "lender": self.tr("the lender's name (Tools > Settings)"),
            "hotline": self.tr("the hotline (enter it below)"),
            "name": self.tr("the borrower's name"),
            "contract_tail": self.tr("the contract number"),
            "due_date": self.tr("the due date"),
        }
        return names.get(field, field)

    def ask_save(self) -> None:
        if self.letter is None or self.letter.missing:
            return
        name = f"{self.letter.template_id}-{self.letter.date}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), name, self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Path:
        """Written on the GUI thread: QPdfWriter paints, and painting is Qt's (a page)."""
        return write_pdf(self.letter, path)

    def record_sent(self) -> None:
        from collector_desk.services import letters

        desk, letter, loan = self.window_.desk, self.letter, self.loan_id
        if letter is None:
            return

        def work(progress: Any) -> Any:
            return letters.record_sent(desk, letter, loan)

        def done(_changes: Any) -> None:
            if isValid(self.window_):
                self.window_.status_message(self.tr("Letter recorded as sent."))
            if isValid(self):
                self.accept()

        ops.runner_for(self).write(
            work, title=self.tr("Recording the letter"), on_done=done, parent=self
        )
