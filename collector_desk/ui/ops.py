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
import logging
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from collector_desk.domain.progress import Cancelled, Progress
from collector_desk.ui import gui_gc

if TYPE_CHECKING:
    from collector_desk.services.context import ChangeSet

T = TypeVar("T")
log = logging.getLogger(__name__)

POLL_MS = 100
SILENT_MS = 24 * 3600 * 1000  # a query that never shows a progress dialog
_ACTIVE: set[_Job[Any]] = set()


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, job: _Job[Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._job = job

    def run(self) -> None:  # QRunnable.run, on a pool thread
        job = self._job
        try:
            result = job.work(job.progress)
        except BaseException as exc:  # delivered to the GUI thread, not swallowed
            outcome: tuple[Any, ...] = (job.relay.failed, exc, traceback.format_exc())
        else:
            outcome = (job.relay.finished, result)
        try:
            outcome[0].emit(*outcome[1:])
        except RuntimeError:  # the application is shutting down
            log.warning("%s ended after the window closed", job.title)


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
        self.relay = _Relay()
        self.relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.quiet = QTimer(singleShot=True, interval=max(0, quiet_ms))
        self.quiet.timeout.connect(self._show_dialog)
        self.poll = QTimer(interval=POLL_MS)
        self.poll.timeout.connect(self._update_dialog)
        self.runnable = _Runnable(self)

    def start(self) -> None:
        _ACTIVE.add(self)
        self.quiet.start()
        QThreadPool.globalInstance().start(self.runnable)

    # --- progress dialog, GUI thread ----------------------------------------------

    def _show_dialog(self) -> None:
        if self not in _ACTIVE or self._parent_gone():
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
        _ACTIVE.discard(self)

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
    for job in list(_ACTIVE):
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
    _from_worker = Signal(object)  # a ChangeSet from a long write's step, queued

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        gui_gc.install()  # before any work runs on a worker: cycles are freed here only
        self._parent = parent
        self._latest: dict[str, int] = {}
        self._serial = 0
        self._from_worker.connect(self.broadcast, Qt.ConnectionType.QueuedConnection)

    def broadcast(self, changes: ChangeSet | None) -> None:
        if changes:
            self.changed.emit(changes)

    def broadcast_soon(self, changes: ChangeSet) -> None:
        """From a worker thread: broadcast what one step of a long write changed
        (on the GUI thread, in order), so views repaint those rows before it ends."""
        try:
            self._from_worker.emit(changes)
        except RuntimeError:  # the window is gone
            log.info("a step's changes arrived after the window closed")

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
        self._run(work, title, done, on_error, None, parent, False, quiet)

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
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


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
