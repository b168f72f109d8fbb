"""Practice mode in the window: Practice > Practice call… and Practice progress….

`install(window)` is listed in ui/features.py FEATURES. It adds the menu
actions; the practice window (a call tab and a progress tab) is built the
first time it is opened and kept as `window.feature(PracticeFeature).window_`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget

from collector_desk.ui.geometry import fit_to_screen
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow
    from collector_desk.ui.practice.call_view import PracticeCallView
    from collector_desk.ui.practice.progress_view import ProgressView


class PracticeWindow(QMainWindow):
    """Its own window, so practice never sits among real cases."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        from collector_desk.ui.practice.call_view import PracticeCallView
        from collector_desk.ui.practice.progress_view import ProgressView

        self.setObjectName("practiceWindow")
        self.setWindowTitle(QCoreApplication.translate("Practice", "Practice mode"))
        fit_to_screen(self, 1320, 760)  # its buttons must show on 1366x768 with a taskbar
        self.tabs = named(QTabWidget(), "practiceTabs")
        self.call: PracticeCallView = PracticeCallView(main.lang, self)
        self.progress: ProgressView = ProgressView(main.lang, self)
        self.tabs.addTab(self.call, QCoreApplication.translate("Practice", "Practice call"))
        self.tabs.addTab(self.progress, QCoreApplication.translate("Practice", "Progress"))
        self.setCentralWidget(self.tabs)
        self.call.attempt_saved.connect(main.broadcast)
        main.changed.connect(self.progress.on_changed)
        if main.desk is not None:
            self.call.attach(main.desk)
            self.progress.attach(main.desk)


class PracticeFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main = window
        self.window_: PracticeWindow | None = None
        menu = window.menus["practice"]
        self.call_action = named(
            QAction(QCoreApplication.translate("Practice", "Practice &call…"), window),
            "actionPracticeCall",
        )
        self.call_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.call_action.triggered.connect(lambda: self.open(0))
        self.progress_action = named(
            QAction(QCoreApplication.translate("Practice", "Practice &progress…"), window),
            "actionPracticeProgress",
        )
        self.progress_action.triggered.connect(lambda: self.open(1))
        menu.addAction(self.call_action)
        menu.addAction(self.progress_action)

    def open(self, tab: int = 0) -> PracticeWindow:
        if self.window_ is None:
            self.window_ = PracticeWindow(self.main)
        self.window_.tabs.setCurrentIndex(tab)
        self.window_.show()
        self.window_.raise_()
        self.window_.activateWindow()
        return self.window_


def install(ctx: FeatureContext) -> PracticeFeature:
    return PracticeFeature(ctx.window)


__all__ = ["PracticeFeature", "PracticeWindow", "install"]
