"""Cyclic garbage is collected on the GUI thread only.

Python's cyclic collector runs on whichever thread happens to allocate past its
threshold. A worker building the Today plan allocates a great deal; if a closed
widget of an earlier screen sits in a reference cycle, the collector would run its
C++ destructor on the worker thread, which Qt does not allow (the full test run
segfaulted in the event loop this way). Once an OpRunner exists, the collector
runs on a GUI-thread timer instead."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from collector_desk.domain.progress import Progress
from collector_desk.ui import gui_gc, ops


def test_a_widget_in_a_cycle_is_destroyed_on_the_gui_thread(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    runner = ops.OpRunner(host)
    destroyed_on: list[threading.Thread] = []

    def orphan() -> None:
        w = QWidget()
        w.me = w  # type: ignore[attr-defined]  # a cycle: only the collector frees it
        w.destroyed.connect(
            lambda *_: destroyed_on.append(threading.current_thread()),
            Qt.ConnectionType.DirectConnection,
        )

    gc.collect()
    orphan()
    answered: list[int] = []

    def work(progress: Progress) -> int:
        # far past the youngest generation's threshold: automatic collection, if it
        # were on, would run here on the worker thread
        junk = [[i] for i in range(20 * gc.get_threshold()[0])]
        cycles = []
        for _ in range(2000):
            a: list[object] = []
            a.append(a)
            cycles.append(a)
        return len(junk) + len(cycles)

    runner.query(work, on_done=answered.append)
    qtbot.waitUntil(lambda: bool(answered) and bool(destroyed_on), timeout=10_000)
    assert destroyed_on == [threading.main_thread()]


def test_the_collector_runs_on_its_own_without_being_asked(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    ops.OpRunner(host)
    assert gui_gc.installed()
    assert not gc.isenabled()
    freed: list[bool] = []

    class Node(QObject):
        pass

    n = Node()
    n.me = n  # type: ignore[attr-defined]
    n.destroyed.connect(lambda *_: freed.append(True))
    del n
    for _ in range(gc.get_threshold()[0] + 10):
        a: list[object] = []
        a.append(a)
    qtbot.waitUntil(lambda: bool(freed), timeout=5000)
