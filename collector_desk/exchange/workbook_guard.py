"""Reading a workbook in a child process, inside a time limit and a memory budget.

A workbook's reader cannot be bounded from inside: python-calamine builds its
grid in Rust (an allocation it cannot make aborts the whole process), a zip
part may inflate to gigabytes, and an .xls file's range is not known before the
reader has built it. So `read_bounded` reads the workbook in a child process
(multiprocessing's "spawn": the same in the CLI, the window and the frozen
build) whose memory is capped at `MEMORY_BUDGET_MB` (POSIX: its address
space, `RLIMIT_AS`; Windows: its committed memory, by a job object, see
`workbook_job`), and stops it after `TIME_LIMIT_S`. Whatever happens to the
child, the caller gets the Table or one `Unreadable` line; the app goes on.

The grid bound of `workbook_extent` still applies first, in the child, so a
declared or actual huge range is refused before anything is allocated.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from collector_desk.exchange.intake_read import Table

# A workbook of 20,000 x 50 cells read here in 7-11 s (a shared machine; 25 % more in
# the child, for the start and the hand-over) with 100 MB resident: one at MAX_CELLS
# (12 million) needs about 1.2 GB and two minutes, so the limits leave it room.
MEMORY_BUDGET_MB = 4096  # the reader child's address space (the app's own is apart)
TIME_LIMIT_S = 300.0
# How a reader that met the budget ends: Rust aborts, a signal kills, or our exit 3
# (also the C runtime's abort() on Windows, where Rust's abort is a fast fail,
# STATUS_STACK_BUFFER_OVERRUN, and a failed commit may end in STATUS_NO_MEMORY).
_WINDOWS_OUT_OF_MEMORY = (0xC0000409, 0xC0000017)
_OUT_OF_MEMORY = frozenset(
    {3, *_WINDOWS_OUT_OF_MEMORY}
    | {-int(getattr(signal, n)) for n in ("SIGABRT", "SIGSEGV", "SIGKILL") if hasattr(signal, n)}
)
BUDGET_ENV = "COLLECTOR_DESK_WORKBOOK_BUDGET"  # support and tests: "<MB>,<seconds>"


def limits() -> tuple[int, float]:
    """(memory budget in MB, time limit in s), from BUDGET_ENV when it is set."""
    text = os.environ.get(BUDGET_ENV, "")
    try:
        mb, seconds = text.split(",")
        return max(64, int(mb)), max(0.5, float(seconds))
    except ValueError:
        return MEMORY_BUDGET_MB, TIME_LIMIT_S


def _child(conn: Connection, path: str, megabytes: int) -> None:
    """multiprocessing's child (the frozen build, whose entry calls freeze_support)."""
    from collector_desk.exchange.workbook_child import read

    try:
        conn.send(read(path, megabytes))
    finally:
        conn.close()


def _too_much_memory(megabytes: int) -> str:
    return (
        f"reading the workbook needs more than {megabytes:,} MB of memory; delete what "
        "lies outside the table (Ctrl+End in Excel finds the last cell) or save the table "
        "as CSV"
    )


def _too_slow(seconds: float) -> str:
    return (
        f"reading the workbook took longer than {seconds:g} s and was stopped; save the "
        "table as CSV (or split it) and take that in"
    )


def _child_command(path: Path, megabytes: int) -> list[str]:
    """The reader child's command line: `python -S`, so the child skips the site
    machinery (the .pth files, the editable-install finders: tens of milliseconds),
    with this process's import path handed over, the package's own folder first."""
    import collector_desk

    paths = [str(Path(collector_desk.__file__).resolve().parents[1]), *sys.path]
    code = (
        f"import sys; sys.path[:0] = {paths!r}; "
        "from collector_desk.exchange.workbook_child import main; main()"
    )
    return [sys.executable, "-S", "-c", code, str(path), str(megabytes)]


POLL_S = 0.2  # how often the wait for the reader asks whether the user cancelled


def _no_poll() -> None:
    return None


def _in_python_child(
    path: Path, megabytes: int, seconds: float, poll: Callable[[], None]
) -> tuple[tuple[Any, ...], int]:
    from collector_desk.exchange.intake_read import Unreadable

    proc = subprocess.Popen(
        _child_command(path, megabytes),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # an abort's own words say nothing the user can use
    )
    deadline = time.monotonic() + seconds
    try:
        while True:
            try:  # waited for in short steps: communicate() keeps what it has read
                out, _ = proc.communicate(timeout=min(POLL_S, deadline - time.monotonic()))
                break
            except subprocess.TimeoutExpired:
                if time.monotonic() >= deadline:
                    raise Unreadable("too_slow", _too_slow(seconds)) from None
                poll()  # raises Cancelled when the user pressed Cancel
    except BaseException:
        proc.kill()
        proc.communicate()
        raise
    try:
        return pickle.loads(out) if out else ("died",), proc.returncode
    except (pickle.UnpicklingError, EOFError, ValueError):
        return ("died",), proc.returncode


def _in_frozen_child(
    path: Path, megabytes: int, seconds: float, poll: Callable[[], None]
) -> tuple[tuple[Any, ...], int]:
    import multiprocessing

    from collector_desk.exchange.intake_read import Unreadable

    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_child, args=(send, str(path), megabytes), daemon=True)
    child.start()
    send.close()
    deadline = time.monotonic() + seconds
    try:
        while not receive.poll(max(0.0, min(POLL_S, deadline - time.monotonic()))):
            if time.monotonic() >= deadline:
                child.kill()
                raise Unreadable("too_slow", _too_slow(seconds))
            try:
                poll()
            except BaseException:
                child.kill()
                raise
        try:
            result = receive.recv()
        except (EOFError, OSError):
            result = ("died",)
    finally:
        receive.close()
        child.join(timeout=10)
        if child.is_alive():
            child.kill()
            child.join()
    return result, child.exitcode if child.exitcode is not None else -1


def read_bounded(path: Path, poll: Callable[[], None] = _no_poll) -> Table:
    """The workbook's table, read in a child process inside the limits. `poll` is
    called every POLL_S while the child reads; whatever it raises (Cancelled) stops
    the child and comes through."""
    from collector_desk.exchange.intake_read import Unreadable

    megabytes, seconds = limits()
    # A frozen build has no `python -c`; its entry point calls freeze_support().
    run = _in_frozen_child if getattr(sys, "frozen", False) else _in_python_child
    result, code = run(path, megabytes, seconds, poll)
    if result[0] == "ok":
        from collector_desk.exchange.intake_read import workbook_table

        return workbook_table(path, *result[1:])
    if result[0] == "unreadable":
        raise Unreadable(result[1], result[2])
    if result[0] == "memory" or code in _OUT_OF_MEMORY:
        raise Unreadable("too_large", _too_much_memory(megabytes))
    raise Unreadable("not_a_workbook", f"the workbook reader stopped (exit status {code})")
