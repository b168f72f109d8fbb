"""Unexpected errors end in a dialog and the log, never in a silent exit.

`install_crash_handler(app, log_path)` routes three sources to one reporter:
- `sys.excepthook`: exceptions on the GUI thread, including those PySide6
  raises out of slots and overridden Qt methods;
- `threading.excepthook`: exceptions on Python threads (QThreadPool jobs
  reach `sys.excepthook` from their pool thread; both are marshalled to the
  GUI thread through a queued signal);
- Qt's message handler: Qt's own warnings go to the log (not to a dialog).

The dialog is in crash_dialog.py, imported when there is something to show:
the hooks are installed before the window's first paint and stay light.

Every report is logged with its traceback first, so the log has it even if
the dialog cannot be shown. Data is safe because every service call commits
or rolls back as one unit of work: a crash in the window loses at most the
form being typed, never anything saved.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QThread, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from collector_desk.errors import safe_text, safe_traceback

if TYPE_CHECKING:
    from collector_desk.ui.shell.crash_dialog import CrashDialog

log = logging.getLogger("collector_desk.crash")

QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class CrashReport(NamedTuple):  # not a dataclass: this module loads before the first paint
    what: str  # "ZeroDivisionError: division by zero"
    where: str  # "collector_desk/ui/desk/case_pane.py, line 12, in show_case"
    details: str  # the full traceback
    thread: str


def describe(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str
) -> CrashReport:
    # Never str(exc) of a database error: SQLAlchemy's text carries the statement's
    # parameters (phones, names); safe_text keeps the driver's first line only.
    what = safe_text(exc)
    frames = traceback.extract_tb(tb) if tb is not None else []
    ours = [f for f in frames if "collector_desk" in f.filename.replace("\\", "/")]
    where = ""
    if frames:
        frame = (ours or frames)[-1]
        name = frame.filename.replace("\\", "/")
        if "collector_desk/" in name:
            name = "collector_desk/" + name.rsplit("collector_desk/", 1)[1]
        where = f"{name}, line {frame.lineno}, in {frame.name}"
    details = safe_traceback(exc, tb)
    return CrashReport(what, where, details, thread)


class CrashReporter(QObject):
    """Owns the hooks; shows at most one dialog at a time and counts the rest."""

    reported = Signal(object)  # CrashReport, queued to the GUI thread
    dialog_shown = Signal(object)  # the CrashDialog (tests and screenshots)

    def __init__(self, app: QApplication, log_path: Path) -> None:
        super().__init__(app)
        self.app = app
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self.missed = 0
        self.reports: list[CrashReport] = []
        # Emitted only off the GUI thread (see handle), so the automatic connection
        # queues it to this object's thread, the GUI's.
        self.reported.connect(self._show)
        self._previous: tuple[Any, Any, Any] | None = None

    # --- hooks -------------------------------------------------------------------

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook, None)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        previous_qt = qInstallMessageHandler(self.qt_message)
        self._previous = (self._previous[0], self._previous[1], previous_qt)

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, previous_qt = self._previous
        qInstallMessageHandler(previous_qt)
        self._previous = None

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        self.handle(exc_type, exc, tb, threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "thread"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def qt_message(self, mode: QtMsgType, context: Any, message: str) -> None:
        level = QT_LEVELS.get(mode, logging.WARNING)
        where = f" ({context.file}:{context.line})" if getattr(context, "file", None) else ""
        logging.getLogger("qt").log(level, "%s%s", message, where)
        if mode == QtMsgType.QtFatalMsg:
            for handler in logging.getLogger().handlers:
                handler.flush()

    # --- reporting -----------------------------------------------------------------

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        thread: str,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.app.quit()
            return
        report = describe(exc_type, exc, tb, thread)
        log.critical("unexpected error on %s: %s\n%s", thread, report.what, report.details)
        self.reports.append(report)
        if QThread.currentThread() is self.thread():
            self._show(report)
        else:
            self.reported.emit(report)

    def _show(self, report: CrashReport) -> None:
        if self.dialog is not None:  # one dialog at a time; the log has every report
            self.missed += 1
            return
        from collector_desk.ui.shell.crash_dialog import CrashDialog

        parent = self.app.activeWindow()
        dialog = CrashDialog(report, self.log_path, parent)
        self.dialog = dialog
        dialog.finished.connect(lambda _code: self._closed(dialog))
        if QThread.currentThread().loopLevel() == 0:
            # No event loop yet (a failure while starting) or none any more: show()
            # would never paint, so block here until the user has read it.
            dialog.dialog_blocking = True  # type: ignore[attr-defined]
            self.dialog_shown.emit(dialog)
            dialog.exec()
        else:
            dialog.show()
            dialog.raise_()
            self.dialog_shown.emit(dialog)

    def _closed(self, dialog: CrashDialog) -> None:
        self.dialog = None
        if self.missed:
            log.error("%d more unexpected error(s) while the crash dialog was open", self.missed)
            self.missed = 0
        if dialog.quit_requested:
            log.info("quit after an unexpected error")
            self.app.closeAllWindows()
            self.app.quit()
        dialog.deleteLater()


_reporter: CrashReporter | None = None


def install_crash_handler(app: QApplication, log_path: Path) -> CrashReporter:
    """Install the hooks (once per application); return the reporter."""
    global _reporter
    if _reporter is not None and _reporter.app is app:
        _reporter.log_path = log_path
        return _reporter
    if _reporter is not None:
        _reporter.uninstall()
    _reporter = CrashReporter(app, log_path)
    _reporter.install()
    return _reporter
