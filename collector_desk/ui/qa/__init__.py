"""The supervisor's daily QA in the window: Tools > Daily QA… (supervisors only).

`install(ctx)` is listed in ui/features.py FEATURES."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from collector_desk.ui.modal import run_modal
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow


class QaFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.action = named(
            QAction(QCoreApplication.translate("Qa", "Daily &QA of notes and SMS…"), window),
            "actionDailyQa",
        )
        self.action.triggered.connect(self.open)
        window.menus["tools"].addAction(self.action)
        window.changed.connect(self._changed)
        window.desk_attached.connect(self._show_role)
        self._show_role()

    def _changed(self, changes: Any) -> None:
        if "settings" in changes.kinds:
            self._show_role()

    def _show_role(self) -> None:
        desk = self.window_.desk
        self.action.setVisible(desk is not None and desk.setting("role") == "supervisor")

    def open(self) -> None:
        from collector_desk.ui.qa.qa_view import QaDialog

        if self.window_.desk is not None:
            run_modal(QaDialog(self.window_))


def install(ctx: FeatureContext) -> QaFeature:
    return QaFeature(ctx.window)
