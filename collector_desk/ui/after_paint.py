"""Work that waits for a paint: the frame's first paint at start (`when_painted`),
and a list's background work once its new rows are painted (`AfterPaint`).

AfterPaint: start a list's background work once its new rows are painted, not
beside the paint.

The case list's counts are a dozen statements over a million cases. Building each
statement is Python on a worker, and a worker running Python takes the GIL from
the GUI thread each time a paint calls into Python: the list's paint does so
twice per cell, about 170 cells. Started beside the paint, the counts stretched
it from 4 ms to 40-60 ms, which is where the list's GUI stalls came from. So a
new query's counts start right after the first paint of its rows. They start at
once when the list is not shown (nothing to paint), and at the latest `WAIT_MS`
after the rows are in (a paint that never comes). The wait starts with the rows,
not with the request: at the start the GUI thread is busy for longer than that
(the features are installed), and a wait that ran out then started the counts
beside the first page's paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

WAIT_MS = 150  # the longest the work waits for the paint
# The panes are built after the frame's first paint; a frame that never paints gets
# them after this long.
FRAME_AT_LATEST_MS = 2000


class AfterPaint(QObject):
    """Runs `then` after `viewport` has painted once `ready()` holds (the model's
    new rows are in), from the event loop so the paint ends first."""

    def __init__(
        self, viewport: QWidget, ready: Callable[[], bool], then: Callable[[], None]
    ) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self._ready = ready
        self._then = then
        self._pending = False
        self._fallback = QTimer(self, singleShot=True, interval=WAIT_MS)
        self._fallback.timeout.connect(self._fire)
        viewport.installEventFilter(self)

    def request(self) -> None:
        """Run `then` once the rows being read are painted (at once if not shown)."""
        self._pending = True
        if not self._viewport.isVisible():
            self._run()
        elif self._ready():  # the rows are in already (rows changed in place)
            self._fallback.start()
        else:
            self._fallback.stop()  # it starts when the rows are in (`rows_in`)

    def rows_in(self) -> None:
        """The model's new rows are in: the paint comes next."""
        if not self._pending:
            return
        if not self._viewport.isVisible():
            self._run()
        else:
            self._fallback.start()

    def cancel(self) -> None:
        """The rows could not be read: nothing to run after them."""
        self._pending = False
        self._fallback.stop()

    def pending(self) -> bool:
        return self._pending

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        if self._pending and event.type() == QEvent.Type.Paint and self._ready():
            QTimer.singleShot(0, self._fire)  # runs once this paint has ended
        return False

    def _fire(self) -> None:
        """After the paint, or the fallback's wait: not once the window has closed (its
        work was cancelled and its database is being closed)."""
        if self._pending and not self._viewport.window().isVisible():
            self._pending = False
            self._fallback.stop()
            return
        self._run()

    def _run(self) -> None:
        if not self._pending:
            return
        self._pending = False
        self._fallback.stop()
        self._then()


class _FirstPaint(QObject):
    """Calls `then` once: right after the first paint of `widget` (the next turn of
    the event loop, when that paint, its children's included, is on the screen), or
    after `at_latest_ms`."""

    def __init__(self, widget: QWidget, then: Callable[[], None], at_latest_ms: int) -> None:
        super().__init__(widget)
        self._widget: QWidget | None = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(at_latest_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._widget:
            self._stop_watching()
            QTimer.singleShot(0, self, self._fire)
        return False

    def _stop_watching(self) -> None:
        if self._widget is not None:
            self._widget.removeEventFilter(self)
            self._widget = None

    def _fire(self) -> None:
        self._stop_watching()
        then, self._then = self._then, None
        if then is not None:
            then()


def when_painted(
    widget: QWidget, then: Callable[[], None], *, at_latest_ms: int = FRAME_AT_LATEST_MS
) -> None:
    """Run `then` once `widget`'s first paint is done: the frame never waits for
    what `then` does. A window that never paints (minimised at start) gets `then`
    after `at_latest_ms`."""
    _FirstPaint(widget, then, at_latest_ms)
