"""Loans, instalment schedules, days past due and buckets.

A loan is repaid in equal monthly instalments starting the month after
disbursement. Payments settle the oldest instalment first. Everything here
is derived from the schedule, the payments and a date; nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

# The buckets and bands live in domain/dpd.py (the case list's first page needs no more).
from collector_desk.domain.dpd import BUCKET_DPD as BUCKET_DPD
from collector_desk.domain.dpd import BUCKET_ORDER as BUCKET_ORDER
from collector_desk.domain.dpd import DPD_BANDS as DPD_BANDS
from collector_desk.domain.dpd import FAR_FUTURE as FAR_FUTURE
from collector_desk.domain.dpd import Bucket as Bucket
from collector_desk.domain.dpd import band_for_dpd as band_for_dpd
from collector_desk.domain.dpd import bucket_for_dpd as bucket_for_dpd


def add_months(day: date, months: int, *, anchor_day: int | None = None) -> date:
    """Same day-of-month `months` later, clamped to the month's last day."""
    anchor = anchor_day or day.day
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(anchor, _month_days(year, month)))


@dataclass(frozen=True, slots=True)
class Instalment:
    seq: int
    due_on: date
    amount_fen: int


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    """calendar.monthrange(year, month)[1] without importing calendar (and with it
    locale): this module is imported before the case list's first page."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


@lru_cache(maxsize=8192)
def monthly_due_dates(start: date, count: int, anchor_day: int) -> tuple[date, ...]:
    """`add_months(start, seq, anchor_day=anchor_day)` for seq 1 .. count, in one pass.

    The loans of a file share disbursement days and terms, so each (start, count,
    anchor) is computed once."""
    out = []
    year, month = start.year, start.month
    for _seq in range(count):
        month += 1
        if month > 12:
            month, year = 1, year + 1
        last = _month_days(year, month)
        out.append(date(year, month, anchor_day if anchor_day < last else last))
    return tuple(out)


def equal_instalments(disbursed_on: date, count: int, amount_fen: int) -> list[Instalment]:
    """The schedule of an equal-instalment loan: month 1 .. count after disbursement."""
    if count <= 0:
        raise ValueError("instalment count must be positive")
    if amount_fen <= 0:
        raise ValueError("instalment amount must be positive")
    dates = monthly_due_dates(disbursed_on, count, disbursed_on.day)
    return [Instalment(seq, d, amount_fen) for seq, d in enumerate(dates, start=1)]


@dataclass(frozen=True, slots=True)
class Position:
    """Where a loan stands on `as_of`, from its schedule and payments up to that day."""

    as_of: date
    paid_fen: int
    total_fen: int
    due_fen: int  # sum of instalments due on or before as_of
    oldest_unpaid_due_on: date  # FAR_FUTURE when fully paid
    next_due_on: date  # first instalment due after as_of, FAR_FUTURE if none
    overdue_fen: int  # due before as_of and unpaid; today's instalment is not late yet
    next_late_on: date = FAR_FUTURE  # the day after the next due date on or after as_of

    @property
    def outstanding_fen(self) -> int:
        return max(0, self.total_fen - self.paid_fen)

    @property
    def dpd(self) -> int:
        return max(0, (self.as_of - self.oldest_unpaid_due_on).days)

    @property
    def bucket(self) -> Bucket:
        return bucket_for_dpd(self.dpd)

    @property
    def band(self) -> str:
        return band_for_dpd(self.dpd)

    @property
    def settled(self) -> bool:
        return self.paid_fen >= self.total_fen

    def valid_until(self) -> date:
        """The first later date on which dpd's bucket, overdue or due amounts change
        without any new fact: the next due date or the next bucket boundary."""
        candidates = [self.next_due_on, self.next_late_on]
        if self.oldest_unpaid_due_on != FAR_FUTURE:
            # Overdue starts the day after a due date; buckets change at 30/60/90 DPD.
            for boundary in (1, 30, 60, 90):
                day = self.oldest_unpaid_due_on + timedelta(days=boundary)
                if day > self.as_of:
                    candidates.append(day)
                    break
        return min(candidates)


def position(
    schedule: Sequence[Instalment],
    payments: Iterable[tuple[date, int]],
    as_of: date,
) -> Position:
    """Settle payments made on or before `as_of` against the oldest instalments."""
    paid = sum(amount for day, amount in payments if day <= as_of)
    # One pass over the schedule (this runs for every case intake writes).
    total = due = late = 0
    next_due = due_from_today = FAR_FUTURE
    last_seq = 0
    in_order = True
    for i in schedule:
        amount, day = i.amount_fen, i.due_on
        total += amount
        if day < as_of:
            due += amount
            late += amount
        elif day == as_of:
            due += amount
            if day < due_from_today:
                due_from_today = day
        else:
            if day < next_due:
                next_due = day
            if day < due_from_today:
                due_from_today = day
        if i.seq < last_seq:
            in_order = False
        last_seq = i.seq
    remaining = paid
    oldest_unpaid = FAR_FUTURE
    for inst in schedule if in_order else sorted(schedule, key=lambda i: i.seq):
        if remaining >= inst.amount_fen:
            remaining -= inst.amount_fen
            continue
        oldest_unpaid = inst.due_on
        break
    next_late = due_from_today + timedelta(days=1) if due_from_today != FAR_FUTURE else FAR_FUTURE
    return Position(
        as_of=as_of,
        paid_fen=paid,
        total_fen=total,
        due_fen=due,
        oldest_unpaid_due_on=oldest_unpaid,
        next_due_on=next_due,
        overdue_fen=max(0, late - paid),
        next_late_on=next_late,
    )
