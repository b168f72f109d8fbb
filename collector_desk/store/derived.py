"""The derived cache's persistence: the loan facts `derive()` reads, and the one
writer of `case_state`.

- `read_loan_facts(session, ids)`: everything `services.case_state.derive`
  needs for these loans, in a few queries per chunk (the latest contact comes
  from SQL's max(), not from every call).
- `upsert_case_state(session, rows)`: the only INSERT into case_state, an
  idempotent upsert by loan id that writes only what differs from the stored
  rows (on SQLite: the stored rows read first, new rows inserted, changed ones
  updated in their changed columns only, with the driver's `executemany`; on
  PostgreSQL `INSERT ... ON CONFLICT DO UPDATE ... WHERE` a column differs).
- `advance_case_state(session, today, version, loan_ids)` and
  `advance_span(session, today, version, span)`: the set-based form
  (store/day_advance.py). Rows whose values change with the date alone (an
  instalment falling due, a bucket edge crossed, the reminder window opening, a
  promise's date passing) are brought to `today` by statements computed in SQL;
  rows with a payment dated after their `computed_on`, an older derivation or
  no row at all are left for `derive()`.
- `set_assigned(session, ids, who)`: the register's value mirrored into the rows.
- `stale_loan_ids(session, today, version)`: rows that no longer hold today;
  `expired_spans(session, today, size)` those whose `valid_until` came, in the
  table's order, as spans of its key for the set-based form.

The reader and the fast writer speak plain SQL through the session's own
connection (the same transaction); the statements are portable between
SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Date,
    bindparam,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from collector_desk.domain.loan import Instalment
from collector_desk.store.day_advance import Span as Span
from collector_desk.store.day_advance import advance_case_state as advance_case_state
from collector_desk.store.day_advance import advance_span as advance_span
from collector_desk.store.day_advance import checkpoint as checkpoint
from collector_desk.store.day_advance import expired_spans as expired_spans
from collector_desk.store.day_advance import large_cache as large_cache
from collector_desk.store.models import Base, CaseState, Loan

CHUNK = 900  # under SQLite's oldest bound-parameter limit (999)

_STATE = Base.metadata.tables["case_state"]
COLUMNS: tuple[str, ...] = tuple(c.name for c in _STATE.columns)


@dataclass(frozen=True, slots=True)
class PromiseFact:
    id: str
    created_at: datetime
    made_on: date
    promised_on: date
    amount_fen: int


@dataclass(frozen=True, slots=True)
class LoanFacts:
    """One loan's facts as `derive()` reads them."""

    loan_id: str
    contract_no: str
    borrower_name: str
    schedule: list[Instalment] = field(default_factory=list)
    payments: list[tuple[date, int]] = field(default_factory=list)
    promises: list[PromiseFact] = field(default_factory=list)
    last_contact_at: datetime | None = None
    assigned_to: str = ""

    @property
    def id(self) -> str:
        return self.loan_id


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


# Instalment's slots, set straight (as domain.case_rows makes its rows): a frozen
# dataclass's __init__ sets each field through object.__setattr__, about twice the
# cost, and a bundle's steps read the schedules of thousands of loans (12 rows each).
_INSTALMENT_SLOTS = tuple(getattr(Instalment, f.name).__set__ for f in fields(Instalment))


def _instalment(seq: int, due_on: date, amount_fen: int) -> Instalment:
    row = object.__new__(Instalment)
    put_seq, put_due, put_amount = _INSTALMENT_SLOTS
    put_seq(row, seq)
    put_due(row, due_on)
    put_amount(row, amount_fen)
    return row


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _marker(session: Session) -> str:
    return "?" if session.connection().dialect.paramstyle == "qmark" else "%s"


