"""The set-based form of a new day: case_state rows brought to `today` in SQL.

A row whose `valid_until` has come changes with the date alone when nothing
else happened to its loan: an instalment falls due (overdue grows), a bucket
edge is crossed (the next action and `valid_until` move; the bucket itself is
never stored, readers compute it from `oldest_unpaid_due_on`), the reminder
window opens, a promise's date passes (pending becomes broken or partly kept).
`advance_case_state` computes those changes in SQL for the rows it can take
("advanceable": expired, computed on or before today by the current derivation,
no payment dated after their `computed_on`) and leaves every other stale row to
`derive()`.

One pass computes, one pass writes. At a million cases the price is the b-tree
writes, not the arithmetic: every row written costs its table page, and every
index holding a column in the SET list costs a delete and an insert at a random
place, even when the value is the same (SQLite does not compare). So:

1. one INSERT ... SELECT computes each advanceable row's new promise status and
   overdue amount (with the old ones beside them) into a temporary table;
2. four UPDATE ... FROM that table write each row once, each setting only the
   indexed columns that change for its rows (promise status, overdue, both or
   neither) besides `next_action`, `computed_on` and `valid_until`, which every
   row's new day moves.

A unit of work names its rows by a span of the table's key (`expired_spans`:
SQLite's rowid, the loan id on a server), so a statement has two parameters and
reads the table's pages in order, rather than looking up 900 loan ids.

`outstanding_fen` never changes with the date alone (no new payment), nor do
the schedule's `oldest_unpaid_due_on` and the promise terms.

Mirrors `services.case_state.derive` (tests/test_store_derived.py holds the two
equal on every day a demo portfolio goes through).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    delete,
    event,
    exists,
    func,
    insert,
    literal,
    literal_column,
    not_,
    select,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable

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

# The new values of one unit's rows, computed once (step 1 above): a temporary table
# of the connection (its own metadata: no migration knows it).
NEW_DAY = Table(
    "case_state_new_day",
    MetaData(),
    Column("rid", Integer),  # SQLite's rowid of the row (NULL on a server)
    Column("loan_id", String(36)),
    Column("old_status", String(12)),
    Column("promise_status", String(12)),
    Column("old_overdue", Integer),
    Column("overdue_fen", Integer),
    prefixes=["TEMPORARY"],
)
_CREATE_NEW_DAY = CreateTable(NEW_DAY, if_not_exists=True)


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


@dataclass(frozen=True, slots=True)
class Span:
    """A unit's rows: those of keys `low` to `high` (SQLite's rowid, else the loan id)."""

    low: Any
    high: Any


def _key(dialect: str) -> Any:
    """The table's own order: SQLite's rowid (the pages' order), else the loan id."""
    return literal_column("case_state.rowid", Integer) if dialect == "sqlite" else CaseState.loan_id


def expired_spans(session: Session, today: date, size: int) -> list[Span]:
    """The rows whose `valid_until` has come, in the table's order, `size` at a time
    (on SQLite the keys alone are read, from the index of `valid_until`)."""
    key = _key(session.connection().dialect.name)
    # Core, not the ORM's loading: a weekend is 120,000 keys.
    session.flush()
    stmt = select(key).where(CaseState.valid_until <= today)
    keys = sorted(session.connection().execute(stmt).scalars().all())
    return [
        Span(keys[start], keys[min(start + size, len(keys)) - 1])
        for start in range(0, len(keys), size)
    ]


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

    def advanceable(self, by_key: bool) -> list[ColumnElement[bool]]:
        """`by_key`: the rows are a span of the table's key, read in order; on SQLite
        `+valid_until` keeps the planner from the index of the expired rows."""
        cs, today = CaseState, self.today
        expired = (
            literal_column("+case_state.valid_until", Date) <= today
            if by_key and self.dialect == "sqlite"
            else cs.valid_until <= today
        )
        future_payment = exists().where(
            Payment.loan_id == cs.loan_id, Payment.paid_on > cs.computed_on
        )
        return [
            expired,
            cs.computed_on <= today,
            cs.derivation == self.version,
            not_(future_payment),
        ]

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

    def promise_status(self) -> Any:
        """The row's promise status today: a pending one whose date passed is settled."""
        cs = CaseState
        return case(
            (
                and_(cs.promise_status == "pending", cs.promise_on < self.today),
                self.promise_outcome(),
            ),
            else_=cs.promise_status,
        )

    def overdue_fen(self) -> Any:
        """The row's overdue amount today: it moves only when an instalment fell due."""
        return case((self.fell_due(), self.overdue()), else_=CaseState.overdue_fen)

    def next_action(self, status: Any) -> Any:
        """From today's promise `status` (the row's own columns for the rest)."""
        cs, oldest, today = CaseState, self.oldest, self.today
        pending = status == "pending"
        return case(
            (and_(pending, cs.promise_on == today), "confirm_promise"),
            (status.in_(("broken", "partly_kept")), "broken_promise"),
            (pending, "await_promise"),
            (oldest < today, "collect"),
            (and_(oldest != FAR_FUTURE, oldest <= today + timedelta(days=5)), "remind"),
            else_="",
        )

    def valid_until(self, status: Any) -> Any:
        """From today's promise `status` (the row's own columns for the rest)."""
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
                status == "pending",
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
        return len(_advance(session, today, version, []))
    ids = list(loan_ids)
    done = 0
    for start in range(0, len(ids), STATEMENT_CHUNK):
        part = ids[start : start + STATEMENT_CHUNK]
        done += len(_advance(session, today, version, [CaseState.loan_id.in_(part)]))
    return done


def advance_span(session: Session, today: date, version: int, span: Span) -> list[str]:
    """`advance_case_state` of one span; returns the loans it brought to `today`."""
    within = _key(session.connection().dialect.name).between(span.low, span.high)
    return _advance(session, today, version, [within], by_key=True)


def _advance(
    session: Session,
    today: date,
    version: int,
    rows: list[ColumnElement[bool]],
    *,
    by_key: bool = False,
) -> list[str]:
    """The loans of these `rows` it brought to `today`."""
    cs, new = CaseState, NEW_DAY.c
    dialect = session.connection().dialect.name
    day = _Day(dialect, today, version)
    session.execute(_CREATE_NEW_DAY)
    session.execute(delete(NEW_DAY))
    key = _key(dialect) if dialect == "sqlite" else literal(None)
    computed = select(
        key,
        cs.loan_id,
        cs.promise_status,
        day.promise_status(),
        cs.overdue_fen,
        day.overdue_fen(),
    ).where(*rows, *day.advanceable(by_key))
    names = ["rid", "loan_id", "old_status", "promise_status", "old_overdue", "overdue_fen"]
    session.execute(insert(NEW_DAY).from_select(names, computed))
    same_row = cs.loan_id == new.loan_id
    if dialect == "sqlite":  # the row by its rowid (the loan id is only checked)
        same_row = and_(_key(dialect) == new.rid, same_row)
    every = {
        "next_action": day.next_action(new.promise_status),
        "computed_on": literal(today, Date),
        "valid_until": day.valid_until(new.promise_status),
    }
    status_moves = new.promise_status != new.old_status
    overdue_moves = new.overdue_fen != new.old_overdue
    for status, overdue in ((True, True), (True, False), (False, True), (False, False)):
        values = dict(every)
        if status:
            values["promise_status"] = new.promise_status
        if overdue:
            values["overdue_fen"] = new.overdue_fen
        which = and_(
            status_moves if status else not_(status_moves),
            overdue_moves if overdue else not_(overdue_moves),
        )
        _run(session, update(cs).where(same_row, which).values(**values))
    done = list(session.connection().execute(select(new.loan_id)).scalars().all())
    session.execute(delete(NEW_DAY))
    return done
