"""Writing checked rows: new contracts, repeat borrowers, and updates of known contracts.

- A new contract of a new borrower is written as soon as its row is checked
  (`intake_fast`: the same rows `services.portfolio.write_cases` makes, faster).
- A new contract of a borrower already here (same ID number; renewals are common)
  is attached to that borrower instead of creating a second person.
- A contract already here is compared field by field with what the file gives;
  only differences are written, as a new version (hlc, origin) so sync carries
  them; a changed term or instalment rebuilds the schedule; numbers and contacts
  the file adds are added (none are removed: calls refer to them); what head office
  repaid beyond the payments here it includes is matched payment by payment
  (`intake_payments`), and what no payment here accounts for is one new payment.
- Each contract's placement (batch, date and amount placed, repaid so far) is a
  `placement` row when the file says something new for it.
So the same file loaded twice writes nothing the second time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from collector_desk.domain.identity import fact_uuid, lender_key
from collector_desk.domain.idnumber import gender_of_id
from collector_desk.domain.privacy import mask_id_number, mask_name
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.exchange.intake_fast import CaseRowWriter, loan_row, time_ordered_ids
from collector_desk.exchange.intake_payments import (
    LoanHistory,
    Said,
    head_office_reference,
    histories,
    placement_row,
    placement_said,
    reconcile_paid,
)
from collector_desk.exchange.intake_rows import (
    ASSIGNED_AMOUNT,
    ASSIGNED_ON,
    BATCH,
    COLLECTOR,
    LAST_PAID_ON,
    STATED_FIELDS,
    GoodRow,
    RowProblem,
)
from collector_desk.services import case_state, target_counts
from collector_desk.services.portfolio import (
    NOT_THIRD_PARTY,
    CaseRecord,
    ContactRecord,
    PaymentRecord,
    Stamp,
)
from collector_desk.store.cases_bulk import (
    CaseWriter,
    columns,
    present,
    rows_in,
    timestamp_text,
)

STATED = frozenset(STATED_FIELDS)
# file field -> (table, column) for the values an update may change
LOAN_FIELDS = {
    "product": "product",
    "branch": "branch",
    "disbursed_on": "disbursed_on",
    "principal": "principal_fen",
    "instalment_count": "instalment_count",
    "instalment_amount": "instalment_fen",
    "debit_bank": "debit_bank",
    "debit_account": "debit_account",
}
SCHEDULE_FIELDS = ("disbursed_on", "instalment_count", "instalment_amount")
BORROWER_FIELDS = {
    "name": "name",
    "id_number": "id_number",
    "employer": "employer",
    "employer_phone": "employer_phone",
    "employer_address": "employer_address",
    "home_address": "home_address",
    "hukou_address": "hukou_address",
}


@dataclass
class WriteCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    loans: list[str] = field(default_factory=list)
    # Head office's repaid amounts: payments recorded here (at the desk, from the debit
    # file) that they were matched with, and the head-office payments written for what
    # none of those accounts for (a new contract's repaid amount is one of these).
    payments_matched: int = 0
    matched_fen: int = 0
    payments_new: int = 0
    new_fen: int = 0

    def add(self, other: WriteCounts) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.loans += other.loans
        self.payments_matched += other.payments_matched
        self.matched_fen += other.matched_fen
        self.payments_new += other.payments_new
        self.new_fen += other.new_fen

    def paid_new(self, fen: int) -> None:
        self.payments_new += 1
        self.new_fen += fen


def _loan_value(rec: CaseRecord, key: str) -> Any:
    return {
        "product": rec.product,
        "branch": rec.branch,
        "disbursed_on": rec.disbursed_on.isoformat(),
        "principal": rec.principal_fen,
        "instalment_count": rec.instalment_count,
        "instalment_amount": rec.instalment_fen,
        "debit_bank": rec.debit_bank,
        "debit_account": rec.debit_account,
    }[key]


def _borrower_value(rec: CaseRecord, key: str) -> Any:
    return rec.id_number.upper() if key == "id_number" else getattr(rec, key)


class _Person:
    """A borrower here, with their numbers and contacts."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row
        self.own_numbers: set[str] = set()
        self.max_position = -1
        self.contacts: dict[tuple[str, str], str] = {}  # (name, relation) -> contact id
        self.contact_numbers: dict[str, set[str]] = defaultdict(set)


