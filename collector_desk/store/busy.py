"""Writers wait their turn.

SQLite lets one writer at a time. Every write unit (`Desk.unit()`) starts with
`BEGIN IMMEDIATE` (`begin_write`), so a busy database is found before the unit
has done anything, never half-way: the unit waits there, in growing slices of
SQLite's own busy timeout (50 ms up to 1 s), for at most `WAIT_S`, telling its
`Watch` what it waits for ("busy: intake of cases.xlsx is running, 40%"). When
the wait runs out, or the user stops waiting, it raises `BusyError` and nothing
was written.

A long writer publishes a holder record, `writer.json` in the data folder (what
is running, its file's name, how far it has got, its pid; no personal data):

- `holding(data_dir, what)` for any long write that commits in chunks (bundle
  import, the case_state rebuild, intake): yields a `progress(fraction)`
  callable. While a thread holds it, each new unit it starts first lets a
  waiting writer in (one that announced itself with a `waiting-<pid>` file).
- `long_write(data_dir, what, name)` adds a lock file per kind of work: a second
  intake on this workstation is refused at once, with what is running. The lock
  is the operating system's (flock / msvcrt), so a writer that is killed leaves
  no lock behind; a record whose process is gone is ignored.

`retry_on_busy(fn, ...)` re-runs a whole unit that met a lock anyway (a unit
opened by other means than `Desk.unit()`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

from collector_desk.domain.progress import Cancelled, Progress
from collector_desk.domain.waiting import Watch
from collector_desk.errors import BusyError

__all__ = ["Watch", "begin_write", "holding", "long_write", "printing_watch"]

T = TypeVar("T")
WAIT_S = 120.0  # a write waits this long for another one
NOTE = "writer.json"
BUSY_TIMEOUT_MS = 5000  # the connection's own, outside `begin_write`
_DELAYS = (0.05, 0.1, 0.2, 0.3, 0.5)
_SLICES_MS = (50, 100, 200, 400, 700, 1000)  # one BEGIN IMMEDIATE attempt each
TURN_S = 2.0  # a long writer lets waiting writers in for at most this long per chunk
WAIT_ENV = "COLLECTOR_DESK_BUSY_WAIT_S"  # support and tests: another wait than WAIT_S


def wait_limit() -> float:
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, "") or WAIT_S))
    except ValueError:
        return WAIT_S


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED, raw or wrapped by SQLAlchemy."""
    cause = getattr(exc, "orig", None) or exc
    return isinstance(cause, sqlite3.OperationalError) and "locked" in str(cause)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True  # no cheap check; the record is removed when the writer ends
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_parts(data_dir: Path) -> dict[str, str] | None:
    """What long write is running: {"what": "intake of cases.xlsx", "percent": "40"}
    (percent "" when unknown); None when none is."""
    try:
        note = json.loads((data_dir / NOTE).read_text(encoding="utf-8"))
        if not _alive(int(note["pid"])):
            return None
        name = f" of {note['name']}" if note.get("name") else ""
        percent = note.get("percent")
        return {"what": f"{note['what']}{name}", "percent": "" if percent is None else str(percent)}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def running(data_dir: Path) -> str | None:
    """What long write is running, as 'intake of cases.xlsx is running, 40%'."""
    parts = running_parts(data_dir)
    if parts is None:
        return None
    done = f", {parts['percent']}%" if parts["percent"] else ""
    return f"{parts['what']} is running{done}"


def busy_message(data_dir: Path | None) -> str:
    what = running(data_dir) if data_dir is not None else None
    return f"busy: {what or 'another program is writing to the database'}"


def _busy(data_dir: Path | None, message: str, code: str = "busy") -> BusyError:
    """BusyError with what is running as its parameters, for the window's words;
    code "busy_stopped" when the user stopped waiting."""
    parts = running_parts(data_dir) if data_dir is not None else None
    return BusyError(message, code=code, **(parts or {}))


def printing_watch(stream: IO[str] | None = None) -> Watch:
    """The command line's: one line on stderr per thing waited for."""

    def say(message: str) -> None:
        print(f"{message} — waiting…", file=stream or sys.stderr, flush=True)

    return Watch(on_wait=say)


# --- waiting writers announce themselves; long writers let them in --------------------


