"""Recording a call: outcome and promise in one transaction, nothing saved when invalid,
and the derived state (list, pane) changes with it; a day later the cache follows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from collector_desk.domain.call_flow import Disposition, Objection, OverdueReason
from collector_desk.domain.promise import PaymentMethod, PromiseTerms
from collector_desk.services import case_detail, case_state, cases
from collector_desk.services.calls import CallOutcome, CallRejected, record_call
from collector_desk.services.context import Desk
from collector_desk.services.portfolio import CaseRecord, PaymentRecord, add_cases
from collector_desk.store.models import Call, CaseState, Promise

DEBIT = "6222021234567890128"
LENDER = "招商银行 6214830100001234"


class Clock:
    """A day the test can move, as the app's date moves past midnight."""

    def __init__(self, day: date) -> None:
        self.day = day

    def today(self) -> date:
        return self.day

    def now(self) -> datetime:
        return datetime(self.day.year, self.day.month, self.day.day, 2, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2026, 3, 16))


@pytest.fixture
def desk(tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    d = Desk.open(tmp_path / "data", today=clock.today, now=clock.now)
    d.set_settings(collector_id="C001", lender_accounts=[LENDER])
    yield d
    d.close()


def one_case(desk: Desk, *, disbursed: date, paid: int = 0, contract: str = "JK001") -> str:
    rec = CaseRecord(
        contract_no=contract,
        name="欧阳娜娜",
        id_number="11010519900307002X",
        phones=("13812345678",),
        disbursed_on=disbursed,
        principal_fen=12_000_00,
        instalment_count=12,
        instalment_fen=1_100_00,
        debit_bank="中国工商银行",
        debit_account=DEBIT,
        payments=(PaymentRecord(disbursed + timedelta(days=20), paid),) if paid else (),
    )
    return add_cases(desk, [rec]).loan_ids[0]


def counts(desk: Desk) -> tuple[int, int]:
    with desk.read() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Call)) or 0),
            int(s.scalar(select(func.count()).select_from(Promise)) or 0),
        )


def state(desk: Desk, loan_id: str) -> CaseState:
    with desk.read() as s:
        row = s.get(CaseState, loan_id)
        assert row is not None
        return row


def shown_bucket(desk: Desk, loan_id: str) -> str:
    """The bucket the list shows (computed from the due date at query time)."""
    return cases.rows_by_id(desk, cases.CaseQuery(), [loan_id])[loan_id].bucket


def promise_call(loan_id: str, **terms: object) -> CallOutcome:
    base: dict[str, object] = {
        "promised_on": date(2026, 3, 18),
        "amount_fen": 500_00,
        "method": PaymentMethod.BANK_TRANSFER,
        "account": LENDER,
    }
    base.update(terms)
    return CallOutcome(
        loan_id=loan_id,
        disposition=Disposition.PROMISE,
        overdue_reason=OverdueReason.WAITING_INCOME,
        objections=(Objection.D,),
        note="客户称周三发工资后转账",
        last_step=9,
        promise=PromiseTerms(**base),  # type: ignore[arg-type]
    )


def test_promise_saved_with_its_call_and_the_list_follows(desk: Desk) -> None:
    loan = one_case(desk, disbursed=date(2026, 1, 10))  # first instalment due 2-10: 34 DPD
    assert state(desk, loan).promise_status == "none"
    saved = record_call(desk, promise_call(loan))
    assert counts(desk) == (1, 1)
    assert saved.changes.loans == frozenset({loan}) and "promise" in saved.changes.kinds
    with desk.read() as s:
        p = s.get(Promise, saved.promise_id)
        assert p is not None and p.call_id == saved.call_id
        assert p.part_payment  # 500 yuan of 2,200 overdue
        assert p.created_at.tzinfo is not None and p.collector_id == "C001"
    row = cases.page(desk, cases.CaseQuery(promise=frozenset({"pending"})))
    detail = case_detail.load(desk, loan)
    assert [r.loan_id for r in row] == [loan]
    assert row[0].promise_on == date(2026, 3, 18) and row[0].bucket == "M2"
    assert detail.history[0].kind in {"call", "promise"}
    assert {h.kind for h in detail.history} == {"call", "promise"}


def test_the_borrowers_debit_account_is_allowed(desk: Desk) -> None:
    loan = one_case(desk, disbursed=date(2026, 1, 10))
    record_call(desk, promise_call(loan, account=DEBIT, method=PaymentMethod.AUTO_DEBIT))
    assert counts(desk) == (1, 1)


