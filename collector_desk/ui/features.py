"""Features that plug into the main window.

Each entry is "module:function"; the function takes a `FeatureContext` and adds
its menu actions, tabs or docks, and returns its feature object (or None). The
window calls them in order after it is built (see MainWindow.install_features)
and keeps what they return: `window.feature(WorklistFeature)`. Keep each
feature's widgets in its own subpackage of collector_desk.ui.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMenu, QTabWidget

    from collector_desk.services.context import Desk
    from collector_desk.ui.desk.case_list import CaseListView
    from collector_desk.ui.desk.case_pane import CasePane
    from collector_desk.ui.main_window import MainWindow
    from collector_desk.ui.ops import OpRunner

FEATURES: tuple[str, ...] = (
    "collector_desk.ui.shell:install",
    "collector_desk.ui.worklist:install",
    "collector_desk.ui.practice:install",
    "collector_desk.ui.exchange:install",
    "collector_desk.ui.qa:install",
    "collector_desk.ui.targets:install",
    "collector_desk.ui.letters:install",
)


@dataclass(frozen=True)
class FeatureContext:
    """What a feature may use of the window, typed, instead of attributes on it."""

    window: MainWindow
    ops: OpRunner  # write(...) / query(...) off the GUI thread; changes broadcast
    menus: Mapping[str, QMenu]  # "file", "cases", "tools", "practice", "help"
    left_tabs: QTabWidget
    case_list: CaseListView
    case_pane: CasePane
    changed: SignalInstance  # ChangeSet after every write
    desk_attached: SignalInstance

    @property
    def desk(self) -> Desk | None:
        """The open database; None until `desk_attached`."""
        return self.window.desk

    def status(self, text: str, timeout_ms: int = 6000) -> None:
        """A message in the status bar."""
        self.window.status_message(text, timeout_ms)
