"""The Targets tab (course section 6): the supervisor sees the team, a collector
their own figures; the supervisor sets the month's targets.

`install(ctx)` is listed in ui/features.py FEATURES. The tab's view (its module,
charts and tables) is built when the tab is first shown, or first asked for
(`feature.view`); until then the tab holds an empty placeholder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow
    from collector_desk.ui.targets.view import TargetsView


class TargetsFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self._view: TargetsView | None = None
        self._placeholder = named(QWidget(), "targetsPlaceholder")
        window.left_tabs.addTab(self._placeholder, QCoreApplication.translate("Targets", "Targets"))
        window.left_tabs.currentChanged.connect(self._tab_shown)
        self.dashboard: QDialog | None = None
        self.action = named(
            QAction(QCoreApplication.translate("Targets", "Targets &dashboard…"), window),
            "actionTargetsDashboard",
        )
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.triggered.connect(self.open_dashboard)
        window.menus["tools"].addAction(self.action)
        window.changed.connect(self._changed)
        window.desk_attached.connect(self._attach)

    @property
    def view(self) -> TargetsView:
        """The tab's view, built (in the placeholder's place) on first use."""
        if self._view is None:
            from collector_desk.ui.targets.view import TargetsView

            tabs = self.window_.left_tabs
            index = tabs.indexOf(self._placeholder)
            current = tabs.currentIndex() == index
            view = TargetsView(self.window_)
            self._view = view
            if self.window_.desk is not None:
                view.attach()  # its months before it shows (showing loads the month)
            tabs.blockSignals(True)  # the swap is not the user's change of tab
            tabs.removeTab(index)
            tabs.insertTab(index, view, QCoreApplication.translate("Targets", "Targets"))
            if current:
                tabs.setCurrentIndex(index)
            tabs.blockSignals(False)
            self._placeholder.deleteLater()
        return self._view

    def _tab_shown(self, index: int) -> None:
        """The placeholder shown: the view is built on the next turn (not inside the
        tab widget's own signal)."""
        if self._view is None and self.window_.left_tabs.widget(index) is self._placeholder:
            QTimer.singleShot(0, self, self._build_if_shown)

    def _build_if_shown(self) -> None:
        tabs = self.window_.left_tabs
        if self._view is None and tabs.currentWidget() is self._placeholder:
            tabs.setCurrentWidget(self.view)

    def _attach(self) -> None:
        if self._view is not None:
            self._view.attach()

    def _changed(self, changes: Any) -> None:
        if self._view is not None:
            self._view.on_changed(changes)
        if self.dashboard is None:
            return
        from collector_desk.ui.targets.view import TargetsView

        view = self.dashboard.findChild(TargetsView)
        if view is not None:
            view.on_changed(changes)

    def open_dashboard(self) -> TargetsView:
        """The same figures in a window of their own, with room for the charts."""
        from collector_desk.ui.targets.view import TargetsView

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
