"""Writing many cases at once: borrowers, phones, contacts, loans, schedules, payments.

Used by the demo, by case intake and by the bench's million-case generator, so
it must be fast: rows are built as full dicts (every column present, defaults
filled here, because a multi-row insert takes its column list from the first
row) and written by the store's bulk writer (`store.cases_bulk.CaseWriter`),
one executemany per table; their case_state rows go through
`case_state.write_fresh`, the one case_state writer.

The input is a plain frozen dataclass (`CaseRecord`) that knows nothing of the
database, so intake can build one from a spreadsheet row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collector_desk.domain.identity import borrower_uuid, loan_uuid
from collector_desk.domain.idnumber import gender_of_id
from collector_desk.domain.loan import Instalment, equal_instalments
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.services import case_state
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.store.cases_bulk import CaseWriter, present
from collector_desk.store.derived import LoanFacts
from collector_desk.store.models import Loan

DEFAULT_TZ = "Asia/Shanghai"
# DESIGN.md: a third party is anyone who is neither the borrower nor a guarantor.
NOT_THIRD_PARTY = frozenset({"guarantor"})
RELATIONS = frozenset(
    {
        "spouse",
        "parent",
        "sibling",
        "child",
        "relative",
        "friend",
        "colleague",
        "guarantor",
        "other",
    }
)


@dataclass(frozen=True, slots=True)
class ContactRecord:
    name: str
    relation: str  # one of RELATIONS
    phones: tuple[str, ...] = ()
    is_third_party: bool | None = None  # None: decided by the relation


@dataclass(frozen=True, slots=True)
class PaymentRecord:
    paid_on: date
    amount_fen: int
    channel: str = "auto_debit"
    reference: str | None = None
    id: str = ""  # a fact a file states has its id from what it said; "": a new UUID


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """One case as head office describes it. Phones: the borrower's, first = primary."""

    contract_no: str
    name: str
    id_number: str
    phones: tuple[str, ...]
    disbursed_on: date
    principal_fen: int
    instalment_count: int
    instalment_fen: int
    product: str | None = None
    branch: str | None = None
    debit_bank: str | None = None
    debit_account: str | None = None
    employer: str | None = None
    employer_phone: str | None = None
    employer_address: str | None = None
    home_address: str | None = None
    hukou_address: str | None = None
    tz: str | None = None
    contacts: tuple[ContactRecord, ...] = ()
    payments: tuple[PaymentRecord, ...] = ()
    # Explicit schedule as (due date, amount); empty: equal monthly instalments.
    schedule: tuple[tuple[date, int], ...] = ()
    loan_id: str | None = None  # preset ids (the bench and tests); None: new UUIDs
    borrower_id: str | None = None

    def instalments(self) -> list[Instalment]:
        if self.schedule:
            return [Instalment(i, d, a) for i, (d, a) in enumerate(self.schedule, start=1)]
        return equal_instalments(self.disbursed_on, self.instalment_count, self.instalment_fen)


@dataclass(frozen=True)
class Stamp:
    """Who writes and when: (hlc, origin) for master rows, the rest for facts."""

    hlc: str
    origin: str
    collector_id: str
    created_at: datetime
    lender: str = ""  # the team's lender_name: new loans' and borrowers' ids follow from it

    @classmethod
    def of(cls, desk: Desk) -> Stamp:
        lender = str(desk.setting("lender_name") or "")
        return cls(desk.hlc(), desk.workstation_id, desk.collector_id, desk.now(), lender)

    def loan_id(self, contract_no: str, day: date | None, seq: int = 0) -> str:
        """A new loan's id: derived from (lender, contract number), the same on every
        workstation (`domain.identity`); `day` and `seq` (the file's day and the row
        in it) order it."""
        return loan_uuid(self.lender, contract_no, day, seq)

    def borrower_id(self, id_number: str, day: date | None, seq: int = 0) -> str:
        """A new borrower's id: derived from (lender, ID number), ordered likewise."""
        return borrower_uuid(self.lender, id_number, day, seq)


@dataclass(frozen=True)
class Written:
    loan_ids: tuple[str, ...]
    rows: int  # all rows inserted, every table
    changes: ChangeSet = field(default_factory=ChangeSet)


_NON_DIGITS = re.compile(r"[^\d]")


def normalise_phone(text: str) -> str:
    """'+86 138-1234-5678' / '13812345678' -> '8613812345678'; '010-62345678' -> '861062345678'."""
    digits = _NON_DIGITS.sub("", text)
    if digits.startswith("0086"):
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        return "86" + digits
    if digits.startswith("0") and len(digits) >= 10:
        return "86" + digits[1:]
    return digits


def _phone_label(number: str) -> str:
    return "mobile" if len(number) == 13 and number.startswith("861") else "home"


