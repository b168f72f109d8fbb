"""How the views reload: a burst of change broadcasts makes one reload, unchanged
rows stay as they are, and the reads behind a view run on worker threads (a
wrapper at the OpRunner boundary records the thread each op's work runs on)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_desk_support import TODAY, make_portfolio

from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.ui import ops
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.worklist import WorklistFeature
from collector_desk.ui.worklist.today_view import ITEM_ROLE, TodayView

BURST = 12


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reload") / "data"
    make_portfolio(folder, cases=160)
    return folder


@pytest.fixture
def desk(portfolio: Path, tmp_path: Path) -> Iterator[Desk]:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(portfolio, folder)
    d = Desk.open(folder, today=lambda: TODAY)
    d.refresh_cases()
    yield d
    d.close()


class ThreadLog:
    """Wraps the window's OpRunner.query: notes (title, key, thread) of each work call."""

    def __init__(self, runner: ops.OpRunner) -> None:
        self.calls: list[tuple[str, str | None, threading.Thread]] = []
        real = runner.query

        def query(work: Callable[[Any], Any], **kw: Any) -> None:
            def recorded(progress: Any) -> Any:
                self.calls.append((kw.get("title", ""), kw.get("key"), threading.current_thread()))
                return work(progress)

            real(recorded, **kw)

        runner.query = query  # type: ignore[method-assign]

    def threads(self, key_prefix: str) -> list[threading.Thread]:
        return [t for _title, key, t in self.calls if key and key.startswith(key_prefix)]


