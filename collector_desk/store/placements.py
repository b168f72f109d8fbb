"""Head office's placements (委案) as the case list filters them: a case is in the
batch its latest placement row names (`models.Placement`; append-only, so the latest
row is the current placement and the others its history)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import aliased

from collector_desk.store.models import CaseState, Placement


def in_current_batch(batch: str) -> ColumnElement[bool]:
    """case_state rows whose loan's latest placement is in `batch`."""
    p, q = aliased(Placement), aliased(Placement)
    newer = (
        select(q.id)
        .where(
            q.loan_id == p.loan_id,
            or_(q.created_at > p.created_at, and_(q.created_at == p.created_at, q.id > p.id)),
        )
        .exists()
    )
    return CaseState.loan_id.in_(select(p.loan_id).where(p.batch == batch, ~newer))


MAX_BATCHES = 500  # more than any filter box can offer; the newest are kept


def batch_names() -> Any:
    """Every batch named by a placement, newest name first (head office's batch
    numbers carry their date: "HO202611-03"). A recursive skip over the batch index,
    one index search per distinct name, where DISTINCT would read every row."""
    b = Placement.batch
    names = select(func.max(b).label("name")).where(b != "").cte("batch_name", recursive=True)
    before = select(func.max(b)).where(b < names.c.name, b != "").scalar_subquery()
    names = names.union_all(select(before).where(names.c.name.is_not(None)))
    return select(names.c.name).where(names.c.name.is_not(None)).limit(MAX_BATCHES)
