"""Audit facts: personal data revealed, limits changed, overrides granted, flags set.

Personal data is masked everywhere by default. Seeing it in clear is a
deliberate action, `reveal()`, which writes who saw what and when in the same
unit of work that reads the value. The value itself never goes into the log.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.store import audit as store_audit
from collector_desk.store import personal
from collector_desk.store.models import AuditEvent, Borrower, Contact, Loan, Phone


class Kind(StrEnum):
    REVEAL = "reveal"
    LIMIT_CHANGE = "limit_change"
    OVERRIDE = "override"
    DO_NOT_CONTACT = "do_not_contact"
    LOST_CONTACT = "lost_contact"
    DEBIT_IMPORT = "debit_import"
    # A call outcome saved in the borrower's quiet hours for a call not dialled through
    # the app (services.calls): subject the loan, detail the call and the local time.
    QUIET_HOURS_CONTACT = "quiet_hours_contact"


class RevealWhat(StrEnum):
    PHONE = "phone"  # subject: phone id
    ID_NUMBER = "id_number"  # subject: borrower id
    BORROWER_NAME = "borrower_name"  # subject: borrower id
    CONTACT_NAME = "contact_name"  # subject: contact id
    DEBIT_ACCOUNT = "debit_account"  # subject: loan id
    HOME_ADDRESS = "home_address"  # subject: borrower id
    EMPLOYER_ADDRESS = "employer_address"  # subject: borrower id
    HUKOU_ADDRESS = "hukou_address"  # subject: borrower id
    EMPLOYER_PHONE = "employer_phone"  # subject: borrower id


@dataclass(frozen=True, slots=True)
class AuditView:
    id: str
    at: datetime
    collector_id: str
    workstation_id: str
    kind: str
    subject: str
    detail: dict[str, Any]
    contract_no: str = ""  # the case it concerns, when known


@dataclass(frozen=True)
class Revealed:
    value: str
    event_id: str
    changes: ChangeSet = field(default_factory=ChangeSet)


class NotFound(KeyError):
    """The record to reveal is not there (any more); the argument is its id, never a value."""

    code = "not_found"


def record(session: Session, desk: Desk, kind: str, subject: str, detail: dict[str, Any]) -> str:
    """Append one audit event inside the caller's unit of work."""
    event_id = new_id()
    store_audit.append(
        session,
        event_id=event_id,
        at=desk.now(),
        collector_id=desk.collector_id,
        workstation_id=desk.workstation_id,
        kind=kind,
        subject=subject,
        detail=detail,
    )
    return event_id


def _local_number(number: str) -> str:
    return number[2:] if len(number) == 13 and number.startswith("86") else number


def _clear_value(session: Session, what: RevealWhat, subject_id: str) -> tuple[str, str | None]:
    """(the value in clear, the loan or borrower it belongs to for the log)."""
    if what is RevealWhat.PHONE:
        phone = session.get(Phone, subject_id)
        if phone is None:
            raise NotFound(subject_id)
        return _local_number(phone.number), phone.borrower_id
    if what is RevealWhat.CONTACT_NAME:
        contact = session.get(Contact, subject_id)
        if contact is None:
            raise NotFound(subject_id)
        return contact.name, contact.borrower_id
    if what is RevealWhat.DEBIT_ACCOUNT:
        loan = session.get(Loan, subject_id)
        if loan is None:
            raise NotFound(subject_id)
        return loan.debit_account or "", loan.borrower_id
    borrower = session.get(Borrower, subject_id)
    if borrower is None:
        raise NotFound(subject_id)
    column = {
        RevealWhat.ID_NUMBER: "id_number",
        RevealWhat.BORROWER_NAME: "name",
        RevealWhat.HOME_ADDRESS: "home_address",
        RevealWhat.EMPLOYER_ADDRESS: "employer_address",
        RevealWhat.HUKOU_ADDRESS: "hukou_address",
        RevealWhat.EMPLOYER_PHONE: "employer_phone",
    }[what]
    return str(getattr(borrower, column) or ""), borrower.id


def reveal(
    desk: Desk, what: RevealWhat, subject_id: str, *, loan_id: str | None = None, reason: str = ""
) -> Revealed:
    """The clear value of one masked field, logged as an audit fact. On a team's server
    the server reads the value and writes the event itself (store.personal: a
    collector's login cannot read the full numbers otherwise)."""
    with desk.unit() as s:
        if personal.on_server(s):
            event_id = new_id()
            value = personal.reveal(
                s,
                what=what.value,
                subject=subject_id,
                event_id=event_id,
                at=desk.now(),
                collector_id=desk.collector_id,
                workstation_id=desk.workstation_id,
                detail={"loan_id": loan_id, "reason": reason},
            )
            if value is None:
                raise NotFound(subject_id)
            if what is RevealWhat.PHONE:
                value = _local_number(value)
            return Revealed(value, event_id, ChangeSet.of(ChangeKind.AUDIT))
        value, borrower_id = _clear_value(s, what, subject_id)
        event_id = record(
            s,
            desk,
            Kind.REVEAL,
            subject_id,
            {"what": what.value, "loan_id": loan_id, "borrower_id": borrower_id, "reason": reason},
        )
    return Revealed(value, event_id, ChangeSet.of(ChangeKind.AUDIT))


def events(
    desk: Desk,
    *,
    kinds: Collection[str] = (),
    since: datetime | None = None,
    collector_id: str | None = None,
    limit: int = 500,
) -> list[AuditView]:
    """Newest first."""
    stmt = select(AuditEvent)
    if kinds:
        stmt = stmt.where(AuditEvent.kind.in_(sorted(kinds)))
    if since is not None:
        stmt = stmt.where(AuditEvent.created_at >= since)
    if collector_id:
        stmt = stmt.where(AuditEvent.collector_id == collector_id)
    stmt = stmt.order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc()).limit(limit)
    with desk.read() as s:
        rows = [(e, json.loads(e.detail or "{}")) for e in s.scalars(stmt)]
        loan_ids = sorted({str(d["loan_id"]) for _, d in rows if d.get("loan_id")})
        contracts: dict[str, str] = {}
        for start in range(0, len(loan_ids), 500):
            chunk = loan_ids[start : start + 500]
            for loan_id, contract_no in s.execute(
                select(Loan.id, Loan.contract_no).where(Loan.id.in_(chunk))
            ):
                contracts[loan_id] = contract_no
        return [
            AuditView(
                e.id,
                e.created_at,
                e.collector_id,
                e.workstation_id,
                e.kind,
                e.subject,
                d,
                contracts.get(str(d.get("loan_id") or ""), ""),
            )
            for e, d in rows
        ]
