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

from collector_desk.errors import failure_code, safe_message, safe_traceback, user_failure

log = logging.getLogger(__name__)


def condition_text(code: str, params: dict[str, str]) -> str | None:
    """The window's words for a condition code of `collector_desk.errors.failure_code`."""
    unreachable = QCoreApplication.translate(
        "Errors",
        "The team's database server cannot be reached (refused, timed out or the "
        "connection was lost); nothing was saved. Try again once it is back, or ask "
        "whoever looks after the server.",
    )
    texts = {
        "server_unreachable": unreachable,
        "server_login_refused": QCoreApplication.translate(
            "Errors",
            "The team's server refused this login (user name or password); nothing was "
            "opened. Check them, or ask whoever looks after the server.",
        ),
        "permission_denied": QCoreApplication.translate(
            "Errors",
            "The server does not let this login do that; nothing was changed. Intake, "
            "bundle export and other team-wide work need a supervisor's login.",
        ),
        "busy": QCoreApplication.translate(
            "Errors",
            "The database is busy: another program (an intake or import?) is writing to "
            "it; nothing was written. Wait for it to finish and try again.",
        ),
        "db_damaged": QCoreApplication.translate(
            "Errors",
            "The database file is damaged; nothing was written. Close the app, run "
            "`collector-desk check`, then `collector-desk restore` to go back to a backup.",
        ),
        "db_not_a_database": QCoreApplication.translate(
            "Errors",
            "The database file is not a database (damaged or replaced). Close the app and "
            "run `collector-desk restore` to go back to a backup.",
        ),
        "db_read_only": QCoreApplication.translate(
            "Errors",
            "The database file or its folder is read-only; nothing was written. Give this "
            "user write access to the data folder.",
        ),
        "disk_full": QCoreApplication.translate(
            "Errors", "The disk is full; nothing was written. Free some space and try again."
        ),
        "disk_io": QCoreApplication.translate(
            "Errors", "The disk failed to read or write; nothing was written. Check the drive."
        ),
        "db_cannot_open": QCoreApplication.translate(
            "Errors", "The database file cannot be opened; check the data folder."
        ),
        "out_of_memory": QCoreApplication.translate(
            "Errors", "Out of memory; close other programs, or split the input file."
        ),
        "folder_read_only": QCoreApplication.translate(
            "Errors", "{file}: the drive is read-only; choose another place."
        ),
        "no_access": QCoreApplication.translate(
            "Errors", "{file}: this user may not read or write it; choose another place."
        ),
        "no_such_file": QCoreApplication.translate(
            "Errors", "{file}: there is no such file or folder."
        ),
        "is_a_folder": QCoreApplication.translate("Errors", "{file} is a folder; choose a file."),
        "os_error": QCoreApplication.translate("Errors", "{file}: {reason}"),
    }
    if code == "busy_stopped":
        return _stopped_text(params)
    if code == "busy" and params.get("what"):
        from collector_desk.ui.busy_bar import kind_text

        what = kind_text(params["what"])
        if params.get("percent"):
            return QCoreApplication.translate(
                "Errors",
                "The database is busy: {what} is running, {percent}%; nothing was written. "
                "Wait for it to finish and try again.",
            ).format(what=what, percent=params["percent"])
        return QCoreApplication.translate(
            "Errors",
            "The database is busy: {what} is running; nothing was written. Wait for it to "
            "finish and try again.",
        ).format(what=what)
    text = texts.get(code)
    if text is None:
        return None
    text = text.format(**{"file": "", "reason": "", **params})
    return text.removeprefix(": ").removeprefix("：")  # an OSError without a file name


def _stopped_text(params: dict[str, str]) -> str:
    """The user pressed Stop waiting while another program wrote to the database."""
    if not params.get("what"):
        return QCoreApplication.translate(
            "Errors",
            "Stopped waiting for another program writing to the database; nothing was "
            "written. Try again when it has finished.",
        )
    from collector_desk.ui.busy_bar import kind_text

    what = kind_text(params["what"])
    if params.get("percent"):
        return QCoreApplication.translate(
            "Errors",
            "Stopped waiting: {what} is running, {percent}%; nothing was written. Try "
            "again when it has finished.",
        ).format(what=what, percent=params["percent"])
    return QCoreApplication.translate(
        "Errors",
        "Stopped waiting: {what} is running; nothing was written. Try again when it has finished.",
    ).format(what=what)


