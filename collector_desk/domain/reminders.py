"""Reminder calls before a due date (playbook §3-§4).

The reminder class comes from how the borrower paid the instalments due in
the three months before the upcoming one:

- A: every one paid by its due date (or no history yet);
- B: exactly one paid late (the loan was in M1 once);
- C: two or more paid late (habitually in M1).

The schedule, in working days of the official calendar:

- A: the morning of the last working day before the due date;
- B: every morning of the 3 working days before it;
- C: every morning of the 5 working days before it;
- every class: a confirming call on the due date, 15:00-16:00 (on the last
  working day before it when the due date is not a working day);
- the welcome call in the first three working days after disbursement;
- the first-instalment reminder on any of the 5th to 3rd working days before
  the first due date, early afternoon (mornings often miss people).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from collector_desk.domain.loan import Instalment, add_months
from collector_desk.domain.workdays import WorkCalendar


class ReminderClass(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class TaskKind(StrEnum):
    WELCOME = "welcome"
    FIRST_INSTALMENT = "first_instalment"
    REMINDER = "reminder"
    CONFIRM_DUE = "confirm_due"
    PROMISE_DUE = "promise_due"
    PROMISE_BROKEN = "promise_broken"
    COLLECT = "collect"
    CALLBACK = "callback"
    TRACE = "trace"
    SECOND_NOTICE = "second_notice"  # a failed debit: call again (playbook §3.2)
    DEBIT_ACCOUNT_CHANGE = "debit_account_change"  # a new mandate, signed in person


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """When in the (borrower's local) day a task is best done."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


MORNING = TimeWindow(time(9, 0), time(11, 30))
EARLY_AFTERNOON = TimeWindow(time(13, 30), time(15, 0))
CONFIRM = TimeWindow(time(15, 0), time(16, 0))
WORKING_HOURS = TimeWindow(time(9, 0), time(17, 30))

# Best time per task kind; callbacks use their own scheduled time instead.
BEST_TIME: dict[TaskKind, TimeWindow] = {
    TaskKind.WELCOME: TimeWindow(time(10, 0), time(17, 0)),
    TaskKind.FIRST_INSTALMENT: EARLY_AFTERNOON,
    TaskKind.REMINDER: MORNING,
    TaskKind.CONFIRM_DUE: CONFIRM,
    TaskKind.PROMISE_DUE: TimeWindow(time(15, 0), time(17, 0)),
    TaskKind.PROMISE_BROKEN: MORNING,
    TaskKind.COLLECT: TimeWindow(time(13, 30), time(17, 30)),
    TaskKind.TRACE: WORKING_HOURS,
    TaskKind.SECOND_NOTICE: TimeWindow(time(9, 0), time(17, 0)),
    TaskKind.DEBIT_ACCOUNT_CHANGE: WORKING_HOURS,
}

MORNINGS_BEFORE: dict[ReminderClass, int] = {
    ReminderClass.A: 1,
    ReminderClass.B: 3,
    ReminderClass.C: 5,
}

WELCOME_WORKDAYS = 3
FIRST_REMINDER_FROM = 5  # working days before the first due date
FIRST_REMINDER_TO = 3
CLASS_LOOKBACK_MONTHS = 3
# The earliest any reminder opens before a due date, in working days.
LONGEST_LEAD = max(max(MORNINGS_BEFORE.values()), FIRST_REMINDER_FROM)


def late_instalments(
    schedule: Sequence[Instalment], payments: Iterable[tuple[date, int]], start: date, end: date
) -> int:
    """How many instalments due in [start, end) were not covered by their due date.

    Payments settle the oldest instalment first, so instalment n was on time
    when everything paid by its due date covers instalments 1..n.
    """
    pays = sorted(payments)
    late = 0
    cumulative = 0
    for inst in sorted(schedule, key=lambda i: i.seq):
        cumulative += inst.amount_fen
        if not start <= inst.due_on < end:
            continue
        paid_by_due = sum(a for d, a in pays if d <= inst.due_on)
        if paid_by_due < cumulative:
            late += 1
    return late


def reminder_class(
    schedule: Sequence[Instalment], payments: Iterable[tuple[date, int]], due_on: date
) -> ReminderClass:
    """The class for the reminder of the instalment due on `due_on`."""
    start = add_months(due_on, -CLASS_LOOKBACK_MONTHS)
    late = late_instalments(schedule, payments, start, due_on)
    if late == 0:
        return ReminderClass.A
    if late == 1:
        return ReminderClass.B
    return ReminderClass.C


@dataclass(frozen=True, slots=True)
class PlannedCall:
    """One reminder call on one day."""

    day: date
    kind: TaskKind
    window: TimeWindow
    ref: str  # identifies the task for "done" (stable across days when done once)
    number: int = 1  # the n-th morning of the series
    of: int = 1


def confirm_day(due_on: date, cal: WorkCalendar) -> date:
    return cal.previous_workday(due_on, inclusive=True)


def due_date_calls(
    due_on: date, klass: ReminderClass, cal: WorkCalendar, *, first: bool = False
) -> list[PlannedCall]:
    """Every reminder call planned for the instalment due on `due_on`."""
    mornings = MORNINGS_BEFORE[klass]
    calls = [
        PlannedCall(
            cal.workdays_before(due_on, n),
            TaskKind.REMINDER,
            MORNING,
            f"{due_on.isoformat()}#{mornings - n + 1}",
            mornings - n + 1,
            mornings,
        )
        for n in range(mornings, 0, -1)
    ]
    calls.append(
        PlannedCall(confirm_day(due_on, cal), TaskKind.CONFIRM_DUE, CONFIRM, due_on.isoformat())
    )
    if first:
        start = cal.workdays_before(due_on, FIRST_REMINDER_FROM)
        end = cal.workdays_before(due_on, FIRST_REMINDER_TO)
        span = cal.workdays_between(start, end)
        calls.extend(
            PlannedCall(
                d,
                TaskKind.FIRST_INSTALMENT,
                EARLY_AFTERNOON,
                due_on.isoformat(),
                i + 1,
                len(span),
            )
            for i, d in enumerate(span)
        )
    return sorted(calls, key=lambda c: (c.day, c.window.start))


def calls_on(
    today: date, due_on: date, klass: ReminderClass, cal: WorkCalendar, *, first: bool = False
) -> list[PlannedCall]:
    return [c for c in due_date_calls(due_on, klass, cal, first=first) if c.day == today]


def welcome_window(disbursed_on: date, cal: WorkCalendar) -> list[date]:
    """The working days on which the welcome call is due (it stays until done)."""
    first = cal.next_workday(disbursed_on, inclusive=True)
    days = [first]
    for _ in range(WELCOME_WORKDAYS - 1):
        days.append(cal.next_workday(days[-1], inclusive=False))
    return days


def due_dates_in_reminder_range(today: date, cal: WorkCalendar) -> tuple[date, date]:
    """The due dates whose reminder series may have a call today: [today, last]."""
    return today, cal.last_due_date_within(today, LONGEST_LEAD)
