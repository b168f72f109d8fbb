"""Setting up the team key that signs every bundle of the team."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from collector_desk.ui.shell.errors import failure_line
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.main_window import MainWindow


class TeamKeyDialog(QDialog):
    """Set up the team key: create one (supervisor), or load or type the team's."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("teamKeyDialog")
        self.window_ = window
        self.setWindowTitle(QCoreApplication.translate("Bundles", "Team key"))
        self.setMinimumWidth(440)
        self.state = named(QLabel(wordWrap=True), "teamKeyState")
        new = named(
            QPushButton(QCoreApplication.translate("Bundles", "Create a new team key…")),
            "teamKeyNew",
        )
        load = named(
            QPushButton(QCoreApplication.translate("Bundles", "Load the team's key from a file…")),
            "teamKeyLoad",
        )
        typed = named(
            QPushButton(QCoreApplication.translate("Bundles", "Type the team's key…")),
            "teamKeyType",
        )
        new.clicked.connect(self.create_key)
        load.clicked.connect(self.load)
        typed.clicked.connect(self.type_in)
        note = QLabel(
            QCoreApplication.translate(
                "Bundles",
                "Every workstation of the team must have the same key. The supervisor "
                "creates it once and gives the key file to each collector (USB stick). "
                "Keep it secret: whoever has it can make bundles the team accepts.",
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addWidget(note)
        for b in (new, load, typed):
            lay.addWidget(b)
        lay.addWidget(buttons)
        self.refresh()

    def _store(self) -> Any:
        from collector_desk.exchange.teamkey import KeyStore

        desk = self.window_.open_desk
        return KeyStore(desk.data_dir, desk.workstation_id)

    def refresh(self) -> None:
        key = self._store().load()
        self.state.setText(
            QCoreApplication.translate("Bundles", "This workstation's team key: {id}").format(
                id=key.key_id
            )
            if key
            else QCoreApplication.translate("Bundles", "This workstation has no team key yet.")
        )

    def _keep(self, key: Any) -> None:
        where = self._store().save(key)
        place = (
            QCoreApplication.translate("Bundles", "the Windows credential store")
            if where == "keyring"
            else where
        )
        self.refresh()
        QMessageBox.information(
            self,
            self.windowTitle(),
            QCoreApplication.translate("Bundles", "Team key {id} kept in {place}.").format(
                id=key.key_id, place=place
            ),
        )

    def create_key(self) -> None:
        from collector_desk.exchange.teamkey import TeamKey, write_key_file

        if self._store().load() is not None:
            sure = QMessageBox.question(
                self,
                self.windowTitle(),
                QCoreApplication.translate(
                    "Bundles", "A new key means every collector must load the new key file. Go on?"
                ),
            )
            if sure != QMessageBox.StandardButton.Yes:
                return
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Bundles", "Save the key file for the team"),
            "team-key.txt",
            QCoreApplication.translate("Bundles", "Key file (*.txt)"),
        )
        if not path:
            return
        key = TeamKey.generate()
        write_key_file(Path(path), key, overwrite=True)
        self._keep(key)

    def load(self) -> None:
        from collector_desk.exchange.teamkey import TeamKey, TeamKeyError

        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Bundles", "The team's key file"),
            "",
            QCoreApplication.translate("Bundles", "Key file (*.txt);;All files (*)"),
        )
        if not path:
            return
        try:
            self._keep(TeamKey.from_file(Path(path)))
        except TeamKeyError as exc:
            QMessageBox.warning(self, self.windowTitle(), failure_line(exc))

    def type_in(self) -> None:
        from collector_desk.exchange.teamkey import TeamKey, TeamKeyError

        text, ok = QInputDialog.getText(
            self,
            self.windowTitle(),
            QCoreApplication.translate("Bundles", "The team key (CDK1-…):"),
        )
        if not ok or not text.strip():
            return
        try:
            self._keep(TeamKey.parse(text))
        except TeamKeyError as exc:
            QMessageBox.warning(self, self.windowTitle(), failure_line(exc))
