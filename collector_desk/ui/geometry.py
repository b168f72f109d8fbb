"""Windows that fit the screen: 1366x768 with a title bar and a taskbar is common.

`fit_to_screen` sizes a top-level window before it shows (the title bar and
borders estimated), and once it is shown checks the real frame against the
screen's available geometry (the taskbar excluded) and pulls it back inside.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Title bar and borders of a typical window manager, until the real ones are known.
FRAME_ESTIMATE = QMargins(8, 36, 8, 8)


def fitted(available: QRect, want: QSize, frame: QMargins = FRAME_ESTIMATE) -> QRect:
    """The client rectangle of `want` size or less whose frame fits `available`, centred."""
    room_w = available.width() - frame.left() - frame.right()
    room_h = available.height() - frame.top() - frame.bottom()
    w, h = min(want.width(), room_w), min(want.height(), room_h)
    x = available.x() + frame.left() + (room_w - w) // 2
    y = available.y() + frame.top() + (room_h - h) // 2
    return QRect(x, y, w, h)


def _available(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size `widget` (a top-level window) to width x height or what the screen allows."""
    available = _available(widget)
    rect = fitted(available, QSize(width, height))
    widget.setGeometry(rect)  # (Qt keeps it at least the minimum size)
    placed = widget.geometry()
    # Only if nobody has moved or sized it since (a restored layout, a screenshot tool).
    QTimer.singleShot(
        0, widget, lambda: keep_on_screen(widget) if widget.geometry() == placed else None
    )


def keep_on_screen(widget: QWidget) -> None:
    """Once shown, with the real title bar: move and shrink the frame into the screen."""
    if not widget.isVisible():
        return
    available = _available(widget)
    frame = widget.frameGeometry()
    inner = widget.geometry()
    margins = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    if available.contains(frame):
        return
    widget.setGeometry(fitted(available, inner.size(), margins))
