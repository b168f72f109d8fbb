"""One case's rows for the case pane in a single statement on a team's server.

The pane needs a loan, its borrower, schedule, payments, promises, calls, notes,
phones (with their status registers), contacts, the work calendar and head office's
placements: twelve
SELECTs, each a round trip, 30 ms apiece on an office network. On PostgreSQL one
SELECT brings them all back as JSON (`json_agg` per table), turned into the same
mapped objects (transient, outside any session) the ORM queries give. Row-level
security applies as to any other query: a case the login may not see is absent.
On a server set up by `server init` the borrower's ID number and the phone numbers
come masked (`store.personal`'s views).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from collector_desk.store.cases_bulk import python_values
from collector_desk.store.models import Base

_BORROWER = "(SELECT borrower_id FROM loan WHERE id = :l)"
_PARTS = {
    "loan": "SELECT json_agg(t) FROM loan t WHERE t.id = :l",
    "borrower": f"SELECT json_agg(t) FROM borrower t WHERE t.id = {_BORROWER}",
    "instalment": "SELECT json_agg(t ORDER BY t.seq) FROM instalment t WHERE t.loan_id = :l",
    "payment": "SELECT json_agg(t) FROM payment t WHERE t.loan_id = :l",
    "promise": "SELECT json_agg(t) FROM promise t WHERE t.loan_id = :l",
    "call": "SELECT json_agg(t) FROM call t WHERE t.loan_id = :l",
    "note": "SELECT json_agg(t) FROM note t WHERE t.loan_id = :l",
    "phone": f"SELECT json_agg(t ORDER BY t.position) FROM phone t WHERE t.borrower_id = {_BORROWER}",
    "contact": f"SELECT json_agg(t) FROM contact t WHERE t.borrower_id = {_BORROWER}",
    "register": (
        "SELECT json_agg(t) FROM register t WHERE (t.entity = 'phone' AND t.field = 'status' "
        f"AND t.entity_id IN (SELECT id FROM phone WHERE borrower_id = {_BORROWER})) "
        "OR (t.entity = 'calendar' AND t.field = 'arrangement')"
    ),
    "calendar_day": "SELECT json_agg(t) FROM calendar_day t",
    "placement": "SELECT json_agg(t) FROM placement t WHERE t.loan_id = :l",
}


def _document(parts: dict[str, str]) -> str:
    return "json_build_object(" + ", ".join(f"'{n}', ({sql})" for n, sql in parts.items()) + ")"


# A server set up for a team (store.personal): the full numbers are not the
# collectors' to read; the pane shows them masked anyway.
_MASKED_PARTS = {
    **_PARTS,
    "borrower": _PARTS["borrower"].replace("FROM borrower t", "FROM borrower_masked t"),
    "phone": _PARTS["phone"].replace("FROM phone t", "FROM phone_masked t"),
}
_DOCUMENT = {False: _document(_PARTS), True: _document(_MASKED_PARTS)}
_SQL = {masked: text(f"SELECT {doc}") for masked, doc in _DOCUMENT.items()}


def document(masked: bool) -> str:
    """The case's rows as one JSON expression (parameter `:l`, the loan id), for a
    statement that reads more beside them (store.case_open)."""
    return _DOCUMENT[masked]


def _classes() -> dict[str, type]:
    return {m.local_table.name: m.class_ for m in Base.registry.mappers}  # type: ignore[attr-defined]


def rows_of(doc: Any) -> dict[str, list[Any]]:
    """Per table, the mapped objects (outside any session) of a `document()`'s value."""
    found = json.loads(doc) if isinstance(doc, str) else doc
    classes = _classes()
    return {
        name: [classes[name](**python_values(name, row)) for row in (found.get(name) or ())]
        for name in _PARTS
    }


def case_rows(session: Session, loan_id: str) -> dict[str, list[Any]] | None:
    """Per table, the case's rows as mapped objects (outside the session); None where
    the dialect has no single-statement form (SQLite: its queries cost no network)."""
    dialect = session.connection().dialect
    if dialect.name != "postgresql":
        return None
    masked = bool(getattr(dialect, "desk_masked", False))
    return rows_of(session.execute(_SQL[masked], {"l": loan_id}).scalar_one())
