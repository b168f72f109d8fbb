"""Everything the window reads when a case opens, in one statement on a team's server.

Opening a case fills the case pane (store.case_read), the reach bar's "may be called
now" for the number it shows first (store.contact_read, for every number of the
borrower: whichever is first) and the strategy tab's tracing checklist (the loan's
done tasks and the borrower's lost-contact flag). Three reads on three workers were
7 round trips, 210 ms at 30 ms apiece; as one SELECT of one JSON document they are
one. Row-level security and the masked views apply as to the reads it replaces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from collector_desk.store import case_read, contact_read
from collector_desk.store.cases_bulk import python_values
from collector_desk.store.models import TaskDone

_BORROWER = "(SELECT borrower_id FROM loan WHERE id = :l)"
_LOST = (
    "SELECT t.value FROM register t WHERE t.entity = 'borrower' "
    f"AND t.entity_id = {_BORROWER} AND t.field = 'lost_contact'"
)
_TASKS = "SELECT json_agg(t) FROM task_done t WHERE t.loan_id = :l"


def _statement(masked: bool) -> Any:
    return text(
        "SELECT json_build_object("
        f"'case', {case_read.document(masked)}, "
        f"'contact', {contact_read.borrower_document(not masked)}, "
        f"'lost', ({_LOST}), 'tasks', ({_TASKS}))"
    )


_SQL = {masked: _statement(masked) for masked in (False, True)}


@dataclass(frozen=True)
class OpenRows:
    case: dict[str, list[Any]]  # as store.case_read.case_rows
    contact: dict[str, Any]  # as store.contact_read.borrower_facts (for_phone: one number's)
    lost_contact: str | None  # the register's JSON value, None: never set
    tasks: list[TaskDone]  # the loan's done (and undone) tasks, outside any session


def open_rows(
    session: Session, loan_id: str, *, since: datetime, overrides_since: datetime
) -> OpenRows | None:
    """The opening's rows in one statement; None where the dialect has no such form
    (SQLite: its queries cost no network). `since` and `overrides_since` bound the
    contact history as `contact_read.contact_facts` does."""
    dialect = session.connection().dialect
    if dialect.name != "postgresql":
        return None
    masked = bool(getattr(dialect, "desk_masked", False))
    doc = session.execute(
        _SQL[masked],
        {"l": loan_id, **contact_read.params(since=since, overrides_since=overrides_since)},
    ).scalar_one()
    found: dict[str, Any] = json.loads(doc) if isinstance(doc, str) else doc
    lost = found.get("lost")
    return OpenRows(
        case_read.rows_of(found["case"]),
        contact_read.borrower_facts(found["contact"]),
        lost if lost is None or isinstance(lost, str) else json.dumps(lost),
        [TaskDone(**python_values("task_done", r)) for r in found.get("tasks") or ()],
    )
