"""The one bulk writer of cases: borrowers, contacts, phones, loans, schedules and
the facts that come with them, for many cases at once (demo, intake, bundles).

Rows reach `CaseWriter` in one of two forms:

- `insert(table, rows)`: tuples in the table's column order (`columns(table)`)
  holding *stored values*: ISO text for dates, fixed-width UTC text for
  timestamps (`UTCDateTime`), 0/1 for booleans. This is what SQLite stores and
  what bundles carry, so intake and bundles build rows without any conversion;
- `insert_values(table, rows)`: full dicts of Python values (date, datetime,
  bool), converted by the columns' own bind processors.

On SQLite each goes to the driver's own `executemany` with full tuples: no
SQLAlchemy statement per row and no batch broken up because a row's key set
differs (the ORM's bulk insert starts a new batch then; `add_all` is one INSERT
per row). On any other dialect the same rows go through SQLAlchemy Core
(`insert()` / `update()` with executemany lists of full dicts), stored values
turned back into Python values by the column types. Both paths run in the
caller's session and transaction.

The readers here (`rows_in`, `present`, `paid_by_loan`) give stored values back
on every dialect, so a comparison with what a file says is the same everywhere.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from itertools import chain
from typing import Any

from sqlalchemy import Boolean, Date, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from collector_desk.store.models import Base
from collector_desk.store.types import UTCDateTime

CHUNK = 900  # values per IN (...), under SQLite's oldest bound-parameter limit (999)
Row = Sequence[Any]


def table_of(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def columns(table: str) -> tuple[str, ...]:
    """The column order of the tuples `CaseWriter.insert` takes."""
    return tuple(c.name for c in table_of(table).columns)


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def timestamp_text(moment: datetime) -> str:
    """A timestamp as the UTCDateTime column stores it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def stored(value: Any) -> Any:
    """A Python value as SQLite stores it (the form bundles and fast rows use)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return timestamp_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache
def _from_stored(table: str) -> tuple[Callable[[Any], Any] | None, ...]:
    """Per column, what turns a stored value back into the Python value."""

    def convert(column: Any) -> Callable[[Any], Any] | None:
        kind = column.type
        if isinstance(kind, UTCDateTime):
            return lambda v: v if v is None or isinstance(v, datetime) else _moment(v)
        if isinstance(kind, Date):
            return lambda v: v if v is None or isinstance(v, date) else date.fromisoformat(v)
        if isinstance(kind, Boolean):
            return lambda v: v if v is None else bool(v)
        return None

    return tuple(convert(c) for c in table_of(table).columns)


def _moment(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def python_values(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A row of stored values by column name (JSON from the server, say) as the
    Python values the columns give (dates, aware datetimes, booleans)."""
    pairs = zip(columns(table), _from_stored(table), strict=True)
    return {n: (p(row[n]) if p else row[n]) for n, p in pairs if n in row}


def _python_dicts(table: str, rows: Iterable[Row]) -> list[dict[str, Any]]:
    pairs = list(zip(columns(table), _from_stored(table), strict=True))
    return [{n: (p(v) if p else v) for (n, p), v in zip(pairs, row, strict=True)} for row in rows]


