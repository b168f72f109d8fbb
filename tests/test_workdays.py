"""Working days and the reminder schedule on the official calendar (fixed dates)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from collector_desk.domain.loan import Instalment, equal_instalments
from collector_desk.domain.reminders import (
    ReminderClass,
    TaskKind,
    calls_on,
    confirm_day,
    due_date_calls,
    due_dates_in_reminder_range,
    late_instalments,
    reminder_class,
    welcome_window,
)
from collector_desk.domain.workdays import DayKind, WorkCalendar, official_year_covered


def mornings(due: date, klass: ReminderClass, cal: WorkCalendar) -> list[date]:
    return [c.day for c in due_date_calls(due, klass, cal) if c.kind is TaskKind.REMINDER]


def test_national_day_2026_skips_the_golden_week_and_mid_autumn() -> None:
    cal = WorkCalendar()
    # 2026-09-25 (Fri) is Mid-Autumn; 09-27 (Sun) is a plain Sunday; Oct 1-7 are off.
    assert not cal.is_workday(date(2026, 9, 25))
    assert not cal.is_workday(date(2026, 10, 5))
    assert mornings(date(2026, 10, 8), ReminderClass.C, cal) == [
        date(2026, 9, 23),
        date(2026, 9, 24),
        date(2026, 9, 28),
        date(2026, 9, 29),
        date(2026, 9, 30),
    ]
    assert confirm_day(date(2026, 10, 8), cal) == date(2026, 10, 8)


def test_make_up_saturday_after_national_day_is_a_reminder_morning() -> None:
    cal = WorkCalendar()
    saturday = date(2026, 10, 10)
    assert saturday.weekday() == 5 and cal.is_workday(saturday)
    # Due Monday 12 October: class A calls on the make-up Saturday, not on Friday.
    assert mornings(date(2026, 10, 12), ReminderClass.A, cal) == [saturday]
    assert mornings(date(2026, 10, 12), ReminderClass.B, cal) == [
        date(2026, 10, 8),
        date(2026, 10, 9),
        saturday,
    ]


def test_make_up_sunday_before_national_day() -> None:
    cal = WorkCalendar()
    sunday = date(2026, 9, 20)
    assert sunday.weekday() == 6 and cal.is_workday(sunday)
    assert mornings(date(2026, 9, 22), ReminderClass.B, cal) == [
        date(2026, 9, 18),
        sunday,
        date(2026, 9, 21),
    ]


def test_spring_festival_2026() -> None:
    cal = WorkCalendar()
    assert cal.is_workday(date(2026, 2, 14))  # Saturday, made up
    assert all(not cal.is_workday(date(2026, 2, d)) for d in range(15, 24))
    # Due Tuesday 24 Feb: the last working day before is the make-up Saturday.
    assert mornings(date(2026, 2, 24), ReminderClass.B, cal) == [
        date(2026, 2, 12),
        date(2026, 2, 13),
        date(2026, 2, 14),
    ]
    # A due date inside the holiday is confirmed on the last working day before it.
    assert confirm_day(date(2026, 2, 18), cal) == date(2026, 2, 14)
    first = [
        c.day
        for c in due_date_calls(date(2026, 2, 24), ReminderClass.A, cal, first=True)
        if c.kind is TaskKind.FIRST_INSTALMENT
    ]
    assert first == [date(2026, 2, 10), date(2026, 2, 11), date(2026, 2, 12)]
    # Make-up Saturday 28 Feb is a working day; a due date on Monday 2 March is
    # reminded (class A) on that Saturday.
    assert mornings(date(2026, 3, 2), ReminderClass.A, cal) == [date(2026, 2, 28)]


def test_reminder_range_stretches_over_holidays() -> None:
    cal = WorkCalendar()
    # On Monday 28 Sep the 5-working-day window reaches past Golden Week to the
    # make-up Saturday 10 Oct (its 5th working day before is 28 Sep).
    assert due_dates_in_reminder_range(date(2026, 9, 28), cal) == (
        date(2026, 9, 28),
        date(2026, 10, 10),
    )
    # An ordinary week: Monday 9 Mar 2026 reaches the next Monday.
    assert due_dates_in_reminder_range(date(2026, 3, 9), cal)[1] == date(2026, 3, 16)


def test_year_not_covered_falls_back_to_the_rules_then_weekends_visibly() -> None:
    assert official_year_covered(2026)
    assert not official_year_covered(2099)
    cal = WorkCalendar()
    assert cal.fallback_years == ()
    assert not cal.is_workday(date(2099, 1, 1))  # a Thursday, but New Year by the rules
    assert cal.is_workday(date(2099, 1, 2))
    assert not cal.is_workday(date(2099, 1, 3))  # Saturday
    assert cal.fallback_years == (2099,)
    assert cal.years_needing_days([2026, 2099]) == (2099,)
    # Beyond the lunar converter's years: Monday to Friday, and said so.
    assert cal.is_workday(date(2101, 1, 3)) and cal.source(2101) == "weekends"
    assert cal.fallback_years == (2099, 2101)


def test_user_days_fill_an_uncovered_year_and_win_over_official_data() -> None:
    cal = WorkCalendar(
        {
            date(2099, 1, 1): DayKind.HOLIDAY,
            date(2099, 1, 3): DayKind.WORKDAY,
            date(2026, 3, 16): DayKind.HOLIDAY,
        }
    )
    assert not cal.is_workday(date(2099, 1, 1))
    assert cal.is_workday(date(2099, 1, 3))
    assert not cal.is_workday(date(2026, 3, 16))
    assert cal.years_needing_days([2099]) == ()
    # 2099-01-05 (Mon): working days before are the made-up Saturday 3rd, then 2 Jan.
    assert cal.workdays_before(date(2099, 1, 5), 1) == date(2099, 1, 3)
    assert cal.workdays_before(date(2099, 1, 5), 2) == date(2099, 1, 2)


def test_welcome_window_starts_on_the_next_working_day() -> None:
    cal = WorkCalendar()
    # Disbursed on National Day: the call is due from 8 Oct, for three working days.
    assert welcome_window(date(2026, 10, 1), cal) == [
        date(2026, 10, 8),
        date(2026, 10, 9),
        date(2026, 10, 10),
    ]


def test_reminder_class_from_the_last_three_months() -> None:
    schedule = equal_instalments(date(2025, 11, 10), 12, 100_000)
    due4 = schedule[3].due_on  # 2026-03-10
    on_time = [(i.due_on, i.amount_fen) for i in schedule[:3]]
    assert reminder_class(schedule, on_time, due4) is ReminderClass.A
    one_late = [*on_time[:2], (schedule[2].due_on + timedelta(days=2), 100_000)]
    assert reminder_class(schedule, one_late, due4) is ReminderClass.B
    two_late = [
        (schedule[0].due_on, 100_000),
        (schedule[1].due_on + timedelta(days=1), 100_000),
        (schedule[2].due_on + timedelta(days=9), 100_000),
    ]
    assert reminder_class(schedule, two_late, due4) is ReminderClass.C
    # A lapse older than three months no longer counts.
    due7 = schedule[6].due_on
    paid = [*two_late, *[(i.due_on, i.amount_fen) for i in schedule[3:6]]]
    assert reminder_class(schedule, paid, due7) is ReminderClass.A


def test_part_payment_by_the_due_date_is_still_late() -> None:
    schedule = [Instalment(1, date(2026, 1, 5), 1000), Instalment(2, date(2026, 2, 5), 1000)]
    assert (
        late_instalments(schedule, [(date(2026, 1, 5), 999)], date(2026, 1, 1), date(2026, 3, 1))
        == 2
    )


def test_calls_on_a_day() -> None:
    cal = WorkCalendar()
    due = date(2026, 3, 20)  # Friday
    today = [c.kind for c in calls_on(date(2026, 3, 20), due, ReminderClass.C, cal)]
    assert today == [TaskKind.CONFIRM_DUE]
    series = calls_on(date(2026, 3, 17), due, ReminderClass.C, cal)
    assert [(c.kind, c.number, c.of) for c in series] == [(TaskKind.REMINDER, 3, 5)]


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 12, 1)),
    st.sampled_from(list(ReminderClass)),
)
def test_every_call_falls_on_a_working_day_on_or_before_the_due_date(
    due: date, klass: ReminderClass
) -> None:
    cal = WorkCalendar()
    calls = due_date_calls(due, klass, cal, first=True)
    assert all(cal.is_workday(c.day) and c.day <= due for c in calls)
    reminders = [c for c in calls if c.kind is TaskKind.REMINDER]
    assert len({c.day for c in reminders}) == {"A": 1, "B": 3, "C": 5}[klass.value]
