"""The windows fit a 1366x768 screen with a title bar and a taskbar."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

from collector_desk.services.context import Desk
from collector_desk.ui.geometry import fitted
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.practice import PracticeWindow

# 1366x768 less a 40 px taskbar at the bottom; a 30 px title bar and 1 px borders.
AVAILABLE = QRect(0, 0, 1366, 728)
FRAME = QMargins(1, 30, 1, 1)


def _frame_fits(client: QRect) -> bool:
    return AVAILABLE.contains(client.marginsAdded(FRAME))


def test_a_window_larger_than_the_screen_is_fitted_inside_it() -> None:
    rect = fitted(AVAILABLE, QSize(1320, 760), FRAME)
    assert _frame_fits(rect) and rect.height() == 728 - 31 and rect.width() == 1320
    assert fitted(AVAILABLE, QSize(800, 500), FRAME).size() == QSize(800, 500)  # room: as asked


def test_the_main_and_practice_windows_need_no_more_than_1366x768(qtbot, desk: Desk) -> None:
    w = MainWindow(lang="zh_CN")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    practice = PracticeWindow(w)
    for window in (w, practice):
        need = window.minimumSizeHint().expandedTo(window.minimumSize())
        room = fitted(AVAILABLE, QSize(10_000, 10_000), FRAME).size()
        assert need.width() <= room.width() and need.height() <= room.height(), (
            window.objectName(),
            need,
        )
        # Sized for the screen it is on, never beyond it (the test screen is smaller).
        screen = window.screen().availableGeometry()
        assert window.height() <= screen.height() and window.width() <= max(
            screen.width(), window.minimumWidth()
        )
