"""The app's error types, and how any exception becomes one line for a user.

A failure of input, disk or database reaches the user as one line that names
the file, row and field where they apply and says what to do next; exit
status 1 (2 for a usage error). Anything else is a bug: it goes to the crash
report (the window) or the log (the command line) with its traceback.

Personal data never goes into a message: the app's errors are written
without it, and a database error is never shown as `str(exc)`, because
SQLAlchemy puts the statement's parameters (phones, names, ID numbers) into
its text. `safe_text` and `safe_traceback` describe an exception without them.

This module imports nothing (not even SQLAlchemy), so every layer may use it.
"""

from __future__ import annotations

import errno
import traceback
from types import TracebackType

EXIT_OK = 0
EXIT_FAILED = 1  # refused input, a database or disk problem, busy
EXIT_USAGE = 2  # the command cannot start: bad arguments, no input file, no team key
EXIT_HELP = """exit status:
  0  done
  1  failed or refused: bad input (file, row and field are named), a database or
     disk problem, or the database busy with another writer; nothing was changed
  2  usage: a bad argument, or what the command needs is missing (the input file
     cannot be read at all, no team key)"""


class AppError(Exception):
    """A failure the user can act on. The message is one line, fit to show as is.

    `code` (with `params`: file names, counts, never personal data) is what the
    window words in its own language; "" when the English line is all there is.
    """

    exit_status = EXIT_FAILED
    code = ""

    def __init__(self, message: str = "", *, code: str = "", **params: str) -> None:
        super().__init__(message)
        if code:
            self.code = code
        self.params: dict[str, str] = params


class UsageError(AppError):
    """The command line asks for something that cannot be."""

    exit_status = EXIT_USAGE


class BusyError(AppError):
    """Another writer kept the database locked for longer than we wait."""

    code = "busy"


class OutputPathError(AppError):
    """Where a file was to be written cannot take it (no folder, a folder, exists)."""


# Errors of other modules whose message is written for the user, by qualified name
# (so this module imports none of them). Value: the exit status.
USER_ERRORS: dict[str, int] = {
    "collector_desk.exchange.intake_read.Unreadable": EXIT_USAGE,
    "collector_desk.exchange.intake.MappingIncomplete": EXIT_USAGE,
    "collector_desk.exchange.intake_values.CellError": EXIT_FAILED,
    "collector_desk.exchange.envelope.BundleRefused": EXIT_FAILED,
    "collector_desk.exchange.teamkey.TeamKeyError": EXIT_USAGE,
    "collector_desk.exchange.debit_results.DebitFileError": EXIT_USAGE,
    "collector_desk.services.payments.PaymentRejected": EXIT_FAILED,
    "collector_desk.services.assignment.AssignmentError": EXIT_FAILED,
    "collector_desk.services.calls.CallRejected": EXIT_FAILED,
    "collector_desk.services.dialing.DialError": EXIT_FAILED,
    "collector_desk.services.dialing.ContactBlocked": EXIT_FAILED,
    "collector_desk.services.contact_rules.NotSupervisor": EXIT_FAILED,
    "collector_desk.services.contact_rules.NothingToOverride": EXIT_FAILED,
    "collector_desk.services.contact_rules.ReasonRequired": EXIT_FAILED,
    "collector_desk.services.audit.NotFound": EXIT_FAILED,
    "collector_desk.domain.guardrails.LimitError": EXIT_FAILED,
    "collector_desk.domain.strategy.StrategyTextError": EXIT_FAILED,
    "collector_desk.domain.practice.call.CallError": EXIT_FAILED,
    "collector_desk.fsutil.FileInUseError": EXIT_FAILED,
    "collector_desk.services.letters.LetterError": EXIT_FAILED,
}

