"""Reminders while the app is open: a tray notification when a callback is due
or a reminder window of today's plan opens (once each).

Uses QSystemTrayIcon where the desktop has a tray; elsewhere the window's
status bar says the same. Works from the plan the Today tab last built, so it
reads nothing from the database itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from collector_desk.ui import labels
from collector_desk.ui.worklist import texts

if TYPE_CHECKING:
    from collector_desk.services.worklist import WorkItem, Worklist
    from collector_desk.ui.main_window import MainWindow

CHECK_MS = 30_000
# Windows that are "scheduled": their opening is worth a notification.
NOTIFY_KINDS = frozenset({"callback", "reminder", "confirm_due", "first_instalment", "promise_due"})


class TrayNotifier(QObject):
    def __init__(
        self,
        window: MainWindow,
        *,
        today_widget: Any = None,
        now: Callable[[], datetime] | None = None,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(window)
        self.window_ = window
        self.today_widget = today_widget
        self.now = now or (
            lambda: window.desk.now() if window.desk else datetime.now().astimezone()
        )
        self.plan: Worklist | None = None
        self.notified: set[tuple[str, str, str, str]] = set()
        self.shown: list[tuple[str, str]] = []  # (title, text), newest last
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            if icon is None:
                from collector_desk.paths import resource

                icon = QIcon(str(resource("icons", "app.png")))
            self.tray = QSystemTrayIcon(icon, window)
            self.tray.setToolTip(self.tr("Collector Desk"))
            self.tray.messageClicked.connect(self._bring_forward)
            self.tray.activated.connect(lambda _reason: self._bring_forward())
            self.tray.show()
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def on_plan(self, plan: Worklist) -> None:
        self.plan = plan
        self.check()

    def _open_now(self, item: WorkItem, now: datetime) -> bool:
        local = now.astimezone(ZoneInfo(item.tz))
        if self.plan is None or local.date() != self.plan.day:
            return False
        clock: time = local.time().replace(tzinfo=None)
        return item.window_start <= clock < item.window_end

    def check(self) -> None:
        """Notify the windows that are open now and were not notified before."""
        if self.plan is None:
            return
        now = self.now()
        opening = [
            i
            for i in self.plan.items
            if i.kind in NOTIFY_KINDS
            and not i.done
            and (i.kind, i.loan_id, i.ref, self.plan.day.isoformat()) not in self.notified
            and self._open_now(i, now)
        ]
        if not opening:
            return
        for i in opening:
            self.notified.add((i.kind, i.loan_id, i.ref, self.plan.day.isoformat()))
        for item in (i for i in opening if i.kind == "callback"):
            self.notify(self.tr("Callback due"), f"{item.borrower_masked} · {texts.reason(item)}")
        groups: dict[tuple[str, time, time], list[WorkItem]] = defaultdict(list)
        for item in (i for i in opening if i.kind != "callback"):
            groups[(item.kind, item.window_start, item.window_end)].append(item)
        for (kind, start, end), items in groups.items():
            names = "、".join(i.borrower_masked for i in items[:5])
            more = len(items) - 5
            text = self.tr("{n} to do now ({start}-{end}): {names}").format(
                n=len(items), start=f"{start:%H:%M}", end=f"{end:%H:%M}", names=names
            )
            if more > 0:
                text += self.tr(" and {n} more").format(n=more)
            self.notify(texts.section(kind), text)

    def notify(self, title: str, text: str) -> None:
        self.shown.append((title, text))
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self.window_.status_message(labels.labelled(title, text), 15_000)

    def _bring_forward(self) -> None:
        self.window_.showNormal()
        self.window_.raise_()
        self.window_.activateWindow()
        if self.today_widget is not None:
            self.window_.left_tabs.setCurrentWidget(self.today_widget)
