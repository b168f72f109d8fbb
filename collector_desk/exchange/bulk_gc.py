"""Python's automatic cyclic collection paused while a bundle is exported or imported.

A bundle's export and import keep tens of thousands of rows (lists and tuples from
SQLite and JSON) alive for their whole run and allocate as many objects again (a
schedule's instalments, the rows derived). With automatic collection on, every 700
allocations scan the young objects: about 150 collections for a 20,000-fact bundle,
~55 ms of its ~550 ms of CPU, against ~6 ms for the bare form's JSON. Nearly all of it
is freed by reference counting anyway; cycles made meanwhile wait until the work ends.

The window already runs its workers this way (`ui.gui_gc`: automatic collection off,
the GUI thread's timer collects), so nothing changes there; the command line, tests and
benches now run bundles as the window does. Nested and concurrent uses share one pause:
collection comes back when the last one ends, and only if it was on before the first.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_LOCK = threading.Lock()
_state = {"depth": 0, "was_enabled": False}


@contextmanager
def paused() -> Iterator[None]:
    with _LOCK:
        if _state["depth"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_enabled"]:
                gc.enable()


P = ParamSpec("P")
R = TypeVar("R")


def during(fn: Callable[P, R]) -> Callable[P, R]:
    """`fn` run inside `paused()`."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with paused():
            return fn(*args, **kwargs)

    return run
