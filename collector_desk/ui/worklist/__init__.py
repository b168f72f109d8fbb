"""The worklist feature: the "Today" tab, the case pane's reach bar (dial, SMS,
reveal, flags) and Strategy tab, payments and debit results, the working-day
calendar, contact limits, the audit log and tray reminders.

`install(window)` is listed in ui/features.py FEATURES. The feature object is
kept by the window: `window.feature(WorklistFeature)`.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid

from collector_desk.domain.changes import ChangeKind
from collector_desk.ui.modal import run_modal, run_modal_after
from collector_desk.ui.typed_qt import box_layout, named

if TYPE_CHECKING:
    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow
    from collector_desk.ui.worklist.reach import ReachBar
    from collector_desk.ui.worklist.strategy_panel import StrategyPanel
    from collector_desk.ui.worklist.today_view import TodayView
    from collector_desk.ui.worklist.tray import TrayNotifier


# Change kinds that alter nothing the reach bar or strategy show.
NOT_SHOWN_KINDS = frozenset({ChangeKind.AUDIT, ChangeKind.PRACTICE})


class WorklistFeature(QObject):
    def __init__(self, window: MainWindow, *, in_slices: bool = False) -> None:
        """All at once, or with `in_slices` only the Today tab: `slices()` builds the rest."""
        super().__init__(window)
        self.window_ = window
        self.loan_id: str | None = None
        # Each part's module is imported where it is built (one slice each).
        from collector_desk.ui.worklist.today_view import TodayView

        self.today: TodayView = TodayView(window)
        window.left_tabs.addTab(self.today, QCoreApplication.translate("Worklist", "Today"))
        if not in_slices:
            for _ in self.slices():
                pass

    def slices(self) -> Iterator[None]:
        """The rest of the install after the Today tab, one piece per step (the
        feature installer runs one step per turn of the event loop)."""
        window = self.window_
        pane = window.case_pane
        from collector_desk.ui.worklist.strategy_panel import StrategyPanel

        self.strategy: StrategyPanel = StrategyPanel(window)
        pane.tabs.addTab(self.strategy, QCoreApplication.translate("Worklist", "Strategy"))
        yield
        from collector_desk.ui.worklist.reach import ReachBar

        self.reach: ReachBar = ReachBar(window)
        box_layout(pane).insertWidget(1, self.reach)
        yield
        from collector_desk.ui.worklist.tray import TrayNotifier

        self.tray: TrayNotifier = TrayNotifier(window, today_widget=self.today)
        self.today.plan_ready.connect(self.tray.on_plan)
        self.today.calendar_requested.connect(self.open_calendar)
        self._menus()
        yield
        window.changed.connect(self.on_changed)
        window.script_panel.identity_answered.connect(lambda _b: self._third_party_view())
        # The open case can change from several places (list, Today, after a save):
        # follow the case pane, which says when it shows another case.
        pane.detail_shown.connect(lambda _detail: self.sync_case())
        # A call still timed when the app quits is logged, as "not recorded".
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.reach.abandon)
        if pane.detail is not None:
            self.sync_case()  # a case opened while the feature was being installed
        if window.desk is not None:
            self.start()
        else:
            window.desk_attached.connect(self.start)

    def start(self) -> None:
        self.today.attach()
        self.window_.left_tabs.setCurrentWidget(self.today)

    def _menus(self) -> None:
        w = self.window_

        def add(menu: str, text: str, name: str, slot: Any, keys: str = "") -> QAction:
            action = named(QAction(text, w), name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            w.menus[menu].addAction(action)
            return action

        w.menus["cases"].addSeparator()
        add(
            "cases",
            QCoreApplication.translate("Worklist", "&Today's plan"),
            "actionToday",
            self.show_today,
            "Ctrl+T",
        )
        add(
            "cases",
            QCoreApplication.translate("Worklist", "Record a &payment…"),
            "actionPayment",
            self.record_payment,
            "Ctrl+Shift+P",
        )
        add(
            "cases",
            QCoreApplication.translate("Worklist", "Request to change the debit &account…"),
            "actionDebitAccountChange",
            self.request_account_change,
        )
        add(
            "file",
            QCoreApplication.translate("Worklist", "Import &debit results (回盘)…"),
            "actionDebitResults",
            self.import_debits,
        )
        add(
            "tools",
            QCoreApplication.translate("Worklist", "Working-day &calendar…"),
            "actionCalendar",
            self.open_calendar,
        )
        add(
            "tools",
            QCoreApplication.translate("Worklist", "Contact &limits…"),
            "actionLimits",
            self.open_limits,
        )
        add(
            "tools",
            QCoreApplication.translate("Worklist", "&Audit log…"),
            "actionAudit",
            self.open_audit,
        )

    # --- following the open case ------------------------------------------------------------

    def sync_case(self) -> None:
        detail = self.window_.case_pane.detail
        loan_id = detail.loan_id if detail is not None else None
        if loan_id == self.loan_id and (detail is None or detail is self.reach.detail):
            return
        self.loan_id = loan_id
        self.reach.show_case(detail)
        self.strategy.show_case(detail)
        self._third_party_view()

    def _third_party_view(self) -> None:
        """No strategy (debt details) while a third party is on the line."""
        tabs = self.window_.case_pane.tabs
        tabs.setTabVisible(tabs.indexOf(self.strategy), not self.window_.script_panel.third_party)

    def on_changed(self, changes: Any) -> None:
        self.today.on_changed(changes)
        if changes.kinds and changes.kinds <= NOT_SHOWN_KINDS:
            return  # an audit entry (a reveal) changes nothing these panes show
        if self.loan_id is not None and (self.loan_id in changes.loans or not changes.loans):
            if self.window_.calls.will_show_afresh(changes):
                return  # the pane's fresh detail comes with our first reads: sync_case then
            self.loan_id = None  # force a refresh from the (already refreshed) case pane
            self.sync_case()

    # --- actions -------------------------------------------------------------------------------

    def show_today(self) -> None:
        self.window_.left_tabs.setCurrentWidget(self.today)
        self.today.tree.setFocus()

    def record_payment(self) -> None:
        from collector_desk.ui.worklist.dialogs import PaymentDialog

        detail = self.window_.case_pane.detail
        if self.window_.desk is None or detail is None:
            self.window_.status_message(
                QCoreApplication.translate("Worklist", "Open a case first.")
            )
            return
        run_modal(
            PaymentDialog(
                self.window_, detail.loan_id, f"{detail.borrower_masked} · {detail.contract_no}"
            )
        )

    def request_account_change(self, note: str | None = None) -> None:
        """The borrower asks to be debited from another account: a note on the case and a
        task on the plan (a new mandate, signed in person; never changed on a call)."""
        from collector_desk.services.debit_followup import request_debit_account_change

        detail = self.window_.case_pane.detail
        desk = self.window_.desk
        if desk is None or detail is None:
            self.window_.status_message(
                QCoreApplication.translate("Worklist", "Open a case first.")
            )
            return
        if note is None:
            from PySide6.QtWidgets import QInputDialog

            note, ok = QInputDialog.getText(
                self.window_,
                QCoreApplication.translate("Worklist", "Change of debit account"),
                QCoreApplication.translate(
                    "Worklist",
                    "The account cannot be changed on a call: the borrower signs a new debit "
                    "mandate in person. Record the request as a task on the case?\n"
                    "Note (optional, no account number):",
                ),
            )
            if not ok:
                return
        loan_id = detail.loan_id

        def done(_changes: Any) -> None:
            if isValid(self.window_):
                self.window_.status_message(
                    QCoreApplication.translate(
                        "Worklist",
                        "Request recorded: a task on today's plan and a note on the case.",
                    )
                )

        self.window_.ops.write(
            lambda _progress: request_debit_account_change(desk, loan_id, note or ""),
            title=QCoreApplication.translate("Worklist", "Recording the request"),
            on_done=done,
        )

    def import_debits(self, path: str | None = None) -> None:
        from collector_desk.ui.worklist.dialogs import DebitReportDialog

        desk = self.window_.desk
        if desk is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.window_,
                QCoreApplication.translate("Worklist", "Debit result file"),
                "",
                QCoreApplication.translate("Worklist", "CSV files (*.csv *.txt);;All files (*)"),
            )
        if not path:
            return

        def work(progress: Any) -> Any:
            from collector_desk.exchange.debit_results import import_debit_results

            return import_debit_results(desk, Path(path), progress=progress)

        def done(report: Any) -> None:
            if not isValid(self.window_):
                return
            self.last_report = DebitReportDialog(report, self.window_)
            self.last_report.open()

        def failed(exc: BaseException) -> None:
            if not isValid(self.window_):
                return
            from collector_desk.ui.shell.errors import failure_line

            QMessageBox.warning(
                self.window_,
                QCoreApplication.translate("Worklist", "Debit result file"),
                failure_line(exc),
            )

        self.window_.ops.write(
            work,
            title=QCoreApplication.translate("Worklist", "Importing debit results"),
            on_done=done,
            on_error=failed,
            cancellable=True,
            quiet_ms=300,
        )

    def open_calendar(self) -> None:
        from collector_desk.ui.worklist.calendar_dialog import CalendarDialog

        if self.window_.desk is not None:
            plan = self.today.plan
            year = plan.fallback_years[-1] if plan and plan.fallback_years else None
            run_modal(CalendarDialog(self.window_, year))

    def open_limits(self) -> None:
        from collector_desk.services.contact_rules import current_limits
        from collector_desk.ui.worklist.dialogs import LimitsDialog

        desk = self.window_.desk
        if desk is not None:
            run_modal_after(
                self.window_.ops,
                lambda: (current_limits(desk).as_dict(), desk.setting("role") == "supervisor"),
                lambda data: LimitsDialog(self.window_, *data),
                parent=self.window_,
                key="limits-dialog",
            )

    def open_audit(self) -> None:
        from collector_desk.ui.worklist.audit_view import AuditDialog

        if self.window_.desk is not None:
            run_modal(AuditDialog(self.window_))


def install(ctx: FeatureContext) -> Generator[None, None, WorklistFeature]:
    """In slices (ui/feature_install.py): the Today tab first, then the rest."""
    feature = WorklistFeature(ctx.window, in_slices=True)
    yield
    yield from feature.slices()
    return feature
