"""Head office's stated position of a loan, turned into facts that reproduce it.

A head-office case file (委案明细) states where each borrower stands on the
file's day: days past due, the overdue total, what is still owed, what has been
repaid and how many instalments. Head office is the system of record, so the
schedule and the repayment written for a case must give back exactly those
figures on that day, and then move with the calendar (DPD + n after n days).

`reconcile` builds them from the loan's terms and the stated figures:

1. Repaid so far, in this order of trust: the repaid amount, the repaid
   instalment count x the instalment, the loan total minus what is still owed,
   the instalment that the stated DPD points at; otherwise nothing.
2. The schedule is monthly on the stated due day (else the disbursement's day).
   When the stated DPD disagrees, the oldest unpaid instalment is moved to fall
   due exactly DPD days before the file's day; the others keep their dates where
   the order allows.
3. An overdue total above the overdue instalments is late charges (interest,
   penalty): a charges line, due with the oldest unpaid instalment, settled
   after the instalments. Below them, the most recent overdue instalments are
   lowered and the difference moves to the first instalment not yet due.
4. What is still owed is matched the same way on the instalments not yet due.

Every place where the stated figures contradict each other or the loan's terms
is a `Discrepancy` (the field, the file's value, the computed one), so intake
can list it as a warning, or refuse the row when asked to be strict. Charges
that the file itself states (overdue interest, penalty, fees) are expected and
not a discrepancy.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from collector_desk.domain.loan import (
    BUCKET_DPD,
    BUCKET_ORDER,
    FAR_FUTURE,
    Bucket,
    Instalment,
    Position,
    add_months,
    bucket_for_dpd,
    monthly_due_dates,
)


@dataclass(frozen=True, slots=True)
class Terms:
    disbursed_on: date
    instalment_count: int
    instalment_fen: int


@dataclass(frozen=True, slots=True)
class Stated:
    """What the file says; None where the file has no such column or the cell is empty."""

    as_of: date
    dpd: int | None = None
    overdue_fen: int | None = None
    outstanding_fen: int | None = None
    paid_fen: int | None = None
    paid_count: int | None = None
    due_day: int | None = None
    last_paid_on: date | None = None
    bucket: str | None = None
    # Charges the file states on their own (overdue interest, penalty, fees).
    charges_fen: int | None = None


@dataclass(frozen=True, slots=True)
class Discrepancy:
    field: str  # dpd | overdue | outstanding | paid | paid_count | bucket | due_day
    stated: str
    computed: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Reconciled:
    dates: tuple[date, ...]  # due dates of the instalments (a zero amount is no instalment)
    amounts: tuple[int, ...]
    paid_fen: int
    paid_on: date | None  # the day to date head office's repayment; None when nothing repaid
    discrepancies: tuple[Discrepancy, ...] = field(default=())
    plain: bool = False  # the schedule is the loan's equal monthly instalments, unchanged

    @property
    def due(self) -> tuple[tuple[date, int], ...]:
        """(due date, amount) of each instalment, in order."""
        return tuple((d, x) for d, x in zip(self.dates, self.amounts, strict=True) if x > 0)

    @property
    def schedule(self) -> tuple[Instalment, ...]:
        return tuple(Instalment(seq, d, x) for seq, (d, x) in enumerate(self.due, start=1))

    @property
    def payments(self) -> tuple[tuple[date, int], ...]:
        if not self.paid_fen or self.paid_on is None:
            return ()
        return ((self.paid_on, self.paid_fen),)


_CURRENT = frozenset({"C", "M0", "CURRENT", "正常", "未逾期", "结清", "已结清", "0", "0天"})
# Words around the bucket's name or its days that say nothing more: "逾期M1", "M1阶段",
# "M1期", "账龄M2", "M2段", "M2类" (and the brackets' colons).
_NOISE = re.compile(r"逾期|账龄|阶段|段|类|期|:")
_M = re.compile(r"M(\d{1,2})(\+?)")
_DASH = r"(?:-|~|〜|—|–|至|到)"
# A day range in the cell's own words: "1-30", "1-30天", "1天-30天", "31~60日".
_SPAN = re.compile(rf"(\d{{1,4}})[天日]?{_DASH}(\d{{1,4}})[天日]?")
# Open ranges: "90+", "90天+", "90天以上", "90天及以上" (from 90), ">90" (from 91), "≥90".
_OPEN = re.compile(r"(\d{1,4})[天日]?(?:\+|以上|及以上)|(>|≥|>=)(\d{1,4})[天日]?")


@lru_cache(maxsize=256)
def bucket_days(text: str) -> tuple[int, int | None] | None:
    """The days past due head office's 账龄 stands for, (first, last or None), in this
    desk's edges (playbook §1: M1 = 1-29, M2 = 30-59, M3 = 60-89, M3+ = 90 and later;
    `domain.dpd.BUCKET_DPD`), unless the cell gives its own days:

    - a name in any case, with or without words around it: "M2", "m2", "M2阶段",
      "逾期M2"; "C", "M0", "正常", "未逾期", "结清" are current; "M4" and later are M3+;
    - "Mn+" is beyond Mn, as "M3+" is here: "M1+" from 30 days, "M2+" from 60;
    - a day range in the cell's own words is head office's definition and wins:
      "1-30", "1-30天", "M1(1-30天)", "M1（1~30日）", "90+", "90天以上", ">90".
    None when the cell is none of these."""
    t = unicodedata.normalize("NFKC", text).strip().upper().replace(" ", "")
    if t in _CURRENT:
        return 0, 0
    t = _NOISE.sub("", t)
    if t in _CURRENT:
        return 0, 0
    name, _bracket, remark = t.partition("(")
    for part in (remark.rstrip(")"), name, t):
        if m := _SPAN.fullmatch(part):
            low, high = int(m[1]), int(m[2])
            return (low, high) if low <= high else None
        if m := _OPEN.fullmatch(part):
            if m[1] is not None:
                return int(m[1]), None
            return (int(m[3]) + 1 if m[2] == ">" else int(m[3])), None
    if m := _M.fullmatch(name):
        n = int(m[1])
        if m[2]:  # beyond Mn: where the next bucket starts here
            return BUCKET_DPD[BUCKET_ORDER[min(n + 1, len(BUCKET_ORDER) - 1)]][0], None
        if n == 0:
            return 0, 0
        return BUCKET_DPD[BUCKET_ORDER[min(n, len(BUCKET_ORDER) - 1)]]
    return None


def parse_bucket(text: str) -> Bucket | None:
    """Head office's 账龄 as a bucket here: the bucket of the first day it stands for."""
    days = bucket_days(text)
    return None if days is None else bucket_for_dpd(days[0])


