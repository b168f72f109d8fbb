"""The case-list bench's instruments inside the real window (bench/case_list.py):
a 2 ms timer's ticks, the list viewport's paints (arrival and end), the GUI
thread's own deliveries, garbage collections and the statements run; and the
bare re-run of those statements on a plain sqlite3 connection."""

from __future__ import annotations

import gc
import itertools
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_common import ms  # type: ignore[import-not-found]

TICK_MS = 2
_SQL_WORDS = ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "REPLACE")


class Probe:
    """Ticks, paints and statements, recorded as they happen."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer

        self.gui_thread = threading.get_ident()
        self.statements: list[tuple[bool, str, Any]] = []  # (is a page, sql, params)
        self.list_statements: list[tuple[bool, str, Any]] = []  # those of the list's service
        self._in_list = threading.local()
        self.statement_times: list[float] = []
        self.traced: list[str] = []
        self.ticks: list[float] = []
        self.paints: list[float] = []  # a paint event's arrival at the list's viewport
        self.painted: dict[float, float] = {}  # a paint's arrival -> the end of that paint
        self.reset_at: float | None = None
        self.counted_at: float | None = None
        self._loop: QEventLoop | None = None
        self._until: Callable[[], bool] = lambda: True
        self._deadline = 0.0

        probe = self

        class PaintCounter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:  # QObject.eventFilter
                from PySide6.QtCore import QEvent

                if event.type() == QEvent.Type.Paint:
                    start = time.perf_counter()
                    probe.paints.append(start)
                    probe._open = start
                    probe._open_cpu = time.thread_time()
                    # Runs once the window's repaint that drew the list is done.
                    QTimer.singleShot(0, lambda: probe._window_painted(start))
                return False

        class NextPaint(QObject):
            """On the application: the next widget painted after the list's viewport
            began marks the end of the list's own paint."""

            def eventFilter(self, watched: Any, event: Any) -> bool:  # QObject.eventFilter
                from PySide6.QtCore import QEvent

                if (
                    probe._open is not None
                    and event.type() == QEvent.Type.Paint
                    and watched is not probe.viewport
                ):
                    probe.list_painted.setdefault(probe._open, time.perf_counter())
                    probe.list_cpu.setdefault(probe._open, time.thread_time() - probe._open_cpu)
                    probe._open = None
                return False

        self.counter = PaintCounter()
        self.next_paint = NextPaint()
        self.viewport: Any = None
        self._open: float | None = None
        self._open_cpu = 0.0
        self.list_painted: dict[float, float] = {}  # a paint's arrival -> the list drawn
        # a paint's arrival -> the GUI thread's CPU time in the list's own part of it
        # (wall time minus this is waiting: for the GIL, or for a core on a busy machine)
        self.list_cpu: dict[float, float] = {}
        # Garbage collections, timed: a full (generation 2) collection stops every
        # Python thread, the GUI thread included, whichever thread triggered it.
        self.collections: list[tuple[int, float, float]] = []  # (generation, start, end)
        self._gc_started = 0.0

        def on_gc(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                self._gc_started = time.perf_counter()
            else:
                self.collections.append((info["generation"], self._gc_started, time.perf_counter()))

        gc.callbacks.append(on_gc)
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        # The GUI thread's own work: each delivery of workers' results (the ops mailbox)
        # and each paint of the list, timed, to tell a stall of ours from the machine's.
        self.work: list[tuple[str, float, float]] = []  # (what, start, end)
        self.work_cpu: list[tuple[float, float]] = []  # (start, GUI-thread CPU seconds)
        self.page_cpu: list[float] = []  # each cases.page call's CPU time (a worker's)

    def watch(self, viewport: Any) -> None:
        """Count the list viewport's paints and time each."""
        from PySide6.QtWidgets import QApplication

        self.viewport = viewport
        viewport.installEventFilter(self.counter)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.next_paint)

    def _window_painted(self, start: float) -> None:
        now = time.perf_counter()
        self.painted.setdefault(start, now)
        self.list_painted.setdefault(start, now)  # nothing else was painted after it
        self.list_cpu.setdefault(start, time.thread_time() - self._open_cpu)
        if self._open == start:
            self._open = None

    def list_paint_after(self, t: float) -> float | None:
        """The end of the list's own drawing in the first paint after t."""
        start = next((p for p in self.paints if p > t), None)
        return None if start is None else self.list_painted.get(start)

    def list_cpu_after(self, t: float) -> float | None:
        """The GUI thread's CPU time in the list's own drawing of the first paint after t."""
        start = next((p for p in self.paints if p > t), None)
        return None if start is None else self.list_cpu.get(start)

    def time_deliveries(self) -> None:
        from collector_desk.ui import ops

        box = ops.mailbox()
        drain = box.drain

        def timed() -> None:
            start, cpu = time.perf_counter(), time.thread_time()
            drain()
            self.work.append(("delivery", start, time.perf_counter()))
            self.work_cpu.append((start, time.thread_time() - cpu))

        box.drain = timed  # type: ignore[method-assign]

    def longest_work(self, start: float, end: float) -> tuple[str, float]:
        """The GUI thread's longest piece of our work between start and end."""
        spans = [(b - a, w) for w, a, b in self.work if a <= end and b >= start]
        spans += [(self.list_painted[p] - p, "paint") for p in self.paints
                  if p in self.list_painted and start <= p <= end]  # fmt: skip
        longest = max(spans, default=(0.0, ""))
        return longest[1], ms(longest[0])

    def delivery_cpu_at(self, t: float) -> float:
        """The GUI thread's CPU time in the delivery that ran at t (the model's reset)."""
        for (_, a, b), (_, cpu) in zip(self.work, self.work_cpu, strict=True):
            if a <= t <= b:
                return cpu
        return 0.0

    def most_work_cpu(self, start: float, end: float) -> float:
        """The most GUI-thread CPU time one piece of our work took between start and
        end (a delivery, or the list's part of a paint): a stall much longer than this
        was spent waiting (for the GIL, or for a core), not working."""
        spans = [cpu for a, cpu in self.work_cpu if start <= a <= end]
        spans += [self.list_cpu[p] for p in self.paints if p in self.list_cpu and start <= p <= end]
        return ms(max(spans, default=0.0))

    def _tick(self) -> None:
        now = time.perf_counter()
        self.ticks.append(now)
        if self._loop is not None and (self._until() or now > self._deadline):
            self._loop.quit()

    def wait(self, until: Callable[[], bool], timeout_s: float = 120.0) -> bool:
        """Run the event loop (not a busy loop: the workers get the CPU) until `until`."""
        from PySide6.QtCore import QEventLoop

        self._until, self._deadline = until, time.perf_counter() + timeout_s
        self._loop = QEventLoop()
        self._loop.exec()
        self._loop = None
        return until()

    def settle(self, quiet_s: float = 0.15) -> None:
        """Wait until no background work is left and nothing painted for a while."""
        from collector_desk.ui import ops

        def idle() -> bool:
            last = max(self.paints[-1:] + self.statement_times[-1:] + [0.0])
            return (
                ops.pending() == 0 and ops.running() == 0 and time.perf_counter() - last > quiet_s
            )

        self.wait(idle)

    def paint_after(self, t: float) -> tuple[float, float] | None:
        """The first paint that arrived after t and has ended: (arrival, end)."""
        start = next((p for p in self.paints if p > t), None)
        if start is None or start not in self.painted:
            return None
        return start, self.painted[start]

    def start_run(self) -> None:
        self.statements.clear()
        self.list_statements.clear()
        self.traced.clear()
        self.ticks.clear()
        self.paints.clear()
        self.painted.clear()
        self.list_painted.clear()
        self.list_cpu.clear()
        self._open = None
        self.work.clear()
        self.work_cpu.clear()
        self.page_cpu.clear()
        self.collections.clear()
        self.reset_at = self.counted_at = None

    def on_statement(self, sql: str, params: Any) -> None:
        # (is a page statement, sql, params): pages and counts both run on workers now,
        # so they are told apart by what they are, not by the thread they ran on.
        self.statements.append(("count(" not in sql.lower(), sql, params))
        self.statement_times.append(time.perf_counter())
        if getattr(self._in_list, "active", False):
            self.list_statements.append(self.statements[-1])

    def watch_list_service(self) -> None:
        """Mark the statements the case list's own service calls run (a page, the
        counts), apart from what other panes run meanwhile (Today's plan at the start)."""
        from collector_desk.services import cases

        for name in ("page", "counts"):
            original = getattr(cases, name)

            def marked(
                *args: Any, _original: Any = original, _page: bool = name == "page", **kwargs: Any
            ) -> Any:
                self._in_list.active = True
                cpu = time.thread_time()
                try:
                    return _original(*args, **kwargs)
                finally:
                    self._in_list.active = False
                    if _page:  # the worker's CPU time in reading the page
                        self.page_cpu.append(time.thread_time() - cpu)

            setattr(cases, name, marked)

    def on_trace(self, sql: str) -> None:
        if sql.lstrip()[:7].upper().startswith(_SQL_WORDS):
            self.traced.append(sql)

    def full_gc_ms(self, start: float, end: float) -> tuple[int, float]:
        """Full collections between start and end: how many, and the longest."""
        full = [b - a for g, a, b in self.collections if g == 2 and a <= end and b >= start]
        return len(full), ms(max(full, default=0.0))

    def max_gap_ms(self, start: float, end: float) -> float:
        inside = [t for t in self.ticks if start <= t <= end]
        marks = [start, *inside, end]
        return ms(max((b - a for a, b in itertools.pairwise(marks)), default=0.0))


