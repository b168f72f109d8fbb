"""Running service work off the GUI thread, behind a cancellable progress dialog.

Views go through the window's `OpRunner` (`window.ops.write(...)` /
`window.ops.query(...)`): each op runs `work(progress)` on a pool thread. If it is still running after `quiet_ms`, a progress dialog
appears, fed by polling the `Progress` object (the worker never touches Qt).
Cancel sets `progress.cancelled`; the work's next `progress.step()` raises
`Cancelled`, its unit of work rolls back, and the job ends as *cancelled*
(never reported as a crash). Results and errors are delivered on the GUI
thread. Every job is kept in `_ACTIVE` until it has been delivered, so nothing
is garbage-collected mid-flight.
"""

from __future__ import annotations

import gc
import itertools
import logging
import os
import traceback
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from collector_desk.domain.progress import Cancelled, Progress
from collector_desk.ui import gui_gc
from collector_desk.ui.mailbox import Mailbox, mailbox
from collector_desk.ui.mailbox import to_gui as to_gui  # views call ops.to_gui

if TYPE_CHECKING:
    from collector_desk.services.context import ChangeSet

T = TypeVar("T")
log = logging.getLogger(__name__)

POLL_MS = 100
SILENT_MS = 24 * 3600 * 1000  # a query that never shows a progress dialog
_ACTIVE: dict[int, _Job[Any]] = {}  # by job id, until delivered on the GUI thread
_RUNNING: set[Future[None]] = set()  # a worker is running this job's work
_POOL: ThreadPoolExecutor | None = None
_IDS = itertools.count(1)


def _pool() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        workers = max(2, os.cpu_count() or 2)
        _POOL = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="op")
    return _POOL


def _work_on_pool_thread(job_id: int, mailbox: Mailbox, box: list[Any]) -> None:
    """A job's work, on a plain Python pool thread (never a Qt one, never a Qt call).

    The worker gets the work and its progress out of `box`, so the job (kept on
    the GUI thread) holds the last references and is freed there, with its
    timers and dialog; it drops them before it reports through the mailbox.
    """
    progress: Progress = box.pop()
    work: Callable[[Progress], Any] = box.pop()
    try:
        if progress.cancelled:  # cancelled while queued (its window closed): never run
            raise Cancelled()
        outcome: tuple[Any, ...] = ("done", work(progress))
    except BaseException as exc:  # delivered to the GUI thread, not swallowed
        outcome = ("failed", exc, traceback.format_exc())
    del work, progress
    mailbox.post(_deliver, job_id, outcome)


def _deliver(job_id: int, outcome: tuple[Any, ...]) -> None:
    """On the GUI thread: hand a worker's outcome to its job."""
    job = _ACTIVE.get(job_id)
    if job is None:
        return
    if outcome[0] == "done":
        job._finished(outcome[1])
    else:
        job._failed(outcome[1], outcome[2])