@dataclass
class _Case:
    """A contract here: its loan row, its borrower, what has been repaid."""

    loan: dict[str, Any]
    person: _Person
    history: LoanHistory = field(default_factory=LoanHistory)
    schedule: tuple[tuple[date, int], ...] | None = None  # read only when the file states one


def _people(session: Session, borrowers: list[dict[str, Any]]) -> dict[str, _Person]:
    people = {b["id"]: _Person(b) for b in borrowers}
    ids = sorted(people)
    for p in rows_in(session, "phone", "borrower_id", ids,
                     only=("borrower_id", "contact_id", "number", "position")):  # fmt: skip
        person = people[p["borrower_id"]]
        if p["contact_id"] is None:
            person.own_numbers.add(p["number"])
            person.max_position = max(person.max_position, p["position"])
        else:
            person.contact_numbers[p["contact_id"]].add(p["number"])
    for c in rows_in(session, "contact", "borrower_id", ids,
                     only=("id", "borrower_id", "name", "relation")):  # fmt: skip
        people[c["borrower_id"]].contacts.setdefault((c["name"], c["relation"]), c["id"])
    return people


def _known_people(session: Session, id_numbers: list[str]) -> dict[str, _Person]:
    """Borrowers here by ID number."""
    wanted = present(session, "borrower", "id_number", id_numbers)
    by_id = _people(session, rows_in(session, "borrower", "id_number", wanted))
    return {p.row["id_number"]: p for p in by_id.values()}


def _known_cases(session: Session, contracts: list[str], *, schedules: bool) -> dict[str, _Case]:
    """Contracts here by contract number; with their schedules when the file states
    positions (to see whether head office's figures move them)."""
    wanted = present(session, "loan", "contract_no", contracts)
    if not wanted:
        return {}
    loans = rows_in(session, "loan", "contract_no", wanted)
    borrowers = rows_in(session, "borrower", "id", [ln["borrower_id"] for ln in loans])
    people = _people(session, borrowers)
    cases = {ln["contract_no"]: _Case(ln, people[ln["borrower_id"]]) for ln in loans}
    by_loan = {c.loan["id"]: c for c in cases.values()}
    for loan_id, history in histories(session, sorted(by_loan)).items():
        by_loan[loan_id].history = history
    if schedules:
        rows: dict[str, list[tuple[int, date, int]]] = defaultdict(list)
        for r in rows_in(session, "instalment", "loan_id", sorted(by_loan),
                         only=("loan_id", "seq", "due_on", "amount_fen")):  # fmt: skip
            rows[r["loan_id"]].append(
                (r["seq"], date.fromisoformat(str(r["due_on"])), r["amount_fen"])
            )
        for loan_id, case in by_loan.items():
            case.schedule = tuple((d, a) for _s, d, a in sorted(rows[loan_id]))
    return cases


def _identity_problem(g: GoodRow, field: str, old: str, new: str) -> RowProblem:
    masked = mask_name if field == "name" else mask_id_number
    what = "borrower's name" if field == "name" else "ID number"
    return RowProblem(
        g.row,
        g.headers.get(field, ""),
        "identity_changed",
        f"this contract's {what} here is {masked(old)}, the file says {masked(new)}; check "
        "with head office, then load with --accept-identity-change (the window asks) to take it",
        f"{masked(old)} -> {masked(new)}",
    )


