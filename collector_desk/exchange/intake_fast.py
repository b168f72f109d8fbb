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

import json
import os
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache
from itertools import count, repeat
from typing import Any

from sqlalchemy.orm import Session

from collector_desk.domain.idnumber import gender_of_id
from collector_desk.domain.loan import FAR_FUTURE, Instalment, Position, monthly_due_dates
from collector_desk.domain.promise import PromiseStatus
from collector_desk.domain.stated import plain_position
from collector_desk.exchange import intake_rows as f
from collector_desk.exchange.intake_rows import GoodRow, Values, contacts_of, phones_of
from collector_desk.services import case_state
from collector_desk.services.portfolio import (
    DEFAULT_TZ,
    NOT_THIRD_PARTY,
    PaymentRecord,
    Stamp,
    normalise_phone,
)
from collector_desk.store.cases_bulk import CaseWriter, columns, python_values, timestamp_text
from collector_desk.store.derived import LoanFacts

BATCH = 2000  # cases per executemany
ORDER = ("borrower", "contact", "loan", "phone", "instalment", "payment", "register")
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
    "register": ("entity", "entity_id", "field", "value", "hlc", "origin", "prev_hlc"),
    "case_state": ("loan_id", "contract_no", "borrower_name", "oldest_unpaid_due_on",
                   "overdue_fen", "outstanding_fen", "promise_status", "promise_on", "promise_fen",
                   "last_contact_at", "next_action", "assigned_to", "computed_on", "valid_until",
                   "derivation"),
}  # fmt: skip


def time_ordered_ids() -> Iterator[str]:
    """Ids in the UUID version 7 layout (RFC 9562): the stream's start in Unix
    milliseconds, random bits, then a counter from a random start, so each id sorts
    after the one before. New rows then land at the end of every index keyed by an
    id (the primary keys, and borrower_id / loan_id in phone, contact, instalment,
    payment and case_state) instead of all over it: a chunk rewrites a few pages of
    each such index, not most of them, so the work per chunk stays flat as the
    database grows. Two streams (two workstations, two chunks) share an id only if
    they start in the same millisecond with the same 26 random bits and counters
    less than a chunk apart (73 random bits in all). Several times as fast as
    str(uuid.uuid4()); each writer has its own stream (not for two threads)."""
    noise = int.from_bytes(os.urandom(10))
    ms = time.time_ns() // 1_000_000 & 0xFFFF_FFFF_FFFF
    rand_a, rand_b = noise >> 68 & 0xFFF, noise >> 54 & 0x3FFF  # 12 and 14 random bits
    # The last 48 bits count, from a random start below 2**47: no wrap in one stream.
    head = f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-7{rand_a:03x}-{0x8000 | rand_b:04x}-"
    return map(f"{head}{{:012x}}".format, count(noise & (2**47 - 1)))


@lru_cache(maxsize=8192)
def _due_dates(disbursed_on: date, n: int) -> tuple[range, tuple[date, ...], tuple[str, ...]]:
    """(seqs, due dates, the dates as text) of an equal-instalment schedule; the loans
    of a file share disbursement days and terms, and its chunks share this cache."""
    dates = monthly_due_dates(disbursed_on, n, disbursed_on.day)
    return range(1, n + 1), dates, tuple(d.isoformat() for d in dates)


# --- a new case's stored rows, from its checked values (intake_rows.FIELD_KEYS order) -----
# The one place each new row's tuple is built; EXPECTED above pins the column order.


def borrower_row(borrower_id: str, v: Values, hlc: str, origin: str) -> tuple[Any, ...]:
    id_number = v[f.ID_NUMBER].strip().upper()
    return (borrower_id, v[f.NAME].strip(), id_number, id_number[-4:], gender_of_id(id_number),
            v[f.EMPLOYER], v[f.EMPLOYER_PHONE], v[f.EMPLOYER_ADDRESS], v[f.HOME_ADDRESS],
            v[f.HUKOU_ADDRESS], DEFAULT_TZ, hlc, origin)  # fmt: skip


