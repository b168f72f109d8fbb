"""Everything the case pane and the script need about one loan, masked."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collector_desk.domain.head_office import is_head_office
from collector_desk.domain.loan import FAR_FUTURE, Instalment, position
from collector_desk.domain.names import surname_of
from collector_desk.domain.privacy import mask_account, mask_id_number, mask_name, mask_phone
from collector_desk.domain.promise import PromiseStatus, current_promise, promise_standing
from collector_desk.domain.script_choice import ScriptKind
from collector_desk.services.context import Desk
from collector_desk.store import case_open, case_read
from collector_desk.store.models import (
    Borrower,
    CalendarDay,
    Call,
    Contact,
    Loan,
    Note,
    Payment,
    Phone,
    Placement,
    Promise,
    Register,
)
from collector_desk.store.models import Instalment as InstalmentRow

if TYPE_CHECKING:
    from collector_desk.services.contact_rules import ContactCheck

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PhoneView:
    id: str
    masked: str
    label: str
    contact_id: str | None
    status: str  # "" or a register value such as "invalid"


@dataclass(frozen=True, slots=True)
class ContactView:
    id: str
    name_masked: str
    relation: str
    is_third_party: bool
    phones: tuple[PhoneView, ...]


@dataclass(frozen=True, slots=True)
class InstalmentView:
    seq: int
    due_on: date
    amount_fen: int
    paid_fen: int  # settled by payments, oldest first

    @property
    def state(self) -> str:
        if self.paid_fen >= self.amount_fen:
            return "paid"
        return "part" if self.paid_fen > 0 else "unpaid"


@dataclass(frozen=True, slots=True)
class HistoryItem:
    at: datetime
    kind: str  # call|promise|payment|note|placement
    summary: dict[str, object]


@dataclass(frozen=True)
class AtOpen:
    """What the reach bar and the strategy tab show first, read with the case when it
    opened (on a team's server in the same statement: store.case_open)."""

    # The reach bar's call check of the number it shows first (another number is
    # checked when chosen).
    checks: Mapping[str, ContactCheck]
    lost_contact: bool  # marked lost by hand (the checklist's box)
    tasks: Mapping[tuple[str, str], bool]  # {(kind, ref): done}: the trace steps ticked


@dataclass(frozen=True, slots=True)
class PlacementView:
    """Head office's current placement of the case (委案): its latest `placement` row."""

    batch: str | None
    placed_on: date | None
    placed_fen: int | None
    file: str
    as_of: date
    placements: int  # rows in the case's placement history


@dataclass(frozen=True, slots=True)
class CaseDetail:
    loan_id: str
    contract_no: str
    borrower_id: str
    borrower_name: str  # the script addresses the borrower by name
    borrower_masked: str
    surname: str
    gender: str | None
    id_masked: str
    employer: str | None
    home_address: str | None
    tz: str
    product: str | None
    disbursed_on: date
    principal_fen: int
    instalment_count: int
    instalment_fen: int
    debit_bank: str | None
    debit_account: str | None  # clear: the promise form needs it; shown masked
    debit_account_masked: str
    schedule: tuple[InstalmentView, ...]
    dpd: int
    bucket: str
    band: str
    overdue_fen: int
    outstanding_fen: int
    paid_fen: int
    oldest_unpaid_due_on: date | None
    next_due_on: date | None
    promise_status: str
    promise_on: date | None
    promise_fen: int | None
    promise_paid_fen: int
    phones: tuple[PhoneView, ...]  # the borrower's own
    contacts: tuple[ContactView, ...]
    history: tuple[HistoryItem, ...]  # newest first
    placement: PlacementView | None = None
    # Read with the case by open_case on a team's server (None from load, and on a
    # file): never compared, never staler than the detail it came with.
    at_open: AtOpen | None = field(default=None, compare=False)


def _phone_status(session: Session, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(Register.entity_id, Register.value).where(
            Register.entity == "phone", Register.field == "status", Register.entity_id.in_(ids)
        )
    )
    return {r.entity_id: str(json.loads(r.value) or "") for r in rows}


@dataclass(frozen=True)
class _CaseRows:
    loan: Loan
    borrower: Borrower
    instalments: list[InstalmentRow]
    payments: list[Payment]
    promises: list[Promise]
    calls: list[Call]
    notes: list[Note]
    phones: list[Phone]
    contacts: list[Contact]
    phone_status: dict[str, str]
    # The work calendar's rows (with the case, on a server); None: read it when needed.
    calendar: tuple[list[CalendarDay], list[Register]] | None = None
    placements: list[Placement] = field(default_factory=list)


def _rows(session: Session, loan_id: str, found: dict[str, list[Any]] | None = None) -> _CaseRows:
    """The case's rows: one statement on a team's server (store.case_read; `found`:
    read already, with more, by store.case_open), the ORM's queries on a
    workstation's own file. KeyError: no such loan (or not visible)."""
    if found is None:
        found = case_read.case_rows(session, loan_id)
    if found is not None:
        if not found["loan"] or not found["borrower"]:
            raise KeyError(loan_id)
        regs = found["register"]
        status = {
            r.entity_id: str(json.loads(r.value) or "")
            for r in regs
            if r.entity == "phone" and r.field == "status"
        }
        arranged = [r for r in regs if r.entity == "calendar"]
        return _CaseRows(
            found["loan"][0], found["borrower"][0], found["instalment"], found["payment"],
            found["promise"], found["call"], found["note"], found["phone"], found["contact"],
            status, (found["calendar_day"], arranged), found["placement"],
        )  # fmt: skip
    loan = session.get(Loan, loan_id)
    if loan is None:
        raise KeyError(loan_id)
    b = session.get(Borrower, loan.borrower_id)
    assert b is not None
    inst = list(
        session.scalars(
            select(InstalmentRow)
            .where(InstalmentRow.loan_id == loan_id)
            .order_by(InstalmentRow.seq)
        )
    )
    pays = list(session.scalars(select(Payment).where(Payment.loan_id == loan_id)))
    promises = list(session.scalars(select(Promise).where(Promise.loan_id == loan_id)))
    calls = list(session.scalars(select(Call).where(Call.loan_id == loan_id)))
    notes = list(session.scalars(select(Note).where(Note.loan_id == loan_id)))
    phones = list(
        session.scalars(select(Phone).where(Phone.borrower_id == b.id).order_by(Phone.position))
    )
    contacts = list(session.scalars(select(Contact).where(Contact.borrower_id == b.id)))
    status = _phone_status(session, [p.id for p in phones])
    placed = list(session.scalars(select(Placement).where(Placement.loan_id == loan_id)))
    return _CaseRows(
        loan, b, inst, pays, promises, calls, notes, phones, contacts, status, None, placed
    )


def _placement(rows: list[Placement]) -> PlacementView | None:
    if not rows:
        return None
    p = max(rows, key=lambda r: (r.created_at, r.id))
    return PlacementView(p.batch, p.placed_on, p.placed_fen, p.file, p.as_of, len(rows))


def _load(session: Session, loan_id: str, today: date) -> CaseDetail:
    return _build(_rows(session, loan_id), today)


def _build(rows: _CaseRows, today: date) -> CaseDetail:
    loan, b, inst, pays = rows.loan, rows.borrower, rows.instalments, rows.payments
    promises, calls, notes = rows.promises, rows.calls, rows.notes
    phones, contacts, status = rows.phones, rows.contacts, rows.phone_status

    schedule = [Instalment(i.seq, i.due_on, i.amount_fen) for i in inst]
    payments = [(p.paid_on, p.amount_fen) for p in pays]
    pos = position(schedule, payments, today)
    remaining = pos.paid_fen
    views = []
    for i in schedule:
        settled = min(remaining, i.amount_fen)
        remaining -= settled
        views.append(InstalmentView(i.seq, i.due_on, i.amount_fen, settled))

    current = current_promise(promises, payments, today)
    latest = current[0] if current else None
    p_status = current[1].status if current else PromiseStatus.NONE
    p_paid = current[1].paid_fen if current else 0

    def phone_view(p: Phone) -> PhoneView:
        return PhoneView(p.id, mask_phone(p.number), p.label, p.contact_id, status.get(p.id, ""))

    own = tuple(phone_view(p) for p in phones if p.contact_id is None)
    contact_views = tuple(
        ContactView(
            c.id,
            mask_name(c.name),
            c.relation,
            c.is_third_party,
            tuple(phone_view(p) for p in phones if p.contact_id == c.id),
        )
        for c in contacts
    )
    history: list[HistoryItem] = []
    for c in calls:
        history.append(
            HistoryItem(
                c.created_at,
                "call",
                {
                    "disposition": c.disposition,
                    "reason": c.overdue_reason or "",
                    "objections": c.objections,
                    "note": c.note,
                    "collector": c.collector_id,
                    "flagged": c.flagged,
                },
            )
        )
    # A promise made while an earlier one was still pending replaces it: both say so.
    ordered = sorted(promises, key=lambda p: (p.created_at, p.id))
    replaced: dict[str, Promise] = {}  # old promise id -> the new promise
    for old, new in pairwise(ordered):
        standing = promise_standing(
            made_on=old.made_on,
            promised_on=old.promised_on,
            amount_fen=old.amount_fen,
            payments=payments,
            today=new.made_on,
        )
        if standing.status is PromiseStatus.PENDING:
            replaced[old.id] = new
    replaces = {replaced[old.id].id: old for old in ordered if old.id in replaced}
    for pr in promises:
        summary: dict[str, object] = {
            "promised_on": pr.promised_on.isoformat(),
            "amount_fen": pr.amount_fen,
            "method": pr.method,
            "account": mask_account(pr.account) if pr.account[:1].isdigit() else pr.account,
            "part": pr.part_payment,
            "collector": pr.collector_id,
        }
        if pr.id in replaced:
            summary["replaced_on"] = replaced[pr.id].made_on.isoformat()
        if pr.id in replaces:
            summary["replaces"] = {
                "promised_on": replaces[pr.id].promised_on.isoformat(),
                "amount_fen": replaces[pr.id].amount_fen,
            }
        history.append(HistoryItem(pr.created_at, "promise", summary))
    for pay in pays:
        history.append(
            HistoryItem(
                pay.created_at,
                "payment",
                {
                    "paid_on": pay.paid_on.isoformat(),
                    "amount_fen": pay.amount_fen,
                    "channel": pay.channel,
                    "head_office": is_head_office(pay.reference),
                },
            )
        )
    # Head office's placements: each new batch, date or amount placed, as the file said it
    placed_before: tuple[object, ...] | None = None
    for pl in sorted(rows.placements, key=lambda r: (r.created_at, r.id)):
        placed = (pl.batch, pl.placed_on, pl.placed_fen)
        if placed != placed_before and any(v is not None for v in placed):
            summary = {
                "batch": pl.batch,
                "placed_on": pl.placed_on.isoformat() if pl.placed_on else None,
                "placed_fen": pl.placed_fen,
                "file": pl.file,
            }
            history.append(HistoryItem(pl.created_at, "placement", summary))
        placed_before = placed
    for n in notes:
        history.append(
            HistoryItem(n.created_at, "note", {"body": n.body, "collector": n.collector_id})
        )
    history.sort(key=lambda h: h.at, reverse=True)

    return CaseDetail(
        loan_id=loan.id,
        contract_no=loan.contract_no,
        borrower_id=b.id,
        borrower_name=b.name,
        borrower_masked=mask_name(b.name),
        surname=surname_of(b.name),
        gender=b.gender,
        id_masked=mask_id_number(b.id_number),
        employer=b.employer,
        home_address=b.home_address,
        tz=b.tz,
        product=loan.product,
        disbursed_on=loan.disbursed_on,
        principal_fen=loan.principal_fen,
        instalment_count=loan.instalment_count,
        instalment_fen=loan.instalment_fen,
        debit_bank=loan.debit_bank,
        debit_account=loan.debit_account,
        debit_account_masked=mask_account(loan.debit_account or ""),
        schedule=tuple(views),
        dpd=pos.dpd,
        bucket=pos.bucket.value,
        band=pos.band,
        overdue_fen=pos.overdue_fen,
        outstanding_fen=pos.outstanding_fen,
        paid_fen=pos.paid_fen,
        oldest_unpaid_due_on=None
        if pos.oldest_unpaid_due_on == FAR_FUTURE
        else pos.oldest_unpaid_due_on,
        next_due_on=None if pos.next_due_on == FAR_FUTURE else pos.next_due_on,
        promise_status=p_status.value,
        promise_on=latest.promised_on if latest else None,
        promise_fen=latest.amount_fen if latest else None,
        promise_paid_fen=p_paid,
        phones=own,
        contacts=contact_views,
        history=tuple(history),
        placement=_placement(rows.placements),
    )


def load(desk: Desk, loan_id: str) -> CaseDetail:
    """The case as the case pane shows it today. KeyError: no such loan."""
    with desk.read() as s:
        return _load(s, loan_id, desk.today())


@dataclass(frozen=True)
class OpenedCase:
    detail: CaseDetail
    script: ScriptKind  # the call script the panel opens with


def open_case(desk: Desk, loan_id: str) -> OpenedCase:
    """What the window needs to open a case: its detail and the script to start with.
    On a team's server also what the reach bar and the strategy tab show first
    (`CaseDetail.at_open`), all in one statement on a connection without a
    transaction: one round trip (store.case_open). On a workstation's file those two
    read on their own workers after the pane is shown, as no network is in the way.
    KeyError: no such loan."""
    from collector_desk.services import contact_rules, worklist_tasks
    from collector_desk.services.call_scripts import script_for

    with desk.read_once() as s:
        today, now = desk.today(), desk.now()
        found = case_open.open_rows(s, loan_id, **contact_rules.history_since(now))
        rows = _rows(s, loan_id, found.case if found is not None else None)
        detail = _build(rows, today)
        script = script_for(s, rows.loan, rows.instalments, rows.payments, today, rows.calendar)
    if found is None:
        return OpenedCase(detail, script)
    checks: dict[str, ContactCheck] = {}
    first = _first_number(detail)
    try:  # the first number's only: each check is Python on the worker, holding the GIL
        if first is not None:
            checks = {first: contact_rules.check_of(found.contact, loan_id, first, now)}
    except (KeyError, ValueError) as exc:  # the reach bar checks on its own, and says
        log.warning("the contact check read with the case failed: %r", exc)
    lost = bool(json.loads(found.lost_contact)) if found.lost_contact else False
    tasks = worklist_tasks.tasks_of(found.tasks).get(loan_id, {})
    return OpenedCase(replace(detail, at_open=AtOpen(checks, lost, tasks)), script)


def _first_number(detail: CaseDetail) -> str | None:
    """The number the reach bar shows first: the borrower's own, else a contact's."""
    for phone in (*detail.phones, *(p for c in detail.contacts for p in c.phones)):
        return phone.id
    return None
