"""The "Today" tab: the day's plan, section by section, each item saying why it
is there and when in the day it is best done.

Enter (or a double click) opens the case; Space marks the item done (again:
undone). The plan is built on a worker thread and rebuilt when something that
changes it is saved, when the date changes, and every few minutes.

Reloading never holds up the GUI thread: a burst of change broadcasts (a save's,
the start of day's steps) makes one reload after it, never one each; a plan
that arrives is laid out as plain data first (`plan_tree.layout_plan`), then
applied to the tree by key (`_apply_steps`, `plan_tree.PlanTree`): rows whose item did not change stay as they are,
changed rows are updated in place, new rows are built detached in slices of at
most FILL_SLICE_MS between event-loop turns and attached to their section at
once.
"""

from __future__ import annotations

import html
import time
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from collector_desk.domain.changes import ChangeKind
from collector_desk.ui.typed_qt import date_of, date_popup, named
from collector_desk.ui.worklist import texts
from collector_desk.ui.worklist.plan_tree import ITEM_ROLE, Group, Node, PlanTree, layout_plan

if TYPE_CHECKING:
    from collector_desk.services.worklist import WorkItem, Worklist
    from collector_desk.ui.main_window import MainWindow

RELOAD_KINDS = frozenset(
    {
        ChangeKind.WORKLIST,
        ChangeKind.CASE,
        ChangeKind.CALL,
        ChangeKind.PROMISE,
        ChangeKind.PAYMENT,
        ChangeKind.ATTEMPT,
        ChangeKind.CALENDAR,
        ChangeKind.DEBIT,
        ChangeKind.FLAGS,
    }
)
DAY = ChangeKind.DAY  # without loan ids: the start of day is done
REFRESH_MS = 5 * 60 * 1000
RELOAD_DELAY_MS = 400  # a burst of change broadcasts within this makes one reload
FILL_SLICE_MS = 8  # building rows: at most this long before the event loop runs again
# Fitted to their contents after a reload; the time column has a fixed width (headings
# span it) and the reason stretches.
FIT_COLUMNS = (1, 2)
FIT_ROWS = 100  # rows measured to fit a column (near the visible ones)
WARN_STYLE = "background:#fff4d6; border:1px solid #e6c200; padding:4px 6px; border-radius:3px;"