def sqlite_driver(session: Session) -> sqlite3.Connection | None:
    """SQLite's own connection of this unit of work (same transaction), else None."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return None
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def _insert_sql(table: str) -> str:
    cols = columns(table)
    names = ", ".join(f'"{c}"' for c in cols)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})'


def _run_many(driver: sqlite3.Connection, sql: str, values: Sequence[Row]) -> None:
    try:
        driver.executemany(sql, values)
    except sqlite3.Error as exc:  # the same exception types as through SQLAlchemy
        raise DBAPIError.instance(sql, None, exc, sqlite3.Error) from exc


ROWS_PER_INSERT = 1000  # at most; fewer where SQLite binds fewer variables per statement


@lru_cache(maxsize=64)
def _insert_rows_sql(table: str, n: int) -> str:
    one = f"({', '.join('?' * len(columns(table)))})"
    return _insert_sql(table).split(" VALUES ", 1)[0] + " VALUES " + ", ".join([one] * n)


def _insert_rows(driver: sqlite3.Connection, table: str, rows: Sequence[Row]) -> None:
    """Many rows per INSERT statement. Inside a transaction SQLite keeps a statement
    journal of each page a statement changes (the fact tables have triggers), so one
    statement per row (`executemany`) copies each index page out again for every
    row: two thirds of the time of a bulk insert."""
    width = len(columns(table))
    limit = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    per = max(1, min(ROWS_PER_INSERT, limit // width))
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        sql = _insert_rows_sql(table, len(part))
        try:
            if set(map(len, part)) != {width}:  # flattened, a short row would shift the rest
                raise sqlite3.ProgrammingError(f"a row of {table} without {width} values")
            driver.execute(sql, list(chain.from_iterable(part)))
        except sqlite3.Error as exc:  # the same exception types as through SQLAlchemy
            raise DBAPIError.instance(sql[:200], None, exc, sqlite3.Error) from exc


class CaseWriter:
    """Inserts and updates of case rows inside the caller's unit of work."""

    def __init__(self, session: Session) -> None:
        self.session = session
        session.flush()  # pending ORM rows first: the rows below may point at them
        self.driver = sqlite_driver(session)

    def insert(self, table: str, rows: Sequence[Row]) -> int:
        """Insert full tuples of stored values, in `columns(table)` order."""
        if not rows:
            return 0
        if self.driver is not None:
            _insert_rows(self.driver, table, rows)
        else:
            self.session.execute(insert(table_of(table)), _python_dicts(table, rows))
        return len(rows)

    def insert_values(self, table: str, rows: Sequence[Mapping[str, Any]]) -> int:
        """Insert full dicts of Python values (every column present)."""
        if not rows:
            return 0
        t = table_of(table)
        if self.driver is None:
            self.session.execute(insert(t), [dict(r) for r in rows])
            return len(rows)
        dialect = self.session.connection().dialect
        procs = [(c.name, c.type.bind_processor(dialect)) for c in t.columns]
        values = [tuple(p(r[n]) if p else r[n] for n, p in procs) for r in rows]
        _insert_rows(self.driver, table, values)
        return len(rows)

    def update(self, table: str, rows: Sequence[Row]) -> int:
        """Replace whole rows (stored values, column order), found by primary key."""
        if not rows:
            return 0
        t = table_of(table)
        cols = columns(table)
        keys = [c.name for c in t.primary_key.columns]
        rest = [c for c in cols if c not in keys]
        if self.driver is not None:
            sets = ", ".join(f'"{c}" = ?' for c in rest)
            where = " AND ".join(f'"{c}" = ?' for c in keys)
            order = [cols.index(c) for c in (*rest, *keys)]
            sql = f'UPDATE "{table}" SET {sets} WHERE {where}'
            _run_many(self.driver, sql, [tuple(r[i] for i in order) for r in rows])
            return len(rows)
        stmt = (
            update(t)
            .where(*(t.c[k] == bindparam(f"k_{k}") for k in keys))
            .values({c: bindparam(f"v_{c}") for c in rest})
        )
        params = [
            {**{f"k_{k}": d[k] for k in keys}, **{f"v_{c}": d[c] for c in rest}}
            for d in _python_dicts(table, rows)
        ]
        self.session.connection().execute(stmt, params)
        return len(rows)

    def set_values(self, table: str, row_id: str, values: Mapping[str, Any]) -> None:
        """Change some columns (stored values) of one row found by its id."""
        if self.driver is not None:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            self.driver.execute(
                f'UPDATE "{table}" SET {sets} WHERE id = ?', (*values.values(), row_id)
            )
            return
        t = table_of(table)
        convert = dict(zip(columns(table), _from_stored(table), strict=True))
        python = {c: (p(v) if (p := convert[c]) else v) for c, v in values.items()}
        self.session.execute(update(t).where(t.c.id == row_id).values(python))

    def replace_schedules(self, loan_ids: Sequence[str], rows: Sequence[Row]) -> int:
        """The instalment schedules of these loans become `rows` (stored values)."""
        t = table_of("instalment")
        for part in chunks(sorted(set(loan_ids))):
            if self.driver is not None:
                marks = ",".join("?" * len(part))
                self.driver.execute(f'DELETE FROM "instalment" WHERE loan_id IN ({marks})', part)
            else:
                self.session.execute(delete(t).where(t.c.loan_id.in_(part)))
        return self.insert("instalment", rows)


# --- readers ----------------------------------------------------------------------------


def rows_in(
    session: Session, table: str, column: str, values: Sequence[Any], *, only: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Rows of `table` whose `column` is one of `values`, as dicts of stored values."""
    t = table_of(table)
    cols = list(only) or list(columns(table))
    driver = sqlite_driver(session)
    out: list[dict[str, Any]] = []
    for part in chunks(sorted(set(values))):
        if driver is not None:
            names = ", ".join(f'"{c}"' for c in cols)
            marks = ",".join("?" * len(part))
            found = driver.execute(
                f'SELECT {names} FROM "{table}" WHERE "{column}" IN ({marks})', part
            ).fetchall()
        else:
            stmt = select(*(t.c[c] for c in cols)).where(t.c[column].in_(part))
            found = [tuple(stored(v) for v in r) for r in session.execute(stmt)]
        out += [dict(zip(cols, r, strict=True)) for r in found]
    return out


def present(session: Session, table: str, column: str, keys: Sequence[str]) -> list[str]:
    """Which keys `table.column` holds: by index lookups, or (when the table is smaller
    than the list, as on a first intake) by reading the column once. The table's size
    is counted only up to what decides between the two (a chunk of a large intake
    into a million cases counts 8,001 rows, not a million, each time)."""
    t = table_of(table)
    bound = 4 * len(keys)
    probe = select(t.c[column]).limit(bound + 1).subquery()
    size = int(session.scalar(select(func.count()).select_from(probe)) or 0)
    if size == 0:
        return []
    if size <= bound:
        wanted = set(keys)
        return [k for k in session.scalars(select(t.c[column])) if k in wanted]
    found: list[str] = []
    for part in chunks(sorted(set(keys))):
        found += session.scalars(select(t.c[column]).where(t.c[column].in_(part)))
    return found


def loans_of_borrowers(session: Session, borrower_ids: Sequence[str]) -> set[str]:
    """The ids of the loans of these borrowers."""
    loan = table_of("loan")
    out: set[str] = set()
    for part in chunks(sorted(set(borrower_ids))):
        out.update(session.scalars(select(loan.c.id).where(loan.c.borrower_id.in_(part))))
    return out


def paid_by_loan(session: Session, loan_ids: Sequence[str]) -> dict[str, int]:
    """The sum of the payments of each of these loans (loans without any are left out)."""
    t = table_of("payment")
    out: dict[str, int] = {}
    for part in chunks(sorted(set(loan_ids))):
        stmt = (
            select(t.c.loan_id, func.sum(t.c.amount_fen))
            .where(t.c.loan_id.in_(part))
            .group_by(t.c.loan_id)
        )
        out.update({loan_id: int(paid or 0) for loan_id, paid in session.execute(stmt)})
    return out
