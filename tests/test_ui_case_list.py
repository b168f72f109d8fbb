"""The case list model over SQL pages: Qt's model tester through fetchMore, sorting,
filters with counts, search, keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from ui_desk_support import TODAY, close_window, make_portfolio, settle

from collector_desk.app import build_window
from collector_desk.domain.money import format_fen
from collector_desk.services.cases import CaseQuery, count
from collector_desk.services.context import Desk
from collector_desk.ui.desk.case_model import LOAN_ID_ROLE, CaseListModel, Column, desk_fetcher


@pytest.fixture
def portfolio(tmp_path):
    folder = tmp_path / "data"
    make_portfolio(folder, cases=60)
    return folder


@pytest.fixture
def desk(portfolio):
    d = Desk.open(portfolio, today=lambda: TODAY)
    d.refresh_cases()
    yield d
    d.close()


def _fetch_all(model: CaseListModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_model_passes_qt_model_tester_through_fetch_more(qtmodeltester, desk):
    model = CaseListModel(desk_fetcher(desk), CaseQuery(), page_size=7)
    model.reload(keep_loaded=False)
    assert model.rowCount() == 7
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((first, last)))
    qtmodeltester.check(model, force_py=True)  # the tester itself fetches more
    _fetch_all(model)
    qtmodeltester.check(model, force_py=True)
    total = count(desk, CaseQuery())
    assert model.rowCount() == total == 60
    # Each page reported exactly its rows: first..last inclusive, no gap, no overlap.
    expected_first = 7
    for first, last in inserted:
        assert first == expected_first
        assert last - first + 1 <= 7
        expected_first = last + 1
    assert expected_first == total
    ids = [model.row(n).loan_id for n in range(total)]
    assert len(set(ids)) == total
    dpds = [model.row(n).dpd for n in range(total)]
    assert dpds == sorted(dpds, reverse=True)  # most overdue first


# Qt's own C++ tester here: pytest-qt's Python tester re-checks (and so fetches
# more) from its modelReset slot before it has noted that the reset ended.
@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.parametrize(
    ("column", "key"),
    [(Column.OVERDUE, "overdue_fen"), (Column.BORROWER, None), (Column.CONTRACT, "contract_no")],
)
def test_sorting_by_header_is_done_in_sql_across_pages(qtmodeltester, desk, column, key):
    model = CaseListModel(desk_fetcher(desk), CaseQuery(), page_size=9)
    model.reload(keep_loaded=False)
    qtmodeltester.check(model)
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is CaseListModel.sort_key_for(column)
    _fetch_all(model)
    assert model.rowCount() == 60
    if key:
        values = [getattr(model.row(n), key) for n in range(60)]
        assert values == sorted(values)
    model.sort(column, Qt.SortOrder.DescendingOrder)
    _fetch_all(model)
    if key:
        values = [getattr(model.row(n), key) for n in range(60)]
        assert values == sorted(values, reverse=True)


def test_a_query_starts_with_a_short_first_page_and_scrolls_on_in_full_pages(qtmodeltester, desk):
    from collector_desk.ui.desk.case_model import FIRST_PAGE, PAGE

    assert CaseListModel(desk_fetcher(desk), CaseQuery()).first_page == FIRST_PAGE < PAGE
    model = CaseListModel(desk_fetcher(desk), CaseQuery(), page_size=10, first_page=4)
    model.reload(keep_loaded=False)
    assert model.rowCount() == 4
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 14
    model.reload()  # after a save: as many rows as were loaded
    assert model.rowCount() == 14
    model.set_query(CaseQuery(sort=model.query.sort, descending=False))
    assert model.rowCount() == 4
    qtmodeltester.check(model, force_py=True)
    _fetch_all(model)
    whole = [model.row(n).loan_id for n in range(model.rowCount())]
    assert len(whole) == len(set(whole)) == count(desk, CaseQuery()) == 60


def test_unsortable_columns_leave_the_order_alone(desk):
    model = CaseListModel(desk_fetcher(desk), CaseQuery(), page_size=9)
    model.reload(keep_loaded=False)
    before = model.query
    model.sort(Column.NEXT, Qt.SortOrder.AscendingOrder)
    assert model.query == before


@pytest.fixture
def window(qtbot, portfolio):
    w = build_window(portfolio, today=TODAY, lang="en")
    w.show()
    qtbot.waitExposed(w)
    settle(qtbot)
    yield w
    close_window(w)


def test_counts_start_once_the_new_rows_are_painted_or_at_once_when_the_list_is_hidden(
    qtbot, window
):
    import time

    from PySide6.QtCore import QEvent, QObject

    view = window.case_list
    events: list[tuple[str, float]] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                events.append(("paint", time.perf_counter()))
            return False

    paints = Paints()
    view.table.viewport().installEventFilter(paints)
    view.model.modelReset.connect(lambda: events.append(("reset", time.perf_counter())))
    window.ops.started.connect(lambda title: events.append((title, time.perf_counter())))

    def order() -> list[str]:
        names = [name for name, _ in events if name in ("paint", "reset", "Counting cases")]
        return [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]

    window.left_tabs.setCurrentWidget(view)  # the list in front
    settle(qtbot)
    events.clear()
    view.bucket.setCurrentIndex(view.bucket.findData("M1"))
    settle(qtbot)
    assert view.total == count(window.desk, CaseQuery(buckets=frozenset({"M1"})))
    assert order()[-3:] == ["reset", "paint", "Counting cases"]  # after the rows are drawn
    assert not view.counts_pending()

    window.left_tabs.setCurrentIndex(1)  # another tab in front: nothing will paint the list
    assert not view.table.viewport().isVisible()
    settle(qtbot)
    events.clear()
    view.bucket.setCurrentIndex(0)
    assert order() == ["Counting cases"]  # at once, beside the page read
    settle(qtbot)
    assert view.total == count(window.desk, CaseQuery())


def test_filters_and_search_show_counts_computed_in_the_background(qtbot, window):
    view = window.case_list
    desk = window.desk
    total = count(desk, CaseQuery())
    m1 = count(desk, CaseQuery(buckets=frozenset({"M1"})))
    pending = count(desk, CaseQuery(promise=frozenset({"pending"})))
    assert view.total == total
    assert f"{total}" in view.count_label.text()
    m1_index = view.bucket.findData("M1")
    assert view.bucket.itemText(m1_index).endswith(f"· {m1}")

    view.bucket.setCurrentIndex(m1_index)
    settle(qtbot)
    assert view.total == m1
    assert {view.model.row(n).bucket for n in range(view.model.rowCount())} == {"M1"}

    view.bucket.setCurrentIndex(0)
    view.promise.setCurrentIndex(view.promise.findData("pending"))
    settle(qtbot)
    assert view.total == pending == view.model.rowCount()

    view.promise.setCurrentIndex(0)
    target = view.model.row(5)
    qtbot.keyClicks(view.search, target.contract_no[:-1])  # a prefix
    qtbot.waitUntil(lambda: view.model.query.search == target.contract_no[:-1], timeout=3000)
    settle(qtbot)
    shown = {view.model.row(n).loan_id for n in range(view.model.rowCount())}
    assert target.loan_id in shown
    assert view.total == len(shown)


def test_a_pending_promise_shows_its_iso_date_and_the_column_fits_it(qtbot, window):
    from collector_desk.ui import labels

    view = window.case_list
    view.promise.setCurrentIndex(view.promise.findData("pending"))
    settle(qtbot)
    model, table = view.model, view.table
    dated = [n for n in range(model.rowCount()) if model.row(n).promise_on is not None]
    assert dated
    metrics = table.fontMetrics()
    for n in dated:
        row = model.row(n)
        text = model.data(model.index(n, Column.PROMISE))
        # The same ISO form as the case pane and Today, never "3/17".
        assert text == f"{labels.promise_status_short('pending')} {row.promise_on.isoformat()}"
        assert metrics.horizontalAdvance(text) + 6 <= table.columnWidth(Column.PROMISE)


def test_up_down_move_and_enter_opens(qtbot, window):
    view = window.case_list
    window.findChild(type(window.menus["cases"].actions()[0]), "actionCaseList").trigger()
    assert view.table.hasFocus()
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 2
    assert window.calls.detail is None  # moving does not open
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.calls.detail is not None)  # read on a worker
    assert window.calls.detail.loan_id == view.model.row(2).loan_id


def test_a_by_id_refresh_changes_only_those_rows_and_paging_goes_on(qtmodeltester, desk, qtbot):
    from collector_desk.services import cases

    model = CaseListModel(desk_fetcher(desk), CaseQuery(), page_size=7)
    model.reload(keep_loaded=False)
    ids = [model.row(n).loan_id for n in (1, 4)]
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignals([model.dataChanged, model.dataChanged], order="strict", timeout=1000):
        assert model.refresh_rows(ids, cases.rows_by_id(desk, model.query, ids))
    assert resets == [] and model.rowCount() == 7
    # A loan that left the query cannot be patched in place: the caller reloads.
    assert not model.refresh_rows(ids[:1], {})
    qtmodeltester.check(model, force_py=True)  # fetches more after the refresh
    _fetch_all(model)
    assert model.rowCount() == 60
    qtmodeltester.check(model, force_py=True)


def test_the_header_menu_hides_a_column_and_the_choice_survives_a_restart(qtbot, portfolio):
    from PySide6.QtCore import QSettings

    from collector_desk.ui.desk.case_columns import HIDDEN_COLUMNS_KEY

    QSettings().remove(HIDDEN_COLUMNS_KEY)
    try:
        w = build_window(portfolio, today=TODAY, lang="en")
        qtbot.addWidget(w)
        view = w.case_list
        menu = view.column_menu()
        titles = [a.text() for a in menu.actions()]
        assert "Borrower" not in titles  # the row's name always stays
        assert titles[-1] == "Contract" and "Next action" in titles
        assert not view.table.isColumnHidden(Column.CONTRACT)
        next(a for a in menu.actions() if a.text() == "Contract").trigger()
        assert view.table.isColumnHidden(Column.CONTRACT)
        close_window(w)

        again = build_window(portfolio, today=TODAY, lang="en")
        qtbot.addWidget(again)
        table = again.case_list.table
        assert table.isColumnHidden(Column.CONTRACT)
        assert not table.isColumnHidden(Column.NEXT)
        contract = next(
            a for a in again.case_list.column_menu().actions() if a.text() == "Contract"
        )
        assert not contract.isChecked()
        contract.trigger()
        assert not table.isColumnHidden(Column.CONTRACT)
        close_window(again)
    finally:
        QSettings().remove(HIDDEN_COLUMNS_KEY)


_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.DecorationRole,
    LOAN_ID_ROLE,
)


def _multi(model: CaseListModel, index: QModelIndex, role: int) -> object:
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    entry = QModelRoleData(role)
    model.multiData(index, QModelRoleDataSpan(entry))
    return entry.data()


def test_multi_data_answers_each_role_as_data_does(desk):
    model = CaseListModel(desk_fetcher(desk), CaseQuery(), page_size=60)
    model.reload(keep_loaded=False)
    assert model.rowCount() == 60
    for n in range(60):
        row = model.row(n)
        for col in Column:
            index = model.index(n, col)
            for role in _ROLES:
                assert _multi(model, index, role) == model.data(index, role), (n, col, role)
            assert model.data(index, LOAN_ID_ROLE) == row.loan_id
        assert model.data(model.index(n, Column.BORROWER)) == row.borrower_masked
        assert model.data(model.index(n, Column.DPD)) == row.dpd
        assert model.data(model.index(n, Column.OVERDUE)) == format_fen(row.overdue_fen)
        assert "*" in row.borrower_masked or len(row.borrower_masked) <= 1  # masked
    right = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
    assert model.data(model.index(0, Column.DPD), Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, Column.BORROWER), Qt.ItemDataRole.TextAlignmentRole) is None
    tip = model.headerData(Column.NEXT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert (
        tip
        and model.headerData(Column.DPD, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        is None
    )


class _Counting(CaseListModel):
    """Counts the calls a paint makes into Python."""

    calls: dict[str, int]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.calls["data"] += 1
        return super().data(index, role)

    def multiData(self, index, span):
        self.calls["multi"] += 1
        super().multiData(index, span)


def test_a_paint_formats_only_the_visible_rows_without_asking_the_model_per_role(qtbot, desk):
    from PySide6.QtWidgets import QTableView

    from collector_desk.ui.desk.case_delegate import CaseCellDelegate

    model = _Counting(desk_fetcher(desk), CaseQuery(), page_size=60)
    model.calls = {"data": 0, "multi": 0}
    model.reload(keep_loaded=False)
    shots = []
    for with_delegate in (False, True):
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        if with_delegate:  # as the case list draws
            view.setItemDelegate(CaseCellDelegate(model, view))
        view.resize(500, 300)
        view.show()
        qtbot.waitExposed(view)
        model._cells = [None] * model.rowCount()
        model.calls.update(data=0, multi=0)
        shots.append(view.grab().toImage())  # paints the view now, as a paint event would
        visible = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
        assert 0 < visible < 60
        assert model.calls["data"] == 0  # never one call per role
        if with_delegate:
            assert model.calls["multi"] == 0  # the delegate reads the cells itself
            assert shots[1] == shots[0]  # and draws them as the stock delegate does
        else:
            assert 0 < model.calls["multi"] <= visible * len(Column)  # one per cell
        formatted = sum(1 for cells in model._cells if cells is not None)
        assert 0 < formatted <= visible + 1  # rows off screen are not formatted


def test_the_kinds_the_list_reloads_for_are_typed_change_kinds():
    import subprocess
    import sys

    from collector_desk.domain.changes import ChangeKind
    from collector_desk.ui.desk import case_list

    assert all(type(k) is ChangeKind for k in case_list.LIST_KINDS | case_list.WHOLE_LIST_KINDS)
    assert case_list.WHOLE_LIST_KINDS <= case_list.LIST_KINDS
    # The enum comes without the database layer (the window imports it before it shows).
    code = "import sys, collector_desk.domain.changes; print('sqlalchemy' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert found.stdout.strip() == "False", found.stderr