_LOANS = (
    "SELECT l.id, l.contract_no, b.name FROM loan l JOIN borrower b ON b.id = l.borrower_id "
    "WHERE l.id IN ({ids})"
)
_SCHEDULE = "SELECT loan_id, seq, due_on, amount_fen FROM instalment WHERE loan_id IN ({ids})"
_PAYMENTS = "SELECT loan_id, paid_on, amount_fen FROM payment WHERE loan_id IN ({ids})"
_PROMISES = (
    "SELECT loan_id, id, created_at, made_on, promised_on, amount_fen FROM promise "
    "WHERE loan_id IN ({ids})"
)
# A loan's latest contact (`last_contact_at`): the latest of these columns of its
# rows, the only thing these tables change in case_state (`raise_last_contact`).
CONTACT_TIMES: Mapping[str, str] = {"call": "created_at", "contact_attempt": "at"}
# The other fact tables derive() reads: a new row there means deriving the loan again.
# Fact tables in neither (notes, callbacks, ...) leave case_state as it is.
DERIVED_FACTS = frozenset({"payment", "promise"})
# Timestamps are fixed-width ISO text, so SQL's max() of the text is the latest.
_CONTACTS = tuple(
    f"SELECT loan_id, max({column}) FROM {table} WHERE loan_id IN ({{ids}}) GROUP BY loan_id"
    for table, column in CONTACT_TIMES.items()
)
_ASSIGNED = (
    "SELECT entity_id, value FROM register WHERE entity = 'loan' "
    "AND field = 'assigned_to' AND entity_id IN ({ids})"
)


def read_loan_facts(session: Session, loan_ids: Iterable[str]) -> list[LoanFacts]:
    """The facts of these loans (unknown ids are skipped), in no particular order."""
    ids = list(dict.fromkeys(loan_ids))
    found: list[LoanFacts] = []
    if not ids:
        return found
    session.flush()  # plain SQL below: pending ORM writes (a register, a fact) first
    conn = session.connection()
    if conn.dialect.name == "postgresql":  # one round trip per chunk, not seven
        from collector_desk.store import server_facts

        return [f for part in _chunks(ids) for f in server_facts.read(session, part)]
    mark = _marker(session)
    driver: Any = conn.connection.driver_connection if conn.dialect.name == "sqlite" else None
    for part in _chunks(ids):
        params = tuple(part)
        marks = ",".join([mark] * len(part))

        def rows(sql: str, marks: str = marks, params: tuple[str, ...] = params) -> Any:
            if driver is not None:  # SQLite: the driver's cursor, no Result wrapping
                return driver.execute(sql.format(ids=marks), params).fetchall()
            return conn.exec_driver_sql(sql.format(ids=marks), params).fetchall()

        schedules: dict[str, list[Instalment]] = defaultdict(list)
        days: dict[Any, date] = {}  # a schedule's due dates repeat across loans
        for loan_id, seq, due_on, amount in rows(_SCHEDULE):
            day = days.get(due_on)
            if day is None:
                day = days[due_on] = _day(due_on)
            schedules[loan_id].append(_instalment(seq, day, amount))
        payments: dict[str, list[tuple[date, int]]] = defaultdict(list)
        for loan_id, paid_on, amount in rows(_PAYMENTS):
            payments[loan_id].append((_day(paid_on), amount))
        promises: dict[str, list[PromiseFact]] = defaultdict(list)
        for loan_id, pid, created, made_on, promised_on, amount in rows(_PROMISES):
            moment = _moment(created)
            assert moment is not None
            promises[loan_id].append(
                PromiseFact(pid, moment, _day(made_on), _day(promised_on), amount)
            )
        last: dict[str, str] = {}
        for sql in _CONTACTS:
            for loan_id, latest in rows(sql):
                if latest is not None and str(latest) > last.get(loan_id, ""):
                    last[loan_id] = str(latest)
        assigned = {entity_id: str(json.loads(value) or "") for entity_id, value in rows(_ASSIGNED)}
        for loan_id, contract_no, name in rows(_LOANS):
            found.append(
                LoanFacts(
                    loan_id,
                    contract_no,
                    name,
                    schedules[loan_id],
                    payments[loan_id],
                    promises[loan_id],
                    _moment(last.get(loan_id)),
                    assigned.get(loan_id, ""),
                )
            )
    return found


# --- the writer --------------------------------------------------------------------

_UPSERT = (
    f"INSERT INTO case_state ({', '.join(COLUMNS)}) VALUES ({{marks}}) "
    f"ON CONFLICT (loan_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c != "loan_id")
)


