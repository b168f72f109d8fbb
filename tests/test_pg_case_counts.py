"""The case list's counts on a team's server: one statement of scalar subqueries (no
transaction), the same figures as one statement per count (SQLite's way)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_exchange_support import TODAY, SharedClock, seed_portfolio

from collector_desk.services import cases, payments
from collector_desk.services.cases import CaseQuery
from collector_desk.services.context import Desk
from collector_desk.store.round_trips import RoundTrips

pytestmark = pytest.mark.pg


def _one_per_count(desk: Desk, query: CaseQuery) -> cases.CaseCounts:
    """The counts as a workstation's file reads them: a statement each."""
    with desk.read() as s:
        today = desk.today()
        total, per = cases._count(s, query, today), cases._bucket_counts(s, query, today)
        base = query.with_(buckets=frozenset())
        for band in cases._filter_names():
            if band not in per:
                per[band] = cases._count(s, base.with_(buckets=frozenset({band})), today)
        per[""] = cases._count(s, base, today)
        per.update(cases._promise_counts(s, query, today))
    return cases.CaseCounts(total, per)


def test_the_counts_are_one_round_trip_and_the_same_figures(pg_url: str, tmp_path: Path) -> None:
    desk = Desk.open(tmp_path / "ws", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        loans = seed_portfolio(desk, 12)
        payments.record_payment(desk, loans[0], paid_on=TODAY, amount_fen=100, channel="app")
        queries = [
            CaseQuery(),
            CaseQuery(buckets=frozenset({"M1"}), only_overdue=True),
            CaseQuery(promise=frozenset({"pending", "broken"})),
            CaseQuery(assigned_to="C001"),
        ]
        counter = RoundTrips(desk.db.engine)
        for query in queries:
            with counter.counting():
                found = cases.counts(desk, query)
            assert dict(counter.by_kind) == {"statement": 1}, counter.statements
            assert found == _one_per_count(desk, query), query
        assert cases.counts(desk, CaseQuery()).total == 12
    finally:
        desk.close()
