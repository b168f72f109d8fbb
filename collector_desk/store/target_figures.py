"""The Targets tab's figures, counted by the database from facts (course section 6).

Every statement is SQLAlchemy Core with bound dates and timestamps and no
dialect-specific function, so a supervisor's merged SQLite file and a team's
PostgreSQL server count the same rows the same way. The callers
(`services.targets`) turn the counts into rates; nothing here is cached.

Where a loan stands on a day (its bucket, overdue and outstanding amounts) is
computed without a window function: payments settle the oldest instalment
first, so a loan is at least `k` days past due on day `D` exactly when what it
paid up to `D` is less than what fell due on or before `D - k`. Conditional sums
of the schedule at the bucket edges (1, 30, 60, 90 days; 6 and 21 for the M1
bands) give every bucket in one scan of the instalments.

Local days become UTC ranges through a small VALUES table of (day, start, end)
built by the caller's time zone, so "a call on the promise's day" needs no date
arithmetic in SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement

from collector_desk.store.cases_bulk import table_of

# Bucket edges in days past due: a loan at least this late is in this bucket or later.
BUCKET_EDGES = (1, 30, 60, 90)  # C | M1 | M2 | M3 | M3+
BAND_EDGES = (1, 6, 21, 30, 60, 90)  # C | M1-1-5 | M1-6-20 | M1-21-29 | M2 | M3 | M3+
BUCKETS = ("C", "M1", "M2", "M3", "M3+")
BANDS = ("C", "M1-1-5", "M1-6-20", "M1-21-29", "M2", "M3", "M3+")


@dataclass(frozen=True, slots=True)
class DayWindow:
    """A local day and the UTC range it covers, as stored timestamps (ISO text)."""

    day: date
    start: str
    end: str


def _text(col: Any) -> ColumnElement[str]:
    return type_coerce(col, String)


def _assigned(source: Any, loan_id: Any) -> tuple[Any, Any]:
    """`source` joined to each loan's assignment register: (the join, the register value
    column: JSON text such as '"C001"', NULL when the loan is unassigned). A join, not a
    correlated subquery, so the value is read once per row."""
    r = table_of("register").alias("assigned")
    joined = source.outerjoin(
        r,
        and_(r.c.entity == "loan", r.c.field == "assigned_to", r.c.entity_id == loan_id),
    )
    return joined, r.c.value


def decode_assignee(value: str | None) -> str:
    if not value:
        return ""
    return str(json.loads(value) or "")


def assignee_value(collector: str) -> str:
    return json.dumps(collector, ensure_ascii=False)


# --- activity: calls and promises made, by who made them -------------------------------


def activity(
    s: Session, start: str, end: str, reached: Sequence[str], collector: str | None
) -> dict[str, dict[str, int]]:
    """{collector: {calls, rpc, ptp, promised_fen}} for facts made in [start, end)."""
    c, p = table_of("call"), table_of("promise")
    out: dict[str, dict[str, int]] = {}
    calls = select(
        c.c.collector_id,
        func.count(),
        func.coalesce(func.sum(case((c.c.disposition.in_(reached), 1), else_=0)), 0),
    ).where(_text(c.c.created_at) >= start, _text(c.c.created_at) < end)
    made = select(p.c.collector_id, func.count(), func.coalesce(func.sum(p.c.amount_fen), 0)).where(
        _text(p.c.created_at) >= start, _text(p.c.created_at) < end
    )
    if collector is not None:
        calls = calls.where(c.c.collector_id == collector)
        made = made.where(p.c.collector_id == collector)
    for who, n, rpc in s.execute(calls.group_by(c.c.collector_id)):
        out.setdefault(who, {}).update(calls=int(n), rpc=int(rpc))
    for who, n, fen in s.execute(made.group_by(p.c.collector_id)):
        out.setdefault(who, {}).update(ptp=int(n), promised_fen=int(fen))
    return out


# --- promises whose day fell in the month and is over ----------------------------------


def _judged_promises(
    first: date,
    last_over: date,
    collector: str | None,
    loans: Sequence[str] | None = None,
    unseen: tuple[int, int] | None = None,
) -> Any:
    """Each promise due in [first, last_over] with what was paid from its making to its
    day (the domain's promise_standing, in SQL); `loans` and `unseen` as in movements."""
    p, pay = table_of("promise"), table_of("payment")
    paid = (
        select(func.coalesce(func.sum(pay.c.amount_fen), 0))
        .where(
            pay.c.loan_id == p.c.loan_id,
            pay.c.paid_on >= p.c.made_on,
            pay.c.paid_on <= p.c.promised_on,
            *_not_unseen(pay, unseen),
        )
        .scalar_subquery()
    )
    stmt = select(
        p.c.id,
        p.c.collector_id,
        p.c.loan_id,
        p.c.call_id,
        p.c.promised_on,
        p.c.amount_fen,
        paid.label("paid"),
    ).where(p.c.promised_on >= first, p.c.promised_on <= last_over)
    if collector is not None:
        stmt = stmt.where(p.c.collector_id == collector)
    if loans is not None:
        stmt = stmt.where(p.c.loan_id.in_(list(loans)))
    return stmt.subquery("judged")


def promise_days(
    s: Session,
    first: date,
    last_over: date,
    collector: str | None,
    loans: Sequence[str] | None = None,
    unseen: tuple[int, int] | None = None,
) -> list[tuple[date, str, str, str, int, int, int, int]]:
    """(promised day, collector, objections "A,D", overdue reason, due, kept, part,
    kept_fen) for the promises due in [first, last_over], by what the call that got
    them recorded ("" when no call): kept = paid at least the amount by the day; part
    = something but less."""
    if last_over < first:
        return []
    j = _judged_promises(first, last_over, collector, loans, unseen)
    c = table_of("call")
    kept = j.c.paid >= j.c.amount_fen
    part = and_(j.c.paid > 0, j.c.paid < j.c.amount_fen)
    objections = func.coalesce(c.c.objections, "")
    reason = func.coalesce(c.c.overdue_reason, "")
    stmt = (
        select(
            j.c.promised_on,
            j.c.collector_id,
            objections,
            reason,
            func.count(),
            func.coalesce(func.sum(case((kept, 1), else_=0)), 0),
            func.coalesce(func.sum(case((part, 1), else_=0)), 0),
            func.coalesce(func.sum(case((kept, j.c.amount_fen), else_=0)), 0),
        )
        .select_from(j.outerjoin(c, c.c.id == j.c.call_id))
        .group_by(j.c.promised_on, j.c.collector_id, objections, reason)
    )
    return [
        (_as_day(d), w, o, r, int(n), int(k), int(pt), int(kf))
        for d, w, o, r, n, k, pt, kf in s.execute(stmt)
    ]


def _as_day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


# --- where loans stand: buckets at two days, payments by band ------------------------------


def _edge_sums(day: date, edges: Iterable[int], prefix: str) -> list[Any]:
    inst = table_of("instalment")
    return [
        func.coalesce(
            func.sum(case((inst.c.due_on <= day - timedelta(days=k), inst.c.amount_fen), else_=0)),
            0,
        ).label(f"{prefix}{k}")
        for k in edges
    ]


def _schedule_at(before: date, as_of: date, loans: Sequence[str] | None) -> Any:
    inst = table_of("instalment")
    stmt = select(
        inst.c.loan_id,
        func.sum(inst.c.amount_fen).label("total"),
        *_edge_sums(before, BAND_EDGES, "a"),
        *_edge_sums(as_of, BUCKET_EDGES, "b"),
    )
    if loans is not None:
        stmt = stmt.where(inst.c.loan_id.in_(list(loans)))
    return stmt.group_by(inst.c.loan_id).subquery("sched")


def _not_unseen(pay: Any, unseen: tuple[int, int] | None) -> list[Any]:
    """No condition, or: this payment is not one the change tracker numbered in (lo, hi]."""
    if unseen is None:
        return []
    f = table_of("fact_seq")
    return [
        ~exists().where(
            f.c.table_name == "payment",
            f.c.row_id == pay.c.id,
            f.c.seq > unseen[0],
            f.c.seq <= unseen[1],
        )
    ]


def _paid_at(
    before: date, as_of: date, loans: Sequence[str] | None, unseen: tuple[int, int] | None
) -> Any:
    """Payments up to both days per loan; `unseen` = (lo, hi) leaves out the payments
    the change tracker numbered in (lo, hi] (what the loans stood at before they came)."""
    pay = table_of("payment")
    stmt = select(
        pay.c.loan_id,
        func.sum(case((pay.c.paid_on <= before, pay.c.amount_fen), else_=0)).label("p0"),
        func.sum(case((pay.c.paid_on <= as_of, pay.c.amount_fen), else_=0)).label("p1"),
    ).where(pay.c.paid_on <= as_of)
    if loans is not None:
        stmt = stmt.where(pay.c.loan_id.in_(list(loans)))
    stmt = stmt.where(*_not_unseen(pay, unseen))
    return stmt.group_by(pay.c.loan_id).subquery("paid")


def _level(paid: Any, sums: Sequence[Any]) -> Any:
    """How many edges the loan is past: 0 = C, 1 = M1 (or the first band) ..."""
    total: Any = literal(0, Integer)
    for edge in sums:
        total = total + case((paid < edge, 1), else_=0)
    return total


def movements(
    s: Session,
    before: date,
    as_of: date,
    collector: str | None,
    loans: Sequence[str] | None = None,
    unseen: tuple[int, int] | None = None,
) -> list[tuple[str, int, int, bool, int, int, int]]:
    """(assignee, band at `before`, bucket at `as_of`, settled at `before`, loans,
    outstanding at `before`, overdue at `before`) over every loan with a schedule.

    The band index (0-6, BANDS) at the end of last month and the bucket index (0-4,
    BUCKETS) now are what flows (roll rates) and cures are counted from. `loans` limits
    the count to these loans, `unseen` leaves some payments out (`_paid_at`)."""
    sched, paid = _schedule_at(before, as_of, loans), _paid_at(before, as_of, loans, unseen)
    p0 = func.coalesce(paid.c.p0, 0)
    p1 = func.coalesce(paid.c.p1, 0)
    band0 = _level(p0, [sched.c[f"a{k}"] for k in BAND_EDGES]).label("band0")
    bucket1 = _level(p1, [sched.c[f"b{k}"] for k in BUCKET_EDGES]).label("bucket1")
    settled0 = case((p0 >= sched.c.total, 1), else_=0).label("settled0")
    outstanding0 = case((sched.c.total > p0, sched.c.total - p0), else_=0)
    overdue0 = case((sched.c.a1 > p0, sched.c.a1 - p0), else_=0)
    source, who = _assigned(
        sched.outerjoin(paid, paid.c.loan_id == sched.c.loan_id), sched.c.loan_id
    )
    inner = (
        select(
            who.label("who"),
            band0,
            bucket1,
            settled0,
            outstanding0.label("out0"),
            overdue0.label("over0"),
        )
        .select_from(source)
        .subquery("pos")
    )
    stmt = select(
        inner.c.who,
        inner.c.band0,
        inner.c.bucket1,
        inner.c.settled0,
        func.count(),
        func.sum(inner.c.out0),
        func.sum(inner.c.over0),
    ).group_by(inner.c.who, inner.c.band0, inner.c.bucket1, inner.c.settled0)
    if collector is not None:
        stmt = stmt.where(inner.c.who == assignee_value(collector))
    return [
        (decode_assignee(w), int(b0), int(b1), bool(st), int(n), int(o or 0), int(v or 0))
        for w, b0, b1, st, n, o, v in s.execute(stmt)
    ]


def collected(
    s: Session,
    first: date,
    as_of: date,
    collector: str | None,
    before: date | None = None,
    loans: Sequence[str] | None = None,
    unseen: tuple[int, int] | None = None,
) -> list[tuple[str, date, int, int]]:
    """(assignee, day, band index on `before`, fen) of the payments received in [first,
    as_of] on each loan, by the collector the loan is assigned to now. `before` is the
    end of the month before `first`'s unless given (a day of the month: still the
    month's start)."""
    pay, inst = table_of("payment"), table_of("instalment")
    if before is None:
        before = first - timedelta(days=1)
    only = [pay.c.loan_id.in_(list(loans))] if loans is not None else []
    month_pay = (
        select(pay.c.loan_id, pay.c.paid_on, func.sum(pay.c.amount_fen).label("fen"))
        .where(pay.c.paid_on >= first, pay.c.paid_on <= as_of, *only, *_not_unseen(pay, unseen))
        .group_by(pay.c.loan_id, pay.c.paid_on)
        .subquery("month_pay")
    )
    paying = select(month_pay.c.loan_id).distinct().scalar_subquery()
    sched = (
        select(inst.c.loan_id, *_edge_sums(before, BAND_EDGES, "a"))
        .where(inst.c.loan_id.in_(paying))
        .group_by(inst.c.loan_id)
        .subquery("sched")
    )
    paid0 = (
        select(pay.c.loan_id, func.sum(pay.c.amount_fen).label("p0"))
        .where(pay.c.paid_on <= before, pay.c.loan_id.in_(paying), *_not_unseen(pay, unseen))
        .group_by(pay.c.loan_id)
        .subquery("paid0")
    )
    p0 = func.coalesce(paid0.c.p0, 0)
    band0 = _level(p0, [func.coalesce(sched.c[f"a{k}"], 0) for k in BAND_EDGES]).label("band0")
    source, who = _assigned(
        month_pay.outerjoin(sched, sched.c.loan_id == month_pay.c.loan_id).outerjoin(
            paid0, paid0.c.loan_id == month_pay.c.loan_id
        ),
        month_pay.c.loan_id,
    )
    inner = (
        select(who.label("who"), month_pay.c.paid_on, band0, month_pay.c.fen)
        .select_from(source)
        .subquery("pays")
    )
    stmt = select(inner.c.who, inner.c.paid_on, inner.c.band0, func.sum(inner.c.fen)).group_by(
        inner.c.who, inner.c.paid_on, inner.c.band0
    )
    if collector is not None:
        stmt = stmt.where(inner.c.who == assignee_value(collector))
    return [(decode_assignee(w), _as_day(d), int(b), int(f)) for w, d, b, f in s.execute(stmt)]


# --- targets and names ---------------------------------------------------------------------


def month_targets(s: Session, month: str) -> dict[str, tuple[int, int]]:
    """{collector: (amount_fen, kept_rate_pct)} set for the month."""
    t = table_of("collector_target")
    stmt = select(t.c.collector_id, t.c.amount_fen, t.c.kept_rate_pct).where(t.c.month == month)
    return {w: (int(a), int(k)) for w, a, k in s.execute(stmt)}


def collector_names(s: Session) -> dict[str, str]:
    c = table_of("collector")
    return {str(i): str(n) for i, n in s.execute(select(c.c.id, c.c.name))}
