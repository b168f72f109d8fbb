"""The promise's date field: a calendar popup that offers only the promise window.

Qt's QDateEdit with a minimum and maximum swallows a typed digit that would leave
the range and puts the old date back, without a word. Here the field itself takes
any date (so the form can say why one is refused, beside the field), while the
popup's calendar is limited to the window: days outside it are disabled and drawn
grey. The popup re-reads the edit's range each time it opens, so the window is put
back on its calendar when it shows.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

from collector_desk.ui.typed_qt import named

OUTSIDE_FG = QColor("#a0a0a0")
OUTSIDE_BG = QColor("#f0f0f0")
TYPING_SLACK_DAYS = 3650  # how far a typed date may go (then the form says why it is refused)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class PromiseDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None, *, name: str = "promiseDate") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd ddd")
        self.first = self.last = date.today()
        calendar = named(QCalendarWidget(), "promiseDateCalendar")
        calendar.setGridVisible(True)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        # Seven columns wide enough for the longest day name ("周日", "Wed") and a margin.
        metrics = calendar.fontMetrics()
        widest = max(metrics.horizontalAdvance(n) for n in ("周日", "周三", "Wed", "Sun"))
        calendar.setMinimumWidth(7 * (widest + 18))
        self.setCalendarWidget(calendar)
        calendar.installEventFilter(self)
        self._formatted: list[QDate] = []

    def set_window(self, first: date, last: date) -> None:
        """Promises may fall on `first`..`last`; the field starts on `first`."""
        self.first, self.last = first, last
        slack = timedelta(days=TYPING_SLACK_DAYS)
        self.setDateRange(qdate(first - slack), qdate(last + slack))
        self.setDate(qdate(first))
        self._limit_calendar()

    def in_window(self) -> bool:
        return self.first <= pydate(self.date()) <= self.last

    # --- the popup ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # QObject override
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show:
            self._limit_calendar()
        return super().eventFilter(watched, event)

    def _limit_calendar(self) -> None:
        calendar = self.calendarWidget()
        calendar.setDateRange(qdate(self.first), qdate(self.last))
        for d in self._formatted:  # forget the grey days of an earlier window
            calendar.setDateTextFormat(d, QTextCharFormat())
        grey = QTextCharFormat()
        grey.setForeground(QBrush(OUTSIDE_FG))
        grey.setBackground(QBrush(OUTSIDE_BG))
        # Every page the calendar can show (the window's months) with its spill-over weeks.
        start = self.first.replace(day=1) - timedelta(days=14)
        end = (self.last.replace(day=28) + timedelta(days=4)).replace(day=1) + timedelta(days=14)
        self._formatted = []
        day = start
        while day <= end:
            if not self.first <= day <= self.last:
                q = qdate(day)
                calendar.setDateTextFormat(q, grey)
                self._formatted.append(q)
            day += timedelta(days=1)
