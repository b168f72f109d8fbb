"""The case list's table model: keyset pages of `services.cases`, never the whole table.

A query starts with FIRST_PAGE rows; Qt asks `canFetchMore`/`fetchMore` as the
view scrolls, and each call appends one page of PAGE rows after the last row's key. Sorting and filtering change the
`CaseQuery` and reset the model: SQL does the work, not a proxy model (a proxy
can only filter rows already loaded).

Given a `run` (the window's OpRunner, see case_list), every page is read on a
worker thread: the rows shown stay until the new page arrives (no flicker), a
newer request supersedes an older one (a page for a query or a reset no longer
wanted is dropped), and `query` is the query of the rows shown. Without `run`
(tests, benches) pages are read at once.

The model holds plain `CaseRow`s: a worker reads them and makes no Qt object;
the GUI thread swaps them in (one reset, or one insert per page). A cell is
formatted when a view first asks for it (case_cells.py), so a page costs what
its visible cells cost, not 1,400 items. Each call from Qt into Python takes
the GIL, and under a worker busy in Python each take may wait a switch
interval, so a paint calls in as few times as it can: the list draws through
`CaseCellDelegate` (one call per cell, reading the formatted cell itself) and
the model answers `index()` itself (the stock one calls rowCount and
columnCount per cell); other views get all of a cell's roles from one
`multiData` call, or each from `data()`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from collector_desk.ui.desk.case_cells import (
    ALIGNMENT,
    COLUMNS,
    LOAN_ID_ROLE,
    NEXT_ACTION_CODES,
    PROMISE_CODES,
    UPDATING_FG,
    Brushes,
    CellTexts,
    Column,
    RowCells,
    column_titles,
    row_cells,
    tooltip,
)

if TYPE_CHECKING:
    from collector_desk.services.cases import CaseQuery, CaseRow
    from collector_desk.services.context import Desk

__all__ = [
    "FIRST_PAGE",
    "LOAN_ID_ROLE",
    "NEXT_ACTION_CODES",
    "PAGE",
    "PROMISE_CODES",
    "UPDATING_FG",
    "CaseListModel",
    "CellTexts",
    "Column",
    "column_titles",
    "desk_fetcher",
]

PAGE = 200
# A query's first page: what a tall window shows (about 40 rows) with some to scroll
# to; the next pages are PAGE rows. Reading and handing over 200 rows took twice the
# time of 64 (1.5 against 0.7 ms of a worker's CPU at 1M cases).
FIRST_PAGE = 64
Index = QModelIndex | QPersistentModelIndex
# page(query, after, limit) -> rows
PageFetcher = Callable[["CaseQuery", "tuple[Any, str] | None", int], Sequence["CaseRow"]]
# run(work, on_done, on_error): work() on a worker thread, the callbacks on the GUI thread
PageRunner = Callable[
    [Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None
]

# Column -> services.cases.SortKey value; the first column per key is its header.
_SORTABLE: dict[int, str] = {
    Column.BORROWER: "name",
    Column.CONTRACT: "contract",
    Column.DPD: "dpd",
    Column.OVERDUE: "overdue",
}

# Roles as plain ints, looked up once: PySide6's enum conversions cost more than a cell.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FG = int(Qt.ItemDataRole.ForegroundRole.value)
_TIP = int(Qt.ItemDataRole.ToolTipRole.value)
_LOAN = int(LOAN_ID_ROLE)
_HORIZONTAL = Qt.Orientation.Horizontal


def desk_fetcher(desk: Desk) -> PageFetcher:
    """Pages straight from the database (one short read per page, ~1 ms at 1M cases)."""
    from collector_desk.services import cases

    def fetch(query: CaseQuery, after: tuple[Any, str] | None, limit: int) -> list[CaseRow]:
        return cases.page(desk, query, after=after, limit=limit)

    return fetch


class CaseListModel(QAbstractTableModel):
    loaded_rows = Signal()  # a reload's (or set_query's) rows are in (after modelReset)
    failed = Signal(object)  # a page could not be read (the exception)

    def __init__(
        self,
        fetch: PageFetcher,
        query: CaseQuery,
        parent: Any = None,
        *,
        page_size: int = PAGE,
        run: PageRunner | None = None,
        first_page: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.first_page = min(page_size, FIRST_PAGE) if first_page is None else first_page
        self.texts = CellTexts.now()  # the cells' words, in the window's language
        self._brushes = Brushes()
        self._titles = column_titles()
        self._fetch = fetch
        self._run = run
        self._query = query  # the query of the rows shown
        self._wanted = query  # the query asked for last (a reset may be on its way)
        self._rows: list[CaseRow] = []
        self._cells: list[RowCells | None] = []  # formatted when first asked for
        self._exhausted = True
        self._fetching = False
        self._resetting = False  # a reset's page is being read
        self._generation = 0  # one more per reset asked: older answers are obsolete

    # --- state ---------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def wanted(self) -> CaseQuery:
        """The query asked for last (its rows may still be on their way)."""
        return self._wanted

    def busy(self) -> bool:
        """A page is being read."""
        return self._resetting or self._fetching

    def set_query(self, query: CaseQuery) -> None:
        """Show what this query selects, from its first page."""
        self._wanted = query
        self.reload(keep_loaded=False)

    def show_rows(self, query: CaseQuery, rows: list[CaseRow]) -> None:
        """Show rows read elsewhere as the first page of `query` (the start's first
        page, read before the database is open); the next pages are fetched as usual."""
        self._generation += 1  # any read on its way is for rows no longer shown
        self._wanted = query
        self._reset_to(query, rows, self.page_size)

    def reload(self, *, keep_loaded: bool = True) -> None:
        """Re-read from the database; keep as many rows loaded as before (after a save).
        The rows shown stay until the new ones are in (`loaded_rows`)."""
        want = max(self.first_page, len(self._rows)) if keep_loaded else self.first_page
        query = self._wanted
        self._generation += 1
        generation = self._generation
        self._resetting = True

        def done(rows: list[CaseRow]) -> None:
            if generation != self._generation:
                return  # a newer reset was asked meanwhile
            self._reset_to(query, rows, want)

        self._read(lambda: list(self._fetch(query, None, want)), done, generation)

    def _read(
        self, work: Callable[[], list[CaseRow]], done: Callable[[Any], None], generation: int
    ) -> None:
        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._resetting = self._fetching = False
            self.failed.emit(exc)

        if self._run is not None:
            self._run(work, done, failed)
            return
        try:
            rows = work()
        except BaseException:
            if generation == self._generation:
                self._resetting = self._fetching = False
            raise
        done(rows)

    def _reset_to(self, query: CaseQuery, rows: list[CaseRow], want: int) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = rows
        self._cells = [None] * len(rows)
        self._exhausted = len(rows) < want
        self._resetting = False
        # Listeners of modelReset (views, testers) may ask for more at once; insert
        # nothing from inside our own reset notification, they ask again later.
        self._fetching = True
        try:
            self.endResetModel()
        finally:
            self._fetching = False
        self.loaded_rows.emit()

    def refresh_rows(self, asked: Collection[str], fresh: Mapping[str, CaseRow]) -> bool:
        """Replace the loaded rows of the loans `asked` about by their `fresh` rows.

        Only rows that stay where they are change (dataChanged per row). False when
        a loan left the query, its sort key moved, or a loan not loaded now sorts
        among the loaded rows: the caller reloads instead.
        """
        at = {r.loan_id: n for n, r in enumerate(self._rows)}
        changed: list[int] = []
        for loan_id in asked:
            n = at.get(loan_id)
            if n is None:
                if loan_id in fresh and self._sorts_among_loaded(fresh[loan_id]):
                    return False  # it now belongs among the loaded rows
                continue
            row = fresh.get(loan_id)
            if row is None or row.key != self._rows[n].key:
                return False
            changed.append(n)
        last = COLUMNS - 1
        for n in changed:
            self._rows[n] = fresh[self._rows[n].loan_id]
            self._cells[n] = None  # formatted again when next drawn
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        return True

    def _sorts_among_loaded(self, row: CaseRow) -> bool:
        """Would this row (not loaded) be listed before the last loaded row?"""
        if self._exhausted or not self._rows:
            return True  # every row of the query is loaded: a new one belongs in it
        from collector_desk.domain.case_rows import SortKey

        last = self._rows[-1].key
        # The SQL order: DPD descending is due date ascending.
        descending = self._query.descending != (self._query.sort == SortKey.DPD)
        try:
            return bool(row.key > last) if descending else bool(row.key < last)
        except TypeError:  # a missing sort value: be safe
            return True

    def row(self, n: int) -> CaseRow:
        return self._rows[n]

    def loaded_ids(self) -> frozenset[str]:
        return frozenset(r.loan_id for r in self._rows)

    def row_of(self, loan_id: str) -> int | None:
        for n, r in enumerate(self._rows):
            if r.loan_id == loan_id:
                return n
        return None

    def loaded(self) -> int:
        return len(self._rows)

    # --- cells ----------------------------------------------------------------------------

    def _row_cells(self, n: int) -> RowCells:
        cells = self._cells[n]
        if cells is None:
            cells = self._cells[n] = row_cells(self._rows[n], self.texts, self._brushes)
        return cells

    def _value(self, n: int, col: int, role: int) -> Any:
        if role == _DISPLAY:
            return self._row_cells(n)[col][0]
        if role == _FG:
            return self._row_cells(n)[col][1]
        if role == _ALIGN:
            return ALIGNMENT[col] or None
        if role == _TIP:
            return tooltip(self._rows[n], col, self.texts)
        if role == _LOAN:
            return self._rows[n].loan_id
        return None

    # --- QAbstractItemModel overrides ----------------------------------------------------

    def index(
        self,
        row: int,
        column: int,
        parent: Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:  # QAbstractItemModel.index
        # A paint asks for every cell's index: one call into Python here, where the
        # stock one would call rowCount and columnCount for each.
        if 0 <= row < len(self._rows) and 0 <= column < COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:  # QAbstractItemModel.data
        n = index.row()
        if not index.isValid() or n >= len(self._rows):
            return None
        return self._value(n, index.column(), int(role))

    def multiData(
        self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData
    ) -> None:  # QAbstractItemModel.multiData
        """Every role a paint asks of one cell, in one call (see the module's note)."""
        entries = (
            (roleDataSpan,)
            if isinstance(roleDataSpan, QModelRoleData)
            else cast("Iterable[QModelRoleData]", roleDataSpan)  # a span iterates
        )
        n = index.row()
        if not index.isValid() or n >= len(self._rows):
            for entry in entries:
                entry.clearData()
            return
        col = index.column()
        display, fg = self._row_cells(n)[col]
        for entry in entries:
            role = entry.role()
            if role == _DISPLAY:
                entry.setData(display)
            elif role == _FG and fg is not None:
                entry.setData(fg)
            elif role == _ALIGN and ALIGNMENT[col]:
                entry.setData(ALIGNMENT[col])
            elif role in (_TIP, _LOAN):
                entry.setData(self._value(n, col, role))
            else:
                entry.clearData()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:  # QAbstractItemModel.headerData
        if orientation != _HORIZONTAL or not 0 <= section < COLUMNS:
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._titles[section]
        if role == _TIP and section not in _SORTABLE:
            return self.texts.unsortable
        return None

    def canFetchMore(self, parent: Index) -> bool:  # QAbstractItemModel.canFetchMore
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._fetching
            and not self._resetting
        )

    def fetchMore(self, parent: Index) -> None:  # QAbstractItemModel.fetchMore
        # A view (or the model tester) may ask again from inside our own insert
        # signals; the rows are not appended yet then, so that page would repeat.
        # While a reset's page is on its way the rows shown are obsolete: no more of them.
        if parent.isValid() or self._exhausted or self._fetching or self._resetting:
            return
        self._fetching = True
        query, generation = self._query, self._generation
        after = self._rows[-1].key if self._rows else None

        def done(rows: list[CaseRow]) -> None:
            if generation != self._generation:
                return  # reset meanwhile (the reset's page clears `_fetching`)
            if not self._rows_end_at(after):
                self._fetching = False  # the last row changed meanwhile: ask again
                return
            self._append(rows)

        self._read(lambda: list(self._fetch(query, after, self.page_size)), done, generation)

    def _rows_end_at(self, after: tuple[Any, str] | None) -> bool:
        return (self._rows[-1].key if self._rows else None) == after

    def _append(self, rows: list[CaseRow]) -> None:
        try:
            if len(rows) < self.page_size:
                self._exhausted = True
            if not rows:
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._cells.extend([None] * len(rows))
            self.endInsertRows()
        finally:
            self._fetching = False

    def painted_cell(self, n: int, col: int) -> tuple[Any, QColor | None] | None:
        """What a paint draws in a cell: (its text or number, its colour or None)."""
        if not 0 <= n < len(self._rows):
            return None
        return self._row_cells(n)[col]

    def sort(
        self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    ) -> None:  # QAbstractItemModel.sort
        key = self.sort_key_for(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._wanted.sort, self._wanted.descending):
            return
        self.set_query(self._wanted.with_(sort=key, descending=descending))

    @staticmethod
    def sort_key_for(column: int) -> Any:
        """The services.cases.SortKey of a column (None: not sortable)."""
        value = _SORTABLE.get(column)
        if value is None:
            return None
        from collector_desk.domain.case_rows import SortKey

        return SortKey(value)

    @staticmethod
    def column_for(sort_key: str) -> int:
        return next(c for c, v in _SORTABLE.items() if v == str(sort_key))
