"""The Targets tab (course section 6): the supervisor sees the team, a collector
their own figures; the supervisor sets the month's targets.

`install(ctx)` is listed in ui/features.py FEATURES."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from collector_desk.ui.targets import texts
from collector_desk.ui.targets.view import TargetsView

if TYPE_CHECKING:
    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow


class TargetsFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.view = TargetsView(window)
        window.left_tabs.addTab(self.view, texts.tr("Targets"))
        window.changed.connect(self._changed)
        if window.desk is not None:
            self.view.attach()
        else:
            window.desk_attached.connect(self.view.attach)

    def _changed(self, changes: Any) -> None:
        self.view.on_changed(changes)


def install(ctx: FeatureContext) -> TargetsFeature:
    return TargetsFeature(ctx.window)