def bucket_agrees(text: str, dpd: int) -> bool:
    """Head office's bucket covers these days past due: its own day range when the
    cell gives one, else this desk's bucket of that name."""
    days = bucket_days(text)
    return days is not None and days[0] <= dpd and (days[1] is None or dpd <= days[1])


def bucket_note(text: str, dpd: int) -> str:
    """Why a bucket that does not agree does not: the days it stands for here, or that
    it is not a bucket this desk can read."""
    days = bucket_days(text)
    if days is None:
        return "not a bucket: M1, M2, M3, M3+, C or a day range such as 1-29"
    low, high = days
    span = f"{low} or more" if high is None else (f"{low}" if low == high else f"{low}-{high}")
    return f"{text.strip()} is {span} days past due here; the file's row is at {dpd}"


def _moved(dates: list[date], k: int, target: date, anchor_day: int) -> list[date]:
    """The k-th (0-based) instalment on `target`; the others keep their dates where
    the order allows, else move a month apart from their neighbour. Keeping the
    later dates keeps the count of instalments already due, so a DPD that head
    office counts differently does not also change the overdue total."""
    out = list(dates)
    out[k] = target
    for i in range(k + 1, len(out)):
        if out[i] <= out[i - 1]:
            out[i] = add_months(out[i - 1], 1, anchor_day=anchor_day)
    for i in range(k - 1, -1, -1):
        if out[i] >= out[i + 1]:
            out[i] = add_months(out[i + 1], -1, anchor_day=anchor_day)
    return out


