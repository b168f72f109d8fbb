"""(being written)"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


class CallController(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.desk: Any = None

    def actions(self) -> list[QAction]:
        return []

    def attach(self, desk: Any) -> None:
        self.desk = desk

    def open_case(self, loan_id: str) -> None:
        pass

    def on_changed(self, changes: Any) -> None:
        pass

    def call_in_progress(self) -> bool:
        return False

    def confirm_discard(self) -> bool:
        return True
