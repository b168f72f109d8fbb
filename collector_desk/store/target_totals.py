"""The Targets totals' persistence (tables in `store.target_tables`).

- `rows` / `built` read what is stored for a kind over a range of periods;
- `write` replaces one (kind, period) and marks it built;
- `invalidate` forgets stored periods (all, one kind, or a range of days): they are
  counted again from facts by the next report;
- `facts_since(mark)`: the date span of every fact that arrived after `mark` in
  `fact_seq` (the change tracker's trigger numbers every fact, whatever wrote it:
  the app, intake, a bundle import, a script), so a back-dated fact is found
  without any writer having to say so;
- `cancel_when(session, flag)`: a long statement stops when `flag()` turns true
  (SQLite's progress handler; between statements elsewhere).

Periods are ISO days, so a range of days is a range of text on both dialects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from collector_desk.domain.progress import Cancelled
from collector_desk.store.cases_bulk import table_of
from collector_desk.store.target_tables import BUILT, TOTAL

MARK = "_facts"  # BUILT's row for the facts already looked at: seq = the last fact_seq
Row = tuple[str, str, int, int, int, int]  # (who, key, v1, v2, v3, v4)


def _iso(day: date | str) -> str:
    return day if isinstance(day, str) else day.isoformat()


def built(s: Session, kind: str, first: date, last: date) -> set[str]:
    stmt = select(BUILT.c.period).where(
        BUILT.c.kind == kind, BUILT.c.period >= _iso(first), BUILT.c.period <= _iso(last)
    )
    return {str(p) for p in s.scalars(stmt)}


def rows(
    s: Session, kind: str, first: date, last: date
) -> list[tuple[str, str, str, int, int, int, int]]:
    """(period, who, key, v1..v4) stored for the kind in [first, last]."""
    t = TOTAL
    stmt = select(t.c.period, t.c.who, t.c.key, t.c.v1, t.c.v2, t.c.v3, t.c.v4).where(
        t.c.kind == kind, t.c.period >= _iso(first), t.c.period <= _iso(last)
    )
    return [
        (str(p), str(w), str(k), int(a), int(b), int(c), int(d))
        for p, w, k, a, b, c, d in s.execute(stmt)
    ]


def write(s: Session, kind: str, period: date, found: Iterable[Row], seq: int) -> None:
    """The totals of one (kind, period), replacing any stored ones, and its built mark."""
    day = _iso(period)
    s.execute(delete(TOTAL).where(TOTAL.c.kind == kind, TOTAL.c.period == day))
    s.execute(delete(BUILT).where(BUILT.c.kind == kind, BUILT.c.period == day))
    values = [
        {"kind": kind, "period": day, "who": w, "key": k, "v1": a, "v2": b, "v3": c, "v4": d}
        for w, k, a, b, c, d in found
    ]
    if values:
        s.execute(insert(TOTAL), values)
    s.execute(insert(BUILT), [{"kind": kind, "period": day, "seq": seq}])


def built_seqs(s: Session, kind: str) -> dict[str, int]:
    """{period: the fact_seq mark it was counted (or last brought up) to} of a kind."""
    stmt = select(BUILT.c.period, BUILT.c.seq).where(BUILT.c.kind == kind)
    return {str(p): int(q) for p, q in s.execute(stmt)}


def merge(
    s: Session, kind: str, period: date, delta: dict[tuple[str, str], list[int]], seq: int
) -> None:
    """Add `delta` {(who, key): [v1..v4]} to the stored totals of one (kind, period)
    and record that they now hold to `seq`."""
    stored: dict[tuple[str, str], list[int]] = {
        (w, k): [a, b, c, d] for _p, w, k, a, b, c, d in rows(s, kind, period, period)
    }
    for key, values in delta.items():
        into = stored.setdefault(key, [0, 0, 0, 0])
        for i, v in enumerate(values):
            into[i] += v
    found = [(w, k, a, b, c, d) for (w, k), (a, b, c, d) in stored.items() if any((a, b, c, d))]
    write(s, kind, period, found, seq)


def new_payments(s: Session, seq: int, upto: int) -> list[tuple[str, date]]:
    """(loan, paid on) of the payments numbered in (seq, upto]."""
    f, pay = table_of("fact_seq"), table_of("payment")
    stmt = (
        select(pay.c.loan_id, pay.c.paid_on)
        .select_from(f.join(pay, pay.c.id == f.c.row_id))
        .where(f.c.table_name == "payment", f.c.seq > seq, f.c.seq <= upto)
    )
    return [(str(loan), _value(d) if isinstance(d, str) else d) for loan, d in s.execute(stmt)]


def new_activity(
    s: Session, seq: int, upto: int, reached: Sequence[str]
) -> list[tuple[int, Any, str, int, int, int, int]]:
    """(seq, created at, collector, calls, right-party, promises, promised fen) of each
    call and promise numbered in (seq, upto]: what the `act` totals add up."""
    f, c, p = table_of("fact_seq"), table_of("call"), table_of("promise")
    out: list[tuple[int, Any, str, int, int, int, int]] = []
    calls = (
        select(f.c.seq, c.c.created_at, c.c.collector_id, c.c.disposition)
        .select_from(f.join(c, c.c.id == f.c.row_id))
        .where(f.c.table_name == "call", f.c.seq > seq, f.c.seq <= upto)
    )
    for n, at, who, disposition in s.execute(calls):
        out.append((int(n), _moment(at), str(who), 1, int(disposition in reached), 0, 0))
    made = (
        select(f.c.seq, p.c.created_at, p.c.collector_id, p.c.amount_fen)
        .select_from(f.join(p, p.c.id == f.c.row_id))
        .where(f.c.table_name == "promise", f.c.seq > seq, f.c.seq <= upto)
    )
    for n, at, who, fen in s.execute(made):
        out.append((int(n), _moment(at), str(who), 0, 0, 1, int(fen)))
    return out


def new_calls(s: Session, seq: int, upto: int) -> list[tuple[str, Any]]:
    """(loan, created at) of the calls numbered in (seq, upto]."""
    f, c = table_of("fact_seq"), table_of("call")
    stmt = (
        select(c.c.loan_id, c.c.created_at)
        .select_from(f.join(c, c.c.id == f.c.row_id))
        .where(f.c.table_name == "call", f.c.seq > seq, f.c.seq <= upto)
    )
    return [(str(loan), _moment(at)) for loan, at in s.execute(stmt)]


def promised_days_of_new_calls(s: Session, seq: int, upto: int) -> set[date]:
    """The promised days of promises got on a call numbered in (seq, upto]: the only
    promises whose grouping (the call's objections and reason) such a call changes.
    Looked up by loan (promise has an index on loan_id, none on call_id)."""
    f, c, p = table_of("fact_seq"), table_of("call"), table_of("promise")
    new_calls = (
        select(c.c.id, c.c.loan_id)
        .select_from(f.join(c, c.c.id == f.c.row_id))
        .where(f.c.table_name == "call", f.c.seq > seq, f.c.seq <= upto)
    )
    found = [(str(i), str(loan)) for i, loan in s.execute(new_calls)]
    out: set[date] = set()
    for start in range(0, len(found), 400):
        part = found[start : start + 400]
        stmt = select(p.c.promised_on).where(
            p.c.loan_id.in_(sorted({loan for _i, loan in part})),
            p.c.call_id.in_([i for i, _loan in part]),
        )
        out |= {d if isinstance(d, date) else date.fromisoformat(str(d)) for d in s.scalars(stmt)}
    return out


def _moment(v: Any) -> Any:
    return _value(v) if isinstance(v, str) else v


def invalidate(
    s: Session,
    kinds: Sequence[str] | None = None,
    first: date | None = None,
    last: date | None = None,
) -> None:
    """Forget the stored periods of these kinds (every kind when None) within [first,
    last] (open-ended where None). The facts mark stays."""
    for table in (TOTAL, BUILT):
        stmt = delete(table).where(table.c.kind != MARK)
        if kinds is not None:
            stmt = stmt.where(table.c.kind.in_(list(kinds)))
        if first is not None:
            stmt = stmt.where(table.c.period >= _iso(first))
        if last is not None:
            stmt = stmt.where(table.c.period <= _iso(last))
        s.execute(stmt)


def rebuild_all(s: Session) -> None:
    """Forget every total and the facts mark: the next report counts everything again."""
    s.execute(delete(TOTAL))
    s.execute(delete(BUILT))


def mark(s: Session) -> int | None:
    """The last fact_seq already looked at (None: never; nothing is stored yet)."""
    got = s.scalar(select(BUILT.c.seq).where(BUILT.c.kind == MARK, BUILT.c.period == ""))
    return None if got is None else int(got)


def set_mark(s: Session, seq: int) -> None:
    s.execute(delete(BUILT).where(BUILT.c.kind == MARK))
    s.execute(insert(BUILT), [{"kind": MARK, "period": "", "seq": seq}])


def high_water(s: Session) -> int:
    f = table_of("fact_seq")
    return int(s.scalar(select(func.coalesce(func.max(f.c.seq), 0))) or 0)


@dataclass(frozen=True, slots=True)
class Span:
    """The earliest and latest value of one column over the new facts of one table."""

    first: Any
    last: Any


# table -> the columns whose span says which periods a new fact can change
_SPANNED = {
    "payment": ("paid_on",),
    "debit_result": ("debit_on",),
    "promise": ("created_at", "made_on", "promised_on"),
    "call": ("created_at",),
    "contact_attempt": ("at",),
}


def facts_since(s: Session, seq: int, upto: int) -> dict[str, dict[str, Span]]:
    """{table: {column: span}} over the facts numbered in (seq, upto] (tables with none
    are left out). Timestamps come back as stored (UTC), days as dates."""
    f = table_of("fact_seq")
    out: dict[str, dict[str, Span]] = {}
    for name, cols in _SPANNED.items():
        t = table_of(name)
        aggs = [agg(t.c[c]) for c in cols for agg in (func.min, func.max)]
        stmt = (
            select(func.count(), *aggs)
            .select_from(f.join(t, t.c.id == f.c.row_id))
            .where(f.c.table_name == name, f.c.seq > seq, f.c.seq <= upto)
        )
        got = s.execute(stmt).one()
        if not got[0]:
            continue
        values = list(got[1:])
        out[name] = {
            c: Span(_value(values[2 * i]), _value(values[2 * i + 1])) for i, c in enumerate(cols)
        }
    return out


def _value(v: Any) -> Any:
    if isinstance(v, str) and len(v) == 10:
        return date.fromisoformat(v)
    if isinstance(v, str):
        return datetime.fromisoformat(v.replace("Z", "+00:00"))
    return v


@contextmanager
def cancel_when(s: Session, flag: Callable[[], bool]) -> Iterator[None]:
    """While inside, a statement on this session's SQLite connection stops soon after
    `flag()` turns true, raising Cancelled (the unit of work rolls back). On other
    dialects the caller's checks between statements are the only stops."""
    raw: Any = s.connection().connection.dbapi_connection
    hook = getattr(raw, "set_progress_handler", None)
    if hook is None:
        yield
        return
    hook(lambda: 1 if flag() else 0, 20_000)
    try:
        yield
    except OperationalError as exc:
        if flag() and "interrupt" in str(exc).lower():
            raise Cancelled() from None
        raise
    finally:
        hook(None, 0)
