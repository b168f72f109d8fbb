"""The case list's counts (the total and one per filter), read off the GUI thread.

A new query's counts start once the list has painted its new rows (ui/after_paint.py),
at once when the list is not shown. Only the newest query's counts are shown. The
list is *settled* when its rows are in and their counts shown: what is not the
list's own work (the features, at the start) waits for that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from collector_desk.ui.after_paint import AfterPaint
from collector_desk.ui.desk import case_filters

if TYPE_CHECKING:
    from collector_desk.ui.desk.case_list import CaseListView


class CaseCounts(QObject):
    def __init__(self, view: CaseListView) -> None:
        super().__init__(view)
        self._view = view
        self._running = False  # the counts of the query shown are being read
        self._when_settled: list[Callable[[], None]] = []
        self._after_paint = AfterPaint(
            view.table.viewport(),
            lambda: view.model is not None and not view.model.busy(),
            self._recount,
        )

    def request(self) -> None:
        """Count the query asked for, once its rows are painted."""
        self._after_paint.request()

    def rows_in(self) -> None:
        self._after_paint.rows_in()
        self.check_settled()

    def cancel(self) -> None:
        self._after_paint.cancel()
        self.check_settled()

    def pending(self) -> bool:
        return self._after_paint.pending()

    def settled(self) -> bool:
        model = self._view.model
        return not (
            (model is not None and model.busy()) or self._after_paint.pending() or self._running
        )

    def when_settled(self, then: Callable[[], None]) -> None:
        if self.settled():
            then()
        else:
            self._when_settled.append(then)

    def check_settled(self) -> None:
        if self._when_settled and self.settled():
            waiting, self._when_settled = self._when_settled, []
            for then in waiting:
                then()

    def _recount(self) -> None:
        view = self._view
        if view.desk is None or view.model is None:
            self.check_settled()
            return
        query, desk = view.model.wanted, view.desk

        def work(progress: Any) -> tuple[int, dict[str, int]]:
            from collector_desk.services import cases

            found = cases.counts(desk, query)
            return found.total, found.per_filter

        def done(result: tuple[int, dict[str, int]]) -> None:
            self._running = False
            view.total, view.bucket_counts = result
            self._show()
            view.counted.emit(view.total)
            self.check_settled()

        def failed(exc: BaseException) -> None:
            from collector_desk.ui.shell.errors import show_failure

            self._running = False
            self.check_settled()
            show_failure(view, QCoreApplication.translate("CaseListView", "Counting cases"), exc)

        # Keyed: only the newest count delivers, an older query's answer is dropped.
        self._running = True
        view.window_ops().query(
            work,
            on_done=done,
            on_error=failed,
            title=QCoreApplication.translate("CaseListView", "Counting cases"),
            key="case-counts",
            parent=view,
        )

    def _show(self) -> None:
        view = self._view
        total = view.total or 0
        found = QCoreApplication.translate("CaseListView", "Cases found: {n}")
        view.count_label.setText(found.format(n=f"{total:,}"))
        case_filters.show_counts(view.bucket, view.promise, view.bucket_counts)
