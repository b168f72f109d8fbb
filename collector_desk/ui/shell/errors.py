"""A failure in the window: a dialog that keeps the app running, or the crash report.

`show_failure(parent, title, exc)` is where background work and start-up send
an exception nobody handled. A failure the user can act on (bad input, a
database or disk problem, busy: see `collector_desk.errors`) becomes a warning
with its one line, and the window stays usable. Anything else is a bug and goes
to the crash report (log with traceback, dialog with Continue or Quit). The
text shown and logged never holds SQL parameters.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from collector_desk.errors import safe_traceback, user_failure

log = logging.getLogger(__name__)


def failure_text(exc: BaseException) -> str | None:
    """The line to show for `exc`, or None when it is a bug."""
    known = user_failure(exc)
    return None if known is None else known[0]


def show_failure(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox | None:
    """Warn (and return the box, already shown) or hand a bug to the crash report."""
    text = failure_text(exc)
    if text is None:
        from collector_desk.ui.shell import crash

        reporter = crash._reporter
        if reporter is not None:
            reporter.handle(type(exc), exc, exc.__traceback__, f"background: {title}")
            return None
        log.error("%s failed:\n%s", title, safe_traceback(exc))
        text = QCoreApplication.translate(
            "Errors", "An unexpected error ({kind}); nothing was changed. The log has the details."
        ).format(kind=type(exc).__name__)
    else:
        log.warning("%s: %s", title, text)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        QCoreApplication.translate("Errors", "This did not work: {error}").format(error=text),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("failureBox")
    box.open()  # window-modal, never blocks the event loop: the app keeps running
    return box
