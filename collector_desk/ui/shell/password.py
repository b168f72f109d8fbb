"""The team server's password, asked when the window starts and nothing else gives
it (services.server_login decides). The password stays in memory; "Remember" puts it
in the OS credential store (never a file of ours) once the server has accepted it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from collector_desk.ui.typed_qt import named


@dataclass(frozen=True)
class GivenPassword:
    password: str
    remember: bool


class PasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None, login: str, *, can_remember: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team server"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            named(QLabel(self.tr("Password of {login}:").format(login=login)), "passwordLogin")
        )
        self.password = named(QLineEdit(), "passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.remember = named(
            QCheckBox(self.tr("Remember it in this computer's credential store")),
            "passwordRemember",
        )
        self.remember.setEnabled(can_remember)
        if not can_remember:
            self.remember.setToolTip(
                self.tr("This computer has no credential store: the password is asked each time.")
            )
        layout.addWidget(self.remember)
        buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            "passwordButtons",
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        layout.addWidget(buttons)

    def given(self) -> GivenPassword:
        return GivenPassword(self.password.text(), self.remember.isChecked())


def ask_password(parent: QWidget | None, login: str, *, can_remember: bool) -> GivenPassword | None:
    """Modal; None when the collector cancels."""
    dialog = PasswordDialog(parent, login, can_remember=can_remember)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
            return None
        return dialog.given()
    finally:
        dialog.password.clear()
        dialog.deleteLater()
