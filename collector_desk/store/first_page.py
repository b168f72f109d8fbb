"""The case list's first page, read with the standard library's sqlite3 at start-up,
before SQLAlchemy, the ORM or any service is imported (together ~0.5-1 s), so the
collector sees their cases while the rest of the desk loads behind them.

It is the service's own first page (`services.cases.page(desk, CaseQuery())`, or
of the collector's own cases, `domain.case_rows.list_scope`): the same statement
(the list's columns, ordered by DPD descending, that is by the oldest unpaid due
date ascending, then loan id), made into rows by the same
`domain.case_rows.case_row` on the same day, so DPD and bucket are computed from
the due date at query time and rows still to be brought up to today are marked
`updating`. `tests/test_first_page.py` holds the two equal.

SQLite only, and only a database already at the schema's head: anything else (no
file yet, an upgrade to run, a file that cannot be read right now, a team's
server) gives None and the list waits for the database as before.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from collector_desk.domain.case_rows import LIST_COLUMNS, CaseRow, case_row
from collector_desk.store.peek import at_head, read_only

PAGE = 200
_DATES = tuple(
    n
    for n, name in enumerate(LIST_COLUMNS)
    if name in ("oldest_unpaid_due_on", "promise_on", "computed_on", "valid_until")
)
_SORT_AT = LIST_COLUMNS.index("oldest_unpaid_due_on")
_SELECT = f"SELECT {', '.join(LIST_COLUMNS)} FROM case_state"
_ORDER = " ORDER BY oldest_unpaid_due_on ASC, loan_id ASC LIMIT ?"


def statement(assigned_to: str | None = None) -> str:
    """services.cases._page's statement for `CaseQuery(assigned_to=...)`: no filter
    but the list's scope, DPD descending; parameters (assignee if any, limit)."""
    return _SELECT + (" WHERE assigned_to = ?" if assigned_to is not None else "") + _ORDER


def _dates(row: tuple[object, ...]) -> list[object]:
    out = list(row)
    for n in _DATES:
        value = out[n]
        if isinstance(value, str):
            out[n] = date.fromisoformat(value)
    return out


def read_first_page(
    db_path: Path, today: date, *, assigned_to: str | None = None, limit: int = PAGE
) -> list[CaseRow] | None:
    """The first `limit` rows on `today` of the unfiltered list of everyone's cases,
    or of `assigned_to`'s; None when this file cannot be read this way (see the
    module's note)."""
    if not db_path.is_file():
        return None
    try:
        with closing(read_only(db_path)) as conn:
            if not at_head(conn):
                return None
            params = (limit,) if assigned_to is None else (assigned_to, limit)
            rows = conn.execute(statement(assigned_to), params).fetchall()
    except sqlite3.Error:
        return None
    out = []
    for raw in rows:
        values = _dates(raw)
        out.append(case_row(values, today, values[_SORT_AT]))
    return out
