"""The left pane: search, bucket and promise filters with counts, and the case table.

Keyboard: Ctrl+F searches; Down or Enter in the search box goes to the list;
Up/Down move in the list, Enter opens the case. Pages and counts are read on
worker threads through the window's OpRunner (a count over a million cases is
not a frame's work); a newer query makes an older page's or count's answer
obsolete, and the rows shown stay until the new page is in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.changes import ChangeKind
from collector_desk.ui.desk import case_columns, case_filters
from collector_desk.ui.desk.case_counts import CaseCounts
from collector_desk.ui.desk.case_delegate import CaseCellDelegate
from collector_desk.ui.desk.case_model import LOAN_ID_ROLE, CaseListModel, Column
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.domain.changes import ChangeSet
    from collector_desk.services.cases import CaseQuery, CaseRow
    from collector_desk.services.context import Desk
    from collector_desk.ui.main_window import MainWindow
    from collector_desk.ui.ops import OpRunner

# Change kinds that can alter a list row.
LIST_KINDS = frozenset(
    {
        ChangeKind.CASE,
        ChangeKind.CALL,
        ChangeKind.PROMISE,
        ChangeKind.PAYMENT,
        ChangeKind.DEBIT,
        ChangeKind.ATTEMPT,
        ChangeKind.ASSIGNMENT,
        ChangeKind.SYNC,
        ChangeKind.DAY,
    }
)
# Without loan ids: every row may differ.
WHOLE_LIST_KINDS = frozenset({ChangeKind.DAY, ChangeKind.SYNC})
# Changes that may name a batch the filter does not offer yet.
BATCH_KINDS = frozenset({ChangeKind.PLACEMENT, ChangeKind.SYNC})
DAY = ChangeKind.DAY
SEARCH_DELAY_MS = 250


def _viewport() -> QWidget:
    """The table's viewport made in Python, as QAbstractScrollArea makes its own: the
    stock one, first seen through `viewport()`, makes PySide set up every widget class
    it might be (~80 enums, ~12 ms before the first page)."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    return viewport


