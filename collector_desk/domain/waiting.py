"""Telling the user that a write waits for another writer, and letting them stop it.

Pure Python (no Qt, no database): `store.busy.begin_write` drives it while a write
unit waits; the command line prints, the window shows the status bar's "Stop
waiting".
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Watch:
    """Who hears that a write waits, and whether they stopped waiting.

    `on_wait(message)` is called (on the waiting thread) when a wait starts and
    when what it waits for changes; `on_clear()` when no write waits any more.
    `stop()` (any thread) makes every write that waits now end with `BusyError`,
    nothing written; once none waits, the next wait is not stopped.

    `main_thread_wait_s`: how long a write on the main thread may wait. The
    window sets it short: its main thread is the GUI's, which cannot show the
    wait (or take "Stop waiting") while it waits itself.
    """

    main_thread_wait_s: float | None = None

    def __init__(
        self,
        on_wait: Callable[[str], None] | None = None,
        on_clear: Callable[[], None] | None = None,
    ) -> None:
        self.on_wait = on_wait
        self.on_clear = on_clear
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._waits = 0

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    @property
    def waits(self) -> int:
        return self._waits

    def enter(self) -> None:
        with self._lock:
            self._waits += 1

    def waiting(self, message: str) -> None:
        if self.on_wait is not None:
            self.on_wait(message)

    def leave(self) -> None:
        with self._lock:
            self._waits -= 1
            last = self._waits == 0
            if last:
                self._stop.clear()
        if last and self.on_clear is not None:
            self.on_clear()