_UNREACHABLE = (
    "the team's database server cannot be reached (refused, timed out or the connection "
    "was lost); nothing was saved. Try again once it is back, or ask whoever looks after "
    "the server"
)
# SQLite's (and a team server's) own words for conditions that are not bugs, and what
# to tell the user. A server that cannot be reached is a condition too: libpq's words
# for a refused, timed-out or dropped connection (never the URL or its password).
_DB_CONDITIONS: tuple[tuple[str, str, str], ...] = (
    (
        # a team's server: a collector's login may not read full numbers (intake
        # matches borrowers by ID number) nor write outside its own cases
        "permission denied",
        "permission_denied",
        "permission denied: the server does not let this login do that; nothing was "
        "changed. Intake, bundle export and other team-wide work need a supervisor's login",
    ),
    ("connection refused", "server_unreachable", _UNREACHABLE),
    ("server closed the connection unexpectedly", "server_unreachable", _UNREACHABLE),
    ("terminating connection", "server_unreachable", _UNREACHABLE),
    ("the connection is closed", "server_unreachable", _UNREACHABLE),
    ("connection is lost", "server_unreachable", _UNREACHABLE),
    ("timeout expired", "server_unreachable", _UNREACHABLE),
    ("connection timed out", "server_unreachable", _UNREACHABLE),
    ("could not translate host name", "server_unreachable", _UNREACHABLE),
    ("no route to host", "server_unreachable", _UNREACHABLE),
    ("network is unreachable", "server_unreachable", _UNREACHABLE),
    (
        "database is locked",
        "busy",
        "busy: another program (an intake or import?) is writing to the database; "
        "wait for it to finish and try again",
    ),
    (
        "database table is locked",
        "busy",
        "busy: another program is writing to the database; wait for it to finish and try again",
    ),
    (
        "disk image is malformed",
        "db_damaged",
        "the database file is damaged; nothing was written. Run `collector-desk check`, "
        "then `collector-desk restore` to go back to a backup",
    ),
    (
        "file is not a database",
        "db_not_a_database",
        "the database file is not a database (damaged or replaced); run "
        "`collector-desk restore` to go back to a backup",
    ),
    (
        "readonly database",
        "db_read_only",
        "the database file or its folder is read-only; nothing was written. Give this "
        "user write access to the data folder",
    ),
    (
        "database or disk is full",
        "disk_full",
        "the disk is full; nothing was written. Free some space and try again",
    ),
    (
        "disk i/o error",
        "disk_io",
        "the disk failed to read or write; nothing was written. Check the drive",
    ),
    (
        "unable to open database",
        "db_cannot_open",
        "the database file cannot be opened; check the data folder",
    ),
)


def _database_cause(exc: BaseException) -> BaseException | None:
    """The driver's exception inside a SQLAlchemy error (duck-typed: no import)."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException) and hasattr(exc, "statement"):
        return orig
    return None


def _is_sqlite_error(exc: BaseException) -> bool:
    return type(exc).__module__ == "sqlite3" or type(exc).__module__.startswith("_sqlite3")


def _condition(exc: BaseException) -> tuple[str, str] | None:
    """(code, English message) for a database error that is a condition, not a bug."""
    cause = _database_cause(exc) or exc
    if not (_is_sqlite_error(cause) or _database_cause(exc) is not None):
        return None
    first = (str(cause).splitlines() or [""])[0].lower()
    for words, code, message in _DB_CONDITIONS:
        if words in first:
            return code, message
    return None


def database_condition(exc: BaseException) -> str | None:
    """The user's message for a database error that is a condition, not a bug."""
    found = _condition(exc)
    return None if found is None else found[1]


# errno -> code for an OSError the user can act on (the window words each code)
_OS_CODES: dict[int, str] = {
    errno.ENOSPC: "disk_full",
    errno.EROFS: "folder_read_only",
    errno.EACCES: "no_access",
    errno.EPERM: "no_access",
    errno.ENOENT: "no_such_file",
    errno.EISDIR: "is_a_folder",
    errno.EIO: "disk_io",
    errno.EDQUOT: "disk_full",
}


