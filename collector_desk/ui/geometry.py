"""Windows that fit the screen: 1366x768 with a title bar and a taskbar is common.

`fit_to_screen` sizes a top-level window before it shows (the title bar and
borders estimated), and once it is shown checks the real frame against the
screen's available geometry (the taskbar excluded) and pulls it back inside.

`save_geometry` keeps where the user left a window (frame and client rectangles,
in QSettings); `restore_geometry` puts it back only when that frame still fits
inside one screen's available geometry (the screen may be smaller now, or gone).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSettings, QSize, QTimer
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
    # Only if nobody has moved or sized it since (a restored layout, a screenshot tool).
    keep_on_screen_once_shown(widget)


def keep_on_screen_once_shown(widget: QWidget) -> None:
    """Check the real frame when the window manager has framed the shown window
    (at once, and again a little later: the frame's size arrives after the map)."""
    placed = widget.geometry()
    for delay in (0, 300):
        QTimer.singleShot(
            delay, widget, lambda: keep_on_screen(widget) if widget.geometry() == placed else None
        )


def saved_fits(value: object, screens: list[QRect], minimum: QSize) -> QRect | None:
    """The client rectangle saved in `value` ([frame x, y, w, h, client x, y, w, h]) when
    its frame lies inside one of `screens` (available geometries) and the client is at
    least `minimum`; None otherwise (nothing saved, garbage, or no longer fits)."""
    if not isinstance(value, (list, tuple)) or len(value) != 8:
        return None
    try:
        n = [int(v) for v in value]
    except (TypeError, ValueError):
        return None
    frame, client = QRect(n[0], n[1], n[2], n[3]), QRect(n[4], n[5], n[6], n[7])
    if client.width() < minimum.width() or client.height() < minimum.height():
        return None
    if not frame.contains(client) or not any(s.contains(frame) for s in screens):
        return None
    return client


def restore_geometry(widget: QWidget, key: str) -> bool:
    """Put `widget` where it was saved under `key`, if that still fits a screen."""
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    client = saved_fits(QSettings().value(key), screens, widget.minimumSize())
    if client is None:
        return False
    widget.setGeometry(client)
    return True


def save_geometry(widget: QWidget, key: str) -> None:
    """Keep a normal (not maximised, not minimised) window's frame and client rectangles."""
    if widget.isMaximized() or widget.isMinimized() or widget.isFullScreen():
        return
    f, c = widget.frameGeometry(), widget.geometry()
    QSettings().setValue(
        key, [f.x(), f.y(), f.width(), f.height(), c.x(), c.y(), c.width(), c.height()]
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