class TodayView(QWidget):
    plan_ready = Signal(object)  # the Worklist just shown
    calendar_requested = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("todayView")
        self.window_ = window
        self.plan: Worklist | None = None
        self._loading = False
        self._again = False
        self.builds = 0  # plans asked of the worker so far (tests: one per burst)
        self._applying: Iterator[None] | None = None
        self._after_day = False  # waiting for the start of day's end to build the plan

        self.title = named(QLabel(), "todayTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.day = named(date_popup(), "todayDate")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setToolTip(self.tr("Plan another day"))
        self.day.dateChanged.connect(lambda _: self.reload())
        self.back_to_today = named(QPushButton(self.tr("Today")), "todayNow")
        self.back_to_today.clicked.connect(self.go_today)
        self.refresh = named(QPushButton(self.tr("Refresh")), "todayRefresh")
        self.refresh.clicked.connect(self.reload)
        self.title.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.back_to_today)
        top.addWidget(self.refresh)

        self.banner = named(QLabel(), "todayBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARN_STYLE)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.linkActivated.connect(lambda _: self.calendar_requested.emit())
        self.banner.hide()

        self.tree = named(QTreeWidget(), "todayTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Borrower"), self.tr("Amount"), self.tr("Why")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        # Widths fitted once after each reload (`_fit_columns`), not ResizeToContents:
        # that re-measures every row on each change, and expanding a heading of a
        # plan of 700 rows then costs 10 ms.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(True)
        # The time column holds a time range, a tick box and three levels of indent; the
        # section headings span every column, so they must not widen it (that left the
        # reason column too little room at 1366 px).
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(
            0, metrics.horizontalAdvance("00:00-00:00") + 3 * self.tree.indentation() + 28
        )
        self.tree.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.tree.currentItemChanged.connect(lambda cur, _prev: self._show_detail(cur))
        self.tree.itemChanged.connect(self._check_changed)
        self.tree.installEventFilter(self)

        self.detail = named(QLabel(), "todayDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet("background:#f6f8fa; padding:4px; border:1px solid #dde;")

        self.hint = named(
            QLabel(self.tr("Enter: open the case · Space: mark done · tick the box when done")),
            "todayHint",
        )
        self.hint.setStyleSheet("color:#666")

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.title)
        lay.addLayout(top)
        lay.addWidget(self.banner)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.detail)
        lay.addWidget(self.hint)

        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self._debounce = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self._slice = QTimer(self, singleShot=True, interval=0)
        self._slice.timeout.connect(self._apply_slice)
        self._shown = PlanTree(self.tree.invisibleRootItem())

    # --- loading -------------------------------------------------------------------------

    def attach(self) -> None:
        self.go_today()
        self._timer.start()

    def go_today(self) -> None:
        desk = self.window_.desk
        if desk is None:
            return
        today = desk.today()
        if date_of(self.day) == today:
            self.reload()
        else:
            self.day.setDate(QDate(today.year, today.month, today.day))  # reloads

    def _tick(self) -> None:
        desk = self.window_.desk
        # A new day: follow it if the user was looking at "today". The window brings
        # the cases up to the new day; its DAY change rebuilds the plan once more.
        if (
            desk is not None
            and self.plan is not None
            and self.plan.day < desk.today()
            and self.selected_day() == self.plan.day
        ):
            self.go_today()
            return
        self.reload()

    def selected_day(self) -> date:
        return date_of(self.day)

    def reload(self) -> None:
        desk = self.window_.desk
        if desk is None or self._waits_for_the_day():
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._debounce.stop()  # this reload answers every change asked so far
        self.builds += 1
        day = self.selected_day()

        def work(progress: Any) -> Worklist:
            from collector_desk.services import worklist

            return worklist.build(desk, day)

        def done(plan: Worklist) -> None:
            if not isValid(self):  # the window closed while the plan was being built
                return
            self.show_plan(plan)  # _loaded() once it is on screen

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._loading = False
            from collector_desk.ui.shell.errors import failure_line

            self.window_.status_message(
                self.tr("The plan could not be built: {error}").format(error=failure_line(exc))
            )

        self.window_.ops.query(
            work,
            title=self.tr("Building today's plan"),
            on_done=done,
            on_error=failed,
            parent=self,
            quiet_ms=1500,
        )

    def _waits_for_the_day(self) -> bool:
        """While the start of day brings the cases up, a plan would be built from the
        rows of an earlier day (at a million cases, beside it on the same database),
        then built again at its end: the plan waits for the end instead."""
        refresh = getattr(self.window_, "day_refresh", None)
        if refresh is None or not refresh.running:
            return False
        if not self._after_day:
            self._after_day = True
            refresh.finished.connect(self._day_done, Qt.ConnectionType.SingleShotConnection)
            self.title.setText(self.tr("Bringing the cases up to today; the plan follows."))
        return True

    def _day_done(self, _stale: int) -> None:
        self._after_day = False
        self._tick()

    def _loaded(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.reload()

    def request_reload(self) -> None:
        """Reload once the changes stop coming for RELOAD_DELAY_MS (one reload a burst)."""
        if self._loading:
            self._again = True  # the plan being built may predate this change
        else:
            self._debounce.start()

    def on_changed(self, changes: Any) -> None:
        if changes.kinds & RELOAD_KINDS:
            self.request_reload()
        elif DAY in changes.kinds and not changes.loans and not self._after_day:
            self._tick()  # start of day is done: the plan from today's state
        # DAY with loan ids (a start-of-day step): the end's DAY rebuilds the plan once.

    # --- showing -----------------------------------------------------------------------------

    def show_plan(self, plan: Worklist) -> None:
        """Put this plan on screen: unchanged rows stay, changed rows are updated, new
        rows are built in slices; `plan` and `plan_ready` follow once it is all shown."""
        first_fill = not any(
            k.item.isExpanded() for k in self._shown.root.kids if isinstance(k.node, Group)
        )
        self._applying = self._apply_steps(plan, list[Node](layout_plan(plan, first_fill)))
        self._apply_slice()

    def _apply_slice(self) -> None:
        steps = self._applying
        if steps is None:
            return
        deadline = time.perf_counter() + FILL_SLICE_MS / 1000
        self.tree.blockSignals(True)  # a check state set here is no user's tick
        try:
            for _ in steps:
                if time.perf_counter() >= deadline:
                    self._slice.start()  # the rest after the event loop has run
                    return
        finally:
            self.tree.blockSignals(False)
        if self._applying is steps:
            self._applying = None

    def _apply_steps(self, plan: Worklist, layout: list[Node]) -> Iterator[None]:
        """Bring the tree to `layout`, by key; yields after each row it builds or
        updates (the caller lets the event loop run between slices)."""
        current = self._current_key()
        yield from self._shown.sync(layout)
        if self._shown.touched:
            metrics = self.tree.fontMetrics()
            # At least a name and a six-figure amount: the rows measured may all be
            # headings (they span the columns and give these columns no width).
            least = {1: metrics.horizontalAdvance("欧阳**") + 16,
                     2: metrics.horizontalAdvance("¥000,000.00") + 16}  # fmt: skip
            for col in FIT_COLUMNS:
                self.tree.resizeColumnToContents(col)
                if self.tree.columnWidth(col) < least.get(col, 0):
                    self.tree.setColumnWidth(col, least[col])
        if self._shown.reattached:  # the view forgot the span and open state of those headings
            self._shown.reattached = False
            for shown in self._shown.groups():
                shown.item.setFirstColumnSpanned(True)
                shown.item.setExpanded(shown.open)
        else:
            for shown in self._shown.groups():
                if shown.item.isExpanded() != shown.open:
                    shown.item.setExpanded(shown.open)
        self.plan = plan
        open_items = sum(1 for i in plan.items if not i.done)
        self.title.setText(
            self.tr("Plan for {day}: {open} to do, {done} done").format(
                day=plan.day.isoformat(), open=open_items, done=len(plan.items) - open_items
            )
        )
        self._show_banner(plan)
        self.tree.blockSignals(False)
        self._restore_current(current)
        self.plan_ready.emit(plan)
        self._loaded()

    def _show_banner(self, plan: Worklist) -> None:
        lines = texts.plan_notices(plan)
        self.banner.setText("<br>".join(lines))
        self.banner.setVisible(bool(lines))

    def _show_detail(self, row: QTreeWidgetItem | None) -> None:
        item = row.data(0, ITEM_ROLE) if row is not None else None
        if item is None or not hasattr(item, "loan_id"):
            self.detail.setText("")
            return
        when = f"{item.window_start:%H:%M}-{item.window_end:%H:%M}"
        if item.tz != "Asia/Shanghai":
            when += f" ({item.tz})"
        state = self.tr("done") if item.done else self.tr("to do")
        self.detail.setText(
            f"<b>{html.escape(item.borrower_masked)}</b> · {html.escape(item.contract_no)} · {state}<br>"
            f"{html.escape(texts.reason(item))}<br>"
            + self.tr("Best time: {when}").format(when=html.escape(when))
        )

    def _current_key(self) -> tuple[str, str, str] | None:
        cur = self.tree.currentItem()
        data = cur.data(0, ITEM_ROLE) if cur is not None else None
        if data is None or not hasattr(data, "loan_id"):
            return None
        return (data.kind, data.loan_id, data.ref)

    def _restore_current(self, key: tuple[str, str, str] | None) -> None:
        if key is not None and self._current_key() == key:
            return  # its row stayed

        row = self._shown.find(key)
        if row is not None:
            self.tree.setCurrentItem(row)

    def rows(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []

        def walk(node: QTreeWidgetItem) -> None:
            for i in range(node.childCount()):
                child = node.child(i)
                if child is None:
                    continue
                if hasattr(child.data(0, ITEM_ROLE), "loan_id"):
                    out.append(child)
                walk(child)

        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None:
                walk(top)
        return out

    # --- acting ------------------------------------------------------------------------------

    def open_item(self, row: QTreeWidgetItem) -> None:
        item = row.data(0, ITEM_ROLE)
        if hasattr(item, "loan_id"):
            self.window_.open_case(item.loan_id)

    def toggle_done(self, row: QTreeWidgetItem) -> None:
        item = row.data(0, ITEM_ROLE)
        if not hasattr(item, "loan_id"):
            return
        self._set_done(item, not item.done)

    def _check_changed(self, row: QTreeWidgetItem, column: int) -> None:
        item = row.data(0, ITEM_ROLE)
        if column == 0 and hasattr(item, "loan_id"):
            want = row.checkState(0) == Qt.CheckState.Checked
            if want != item.done:
                self._set_done(item, want)

    def _set_done(self, item: WorkItem, done: bool) -> None:
        from collector_desk.services.worklist_tasks import mark_done

        desk = self.window_.desk
        if desk is None:
            return
        if item.kind == "trace" and done:
            # The checklist lives in the case pane; done here means every step.
            self.window_.open_case(item.loan_id)
            self.window_.status_message(
                self.tr("Tick the tracing steps in the case's Strategy tab.")
            )
            self.reload()
            return
        self.window_.ops.write(
            lambda progress: mark_done(desk, item.kind, item.loan_id, item.ref, undo=not done),
            title=self.tr("Marking done") if done else self.tr("Marking not done"),
            parent=self,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject.eventFilter
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            row = self.tree.currentItem()
            if event.key() == Qt.Key.Key_Space and row is not None:
                self.toggle_done(row)
                return True
        return False
