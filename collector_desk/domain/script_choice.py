"""Which call script fits a case today (playbook §3-§4 before the due date, §9 after).

- overdue (something due before today is unpaid): the nine-step overdue script;
- within the welcome window after disbursement: the welcome call;
- the oldest unpaid instalment falls due today (or on the next days off): the
  due-day confirmation;
- the next instalment is the first one: the first-instalment reminder;
- otherwise the reminder of the borrower's class A, B or C.

The nine-step script is never suggested, nor offered, for a case that is not
overdue: its opening names the days late and the amount overdue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum

from collector_desk.domain.loan import FAR_FUTURE, Instalment, position
from collector_desk.domain.reminders import (
    ReminderClass,
    confirm_day,
    reminder_class,
    welcome_window,
)
from collector_desk.domain.workdays import WorkCalendar


class ScriptKind(StrEnum):
    OVERDUE = "overdue"
    WELCOME = "welcome"
    FIRST_INSTALMENT = "first_instalment"
    REMINDER_A = "reminder_A"
    REMINDER_B = "reminder_B"
    REMINDER_C = "reminder_C"
    DUE_DAY = "due_day"


PRE_DUE = tuple(k for k in ScriptKind if k is not ScriptKind.OVERDUE)


def choose_script(
    schedule: Sequence[Instalment],
    payments: Iterable[tuple[date, int]],
    *,
    disbursed_on: date,
    today: date,
    cal: WorkCalendar,
) -> ScriptKind:
    paid = list(payments)
    pos = position(schedule, paid, today)
    if pos.overdue_fen > 0:
        return ScriptKind.OVERDUE
    if today in welcome_window(disbursed_on, cal):
        return ScriptKind.WELCOME
    due = pos.oldest_unpaid_due_on
    if due != FAR_FUTURE and today in (due, confirm_day(due, cal)):
        return ScriptKind.DUE_DAY
    if due == FAR_FUTURE:
        return ScriptKind.REMINDER_A  # paid off: a courtesy call at most
    seq = max((i.seq for i in schedule if i.due_on <= due), default=0)
    if seq == 1:
        return ScriptKind.FIRST_INSTALMENT
    klass = reminder_class(schedule, paid, due)
    return {
        ReminderClass.A: ScriptKind.REMINDER_A,
        ReminderClass.B: ScriptKind.REMINDER_B,
        ReminderClass.C: ScriptKind.REMINDER_C,
    }[klass]


def offered(kind: ScriptKind) -> tuple[ScriptKind, ...]:
    """The scripts a collector may switch to: the overdue one only on an overdue case."""
    return (ScriptKind.OVERDUE,) if kind is ScriptKind.OVERDUE else PRE_DUE