@pytest.mark.parametrize(
    ("terms", "field", "code"),
    [
        ({"promised_on": date(2026, 3, 15)}, "date", "date_past"),
        ({"promised_on": date(2026, 3, 24)}, "date", "date_too_far"),
        ({"amount_fen": 0}, "amount", "amount_not_positive"),
        ({"amount_fen": 13_200_01}, "amount", "amount_above_outstanding"),
        ({"account": "6217000011112222333"}, "account", "account_not_allowed"),
    ],
)
def test_invalid_promise_saves_nothing(
    desk: Desk, terms: dict[str, object], field: str, code: str
) -> None:
    loan = one_case(desk, disbursed=date(2026, 1, 10))
    before = state(desk, loan)
    with pytest.raises(CallRejected) as caught:
        record_call(desk, promise_call(loan, **terms))
    assert [(e.field, e.code) for e in caught.value.errors] == [(field, code)]
    assert counts(desk) == (0, 0)
    assert state(desk, loan).computed_on == before.computed_on


def test_third_party_cannot_promise(desk: Desk) -> None:
    loan = one_case(desk, disbursed=date(2026, 1, 10))
    outcome = promise_call(loan)
    third = CallOutcome(**{**outcome.__dict__, "third_party": True})
    with pytest.raises(CallRejected) as caught:
        record_call(desk, third)
    assert "third_party_promise" in {e.code for e in caught.value.errors}
    assert counts(desk) == (0, 0)


def test_promise_outcome_without_terms_is_refused(desk: Desk) -> None:
    loan = one_case(desk, disbursed=date(2026, 1, 10))
    with pytest.raises(CallRejected):
        record_call(desk, CallOutcome(loan, Disposition.PROMISE))
    assert counts(desk) == (0, 0)


def test_no_answer_is_a_call_without_promise(desk: Desk) -> None:
    loan = one_case(desk, disbursed=date(2026, 1, 10))
    saved = record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER, note="随便你"))
    assert saved.promise_id is None and saved.flagged  # the forbidden phrase is flagged
    assert counts(desk) == (1, 0)
    assert state(desk, loan).last_contact_at == desk.now()


def test_promise_turns_broken_the_day_after_its_date(desk: Desk, clock: Clock) -> None:
    loan = one_case(desk, disbursed=date(2026, 1, 10))
    record_call(desk, promise_call(loan, promised_on=date(2026, 3, 17)))
    clock.day = date(2026, 3, 17)
    desk.refresh_cases()
    assert state(desk, loan).promise_status == "pending"
    assert state(desk, loan).next_action == "confirm_promise"
    clock.day = date(2026, 3, 18)
    assert desk.refresh_cases() >= 1
    assert state(desk, loan).promise_status == "broken"
    assert state(desk, loan).next_action == "broken_promise"
    assert desk.refresh_cases() == 0  # nothing stale twice on one day


def test_case_rolls_from_m1_to_m2_on_the_thirtieth_day(desk: Desk, clock: Clock) -> None:
    # Disbursed 2026-01-14: first instalment due 2026-02-14; 29 DPD on 2026-03-15.
    clock.day = date(2026, 3, 15)
    loan = one_case(desk, disbursed=date(2026, 1, 14))
    assert (shown_bucket(desk, loan), state(desk, loan).valid_until) == ("M1", date(2026, 3, 16))
    with desk.read() as s:
        assert case_state.stale_loan_ids(s, clock.day) == []
    m1 = cases.count(desk, cases.CaseQuery(buckets=frozenset({"M1-21-29"})))
    assert m1 == 1
    clock.day = date(2026, 3, 16)
    with desk.read() as s:
        assert case_state.stale_loan_ids(s, clock.day) == [loan]
    desk.refresh_cases()
    assert shown_bucket(desk, loan) == "M2"
    rows = cases.page(desk, cases.CaseQuery(buckets=frozenset({"M2"})))
    assert [(r.loan_id, r.dpd) for r in rows] == [(loan, 30)]


def test_a_paid_case_is_current_and_reminded_five_days_ahead(desk: Desk) -> None:
    loan = one_case(desk, disbursed=date(2026, 1, 20), paid=1_100_00)  # 2-20 paid, 3-20 next
    s = state(desk, loan)
    assert (shown_bucket(desk, loan), s.overdue_fen, s.oldest_unpaid_due_on) == (
        "C",
        0,
        date(2026, 3, 20),
    )
    assert s.next_action == "remind" and s.valid_until == date(2026, 3, 20)


def test_a_prepaid_instalment_needs_no_reminder(desk: Desk, clock: Clock) -> None:
    loan = one_case(desk, disbursed=date(2026, 1, 20), paid=2_200_00)  # 3-20 paid ahead
    s = state(desk, loan)
    assert (shown_bucket(desk, loan), s.oldest_unpaid_due_on, s.next_action) == (
        "C",
        date(2026, 4, 20),
        "",
    )
    assert s.valid_until == date(2026, 3, 20)
    clock.day = date(2026, 4, 15)  # five days before the next unpaid instalment
    desk.refresh_cases()
    assert state(desk, loan).next_action == "remind"