@pytest.fixture
def window(qtbot: Any, desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.thread_log = ThreadLog(w.ops)  # type: ignore[attr-defined]
    w.attach(desk)
    w.install_features()
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    w.show()
    qtbot.waitUntil(lambda: ops.pending() == 0 and today(w).plan is not None, timeout=10_000)
    yield w
    w.calls.discard()
    w.close()


def today(w: MainWindow) -> TodayView:
    return w.feature(WorklistFeature).today


def quiet(view: TodayView) -> bool:
    """No plan being built or applied, no reload waiting."""
    return (
        ops.pending() == 0
        and not view._loading
        and view._applying is None
        and not view._debounce.isActive()
    )


def rows_by_key(view: TodayView) -> dict[tuple[str, str, str], Any]:
    out = {}
    for row in view.rows():
        item = row.data(0, ITEM_ROLE)
        out[(item.kind, item.loan_id, item.ref)] = row
    return out


def test_a_burst_of_broadcasts_makes_one_plan_reload(qtbot: Any, window: MainWindow) -> None:
    view = today(window)
    assert len(view.plan.items) > 20
    loans = [i.loan_id for i in view.plan.items]
    before = view.builds
    for n in range(BURST):
        window.broadcast(ChangeSet.of(ChangeKind.CALL, loans={loans[n % len(loans)]}))
        QApplication.processEvents()
    qtbot.waitUntil(lambda: view.builds > before and quiet(view), timeout=10_000)
    assert view.builds == before + 1

    # A start of day's steps (DAY with ids) make none; its end (DAY alone) makes one.
    before = view.builds
    for n in range(BURST):
        window.broadcast(ChangeSet.of(ChangeKind.DAY, loans={loans[n % len(loans)]}))
        QApplication.processEvents()
    assert view.builds == before
    window.broadcast(ChangeSet.of(ChangeKind.DAY))
    qtbot.waitUntil(lambda: view.builds > before and quiet(view), timeout=10_000)
    assert view.builds == before + 1


def test_a_changed_plan_updates_only_its_rows(qtbot: Any, window: MainWindow) -> None:
    view = today(window)
    plan = view.plan
    rows = rows_by_key(view)
    assert len(rows) == len(plan.items) > 20
    first, last = plan.items[0], plan.items[-1]
    changed = replace(first, done=not first.done)
    edited = replace(plan, items=(changed, *plan.items[1:-1]))  # the last one is gone
    view.show_plan(edited)
    qtbot.waitUntil(lambda: view._applying is None and view.plan is edited)
    after = rows_by_key(view)
    gone = (last.kind, last.loan_id, last.ref)
    assert set(after) == set(rows) - {gone}
    # Every row that stayed is the same tree item; the changed one shows its new state.
    assert all(after[k] is rows[k] for k in after)
    key = (first.kind, first.loan_id, first.ref)
    assert after[key].data(0, ITEM_ROLE) == changed
    assert (after[key].checkState(0).value == 2) is changed.done


def test_a_large_plan_is_built_in_slices(qtbot: Any, window: MainWindow) -> None:
    """A plan of many new rows is not built in one go: the event loop runs between
    slices, and the plan is announced once every row is on screen."""
    view = today(window)
    plan = view.plan
    many = tuple(
        replace(i, ref=f"{i.ref}#copy{n}") for n in range(8) for i in plan.items
    )  # new keys: every row is new
    slices: list[int] = []
    view._slice.timeout.connect(lambda: slices.append(1))
    announced: list[object] = []
    view.plan_ready.connect(announced.append)
    big = replace(plan, items=plan.items + many)
    view.show_plan(big)
    assert view.plan is not big  # not all built in this call
    qtbot.waitUntil(lambda: view._applying is None, timeout=10_000)
    assert view.plan is big and announced == [big]
    assert len(view.rows()) == len(big.items)
    assert slices  # it went back to the event loop at least once


def test_case_list_pages_are_read_on_a_worker_and_the_rows_stay_until_the_new_page(
    qtbot: Any, window: MainWindow
) -> None:
    view = window.case_list
    model = view.model
    assert model is not None
    log: ThreadLog = window.thread_log  # type: ignore[attr-defined]
    assert log.threads("case-page")  # the first page, at attach
    shown = [model.row(n).loan_id for n in range(model.rowCount())]
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    view.bucket.setCurrentIndex(view.bucket.findData("M1"))
    # Asked, not yet read: the old rows are still what the list shows, no empty flash.
    assert model.wanted != model.query
    assert [model.row(n).loan_id for n in range(model.rowCount())] == shown
    with qtbot.waitSignal(model.loaded_rows, timeout=10_000):
        pass
    assert model.query == model.wanted and resets == [1]
    assert {model.row(n).bucket for n in range(model.rowCount())} == {"M1"}

    # Two filters in a row: the first one's page is never shown.
    view.bucket.setCurrentIndex(view.bucket.findData("M2"))
    view.bucket.setCurrentIndex(view.bucket.findData("M3"))
    qtbot.waitUntil(lambda: ops.pending() == 0 and not model.busy(), timeout=10_000)
    assert resets == [1, 1]
    assert {model.row(n).bucket for n in range(model.rowCount())} <= {"M3"}
    threads = log.threads("case-page")
    assert len(threads) >= 4 and threading.main_thread() not in threads


def test_an_asynchronous_case_model_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any, desk: Desk
) -> None:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QWidget

    from collector_desk.services.cases import CaseQuery, count
    from collector_desk.ui.desk.case_model import CaseListModel, desk_fetcher

    owner = QWidget()
    qtbot.addWidget(owner)
    runner = ops.runner_for(owner)
    threads: list[threading.Thread] = []

    def run(work: Callable[[], Any], done: Any, failed: Any) -> None:
        def on_worker(_progress: Any) -> Any:
            threads.append(threading.current_thread())
            return work()

        runner.query(on_worker, on_done=done, on_error=failed, key="page", parent=owner)

    model = CaseListModel(desk_fetcher(desk), CaseQuery(), page_size=7, run=run)
    with qtbot.waitSignal(model.loaded_rows):
        model.reload(keep_loaded=False)
    assert model.rowCount() == 7
    qtmodeltester.check(model, force_py=True)  # it asks for more: answered later
    total = count(desk, CaseQuery())
    while model.rowCount() < total:
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
            assert not model.canFetchMore(QModelIndex())  # one page at a time
        qtbot.waitUntil(lambda: not model.busy())
    qtmodeltester.check(model, force_py=True)
    ids = [model.row(n).loan_id for n in range(total)]
    assert len(set(ids)) == total
    assert threads and threading.main_thread() not in threads


def test_the_case_pane_kinds_are_change_kinds() -> None:
    from collector_desk.ui.desk.call_controller import DETAIL_KINDS

    assert {k.value for k in ChangeKind} >= DETAIL_KINDS
    assert "audit" not in DETAIL_KINDS  # a reveal re-reads no case


def test_opening_a_case_reads_it_on_a_worker_and_the_last_open_wins(
    qtbot: Any, window: MainWindow
) -> None:
    model = window.case_list.model
    assert model is not None
    first, second = model.row(0).loan_id, model.row(1).loan_id
    window.open_case(first)
    window.open_case(second)  # before the first is read: it supersedes it
    shown: list[str] = []
    window.case_pane.detail_shown.connect(lambda d: shown.append(d.loan_id) if d else None)
    qtbot.waitUntil(lambda: ops.pending() == 0 and window.calls.detail is not None)
    assert window.calls.detail.loan_id == second and shown == [second]
    log: ThreadLog = window.thread_log  # type: ignore[attr-defined]
    threads = log.threads("case-detail")
    assert len(threads) == 2 and threading.main_thread() not in threads
