"""(being written)"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


class CasePane(QWidget):
    def __init__(self, parent: QWidget | None = None, **_: Any) -> None:
        super().__init__(parent)
