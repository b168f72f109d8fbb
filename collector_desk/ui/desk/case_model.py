"""The case list's table model: keyset pages of `services.cases`, never the whole table.

Qt asks `canFetchMore`/`fetchMore` as the view scrolls; each call appends one
page of PAGE rows after the last row's key. Sorting and filtering change the
`CaseQuery` and reset the model: SQL does the work, not a proxy model (a proxy
can only filter rows already loaded).

Given a `run` (the window's OpRunner, see case_list), every page is read on a
worker thread: the rows shown stay until the new page arrives (no flicker), a
newer request supersedes an older one (a page for a query or a reset no longer
wanted is dropped), and `query` is the query of the rows shown. Without `run`
(tests, benches) pages are read at once.

The cells live in Qt (a QStandardItemModel), built with the page on the worker:
painting the list never calls into Python. A Python data() is called for every
role of every cell of a paint, and each call must take the GIL: while a worker
runs Python (a start of day, the Today plan) each take can wait a switch
interval, and a paint took 100-350 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from collector_desk.domain.money import format_fen
from collector_desk.ui import labels

if TYPE_CHECKING:
    from collector_desk.services.cases import CaseQuery, CaseRow
    from collector_desk.services.context import Desk

PAGE = 200
_ROOT = QModelIndex()
LOAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
# page(query, after, limit) -> rows
PageFetcher = Callable[["CaseQuery", "tuple[Any, str] | None", int], Sequence["CaseRow"]]
# run(work, on_done, on_error): work() on a worker thread, the callbacks on the GUI thread
PageRunner = Callable[
    [Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None
]


class Column(IntEnum):
    """Most used first: the left pane is narrow, so the contract number (also in the
    case's header once opened) comes last, where it may scroll or be hidden."""

    BORROWER = 0
    DPD = 1
    BUCKET = 2
    OVERDUE = 3
    PROMISE = 4
    NEXT = 5
    CONTRACT = 6


# Column -> services.cases.SortKey value; the first column per key is its header.
_SORTABLE: dict[int, str] = {
    Column.BORROWER: "name",
    Column.CONTRACT: "contract",
    Column.DPD: "dpd",
    Column.OVERDUE: "overdue",
}


def desk_fetcher(desk: Desk) -> PageFetcher:
    """Pages straight from the database (one short read per page, ~2 ms at 1M cases)."""
    from collector_desk.services import cases

    def fetch(query: CaseQuery, after: tuple[Any, str] | None, limit: int) -> list[CaseRow]:
        return cases.page(desk, query, after=after, limit=limit)

    return fetch


# Columns drawn greyed while a row is still being brought up to today.
_DERIVED = frozenset({Column.DPD, Column.BUCKET, Column.OVERDUE, Column.PROMISE, Column.NEXT})
UPDATING_FG = QColor("#9a9a9a")


_NUMERIC = frozenset({Column.DPD, Column.OVERDUE})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_BRUSHES: dict[str, QBrush] = {}


def _brush(name: str) -> QBrush:
    """Made once, when first needed."""
    brush = _BRUSHES.get(name)
    if brush is None:
        color = UPDATING_FG if name == "updating" else QColor("#b3261e")
        brush = _BRUSHES[name] = QBrush(color)
    return brush


def _updating_tip() -> str:
    return QCoreApplication.translate(
        "CaseList", "Updating: this case is still being brought up to today"
    )


PROMISE_CODES = ("none", "pending", "kept", "partly_kept", "broken")
NEXT_ACTION_CODES = ("", "confirm_promise", "broken_promise", "await_promise", "collect", "remind")


@dataclass(frozen=True)
class CellTexts:
    """The translated words of the list's cells, taken on the GUI thread: the
    workers that build cells never call the translator (Qt does not allow a
    translation while the GUI thread installs or removes a translator)."""

    promise_short: Mapping[str, str]
    promise_long: Mapping[str, str]
    next_action: Mapping[str, str]
    next_action_long: Mapping[str, str]
    updating: str
    outstanding: str  # "... {amount}"

    @classmethod
    def now(cls) -> CellTexts:
        return cls(
            promise_short={c: labels.promise_status_short(c) for c in PROMISE_CODES},
            promise_long={c: labels.promise_status(c) for c in PROMISE_CODES},
            next_action={c: labels.next_action_short(c) for c in NEXT_ACTION_CODES},
            next_action_long={c: labels.next_action(c) for c in NEXT_ACTION_CODES},
            updating=_updating_tip(),
            outstanding=QCoreApplication.translate("CaseList", "Outstanding in total: {amount}"),
        )


def _promise_text(row: CaseRow, t: CellTexts) -> str:
    text = t.promise_short.get(row.promise_status, row.promise_status)
    if row.promise_status == "pending" and row.promise_on is not None:
        return f"{text} {row.promise_on.month}/{row.promise_on.day}"
    return text


def _display(r: CaseRow, col: Column, t: CellTexts) -> Any:
    if col is Column.BORROWER:
        return r.borrower_masked
    if col is Column.CONTRACT:
        return r.contract_no
    if col is Column.DPD:
        return r.dpd
    if col is Column.BUCKET:
        return r.bucket
    if col is Column.OVERDUE:
        return format_fen(r.overdue_fen)
    if col is Column.PROMISE:
        return _promise_text(r, t)
    return t.next_action.get(r.next_action, r.next_action)


def row_items(r: CaseRow, t: CellTexts) -> list[QStandardItem]:
    """One row's cells with every role the list draws (on any thread: no QObject,
    no translator)."""
    out: list[QStandardItem] = []
    for col in Column:
        item = QStandardItem()
        item.setData(_display(r, col, t), Qt.ItemDataRole.DisplayRole)
        item.setData(r.loan_id, LOAN_ID_ROLE)
        item.setTextAlignment(_RIGHT if col in _NUMERIC else _LEFT)
        if r.updating and col in _DERIVED:
            # Not yet brought up to today: never drawn as if it were current.
            item.setForeground(_brush("updating"))
            item.setToolTip(t.updating)
        else:
            if (col is Column.PROMISE and r.promise_status in ("broken", "partly_kept")) or (
                col is Column.DPD and r.dpd >= 30
            ):
                item.setForeground(_brush("red"))
            if col is Column.PROMISE:
                item.setToolTip(t.promise_long.get(r.promise_status, r.promise_status))
            elif col is Column.NEXT and r.next_action:
                item.setToolTip(t.next_action_long.get(r.next_action, r.next_action))
            elif col is Column.OVERDUE:
                item.setToolTip(t.outstanding.format(amount=format_fen(r.outstanding_fen)))
        out.append(item)
    return out


_Page = tuple[list["CaseRow"], list[list[QStandardItem]]]


class CaseListModel(QStandardItemModel):
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
    ) -> None:
        super().__init__(0, len(Column), parent)
        self.setHorizontalHeaderLabels(column_titles())
        for section in Column:
            if section not in _SORTABLE:
                self.setHeaderData(
                    section,
                    Qt.Orientation.Horizontal,
                    QCoreApplication.translate("CaseList", "This column cannot be sorted"),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.page_size = page_size
        self.texts = CellTexts.now()  # the cells' words, in the window's language
        _brush("red"), _brush("updating")  # made here, shared by the workers after
        self._fetch = fetch
        self._run = run
        self._query = query  # the query of the rows shown
        self._wanted = query  # the query asked for last (a reset may be on its way)
        self._rows: list[CaseRow] = []
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

    def reload(self, *, keep_loaded: bool = True) -> None:
        """Re-read from the database; keep as many rows loaded as before (after a save).
        The rows shown stay until the new ones are in (`loaded_rows`)."""
        want = max(self.page_size, len(self._rows)) if keep_loaded else self.page_size
        query = self._wanted
        self._generation += 1
        generation = self._generation
        self._resetting = True

        def done(page: _Page) -> None:
            if generation != self._generation:
                return  # a newer reset was asked meanwhile
            self._reset_to(query, page, want)

        self._read(lambda: self._page(query, None, want), done, generation)

    def _page(self, query: CaseQuery, after: tuple[Any, str] | None, limit: int) -> _Page:
        rows = list(self._fetch(query, after, limit))
        return rows, [row_items(r, self.texts) for r in rows]

    def _read(
        self, work: Callable[[], _Page], done: Callable[[Any], None], generation: int
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

    def _reset_to(self, query: CaseQuery, page: _Page, want: int) -> None:
        rows, items = page
        self.beginResetModel()
        # One reset for the views, not a signal per row: they re-read it all at the end.
        self.blockSignals(True)
        try:
            self.removeRows(0, super().rowCount())
            for cells in items:
                self.appendRow(cells)
        finally:
            self.blockSignals(False)
        self._query = query
        self._rows = rows
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

    def refresh_rows(
        self,
        asked: Collection[str],
        fresh: Mapping[str, CaseRow],
        cells: Mapping[str, list[QStandardItem]] | None = None,
    ) -> bool:
        """Replace the loaded rows of the loans `asked` about by their `fresh` rows
        (`cells`: their `row_items`, built on the worker that read them).

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
        last = self.columnCount() - 1
        for n in changed:
            row = self._rows[n] = fresh[self._rows[n].loan_id]
            self.blockSignals(True)  # one dataChanged for the row, not one per cell
            try:
                made = cells.get(row.loan_id) if cells is not None else None
                for col, item in enumerate(made or row_items(row, self.texts)):
                    self.setItem(n, col, item)
            finally:
                self.blockSignals(False)
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        return True

    def _sorts_among_loaded(self, row: CaseRow) -> bool:
        """Would this row (not loaded) be listed before the last loaded row?"""
        if self._exhausted or not self._rows:
            return True  # every row of the query is loaded: a new one belongs in it
        from collector_desk.services.cases import SortKey

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

    # --- QAbstractItemModel overrides ----------------------------------------------------

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

        def done(page: _Page) -> None:
            if generation != self._generation:
                return  # reset meanwhile (the reset's page clears `_fetching`)
            if not self._rows_end_at(after):
                self._fetching = False  # the last row changed meanwhile: ask again
                return
            self._append(page)

        self._read(lambda: self._page(query, after, self.page_size), done, generation)

    def _rows_end_at(self, after: tuple[Any, str] | None) -> bool:
        return (self._rows[-1].key if self._rows else None) == after

    def _append(self, page: _Page) -> None:
        rows, items = page
        try:
            if len(rows) < self.page_size:
                self._exhausted = True
            if not rows:
                return
            first = len(self._rows)
            self._rows.extend(rows)
            # One rowsInserted for the page: the rows go in empty, their cells are
            # filled unheard (the views have not drawn them yet).
            self.insertRows(first, len(rows))
            self.blockSignals(True)
            try:
                for n, cells in enumerate(items, start=first):
                    for col, item in enumerate(cells):
                        self.setItem(n, col, item)
            finally:
                self.blockSignals(False)
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(first, 0), self.index(first + len(rows) - 1, last))
        finally:
            self._fetching = False

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
        from collector_desk.services.cases import SortKey

        return SortKey(value)

    @staticmethod
    def column_for(sort_key: str) -> int:
        return next(c for c, v in _SORTABLE.items() if v == str(sort_key))


def column_titles() -> list[str]:
    translate = QCoreApplication.translate
    by_column = {
        Column.BORROWER: translate("CaseList", "Borrower"),
        Column.DPD: translate("CaseList", "DPD"),
        Column.BUCKET: translate("CaseList", "Bucket"),
        Column.OVERDUE: translate("CaseList", "Overdue"),
        Column.PROMISE: translate("CaseList", "Promise"),
        Column.CONTRACT: translate("CaseList", "Contract"),
        Column.NEXT: translate("CaseList", "Next action"),
    }
    return [by_column[c] for c in Column]