class _Job(Generic[T]):
    def __init__(
        self,
        parent: QWidget,
        work: Callable[[Progress], T],
        *,
        title: str,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
        cancellable: bool,
        quiet_ms: int,
    ) -> None:
        self.parent = parent
        self.work = work
        self.title = title
        self.on_done = on_done
        self.on_error = on_error
        self.on_cancelled = on_cancelled
        self.cancellable = cancellable
        self.progress = Progress()
        self.dialog: QProgressDialog | None = None
        self.id = next(_IDS)
        self.quiet = QTimer(singleShot=True, interval=max(0, quiet_ms))
        self.quiet.timeout.connect(self._show_dialog)
        self.poll = QTimer(interval=POLL_MS)
        self.poll.timeout.connect(self._update_dialog)

    def start(self) -> None:
        _ACTIVE[self.id] = self
        self.quiet.start()
        future = _pool().submit(
            _work_on_pool_thread, self.id, mailbox(), [self.work, self.progress]
        )
        _RUNNING.add(future)
        future.add_done_callback(_RUNNING.discard)

    # --- progress dialog, GUI thread ----------------------------------------------

    def _show_dialog(self) -> None:
        if self.id not in _ACTIVE or self._parent_gone():
            return
        cancel_text = QCoreApplication.translate("Ops", "Cancel") if self.cancellable else ""
        dlg = QProgressDialog(self.title, cancel_text, 0, 0, self.parent)
        dlg.setObjectName("progressDialog")
        dlg.setWindowTitle(self.title)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setMinimumDuration(0)
        dlg.setMinimumWidth(360)
        if not self.cancellable:
            dlg.setCancelButton(None)
        dlg.canceled.connect(self.cancel)
        self.dialog = dlg
        self._update_dialog()
        dlg.show()
        self.poll.start()

    def _update_dialog(self) -> None:
        dlg, p = self.dialog, self.progress
        if dlg is None:
            return
        if p.cancelled:
            dlg.setLabelText(QCoreApplication.translate("Ops", "Cancelling…"))
        elif p.text:
            dlg.setLabelText(p.text)
        if p.total > 0:
            dlg.setMaximum(p.total)
            dlg.setValue(min(p.done, p.total))
        else:
            dlg.setMaximum(0)  # busy indicator

    def cancel(self) -> None:
        """The user pressed Cancel: the work stops at its next progress.step()."""
        self.progress.cancelled = True
        self._update_dialog()

    def _close(self) -> None:
        self.quiet.stop()
        self.poll.stop()
        if self.dialog is not None and not shiboken6.isValid(self.dialog):
            self.dialog = None  # deleted with its parent
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        _ACTIVE.pop(self.id, None)

    # --- delivery, GUI thread ---------------------------------------------------------

    def _parent_gone(self) -> bool:
        """The widget that asked was deleted meanwhile (window closed, view replaced)."""
        return not shiboken6.isValid(self.parent)

    def _finished(self, result: T) -> None:
        self._close()
        if self._parent_gone():
            log.info("%s finished after its window closed; result dropped", self.title)
            return
        self.on_done(result)

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._close()
        if self._parent_gone():
            from collector_desk.errors import safe_traceback

            log.warning("%s failed after its window closed:\n%s", self.title, safe_traceback(exc))
            return
        if isinstance(exc, Cancelled):
            if self.on_cancelled is not None:
                self.on_cancelled()
            else:
                _report_cancelled(self.parent, self.title)
            return
        if self.on_error is not None:
            self.on_error(exc)
            return
        from collector_desk.ui.shell.errors import show_failure  # a dialog, or the crash report

        show_failure(self.parent, self.title, exc)


def _report_cancelled(parent: QWidget, title: str) -> None:
    window = parent.window()
    show = getattr(window, "status_message", None)
    if callable(show):
        show(QCoreApplication.translate("Ops", "Cancelled: {title}").format(title=title))


def pending() -> int:
    """Jobs started and not yet delivered (tests wait on this; closing waits too)."""
    return len(_ACTIVE)


def cancel_all() -> None:
    for job in list(_ACTIVE.values()):
        job.cancel()


# --- the operation runner: Anki's CollectionOp / QueryOp ----------------------------------


def _changes_of(result: object) -> ChangeSet | None:
    """A write's change set: the result itself, or its `changes` attribute."""
    from collector_desk.services.context import ChangeSet

    if isinstance(result, ChangeSet):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, ChangeSet) else None


