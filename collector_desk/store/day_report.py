"""What the daily report reads: one day's calls, promises and dial attempts, and
the worked cases' cached rows. Rows are stored values (timestamps as UTC text),
in the column order the report unpacks; `start`/`end` are stored timestamps."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.orm import Session

from collector_desk.store.cases_bulk import chunks, table_of
from collector_desk.store.sync import Row, stored_rows


def _between(column: Any, start: str, end: str) -> list[ColumnElement[bool]]:
    as_text = type_coerce(column, String)
    return [as_text >= start, as_text < end]


def calls(session: Session, start: str, end: str, collector: str | None) -> list[Row]:
    """(created_at, contract_no, name, collector_id, disposition, overdue_reason,
    objections, third_party, note, flagged, loan_id), oldest first."""
    c, ln, b = table_of("call"), table_of("loan"), table_of("borrower")
    stmt = (
        select(
            c.c.created_at,
            ln.c.contract_no,
            b.c.name,
            c.c.collector_id,
            c.c.disposition,
            c.c.overdue_reason,
            c.c.objections,
            c.c.third_party,
            c.c.note,
            c.c.flagged,
            c.c.loan_id,
        )
        .select_from(c.join(ln, ln.c.id == c.c.loan_id).join(b, b.c.id == ln.c.borrower_id))
        .where(*_between(c.c.created_at, start, end))
        .order_by(c.c.created_at)
    )
    if collector:
        stmt = stmt.where(c.c.collector_id == collector)
    return stored_rows(session, stmt)


def promises(session: Session, start: str, end: str, collector: str | None) -> list[Row]:
    """(created_at, contract_no, name, collector_id, promised_on, amount_fen, method,
    part_payment, cached promise_status, loan_id), oldest first."""
    p, ln, b, cs = (
        table_of("promise"),
        table_of("loan"),
        table_of("borrower"),
        table_of("case_state"),
    )
    stmt = (
        select(
            p.c.created_at,
            ln.c.contract_no,
            b.c.name,
            p.c.collector_id,
            p.c.promised_on,
            p.c.amount_fen,
            p.c.method,
            p.c.part_payment,
            cs.c.promise_status,
            p.c.loan_id,
        )
        .select_from(
            p.join(ln, ln.c.id == p.c.loan_id)
            .join(b, b.c.id == ln.c.borrower_id)
            .outerjoin(cs, cs.c.loan_id == p.c.loan_id)
        )
        .where(*_between(p.c.created_at, start, end))
        .order_by(p.c.created_at)
    )
    if collector:
        stmt = stmt.where(p.c.collector_id == collector)
    return stored_rows(session, stmt)


def attempts(session: Session, start: str, end: str, collector: str | None) -> list[Row]:
    """(loan_id, number of dial attempts) that day."""
    a = table_of("contact_attempt")
    stmt = (
        select(a.c.loan_id, func.count())
        .where(*_between(a.c.created_at, start, end))
        .group_by(a.c.loan_id)
    )
    if collector:
        stmt = stmt.where(a.c.collector_id == collector)
    return stored_rows(session, stmt)


def cases(session: Session, loan_ids: Sequence[str]) -> list[Row]:
    """(contract_no, borrower_name, assigned_to, oldest_unpaid_due_on, overdue_fen,
    outstanding_fen, promise_status, promise_on, promise_fen, loan_id) by contract."""
    cs = table_of("case_state")
    out: list[Row] = []
    for part in chunks(list(loan_ids)):
        stmt = (
            select(
                cs.c.contract_no,
                cs.c.borrower_name,
                cs.c.assigned_to,
                cs.c.oldest_unpaid_due_on,
                cs.c.overdue_fen,
                cs.c.outstanding_fen,
                cs.c.promise_status,
                cs.c.promise_on,
                cs.c.promise_fen,
                cs.c.loan_id,
            )
            .where(cs.c.loan_id.in_(part))
            .order_by(cs.c.contract_no)
        )
        out += stored_rows(session, stmt)
    return out


def known_collector(session: Session, code: str) -> bool:
    """Someone has this staff code: on the roster, given cases, or the author of a
    call, promise or dial attempt (a workstation's bundle may bring work by a code
    the roster here does not list)."""
    for name, column in (
        ("collector", "id"),
        ("case_state", "assigned_to"),
        ("call", "collector_id"),
        ("promise", "collector_id"),
        ("contact_attempt", "collector_id"),
    ):
        t = table_of(name)
        if session.execute(select(t.c[column]).where(t.c[column] == code).limit(1)).first():
            return True
    return False
