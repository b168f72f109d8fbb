"""The bulk case writer: derived columns, contacts, one transaction, and a case_state
written in memory that equals the one rebuilt from the facts."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from collector_desk.services import case_state, cases
from collector_desk.services.context import Desk
from collector_desk.services.portfolio import (
    CaseRecord,
    ContactRecord,
    PaymentRecord,
    add_cases,
    existing_contracts,
    normalise_phone,
)
from collector_desk.store.models import (
    Borrower,
    CaseState,
    Contact,
    Instalment,
    Loan,
    Payment,
    Phone,
)


def record(contract: str = "jk-0001", **kw: Any) -> CaseRecord:
    base: dict[str, Any] = {
        "contract_no": contract,
        "name": " 王小明 ",
        "id_number": "11010519900307001x",
        "phones": ("+86 138-1234-5678", "13987654321"),
        "disbursed_on": date(2025, 12, 31),
        "principal_fen": 12_000_00,
        "instalment_count": 6,
        "instalment_fen": 2_100_00,
        "contacts": (
            ContactRecord("李芳", "spouse", ("13700001111",)),
            ContactRecord("王建国", "guarantor", ("0571-86001234",)),
            ContactRecord("赵强", "friend", (), is_third_party=False),
        ),
    }
    base.update(kw)
    return CaseRecord(**base)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("13812345678", "8613812345678"),
        ("+86 138 1234 5678", "8613812345678"),
        ("0086-138-1234-5678", "8613812345678"),
        ("8613812345678", "8613812345678"),
        ("010-62345678", "861062345678"),
        ("0755 2345678", "867552345678"),
    ],
)
def test_normalise_phone(text: str, number: str) -> None:
    assert normalise_phone(text) == number


def test_written_rows_carry_the_derived_columns(desk: Desk) -> None:
    written = add_cases(desk, [record()])
    assert len(written.loan_ids) == 1 and written.changes.loans == frozenset(written.loan_ids)
    with desk.read() as s:
        b = s.scalars(select(Borrower)).one()
        loan = s.scalars(select(Loan)).one()
        phones = list(
            s.scalars(select(Phone).order_by(Phone.contact_id.is_not(None), Phone.position))
        )
        contacts = {c.name: c for c in s.scalars(select(Contact))}
        schedule = list(s.scalars(select(Instalment).order_by(Instalment.seq)))
    assert (b.name, b.id_number, b.id_tail, b.gender, b.tz) == (
        "王小明",
        "11010519900307001X",
        "001X",
        "M",
        "Asia/Shanghai",
    )
    assert b.hlc and b.origin == desk.workstation_id == loan.origin
    assert loan.contract_no == "JK-0001" and loan.borrower_id == b.id
    assert [(p.number, p.tail4, p.label, p.position) for p in phones[:2]] == [
        ("8613812345678", "5678", "mobile", 0),
        ("8613987654321", "4321", "mobile", 1),
    ]
    assert {p.number for p in phones[2:]} == {"8613700001111", "8657186001234"}
    assert contacts["李芳"].is_third_party and not contacts["王建国"].is_third_party
    assert not contacts["赵强"].is_third_party  # an explicit value wins over the relation
    # Due dates clamp to month ends and return to the 31st.
    assert [i.due_on for i in schedule][:3] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
    ]


def test_state_written_in_memory_equals_a_rebuild(desk: Desk) -> None:
    recs = [
        record("A1"),
        record("A2", payments=(PaymentRecord(date(2026, 1, 31), 2_100_00),)),
        record("A3", payments=(PaymentRecord(date(2026, 2, 1), 3_000_00),)),  # part of the 2nd
        record("A4", disbursed_on=date(2026, 3, 1)),
        record("A5", payments=(PaymentRecord(date(2026, 1, 5), 12_600_00),)),  # settled
    ]
    written = add_cases(desk, recs)
    columns = [c.key for c in CaseState.__table__.columns]

    def snapshot() -> list[tuple[Any, ...]]:
        with desk.read() as s:
            return [
                tuple(getattr(r, c) for c in columns)
                for r in s.scalars(select(CaseState).order_by(CaseState.contract_no))
            ]

    in_memory = snapshot()
    with desk.unit() as s:
        case_state.refresh(s, written.loan_ids, desk.today())
    assert snapshot() == in_memory
    shown = cases.rows_by_id(desk, cases.CaseQuery(), written.loan_ids)  # bucket from the date
    buckets = {r.contract_no: r.bucket for r in shown.values()}
    assert buckets == {"A1": "M2", "A2": "M1", "A3": "M1", "A4": "C", "A5": "C"}
    with desk.read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 3


def test_a_duplicate_contract_saves_nothing(desk: Desk) -> None:
    add_cases(desk, [record("DUP")])
    with pytest.raises(IntegrityError):
        add_cases(desk, [record("NEW"), record("dup")])
    with desk.read() as s:
        assert s.scalar(select(func.count()).select_from(Loan)) == 1
        assert s.scalar(select(func.count()).select_from(Borrower)) == 1
        assert existing_contracts(s, ["dup ", "new"]) == {"DUP": s.scalars(select(Loan.id)).one()}
