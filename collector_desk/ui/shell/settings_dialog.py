"""Tools > Settings: the answers of the welcome, and the desk's working settings.

Edits: collector name and ID, lender name, the lender's published repayment
accounts (one a line; the promise form offers only these), the promise window
in days, the dial URI ("{number}" is replaced by the number to call), and the
language (applied at the next start; the dialog offers to restart now).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.localtime import DEFAULT_TIMEZONE, is_zone
from collector_desk.ui.shell.common import language_combo
from collector_desk.ui.shell.welcome import COLLECTOR_ID
from collector_desk.ui.typed_qt import named

PROMISE_WINDOW = (1, 30)


class SettingsDialog(QDialog):
    def __init__(self, settings: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        self.original = dict(settings)
        lay = QVBoxLayout(self)

        who = named(QGroupBox(self.tr("Collector")), "groupCollector")
        f = QFormLayout(who)
        self.name = named(QLineEdit(str(settings.get("collector_name") or "")), "collectorName")
        self.name.setMaxLength(40)
        self.collector_id = named(QLineEdit(str(settings.get("collector_id") or "")), "collectorId")
        self.collector_id.setValidator(
            QRegularExpressionValidator(QRegularExpression(COLLECTOR_ID.pattern), self)
        )
        self.role = named(QComboBox(), "role")
        for code, text in (
            ("collector", self.tr("Collector")),
            ("supervisor", self.tr("Supervisor (assignment, contact limits, daily report)")),
            ("trainee", self.tr("Trainee")),
        ):
            self.role.addItem(text, code)
        self.role.setCurrentIndex(max(0, self.role.findData(settings.get("role") or "collector")))
        f.addRow(self.tr("&Name:"), self.name)
        f.addRow(self.tr("Collector &ID:"), self.collector_id)
        f.addRow(self.tr("&Role:"), self.role)
        lay.addWidget(who)

        lender = named(QGroupBox(self.tr("Lender")), "groupLender")
        f = QFormLayout(lender)
        self.lender = named(QLineEdit(str(settings.get("lender_name") or "")), "lenderName")
        self.lender.setMaxLength(60)
        self.accounts = named(QPlainTextEdit(), "lenderAccounts")
        self.accounts.setPlainText("\n".join(map(str, settings.get("lender_accounts") or [])))
        self.accounts.setPlaceholderText(
            self.tr("one account a line, e.g. 招商银行 6214 8301 0000 1234")
        )
        self.accounts.setTabChangesFocus(True)
        self.accounts.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.timezone = named(
            QLineEdit(str(settings.get("timezone") or DEFAULT_TIMEZONE)), "timezone"
        )
        self.timezone.setPlaceholderText(DEFAULT_TIMEZONE)
        self.timezone.setToolTip(
            self.tr("Every time is shown in the lender's time zone, whatever this computer's clock")
        )
        f.addRow(self.tr("Lender &name:"), self.lender)
        f.addRow(self.tr("&Time zone:"), self.timezone)
        f.addRow(self.tr("Published repayment &accounts:"), self.accounts)
        note = named(
            QLabel(self.tr("Borrowers may be told only these accounts; never a personal account.")),
            "accountsNote",
        )
        note.setWordWrap(True)
        f.addRow("", note)
        lay.addWidget(lender)

        calls = named(QGroupBox(self.tr("Calls")), "groupCalls")
        f = QFormLayout(calls)
        self.promise_window = named(QSpinBox(), "promiseWindow")
        self.promise_window.setRange(*PROMISE_WINDOW)
        self.promise_window.setValue(int(settings.get("promise_window_days") or 7))
        self.promise_window.setSuffix(self.tr(" days"))
        self.dial_uri = named(QLineEdit(str(settings.get("dial_uri") or "")), "dialUri")
        self.dial_uri.setPlaceholderText("tel:{number}")
        f.addRow(self.tr("A promise may be at most:"), self.promise_window)
        f.addRow(self.tr("&Dial with:"), self.dial_uri)
        dial_note = named(
            QLabel(
                self.tr(
                    "{number} is replaced by the number to call, e.g. tel:{number} or sip:{number}@pbx"
                )
            ),
            "dialNote",
        )
        dial_note.setWordWrap(True)
        f.addRow("", dial_note)
        lay.addWidget(calls)

        look = named(QGroupBox(self.tr("Language")), "groupLanguage")
        f = QFormLayout(look)
        self.language = language_combo(
            str(settings.get("language") or ""), follow_system=self.tr("Follow Windows")
        )
        f.addRow(self.tr("&Language:"), self.language)
        lay.addWidget(look)

        self.error = named(QLabel(), "settingsError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)

        buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            ),
            "settingsButtons",
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        accounts = [
            " ".join(line.split())
            for line in self.accounts.toPlainText().splitlines()
            if line.strip()
        ]
        return {
            "collector_name": self.name.text().strip(),
            "collector_id": self.collector_id.text().strip(),
            "role": str(self.role.currentData()),
            "lender_name": self.lender.text().strip(),
            "lender_accounts": accounts,
            "promise_window_days": self.promise_window.value(),
            "dial_uri": self.dial_uri.text().strip(),
            "timezone": self.timezone.text().strip() or DEFAULT_TIMEZONE,
            "language": str(self.language.currentData()),
        }

    def changes(self) -> dict[str, Any]:
        """Only the settings whose value differs from what was stored."""
        return {k: v for k, v in self.values().items() if self.original.get(k) != v}

    def validate(self) -> list[str]:
        v = self.values()
        problems = []
        if not v["collector_name"]:
            problems.append(self.tr("Enter the collector's name."))
        if not COLLECTOR_ID.match(v["collector_id"]):
            problems.append(self.tr("The collector ID is letters and digits, up to 20."))
        if not v["lender_name"]:
            problems.append(self.tr("Enter the lender's name."))
        if not is_zone(v["timezone"]):
            problems.append(self.tr("Enter a time zone such as Asia/Shanghai or Asia/Urumqi."))
        if "{number}" not in v["dial_uri"] or ":" not in v["dial_uri"]:
            problems.append(
                self.tr("The dial address needs a scheme and {number}, e.g. tel:{number}.")
            )
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        return problems

    def accept(self) -> None:  # QDialog.accept
        if self.validate():
            return
        super().accept()