def loan_row(loan_id: str, borrower_id: str, v: Values, hlc: str, origin: str) -> tuple[Any, ...]:
    return (loan_id, v[f.CONTRACT].strip().upper(), borrower_id, v[f.PRODUCT], v[f.BRANCH],
            v[f.DISBURSED_ON].isoformat(), v[f.PRINCIPAL], v[f.INSTALMENT_COUNT],
            v[f.INSTALMENT_AMOUNT], v[f.DEBIT_BANK], v[f.DEBIT_ACCOUNT], hlc, origin)  # fmt: skip


def contact_row(
    contact_id: str, borrower_id: str, name: str, relation: str, hlc: str, origin: str
) -> tuple[Any, ...]:
    third = relation not in NOT_THIRD_PARTY
    return (contact_id, borrower_id, name.strip(), relation, int(third), hlc, origin)


def phone_row(
    phone_id: str, borrower_id: str, contact_id: str | None, number: str, position: int,
    hlc: str, origin: str,
) -> tuple[Any, ...]:  # fmt: skip
    # Intake's checks give E.164 digits already; other callers may not.
    norm = (
        number
        if number.isascii() and number.isdigit() and number.startswith("86")
        else normalise_phone(number)
    )
    label = "mobile" if len(norm) == 13 and norm.startswith("861") else "home"
    return (phone_id, borrower_id, contact_id, norm, norm[-4:], label, position, hlc, origin)


def fresh_row(
    loan_id: str,
    contract_no: str,
    borrower_name: str,
    pos: Position,
    today: date,
    assigned_to: str = "",
) -> tuple[Any, ...]:
    """`case_state.derive()` of a loan just written, as the stored row (case_state's
    column order, ISO dates): its position, no promise, no contact, nobody assigned
    yet (what `write_fresh` gives for it, without a pass over instalment objects;
    `tests/test_exchange_intake_fast.py` pins the two)."""
    valid_until = pos.valid_until()
    upcoming = pos.oldest_unpaid_due_on
    days_to_due = (upcoming - today).days if upcoming != FAR_FUTURE else 10**6
    if 5 < days_to_due < 10**6:
        valid_until = min(valid_until, upcoming - _FIVE_DAYS)
    dpd = (today - upcoming).days
    # case_state.next_action() without a promise: collect, remind or nothing
    remind = "remind" if 0 <= days_to_due <= 5 else ""
    action = "collect" if dpd > 0 else remind
    after = today + _ONE_DAY
    return (loan_id, contract_no, borrower_name, upcoming.isoformat(), pos.overdue_fen,
            pos.outstanding_fen, _NO_PROMISE, None, None, None, action, assigned_to, today.isoformat(),
            (valid_until if valid_until > after else after).isoformat(), _DERIVED_BY)  # fmt: skip


def fresh_state(
    loan_id: str, contract_no: str, borrower_name: str, pos: Position, today: date
) -> dict[str, Any]:
    """`fresh_row` as the Python values `case_state.derive()` gives."""
    row = fresh_row(loan_id, contract_no, borrower_name, pos, today)
    return python_values("case_state", dict(zip(columns("case_state"), row, strict=True)))