# Columns whose values may be dates or datetimes; the others are stored as they are.
_CONVERTED = frozenset(
    c.name for c in _STATE.columns if isinstance(c.type, Date) or c.name.endswith("_at")
)


# A UTCDateTime as SQLite stores it (what `_sqlite_value` gives for a datetime).
_STORED_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def _sqlite_value(value: Any) -> Any:
    """A value as its SQLite column stores it (ISO dates, UTCDateTime text)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def upsert_case_state(session: Session, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert or bring up these case_state rows (each has every column); returns how
    many were asked for. Only what differs from the stored row is written: a row
    equal to it is left alone, and a changed one gets only its changed columns, so
    only the indexes over those columns are rewritten (SQLite rewrites an index for
    every column an UPDATE names, equal or not; there are eleven)."""
    if not rows:
        return 0
    session.flush()
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        keep = [(c, c not in _CONVERTED) for c in COLUMNS]
        convert = _sqlite_value
        values = [tuple(r[c] if k else convert(r[c]) for c, k in keep) for r in rows]
        _write_changed(conn.connection.driver_connection, values)
        return len(rows)
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    stmt = pg_insert(_STATE)
    stmt = stmt.on_conflict_do_update(
        index_elements=[_STATE.c.loan_id],
        set_={c: stmt.excluded[c] for c in COLUMNS if c != "loan_id"},
        # An equal row is not written again (no new row version, no index entries).
        where=or_(*(_STATE.c[c].is_distinct_from(stmt.excluded[c]) for c in COLUMNS[1:])),
    )
    session.execute(stmt, [dict(r) for r in rows])
    return len(rows)


_SELECT_STATE = f"SELECT {', '.join(COLUMNS)} FROM case_state WHERE loan_id IN ({{marks}})"


def _write_changed(driver: Any, values: Sequence[Sequence[Any]]) -> None:
    """SQLite: rows in stored form (COLUMNS order) compared with the stored ones; new
    rows inserted, changed ones updated by one UPDATE per set of changed columns."""
    assert COLUMNS[0] == "loan_id"
    latest = {v[0]: tuple(v) for v in values}  # the last row of a loan wins, as an upsert's
    ids = list(latest)
    width = range(1, len(COLUMNS))
    for part in _chunks(ids):
        here = {
            r[0]: r
            for r in driver.execute(_SELECT_STATE.format(marks=",".join("?" * len(part))), part)
        }
        new: list[tuple[Any, ...]] = []
        changed: dict[tuple[int, ...], list[tuple[Any, ...]]] = defaultdict(list)
        for loan_id in part:
            row, old = latest[loan_id], here.get(loan_id)
            if old is None:
                new.append(row)
            elif old != row:
                which = tuple(i for i in width if old[i] != row[i])
                changed[which].append((*(row[i] for i in which), loan_id))
        if new:  # an upsert: a row written meanwhile by this transaction is replaced
            driver.executemany(_UPSERT.format(marks=", ".join("?" * len(COLUMNS))), new)
        for which, params in changed.items():
            sets = ", ".join(f"{COLUMNS[i]} = ?" for i in which)
            driver.executemany(f"UPDATE case_state SET {sets} WHERE loan_id = ?", params)


def upsert_case_state_rows(session: Session, rows: Sequence[Sequence[Any]]) -> int:
    """`upsert_case_state` of rows already in stored form: tuples in COLUMNS order
    (ISO dates, UTCDateTime text), as bulk writers build them for loans they have just
    written, with nothing converted on SQLite. Such loans have no row yet, so nothing
    is compared: a plain upsert."""
    if not rows:
        return 0
    if session.connection().dialect.name == "sqlite":
        session.flush()
        sql = _UPSERT.format(marks=", ".join("?" * len(COLUMNS)))
        session.connection().connection.driver_connection.executemany(sql, rows)  # type: ignore[union-attr]
        return len(rows)
    from collector_desk.store.cases_bulk import python_values

    return upsert_case_state(
        session, [python_values("case_state", dict(zip(COLUMNS, r, strict=True))) for r in rows]
    )