def bare(
    folder: Path, statements: list[tuple[bool, str, Any]], runs: int
) -> tuple[float, float, float]:
    """The captured statements, re-run bare: (page ms, counts ms, page CPU ms), medians."""
    import sqlite3

    from collector_desk.store.db import DB_FILENAME

    raw = sqlite3.connect(folder / DB_FILENAME)
    try:
        gui = [(s, p) for is_page, s, p in statements if is_page]
        workers = [(s, p) for is_page, s, p in statements if not is_page]

        def run(batch: list[tuple[str, Any]], clock: Callable[[], float]) -> float:
            start = clock()
            for sql, params in batch:
                raw.execute(sql, params).fetchall()
            return clock() - start

        run(gui + workers, time.perf_counter)  # warm, as the window's were
        page = statistics.median(run(gui, time.perf_counter) for _ in range(runs))
        counts = statistics.median(run(workers, time.perf_counter) for _ in range(runs))
        page_cpu = statistics.median(run(gui, time.thread_time) for _ in range(runs))
        return ms(page), ms(counts), ms(page_cpu)
    finally:
        raw.close()


def paint_baseline(table: Any, model: Any, repeats: int = 15) -> dict[str, float]:
    """Qt's own cost of painting the same cells, as a second baseline beside bare SQL.

    A twin QTableView over a QStandardItemModel (all C++: no call into Python while
    it paints) holding the list's formatted cells (text, colour, alignment), with the
    list's size, font, row height, column widths and hidden columns, the first row
    current. Both viewports are repainted `repeats` times, taking turns, with no
    background work: medians of wall and GUI-thread CPU time, in ms."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

    columns = model.columnCount()
    twin_model = QStandardItemModel(0, columns)
    twin_model.setHorizontalHeaderLabels(
        [model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)]
    )
    for n in range(model.rowCount()):
        items = []
        for c in range(columns):
            item = QStandardItem()
            text, fg = model.painted_cell(n, c)
            item.setData(text, Qt.ItemDataRole.DisplayRole)
            align = model.data(model.index(n, c), Qt.ItemDataRole.TextAlignmentRole)
            if align:
                item.setData(align, Qt.ItemDataRole.TextAlignmentRole)
            if fg is not None:
                item.setForeground(fg)
            items.append(item)
        twin_model.appendRow(items)
    twin = QTableView()
    twin.setModel(twin_model)
    twin.setFont(table.font())
    twin.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    twin.setAlternatingRowColors(table.alternatingRowColors())
    twin.setWordWrap(table.wordWrap())
    twin.verticalHeader().hide()
    twin.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    twin.horizontalHeader().setStretchLastSection(True)
    for c in range(columns):
        twin.setColumnWidth(c, table.columnWidth(c))
        twin.setColumnHidden(c, table.isColumnHidden(c))
    twin.resize(table.size())
    twin.show()
    twin.setCurrentIndex(twin_model.index(0, 0))
    deadline = time.perf_counter() + 5.0
    while twin.windowHandle() is None or not twin.windowHandle().isExposed():
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            break
    QApplication.processEvents()
    table.setCurrentIndex(model.index(0, 0))
    laps: dict[str, list[float]] = {"list": [], "list_cpu": [], "qt": [], "qt_cpu": []}
    for _ in range(repeats + 1):  # the first turn warms
        for name, viewport in (("list", table.viewport()), ("qt", twin.viewport())):
            wall, cpu = time.perf_counter(), time.thread_time()
            viewport.repaint()
            laps[name + "_cpu"].append(time.thread_time() - cpu)
            laps[name].append(time.perf_counter() - wall)
    out = {f"repaint_{k}_ms": ms(statistics.median(v[1:])) for k, v in laps.items()}
    out["repaint_cells"] = sum(1 for c in range(columns) if not table.isColumnHidden(c)) * (
        table.rowAt(table.viewport().height() - 1) - table.rowAt(0) + 1
    )
    twin.close()
    twin.deleteLater()
    return out


def own_peak_rss_mb() -> float:
    """This process's own peak RSS. Linux's ru_maxrss survives exec, so a child
    started by a parent that had just generated the database reported the parent's
    1.3 GB; /proc's VmHWM belongs to the process's own memory map."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    from bench_common import peak_rss_mb  # type: ignore[import-not-found]

    return float(peak_rss_mb())
