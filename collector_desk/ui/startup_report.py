"""The start's figures (`collector-desk --startup-report` prints them as one JSON
line, and the log has them at every start): shown, usable, painted, refreshed."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from collector_desk import STARTED

if TYPE_CHECKING:
    from collector_desk.ui.main_window import MainWindow

log = logging.getLogger("collector_desk.app")  # the start's lines, as support reads them
T0 = STARTED  # collector_desk's first import: the entry point's start
# Features wait for the first page to be painted; a list that never paints (another
# tab in front) gets them after this long.
FEATURES_AT_LATEST_MS = 1500


def _ms() -> float:
    return round((time.perf_counter() - T0) * 1000, 1)


class StartupReport(QObject):
    """The start's figures: shown, usable (panes wired), painted (first page of
    cases drawn in the visible list), refreshed (the background start of day done,
    with how many cases were stale). Reported once both paint and refresh are in."""

    def __init__(self, window: MainWindow, *, quit_when_done: bool) -> None:
        super().__init__(window)
        self.window = window
        self.quit_when_done = quit_when_done
        self.figures: dict[str, Any] = {"entry": Path(sys.argv[0]).name or "python"}

    def mark(self, name: str, **extra: Any) -> None:
        self.figures[f"{name}_ms"] = _ms()
        # The process's CPU time by then (every thread, since the process began):
        # less hostage to the machine's load than the wall clock, for benches.
        self.figures[f"{name}_cpu_ms"] = round(time.process_time() * 1000, 1)
        self.figures.update(extra)

    def watch_paint(self, then: Callable[[], None] | None = None) -> None:
        """Mark `painted` at the list's first paint with its first page in; `then`
        runs right after (or after FEATURES_AT_LATEST_MS if the list never paints)."""
        self._then = then
        if then is not None:
            QTimer.singleShot(FEATURES_AT_LATEST_MS, self, self._run_then)
        view = self.window.case_list
        if self.quit_when_done:  # the report measures the list, so the list is shown
            self.window.left_tabs.setCurrentWidget(view)
        self._loaded = False
        if view.model is not None:
            # The first page is in (an empty portfolio has an empty first page): now,
            # when it was read before the database opened, or when its read ends.
            view.model.loaded_rows.connect(self._page_loaded)
            self._loaded = not view.model.busy()
        view.table.viewport().installEventFilter(self)
        view.table.viewport().update()

    def _page_loaded(self) -> None:
        self._loaded = True
        self.window.case_list.table.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        model = self.window.case_list.model
        if (
            event.type() == QEvent.Type.Paint
            and "painted_ms" not in self.figures
            and model is not None
            and (model.rowCount() > 0 or getattr(self, "_loaded", False))
        ):
            self.mark("painted")
            # A test reads this line: the first page may come before SQLAlchemy.
            log.info("first page painted (sqlalchemy_before_paint=%s)", "sqlalchemy" in sys.modules)
            self.window.case_list.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self._run_then)
            QTimer.singleShot(0, self._finish_when_done)
        return False

    def _run_then(self) -> None:
        then, self._then = getattr(self, "_then", None), None
        if then is not None:
            then()

    def watch_refresh(self) -> None:
        self.window.day_refresh.finished.connect(self._refreshed)

    def _refreshed(self, stale: int) -> None:
        if "refreshed_ms" not in self.figures:
            self.mark("refreshed", stale_cases=stale)
            self._finish_when_done()

    def _finish_when_done(self) -> None:
        if "painted_ms" in self.figures and "refreshed_ms" in self.figures:
            self.finish()

    def finish(self) -> None:
        self.window.case_list.table.viewport().removeEventFilter(self)
        line = json.dumps(self.figures, sort_keys=True)
        log.info("startup %s", line)
        if self.quit_when_done:
            print(line, flush=True)
            self.window.close()
            QCoreApplication.quit()
