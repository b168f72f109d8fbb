"""Payments: recorded by hand (date, amount, channel) or produced by a successful
debit in the bank's result file. A payment is a fact; the case's position and
the standing of its promise (kept, partly kept, broken) follow from it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from collector_desk.domain.identity import clean_text, contract_fold, contract_key
from collector_desk.domain.loan import Instalment, position
from collector_desk.domain.money import format_fen
from collector_desk.domain.promise import FieldError, PaymentMethod, PromiseStatus, promise_standing
from collector_desk.services import case_state
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.store import derived, locks
from collector_desk.store.models import Instalment as InstalmentRow
from collector_desk.store.models import Loan, Payment, Promise

CHANNELS: tuple[str, ...] = tuple(m.value for m in PaymentMethod)


REFERENCE_MAX = 64  # Payment.reference's length


class PaymentRejected(ValueError):
    """Nothing was saved; `errors` names each field and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class PaymentView:
    id: str
    paid_on: date
    amount_fen: int
    channel: str
    reference: str | None
    created_at: datetime
    collector_id: str


@dataclass(frozen=True)
class PaymentSaved:
    payment_id: str
    outstanding_fen: int
    promise_status: str
    promise_paid_fen: int
    changes: ChangeSet = field(default_factory=ChangeSet)


def loan_by_contract(session: Session, contract_no: str) -> Loan | None:
    # In the form intake stores it: typed in lower case or with a pasted BOM, it is found;
    # typed in the other width (ＨＴ－１ for HT-1, or the other way), too.
    return loans_by_contract(session, [contract_no]).get(contract_no)


_CHUNK = 500


def _loans_keyed(session: Session, keys: Iterable[str]) -> dict[str, Loan]:
    wanted = sorted(set(keys))
    found: dict[str, Loan] = {}
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        found.update((ln.contract_no, ln) for ln in session.scalars(
            select(Loan).where(Loan.contract_no.in_(part))
        ))  # fmt: skip
    return found


def loans_by_contract(session: Session, contracts: Iterable[str]) -> dict[str, Loan]:
    """{contract as given: its loan} for those found. First as intake stores it
    (`contract_key`); then, for those not found, in the folded form (`contract_fold`:
    NFKC and upper case), so a full-width 'ＨＴ－１' finds HT-1 and a half-width
    'HT-1' finds a contract stored full-width. Stored keys are not changed. A folded
    form that two stored contracts share finds neither (which one is meant?)."""
    given = {c: contract_key(c) for c in contracts}
    exact = _loans_keyed(session, given.values())
    out = {c: exact[k] for c, k in given.items() if k in exact}
    missing = {c: contract_fold(c) for c in given if c not in out}
    if not missing:
        return out
    folded = _loans_keyed(session, (f for f in missing.values() if f not in exact))
    still = {c: f for c, f in missing.items() if f not in folded}
    out |= {c: folded[f] for c, f in missing.items() if f in folded}
    if still:
        # Only a stored number with a non-ASCII character folds to another form.
        stored: dict[str, list[str]] = {}
        for number in session.scalars(select(Loan.contract_no)):
            if not number.isascii():
                stored.setdefault(contract_fold(number), []).append(number)
        chosen = {c: stored[f][0] for c, f in still.items() if len(stored.get(f, ())) == 1}
        wide = _loans_keyed(session, chosen.values())
        out |= {c: wide[n] for c, n in chosen.items() if n in wide}
    return out


def _position_facts(
    session: Session, loan_id: str
) -> tuple[list[Instalment], list[tuple[date, int]]]:
    sched = [
        Instalment(r.seq, r.due_on, r.amount_fen)
        for r in session.scalars(select(InstalmentRow).where(InstalmentRow.loan_id == loan_id))
    ]
    pays = [
        (p.paid_on, p.amount_fen)
        for p in session.scalars(select(Payment).where(Payment.loan_id == loan_id))
    ]
    return sched, pays


def _errors(
    loan: Loan,
    *,
    paid_on: date,
    amount_fen: int,
    channel: str,
    today: date,
    outstanding: Callable[[], int],
) -> list[FieldError]:
    errors: list[FieldError] = []
    if paid_on > today:
        errors.append(FieldError("date", "date_future", "the payment date is in the future"))
    elif paid_on < loan.disbursed_on:
        errors.append(
            FieldError("date", "date_before_loan", "the payment date is before the disbursement")
        )
    if channel not in CHANNELS:
        errors.append(
            FieldError("channel", "channel_unknown", f"channel must be one of {CHANNELS}")
        )
    if amount_fen <= 0:
        errors.append(FieldError("amount", "amount_not_positive", "the amount must be above zero"))
    else:
        owed = outstanding()
        if amount_fen > owed:
            errors.append(
                FieldError(
                    "amount",
                    "amount_above_outstanding",
                    f"the amount is above what is outstanding ({format_fen(owed)})",
                )
            )
    return errors


