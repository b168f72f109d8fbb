"""The Targets tab's totals: derived rows, rebuildable from facts at any time.

`target_total` holds what `store.target_figures` counts, cut by one period (a
local day, or the day a flow window ends) and one collector, so a month's
figures are a sum of stored rows. `target_total_built` says which (kind,
period) pairs are present; a missing pair is counted from facts and written.
Both tables are caches like `case_state`: deleting every row is always safe
(`store.target_totals.invalidate`), the next report counts them again.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, PrimaryKeyConstraint, String, Table

from collector_desk.store.models import Base

TOTAL = Table(
    "target_total",
    Base.metadata,
    Column("kind", String(8), nullable=False),
    Column("period", String(10), nullable=False),  # ISO day
    Column("who", String(32), nullable=False),  # the collector ("" unassigned)
    Column("key", String(64), nullable=False),  # the kind's own key ("" when none)
    Column("v1", BigInteger, nullable=False),
    Column("v2", BigInteger, nullable=False),
    Column("v3", BigInteger, nullable=False),
    Column("v4", BigInteger, nullable=False),
    PrimaryKeyConstraint("kind", "period", "who", "key"),
)

BUILT = Table(
    "target_total_built",
    Base.metadata,
    Column("kind", String(8), nullable=False),
    Column("period", String(10), nullable=False),  # ISO day; "" for the facts mark
    Column("seq", BigInteger, nullable=False),  # fact_seq's high-water mark when built
    PrimaryKeyConstraint("kind", "period"),
)
