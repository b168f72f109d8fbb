"""The one writer of audit events (reveals, limit changes, overrides, imports,
exports): every module that logs one calls `append` inside its unit of work."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert
from sqlalchemy.orm import Session

from collector_desk.store.cases_bulk import columns, stored, table_of
from collector_desk.store.sync import run

TABLE = "audit_event"


def _insert() -> Any:
    return insert(table_of(TABLE)).values({c: bindparam(c) for c in columns(TABLE)})


def append(
    session: Session,
    *,
    event_id: str,
    at: datetime,
    collector_id: str,
    workstation_id: str,
    kind: str,
    subject: str,
    detail: Mapping[str, Any],
) -> tuple[Any, ...]:
    """Append one audit event; returns its row as stored (bundle column order)."""
    row = {
        "id": event_id,
        "created_at": at,
        "collector_id": collector_id,
        "workstation_id": workstation_id,
        "kind": str(kind),
        "subject": subject[:64],
        "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
    }
    run(session, ("audit",), _insert, row)
    return tuple(stored(row[c]) for c in columns(TABLE))
