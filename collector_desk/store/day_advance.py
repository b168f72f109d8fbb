"""The set-based form of a new day: case_state rows brought to `today` in SQL.

A row whose `valid_until` has come changes with the date alone when nothing
else happened to its loan: an instalment falls due (overdue grows), a bucket
edge is crossed (the next action and `valid_until` move; the bucket itself is
never stored, readers compute it from `oldest_unpaid_due_on`), the reminder
window opens, a promise's date passes (pending becomes broken or partly kept). `advance_case_state` computes those changes in
SQL for the rows it can take ("advanceable": expired, computed on or before
today by the current derivation, no payment dated after their `computed_on`)
and leaves every other stale row to `derive()`.

Each statement writes only the rows whose value changes: every case_state
index a column is in costs a random b-tree write per row written, and at a
million cases those writes, not the arithmetic, are the price. In order:

1. `promise_status` of pending promises whose date has passed;
2. `overdue_fen` where an instalment fell due since `computed_on` (nothing
   else moves it: no payment came);
3. `next_action`, `computed_on`, `valid_until` of every advanceable row (this
   one takes the rows out of the stale set, so it runs last).

`outstanding_fen` never changes with the date alone (no new payment), nor do
the schedule's `oldest_unpaid_due_on` and the promise terms.

Mirrors `services.case_state.derive` (tests/test_store_derived.py holds the two
equal on every day a demo portfolio goes through).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    and_,
    case,
    event,
    exists,
    func,
    literal,
    literal_column,
    not_,
    select,
    update,
)
from sqlalchemy.orm import Session

from collector_desk.domain.loan import FAR_FUTURE
from collector_desk.store.models import CaseState, Instalment, Payment, Promise

# Loans per statement: under SQLite's oldest bound-parameter limit (999).
STATEMENT_CHUNK = 900
# SQLite's page cache while a new day is written (KiB; the default is 2 MiB). The
# rows of a weekend sit all over the table's indexes: with the default cache each
# index page is read, dirtied, spilled and read again for every few rows.
ADVANCE_CACHE_KIB = 262_144
# The connection's settings for a unit of the set-based form, until it goes back to
# the pool. No automatic checkpoint at each commit (copying the WAL into the file
# and syncing it took 40 % of the time): `checkpoint()` runs one every few units.
PRAGMAS: tuple[str, ...] = (
    f"PRAGMA cache_size = -{ADVANCE_CACHE_KIB}",
    "PRAGMA wal_autocheckpoint = 0",
)
_RESTORE = ("PRAGMA cache_size = -2000", "PRAGMA wal_autocheckpoint = 1000")  # defaults
CHECKPOINT = "PRAGMA wal_checkpoint(PASSIVE)"


def _add_days(dialect: str, column: Any, days: int) -> Any:
    if dialect == "sqlite":
        return func.date(column, f"{days:+d} days", type_=Date)
    return column + literal_column(str(int(days)))


def _least(dialect: str, *values: Any) -> Any:
    return getattr(func, "min" if dialect == "sqlite" else "least")(*values, type_=Date)


def _greatest(dialect: str, *values: Any) -> Any:
    return getattr(func, "max" if dialect == "sqlite" else "greatest")(*values, type_=Date)


def _restore_on_checkin(dbapi_connection: Any, record: Any) -> None:
    if record.info.pop("day_advance", False):
        for pragma in _RESTORE:
            dbapi_connection.execute(pragma)


def large_cache(session: Session) -> None:
    """SQLite: this unit's connection gets `PRAGMAS` (a larger page cache, no
    checkpoint at its commit) until it is back in the pool, where the defaults are
    set again."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    engine = conn.engine
    if not event.contains(engine, "checkin", _restore_on_checkin):
        event.listen(engine, "checkin", _restore_on_checkin)
    conn.connection.info["day_advance"] = True
    for pragma in PRAGMAS:
        conn.exec_driver_sql(pragma)


def checkpoint(session: Session) -> None:
    """SQLite: copy what the units wrote into the database file (a passive
    checkpoint: it waits for no reader). Nothing on a server."""
    if session.connection().dialect.name == "sqlite":
        session.connection().exec_driver_sql(CHECKPOINT).fetchall()