_ONE_DAY, _FIVE_DAYS = timedelta(days=1), timedelta(days=5)
ENTITY, FIELD = "loan", "assigned_to"  # the assignment register, as services.assignment writes it
_NO_PROMISE = PromiseStatus.NONE.value
_DERIVED_BY = 1  # the case_state.DERIVATION_VERSION that fresh_state() follows


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
        if case_state.DERIVATION_VERSION != _DERIVED_BY:
            raise RuntimeError("case_state.derive() changed; update exchange/intake_fast.py")
        self.rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        self.facts: list[LoanFacts] = []  # loans with their own schedule, for derive()
        self.states: list[tuple[Any, ...]] = []  # plain loans' case_state rows, derived here
        self.cases = 0
        self.loan_ids: list[str] = []
        self.assigned: list[str] = []  # loans assigned as they were written
        self.registered: dict[str, str] = {}  # staff code -> the register's stored value
        self.created = timestamp_text(stamp.created_at)
        self.new_id = time_ordered_ids().__next__

    def _write(self) -> None:
        for table in ORDER:
            self.writer.insert(table, self.rows.get(table, ()))
        self.rows = defaultdict(list)
        # A new loan has no facts but its schedule and payments: derived from those in
        # hand (nothing is read back). The plain loans' rows are new rows, many per
        # INSERT (there is nothing to upsert); the others go through the one deriver.
        self.writer.insert("case_state", self.states)
        case_state.write_fresh(self.session, self.facts, self.today)
        self.facts, self.states = [], []

    def finish(self) -> list[str]:
        self._write()
        return self.loan_ids

    # --- building rows ------------------------------------------------------------------------

    def add(
        self, g: GoodRow, payments: tuple[PaymentRecord, ...] = (), assigned_to: str = ""
    ) -> str:
        """Rows of one new case of a new borrower, straight from its checked values;
        `assigned_to` (a staff code on the roster) writes its assignment register too,
        as `assignment.apply_plan` would for a new loan."""
        v, rows = g.values, self.rows
        hlc, origin, new_id = self.stamp.hlc, self.stamp.origin, self.new_id
        # the ids every workstation gives this contract and its borrower (domain.identity),
        # in the order of the file's rows, after every earlier file's
        day, row = g.as_of, g.row
        borrower_id = self.stamp.borrower_id(v[f.ID_NUMBER], day, row)
        loan_id = self.stamp.loan_id(v[f.CONTRACT], day, row)
        borrower = borrower_row(borrower_id, v, hlc, origin)
        rows["borrower"].append(borrower)
        phones = rows["phone"]
        for pos, number in enumerate(phones_of(v)):
            phones.append(phone_row(new_id(), borrower_id, None, number, pos, hlc, origin))
        for name, relation, phone in contacts_of(v):
            contact_id = new_id()
            rows["contact"].append(
                contact_row(contact_id, borrower_id, name, relation, hlc, origin)
            )
            if phone:
                phones.append(phone_row(new_id(), borrower_id, contact_id, phone, 0, hlc, origin))
        loan = loan_row(loan_id, borrower_id, v, hlc, origin)
        rows["loan"].append(loan)
        contract, name, amount = loan[1], borrower[1], loan[8]
        for p in payments:
            rows["payment"].append((loan_id, p.paid_on.isoformat(), p.amount_fen, p.channel,
                                    p.reference, p.id or new_id(), self.created, self.stamp.collector_id,
                                    origin))  # fmt: skip
        if assigned_to:
            value = self.registered.get(assigned_to)
            if value is None:
                value = self.registered[assigned_to] = json.dumps(assigned_to, ensure_ascii=False)
            rows["register"].append((ENTITY, loan_id, FIELD, value, hlc, origin, ""))
            self.assigned.append(loan_id)
        paid = [(p.paid_on, p.amount_fen) for p in payments]
        if g.schedule:
            schedule = [Instalment(i, d, a) for i, (d, a) in enumerate(g.schedule, start=1)]
            rows["instalment"].extend(
                (loan_id, i.seq, i.due_on.isoformat(), i.amount_fen) for i in schedule
            )
            self.facts.append(
                LoanFacts(loan_id, contract, name, schedule, paid, assigned_to=assigned_to)
            )
        else:
            seqs, dates, texts = _due_dates(v[f.DISBURSED_ON], v[f.INSTALMENT_COUNT])
            n = len(dates)
            rows["instalment"] += zip(
                repeat(loan_id, n), seqs, texts, repeat(amount, n), strict=True
            )
            where = plain_position(dates, amount, paid, self.today)
            self.states.append(fresh_row(loan_id, contract, name, where, self.today, assigned_to))
        self.loan_ids.append(loan_id)
        self.cases += 1
        if self.cases % BATCH == 0:
            self._write()
        return loan_id