class IntakeWriter:
    def __init__(
        self,
        session: Session,
        stamp: Stamp,
        today: date,
        source: str,
        *,
        dry_run: bool,
        accept_identity_change: bool = False,
        roster: Mapping[str, str] | None = None,
    ) -> None:
        self.session = session
        # staff code or unique name -> staff code: a new case whose collector is on the
        # team is assigned as it is written (the others once the whole file is in)
        self.roster = roster or {}
        self.assigned: set[str] = set()  # contracts assigned as they were written
        self.stamp = stamp
        self.today = today
        self.source = source
        self.dry_run = dry_run
        self.accept_identity_change = accept_identity_change
        # (contract, {field: (old, new)}) of borrowers whose name or ID number the file changed
        self.identity_changes: list[tuple[str, dict[str, tuple[str, str]]]] = []
        self.counts = WriteCounts()
        self.touched: set[str] = set()
        self.inserts: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        self.new_id = time_ordered_ids().__next__
        self.created = timestamp_text(stamp.created_at)

    # --- the plan ----------------------------------------------------------------------------
    # prepare() looks up what the file's contracts and people are here; take() is called
    # for each good row as it is checked (new cases are written at once, on the pipeline);
    # finish() applies the updates and attachments and rebuilds case_state.

    def prepare(self, contracts: list[str], id_numbers: list[str], *, states: bool) -> None:
        """Look up this chunk's contracts and people (and, when the file states
        positions, the known contracts' schedules) in one pass."""
        self.states = states
        self.known = _known_cases(self.session, sorted(set(contracts)), schedules=states)
        self.people = _known_people(self.session, sorted(set(id_numbers)))
        self.first_of: set[str] = set()
        self.updates: list[GoodRow] = []
        self.attach: list[tuple[GoodRow, _Person | None]] = []
        self.fast: CaseRowWriter | None = None
        self.writer = CaseWriter(self.session)
        self.replaced: list[str] = []  # loans whose schedule is written anew
        if not self.dry_run:
            self.fast = CaseRowWriter(
                self.session, self.stamp, self.today, f"head office {self.source}"
            )

    def take(self, g: GoodRow) -> list[RowProblem]:
        """Plan one checked row; a row refused here (a changed identity) gives its problems."""
        contract, id_number = g.contract_no, g.id_number
        if contract in self.known:
            rec = g.record
            person = self.known[contract].person.row
            changed = {
                f: (str(person[col]), str(_borrower_value(rec, f)))
                for f, col in (("name", "name"), ("id_number", "id_number"))
                if f in g.present and person[col] != _borrower_value(rec, f)
            }
            if changed and not self.accept_identity_change:
                return [_identity_problem(g, f, old, new) for f, (old, new) in changed.items()]
            if changed:
                self.identity_changes.append((contract, changed))
            self.updates.append(g)
            return []
        self.counts.new += 1
        if g.paid_fen:  # written with the new contract (_attach, or the fast path)
            self.counts.paid_new(g.paid_fen)
        if id_number in self.people:
            self.attach.append((g, self.people[id_number]))
        elif id_number in self.first_of:
            self.attach.append((g, None))  # the same new borrower's second contract in this file
        else:
            self.first_of.add(id_number)
            if self.fast is not None:
                payments = (self._catch_up(g, g.paid_fen),) if g.paid_fen else ()
                who = (
                    self.roster.get(str(g.values[COLLECTOR] or "").strip(), "")
                    if self.roster
                    else ""
                )
                self._placed(g, self.fast.add(g, payments, who), owed=g.paid_fen or 0)
                if who:
                    self.assigned.add(contract)
        return []

    def finish(self, progress: Progress = NO_PROGRESS) -> WriteCounts:
        if self.fast is not None:
            self.counts.loans += self.fast.finish()
        for g in self.updates:
            self._update(g, self.known[g.contract_no])
        if self.dry_run:
            return self.counts
        # A new borrower with two contracts in this file: find the one just written.
        again = sorted({g.id_number for g, person in self.attach if person is None})
        just_made = _known_people(self.session, again) if again else {}
        for g, person in self.attach:
            self._attach(g, person or just_made[g.id_number])
        self._flush()
        progress.step(progress.done, None, "case_state")  # a cancel here undoes the chunk
        case_state.refresh(self.session, self.touched, self.today)
        self.counts.loans += sorted(self.touched)
        if self.counts.loans:  # new or changed schedules: the Targets totals by loan again
            target_counts.forget_loans(self.session)
        return self.counts

    def _catch_up(self, g: GoodRow, amount: int) -> PaymentRecord:
        """A repayment head office reports that no payment here accounts for yet. Its id
        follows from what the file states (the contract, its repaid amount and
        last-payment day), so two workstations loading one file make one payment."""
        on = g.paid_on
        day = on if on is not None and on <= self.today else self.today
        said = (lender_key(self.stamp.lender), g.contract_no, g.paid_fen, g.values[LAST_PAID_ON])
        return PaymentRecord(
            day, amount, "other", head_office_reference(self.source),
            fact_uuid("head office payment", *said, day=g.as_of, seq=g.row),
        )  # fmt: skip

    def _said(self, g: GoodRow) -> Said | None:
        v = g.values
        extras = {"batch": v[BATCH], "assigned_on": v[ASSIGNED_ON],
                  "assigned_amount": v[ASSIGNED_AMOUNT]}  # fmt: skip
        return placement_said(self.source, extras, g.paid_fen, v[LAST_PAID_ON])

    def _placed(
        self, g: GoodRow, loan_id: str, matched: tuple[str, ...] = (), said: Said | None = None,
        owed: int = 0,
    ) -> None:  # fmt: skip
        """The row's placement, when it says anything (a new contract's first)."""
        said = said or self._said(g)
        if said is None:
            return
        # its id from what the file said (and what it matched here): one file's placement
        # made on two workstations is one row
        what = (
            lender_key(self.stamp.lender),
            g.contract_no,
            said[1:],
            g.as_of,
            sorted(matched),
            owed,
        )
        fact = {"id": fact_uuid("placement", *what, day=g.as_of, seq=g.row), "created_at": self.created,
                "collector_id": self.stamp.collector_id, "workstation_id": self.stamp.origin}  # fmt: skip
        row = placement_row(said, loan_id, g.as_of or self.today, matched, fact)
        self._add("placement", row)

    # --- rows ----------------------------------------------------------------------------

    def _versioned(self) -> dict[str, str]:
        return {"hlc": self.stamp.hlc, "origin": self.stamp.origin}

    def _add(self, table: str, row: dict[str, Any]) -> None:
        self.inserts[table].append(tuple(row.get(c) for c in columns(table)))

    def _phone(self, borrower_id: str, contact_id: str | None, number: str, position: int) -> None:
        self._add("phone", {"id": self.new_id(), "borrower_id": borrower_id, "contact_id": contact_id,
                            "number": number, "tail4": number[-4:],
                            "label": "mobile" if len(number) == 13 and number.startswith("861") else "home",
                            "position": position, **self._versioned()})  # fmt: skip

    def _add_people(self, rec: CaseRecord, person: _Person) -> bool:
        """Add the numbers and contacts the file has and the database lacks."""
        changed = False
        borrower_id = person.row["id"]
        for number in rec.phones:
            if number not in person.own_numbers:
                person.max_position += 1
                self._phone(borrower_id, None, number, person.max_position)
                person.own_numbers.add(number)
                changed = True
        for c in rec.contacts:
            cid = person.contacts.get((c.name, c.relation))
            if cid is None:
                cid = self.new_id()
                person.contacts[(c.name, c.relation)] = cid
                self._contact(borrower_id, cid, c)
                changed = True
            numbers = person.contact_numbers[cid]
            for number in c.phones:
                if number not in numbers:
                    self._phone(borrower_id, cid, number, len(numbers))
                    numbers.add(number)
                    changed = True
        return changed

    def _contact(self, borrower_id: str, contact_id: str, c: ContactRecord) -> None:
        third = c.relation not in NOT_THIRD_PARTY if c.is_third_party is None else c.is_third_party
        self._add("contact", {"id": contact_id, "borrower_id": borrower_id, "name": c.name,
                              "relation": c.relation, "is_third_party": int(third),
                              **self._versioned()})  # fmt: skip

    def _schedule(self, loan_id: str, rec: CaseRecord) -> None:
        for i in rec.instalments():
            self._add("instalment", {"loan_id": loan_id, "seq": i.seq,
                                     "due_on": i.due_on.isoformat(), "amount_fen": i.amount_fen})  # fmt: skip

    def _payment(self, g: GoodRow, loan_id: str, amount: int) -> None:
        p = self._catch_up(g, amount)
        self._add("payment", {"id": p.id, "created_at": timestamp_text(self.stamp.created_at),
                              "collector_id": self.stamp.collector_id,
                              "workstation_id": self.stamp.origin, "loan_id": loan_id,
                              "paid_on": p.paid_on.isoformat(), "amount_fen": p.amount_fen,
                              "channel": p.channel, "reference": p.reference})  # fmt: skip

    def _attach(self, g: GoodRow, person: _Person) -> None:
        rec, loan_id = g.record, self.stamp.loan_id(g.contract_no, g.as_of, g.row)
        self._add_people(rec, person)
        self.inserts["loan"].append(
            loan_row(loan_id, person.row["id"], g.values, self.stamp.hlc, self.stamp.origin)
        )
        self._schedule(loan_id, rec)
        if g.paid_fen:
            self._payment(g, loan_id, g.paid_fen)
        self._placed(g, loan_id, owed=g.paid_fen or 0)
        self.touched.add(loan_id)

    def _update(self, g: GoodRow, case: _Case) -> None:
        rec, person = g.record, case.person
        loan_id = case.loan["id"]
        loan_set = {col: _loan_value(rec, f) for f, col in LOAN_FIELDS.items()
                    if f in g.present and case.loan[col] != _loan_value(rec, f)}  # fmt: skip
        borrower_set = {col: _borrower_value(rec, f) for f, col in BORROWER_FIELDS.items()
                        if f in g.present and person.row[col] != _borrower_value(rec, f)}  # fmt: skip
        people = self._add_people(rec, person)
        said = self._said(g)
        paid = reconcile_paid(case.history, g.paid_fen, g.values[LAST_PAID_ON],
                              g.as_of or self.today) if said else None  # fmt: skip
        owed = paid.new_fen if paid else 0
        # a placement saying something new, or including payments here, or more: a new row
        placed = said is not None and (
            said[1:] not in case.history.said or bool(paid and (paid.matched or paid.new_fen))
        )
        moved = (
            bool(g.present & STATED)
            and case.schedule is not None
            and case.schedule != tuple((i.due_on, i.amount_fen) for i in rec.instalments())
        )
        if not (loan_set or borrower_set or people or owed > 0 or moved or placed):
            self.counts.unchanged += 1
            return
        self.counts.updated += 1
        if owed > 0:
            self.counts.paid_new(owed)
        if placed and paid is not None and paid.matched:
            self.counts.payments_matched += len(paid.matched)
            self.counts.matched_fen += paid.matched_fen
        if self.dry_run:
            return
        if loan_set:
            self._set("loan", loan_id, loan_set)
            case.loan.update(loan_set)
        if moved or (loan_set and any(LOAN_FIELDS[f] in loan_set for f in SCHEDULE_FIELDS)):
            self.replaced.append(loan_id)  # deleted in one go before the inserts
            self._schedule(loan_id, rec)
        if borrower_set:
            if "id_number" in borrower_set:
                borrower_set["id_tail"] = rec.id_number[-4:]
                borrower_set["gender"] = gender_of_id(rec.id_number)
            self._set("borrower", person.row["id"], borrower_set)
            person.row.update(borrower_set)
        if owed > 0:
            self._payment(g, loan_id, owed)
        if placed:
            self._placed(g, loan_id, paid.matched if paid else (), said, owed)
        self.touched.add(loan_id)

    def _set(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        self.writer.set_values(table, row_id, {**values, **self._versioned()})

    def _flush(self) -> None:
        """Insert in an order that satisfies the foreign keys."""
        self.writer.replace_schedules(self.replaced, [])
        for table in ("contact", "loan", "phone", "instalment", "payment", "placement"):
            self.writer.insert(table, self.inserts.pop(table, []))
