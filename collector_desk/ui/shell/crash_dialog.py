"""The crash dialog: what happened, where, and where the log is; Continue or Quit.

Shown by crash.CrashReporter (imported only then: the reporter's hooks are
installed before the window's first paint, the dialog is not needed for it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.shell.crash import CrashReport


class CrashDialog(QDialog):
    """What happened, where, and where the log is; Continue (default) or Quit."""

    def __init__(self, report: CrashReport, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.report = report
        self.log_path = log_path
        self.setWindowTitle(self.tr("Collector Desk: unexpected error"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)

        head = named(QLabel(self.tr("Something went wrong in Collector Desk.")), "crashHead")
        font = head.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        head.setFont(font)
        lay.addWidget(head)

        safe = named(
            QLabel(
                self.tr(
                    "Everything you saved is safe in the database. Only an entry you had not "
                    "saved yet may need to be typed again."
                )
            ),
            "crashSafe",
        )
        safe.setWordWrap(True)
        lay.addWidget(safe)

        facts = named(QLabel(), "crashFacts")
        facts.setTextFormat(Qt.TextFormat.PlainText)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts.setWordWrap(True)
        lines = [self.tr("What happened: {what}").format(what=report.what)]
        if report.where:
            lines.append(self.tr("Where: {where}").format(where=report.where))
        lines.append(self.tr("Log file: {path}").format(path=log_path))
        facts.setText("\n".join(lines))
        lay.addWidget(facts)

        hint = named(
            QLabel(
                self.tr("Please send the log file to your supervisor or IT so they can fix this.")
            ),
            "crashHint",
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)

        self.details = named(QPlainTextEdit(report.details), "crashDetails")
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)
        lay.addWidget(self.details)

        row = QHBoxLayout()
        self.show_details = named(QPushButton(self.tr("Show details")), "crashShowDetails")
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self._toggle_details)
        copy = named(QPushButton(self.tr("Copy details")), "crashCopy")
        copy.clicked.connect(self.copy_details)
        folder = named(QPushButton(self.tr("Open log folder")), "crashOpenLog")
        folder.clicked.connect(self.open_log_folder)
        for b in (self.show_details, copy, folder):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)

        buttons = named(QDialogButtonBox(), "crashButtons")
        self.continue_button = buttons.addButton(
            self.tr("Continue working"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = buttons.addButton(
            self.tr("Quit Collector Desk"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self._quit)
        lay.addWidget(buttons)
        self.quit_requested = False
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self.show_details.setText(self.tr("Hide details") if on else self.tr("Show details"))
        self.adjustSize()

    def copy_details(self) -> None:
        text = f"{self.report.what}\n{self.report.where}\nlog: {self.log_path}\n\n{self.report.details}"
        QGuiApplication.clipboard().setText(text)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def _quit(self) -> None:
        self.quit_requested = True
        self.reject()