class CaseListView(QWidget):
    open_requested = Signal(str)  # loan id
    counted = Signal(int)  # total of the current query, when known

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("caseListPane")
        self._window = window
        self.desk: Desk | None = None
        self.model: CaseListModel | None = None
        self.total: int | None = None
        self.bucket_counts: dict[str, int] = {}
        self._after_load: list[Callable[[], None]] = []
        self._previewed = False  # the first page is shown, the database not attached yet
        self._waiting_reads: list[tuple[Any, Any, Any]] = []
        self._open_when_attached: str | None = None

        self.search = named(QLineEdit(), "caseSearch")
        self.search.setPlaceholderText(self.tr("Name, contract, phone or ID tail (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _: self._search_timer.start())

        self.bucket = named(QComboBox(), "caseBucketFilter")
        self.bucket.setToolTip(self.tr("Show one bucket or DPD band"))
        self.promise = named(QComboBox(), "casePromiseFilter")
        case_filters.fill(self.bucket, case_filters.BUCKET_FILTERS, case_filters.bucket_text)
        case_filters.fill(self.promise, case_filters.PROMISE_FILTERS, case_filters.promise_text)
        self.promise.setToolTip(
            self.tr(
                "Show cases by the status of their latest promise, whatever its date. "
                "Partly kept (part paid) is counted apart from broken (nothing paid)."
            )
        )
        self.bucket.currentIndexChanged.connect(self._apply_filters)
        self.promise.currentIndexChanged.connect(self._apply_filters)
        # Head office's batches (批次号), once a file has named one: hidden till then.
        self.batch = named(QComboBox(), "caseBatchFilter")
        self.batch.setToolTip(self.tr("Show the cases of one batch head office placed"))
        self.batch.addItem(self.tr("All batches"), "")
        self.batch.hide()
        self.batch.currentIndexChanged.connect(self._apply_filters)

        self.count_label = named(QLabel(), "caseCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.table = named(QTableView(), "caseList")
        self.table.setViewport(_viewport())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Always there: the first page's rows would otherwise bring it in, and with it
        # a second layout and repaint of the list, its columns moving under the pointer.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setToolTip(self.tr("Up/Down to move, Enter to open the case"))
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)
        # Counts start once the list has painted its new rows (ui/desk/case_counts.py).
        self._counts = CaseCounts(self)

        filters = QHBoxLayout()
        filters.addWidget(self.bucket, 3)
        filters.addWidget(self.promise, 2)
        filters.addWidget(self.batch, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.search)
        lay.addLayout(filters)
        lay.addWidget(self.count_label)
        lay.addWidget(self.table, 1)

    # --- wiring ------------------------------------------------------------------------

    def show_first_page(self, query: CaseQuery, rows: list[CaseRow]) -> None:
        """The start's first page, read before the database is open, shown at once.
        Until `attach`, page reads (scrolling, a sort, a filter) wait, and a case asked
        to open opens then."""
        self._install(CaseListModel(self._fetch, query, self.table, run=self._read_page))
        assert self.model is not None
        self.model.show_rows(query, rows)
        self._previewed = True

    def attach(self, desk: Desk) -> None:
        # From domain, not services.cases: importing that module (its SQL) is a
        # worker's job, done by the first page's read.
        from collector_desk.domain.case_rows import CaseQuery

        self.desk = desk
        if self.model is not None and self._previewed:
            # The first page is on screen already: what waited for the database runs.
            self._previewed = False
            waiting, self._waiting_reads = self._waiting_reads, []
            for work, done, failed in waiting:
                self._read_page(work, done, failed)
            self._counts.request()
            opening, self._open_when_attached = self._open_when_attached, None
            if opening is not None:
                self.when_rows_in(lambda: self._open_loan(opening))
            self.when_rows_in(self.reload_batches)
            return
        self._install(CaseListModel(self._fetch, CaseQuery(), self.table, run=self._read_page))
        assert self.model is not None
        self.model.set_query(self._query())
        self._counts.request()
        self.when_rows_in(self.reload_batches)

    def reload_batches(self) -> None:
        """Read the batches off the GUI thread (after the rows: they come first)."""
        if self.desk is None:
            return
        desk = self.desk

        def work(progress: Any) -> list[str]:
            from collector_desk.services import cases

            return cases.batches(desk)

        self._window.ops.query(
            work, on_done=self._show_batches, key="case-batches", parent=self,
            title=self.tr("Reading batches"),
        )  # fmt: skip

    def _show_batches(self, names: list[str]) -> None:
        chosen = self.batch.currentData() or ""
        self.batch.blockSignals(True)
        try:
            while self.batch.count() > 1:
                self.batch.removeItem(1)
            for name in names:
                self.batch.addItem(self.tr("Batch {batch}").format(batch=name), name)
            at = self.batch.findData(chosen)
            self.batch.setCurrentIndex(max(at, 0))
        finally:
            self.batch.blockSignals(False)
        self.batch.setVisible(bool(names))
        if chosen and self.batch.currentData() != chosen:
            self._apply_filters()  # the chosen batch is gone: all batches again

    def _install(self, model: CaseListModel) -> None:
        self.model = model
        model.loaded_rows.connect(self._rows_in)
        model.failed.connect(self._page_failed)
        self.table.setModel(model)
        old = self.table.itemDelegate()
        self.table.setItemDelegate(CaseCellDelegate(model, self.table))
        if isinstance(old, CaseCellDelegate):  # the list was attached before
            old.deleteLater()
        case_columns.lay_out(self.table)
        header = self.table.horizontalHeader()
        header.setSortIndicator(Column.DPD, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        model.modelReset.connect(self._select_first_if_none)

    def counts_pending(self) -> bool:
        """A query's counts wait for its rows to be painted (they start after it)."""
        return self._counts.pending()

    def settled(self) -> bool:
        """The rows asked for are in and their counts shown (nothing of the list's
        own work is pending or running)."""
        return self._counts.settled()

    def when_settled(self, then: Callable[[], None]) -> None:
        """Call `then` once the list has shown its rows and their counts (at once when
        it has): what is not the list's waits so that it never shares their frames."""
        self._counts.when_settled(then)

    def window_ops(self) -> OpRunner:
        return self._window.ops

    def _fetch(self, query: CaseQuery, after: tuple[Any, str] | None, limit: int) -> list[CaseRow]:
        """One page from the database (on a worker; only once attached)."""
        from collector_desk.services import cases

        desk = self.desk
        assert desk is not None, "page reads wait for attach()"
        return cases.page(desk, query, after=after, limit=limit)

    def column_menu(self) -> QMenu:
        """The header's show/hide menu (ui/desk/case_columns.py)."""
        return case_columns.menu(self.table, self)

    def _read_page(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """The model's page reads, off the GUI thread; keyed: a newer read of this list
        supersedes an older one (a page of a query no longer shown is never delivered).
        Before `attach` (the first page shown early) they wait for the database."""
        if self.desk is None:
            self._waiting_reads.append((work, done, failed))
            return
        self._window.ops.query(
            lambda _progress: work(),
            on_done=done,
            on_error=failed,
            title=self.tr("Reading cases"),
            key=f"case-page:{id(self)}",
            parent=self,
        )

    def _page_failed(self, exc: BaseException) -> None:
        # Here, not at the top: the module is imported before the first page (~1 ms).
        from collector_desk.ui.shell.errors import failure_line

        self._after_load.clear()
        self._counts.cancel()
        self._window.status_message(
            self.tr("The cases could not be read: {error}").format(error=failure_line(exc))
        )

    def _rows_in(self) -> None:
        self._counts.rows_in()
        waiting, self._after_load = self._after_load, []
        for then in waiting:
            then()

    def when_rows_in(self, then: Callable[[], None]) -> None:
        """Call `then` once the page being read is shown (at once when none is)."""
        if self.model is not None and self.model.busy():
            self._after_load.append(then)
        else:
            then()

    def _query(self) -> CaseQuery:
        from collector_desk.domain.case_rows import CaseQuery

        current = self.model.wanted if self.model is not None else CaseQuery()
        bucket = self.bucket.currentData() or ""
        promise = self.promise.currentData() or ""
        return current.with_(
            buckets=frozenset({bucket}) if bucket else frozenset(),
            promise=frozenset({promise}) if promise else frozenset(),
            batch=self.batch.currentData() or "",
            search=self.search.text().strip(),
        )

    def _apply_filters(self) -> None:
        if self.model is None:
            return
        query = self._query()
        if query == self.model.wanted:
            return
        self.model.set_query(query)
        self._counts.request()

    def reload(self) -> None:
        if self.model is None:
            return
        current = self.current_loan_id()
        scrolled = self.table.verticalScrollBar().value()

        def restore() -> None:  # once the fresh rows are in: the same case, the same place
            if current is not None:
                self.select_loan(current)
            self.table.verticalScrollBar().setValue(scrolled)

        self._after_load.append(restore)
        self.model.reload()
        self._counts.request()

    def on_changed(self, changes: ChangeSet) -> None:
        """Reload only when a change can alter a row of the list (a reveal or a
        setting cannot: the list shows masked names), and only the changed rows."""
        if changes.touches(BATCH_KINDS):
            self.reload_batches()  # an intake or a bundle may name a new batch
        if not changes.touches(LIST_KINDS):
            return
        if not changes.loans:
            self.reload()
            return
        if DAY in changes.kinds:
            self._day_rows_current(changes.loans)
            return
        if changes.touches(WHOLE_LIST_KINDS):
            self.reload()
            return
        self.refresh_loans(changes.loans)

    def _day_rows_current(self, loan_ids: frozenset[str]) -> None:
        """A start-of-day step brought these loans up to today. The date alone moves
        no due date, name or contract number, so under those sorts and filters only
        the loaded rows can change; under a sort or filter on derived values
        (overdue amount, promise status) a row may move in, so the list reloads."""
        if self.model is None:
            return
        query = self.model.query
        derived_order = str(query.sort) == "overdue" or bool(query.promise)
        loaded = self.model.loaded_ids()
        if derived_order and not loan_ids <= loaded:
            self.reload()
            return
        on_screen = loan_ids & loaded
        if on_screen:
            self.refresh_loans(frozenset(on_screen), recount=False)

    def refresh_loans(self, loan_ids: frozenset[str], *, recount: bool = True) -> None:
        """Re-read just these loans' rows off the GUI thread, then recount."""
        if self.desk is None or self.model is None:
            return
        desk, model, query = self.desk, self.model, self.model.query

        def work(progress: Any) -> dict[str, CaseRow]:
            from collector_desk.services import cases

            return cases.rows_by_id(desk, query, loan_ids)

        def done(fresh: dict[str, CaseRow]) -> None:
            if model is not self.model or query != model.query:
                return  # the list shows another query now; it was read afresh
            if not model.refresh_rows(loan_ids, fresh):
                self.reload()
                return
            if recount:
                self._counts.request()

        # Not keyed: two refreshes in flight are about different rows.
        self._window.ops.query(work, on_done=done, title=self.tr("Refreshing cases"), parent=self)

    def visible_loan_ids(self) -> list[str]:
        """The loans of the rows on screen first, then the rest of the loaded rows
        (start of day brings these up first)."""
        if self.model is None:
            return []
        viewport = self.table.viewport()
        top = self.table.rowAt(0)
        bottom = self.table.rowAt(viewport.height() - 1)
        n = self.model.loaded()
        top = 0 if top < 0 else top
        bottom = n - 1 if bottom < 0 else bottom
        order = [*range(top, bottom + 1), *range(top), *range(bottom + 1, n)]
        return [self.model.row(i).loan_id for i in order if self.model.row(i).updating]

    # --- keyboard and opening -----------------------------------------------------------------

    def _show_tab(self) -> None:
        tabs = getattr(self._window, "left_tabs", None)
        if tabs is not None:
            tabs.setCurrentWidget(self)

    def focus_search(self) -> None:
        self._show_tab()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        self._show_tab()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._select_first_if_none()

    def _select_first_if_none(self) -> None:
        if (
            self.model is not None
            and self.model.rowCount()
            and not self.table.currentIndex().isValid()
        ):
            self.table.setCurrentIndex(self.model.index(0, 0))

    def current_loan_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(LOAN_ID_ROLE) if index.isValid() else None

    def select_loan(self, loan_id: str) -> bool:
        if self.model is None:
            return False
        row = self.model.row_of(loan_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _open_index(self, index: QModelIndex) -> None:
        loan_id = index.siblingAtColumn(0).data(LOAN_ID_ROLE)
        if not loan_id:
            return
        if self.desk is None:  # the first page came before the database: open it then
            self._open_when_attached = loan_id
            return
        self._open_loan(loan_id)

    def _open_loan(self, loan_id: str) -> None:
        self.open_requested.emit(loan_id)
        self._window.open_case(loan_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.table and enter:
            self._open_index(self.table.currentIndex())
            return True
        if watched is self.search and (enter or key == Qt.Key.Key_Down):
            if self._search_timer.isActive():
                self._search_timer.stop()
                self._apply_filters()
            self.focus_table()
            if enter:  # one match opens, once the search's page is in
                self.when_rows_in(self._open_if_single)
            return True
        return False

    def _open_if_single(self) -> None:
        if self.model is not None and self.model.rowCount() == 1:
            self._open_index(self.model.index(0, 0))

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.model is None:
            return
        if CaseListModel.sort_key_for(column) is None:
            # Not sortable: put the indicator back on the column that is sorted.
            q = self.model.query
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                CaseListModel.column_for(q.sort),
                Qt.SortOrder.DescendingOrder if q.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
