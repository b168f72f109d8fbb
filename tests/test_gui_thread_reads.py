"""No SQL on the GUI thread while a collector works a case: every statement the
window runs to open a case, switch the number, search and show Today is counted
by an engine listener, and none may come from the main thread (on a team's
server each one is a network round trip the window would freeze for)."""

from __future__ import annotations

import threading
import traceback

import pytest
from sqlalchemy import event
from ui_desk_support import TODAY, close_window, make_portfolio, open_case, settle

from collector_desk.app import build_window
from collector_desk.ui.worklist import WorklistFeature


@pytest.fixture
def window(qtbot, tmp_path):
    folder = tmp_path / "data"
    make_portfolio(folder, cases=30)
    w = build_window(folder, today=TODAY, lang="en")
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.desk is not None)
    settle(qtbot)
    yield w
    close_window(w)


def _gui_statements(engine) -> list[str]:
    seen: list[str] = []

    def record(conn, cursor, statement, params, context, many) -> None:
        if threading.current_thread() is threading.main_thread():
            where = [
                f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}"
                for f in traceback.extract_stack()
                if "collector_desk" in f.filename
            ]
            seen.append(f"{' '.join(statement.split()[:3])} from {where[-3:]}")

    event.listen(engine, "before_cursor_execute", record)
    return seen


def test_opening_and_working_a_case_reads_nothing_on_the_gui_thread(qtbot, window) -> None:
    seen = _gui_statements(window.desk.db.engine)
    first, second = (window.case_list.model.row(n).loan_id for n in (0, 1))
    open_case(qtbot, window, first)
    reach = window.feature(WorklistFeature).reach
    assert reach.status.text()  # the contact check came back from its worker
    if reach.number.count() > 1:
        reach.number.setCurrentIndex(1)
        settle(qtbot)
    open_case(qtbot, window, second)
    window.case_list.search.setText("13")
    settle(qtbot)
    window.left_tabs.setCurrentIndex(1)
    settle(qtbot)
    assert seen == []


def test_the_listener_sees_a_read_made_on_the_gui_thread(window) -> None:
    """The check above can fail: a read on the GUI thread is counted."""
    from collector_desk.services.cases import CaseQuery, count

    seen = _gui_statements(window.desk.db.engine)
    count(window.desk, CaseQuery())
    assert seen and "SELECT" in seen[0]
