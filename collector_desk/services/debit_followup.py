"""Payment follow-up (playbook §3.2, 回款跟踪): what the debit results ask of a collector.

Derived from facts, like every worklist item, so it is the same on every desk:

- a failed debit (回盘 failure) asks for a second notice from the same working day
  (the next one when the debit day is a day off), naming the bank's reason and the
  amount, until it is marked done, a later debit succeeds, or payments since the
  failed debit cover its amount; a call or SMS on the loan since the debit day shows
  it done (the notice was given: what the Targets' second-notice measure counts);
- a success is a Payment, so the instalment's reminders and confirmation are gone
  from the plan (their due date is no longer the oldest unpaid one);
- a request to change the debit account is kept on the case (a note in its history
  and a register, so it travels in bundles) and is a task until marked done: the
  new mandate must be signed in person, never changed on a call's word.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collector_desk.domain.reminders import TaskKind
from collector_desk.services import audit, registers
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.services.worklist_sections import Sections
from collector_desk.store.models import CaseState, DebitResult, Loan, Note, Payment, Register

CHUNK = 500
LOOKBACK_DAYS = 30  # a failure older than this is the overdue work's, not a second notice
CHANGE_FIELD = "debit_change_requested"
AUDIT_KIND = "debit_change_request"

# The bank's reason text, by what it says, into the course's four kinds.
REASON_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("insufficient", ("余额不足", "余额", "资金不足", "insufficient", "balance", "nsf")),
    ("frozen", ("冻结", "止付", "frozen", "freeze", "blocked")),
    ("closed", ("销户", "注销", "账户不存在", "closed", "cancelled", "no such account")),
)


def reason_kind(text: str | None) -> str:
    low = (text or "").lower()
    for kind, words in REASON_WORDS:
        if any(w in low for w in words):
            return kind
    return "other"


def open_failures(s: Session, day: date, loan_ids: list[str] | None = None) -> list[DebitResult]:
    """The failed debits of the last LOOKBACK_DAYS still waiting for a second notice on
    `day` (done marks aside): no later success, not covered by payments since."""
    stmt = select(DebitResult).where(
        DebitResult.debit_on.between(day - timedelta(days=LOOKBACK_DAYS), day)
    )
    if loan_ids is not None:
        stmt = stmt.where(DebitResult.loan_id.in_(loan_ids))
    by_loan: dict[str, list[DebitResult]] = defaultdict(list)
    for r in s.scalars(stmt):
        by_loan[r.loan_id].append(r)
    failed = {}
    for loan, rows in by_loan.items():
        rows.sort(key=lambda r: (r.debit_on, r.created_at, r.id))
        last = rows[-1]
        if not last.success:
            failed[loan] = last
    if not failed:
        return []
    paid: dict[str, int] = defaultdict(int)
    for p in s.execute(
        select(Payment.loan_id, Payment.paid_on, Payment.amount_fen).where(
            Payment.loan_id.in_(sorted(failed)), Payment.paid_on <= day
        )
    ):
        if p.paid_on >= failed[p.loan_id].debit_on:
            paid[p.loan_id] += p.amount_fen
    return [r for loan, r in sorted(failed.items()) if paid[loan] < r.amount_fen]


def debit_followups(b: Sections) -> None:
    """Add the second notices and debit-account changes to a worklist being built."""
    failures = open_failures(b.s, b.day)
    requests = {
        r.entity_id: json.loads(r.value)
        for r in b.s.execute(
            select(Register.entity_id, Register.value).where(
                Register.entity == "loan", Register.field == CHANGE_FIELD
            )
        )
    }
    ids = sorted({r.loan_id for r in failures} | {k for k, v in requests.items() if v})
    rows = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows.update({r.loan_id: r for r in b.s.execute(b.scoped(CaseState.loan_id.in_(chunk)))})
    for r in failures:
        start_on = b.cal.next_workday(r.debit_on, inclusive=True)
        if r.loan_id not in rows or b.day < start_on:
            continue
        b.add(
            rows[r.loan_id],
            TaskKind.SECOND_NOTICE,
            r.id,
            "second_notice",
            r.amount_fen,
            params={
                "debit_on": r.debit_on.isoformat(),
                "reason": reason_kind(r.reason),
                "bank_reason": (r.reason or "")[:64],
                "amount_fen": r.amount_fen,
                "due_from": start_on.isoformat(),
            },
            # A call or SMS on the loan since the debit day gave the notice (what the
            # Targets measure counts): the worklist shows the item done.
            contacted=rows[r.loan_id].last_contact_at,
            notice_since=r.debit_on,
        )
    for loan_id, requested in sorted(requests.items()):
        if loan_id in rows and requested:
            b.add(
                rows[loan_id],
                TaskKind.DEBIT_ACCOUNT_CHANGE,
                str(requested),
                "debit_account_change",
                0,
                params={"requested_on": str(requested)},
            )


def request_debit_account_change(desk: Desk, loan_id: str, note: str = "") -> ChangeSet:
    """The borrower asked to be debited from another account: record it on the case and
    make it a task (a new mandate signed in person). The account itself is not taken."""
    today = desk.today()
    body = "申请变更扣款账户：须借款人本人到门店签署新的委托划款授权书。"
    if note.strip():
        body += note.strip()[:200]
    with desk.unit() as s:
        if s.get(Loan, loan_id) is None:
            raise KeyError(loan_id)
        s.add(
            Note(
                id=new_id(),
                created_at=desk.now(),
                collector_id=desk.collector_id,
                workstation_id=desk.workstation_id,
                loan_id=loan_id,
                body=body,
            )
        )
        registers.put(s, desk, "loan", loan_id, CHANGE_FIELD, today.isoformat())
        audit.record(s, desk, AUDIT_KIND, loan_id, {"requested_on": today.isoformat()})
    return ChangeSet.of(ChangeKind.NOTE, ChangeKind.WORKLIST, loans=[loan_id])


def debit_change_requested(desk: Desk, loan_id: str) -> str | None:
    """The day an account change was asked for, if one is on the case."""
    with desk.read() as s:
        value: Any = registers.get(s, "loan", loan_id, CHANGE_FIELD)
    return str(value) if value else None
