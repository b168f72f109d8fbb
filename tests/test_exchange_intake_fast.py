"""Intake's fast path for new loans gives what the general code gives.

`exchange.intake_fast` writes a plain new loan's case_state from a position found
by binary search (`domain.stated.plain_position`) instead of `case_state.derive()`
over instalment objects, and numbers new rows with time-ordered ids. These pin
both to the general code for any loan, payment and day.
"""

import uuid
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from collector_desk.domain.loan import equal_instalments, monthly_due_dates, position
from collector_desk.domain.stated import plain_position
from collector_desk.exchange.intake_fast import fresh_state, time_ordered_ids
from collector_desk.services.case_state import derive


@st.composite
def plain_loans(draw):
    disbursed = draw(st.dates(date(2019, 1, 1), date(2026, 6, 30)))
    n = draw(st.integers(1, 36))
    amount = draw(st.integers(1, 20_000_00))
    paid = draw(st.one_of(st.just(0), st.integers(1, n * amount + 5), st.just(n * amount)))
    paid_on = disbursed + timedelta(days=draw(st.integers(0, 1500)))
    today = disbursed + timedelta(days=draw(st.integers(0, 1500)))
    payments = [(paid_on, paid)] if paid else []
    return disbursed, n, amount, payments, today


@given(plain_loans())
@settings(max_examples=500)
def test_plain_position_is_the_position_of_equal_instalments(loan) -> None:
    disbursed, n, amount, payments, today = loan
    dates = monthly_due_dates(disbursed, n, disbursed.day)
    schedule = equal_instalments(disbursed, n, amount)
    assert plain_position(dates, amount, payments, today) == position(schedule, payments, today)


@given(plain_loans())
@settings(max_examples=500)
def test_a_new_loans_case_state_is_what_derive_gives(loan) -> None:
    disbursed, n, amount, payments, today = loan
    dates = monthly_due_dates(disbursed, n, disbursed.day)
    expected = derive(
        loan=type("L", (), {"id": "L1", "contract_no": "HT1"})(),
        borrower_name="王伟",
        schedule=equal_instalments(disbursed, n, amount),
        payments=payments,
        promises=[],
        last_contact_at=None,
        assigned_to="",
        today=today,
    )
    pos = plain_position(dates, amount, payments, today)
    assert fresh_state("L1", "HT1", "王伟", pos, today) == expected


def test_new_ids_are_uuids_that_sort_in_the_order_they_were_made() -> None:
    first, second = time_ordered_ids(), time_ordered_ids()
    ids = [next(first) for _ in range(1000)]
    assert ids == sorted(ids)
    assert len(set(ids) | {next(second) for _ in range(1000)}) == 2000
    for made in (ids[0], ids[-1]):
        u = uuid.UUID(made)
        assert (str(u), u.version, u.variant) == (made, 7, uuid.RFC_4122)
