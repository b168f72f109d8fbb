"""The op runner: results, errors and cancellation arrive on the GUI thread; a write's
changes are broadcast in order; a long write's steps are broadcast as they land."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from collector_desk.domain.progress import Progress
from collector_desk.ui import ops


def _widget(qtbot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_result_is_delivered_on_the_gui_thread(qtbot):
    parent = _widget(qtbot)
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    ops.OpRunner(parent).query(work, title="t", on_done=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["gui"] is True
    assert seen["worker"] != threading.get_ident()
    assert ops.pending() == 0


def test_error_goes_to_on_error(qtbot):
    parent = _widget(qtbot)
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise ValueError("bad row 3")

    ops.OpRunner(parent).write(work, title="t", on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert "bad row 3" in str(errors[0])


def test_cancel_in_the_dialog_stops_the_work_as_cancelled(qtbot):
    parent = _widget(qtbot)
    parent.show()
    outcome: list[str] = []
    started = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        for i in range(1000):
            progress.step(i, 1000, f"row {i}")
            time.sleep(0.01)
        return "finished"

    ops.OpRunner(parent).write(
        work,
        title="Long work",
        on_done=outcome.append,
        on_error=lambda e: outcome.append(f"error {e!r}"),
        on_cancelled=lambda: outcome.append("cancelled"),
        cancellable=True,
        quiet_ms=50,
    )
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is not None, timeout=5000)
    dialog = parent.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.maximum() == 1000, timeout=5000)
    assert started.is_set()
    from PySide6.QtWidgets import QPushButton

    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert ops.pending() == 0


def test_quick_work_shows_no_dialog(qtbot):
    parent = _widget(qtbot)
    parent.show()
    done: list[int] = []
    ops.OpRunner(parent).write(lambda p: 1, title="quick", on_done=done.append, quiet_ms=2000)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert parent.findChild(QProgressDialog) is None


def test_result_for_a_deleted_widget_is_dropped_not_crashed(qtbot) -> None:
    import threading

    import shiboken6
    from PySide6.QtWidgets import QLabel

    from collector_desk.ui import ops

    gate = threading.Event()
    label = QLabel("waiting")
    delivered: list[object] = []

    def work(progress):
        gate.wait(10)
        return 42

    runner = ops.OpRunner(_widget(qtbot))
    runner.write(work, title="slow", on_done=delivered.append, parent=label, quiet_ms=0)
    shiboken6.delete(label)  # the view goes away while the work runs
    gate.set()
    # pending() drops when the result is delivered or dropped, never before.
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=10_000)
    assert delivered == []


def test_a_write_signals_started_finished_then_its_changes_in_order(qtbot):
    from collector_desk.services.context import ChangeKind, ChangeSet

    parent = _widget(qtbot)
    runner = ops.OpRunner(parent)
    changes = ChangeSet.of(ChangeKind.PAYMENT, loans=["L1"])
    delivered: list[object] = []
    broadcast: list[object] = []
    runner.changed.connect(broadcast.append)
    with qtbot.waitSignals(
        [runner.started, runner.finished, runner.changed], order="strict", timeout=5000
    ):
        runner.write(lambda progress: changes, title="pay", on_done=delivered.append)
    assert broadcast == [changes]
    qtbot.waitUntil(lambda: delivered == [changes], timeout=5000)


def test_a_newer_query_of_the_same_key_makes_the_older_answer_obsolete(qtbot):
    parent = _widget(qtbot)
    runner = ops.OpRunner(parent)
    gate = threading.Event()
    got: list[str] = []

    def slow(progress: Progress) -> str:
        gate.wait(5)
        return "old"

    runner.query(slow, on_done=got.append, key="count")
    runner.query(lambda progress: "new", on_done=got.append, key="count")
    qtbot.waitUntil(lambda: got == ["new"], timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=5000)
    assert got == ["new"]


def test_a_long_writes_steps_are_broadcast_on_the_gui_thread_before_it_ends(qtbot):
    from collector_desk.services.context import ChangeKind, ChangeSet

    parent = _widget(qtbot)
    runner = ops.OpRunner(parent)
    seen: list[tuple[frozenset[str], bool]] = []
    gui = QApplication.instance().thread()
    runner.changed.connect(lambda c: seen.append((c.loans, QThread.currentThread() is gui)))

    broadcast = runner.broadcaster()

    def work(progress: Progress) -> ChangeSet:
        for loan in ("L1", "L2"):
            broadcast(ChangeSet.of(ChangeKind.DAY, loans=[loan]))
        return ChangeSet.of(ChangeKind.DAY)

    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.write(work, title="steps")
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert seen == [
        (frozenset({"L1"}), True),
        (frozenset({"L2"}), True),
        (frozenset(), True),
    ]


def test_a_job_and_its_work_are_freed_on_the_gui_thread_never_on_the_worker(qtbot):
    """The worker must hold no last reference: the job owns Qt timers (and the work
    may hold widgets), and a Qt object freed on a worker thread corrupts Shiboken's
    wrapper map (the teardown segfaults tests/test_practice_ui.py used to hit)."""
    import gc
    import weakref

    parent = _widget(qtbot)
    runner = ops.OpRunner(parent)
    gate = threading.Event()
    freed: dict[str, str] = {}

    class Work:
        def __call__(self, progress: Progress) -> str:
            gate.wait(5)
            return "ok"

    work = Work()
    weakref.finalize(work, lambda: freed.setdefault("work", threading.current_thread().name))
    got: list[str] = []
    runner.query(work, on_done=got.append)
    del work
    (job,) = list(ops._ACTIVE.values())
    weakref.finalize(job, lambda: freed.setdefault("job", threading.current_thread().name))
    del job
    gate.set()
    qtbot.waitUntil(lambda: got == ["ok"] and ops.running() == 0, timeout=5000)
    gc.collect()
    qtbot.waitUntil(lambda: len(freed) == 2, timeout=5000)
    main = threading.main_thread().name
    assert freed == {"work": main, "job": main}


def test_workers_post_to_the_gui_thread_in_order_without_qt(qtbot):
    parent = _widget(qtbot)
    runner = ops.OpRunner(parent)
    seen: list[tuple[int, bool]] = []
    gui = QApplication.instance().thread()
    note = ops.to_gui(lambda n: seen.append((n, QThread.currentThread() is gui)))

    def work(progress: Progress) -> None:
        for n in range(200):
            note(n)

    runner.query(work, on_done=lambda _: None)
    qtbot.waitUntil(lambda: len(seen) == 200, timeout=5000)
    assert seen == [(n, True) for n in range(200)]


def test_work_cancelled_while_queued_never_runs(qtbot):
    """A closed window cancels its jobs: those still queued behind busy workers must
    not run afterwards (they held the pool for the next window's work)."""
    parent = _widget(qtbot)
    runner = ops.OpRunner(parent)
    release = threading.Event()
    ran: list[int] = []
    cancelled: list[int] = []
    workers = ops._pool()._max_workers
    for n in range(workers):  # occupy every pool thread
        runner.write(
            lambda progress, n=n: release.wait(10) and ran.append(-1 - n),
            title="busy",
            on_cancelled=lambda n=n: cancelled.append(-1 - n),
        )
    for n in range(3):
        runner.write(
            lambda progress, n=n: ran.append(n),
            title="queued",
            on_cancelled=lambda n=n: cancelled.append(n),
        )
    ops.cancel_all()
    release.set()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=10_000)
    assert not [n for n in ran if n >= 0]
    assert sorted(n for n in cancelled if n >= 0) == [0, 1, 2]
