"""Small pieces the shell's dialogs share: languages, restart, opening folders."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QComboBox

from collector_desk.ui.typed_qt import named

# Each language is named in itself, so a user can find theirs whatever is showing.
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


def language_combo(current: str, *, follow_system: str | None = None) -> QComboBox:
    """A combo of the languages; with `follow_system` text, a first "" entry."""
    combo = named(QComboBox(), "languageCombo")
    if follow_system is not None:
        combo.addItem(follow_system, "")
    for code, name in LANGUAGE_NAMES:
        combo.addItem(name, code)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


def open_folder(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def restart_command() -> tuple[str, list[str]]:
    """How to start this program again with the same options."""
    if getattr(sys, "frozen", False):  # the PyInstaller build: the exe itself
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "collector_desk", *sys.argv[1:]]


def restart_app() -> bool:
    """Start a new instance, then quit this one (the window's close checks still run)."""
    program, args = restart_command()
    if not QProcess.startDetached(program, args)[0]:
        return False
    app = QApplication.instance()
    if app is not None:
        app.quit()
    return True
