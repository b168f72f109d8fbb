"""The one case_state writer (`derived.upsert_case_state`) writes only what differs
from the stored rows: an equal row is not written at all, a changed one gets only
its changed columns; what ends up stored is what a full upsert gives. On SQLite and
on a real PostgreSQL server."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from test_exchange_support import TODAY, open_workstation, seed_portfolio

from collector_desk.services import case_state
from collector_desk.services.context import Desk
from collector_desk.store import derived


def _rows(desk: Desk) -> list[tuple[Any, ...]]:
    with desk.read() as s:
        return list(s.connection().exec_driver_sql("SELECT * FROM case_state ORDER BY loan_id"))


def _derived(desk: Desk, loans: list[str], day: Any) -> list[dict[str, Any]]:
    with desk.read() as s:
        return [case_state.derive_facts(f, day) for f in derived.read_loan_facts(s, loans)]


def _sqlite_changes(desk: Desk, write: Any) -> int:
    """Rows SQLite changed while `write(session)` ran (its own counter)."""
    with desk.unit() as s:
        driver = s.connection().connection.driver_connection
        before = driver.total_changes
        write(s)
        return int(driver.total_changes - before)


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = open_workstation(tmp_path / "W", "C001")
    yield d
    d.close()


@pytest.mark.sqlite_only  # counts SQLite's total_changes (the server's: the xmin test below)
def test_equal_rows_are_not_written_and_changed_ones_only_in_their_columns(desk):
    loans = seed_portfolio(desk, 5)
    once = _rows(desk)
    same = _derived(desk, loans, TODAY)
    assert _sqlite_changes(desk, lambda s: derived.upsert_case_state(s, same)) == 0
    assert _rows(desk) == once
    # A change on two loans: two rows written, and what is stored is the new value.
    by_loan = {r["loan_id"]: dict(r) for r in same}
    a, b = loans[1], loans[3]
    by_loan[a]["borrower_name"] = "改名甲"
    by_loan[b] |= {"next_action": "moved", "assigned_to": "C009"}
    with desk.unit() as s:
        driver = s.connection().connection.driver_connection
        # SQLite fires `UPDATE OF c` triggers for every column an UPDATE names (and
        # rewrites the indexes over it), equal or not: count which were named.
        driver.execute("CREATE TEMP TABLE named (loan_id TEXT, col TEXT)")
        for col in derived.COLUMNS[1:]:
            driver.execute(
                f"CREATE TEMP TRIGGER named_{col} AFTER UPDATE OF {col} ON main.case_state "
                f"BEGIN INSERT INTO named VALUES (new.loan_id, '{col}'); END"
            )
        derived.upsert_case_state(s, list(by_loan.values()))
        named = sorted(driver.execute("SELECT loan_id, col FROM named"))
    assert named == sorted([(a, "borrower_name"), (b, "next_action"), (b, "assigned_to")])
    stored = {r.loan_id: r for r in _rows(desk)}
    assert stored[a].borrower_name == "改名甲"
    assert (stored[b].next_action, stored[b].assigned_to) == ("moved", "C009")
    others = [r for r in once if r.loan_id not in (a, b)]
    assert [r for r in _rows(desk) if r.loan_id not in (a, b)] == others


def test_the_stored_rows_are_those_of_a_full_upsert(desk):
    """Next day (every row's computed_on moves), a missing row, a loan given twice
    (the last wins): the same table as deleting the rows and inserting them again."""
    loans = seed_portfolio(desk, 6)
    later = TODAY + timedelta(days=40)
    rows = _derived(desk, loans, later)
    first = {**rows[0], "borrower_name": "先到的值"}
    with desk.unit() as s:
        s.execute(text("DELETE FROM case_state WHERE loan_id = :id"), {"id": loans[2]})
    with desk.unit() as s:
        assert derived.upsert_case_state(s, [first, *rows]) == len(rows) + 1
    ours = _rows(desk)
    with desk.unit() as s:
        s.connection().exec_driver_sql("DELETE FROM case_state")
        derived.upsert_case_state(s, rows)
    assert ours == _rows(desk)
    assert {str(r.computed_on) for r in ours} == {later.isoformat()}  # a date on a server


def test_on_a_server_equal_rows_are_left_and_changes_written(pg_url: str, tmp_path: Path):
    server = Desk.open(tmp_path / "office", url=pg_url, today=lambda: TODAY)
    try:
        server.set_settings(collector_id="S01", collector_name="S01")
        loans = seed_portfolio(server, 4)
        once = _rows(server)
        same = _derived(server, loans, TODAY)
        with server.unit() as s:
            xmin = dict(
                s.connection().exec_driver_sql("SELECT loan_id, xmin::text FROM case_state").all()
            )
            derived.upsert_case_state(s, same)
            moved = [{**same[0], "borrower_name": "改名乙"}, *same[1:]]
            derived.upsert_case_state(s, moved)
            after = dict(
                s.connection().exec_driver_sql("SELECT loan_id, xmin::text FROM case_state").all()
            )
        # Only the changed row got a new row version (xmin is the writing transaction).
        assert [k for k in loans if after[k] != xmin[k]] == [loans[0]]
        assert [r.borrower_name for r in _rows(server) if r.loan_id == loans[0]] == ["改名乙"]
        assert [r for r in _rows(server) if r.loan_id != loans[0]] == [
            r for r in once if r.loan_id != loans[0]
        ]
    finally:
        server.close()