def raise_last_contact(session: Session, latest: Mapping[str, str]) -> int:
    """New contacts of these loans (loan id -> the stored time of the latest, as in
    `CONTACT_TIMES`): each row's `last_contact_at` becomes the later of the two, which
    is what deriving the loan again would give. Idempotent, in any order; a loan
    without a row is left to `derive()`. Returns how many loans were asked for."""
    if not latest:
        return 0
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        canonical = _STORED_MOMENT.fullmatch
        values = [
            (t, loan_id, t)
            for loan_id, at in latest.items()
            if (t := at if canonical(at) else _sqlite_value(_moment(at)))
        ]
        conn.connection.driver_connection.executemany(  # type: ignore[union-attr]
            "UPDATE case_state SET last_contact_at = ? WHERE loan_id = ? "
            "AND (last_contact_at IS NULL OR last_contact_at < ?)",
            values,
        )
        return len(values)
    pairs = [(loan_id, _moment(at)) for loan_id, at in latest.items()]
    c = _STATE.c
    stmt = (
        update(_STATE)
        .where(c.loan_id == bindparam("k_loan"))
        .where(or_(c.last_contact_at.is_(None), c.last_contact_at < bindparam("k_at")))
        .values(last_contact_at=bindparam("k_at"))
    )
    conn.execute(stmt, [{"k_loan": loan_id, "k_at": at} for loan_id, at in pairs])
    return len(pairs)


def set_assigned(session: Session, loan_ids: Sequence[str], who: str) -> None:
    """Mirror the assignment register into case_state (nothing else changes with it)."""
    for part in _chunks(list(loan_ids)):
        session.execute(update(_STATE).where(_STATE.c.loan_id.in_(part)).values(assigned_to=who))


# --- stale rows --------------------------------------------------------------------


def later_day_rows(today: date) -> Any:
    """The rows computed on a later day than `today` (the clock went back). Such a row
    has a later `valid_until` too (it holds from `computed_on` until the day before
    it), so the pair index (valid_until, computed_on) finds them: a recursive skip
    over its distinct `valid_until` days after today (each step one index search),
    and in each day the rows of a later `computed_on`. A few hundred days at most,
    where a plain search on `computed_on` would read every row."""
    vu = CaseState.valid_until
    days = select(func.min(vu).label("day")).where(vu > today).cte("later_day", recursive=True)
    after = select(func.min(vu)).where(vu > days.c.day).scalar_subquery()
    days = days.union_all(select(after).where(days.c.day.is_not(None)))
    return (
        select(CaseState.loan_id)
        .join(days, CaseState.valid_until == days.c.day)
        .where(CaseState.computed_on > today)
    )


def stale_loan_ids(
    session: Session, today: date, version: int, limit: int | None = None
) -> list[str]:
    """Loans whose cached state no longer holds today (or was never computed).

    Runs at every start, so each part is an index search, not a scan: expired
    rows by `valid_until`, rows from a later day (the clock went back) by
    `later_day_rows`, older derivations by `derivation`, and loans without a row
    only when the two counts differ.
    """
    queries = [
        select(CaseState.loan_id).where(CaseState.valid_until <= today),
        later_day_rows(today),
        select(CaseState.loan_id).where(CaseState.derivation < version),
    ]
    loans = session.scalar(select(func.count()).select_from(Loan))
    states = session.scalar(select(func.count()).select_from(CaseState))
    if loans != states:
        queries.append(select(Loan.id).where(~Loan.id.in_(select(CaseState.loan_id))))
    found: list[str] = []
    conn = session.connection()  # Core, not the ORM's loading: a weekend is 120,000 ids
    for stmt in queries:
        found += conn.execute(stmt.limit(limit) if limit else stmt).scalars().all()
    return list(dict.fromkeys(found))


def mark_stale(session: Session, loan_ids: Iterable[str]) -> None:
    """Make these loans' rows stale (an older derivation): the next refresh re-derives
    them, and the set-based form leaves them alone."""
    for part in _chunks(list(loan_ids)):
        session.execute(update(_STATE).where(_STATE.c.loan_id.in_(part)).values(derivation=0))