def payment_row(desk: Desk, loan_id: str, **values: Any) -> dict[str, Any]:
    """A full row for a bulk insert, with who and when."""
    return {
        "id": values.pop("id", None) or new_id(),
        "created_at": desk.now(),
        "collector_id": desk.collector_id,
        "workstation_id": desk.workstation_id,
        "loan_id": loan_id,
        "reference": None,
        **values,
    }


def latest_promise_standing(
    session: Session, loan_id: str, today: date
) -> tuple[PromiseStatus, int]:
    latest = session.scalars(
        select(Promise)
        .where(Promise.loan_id == loan_id)
        .order_by(Promise.created_at.desc(), Promise.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return PromiseStatus.NONE, 0
    _, pays = _position_facts(session, loan_id)
    standing = promise_standing(
        made_on=latest.made_on,
        promised_on=latest.promised_on,
        amount_fen=latest.amount_fen,
        payments=pays,
        today=today,
    )
    return standing.status, standing.paid_fen


def record_payment(
    desk: Desk,
    loan_id: str,
    *,
    paid_on: date,
    amount_fen: int,
    channel: str,
    reference: str | None = None,
) -> PaymentSaved:
    return locks.retrying(
        lambda: _record_payment(
            desk,
            loan_id,
            paid_on=paid_on,
            amount_fen=amount_fen,
            channel=channel,
            reference=reference,
        )
    )


def _record_payment(
    desk: Desk,
    loan_id: str,
    *,
    paid_on: date,
    amount_fen: int,
    channel: str,
    reference: str | None,
) -> PaymentSaved:
    """One transaction: the loan locked and read, its facts read after the lock (what
    another workstation paid a moment before counts), the payment inserted, the case's
    cached state written from those facts and this payment without reading them back.
    On a team's server 6 round trips: the pool's check, BEGIN, lock, facts, insert and
    upsert (one flush), COMMIT."""
    today = desk.today()
    reference = clean_text(reference or "") or None
    if reference is not None and len(reference) > REFERENCE_MAX:
        # The column holds 64: a team's server (and every bundle import) refuses more.
        raise PaymentRejected(
            [
                FieldError(
                    "reference",
                    "reference_too_long",
                    f"the reference has {len(reference)} characters, at most {REFERENCE_MAX}",
                )
            ]
        )
    with desk.unit() as s:
        loan = locks.locked_loan(s, loan_id)
        if loan is None:
            raise KeyError(loan_id)
        (facts,) = derived.read_loan_facts(s, [loan.id])
        errors = _errors(
            loan,
            paid_on=paid_on,
            amount_fen=amount_fen,
            channel=channel,
            today=today,
            outstanding=lambda: position(facts.schedule, facts.payments, today).outstanding_fen,
        )
        if errors:
            raise PaymentRejected(errors)
        row = payment_row(
            desk,
            loan_id,
            paid_on=paid_on,
            amount_fen=amount_fen,
            channel=channel,
            reference=reference,
        )
        s.execute(insert(Payment), [row])
        after = replace(facts, payments=[*facts.payments, (paid_on, amount_fen)])
        case_state.write_fresh(s, [after], today)
    status, paid = _latest_standing(after, today)
    return PaymentSaved(
        row["id"],
        position(after.schedule, after.payments, today).outstanding_fen,
        status.value,
        paid,
        ChangeSet.of(ChangeKind.PAYMENT, ChangeKind.CASE, loans=[loan_id]),
    )


def _latest_standing(facts: derived.LoanFacts, today: date) -> tuple[PromiseStatus, int]:
    """The latest promise's standing (by when it was made), as `latest_promise_standing`."""
    if not facts.promises:
        return PromiseStatus.NONE, 0
    latest = max(facts.promises, key=lambda p: (p.created_at, p.id))
    standing = promise_standing(
        made_on=latest.made_on,
        promised_on=latest.promised_on,
        amount_fen=latest.amount_fen,
        payments=facts.payments,
        today=today,
    )
    return standing.status, standing.paid_fen


def payments_of(desk: Desk, loan_id: str) -> list[PaymentView]:
    with desk.read() as s:
        return [
            PaymentView(
                p.id, p.paid_on, p.amount_fen, p.channel, p.reference, p.created_at, p.collector_id
            )
            for p in s.scalars(
                select(Payment)
                .where(Payment.loan_id == loan_id)
                .order_by(Payment.paid_on.desc(), Payment.created_at.desc())
            )
        ]
