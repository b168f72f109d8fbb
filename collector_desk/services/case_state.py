"""Keeping the case_state cache true: recompute a loan's derived values from its
facts and a date. Called in the same unit of work as any fact that touches the
loan, and for every loan whose `valid_until` has come (a new day)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from collector_desk.domain.loan import FAR_FUTURE, Instalment, position
from collector_desk.domain.promise import PromiseStatus, current_promise
from collector_desk.store.models import (
    Borrower,
    CaseState,
    ContactAttempt,
    Loan,
    Payment,
    Promise,
    Register,
)
from collector_desk.store.models import Call as CallRow
from collector_desk.store.models import Instalment as InstalmentRow

CHUNK = 500


def next_action(
    *, dpd: int, days_to_due: int, promise: PromiseStatus, promise_on: date | None, today: date
) -> str:
    """A short code for the list's 'next action' column; the worklist has the full plan."""
    if promise is PromiseStatus.PENDING and promise_on == today:
        return "confirm_promise"
    if promise is PromiseStatus.BROKEN or promise is PromiseStatus.PARTLY_KEPT:
        return "broken_promise"
    if promise is PromiseStatus.PENDING:
        return "await_promise"
    if dpd > 0:
        return "collect"
    if 0 <= days_to_due <= 5:
        return "remind"
    return ""


def derive(
    *,
    loan: Any,
    borrower_name: str,
    schedule: Sequence[Instalment],
    payments: Sequence[tuple[date, int]],
    promises: Sequence[Any],
    last_contact_at: datetime | None,
    assigned_to: str,
    today: date,
) -> dict[str, Any]:
    pos = position(schedule, payments, today)
    status = PromiseStatus.NONE
    promise_on: date | None = None
    promise_fen: int | None = None
    valid_until = pos.valid_until()
    current = current_promise(promises, payments, today)
    if current is not None:
        latest, standing = current
        status, promise_on, promise_fen = standing.status, latest.promised_on, latest.amount_fen
        if status is PromiseStatus.PENDING:
            valid_until = min(valid_until, latest.promised_on + timedelta(days=1))
            if latest.promised_on > today:
                valid_until = min(valid_until, latest.promised_on)
    # The next instalment still to pay (a prepaid one needs no reminder).
    upcoming = pos.oldest_unpaid_due_on
    days_to_due = (upcoming - today).days if upcoming != FAR_FUTURE else 10**6
    if 5 < days_to_due < 10**6:
        # "remind" starts five days before the due date.
        valid_until = min(valid_until, upcoming - timedelta(days=5))
    return {
        "loan_id": loan.id,
        "contract_no": loan.contract_no,
        "borrower_name": borrower_name,
        "oldest_unpaid_due_on": pos.oldest_unpaid_due_on,
        "bucket": pos.bucket.value,
        "overdue_fen": pos.overdue_fen,
        "outstanding_fen": pos.outstanding_fen,
        "promise_status": status.value,
        "promise_on": promise_on,
        "promise_fen": promise_fen,
        "last_contact_at": last_contact_at,
        "next_action": next_action(
            dpd=pos.dpd, days_to_due=days_to_due, promise=status, promise_on=promise_on, today=today
        ),
        "assigned_to": assigned_to,
        "computed_on": today,
        "valid_until": max(valid_until, today + timedelta(days=1)),
    }


def refresh(session: Session, loan_ids: Iterable[str], today: date) -> int:
    """Recompute case_state for these loans (in chunks; a few queries per chunk)."""
    ids = list(dict.fromkeys(loan_ids))
    for start in range(0, len(ids), CHUNK):
        _refresh_chunk(session, ids[start : start + CHUNK], today)
    return len(ids)


def _refresh_chunk(session: Session, ids: list[str], today: date) -> None:
    loans = session.execute(
        select(Loan, Borrower.name)
        .join(Borrower, Borrower.id == Loan.borrower_id)
        .where(Loan.id.in_(ids))
    ).all()
    schedules: dict[str, list[Instalment]] = defaultdict(list)
    for ri in session.execute(
        select(
            InstalmentRow.loan_id, InstalmentRow.seq, InstalmentRow.due_on, InstalmentRow.amount_fen
        ).where(InstalmentRow.loan_id.in_(ids))
    ):
        schedules[ri.loan_id].append(Instalment(ri.seq, ri.due_on, ri.amount_fen))
    payments: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for rp in session.execute(
        select(Payment.loan_id, Payment.paid_on, Payment.amount_fen).where(Payment.loan_id.in_(ids))
    ):
        payments[rp.loan_id].append((rp.paid_on, rp.amount_fen))
    promises: dict[str, list[Any]] = defaultdict(list)
    for rq in session.execute(
        select(
            Promise.loan_id,
            Promise.id,
            Promise.created_at,
            Promise.made_on,
            Promise.promised_on,
            Promise.amount_fen,
        ).where(Promise.loan_id.in_(ids))
    ):
        promises[rq.loan_id].append(rq)
    last_contact: dict[str, datetime] = {}
    for rc in session.execute(
        select(CallRow.loan_id, CallRow.created_at).where(CallRow.loan_id.in_(ids))
    ):
        if rc.loan_id not in last_contact or rc.created_at > last_contact[rc.loan_id]:
            last_contact[rc.loan_id] = rc.created_at
    for ra in session.execute(
        select(ContactAttempt.loan_id, ContactAttempt.at).where(ContactAttempt.loan_id.in_(ids))
    ):
        if ra.loan_id not in last_contact or ra.at > last_contact[ra.loan_id]:
            last_contact[ra.loan_id] = ra.at
    assigned = {
        r.entity_id: json.loads(r.value) or ""
        for r in session.execute(
            select(Register.entity_id, Register.value).where(
                Register.entity == "loan",
                Register.field == "assigned_to",
                Register.entity_id.in_(ids),
            )
        )
    }
    rows = [
        derive(
            loan=loan,
            borrower_name=name,
            schedule=schedules[loan.id],
            payments=payments[loan.id],
            promises=promises[loan.id],
            last_contact_at=last_contact.get(loan.id),
            assigned_to=str(assigned.get(loan.id, "")),
            today=today,
        )
        for loan, name in loans
    ]
    session.execute(delete(CaseState).where(CaseState.loan_id.in_(ids)))
    if rows:
        session.execute(insert(CaseState), rows)


def stale_loan_ids(session: Session, today: date, limit: int | None = None) -> list[str]:
    """Loans whose cached state no longer holds today (or was never computed).

    Runs at every start, so each part is an index search, not a scan: expired
    rows by `valid_until`, rows from a later day (the clock went back) by
    `computed_on`, and loans without a row only when the two counts differ.
    """
    queries = [
        select(CaseState.loan_id).where(CaseState.valid_until <= today),
        select(CaseState.loan_id).where(CaseState.computed_on > today),
    ]
    loans = session.scalar(select(func.count()).select_from(Loan))
    states = session.scalar(select(func.count()).select_from(CaseState))
    if loans != states:
        queries.append(select(Loan.id).where(~Loan.id.in_(select(CaseState.loan_id))))
    found: list[str] = []
    for stmt in queries:
        found += session.scalars(stmt.limit(limit) if limit else stmt)
    return list(dict.fromkeys(found))


def refresh_stale(session: Session, today: date) -> int:
    return refresh(session, stale_loan_ids(session, today), today)
