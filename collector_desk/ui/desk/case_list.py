"""(being written)"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


class CaseListView(QWidget):
    def __init__(self, window: Any) -> None:
        super().__init__()
        self.window_ = window

    def attach(self, desk: Any) -> None:
        self.desk = desk

    def focus_search(self) -> None:
        pass

    def focus_table(self) -> None:
        pass

    def reload(self) -> None:
        pass

    def on_changed(self, changes: Any) -> None:
        pass