def failure_code(exc: BaseException) -> tuple[str, dict[str, str]] | None:
    """A stable code and its parameters for a condition the window words itself.

    Conditions only: a database or disk condition, busy, an output path, out of
    memory, an OSError. The errors other modules register (USER_ERRORS) carry their
    own `.code`. Parameters hold file names, never personal data. None otherwise.
    """
    if isinstance(exc, AppError):
        return (exc.code, dict(exc.params)) if exc.code else None
    if registered_status(exc) is not None:
        return None
    found = _condition(exc)
    if found is not None:
        return found[0], {}
    if isinstance(exc, MemoryError):
        return "out_of_memory", {}
    if isinstance(exc, OSError) and not isinstance(exc, BlockingIOError):
        params = {"file": str(exc.filename) if exc.filename else ""}
        code = _OS_CODES.get(exc.errno or 0)
        if code is None:
            return "os_error", {**params, "reason": exc.strerror or type(exc).__name__}
        return code, params
    return None


def registered_status(exc: BaseException) -> int | None:
    for cls in type(exc).__mro__:
        status = USER_ERRORS.get(f"{cls.__module__}.{cls.__qualname__}")
        if status is not None:
            return status
    return None


def user_failure(exc: BaseException) -> tuple[str, int] | None:
    """(one line, exit status) when `exc` is a failure the user can act on; None for a bug."""
    if isinstance(exc, AppError):
        return _one_line(str(exc)), exc.exit_status
    status = registered_status(exc)
    if status is not None:
        return _one_line(str(exc)), status
    condition = database_condition(exc)
    if condition is not None:
        return condition, EXIT_FAILED
    if isinstance(exc, MemoryError):
        return "out of memory; close other programs, or split the input file", EXIT_FAILED
    if isinstance(exc, OSError) and not isinstance(exc, BlockingIOError):
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        said = _OS_WORDS.get(exc.errno or 0)
        if said is not None:
            return f"{where}{said}", EXIT_FAILED
        return f"{where}{exc.strerror or type(exc).__name__}", EXIT_FAILED
    return None


# What to do about a disk condition, in the same words as the database's own
_OS_WORDS: dict[int, str] = {
    errno.ENOSPC: "the disk is full; the file was not written. Free some space and try again",
    errno.EDQUOT: "the disk quota is used up; the file was not written. Free some space and "
    "try again",
    errno.EIO: "the disk failed to read or write; the file was not written. Check the drive",
    errno.EFBIG: "the file grew larger than this drive or account allows (a FAT32 stick "
    "takes 4 GB); the file was not written. Write it to another drive",
}


def failure_line(exc: BaseException) -> str:
    """What a view shows for a read or write that failed: the condition's one line
    (server unreachable, busy, bad input), else the bare message without SQL text or
    parameters."""
    known = user_failure(exc)
    return known[0] if known is not None else safe_message(exc)


def _one_line(message: str) -> str:
    return " ".join(message.split()) or "failed"


def safe_message(exc: BaseException) -> str:
    """The message alone, without SQL parameters (see `safe_text`)."""
    cause = _database_cause(exc)
    if cause is not None:
        return (str(cause).splitlines() or [""])[0]
    return str(exc).strip()


def safe_text(exc: BaseException) -> str:
    """'Type: message' without SQL parameters: a database error shows only the
    driver's first line, which SQLite writes without the values bound."""
    cause = _database_cause(exc)
    if cause is not None:
        first = (str(cause).splitlines() or [""])[0]
        return f"{type(exc).__name__} ({type(cause).__name__}): {first}"
    message = str(exc).strip()
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def safe_traceback(
    exc: BaseException, tb: TracebackType | None = None, *, _seen: set[int] | None = None
) -> str:
    """A traceback (with its chain) in which every message is `safe_text`."""
    seen = _seen if _seen is not None else set()
    seen.add(id(exc))
    parts: list[str] = []
    chained = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    if chained is not None and id(chained) not in seen:
        parts.append(safe_traceback(chained, chained.__traceback__, _seen=seen))
        parts.append(
            "\nThe above exception was the direct cause of the following exception:\n\n"
            if exc.__cause__ is not None
            else "\nDuring handling of the above exception, another exception occurred:\n\n"
        )
    parts.append("Traceback (most recent call last):\n")
    parts.extend(traceback.format_tb(tb if tb is not None else exc.__traceback__))
    parts.append(safe_text(exc) + "\n")
    return "".join(parts)