def _rows_for(
    rec: CaseRecord,
    stamp: Stamp,
    out: dict[str, list[dict[str, Any]]],
    new_id: Callable[[], str],
    people: set[str],
) -> tuple[str, list[Instalment]]:
    versioned = {"hlc": stamp.hlc, "origin": stamp.origin}
    borrower_id = rec.borrower_id or stamp.borrower_id(rec.id_number, rec.disbursed_on)
    if borrower_id in people:  # a second record of one person here: a borrower of its own
        borrower_id = new_id()
    people.add(borrower_id)
    loan_id = rec.loan_id or stamp.loan_id(rec.contract_no, rec.disbursed_on)
    id_number = rec.id_number.strip().upper()
    out["borrower"].append(
        {
            "id": borrower_id,
            "name": rec.name.strip(),
            "id_number": id_number,
            "id_tail": id_number[-4:],
            "gender": gender_of_id(id_number),
            "employer": rec.employer,
            "employer_phone": rec.employer_phone,
            "employer_address": rec.employer_address,
            "home_address": rec.home_address,
            "hukou_address": rec.hukou_address,
            "tz": rec.tz or DEFAULT_TZ,
            **versioned,
        }
    )

    def phone(number: str, contact_id: str | None, position: int) -> None:
        norm = normalise_phone(number)
        out["phone"].append(
            {
                "id": new_id(),
                "borrower_id": borrower_id,
                "contact_id": contact_id,
                "number": norm,
                "tail4": norm[-4:],
                "label": _phone_label(norm),
                "position": position,
                **versioned,
            }
        )

    for pos, number in enumerate(rec.phones):
        phone(number, None, pos)
    for c in rec.contacts:
        contact_id = new_id()
        third = c.is_third_party
        out["contact"].append(
            {
                "id": contact_id,
                "borrower_id": borrower_id,
                "name": c.name.strip(),
                "relation": c.relation,
                "is_third_party": (c.relation not in NOT_THIRD_PARTY) if third is None else third,
                **versioned,
            }
        )
        for pos, number in enumerate(c.phones):
            phone(number, contact_id, pos)
    out["loan"].append(
        {
            "id": loan_id,
            "contract_no": rec.contract_no.strip().upper(),
            "borrower_id": borrower_id,
            "product": rec.product,
            "branch": rec.branch,
            "disbursed_on": rec.disbursed_on,
            "principal_fen": rec.principal_fen,
            "instalment_count": rec.instalment_count,
            "instalment_fen": rec.instalment_fen,
            "debit_bank": rec.debit_bank,
            "debit_account": rec.debit_account,
            **versioned,
        }
    )
    schedule = rec.instalments()
    out["instalment"].extend(
        {"loan_id": loan_id, "seq": i.seq, "due_on": i.due_on, "amount_fen": i.amount_fen}
        for i in schedule
    )
    out["payment"].extend(
        {
            "id": p.id or new_id(),
            "created_at": stamp.created_at,
            "collector_id": stamp.collector_id,
            "workstation_id": stamp.origin,
            "loan_id": loan_id,
            "paid_on": p.paid_on,
            "amount_fen": p.amount_fen,
            "channel": p.channel,
            "reference": p.reference,
        }
        for p in rec.payments
    )
    return loan_id, schedule


_TABLES = ("borrower", "contact", "phone", "loan", "instalment", "payment")


def write_cases(
    session: Session,
    records: Iterable[CaseRecord],
    stamp: Stamp,
    *,
    today: date | None = None,
    progress: Progress = NO_PROGRESS,
    total: int = 0,
    chunk: int = 2000,
    ids: Callable[[], str] = new_id,
) -> Written:
    """Insert new cases. With `today`, also write their case_state rows, derived in
    memory (a new loan has no facts but its payments, so nothing need be read back).
    A new loan's and borrower's ids follow from the lender and the contract / ID
    number (`Stamp.loan_id`); `ids` makes the other UUIDs (the demo passes a seeded
    one to stay deterministic)."""
    loan_ids: list[str] = []
    rows = 0
    done = 0
    batch: list[CaseRecord] = []
    people: set[str] = set()  # borrower ids written by this call

    def flush() -> None:
        nonlocal rows, done
        out: dict[str, list[dict[str, Any]]] = {name: [] for name in _TABLES}
        facts: list[LoanFacts] = []
        # A person here already (the same ID number): this writer does not attach, so the
        # record's borrower is one of its own, as before ids were derived.
        derived = [stamp.borrower_id(r.id_number, r.disbursed_on) for r in batch]
        people.update(present(session, "borrower", "id", derived))
        for rec in batch:
            loan_id, schedule = _rows_for(rec, stamp, out, ids, people)
            loan_ids.append(loan_id)
            if today is not None:
                facts.append(fresh_facts(rec, loan_id, schedule))
        writer = CaseWriter(session)
        for name in _TABLES:
            rows += writer.insert_values(name, out[name])
        if today is not None:
            rows += case_state.write_fresh(session, facts, today)
        done += len(batch)
        batch.clear()
        progress.step(done, total or None)

    for rec in records:
        batch.append(rec)
        if len(batch) >= chunk:
            flush()
    if batch:
        flush()
    return Written(
        tuple(loan_ids), rows, ChangeSet.of(ChangeKind.CASE, ChangeKind.PAYMENT, loans=loan_ids)
    )


def fresh_facts(rec: CaseRecord, loan_id: str, schedule: Sequence[Instalment]) -> LoanFacts:
    """The facts of a loan just written: no promises, calls or assignment yet."""
    return LoanFacts(
        loan_id,
        rec.contract_no.strip().upper(),
        rec.name.strip(),
        list(schedule),
        [(p.paid_on, p.amount_fen) for p in rec.payments],
    )


def existing_contracts(session: Session, contract_nos: Iterable[str]) -> dict[str, str]:
    """contract_no -> loan id for those already in the database."""
    wanted = sorted({c.strip().upper() for c in contract_nos})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        for contract_no, loan_id in session.execute(
            select(Loan.contract_no, Loan.id).where(Loan.contract_no.in_(part))
        ):
            found[contract_no] = loan_id
    return found


def add_cases(
    desk: Desk, records: Sequence[CaseRecord], *, progress: Progress = NO_PROGRESS
) -> Written:
    """Write new cases in one unit of work, with their derived state for today."""
    with desk.unit() as s:
        return write_cases(
            s, records, Stamp.of(desk), today=desk.today(), progress=progress, total=len(records)
        )
