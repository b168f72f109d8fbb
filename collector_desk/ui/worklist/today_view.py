"""The "Today" tab: the day's plan, section by section, each item saying why it
is there and when in the day it is best done.

Enter (or a double click) opens the case; Space marks the item done (again:
undone). The plan is built on a worker thread and rebuilt when something that
changes it is saved, when the date changes, and every few minutes.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
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

from collector_desk.domain.money import format_fen
from collector_desk.ui.worklist import texts

BROKEN_LOOKBACK_DAYS = 30  # services.worklist_sections looks back this far

if TYPE_CHECKING:
    from collector_desk.services.worklist import WorkItem, Worklist

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
RELOAD_KINDS = frozenset(
    {"worklist", "case", "call", "promise", "payment", "attempt", "calendar", "debit", "flags"}
)
DAY = "day"  # ChangeKind.DAY; without loan ids: the start of day is done
REFRESH_MS = 5 * 60 * 1000
DONE_FG = QColor("#8a8a8a")
WARN_STYLE = "background:#fff4d6; border:1px solid #e6c200; padding:4px 6px; border-radius:3px;"


class TodayView(QWidget):
    plan_ready = Signal(object)  # the Worklist just shown
    calendar_requested = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.setObjectName("todayView")
        self.window_ = window
        self.plan: Worklist | None = None
        self._loading = False
        self._again = False

        self.title = QLabel(objectName="todayTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.day = QDateEdit(objectName="todayDate", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setToolTip(self.tr("Plan another day"))
        self.day.dateChanged.connect(lambda _: self.reload())
        self.back_to_today = QPushButton(self.tr("Today"), objectName="todayNow")
        self.back_to_today.clicked.connect(self.go_today)
        self.refresh = QPushButton(self.tr("Refresh"), objectName="todayRefresh")
        self.refresh.clicked.connect(self.reload)
        self.title.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.back_to_today)
        top.addWidget(self.refresh)

        self.banner = QLabel(objectName="todayBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARN_STYLE)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.linkActivated.connect(lambda _: self.calendar_requested.emit())
        self.banner.hide()

        self.tree = QTreeWidget(objectName="todayTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Borrower"), self.tr("Amount"), self.tr("Why")]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # The time column holds a time range, a tick box and three levels of indent; the
        # section headings span every column, so they must not widen it (that left the
        # reason column too little room at 1366 px).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(
            0, metrics.horizontalAdvance("00:00-00:00") + 3 * self.tree.indentation() + 28
        )
        self.tree.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.tree.currentItemChanged.connect(lambda cur, _prev: self._show_detail(cur))
        self.tree.itemChanged.connect(self._check_changed)
        self.tree.installEventFilter(self)

        self.detail = QLabel(objectName="todayDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet("background:#f6f8fa; padding:4px; border:1px solid #dde;")

        self.hint = QLabel(
            self.tr("Enter: open the case · Space: mark done · tick the box when done"),
            objectName="todayHint",
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
        self._debounce = QTimer(self, singleShot=True, interval=400)
        self._debounce.timeout.connect(self.reload)

    # --- loading -------------------------------------------------------------------------

    def attach(self) -> None:
        self.go_today()
        self._timer.start()

    def go_today(self) -> None:
        desk = self.window_.desk
        if desk is None:
            return
        today = desk.today()
        if self.day.date().toPython() == today:
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
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def reload(self) -> None:
        desk = self.window_.desk
        if desk is None:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        day = self.selected_day()

        def work(progress: Any) -> Worklist:
            from collector_desk.services import worklist

            return worklist.build(desk, day)

        def done(plan: Worklist) -> None:
            if not isValid(self):  # the window closed while the plan was being built
                return
            self._loading = False
            self.show_plan(plan)
            if self._again:
                self._again = False
                self.reload()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._loading = False
            self.window_.status_message(
                self.tr("The plan could not be built: {error}").format(error=exc)
            )

        self.window_.ops.query(
            work,
            title=self.tr("Building today's plan"),
            on_done=done,
            on_error=failed,
            parent=self,
            quiet_ms=1500,
        )

    def on_changed(self, changes: Any) -> None:
        if changes.kinds & RELOAD_KINDS:
            self._debounce.start()
        elif DAY in changes.kinds and not changes.loans:
            self._tick()  # start of day is done: the plan from today's state

    # --- showing -----------------------------------------------------------------------------

    def show_plan(self, plan: Worklist) -> None:
        from collector_desk.services.worklist import SECTION_ORDER

        self.plan = plan
        open_items = sum(1 for i in plan.items if not i.done)
        self.title.setText(
            self.tr("Plan for {day}: {open} to do, {done} done").format(
                day=plan.day.isoformat(), open=open_items, done=len(plan.items) - open_items
            )
        )
        self._show_banner(plan)
        expanded = {
            self.tree.topLevelItem(i).data(0, ITEM_ROLE)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()
        }
        current = self._current_key()
        self.tree.blockSignals(True)
        self.tree.clear()
        first_fill = not expanded
        for kind in SECTION_ORDER:
            items = [i for i in plan.items if i.kind == kind.value]
            if not items:
                continue
            todo = sum(1 for i in items if not i.done)
            head = QTreeWidgetItem(
                [
                    self.tr("{section}: {todo} to do of {n}").format(
                        section=texts.section(kind.value), todo=todo, n=len(items)
                    )
                ]
            )
            head.setToolTip(0, texts.section_meaning(kind.value, BROKEN_LOOKBACK_DAYS))
            head.setData(0, ITEM_ROLE, kind.value)
            head.setFirstColumnSpanned(True)
            bold = QFont(head.font(0))
            bold.setBold(True)
            head.setFont(0, bold)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            parent = head
            band = None
            group = None
            if kind.value == "promise_broken":  # broken and partly kept, as the list counts
                items.sort(key=lambda i: i.reason != "promise_broken")
            for item in items:
                if kind.value == "promise_broken" and item.reason != group:
                    group = item.reason
                    n = sum(1 for i in items if i.reason == group)
                    parent = QTreeWidgetItem(
                        [f"{texts.promise_group(group, BROKEN_LOOKBACK_DAYS)} · {n}"]
                    )
                    parent.setData(0, ITEM_ROLE, f"promise:{group}")
                    head.addChild(parent)
                    parent.setFirstColumnSpanned(True)
                    parent.setExpanded(True)
                if kind.value == "collect" and item.band != band:
                    band = item.band
                    total = plan.band_totals.get(band, 0)
                    shown = sum(1 for i in items if i.band == band)
                    parent = QTreeWidgetItem(
                        [
                            texts.band(band) + f" ({shown}/{total})"
                            if total > shown
                            else texts.band(band)
                        ]
                    )
                    parent.setData(0, ITEM_ROLE, f"band:{band}")
                    head.addChild(parent)
                    parent.setFirstColumnSpanned(True)
                    parent.setExpanded(True)
                parent.addChild(self._row(item))
            head.setExpanded(first_fill or kind.value in expanded)
        self.tree.blockSignals(False)
        self._restore_current(current)
        self.plan_ready.emit(plan)

    def _show_banner(self, plan: Worklist) -> None:
        lines = []
        if plan.fallback_years:
            years = ", ".join(str(y) for y in plan.fallback_years)
            lines.append(
                self.tr(
                    "No official holiday calendar for {years} yet: the statutory holidays are "
                    "computed from the rules (provisional, no make-up working days). "
                    "<a href='calendar'>Add holidays and make-up working days…</a>"
                ).format(years=years)
            )
        if not plan.is_workday:
            lines.append(self.tr("{day} is not a working day.").format(day=plan.day.isoformat()))
        if plan.truncated:
            names = ", ".join(texts.section(k) for k in sorted(plan.truncated))
            lines.append(
                self.tr("Only the first part of these sections is shown: {names}.").format(
                    names=names
                )
            )
        self.banner.setText("<br>".join(lines))
        self.banner.setVisible(bool(lines))

    def _row(self, item: WorkItem) -> QTreeWidgetItem:
        why = texts.reason(item, short=True)
        row = QTreeWidgetItem(
            [
                f"{item.window_start:%H:%M}-{item.window_end:%H:%M}",
                item.borrower_masked,
                format_fen(item.amount_fen) if item.amount_fen else "",
                why,
            ]
        )
        row.setToolTip(3, texts.reason(item))  # in full, however narrow the column
        row.setData(0, ITEM_ROLE, item)
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(0, Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
        row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for col in range(4):
            row.setToolTip(col, f"{why}\n{item.contract_no}")
            if item.done:
                row.setForeground(col, QBrush(DONE_FG))
        return row

    def _show_detail(self, row: QTreeWidgetItem | None) -> None:
        item = row.data(0, ITEM_ROLE) if row is not None else None
        if not hasattr(item, "loan_id"):
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
        return (data.kind, data.loan_id, data.ref) if hasattr(data, "loan_id") else None

    def _restore_current(self, key: tuple[str, str, str] | None) -> None:
        for row in self.rows():
            data = row.data(0, ITEM_ROLE)
            if key is None or (data.kind, data.loan_id, data.ref) == key:
                self.tree.setCurrentItem(row)
                return

    def rows(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []

        def walk(node: QTreeWidgetItem) -> None:
            for i in range(node.childCount()):
                child = node.child(i)
                if hasattr(child.data(0, ITEM_ROLE), "loan_id"):
                    out.append(child)
                walk(child)

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
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
