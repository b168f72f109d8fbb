"""Writing many new cases fast: rows built straight as tuples of stored values.

An intake of 100,000 rows writes about 2.5 million database rows (a loan brings
its whole instalment schedule). `services.portfolio.write_cases` builds each
row as a dict and converts it column by column; here each row is a tuple in
column order, schedules are computed once per (date, term), and every 2,000
cases go to the store's bulk writer in one executemany per table. (A writer thread overlapping
the inserts with the checking was tried: the two threads fight over the GIL
and the whole is slower than one thread.)

The rows are exactly what `write_cases` writes (same columns, same derived
case_state through `case_state.write_fresh`); `tests/test_exchange_intake.py`
pins the two together, so a change in the portfolio writer shows up there. Both
write through `store.cases_bulk.CaseWriter`.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from collector_desk.domain.idnumber import gender_of_id
from collector_desk.domain.loan import Instalment, monthly_due_dates
from collector_desk.services import case_state
from collector_desk.services.portfolio import (
    DEFAULT_TZ,
    NOT_THIRD_PARTY,
    CaseRecord,
    PaymentRecord,
    Stamp,
    normalise_phone,
)
from collector_desk.store.cases_bulk import CaseWriter, columns, timestamp_text
from collector_desk.store.derived import LoanFacts

BATCH = 2000  # cases per executemany
ORDER = ("borrower", "contact", "loan", "phone", "instalment", "payment")
# The tuples below are built in these column orders; a schema change must show up here.
EXPECTED = {
    "borrower": ("id", "name", "id_number", "id_tail", "gender", "employer", "employer_phone",
                 "employer_address", "home_address", "hukou_address", "tz", "hlc", "origin"),
    "contact": ("id", "borrower_id", "name", "relation", "is_third_party", "hlc", "origin"),
    "loan": ("id", "contract_no", "borrower_id", "product", "branch", "disbursed_on",
             "principal_fen", "instalment_count", "instalment_fen", "debit_bank",
             "debit_account", "hlc", "origin"),
    "phone": ("id", "borrower_id", "contact_id", "number", "tail4", "label", "position", "hlc",
              "origin"),
    "instalment": ("loan_id", "seq", "due_on", "amount_fen"),
    "payment": ("loan_id", "paid_on", "amount_fen", "channel", "reference", "id", "created_at",
                "collector_id", "workstation_id"),
}  # fmt: skip


def _new_ids() -> Iterator[str]:
    """Random (version 4) UUIDs as text, from one read of os.urandom per 1,024 ids;
    several times as fast as str(uuid.uuid4()). Each writer has its own stream (a
    generator is not for two threads, and a forked copy would repeat its ids)."""
    while True:
        block = os.urandom(16 * 1024).hex()
        for at in range(0, len(block), 32):
            h = block[at : at + 32]
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


@lru_cache(maxsize=8192)
def _due_dates(disbursed_on: date, count: int) -> tuple[tuple[int, date, str], ...]:
    """(seq, due date, as text) of an equal-instalment schedule; the loans of a file
    share disbursement days and terms, and its chunks share this cache."""
    dates = monthly_due_dates(disbursed_on, count, disbursed_on.day)
    return tuple((seq, d, d.isoformat()) for seq, d in enumerate(dates, start=1))


class CaseRowWriter:
    """`add()` new cases, `finish()` writes what is left; all in the caller's transaction."""

    def __init__(self, session: Session, stamp: Stamp, today: date, reference: str) -> None:
        self.session = session
        self.writer = CaseWriter(session)
        self.stamp = stamp
        self.today = today
        self.reference = reference[:64]
        for table, expected in EXPECTED.items():
            if columns(table) != expected:
                raise RuntimeError(f"the {table} table changed; update exchange/intake_fast.py")
        self.rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        self.facts: list[LoanFacts] = []
        self.cases = 0
        self.loan_ids: list[str] = []
        self.created = timestamp_text(stamp.created_at)
        self.new_id = _new_ids().__next__

    def _write(self) -> None:
        for table in ORDER:
            self.writer.insert(table, self.rows.get(table, ()))
        self.rows = defaultdict(list)
        # A new loan has no facts but its schedule and payments: derived from those in
        # hand, written by the one case_state writer (nothing is read back).
        case_state.write_fresh(self.session, self.facts, self.today)
        self.facts = []

    def finish(self) -> list[str]:
        self._write()
        return self.loan_ids

    # --- building rows ------------------------------------------------------------------------

    def _due_dates(self, rec: CaseRecord) -> tuple[tuple[int, date, str], ...]:
        return _due_dates(rec.disbursed_on, rec.instalment_count)

    def add(self, rec: CaseRecord, payments: tuple[PaymentRecord, ...] = ()) -> str:
        rows = self.rows
        hlc, origin = self.stamp.hlc, self.stamp.origin
        borrower_id, loan_id = self.new_id(), self.new_id()
        id_number = rec.id_number.strip().upper()
        name = rec.name.strip()
        rows["borrower"].append((borrower_id, name, id_number, id_number[-4:], gender_of_id(id_number),
                                 rec.employer, rec.employer_phone, rec.employer_address,
                                 rec.home_address, rec.hukou_address, rec.tz or DEFAULT_TZ, hlc,
                                 origin))  # fmt: skip
        for pos, number in enumerate(rec.phones):
            self._phone(borrower_id, None, number, pos)
        for c in rec.contacts:
            contact_id = self.new_id()
            third = (
                (c.relation not in NOT_THIRD_PARTY)
                if c.is_third_party is None
                else c.is_third_party
            )
            rows["contact"].append(
                (contact_id, borrower_id, c.name.strip(), c.relation, int(third), hlc, origin)
            )
            for pos, number in enumerate(c.phones):
                self._phone(borrower_id, contact_id, number, pos)
        contract = rec.contract_no.strip().upper()
        rows["loan"].append((loan_id, contract, borrower_id, rec.product, rec.branch,
                             rec.disbursed_on.isoformat(), rec.principal_fen, rec.instalment_count,
                             rec.instalment_fen, rec.debit_bank, rec.debit_account, hlc, origin))  # fmt: skip
        amount = rec.instalment_fen
        if rec.schedule:
            schedule = rec.instalments()
            rows["instalment"].extend(
                (loan_id, i.seq, i.due_on.isoformat(), i.amount_fen) for i in schedule
            )
        else:
            due = self._due_dates(rec)
            schedule = [Instalment(n, d, amount) for n, d, _t in due]
            rows["instalment"] += [(loan_id, n, text, amount) for n, _d, text in due]
        for p in payments:
            rows["payment"].append((loan_id, p.paid_on.isoformat(), p.amount_fen, p.channel,
                                    p.reference, self.new_id(), self.created, self.stamp.collector_id,
                                    origin))  # fmt: skip
        self.facts.append(
            LoanFacts(
                loan_id, contract, name, schedule, [(p.paid_on, p.amount_fen) for p in payments]
            )
        )
        self.loan_ids.append(loan_id)
        self.cases += 1
        if self.cases % BATCH == 0:
            self._write()
        return loan_id

    def _phone(self, borrower_id: str, contact_id: str | None, number: str, position: int) -> None:
        # Intake's checks give E.164 digits already; other callers may not.
        norm = (
            number
            if number.isascii() and number.isdigit() and number.startswith("86")
            else normalise_phone(number)
        )
        label = "mobile" if len(norm) == 13 and norm.startswith("861") else "home"
        self.rows["phone"].append((self.new_id(), borrower_id, contact_id, norm, norm[-4:], label, position,
                                   self.stamp.hlc, self.stamp.origin))  # fmt: skip
