"""Promise rules: what may be promised, and how a promise stands as days and
payments come, including part payments and month ends (playbook §9 steps 4-8)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collector_desk.domain.loan import Bucket, equal_instalments, position
from collector_desk.domain.promise import (
    PaymentMethod,
    PromiseStatus,
    PromiseTerms,
    is_part_payment,
    promise_standing,
    validate_promise,
)

ACCOUNTS = ["6222021234567890123", "招商银行 110906123410201"]


def standing(made: date, promised: date, amount: int, pays: list[tuple[date, int]], today: date):  # type: ignore[no-untyped-def]
    return promise_standing(
        made_on=made, promised_on=promised, amount_fen=amount, payments=pays, today=today
    )


def test_pending_until_the_promised_day_ends() -> None:
    made, on = date(2026, 1, 30), date(2026, 2, 2)
    assert standing(made, on, 500_00, [], made).status is PromiseStatus.PENDING
    assert standing(made, on, 500_00, [], on).status is PromiseStatus.PENDING
    assert standing(made, on, 500_00, [], on + timedelta(days=1)).status is PromiseStatus.BROKEN


def test_kept_at_once_when_paid_in_full_before_the_date() -> None:
    made, on = date(2026, 1, 30), date(2026, 2, 3)
    s = standing(made, on, 500_00, [(date(2026, 1, 31), 500_00)], date(2026, 1, 31))
    assert s.status is PromiseStatus.KEPT and s.short_fen == 0


def test_part_payments_add_up_across_the_month_end() -> None:
    made, on = date(2026, 1, 30), date(2026, 2, 1)
    pays = [(date(2026, 1, 31), 200_00), (date(2026, 2, 1), 300_00)]
    assert standing(made, on, 500_00, pays[:1], date(2026, 1, 31)).status is PromiseStatus.PENDING
    s = standing(made, on, 500_00, pays, date(2026, 2, 2))
    assert s.status is PromiseStatus.KEPT and s.paid_fen == 500_00


def test_partly_kept_when_short_after_the_date() -> None:
    made, on = date(2028, 2, 27), date(2028, 2, 29)  # leap day
    s = standing(made, on, 500_00, [(date(2028, 2, 28), 120_00)], date(2028, 3, 1))
    assert s.status is PromiseStatus.PARTLY_KEPT
    assert (s.paid_fen, s.short_fen) == (120_00, 380_00)


def test_payments_outside_the_window_do_not_count() -> None:
    made, on = date(2027, 2, 26), date(2027, 2, 28)
    before = (date(2027, 2, 25), 500_00)  # before the promise was made
    late = (date(2027, 3, 1), 500_00)  # the day after the promised date
    s = standing(made, on, 500_00, [before, late], date(2027, 3, 1))
    assert s.status is PromiseStatus.BROKEN and s.paid_fen == 0


def test_a_future_payment_does_not_keep_a_promise_today() -> None:
    made, on = date(2026, 3, 30), date(2026, 4, 2)
    s = standing(made, on, 500_00, [(date(2026, 4, 1), 500_00)], date(2026, 3, 31))
    assert s.status is PromiseStatus.PENDING and s.paid_fen == 0


def test_kept_part_payment_promise_leaves_the_loan_overdue() -> None:
    """A promise for part of what is overdue can be kept while DPD keeps counting."""
    schedule = equal_instalments(date(2025, 12, 31), 6, 1_000_00)  # due 1-31, 2-28, 3-31...
    made, on = date(2026, 3, 2), date(2026, 3, 4)
    pays = [(date(2026, 3, 3), 400_00)]
    today = date(2026, 3, 5)
    assert standing(made, on, 400_00, pays, today).status is PromiseStatus.KEPT
    pos = position(schedule, pays, today)
    assert pos.oldest_unpaid_due_on == date(2026, 1, 31)
    assert pos.dpd == 33 and pos.bucket is Bucket.M2
    assert pos.overdue_fen == 2_000_00 - 400_00
    assert is_part_payment(400_00, position(schedule, [], made).overdue_fen)


def terms(days: int = 1, amount: int = 100_00, account: str = ACCOUNTS[0]) -> PromiseTerms:
    return PromiseTerms(
        date(2026, 1, 31) + timedelta(days=days), amount, PaymentMethod.APP, account
    )


def check(t: PromiseTerms, outstanding: int = 1_000_00) -> set[str]:
    errors = validate_promise(
        t, today=date(2026, 1, 31), outstanding_fen=outstanding, allowed_accounts=ACCOUNTS
    )
    return {e.code for e in errors}


@pytest.mark.parametrize("days", [0, 1, 7])
def test_dates_today_to_a_week_ahead_across_the_month_end(days: int) -> None:
    assert check(terms(days)) == set()


def test_wrong_values_each_named() -> None:
    assert check(terms(-1)) == {"date_past"}
    assert check(terms(8)) == {"date_too_far"}
    assert check(terms(amount=0)) == {"amount_not_positive"}
    assert check(terms(amount=-5)) == {"amount_not_positive"}
    assert check(terms(amount=1_000_01)) == {"amount_above_outstanding"}
    assert check(terms(amount=1_000_00)) == set()
    assert check(terms(account="6222 0000 1111 2222 333")) == {"account_not_allowed"}
    assert check(terms(account="  ")) == {"account_missing"}
    assert check(terms(-3, 0, "mine")) == {
        "date_past",
        "amount_not_positive",
        "account_not_allowed",
    }


def test_window_is_a_setting() -> None:
    t = terms(10)
    errors = validate_promise(
        t, today=date(2026, 1, 31), outstanding_fen=10**9, allowed_accounts=ACCOUNTS, window_days=10
    )
    assert errors == []


def test_part_payment_marking() -> None:
    assert is_part_payment(300_00, 1_000_00)
    assert not is_part_payment(1_000_00, 1_000_00)
    assert not is_part_payment(1_200_00, 1_000_00)
    assert not is_part_payment(0, 1_000_00)


@given(
    made=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
    lead=st.integers(0, 7),
    amount=st.integers(1, 10**6),
    pays=st.lists(st.tuples(st.integers(-5, 12), st.integers(1, 10**6)), max_size=5),
    age=st.integers(0, 20),
)
def test_standing_invariants(
    made: date, lead: int, amount: int, pays: list[tuple[int, int]], age: int
) -> None:
    promised = made + timedelta(days=lead)
    today = made + timedelta(days=age)
    payments = [(made + timedelta(days=d), a) for d, a in pays]
    s = standing(made, promised, amount, payments, today)
    counted = sum(a for d, a in payments if made <= d <= min(promised, today))
    assert s.paid_fen == counted
    if counted >= amount:
        assert s.status is PromiseStatus.KEPT
    elif today <= promised:
        assert s.status is PromiseStatus.PENDING
    else:
        assert s.status is (PromiseStatus.PARTLY_KEPT if counted else PromiseStatus.BROKEN)
    # Once decided, later days never change the verdict.
    if today > promised or s.status is PromiseStatus.KEPT:
        later = standing(made, promised, amount, payments, today + timedelta(days=30))
        assert later.status is s.status
