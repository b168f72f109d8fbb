"""The store's case_state writer and its set-based form.

- `refresh` is idempotent and rebuilds exactly what a dropped table had;
- `advance` (one UPDATE computed in SQL) gives, row for row, what `derive()`
  gives for the rows it takes, and leaves the others stale for `derive()`;
- an older derivation version makes every row stale, settled loans included.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from test_exchange_support import TODAY, open_workstation, put_register

from collector_desk.services import case_state, payments
from collector_desk.services.demo import create_demo
from collector_desk.store import derived


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory: pytest.TempPathFactory):
    desk = open_workstation(Path(tmp_path_factory.mktemp("derived")) / "d", "C001")
    create_demo(desk, cases=240, seed=11)
    with desk.read() as s:
        loans = [r[0] for r in s.connection().exec_driver_sql("SELECT id FROM loan")]
    for loan in loans[::7]:
        put_register(desk, "loan", loan, "assigned_to", "C002")
    yield desk, loans
    desk.close()


def _state(desk) -> list[tuple]:
    with desk.read() as s:
        return list(s.connection().exec_driver_sql("SELECT * FROM case_state ORDER BY loan_id"))


def test_refresh_is_idempotent_and_rebuilds_a_dropped_table(demo_desk):
    desk, loans = demo_desk
    with desk.unit() as s:
        assert case_state.refresh(s, loans, TODAY) == len(loans)
    once = _state(desk)
    with desk.unit() as s:
        case_state.refresh(s, loans + loans[:5], TODAY)
    assert _state(desk) == once
    with desk.unit() as s:
        s.connection().exec_driver_sql("DELETE FROM case_state")
    with desk.unit() as s:
        case_state.refresh(s, loans, TODAY)
    assert _state(desk) == once
    assert {r.assigned_to for r in once} >= {"", "C002"}  # assignment came through
    assert len({r.promise_status for r in once}) > 1  # several promise states were exercised


@pytest.mark.parametrize("days", [1, 3, 17, 31, 45, 61, 120, 400])
def test_set_based_advance_equals_derive(demo_desk, days):
    desk, loans = demo_desk
    day = TODAY + timedelta(days=days)
    with desk.unit() as s:
        case_state.refresh(s, loans, TODAY)
    with desk.unit() as s:
        stale = set(case_state.stale_loan_ids(s, day))
        advanced = case_state.advance(s, day)
        left = set(case_state.stale_loan_ids(s, day))
    assert left <= stale
    assert advanced == len(stale - left)
    if days >= 17:
        assert advanced > 0
    by_sql = {r[0]: r for r in _state(desk)}
    with desk.unit() as s:
        case_state.refresh(s, loans, day)
    by_derive = {r[0]: r for r in _state(desk)}
    for loan in stale - left:
        assert by_sql[loan] == by_derive[loan]
    with desk.unit() as s:
        case_state.refresh(s, left, day)
        assert case_state.stale_loan_ids(s, day) == []


@pytest.mark.parametrize("days", [3, 31, 61, 400])
def test_advance_by_spans_equals_derive(demo_desk, days):
    """The start of day's own path: spans of the table's key, a few rows each, every
    row written once with only the indexed columns that change."""
    desk, loans = demo_desk
    day = TODAY + timedelta(days=days)
    with desk.unit() as s:
        case_state.refresh(s, loans, TODAY)
    before = {r[0]: r for r in _state(desk)}
    with desk.read() as s:
        stale = set(case_state.stale_loan_ids(s, day))
        spans = derived.expired_spans(s, day, 7)
    assert len(spans) > 1
    brought: list[str] = []
    for span in spans:
        with desk.unit() as s:
            brought += case_state.advance_span(s, day, span)
    with desk.read() as s:
        left = set(case_state.stale_loan_ids(s, day))
    assert sorted(brought) == sorted(stale - left)
    assert brought
    by_sql = {r[0]: r for r in _state(desk)}
    with desk.unit() as s:
        case_state.refresh(s, loans, day)
    by_derive = {r[0]: r for r in _state(desk)}
    assert {loan: by_sql[loan] for loan in stale - left} == {
        loan: by_derive[loan] for loan in stale - left
    }
    untouched = set(loans) - (stale - left)  # not taken: exactly as they were
    assert {loan: by_sql[loan] for loan in untouched} == {loan: before[loan] for loan in untouched}


def test_an_older_derivation_is_stale_settled_loans_included(demo_desk):
    desk, loans = demo_desk
    with desk.unit() as s:
        case_state.refresh(s, loans, TODAY)
        assert case_state.stale_loan_ids(s, TODAY) == []
        settled = (
            s.connection()
            .exec_driver_sql(
                "SELECT count(*) FROM case_state WHERE oldest_unpaid_due_on = '9999-12-31'"
            )
            .scalar()
        )
        s.connection().exec_driver_sql("UPDATE case_state SET derivation = 0")
        assert len(case_state.stale_loan_ids(s, TODAY)) == len(loans)
        assert case_state.advance(s, TODAY) == 0  # an old derivation is derive()'s work
        assert case_state.refresh_stale(s, TODAY) == len(loans)
        assert case_state.stale_loan_ids(s, TODAY) == []
    assert settled is not None
    with desk.read() as s:
        versions = {
            r[0] for r in s.connection().exec_driver_sql("SELECT derivation FROM case_state")
        }
    assert versions == {case_state.DERIVATION_VERSION}


def test_rows_from_a_later_day_are_stale(demo_desk):
    """The clock went back: rows computed on a later day are found (by the skip over
    the (valid_until, computed_on) index) and no others."""
    desk, loans = demo_desk
    later = loans[::5]
    with desk.unit() as s:
        case_state.refresh(s, loans, TODAY)
        case_state.refresh(s, later, TODAY + timedelta(days=40))
        assert sorted(case_state.stale_loan_ids(s, TODAY)) == sorted(later)
        case_state.refresh(s, later, TODAY)
        assert case_state.stale_loan_ids(s, TODAY) == []


def test_read_loan_facts_skips_unknown_ids(demo_desk):
    desk, loans = demo_desk
    with desk.read() as s:
        facts = derived.read_loan_facts(s, [loans[0], "no-such-loan", loans[0]])
    assert [f.loan_id for f in facts] == [loans[0]]
    assert facts[0].schedule


def test_promises_whose_date_passes_are_advanced_in_sql_as_derive_gives(tmp_path: Path):
    desk = open_workstation(tmp_path / "p", "C001")
    try:
        walk_the_promise_window(desk)
    finally:
        desk.close()


def walk_the_promise_window(desk) -> None:
    """Day by day through the promise window: pending promises are brought up by the
    set-based form (not left for derive), kept in part or broken, and each row
    equals derive()'s (also run on PostgreSQL: tests/test_pg_day_advance.py)."""
    create_demo(desk, cases=240, seed=5)
    pending = {r[0] for r in _state(desk) if r.promise_status == "pending"}
    assert len(pending) >= 4
    with desk.read() as s:
        made = {
            str(row[0]): str(row[1])
            for row in s.connection().exec_driver_sql(
                "SELECT loan_id, made_on FROM promise p WHERE created_at = "
                "(SELECT max(created_at) FROM promise q WHERE q.loan_id = p.loan_id)"
            )
        }
    # Something paid towards the promise, not all, on the day it was made (each loan's
    # own promise counts, not another loan's).
    for loan in sorted(pending)[::2]:
        paid_on = date.fromisoformat(made[loan][:10])
        payments.record_payment(desk, loan, paid_on=paid_on, amount_fen=100, channel="app")
    moved: dict[str, set[str]] = {}  # loan -> the statuses SQL brought it to
    for days in range(1, 10):
        day = TODAY + timedelta(days=days)
        with desk.unit() as s:
            stale = set(case_state.stale_loan_ids(s, day))
            case_state.advance(s, day, sorted(stale))
            left = set(case_state.stale_loan_ids(s, day))
        by_sql = {r[0]: r for r in _state(desk)}
        with desk.unit() as s:
            case_state.refresh(s, left, day)
        with desk.read() as s:
            assert case_state.stale_loan_ids(s, day) == []
        mid = {r[0]: r for r in _state(desk)}
        with desk.unit() as s:
            case_state.refresh(s, stale, day)
        fresh = {r[0]: r for r in _state(desk)}
        for loan in stale:
            assert mid[loan] == fresh[loan], f"day +{days}: {loan} differs from derive()"
        for loan in (stale - left) & pending:
            moved.setdefault(loan, set()).add(by_sql[loan].promise_status)
    assert not (pending - set(moved)), "a pending promise was left to derive()"
    statuses = set().union(*moved.values())
    assert {"pending", "broken", "partly_kept"} <= statuses