def _waiters(data_dir: Path) -> list[Path]:
    found = []
    for path in data_dir.glob("waiting-*"):
        try:
            pid = int(path.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        if _alive(pid):
            found.append(path)
        else:
            with contextlib.suppress(OSError):
                path.unlink()
    return found


@contextlib.contextmanager
def _announced(data_dir: Path | None) -> Iterator[None]:
    path = None
    if data_dir is not None:
        path = data_dir / f"waiting-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        with contextlib.suppress(OSError):
            path.touch()
    try:
        yield
    finally:
        if path is not None:
            with contextlib.suppress(OSError):
                path.unlink()


_HOLDER = threading.local()  # .data_dir: this thread holds a long write there


def give_turn(data_dir: Path, *, limit_s: float = TURN_S) -> None:
    """A long writer between two chunks: let writers that wait go first (briefly)."""
    deadline = time.monotonic() + limit_s
    while _waiters(data_dir) and time.monotonic() < deadline:
        time.sleep(0.02)


def begin_write(
    dbapi_conn: Any,
    *,
    data_dir: Path | None,
    watch: Watch | None = None,
    wait_s: float | None = None,
) -> None:
    """`BEGIN IMMEDIATE` on a pysqlite connection, waiting (bounded) for the lock.

    Raises BusyError when the wait runs out or the watch was stopped; the
    connection is then outside any transaction, nothing written.
    """
    limit = wait_limit() if wait_s is None else wait_s
    main_wait = watch.main_thread_wait_s if watch is not None else None
    if main_wait is not None and threading.current_thread() is threading.main_thread():
        limit = min(limit, main_wait)
    holder_dir = getattr(_HOLDER, "data_dir", None)
    if holder_dir is not None:
        give_turn(holder_dir)
    deadline = time.monotonic() + limit
    cur = dbapi_conn.cursor()
    told = ""
    try:
        attempt = 0
        with contextlib.ExitStack() as stack:
            while True:
                slice_ms = _SLICES_MS[min(attempt, len(_SLICES_MS) - 1)]
                left_ms = max(1, int((deadline - time.monotonic()) * 1000))
                cur.execute(f"PRAGMA busy_timeout={min(slice_ms, left_ms)}")
                try:
                    cur.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if not is_busy(exc):
                        raise
                if attempt == 0:
                    stack.enter_context(_announced(data_dir))
                    if watch is not None:
                        watch.enter()
                        stack.callback(watch.leave)
                attempt += 1
                message = busy_message(data_dir)
                if watch is not None and message != told:
                    watch.waiting(message)
                    told = message
                if watch is not None and watch.stopped:
                    raise _busy(
                        data_dir, f"{message}; stopped waiting. Nothing was written", "busy_stopped"
                    )
                if time.monotonic() >= deadline:
                    raise _busy(
                        data_dir,
                        f"{message}; waited {limit:g} s. Nothing was written: try again "
                        "when it has finished",
                    )
    finally:
        with contextlib.suppress(sqlite3.Error):
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()


def retry_on_busy(
    fn: Callable[[], T],
    *,
    data_dir: Path | None,
    wait_s: float = WAIT_S,
    on_wait: Callable[[str], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `fn` (one whole unit of work), again while the database is locked."""
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
                raise _busy(
                    data_dir,
                    f"{message}; waited {wait_s:.0f} s. Nothing was written: try again "
                    "when it has finished",
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
    """The running long write's holder record; `update` writes at most twice a second."""

    def __init__(self, data_dir: Path, what: str, name: str) -> None:
        self.path = data_dir / NOTE
        self.doc: dict[str, Any] = {"what": what, "name": name, "pid": os.getpid(), "percent": 0}
        self._last = 0.0
        self._write()

    def _write(self) -> None:
        with contextlib.suppress(OSError):
            tmp = self.path.with_name(f"{NOTE}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(self.doc), encoding="utf-8")
            os.replace(tmp, self.path)

    def update(self, done: int, total: int) -> None:
        if total <= 0 or time.monotonic() - self._last < 0.5:
            return
        self._last = time.monotonic()
        self.doc["percent"] = min(99, done * 100 // total)
        self._write()

    def fraction(self, value: float) -> None:
        """Progress as a fraction 0..1 (written at most twice a second)."""
        self.update(int(max(0.0, min(1.0, value)) * 1000), 1000)

    def remove(self) -> None:
        """Remove the record if it is still ours (another holder may have written it)."""
        with contextlib.suppress(OSError, ValueError):
            doc = json.loads(self.path.read_text(encoding="utf-8"))
            if doc.get("pid") == self.doc["pid"] and doc.get("what") == self.doc["what"]:
                self.path.unlink()


@contextlib.contextmanager
def _held_by_this_thread(data_dir: Path) -> Iterator[None]:
    outer = getattr(_HOLDER, "data_dir", None)
    _HOLDER.data_dir = data_dir
    try:
        yield
    finally:
        _HOLDER.data_dir = outer


@contextlib.contextmanager
def holding(data_dir: Path, what: str, name: str = "") -> Iterator[Callable[[float], None]]:
    """Publish the holder record for a long write that commits in chunks.

    Yields `progress(fraction)` (0..1) to call after each chunk; the record says
    "busy: <what> of <name> is running, N%" to writers that wait. Each unit this
    thread starts meanwhile first lets those writers in. Never refuses: use
    `long_write` for "one at a time". `what` and `name` must hold no personal data.
    """
    note = Note(data_dir, what, name)
    try:
        with _held_by_this_thread(data_dir):
            yield note.fraction
    finally:
        note.remove()


@contextlib.contextmanager
def long_write(data_dir: Path, what: str, name: str) -> Iterator[Note]:
    """Hold the per-workstation lock for `what`; refuse at once if it is held."""
    lock_path = data_dir / f"{what}.lock"
    f = open(lock_path, "a+b")  # noqa: SIM115 - held for the duration
    try:
        if not _try_lock(f):
            raise _busy(
                data_dir,
                f"{busy_message(data_dir)}; only one {what} at a time. Wait for it to "
                "finish, then try again; nothing was written",
            )
        note = Note(data_dir, what, name)
        try:
            with _held_by_this_thread(data_dir):
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