def _registered_text(exc: BaseException) -> str | None:
    """The window's words for an error a service or exchange module registers."""
    name = type(exc).__name__
    code = str(getattr(exc, "code", ""))
    if name in ("PaymentRejected", "CallRejected"):
        from collector_desk.ui import labels
        from collector_desk.ui.worklist import texts as worklist_texts

        word = worklist_texts.error if name == "PaymentRejected" else labels.promise_error
        parts = [
            word(e.code, e.message) if word is worklist_texts.error else word(e.code)
            for e in getattr(exc, "errors", [])
        ]
        return " ".join(parts) or None
    if name == "BundleRefused":
        from collector_desk.ui.exchange import texts as exchange_texts

        return exchange_texts.refusal(code, str(exc))
    if name == "Unreadable":
        from collector_desk.ui.exchange import texts as exchange_texts

        return exchange_texts.unreadable(code, str(exc), getattr(exc, "params", {}))
    if name in ("DialError", "LimitError", "NotSupervisor", "NothingToOverride", "ReasonRequired"):
        from collector_desk.ui.worklist import texts as worklist_texts

        return worklist_texts.error(code, str(exc))
    if name == "CallError":
        from collector_desk.ui.practice import texts as practice_texts

        return practice_texts.call_error(code)
    if name == "MappingIncomplete":
        from collector_desk.ui.exchange import texts as exchange_texts

        fields = QCoreApplication.translate("Errors", ", ").join(
            exchange_texts.field_label(f) for f in getattr(exc, "missing", ())
        )
        return QCoreApplication.translate(
            "Errors", "No column of the file holds: {fields}. Choose a column for each."
        ).format(fields=fields)
    if name == "TeamKeyError":
        return _team_key_text(code, str(getattr(exc, "file", "")))
    if name == "AssignmentError":
        return _assignment_text(code)
    if name == "DebitFileError":
        return _debit_file_text(getattr(exc, "errors", []))
    if name == "StrategyTextError":
        from collector_desk.ui.shell.refusals import strategy_text

        return strategy_text(dict(getattr(exc, "params", {})))
    if name == "NotFound":
        from collector_desk.ui.shell.refusals import not_found_text

        return not_found_text()
    if name == "FileInUseError":
        path = getattr(exc, "path", "")
        return QCoreApplication.translate(
            "Errors",
            "{file} is open in another program (Excel, or an antivirus scan?); close it "
            "there and try again. The existing file was left unchanged.",
        ).format(file=getattr(path, "name", str(path)))
    return None


def _team_key_text(code: str, file: str) -> str | None:
    texts = {
        "bad_key": QCoreApplication.translate(
            "Errors",
            "This is not a team key: a team key is CDK1- followed by 52 letters. Ask the "
            "supervisor for it again.",
        ),
        "key_file": QCoreApplication.translate(
            "Errors", "{file}: no team key can be read from this file."
        ),
        "exists": QCoreApplication.translate(
            "Errors", "{file} exists; a team key is never written over. Choose another name."
        ),
    }
    text = texts.get(code)
    return None if text is None else text.format(file=file)


def _assignment_text(code: str) -> str | None:
    return {
        "bad_id": QCoreApplication.translate("Errors", "A staff code has 1 to 32 characters."),
        "bad_role": QCoreApplication.translate(
            "Errors", "Choose a role: collector, supervisor or trainee."
        ),
        "no_collectors": QCoreApplication.translate("Errors", "Tick at least one collector."),
        "unknown_collector": QCoreApplication.translate(
            "Errors", "A chosen collector is not on the team any more; refresh the list."
        ),
    }.get(code)


def _debit_file_text(errors: list[object]) -> str | None:
    """The whole debit result file could not be read: file, row and column of each cause."""
    words = {
        "encoding": QCoreApplication.translate(
            "Errors", "the text is neither UTF-8 nor GB18030; save it from Excel as CSV UTF-8"
        ),
        "csv_broken": QCoreApplication.translate(
            "Errors", "the CSV is broken here (a stray quote or an over-long cell)"
        ),
        "empty": QCoreApplication.translate("Errors", "the file is empty"),
        "column_missing": QCoreApplication.translate("Errors", "there is no column for this"),
    }
    parts = []
    for e in errors:
        what = words.get(str(getattr(e, "code", "")))
        if what is None:
            return None
        parts.append(
            QCoreApplication.translate(
                "Errors", "{file}, row {row}, column {column}: {what}"
            ).format(
                file=getattr(e, "file", ""),
                row=getattr(e, "row", ""),
                column=getattr(e, "column", ""),
                what=what,
            )
        )
    return QCoreApplication.translate("Errors", "; ").join(parts) or None


def failure_text(exc: BaseException) -> str | None:
    """The line to show for `exc` in the window's language, or None when it is a bug.

    A condition or a registered error is worded here from its code; an error with
    only English text (no code the window knows) keeps its English line."""
    known = user_failure(exc)
    if known is None:
        return None
    coded = failure_code(exc)
    if coded is not None:
        from collector_desk.ui.shell.refusals import refusal_text

        text = condition_text(*coded) or refusal_text(*coded)
    else:
        text = _registered_text(exc)
    return text or known[0]


def failure_line(exc: BaseException) -> str:
    """What a view shows for a read or write that failed: `failure_text`, else the
    bare message without SQL text or parameters."""
    return failure_text(exc) or safe_message(exc)


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
