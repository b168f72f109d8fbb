"""Help > Where my data is: the folders a collector or IT needs to find."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collector_desk import __version__
from collector_desk.ui.shell.common import open_folder
from collector_desk.ui.typed_qt import named


def locations(
    data_dir: Path | None, db_path: Path | None, log_path: Path
) -> list[tuple[str, Path]]:
    rows: list[tuple[str, Path]] = []
    if data_dir is not None:
        rows.append(("data", data_dir))
    if db_path is not None:
        rows.append(("database", db_path))
    if data_dir is not None:
        rows.append(("backups", data_dir / "backups"))
    rows.append(("log", log_path))
    return rows


class FoldersDialog(QDialog):
    def __init__(
        self,
        data_dir: Path | None,
        db_path: Path | None,
        log_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("foldersDialog")
        self.setWindowTitle(self.tr("Where my data is"))
        self.setMinimumWidth(620)
        titles = {
            "data": self.tr("Data folder:"),
            "database": self.tr("Database file:"),
            "backups": self.tr("Backups:"),
            "log": self.tr("Log file:"),
        }
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Uninstalling Collector Desk leaves these files in place. Copy the data "
                "folder to keep your work when moving to another computer."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        grid = QGridLayout()
        self.rows = locations(data_dir, db_path, log_path)
        for r, (key, path) in enumerate(self.rows):
            grid.addWidget(QLabel(titles[key]), r, 0)
            value = named(QLabel(str(path)), f"path_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            grid.addWidget(value, r, 1)
            button = named(QPushButton(self.tr("Open")), f"open_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, p=path: open_folder(p))
            grid.addWidget(button, r, 2)
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        version = named(
            QLabel(
                self.tr("Collector Desk {version} (Python {python}, Qt for Python {qt})").format(
                    version=__version__, python=sys.version.split()[0], qt=pyside_version
                )
            ),
            "versionLine",
        )
        version.setStyleSheet("color: #555;")
        lay.addWidget(version)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def text(self) -> str:
        lines = [f"Collector Desk {__version__}"]
        lines += [f"{key}: {path}" for key, path in self.rows]
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
