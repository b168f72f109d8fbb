"""Start of day in the background: bring the cached case state up to today after
the window is usable.

`DayRefresh.start()` runs `services.case_state.bring_up_to_date` through the
window's OpRunner: the rows on screen first, then the set-based UPDATE, then the
rest in short chunks, each its own unit of work. Every step's loans are
broadcast (ChangeKind.DAY with their ids) so the list repaints just those rows;
the status bar says "Bringing cases up to date: N of M". At the end a DAY change
without ids tells every view the day is done. Closing the window cancels it at
the next chunk (ops.cancel_all).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from collector_desk.domain.progress import Progress
from collector_desk.errors import safe_text
from collector_desk.ui import ops
from collector_desk.ui.shell.errors import failure_line
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
SILENT_MS = 24 * 3600 * 1000  # the status bar shows the progress, never a dialog


class DayRefresh(QObject):
    progressed = Signal(int, int)  # done, total: on the GUI thread, after each step
    finished = Signal(int)  # how many rows were stale at the start (also on cancel/error)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.running = False
        self._again = False
        self.stale: int | None = None
        self.label = named(QLabel(), "dayRefreshProgress")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)

    def start(self) -> None:
        """Bring every stale row up to today; the visible rows first."""
        desk = self.window_.desk
        if desk is None:
            return
        if self.running:
            self._again = True  # the day moved on while the last one ran
            return
        self.running = True
        # The rows on screen come first: wait for the list's page being read, if any.
        self.window_.case_list.when_rows_in(self._run)

    def _run(self) -> None:
        desk = self.window_.desk
        if desk is None:
            return
        first = self.window_.case_list.visible_loan_ids()
        runner = self.window_.ops
        # Made here, called on the worker: plain Python that queues to this thread.
        show_step = ops.to_gui(self._show_step)
        broadcast = runner.broadcaster()

        def step(done: int, total: int, loan_ids: frozenset[str]) -> None:
            from collector_desk.services.context import ChangeKind, ChangeSet

            # Worker thread: no Qt here; both arrive on the GUI thread in this order.
            show_step(done, total)
            if loan_ids:
                broadcast(ChangeSet.of(ChangeKind.DAY, loans=loan_ids))

        def work(progress: Progress) -> int:
            from collector_desk.services import case_state

            return case_state.bring_up_to_date(desk, first=first, progress=progress, on_step=step)

        def end_changes(stale: int) -> object:
            from collector_desk.services.context import ChangeKind, ChangeSet

            return ChangeSet.of(ChangeKind.DAY) if stale else ChangeSet()

        runner.write(
            work,
            title=self.tr("Bringing cases up to date"),
            changes=end_changes,  # type: ignore[arg-type]
            on_done=self._done,
            on_error=self._failed,
            on_cancelled=lambda: self._end(None),
            cancellable=True,
            quiet_ms=SILENT_MS,
        )

    def _show_step(self, done: int, total: int) -> None:
        self.label.setText(
            self.tr("Bringing cases up to date: {done} of {total}").format(
                done=f"{done:,}", total=f"{total:,}"
            )
        )
        self.label.setVisible(done < total)
        self.progressed.emit(done, total)

    def _done(self, stale: int) -> None:
        log.info("start of day: %d stale cases brought up to date", stale)
        self._end(stale)

    def _failed(self, exc: BaseException) -> None:
        log.error("bringing cases up to date failed: %s", safe_text(exc))
        self.window_.status_message(
            self.tr("The cases could not all be brought up to date: {error}").format(
                error=failure_line(exc)
            )
        )
        self._end(None)

    def _end(self, stale: int | None) -> None:
        self.running = False
        self.label.hide()
        self.stale = stale
        self.finished.emit(stale or 0)
        if self._again:
            self._again = False
            self.start()
