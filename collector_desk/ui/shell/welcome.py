"""The first-run welcome: who is working, for which lender, in which language,
and what to start with (the demo portfolio, a case file, or nothing).

The dialog only gathers answers; `run_welcome` saves them through the desk's
settings service and starts what was chosen. Switching the language in the
dialog switches the dialog itself at once; the window follows on restart.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from collector_desk.ui.shell.common import language_combo
from collector_desk.ui.typed_qt import named

COLLECTOR_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")
START_WITH = ("demo", "intake", "empty")


class WelcomeDialog(QDialog):
    def __init__(
        self,
        settings: dict[str, Any],
        lang: str,
        *,
        empty: bool,
        team_login: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`team_login`: the login on the team's server (None on a SQLite file). There
        the collector ID defaults to it (login c001 is collector C001, whose cases the
        server lets it read), the lender is the team's setting and stays as the server
        has it, and the demo is not offered once the team has cases: it would add
        made-up cases to the team's portfolio."""
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)

        self.heading = named(QLabel(), "welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        lay.addWidget(self.heading)
        self.intro = named(QLabel(), "welcomeIntro")
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language = language_combo(settings.get("language") or lang)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.name = named(QLineEdit(str(settings.get("collector_name") or "")), "collectorName")
        self.name.setMaxLength(40)
        known_id = str(settings.get("collector_id") or "")
        if not known_id and team_login and COLLECTOR_ID.match(team_login):
            known_id = team_login.upper()
        self.collector_id = named(QLineEdit(known_id), "collectorId")
        self.collector_id.setValidator(
            QRegularExpressionValidator(QRegularExpression(COLLECTOR_ID.pattern), self)
        )
        self.lender = named(QLineEdit(str(settings.get("lender_name") or "")), "lenderName")
        self.lender.setMaxLength(60)
        self.team = team_login is not None
        if self.team and self.lender.text():
            self.lender.setReadOnly(True)  # the team's setting: the supervisor changes it
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.labels, (self.language, self.name, self.collector_id, self.lender), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        lay.addLayout(form)

        self.start_box = named(QGroupBox(), "startWith")
        box = QVBoxLayout(self.start_box)
        self.start_group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for i, key in enumerate(START_WITH):
            button = named(QRadioButton(), f"start_{key}")
            self.start_group.addButton(button, i)
            self.choices[key] = button
            box.addWidget(button)
        self.choices["demo" if empty else "empty"].setChecked(True)
        self.start_note = named(QLabel(), "startNote")
        self.start_note.setWordWrap(True)
        box.addWidget(self.start_note)
        if self.team and not empty:
            self.choices["demo"].hide()
            self.start_note.hide()  # it speaks of the demo
        lay.addWidget(self.start_box)

        self.error = named(QLabel(), "welcomeError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)

        self.buttons = named(QDialogButtonBox(), "welcomeButtons")
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.retranslate()
        (self.name if not self.name.text() else self.collector_id).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Collector Desk"))
        self.heading.setText(self.tr("Welcome to Collector Desk"))
        self.intro.setText(
            self.tr(
                "Tell the desk who is working and for which lender. You can change all of "
                "this later in Tools > Settings."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("&Language:"),
                self.tr("Your &name:"),
                self.tr("Collector &ID:"),
                self.tr("L&ender:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("as colleagues and the call records show it"))
        self.collector_id.setPlaceholderText(self.tr("letters and digits, e.g. C0123"))
        self.lender.setPlaceholderText(self.tr("the lender the borrowers owe"))
        self.start_box.setTitle(self.tr("Start with"))
        self.choices["demo"].setText(self.tr("A demo portfolio: 240 made-up cases to practise on"))
        self.choices["intake"].setText(self.tr("A case file from head office (xlsx or csv)"))
        self.choices["empty"].setText(self.tr("An empty desk"))
        self.start_note.setText(
            self.tr(
                "Demo cases are invented; real case files can be added later from the File menu."
            )
        )
        self.start_button.setText(self.tr("&Start"))
        self.later_button.setText(self.tr("Ask me &later"))
        if self.error.isVisible():
            self.validate()

    def changeEvent(self, event: QEvent) -> None:  # QWidget.changeEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        from collector_desk.ui.i18n import install_translators

        app = QApplication.instance()
        if app is not None:
            install_translators(app, self.chosen_language())  # posts LanguageChange
        self.retranslate()  # now, not when the posted event arrives

    # --- answers ---------------------------------------------------------------

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def start_with(self) -> str:
        return next(key for key, b in self.choices.items() if b.isChecked())

    def values(self) -> dict[str, Any]:
        return {
            "collector_name": self.name.text().strip(),
            "collector_id": self.collector_id.text().strip(),
            "lender_name": self.lender.text().strip(),
            "language": self.chosen_language(),
        }

    def validate(self) -> list[str]:
        v = self.values()
        problems = []
        if not v["collector_name"]:
            problems.append(self.tr("Enter your name."))
        if not COLLECTOR_ID.match(v["collector_id"]):
            problems.append(self.tr("Enter your collector ID: letters and digits, up to 20."))
        if not v["lender_name"]:
            problems.append(self.tr("Enter the lender's name."))
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        return problems

    def accept(self) -> None:  # QDialog.accept
        if self.validate():
            return
        super().accept()
