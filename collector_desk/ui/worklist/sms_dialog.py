"""Drafting an SMS from a template: placeholders filled from the case, forbidden
wording checked as you type, then copied to the clipboard or opened through
`sms:`. Either way it is logged as a contact attempt that counts toward the
number's daily limit; the app itself sends nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.compliance import Addressee, findings
from collector_desk.ui.typed_qt import named
from collector_desk.ui.worklist import texts

if TYPE_CHECKING:
    from collector_desk.services.context import Desk
    from collector_desk.services.dialing import SmsDraft
    from collector_desk.ui.main_window import MainWindow


class SmsDialog(QDialog):
    def __init__(
        self,
        window: MainWindow,
        loan_id: str,
        phone_id: str,
        open_url: Callable[[QUrl], Any],
        third_party: bool,
        parent: QWidget | None = None,
    ) -> None:
        """`third_party`: whether the number is a third party's (`third_party_number`,
        read by the caller on a worker); the drafts are read on workers too."""
        from collector_desk.services import dialing

        super().__init__(parent or window)
        self.setObjectName("smsDialog")
        self.setWindowTitle(self.tr("Send an SMS"))
        self.setMinimumWidth(520)
        self.window_, self.loan_id, self.phone_id, self.open_url = (
            window,
            loan_id,
            phone_id,
            open_url,
        )
        self.draft: SmsDraft | None = None
        self.desk = window.open_desk
        lang = window.lang if window.lang in ("zh_CN", "en") else "zh_CN"

        self.template = named(QComboBox(), "smsTemplate")
        for t in dialing.templates():
            if (t.audience == "third_party") == third_party:
                self.template.addItem(t.title.get(lang) or t.title["zh_CN"], t.id)
        self.language = named(QComboBox(), "smsLanguage")
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0)  # the borrower reads Chinese, whatever the desk speaks
        self.hotline = named(QLineEdit(str(self.desk.setting("hotline") or "")), "smsHotline")
        self.hotline.setPlaceholderText(self.tr("e.g. 400-800-1234"))
        self.hotline.editingFinished.connect(self._save_hotline)
        self.text = named(QPlainTextEdit(), "smsText")
        self.text.setMinimumHeight(130)
        self.text.textChanged.connect(self._check)
        self.warning = named(QLabel(), "smsWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color:#b00020")
        if third_party:
            note = QLabel(self.tr("To a third party: no amounts, dates or loan details."))
            note.setStyleSheet("color:#8a5a00")
        else:
            note = QLabel("")

        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Hotline"), self.hotline)
        self.copy_button = named(QPushButton(self.tr("Copy text")), "smsCopy")
        self.copy_button.clicked.connect(lambda: self.send("copied"))
        self.open_button = named(QPushButton(self.tr("Open in the SMS app")), "smsOpen")
        self.open_button.clicked.connect(lambda: self.send("opened"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(buttons)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.warning)
        lay.addLayout(row)
        self.template.currentIndexChanged.connect(lambda _: self.redraft())
        self.language.currentIndexChanged.connect(lambda _: self.redraft())
        self.redraft()

    def redraft(self) -> None:
        from collector_desk.services import dialing

        template_id = self.template.currentData()
        if not template_id:
            self.text.setPlainText("")
            return
        desk, loan_id, phone_id = self.desk, self.loan_id, self.phone_id
        template, language = str(template_id), str(self.language.currentData())

        def failed(exc: BaseException) -> None:
            if isinstance(exc, dialing.DialError):
                self.warning.setText(texts.error(exc.code, str(exc)))
            else:
                from collector_desk.ui.shell.errors import show_failure

                show_failure(self, self.windowTitle(), exc)

        def drafted(draft: SmsDraft) -> None:
            self.draft = draft
            self.text.setPlainText(draft.text)

        self.window_.ops.query(
            lambda _progress: dialing.draft_sms(desk, loan_id, phone_id, template, language),
            on_done=drafted,
            on_error=failed,
            key=f"sms-draft-{id(self)}",
            parent=self,
        )

    def _save_hotline(self) -> None:
        value = self.hotline.text().strip()
        if value != str(self.desk.setting("hotline") or ""):
            desk = self.desk
            self.window_.ops.write(
                lambda progress: desk.set_settings(hotline=value),
                title=self.tr("Saving the hotline"),
                on_done=lambda _changes: self.redraft(),
                parent=self,
            )

    def _check(self) -> None:
        body = self.text.toPlainText()
        problems = []
        if "{" in body:
            problems.append(texts.error("sms_unfilled"))
        to = (
            Addressee.THIRD_PARTY
            if self.draft is not None and self.draft.check.person.value == "third_party"
            else Addressee.BORROWER
        )
        found = findings(body, to)
        if found:
            lang = "en" if QLocale().language() == QLocale.Language.English else "zh"
            problems.append(
                texts.error("sms_forbidden") + " " + "；".join(f.explain(lang) for f in found)
            )
        self.warning.setText(" ".join(problems))
        ok = bool(body.strip()) and not problems
        self.copy_button.setEnabled(ok)
        self.open_button.setEnabled(ok)

    def send(self, how: str) -> None:
        from collector_desk.services import dialing

        if self.draft is None:
            return
        body = self.text.toPlainText().strip()
        desk, draft = self.desk, self.draft

        def done(sent: Any) -> None:
            if how == "copied":
                QGuiApplication.clipboard().setText(body)
            else:
                self.open_url(QUrl(sent.uri))
            self.window_.status_message(self.tr("SMS logged as a contact attempt."))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            if isinstance(exc, dialing.ContactBlocked):
                self.warning.setText(" ".join(texts.block(b) for b in exc.check.verdict.refusals))
            elif isinstance(exc, dialing.DialError):
                self.warning.setText(texts.error(exc.code, str(exc)))
            else:
                from collector_desk.ui.shell.errors import failure_line

                self.warning.setText(failure_line(exc))

        self.setEnabled(False)  # one send at a time
        self.window_.ops.write(
            lambda progress: dialing.send_sms(desk, draft, body, how=how),
            title=self.tr("Logging the SMS"),
            changes=lambda sent: sent.attempt.changes,
            on_done=done,
            on_error=failed,
            parent=self,
        )


def third_party_number(desk: Desk, loan_id: str, phone_id: str) -> bool:
    """Whether an SMS to this number goes to a third party (on a worker)."""
    from collector_desk.domain.guardrails import Person
    from collector_desk.services.contact_rules import check_contact

    return check_contact(desk, loan_id, phone_id, "sms").person is Person.THIRD_PARTY
