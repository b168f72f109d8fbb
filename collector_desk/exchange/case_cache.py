"""Rebuilding case_state for thousands of loans at once, after an import.

`services.case_state.refresh` is right for the few loans a call touches; an
import may touch thousands, and there its ORM queries and per-row timestamp
parsing cost more than the import itself. This module feeds the very same
`case_state.derive` from a handful of plain SQL queries per chunk (the latest
contact comes from SQL's max(), not from every call) and writes the rows with
one executemany. `tests/test_exchange_case_cache.py` pins its result to
`case_state.refresh` row for row; if case_state learns a new input, that test
fails until this loader learns it too.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy.orm import Session

from collector_desk.domain.loan import Instalment
from collector_desk.exchange.synctables import chunks, raw, timestamp_text
from collector_desk.services import case_state
from collector_desk.store.models import CaseState

CHUNK = 900

_d = date.fromisoformat


def _ts(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def rebuild(session: Session, loan_ids: Iterable[str], today: date) -> int:
    ids = sorted(set(loan_ids))
    db = raw(session)
    for part in chunks(ids, CHUNK):
        _rebuild_chunk(session, db, list(part), today)
    return len(ids)


def _rebuild_chunk(session: Session, db: sqlite3.Connection, ids: list[str], today: date) -> None:
    marks = ",".join("?" * len(ids))

    def rows(sql: str) -> list[Any]:
        return db.execute(sql.format(ids=marks), ids).fetchall()

    loans = rows(
        "SELECT l.id, l.contract_no, b.name FROM loan l JOIN borrower b ON b.id = l.borrower_id "
        "WHERE l.id IN ({ids})"
    )
    schedules: dict[str, list[Instalment]] = defaultdict(list)
    for loan_id, seq, due_on, amount in rows(
        "SELECT loan_id, seq, due_on, amount_fen FROM instalment WHERE loan_id IN ({ids})"
    ):
        schedules[loan_id].append(Instalment(seq, _d(due_on), amount))
    payments: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for loan_id, paid_on, amount in rows(
        "SELECT loan_id, paid_on, amount_fen FROM payment WHERE loan_id IN ({ids})"
    ):
        payments[loan_id].append((_d(paid_on), amount))
    promises: dict[str, list[Any]] = defaultdict(list)
    for loan_id, pid, created, made_on, promised_on, amount in rows(
        "SELECT loan_id, id, created_at, made_on, promised_on, amount_fen FROM promise "
        "WHERE loan_id IN ({ids})"
    ):
        promises[loan_id].append(
            SimpleNamespace(
                id=pid,
                created_at=_ts(created),
                made_on=_d(made_on),
                promised_on=_d(promised_on),
                amount_fen=amount,
            )
        )
    # Timestamps are fixed-width ISO text, so SQL's max() of the text is the latest.
    last: dict[str, str] = {}
    for sql in (
        "SELECT loan_id, max(created_at) FROM call WHERE loan_id IN ({ids}) GROUP BY loan_id",
        "SELECT loan_id, max(at) FROM contact_attempt WHERE loan_id IN ({ids}) GROUP BY loan_id",
    ):
        for loan_id, latest in rows(sql):
            if latest is not None and latest > last.get(loan_id, ""):
                last[loan_id] = latest
    assigned = {
        entity_id: json.loads(value) or ""
        for entity_id, value in rows(
            "SELECT entity_id, value FROM register WHERE entity = 'loan' "
            "AND field = 'assigned_to' AND entity_id IN ({ids})"
        )
    }
    derived = [
        case_state.derive(
            loan=SimpleNamespace(id=loan_id, contract_no=contract_no),
            borrower_name=name,
            schedule=schedules[loan_id],
            payments=payments[loan_id],
            promises=promises[loan_id],
            last_contact_at=_ts(last.get(loan_id)),
            assigned_to=str(assigned.get(loan_id, "")),
            today=today,
        )
        for loan_id, contract_no, name in loans
    ]
    db.execute(f"DELETE FROM case_state WHERE loan_id IN ({marks})", ids)
    db.executemany(_INSERT, [tuple(_stored(r[c]) for c in _COLUMNS) for r in derived])


def _stored(value: Any) -> Any:
    """A value as its column stores it (ISO dates, UTCDateTime text)."""
    if isinstance(value, datetime):
        return timestamp_text(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


_COLUMNS = tuple(c.name for c in CaseState.__table__.columns)
_INSERT = (
    f"INSERT INTO case_state ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
)
