"""What the supervisor's daily QA reads: every desk note, call outcome, callback
note and SMS of one day, whoever wrote it (the team's merged data: bundles
imported here, or the shared server), with the case and the names it concerns."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collector_desk.store.models import (
    AuditEvent,
    Borrower,
    Call,
    Callback,
    Collector,
    Contact,
    Loan,
    Note,
)

SMS_AUDIT_KIND = "sms"  # services.dialing logs each SMS's text as an audit event
QUIET_AUDIT_KIND = "quiet_hours_contact"  # services.calls: a call saved in quiet hours


@dataclass(frozen=True, slots=True)
class QuietCall:
    """A call outcome saved in the borrower's quiet hours (its audit fact and the call)."""

    call_id: str
    at: datetime
    collector_id: str
    loan_id: str
    contract_no: str
    borrower_id: str
    borrower_name: str
    note: str
    detail: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Written:
    kind: str  # note | call | callback | sms
    id: str
    at: datetime
    collector_id: str
    loan_id: str
    contract_no: str
    borrower_id: str
    borrower_name: str
    text: str
    to: str  # sms: "borrower" or "third_party"; else "record"
    outcome: str = ""  # a call's disposition


def _case_columns() -> tuple[Any, ...]:
    return (Loan.contract_no, Loan.borrower_id, Borrower.name)


def written(session: Session, start: datetime, end: datetime) -> list[Written]:
    """Everything written in [start, end), oldest first."""
    out: list[Written] = []
    case = _case_columns()
    for nid, at, who, loan_id, body, contract, bid, name in session.execute(
        select(Note.id, Note.created_at, Note.collector_id, Note.loan_id, Note.body, *case)
        .join(Loan, Loan.id == Note.loan_id)
        .join(Borrower, Borrower.id == Loan.borrower_id)
        .where(Note.created_at >= start, Note.created_at < end)
    ):
        out.append(Written("note", nid, at, who, loan_id, contract, bid, name, body, "record"))
    for cid, at, who, loan_id, note, disp, contract, bid, name in session.execute(
        select(
            Call.id,
            Call.created_at,
            Call.collector_id,
            Call.loan_id,
            Call.note,
            Call.disposition,
            *case,
        )
        .join(Loan, Loan.id == Call.loan_id)
        .join(Borrower, Borrower.id == Loan.borrower_id)
        .where(Call.created_at >= start, Call.created_at < end)
    ):
        out.append(
            Written("call", cid, at, who, loan_id, contract, bid, name, note, "record", disp)
        )
    for kid, at, who, loan_id, note, contract, bid, name in session.execute(
        select(
            Callback.id,
            Callback.created_at,
            Callback.collector_id,
            Callback.loan_id,
            Callback.note,
            *case,
        )
        .join(Loan, Loan.id == Callback.loan_id)
        .join(Borrower, Borrower.id == Loan.borrower_id)
        .where(Callback.created_at >= start, Callback.created_at < end, Callback.note != "")
    ):
        out.append(Written("callback", kid, at, who, loan_id, contract, bid, name, note, "record"))
    for eid, at, who, loan_id, detail, contract, bid, name in session.execute(
        select(
            AuditEvent.id,
            AuditEvent.created_at,
            AuditEvent.collector_id,
            AuditEvent.subject,
            AuditEvent.detail,
            *case,
        )
        .join(Loan, Loan.id == AuditEvent.subject)
        .join(Borrower, Borrower.id == Loan.borrower_id)
        .where(
            AuditEvent.kind == SMS_AUDIT_KIND,
            AuditEvent.created_at >= start,
            AuditEvent.created_at < end,
        )
    ):
        d = json.loads(detail or "{}")
        to = "third_party" if d.get("to") == "third_party" else "borrower"
        out.append(
            Written("sms", eid, at, who, loan_id, contract, bid, name, str(d.get("text", "")), to)
        )
    out.sort(key=lambda w: (w.at, w.id))
    return out


def quiet_calls(session: Session, start: datetime, end: datetime) -> list[QuietCall]:
    """The calls saved in [start, end) flagged as contacts in quiet hours, oldest first."""
    flagged = []
    for at, who, loan_id, detail, contract, bid, name in session.execute(
        select(
            AuditEvent.created_at,
            AuditEvent.collector_id,
            AuditEvent.subject,
            AuditEvent.detail,
            *_case_columns(),
        )
        .join(Loan, Loan.id == AuditEvent.subject)
        .join(Borrower, Borrower.id == Loan.borrower_id)
        .where(
            AuditEvent.kind == QUIET_AUDIT_KIND,
            AuditEvent.created_at >= start,
            AuditEvent.created_at < end,
        )
    ):
        d = json.loads(detail or "{}")
        flagged.append((str(d.get("call_id", "")), at, who, loan_id, contract, bid, name, d))
    # the calls' notes in one read, not one per flagged call
    ids = sorted({f[0] for f in flagged if f[0]})
    notes: dict[str, str] = {}
    for part in range(0, len(ids), 500):
        chunk = ids[part : part + 500]
        for call_id, note in session.execute(select(Call.id, Call.note).where(Call.id.in_(chunk))):
            notes[call_id] = note
    out = [
        QuietCall(call_id, at, who, loan_id, contract, bid, name, notes.get(call_id) or "", d)
        for call_id, at, who, loan_id, contract, bid, name, d in flagged
    ]
    out.sort(key=lambda q: (q.at, q.call_id))
    return out


def contact_names(session: Session, borrower_ids: Iterable[str]) -> dict[str, list[str]]:
    """borrower id -> the names of their contacts (to mask them in free text)."""
    ids = sorted(set(borrower_ids))
    names: dict[str, list[str]] = {}
    for i in range(0, len(ids), 500):
        for bid, name in session.execute(
            select(Contact.borrower_id, Contact.name).where(
                Contact.borrower_id.in_(ids[i : i + 500])
            )
        ):
            names.setdefault(bid, []).append(name)
    return names


def collector_names(session: Session) -> dict[str, str]:
    return {
        str(cid): str(name) for cid, name in session.execute(select(Collector.id, Collector.name))
    }