def plain_position(
    dates: Sequence[date], amount_fen: int, payments: Iterable[tuple[date, int]], as_of: date
) -> Position:
    """`loan.position` of equal instalments of `amount_fen` due on `dates` (ascending,
    as `monthly_due_dates` gives them), by binary search instead of a pass over
    instalment objects: what intake derives for each plain new loan it writes."""
    paid = sum(amount for day, amount in payments if day <= as_of)
    n = len(dates)
    before = bisect_left(dates, as_of)  # due before as_of: late
    through = bisect_right(dates, as_of)  # due on or before as_of
    k = min(paid // amount_fen, n)  # the oldest unpaid instalment; n when settled
    from_today = dates[before] if before < n else FAR_FUTURE
    return Position(
        as_of=as_of,
        paid_fen=paid,
        total_fen=n * amount_fen,
        due_fen=through * amount_fen,
        oldest_unpaid_due_on=dates[k] if k < n else FAR_FUTURE,
        next_due_on=dates[through] if through < n else FAR_FUTURE,
        overdue_fen=max(0, before * amount_fen - paid),
        next_late_on=from_today + timedelta(days=1) if from_today != FAR_FUTURE else FAR_FUTURE,
    )


@lru_cache(maxsize=8192)
def _due_dates(disbursed_on: date, n: int, anchor_day: int) -> tuple[date, ...]:
    """The loans of a file share disbursement days and terms: each schedule once."""
    return monthly_due_dates(disbursed_on, n, anchor_day)


def reconcile(terms: Terms, stated: Stated) -> Reconciled:
    n, a = terms.instalment_count, terms.instalment_fen
    if n <= 0 or a <= 0:
        raise ValueError("a loan needs a positive instalment count and amount")
    as_of = stated.as_of
    total = n * a
    notes: list[Discrepancy] = []
    anchor = stated.due_day or terms.disbursed_on.day
    base = _due_dates(terms.disbursed_on, n, anchor)
    dates = list(base)

    # 1. Repaid so far.
    from_owed = None
    if stated.outstanding_fen is not None:
        owed = stated.outstanding_fen - (stated.charges_fen or 0)
        if 0 <= owed <= total:
            from_owed = total - owed
    if stated.paid_fen is not None:
        paid = stated.paid_fen
    elif from_owed is not None and (
        stated.paid_count is None or from_owed // a == min(stated.paid_count, n)
    ):
        paid = from_owed
    elif stated.paid_count is not None:
        paid = min(stated.paid_count, n) * a
    elif stated.dpd:
        late_since = as_of - timedelta(days=stated.dpd)
        paid = a * sum(1 for d in dates if d < late_since)
    else:
        paid = 0
    paid = max(0, min(paid, total))
    if stated.paid_fen is not None and stated.paid_fen > total:
        notes.append(Discrepancy("paid", str(stated.paid_fen), str(total), "above the loan total"))
    if stated.paid_count is not None and stated.paid_count != paid // a:
        notes.append(Discrepancy("paid_count", str(stated.paid_count), str(paid // a)))
    k = paid // a  # 0-based index of the oldest unpaid instalment; n when settled

    # 2. Days past due. A stated overdue total of 0 with days past due says both that
    # nothing is late and that something is: the money wins (no cent is made up to keep
    # a DPD), the schedule stays, and the DPD is a warning (computed: 0).
    nothing_late = stated.overdue_fen == 0
    if nothing_late and stated.dpd and k < n:
        notes.append(Discrepancy("dpd", str(stated.dpd), "0", "the file's overdue total is 0"))
    elif stated.dpd is not None and k < n:
        computed = max(0, (as_of - dates[k]).days)
        if stated.dpd > 0 and computed != stated.dpd:
            notes.append(Discrepancy("dpd", str(stated.dpd), str(computed)))
            dates = _moved(dates, k, as_of - timedelta(days=stated.dpd), anchor)
        elif stated.dpd == 0 and dates[k] < as_of:
            notes.append(Discrepancy("dpd", "0", str(computed)))
            nxt = add_months(as_of, 0, anchor_day=anchor)
            if nxt < as_of:
                nxt = add_months(as_of, 1, anchor_day=anchor)
            dates = _moved(dates, k, nxt, anchor)
    elif stated.dpd and k >= n:
        notes.append(Discrepancy("dpd", str(stated.dpd), "0", "the repaid amount settles the loan"))
    amounts = [a] * n

    # 3. The overdue total.
    extra: list[tuple[date, int]] = []
    charges_due = dates[k] if k < n else as_of - timedelta(days=1)
    if stated.overdue_fen is not None:
        late = a * bisect_left(dates, as_of)  # dates ascend, amounts are all `a` here
        computed = max(0, late - paid)
        gap = stated.overdue_fen - computed
        if gap > 0:
            extra.append((min(charges_due, as_of - timedelta(days=1)), gap))
            if gap != (stated.charges_fen or 0):
                notes.append(Discrepancy("overdue", str(stated.overdue_fen), str(computed)))
        elif gap < 0:
            notes.append(Discrepancy("overdue", str(stated.overdue_fen), str(computed)))
            _lower_late(dates, amounts, k, paid - k * a, -gap, as_of, keep_late=not nothing_late)

    # 4. What is still owed.
    if stated.outstanding_fen is not None:
        computed = sum(amounts) + sum(x for _d, x in extra) - paid
        gap = stated.outstanding_fen - computed
        if gap > 0:
            later = max([as_of, *dates])
            extra.append((later, gap))
            if gap != (stated.charges_fen or 0) or stated.overdue_fen is not None:
                notes.append(Discrepancy("outstanding", str(stated.outstanding_fen), str(computed)))
        elif gap < 0:
            notes.append(Discrepancy("outstanding", str(stated.outstanding_fen), str(computed)))
            _lower_future(dates, amounts, -gap, as_of)

    plain = not extra and amounts.count(a) == n and tuple(dates) == base
    for d, x in extra:
        dates.append(d)
        amounts.append(x)
    if stated.bucket:
        # The oldest unpaid instalment is still the k-th: nothing above moves it or lets
        # the repayment cover it.
        # Head office's bucket against its own DPD where the file states one (a DPD
        # that disagrees is a warning of its own); else against the computed one. A
        # stated overdue total of 0 leaves nothing late (step 3 lowered it all).
        if stated.dpd is not None:
            dpd = stated.dpd
        else:
            dpd = max(0, (as_of - dates[k]).days) if k < n and not nothing_late else 0
        if not bucket_agrees(stated.bucket, dpd):
            notes.append(Discrepancy("bucket", stated.bucket, bucket_for_dpd(dpd).value,
                                     bucket_note(stated.bucket, dpd)))  # fmt: skip
    paid_on = None
    if paid:
        paid_on = (
            stated.last_paid_on if stated.last_paid_on and stated.last_paid_on <= as_of else as_of
        )
    out_dates = base if plain else tuple(dates)
    return Reconciled(out_dates, tuple(amounts), paid, paid_on, tuple(notes), plain)


def _lower_late(
    dates: list[date],
    amounts: list[int],
    k: int,
    part_paid: int,
    by: int,
    as_of: date,
    *,
    keep_late: bool = True,
) -> None:
    """Take `by` off the overdue instalments, newest first; the amount moves to the
    first instalment not yet due (or a line due on the file's day). `keep_late`: the
    oldest unpaid one stays unpaid (a stated overdue total above 0 leaves at least a
    fen of it), so the DPD stays; without it (a stated overdue total of 0) everything
    late may go, and no fen is made up."""
    left = by
    for i in range(len(dates) - 1, k - 1, -1):
        if dates[i] >= as_of or left == 0:
            continue
        floor = part_paid + int(keep_late) if i == k else 0
        cut = min(left, amounts[i] - floor)
        if cut > 0:
            amounts[i] -= cut
            left -= cut
    moved = by - left
    if moved:
        future = [i for i, d in enumerate(dates) if d >= as_of]
        if future:
            amounts[future[0]] += moved
        else:
            dates.append(as_of)
            amounts.append(moved)


def _lower_future(dates: list[date], amounts: list[int], by: int, as_of: date) -> None:
    """Take `by` off the instalments not yet due, the last first."""
    left = by
    for i in range(len(dates) - 1, -1, -1):
        if dates[i] < as_of or left == 0:
            continue
        cut = min(left, amounts[i])
        amounts[i] -= cut
        left -= cut
