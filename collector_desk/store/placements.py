"""Head office's placements (委案) as the case list filters them: a case is in the
batch its latest placement row names (`models.Placement`; append-only, so the latest
row is the current placement and the others its history)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_, select
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
