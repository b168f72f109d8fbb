"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs on whichever thread allocates past its threshold. Workers
allocate a great deal (the Today plan, a page of cases, start of day), and a
closed dialog or view caught in a reference cycle (a lambda slot holding its
widget is enough) would then have its C++ destructor run on the worker thread.
Qt objects must be destroyed on their own thread; doing it elsewhere corrupts
the event loop and crashes later, somewhere unrelated. So automatic collection
is switched off and a GUI-thread timer collects instead, generation by
generation as the thresholds say, as Anki and other PyQt applications do.

Reference counting is untouched: almost everything is still freed the moment it
is dropped; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 500
_NAME = "guiThreadCollector"


class _Collector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(_NAME)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        gc.disable()
        self.timer.start()
        app.aboutToQuit.connect(self.collect)

    def collect(self) -> None:
        """What automatic collection would have done since the last tick."""
        young, middle, old = gc.get_count()
        t0, t1, t2 = self.thresholds
        if young < t0:
            return
        generation = 0
        if middle >= t1:
            generation = 2 if old >= t2 else 1
        gc.collect(generation)


def install() -> None:
    """Switch the collector to the GUI thread (once per application; safe to repeat).
    Called by every OpRunner, so nothing runs on a worker before it is in place."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(_Collector, _NAME) is not None:
        return
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("the collector must be installed from the GUI thread")
    _Collector(app)


def installed() -> bool:
    app = QCoreApplication.instance()
    return app is not None and app.findChild(_Collector, _NAME) is not None and not gc.isenabled()
