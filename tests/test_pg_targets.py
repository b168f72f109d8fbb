"""The Targets figures are counted by the database: the same demo portfolio on a
SQLite file and on a PostgreSQL server gives the same JSON, number for number."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from collector_desk.services import assignment, targets
from collector_desk.services.context import Desk
from collector_desk.services.demo import create_demo

pytestmark = pytest.mark.pg
TODAY = date(2026, 3, 16)


def _figures(desk: Desk) -> dict[str, object]:
    desk.set_settings(collector_id="C001", collector_name="李娜", role="supervisor")
    assignment.add_member(desk, "C001", "李娜")
    assignment.add_member(desk, "D2041", "王强")
    create_demo(desk, cases=80, seed=11, assign_to="C001")
    loans = assignment.unassigned(desk) or []
    if loans:
        assignment.assign(desk, loans, "D2041")
    return {
        "team": targets.report(desk, "2026-03").to_json(),
        "one": targets.report(desk, "2026-03", collector="C001").to_json(),
        "last_month": targets.report(desk, "2026-02").to_json(),
    }


def test_sqlite_and_postgres_count_the_same(pg_url: str, tmp_path: Path) -> None:
    lite = Desk.open(tmp_path / "lite", today=lambda: TODAY)
    server = Desk.open(tmp_path / "pg", url=pg_url, today=lambda: TODAY)
    try:
        # The demo's ids come from its seed, so both databases hold the same facts.
        a, b = _figures(lite), _figures(server)
    finally:
        lite.close()
        server.close()
    assert a["team"]["team"]["calls"] > 0  # type: ignore[index]
    assert a == b


def test_totals_on_a_server_equal_the_figures_from_facts(pg_url: str, tmp_path: Path) -> None:
    """The stored totals on PostgreSQL: the same figures as counting from facts, before
    and after back-dated facts and a reassignment arrive."""
    import random

    from targets_parity import Today, back_dated, compare, portfolio, stored_rows

    clock = Today(date(2026, 3, 16))
    server = Desk.open(tmp_path / "pg", url=pg_url, today=clock)
    try:
        loans = portfolio(server, 21, 30)
        rng = random.Random(21)
        months = ["2026-02", "2026-03"]
        assert compare(server, months, [None, "C001"]) == 4
        assert stored_rows(server) > 0
        for _ in range(2):
            back_dated(server, loans, rng, clock.day)
            assignment.assign(server, rng.sample(loans, 4), "D2042")
            compare(server, months, [None, "D2042"])
            clock.day += timedelta(days=1)
        compare(server, ["2026-03"], [None])
    finally:
        server.close()


def test_on_a_server_a_collector_counts_from_what_they_see(pg_url: str, tmp_path: Path) -> None:
    """Row-level security shows a collector only their own cases' facts: their desk
    never writes the team's totals, and their figures equal the count from facts."""
    from targets_parity import Today, portfolio, stored_rows

    server = Desk.open(tmp_path / "pg", url=pg_url, today=Today(date(2026, 3, 16)))
    try:
        portfolio(server, 8, 20)
        server.set_settings(role="collector")
        mine = targets.report(server, "2026-03", collector="C001").to_json()
        assert stored_rows(server) == 0
        assert (
            mine == targets.report(server, "2026-03", collector="C001", from_facts=True).to_json()
        )
        server.set_settings(role="supervisor")
        targets.report(server, "2026-03")
        assert stored_rows(server) > 0
    finally:
        server.close()
