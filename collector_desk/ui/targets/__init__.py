"""The Targets tab (course section 6): the supervisor sees the team, a collector
their own figures; the supervisor sets the month's targets.

`install(ctx)` is listed in ui/features.py FEATURES."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QVBoxLayout

from collector_desk.ui.targets.view import TargetsView
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow


class TargetsFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.view = TargetsView(window)
        window.left_tabs.addTab(self.view, QCoreApplication.translate("Targets", "Targets"))
        self.dashboard: QDialog | None = None
        self.action = named(
            QAction(QCoreApplication.translate("Targets", "Targets &dashboard…"), window),
            "actionTargetsDashboard",
        )
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.triggered.connect(self.open_dashboard)
        window.menus["tools"].addAction(self.action)
        window.changed.connect(self._changed)
        if window.desk is not None:
            self.view.attach()
        else:
            window.desk_attached.connect(self.view.attach)

    def _changed(self, changes: Any) -> None:
        self.view.on_changed(changes)
        view = None if self.dashboard is None else self.dashboard.findChild(TargetsView)
        if view is not None:
            view.on_changed(changes)

    def open_dashboard(self) -> TargetsView:
        """The same figures in a window of their own, with room for the charts."""
        if self.dashboard is None:
            dialog = named(QDialog(self.window_), "targetsDashboard")
            dialog.setWindowTitle(QCoreApplication.translate("Targets", "Targets"))
            dialog.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
            view = TargetsView(self.window_, dialog)
            lay = QVBoxLayout(dialog)
            lay.setContentsMargins(6, 6, 6, 6)
            lay.addWidget(view)
            dialog.resize(1180, 820)
            if self.window_.desk is not None:
                view.attach()
            self.dashboard = dialog
        self.dashboard.show()
        self.dashboard.raise_()
        found = self.dashboard.findChild(TargetsView)
        assert found is not None
        return found


def install(ctx: FeatureContext) -> TargetsFeature:
    return TargetsFeature(ctx.window)