class OpRunner(QObject):
    """Runs every write and every long read off the GUI thread.

    `write(...)` (a CollectionOp): when the work returns, `finished` is emitted,
    then its change set is broadcast on `changed` (taken from the result, or
    from `changes(result)`), then `on_done(result)` runs. `query(...)` (a
    QueryOp) broadcasts nothing and shows no dialog unless asked; with a `key`,
    only the newest query of that key delivers (an older answer is obsolete).
    Signal order for a write: started -> finished -> changed.
    """

    started = Signal(str)  # the op's title
    finished = Signal(str)  # the op's title; success, error or cancel
    changed = Signal(object)  # a services.context.ChangeSet

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        gui_gc.install()  # before any work runs on a worker: cycles are freed here only
        self._parent = parent
        self._latest: dict[str, int] = {}
        self._serial = 0
        mailbox()  # on the GUI thread, before any worker posts

    def broadcast(self, changes: ChangeSet | None) -> None:
        if changes:
            self.changed.emit(changes)

    def broadcaster(self) -> Callable[[ChangeSet], None]:
        """Made on the GUI thread for a long write's worker: broadcast what one
        step changed (on the GUI thread, in order), so views repaint those rows
        before the write ends."""
        return to_gui(self.broadcast)

    def write(
        self,
        work: Callable[[Progress], T],
        *,
        title: str,
        on_done: Callable[[T], None] | None = None,
        changes: Callable[[T], ChangeSet] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        parent: QWidget | None = None,
        cancellable: bool = False,
        quiet_ms: int = 600,
    ) -> None:
        def done(result: T) -> None:
            self.finished.emit(title)
            self.broadcast(changes(result) if changes is not None else _changes_of(result))
            if on_done is not None:
                on_done(result)

        self._run(work, title, done, on_error, on_cancelled, parent, cancellable, quiet_ms)

    def supersede(self, key: str) -> None:
        """The queries of `key` still running answer no more: what they would show
        came another way (a case's opening read it already)."""
        self._serial += 1
        self._latest[key] = self._serial

    def query(
        self,
        work: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None],
        title: str = "",
        key: str | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        quiet_ms: int | None = None,
        cancellable: bool = False,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        self._serial += 1
        serial = self._serial
        if key is not None:
            self._latest[key] = serial

        def done(result: T) -> None:
            self.finished.emit(title)
            if key is not None and self._latest.get(key) != serial:
                return  # a newer query of the same key answers instead
            on_done(result)

        quiet = SILENT_MS if quiet_ms is None else quiet_ms
        self._run(work, title, done, on_error, on_cancelled, parent, cancellable, quiet)

    def _run(
        self,
        work: Callable[[Progress], T],
        title: str,
        done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
        parent: QWidget | None,
        cancellable: bool,
        quiet_ms: int,
    ) -> None:
        def failed(exc: BaseException) -> None:
            self.finished.emit(title)
            if on_error is not None:
                on_error(exc)
            else:
                from collector_desk.ui.shell.errors import show_failure

                show_failure(self._parent, title, exc)

        def cancelled() -> None:
            self.finished.emit(title)
            if on_cancelled is not None:
                on_cancelled()
            else:
                _report_cancelled(self._parent, title)

        self.started.emit(title)
        _Job(
            parent or self._parent,
            work,
            title=title,
            on_done=done,
            on_error=failed,
            on_cancelled=cancelled,
            cancellable=cancellable,
            quiet_ms=quiet_ms,
        ).start()


def freeze_gc() -> None:
    """Keep what is alive now (modules, the window, the open database) out of the
    cyclic collector's full collections. The collector runs on the GUI thread
    (`gui_gc`), so a full collection that scanned every object would stall the
    window; frozen, it scans only what was allocated since. `app.run_gui` calls it
    once the window is wired, before the start of day (not library code: in a test
    process it would keep every earlier test's garbage)."""
    gc.freeze()


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """After cancel_all(): let running work reach its next step before the database
    is closed under it (True when every worker has stopped)."""
    _done, not_done = futures.wait(list(_RUNNING), timeout=timeout_ms / 1000)
    return not not_done


def running() -> int:
    """Workers still running a job's work (delivered or not)."""
    return len(_RUNNING)


def runner_for(widget: QObject) -> OpRunner:
    """The OpRunner of the main window `widget` belongs to (its `ops`, found up the
    parent chain); a widget on its own (tests, embedding) gets one of its own."""
    node: QObject | None = widget
    while node is not None:
        found = getattr(node, "ops", None)
        if isinstance(found, OpRunner):
            return found
        node = node.parent()
    own = widget.findChild(OpRunner, "ownOpRunner")
    if own is None:
        own = OpRunner(widget)  # type: ignore[arg-type]
        own.setObjectName("ownOpRunner")
    return own
