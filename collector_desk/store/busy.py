"""Writers wait their turn.

SQLite lets one writer at a time. A long write (an intake of 40,000 rows)
holds the lock for seconds; a short one (a payment) that meets it used to
fail with `database is locked` after the engine's 5 s busy timeout.

- `retry_on_busy(fn, ...)` re-runs a short unit of work while the database is
  locked (each attempt rolled back whole, so a retry never doubles anything),
  telling the caller what it waits for ("busy: intake of cases.xlsx running,
  40%"); after `WAIT_S` it gives up with `BusyError`, nothing written.
- `long_write(data_dir, what, name)` is held by a long writer: a lock file per
  kind of work (a second intake on this workstation is refused at once, with
  what is running) and a note, `writer.json`, that says how far it has got.
  The lock is the operating system's (flock / msvcrt), so a writer that is
  killed leaves no lock behind; a note whose process is gone is ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from collector_desk.domain.progress import Cancelled, Progress
from collector_desk.errors import BusyError

T = TypeVar("T")
WAIT_S = 120.0  # a short write waits this long for a long one
NOTE = "writer.json"
_DELAYS = (0.05, 0.1, 0.2, 0.3, 0.5)


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED, raw or wrapped by SQLAlchemy."""
    cause = getattr(exc, "orig", None) or exc
    return isinstance(cause, sqlite3.OperationalError) and "locked" in str(cause)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True  # no cheap check; the note is removed when the writer ends
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running(data_dir: Path) -> str | None:
    """What long write is running, as 'intake of cases.xlsx running, 40%'."""
    try:
        note = json.loads((data_dir / NOTE).read_text(encoding="utf-8"))
        if not _alive(int(note["pid"])):
            return None
        done = f", {note['percent']}%" if note.get("percent") is not None else ""
        return f"{note['what']} of {note['name']} running{done}"
    except (OSError, ValueError, KeyError, TypeError):
        return None


def busy_message(data_dir: Path | None) -> str:
    what = running(data_dir) if data_dir is not None else None
    return f"busy: {what or 'another program is writing to the database'}"


def retry_on_busy(
    fn: Callable[[], T],
    *,
    data_dir: Path | None,
    wait_s: float = WAIT_S,
    on_wait: Callable[[str], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `fn` (one unit of work), again while the database is locked."""
    deadline = time.monotonic() + wait_s
    attempt = 0
    told = ""
    while True:
        try:
            return fn()
        except Exception as exc:
            if not is_busy(exc):
                raise
            message = busy_message(data_dir)
            if time.monotonic() >= deadline:
                raise BusyError(
                    f"{message}; waited {wait_s:.0f} s. Nothing was written: try again "
                    "when it has finished"
                ) from None  # the driver's error carries the statement's parameters
            if on_wait is not None and message != told:
                on_wait(message)
                told = message
        sleep(_DELAYS[min(attempt, len(_DELAYS) - 1)])
        attempt += 1


def _try_lock(f: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class Note:
    """The running long write's own note; `update` writes at most twice a second."""

    def __init__(self, data_dir: Path, what: str, name: str) -> None:
        self.path = data_dir / NOTE
        self.doc: dict[str, Any] = {"what": what, "name": name, "pid": os.getpid(), "percent": 0}
        self._last = 0.0
        self._write()

    def _write(self) -> None:
        with contextlib.suppress(OSError):
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.doc), encoding="utf-8")
            os.replace(tmp, self.path)

    def update(self, done: int, total: int) -> None:
        if total <= 0 or time.monotonic() - self._last < 0.5:
            return
        self._last = time.monotonic()
        self.doc["percent"] = min(99, done * 100 // total)
        self._write()

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


@contextlib.contextmanager
def long_write(data_dir: Path, what: str, name: str) -> Iterator[Note]:
    """Hold the per-workstation lock for `what`; refuse at once if it is held."""
    lock_path = data_dir / f"{what}.lock"
    f = open(lock_path, "a+b")  # noqa: SIM115 - held for the duration
    try:
        if not _try_lock(f):
            raise BusyError(
                f"{busy_message(data_dir)}; only one {what} at a time. Wait for it to "
                "finish, then try again; nothing was written"
            )
        note = Note(data_dir, what, name)
        try:
            yield note
        finally:
            note.remove()
    finally:
        f.close()  # releases the lock


class NotedProgress(Progress):
    """Forwards to the caller's Progress (which a dialog polls) and keeps the note."""

    def __init__(self, inner: Progress, note: Note) -> None:
        super().__init__()
        self.inner = inner
        self.note = note

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        self.inner.report(done, total, text)
        super().report(done, total, text)
        self.note.update(self.inner.done, self.inner.total)

    def step(self, done: int, total: int | None = None, text: str | None = None) -> None:
        super().report(done, total, text)
        self.note.update(done, self.total)
        self.inner.step(done, total, text)  # the caller's own step: it may cancel
        if self.cancelled:
            raise Cancelled()
