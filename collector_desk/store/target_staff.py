"""The course's staff-side causes of overdue as measures (section 2), counted by the
database from facts per day: a reminder that reached the borrower before the due
date, a second notice after a failed debit, a promise confirmed on its day.

Local days become UTC ranges through a small derived table of (day, start, end)
built by the caller's time zone, so "a call on the promise's day" needs no date
arithmetic in SQL (the rest of the Targets counts: store.target_figures).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Date, String, case, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from collector_desk.store.cases_bulk import table_of
from collector_desk.store.target_figures import (
    DayWindow,
    _as_day,
    _assigned,
    _text,
    assignee_value,
    decode_assignee,
)


def _days_table(windows: Sequence[DayWindow], name: str) -> Any:
    """The windows as a derived table (day, start, end): a UNION ALL of one-row SELECTs,
    which SQLite and PostgreSQL both read (SQLite has no column list on a VALUES alias)."""
    rows = [
        select(
            literal(w.day, Date).label("day"),
            literal(w.start, String).label("start"),
            literal(w.end, String).label("end"),
        )
        for w in windows
    ]
    return union_all(*rows).subquery(name)


def _seen(table: str, row_id: Any, unseen: tuple[int, int] | None) -> list[Any]:
    """No condition, or: the row is not one the change tracker numbered in (lo, hi]."""
    if unseen is None:
        return []
    f = table_of("fact_seq")
    return [
        ~exists().where(
            f.c.table_name == table,
            f.c.row_id == row_id,
            f.c.seq > unseen[0],
            f.c.seq <= unseen[1],
        )
    ]


def _contact_in(
    loan_id: Any,
    days: Any,
    *,
    reached: Sequence[str] | None,
    unseen: tuple[int, int] | None = None,
) -> Any:
    """A call (right-party only when `reached` is given) or, without `reached`, also a
    dial or SMS attempt on the loan within the day table's range; `unseen` leaves out
    the calls the change tracker numbered in (lo, hi]."""
    c, a = table_of("call"), table_of("contact_attempt")
    call = exists().where(
        c.c.loan_id == loan_id,
        _text(c.c.created_at) >= days.c.start,
        _text(c.c.created_at) < days.c.end,
        *([c.c.disposition.in_(reached)] if reached is not None else []),
        *_seen("call", c.c.id, unseen),
    )
    if reached is not None:
        return call
    attempt = exists().where(
        a.c.loan_id == loan_id,
        _text(a.c.at) >= days.c.start,
        _text(a.c.at) < days.c.end,
    )
    return or_(call, attempt)


def reminded_before_due(
    s: Session,
    windows: Sequence[DayWindow],
    reached: Sequence[str],
    collector: str | None,
    loans: Sequence[str] | None = None,
    unseen: tuple[int, int] | None = None,
) -> list[tuple[date, str, int, int]]:
    """(due day, assignee, instalments reached before their day, instalments due): each
    window is a due day and the range before it in which a right-party call counts.
    `loans` limits the count to these loans, `unseen` leaves some calls out."""
    if not windows:
        return []
    inst, days = table_of("instalment"), _days_table(windows, "due_days")
    hit = _contact_in(inst.c.loan_id, days, reached=reached, unseen=unseen)
    reached_it = case((hit, 1), else_=0)
    source, who = _assigned(inst.join(days, days.c.day == inst.c.due_on), inst.c.loan_id)
    only = [inst.c.loan_id.in_(list(loans))] if loans is not None else []
    inner = (
        select(days.c.day, who.label("who"), reached_it.label("hit"))
        .select_from(source)
        .where(*only)
        .subquery("due")
    )
    return _by_day_and_who(s, inner, collector, assigned=True)


def _by_day_and_who(
    s: Session, inner: Any, collector: str | None, *, assigned: bool
) -> list[tuple[date, str, int, int]]:
    stmt = select(inner.c.day, inner.c.who, func.sum(inner.c.hit), func.count()).group_by(
        inner.c.day, inner.c.who
    )
    if collector is not None:
        stmt = stmt.where(inner.c.who == (assignee_value(collector) if assigned else collector))
    decode = decode_assignee if assigned else str
    return [(_as_day(d), decode(w), int(h), int(n)) for d, w, h, n in s.execute(stmt)]


def second_notice_after_failed_debit(
    s: Session, windows: Sequence[DayWindow], collector: str | None
) -> list[tuple[date, str, int, int]]:
    """(debit day, assignee, failed debits followed by a call or SMS in the window, failed
    debits): each window is a debit day and the range up to the end of the next working
    day."""
    if not windows:
        return []
    d, days = table_of("debit_result"), _days_table(windows, "debit_days")
    hit = case((_contact_in(d.c.loan_id, days, reached=None), 1), else_=0)
    source, who = _assigned(d.join(days, days.c.day == d.c.debit_on), d.c.loan_id)
    inner = (
        select(days.c.day, who.label("who"), hit.label("hit"))
        .select_from(source)
        .where(d.c.success == False)  # noqa: E712 (SQL, not Python)
        .subquery("failed")
    )
    return _by_day_and_who(s, inner, collector, assigned=True)


def confirmed_on_the_day(
    s: Session, windows: Sequence[DayWindow], collector: str | None
) -> list[tuple[date, str, int, int]]:
    """(promised day, collector, promises with a call or SMS on the loan on the promised
    day, promises due): each window is a promised day and its own local range."""
    if not windows:
        return []
    p, days = table_of("promise"), _days_table(windows, "promise_days")
    hit = case((_contact_in(p.c.loan_id, days, reached=None), 1), else_=0)
    inner = (
        select(days.c.day, p.c.collector_id.label("who"), hit.label("hit"))
        .select_from(p.join(days, days.c.day == p.c.promised_on))
        .subquery("promised")
    )
    return _by_day_and_who(s, inner, collector, assigned=False)
