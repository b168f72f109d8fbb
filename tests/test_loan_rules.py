"""DPD, buckets and positions across month ends (playbook §1)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from collector_desk.domain.loan import (
    FAR_FUTURE,
    Bucket,
    add_months,
    band_for_dpd,
    bucket_for_dpd,
    equal_instalments,
    position,
)


def test_bucket_edges() -> None:
    assert bucket_for_dpd(0) is Bucket.C
    assert bucket_for_dpd(1) is Bucket.M1
    assert bucket_for_dpd(29) is Bucket.M1
    assert bucket_for_dpd(30) is Bucket.M2
    assert bucket_for_dpd(59) is Bucket.M2
    assert bucket_for_dpd(60) is Bucket.M3
    assert bucket_for_dpd(89) is Bucket.M3
    assert bucket_for_dpd(90) is Bucket.M3_PLUS
    assert [band_for_dpd(d) for d in (5, 6, 20, 21, 29)] == [
        "M1-1-5",
        "M1-6-20",
        "M1-6-20",
        "M1-21-29",
        "M1-21-29",
    ]


def test_schedule_clamps_to_month_end_and_returns_to_anchor() -> None:
    s = equal_instalments(date(2026, 1, 31), 4, 50_000)
    assert [i.due_on for i in s] == [
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]
    leap = equal_instalments(date(2027, 12, 30), 2, 50_000)
    assert [i.due_on for i in leap] == [date(2028, 1, 30), date(2028, 2, 29)]


def test_due_day_is_not_overdue_and_next_day_is_one_dpd() -> None:
    s = equal_instalments(date(2026, 1, 31), 3, 100_00)
    due = s[0].due_on  # 2026-02-28
    on_due = position(s, [], due)
    assert on_due.dpd == 0 and on_due.overdue_fen == 0 and on_due.due_fen == 100_00
    after = position(s, [], due + timedelta(days=1))  # 2026-03-01, across the month end
    assert after.dpd == 1 and after.bucket is Bucket.M1 and after.overdue_fen == 100_00


def test_part_payment_keeps_oldest_instalment_open() -> None:
    s = equal_instalments(date(2026, 1, 15), 3, 100_00)
    p = position(s, [(date(2026, 2, 20), 60_00)], date(2026, 3, 20))
    assert p.oldest_unpaid_due_on == date(2026, 2, 15)
    assert p.dpd == 33 and p.bucket is Bucket.M2
    assert p.overdue_fen == 140_00  # two instalments late (200) less 60 paid
    assert p.outstanding_fen == 240_00


def test_settled_loan() -> None:
    s = equal_instalments(date(2026, 1, 15), 2, 100_00)
    p = position(s, [(date(2026, 2, 1), 200_00)], date(2026, 6, 1))
    assert (
        p.settled and p.dpd == 0 and p.oldest_unpaid_due_on == FAR_FUTURE and p.outstanding_fen == 0
    )


def test_payment_after_as_of_is_not_counted() -> None:
    s = equal_instalments(date(2026, 1, 15), 2, 100_00)
    assert position(s, [(date(2026, 3, 1), 100_00)], date(2026, 2, 20)).dpd == 5


@given(
    disbursed=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    count=st.integers(1, 36),
    amount=st.integers(1, 10**7),
    paid_parts=st.lists(st.integers(0, 10**7), max_size=5),
    offset=st.integers(0, 1200),
)
def test_position_invariants(
    disbursed: date, count: int, amount: int, paid_parts: list[int], offset: int
) -> None:
    s = equal_instalments(disbursed, count, amount)
    as_of = disbursed + timedelta(days=offset)
    pays = [(disbursed + timedelta(days=i + 1), a) for i, a in enumerate(paid_parts)]
    p = position(s, pays, as_of)
    assert 0 <= p.overdue_fen <= p.outstanding_fen <= p.total_fen
    assert p.bucket is bucket_for_dpd(p.dpd)
    # DPD is the age of the oldest instalment not covered by payments.
    if p.dpd > 0:
        assert p.overdue_fen > 0
    assert p.valid_until() > as_of
    # Nothing derived changes before valid_until (a day earlier gives the same bucket band).
    later = p.valid_until() - timedelta(days=1)
    settled_by_then = [(d, a) for d, a in pays if d <= as_of]
    if later > as_of and later.year < 9999 and settled_by_then == pays:
        q = position(s, pays, later)
        assert q.overdue_fen == p.overdue_fen and q.bucket is p.bucket


def test_add_months_december_rollover() -> None:
    assert add_months(date(2026, 12, 31), 1) == date(2027, 1, 31)
    assert add_months(date(2026, 11, 30), 3, anchor_day=31) == date(2027, 2, 28)