class _Day:
    """The SQL expressions of one day, over the case_state row being updated."""

    def __init__(self, dialect: str, today: date, version: int) -> None:
        cs = CaseState
        self.dialect, self.today, self.version = dialect, today, version
        self.oldest = cs.oldest_unpaid_due_on
        self.far = literal(FAR_FUTURE, Date)
        self.paid = (
            select(func.coalesce(func.sum(Payment.amount_fen), 0))
            .where(Payment.loan_id == cs.loan_id, Payment.paid_on <= today)
            .scalar_subquery()
        )
        self.late = (
            select(func.coalesce(func.sum(Instalment.amount_fen), 0))
            .where(Instalment.loan_id == cs.loan_id, Instalment.due_on < today)
            .scalar_subquery()
        )

    def advanceable(self, loan_ids: Sequence[str] | None) -> list[ColumnElement[bool]]:
        cs, today = CaseState, self.today
        future_payment = exists().where(
            Payment.loan_id == cs.loan_id, Payment.paid_on > cs.computed_on
        )
        where: list[ColumnElement[bool]] = []
        if loan_ids is not None:
            where.append(cs.loan_id.in_(list(loan_ids)))
        # `+computed_on`: the date is the same on most rows, so an index on it finds
        # nearly all of them; the expired rows are found by `valid_until`.
        where += [
            cs.valid_until <= today,
            literal_column("+case_state.computed_on", Date) <= today
            if self.dialect == "sqlite"
            else cs.computed_on <= today,
            cs.derivation == self.version,
            not_(future_payment),
        ]
        return where

    def overdue(self) -> Any:
        name = "max" if self.dialect == "sqlite" else "greatest"
        return getattr(func, name)(self.late - self.paid, 0)

    def fell_due(self) -> ColumnElement[bool]:
        """An instalment fell due since the row was computed (only then overdue moves)."""
        cs = CaseState
        return exists().where(
            Instalment.loan_id == cs.loan_id,
            Instalment.due_on >= cs.computed_on,
            Instalment.due_on < self.today,
        )

    def promise_outcome(self) -> Any:
        """A pending promise whose date passed: partly kept when something was paid
        between the day it was made and its date, else broken (it was not kept by
        the row's day, and no payment came since)."""
        cs = CaseState
        # The latest promise's day (nested in EXISTS: correlated to the row by hand).
        made_on = (
            select(Promise.made_on)
            .where(Promise.loan_id == cs.loan_id)
            .order_by(Promise.created_at.desc(), Promise.id.desc())
            .limit(1)
            .correlate(cs)
            .scalar_subquery()
        )
        paid = exists().where(
            Payment.loan_id == cs.loan_id,
            Payment.paid_on <= cs.promise_on,
            Payment.paid_on >= made_on,
        )
        return case((paid, "partly_kept"), else_="broken")

    def next_action(self) -> Any:
        cs, oldest, today = CaseState, self.oldest, self.today
        pending = cs.promise_status == "pending"
        return case(
            (and_(pending, cs.promise_on == today), "confirm_promise"),
            (cs.promise_status.in_(("broken", "partly_kept")), "broken_promise"),
            (pending, "await_promise"),
            (oldest < today, "collect"),
            (and_(oldest != FAR_FUTURE, oldest <= today + timedelta(days=5)), "remind"),
            else_="",
        )

    def valid_until(self) -> Any:
        cs, oldest, today, far, d = CaseState, self.oldest, self.today, self.far, self.dialect
        next_due = (
            select(func.min(Instalment.due_on))
            .where(Instalment.loan_id == cs.loan_id, Instalment.due_on > today)
            .scalar_subquery()
        )
        due_today = exists().where(Instalment.loan_id == cs.loan_id, Instalment.due_on == today)
        # min(next due date, the day after a due date on or after today)
        due_change = case(
            (due_today, literal(today + timedelta(days=1), Date)),
            else_=func.coalesce(next_due, far),
        )
        # The next bucket edge: overdue from DPD 1, then 30, 60, 90.
        edge = case(
            (oldest == FAR_FUTURE, far),
            (oldest > today - timedelta(days=1), _add_days(d, oldest, 1)),
            (oldest > today - timedelta(days=30), _add_days(d, oldest, 30)),
            (oldest > today - timedelta(days=60), _add_days(d, oldest, 60)),
            (oldest > today - timedelta(days=90), _add_days(d, oldest, 90)),
            else_=far,
        )
        remind = case(
            (
                and_(oldest != FAR_FUTURE, oldest > today + timedelta(days=5)),
                _add_days(d, oldest, -5),
            ),
            else_=far,
        )
        # A pending promise: its date (confirm it), then the day after (kept or not).
        promise = case(
            (
                cs.promise_status == "pending",
                case(
                    (cs.promise_on > today, cs.promise_on),
                    else_=_add_days(d, cs.promise_on, 1),
                ),
            ),
            else_=far,
        )
        return _greatest(
            d,
            literal(today + timedelta(days=1), Date),
            _least(d, due_change, edge, remind, promise),
        )


def _run(session: Session, stmt: Any) -> int:
    result = session.execute(stmt.execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0) or 0)


def advance_case_state(
    session: Session, today: date, version: int, loan_ids: Sequence[str] | None = None
) -> int:
    """Bring to `today` every advanceable stale row (of `loan_ids`, or all); returns
    how many. What SQL cannot compute is left stale for `derive()`."""
    if loan_ids is None:
        return _advance(session, today, version, None)
    ids = list(loan_ids)
    done = 0
    for start in range(0, len(ids), STATEMENT_CHUNK):
        done += _advance(session, today, version, ids[start : start + STATEMENT_CHUNK])
    return done


def _advance(session: Session, today: date, version: int, ids: Sequence[str] | None) -> int:
    cs = CaseState
    day = _Day(session.connection().dialect.name, today, version)
    where = day.advanceable(ids)
    _run(
        session,
        update(cs)
        .where(*where, cs.promise_status == "pending", cs.promise_on < today)
        .values(promise_status=day.promise_outcome()),
    )
    # Overdue moves only when an instalment fell due (no payment came).
    _run(session, update(cs).where(*where, day.fell_due()).values(overdue_fen=day.overdue()))
    return _run(
        session,
        update(cs)
        .where(*where)
        .values(
            next_action=day.next_action(),
            computed_on=literal(today, Date),
            valid_until=day.valid_until(),
        ),
    )
