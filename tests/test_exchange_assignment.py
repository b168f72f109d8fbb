"""Assignment: by hand, spread evenly by bucket and amount, the roster, and the
collector's own list; reassignment travels in bundles."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_exchange_support import SharedClock, open_workstation, seed_portfolio

from collector_desk.exchange.bundle_in import import_bundle
from collector_desk.exchange.bundle_out import ASSIGNMENT, export_bundle
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services import assignment, cases
from collector_desk.services.demo import create_demo

KEY = TeamKey(b"a" * 32)


@pytest.fixture
def sup(tmp_path):
    d = open_workstation(tmp_path / "s", "S01")
    for who in ("C001", "C002", "C003"):
        assignment.add_member(d, who, f"催收员{who[-1]}")
    yield d
    d.close()


def _states(desk) -> dict[str, tuple[str, str, int]]:
    """loan -> (assignee, bucket, overdue): the bucket from the oldest unpaid due date
    on the desk's today, as the list, assignment and worklist read it."""
    from datetime import date

    from collector_desk.domain.loan import bucket_for_dpd

    today = desk.today()
    with desk.read() as s:
        return {
            r[0]: (
                r[1],
                bucket_for_dpd(max(0, (today - date.fromisoformat(str(r[2])[:10])).days)).value,
                r[3],
            )
            for r in s.connection().exec_driver_sql(
                "SELECT loan_id, assigned_to, oldest_unpaid_due_on, overdue_fen FROM case_state"
            )
        }


def test_assign_by_hand_and_clear(sup):
    loans = seed_portfolio(sup, 4)
    changes = assignment.assign(sup, loans[:2], "C002")
    assert changes.loans == frozenset(loans[:2])
    states = _states(sup)
    assert [states[i][0] for i in loans] == ["C002", "C002", "", ""]
    assignment.assign(sup, loans[:1], "")
    assert _states(sup)[loans[0]][0] == ""
    with pytest.raises(assignment.AssignmentError):
        assignment.assign(sup, loans, "C404")


def test_spread_is_even_per_bucket_and_by_amount(sup):
    create_demo(sup, cases=120, seed=3)
    sup.refresh_cases()
    todo = assignment.unassigned(sup)
    plan = assignment.plan_spread(sup, todo, ["C001", "C002", "C003"])
    assert plan.total == len(todo) == 120
    sizes = [len(v) for v in plan.by_collector.values()]
    assert max(sizes) - min(sizes) <= 1
    assignment.apply_plan(sup, plan)
    states = _states(sup)
    per_bucket = Counter((b, who) for who, b, _f in states.values())
    for bucket in {b for _w, b, _f in states.values()}:
        counts = [per_bucket[(bucket, w)] for w in ("C001", "C002", "C003")]
        assert max(counts) - min(counts) <= 1, bucket
    money = list(plan.overdue_fen.values())
    assert max(money) - min(money) <= max(f for _w, _b, f in states.values())
    team = {m.id: m for m in assignment.team(sup)}
    assert sum(team[w].cases for w in ("C001", "C002", "C003")) == 120
    assert assignment.unassigned(sup) == []


def test_the_collectors_list_shows_their_own_cases(sup):
    loans = seed_portfolio(sup, 5)
    assignment.assign(sup, loans[:3], "C001")
    mine = cases.page(sup, cases.CaseQuery(assigned_to="C001"), limit=50)
    everyone = cases.page(sup, cases.CaseQuery(), limit=50)
    assert {r.loan_id for r in mine} == set(loans[:3]) and len(everyone) == 5


def test_reassignment_reaches_the_collectors(tmp_path):
    clock = SharedClock()
    s = open_workstation(tmp_path / "s", "S01", now=clock)
    a = open_workstation(tmp_path / "a", "C001", now=clock)
    try:
        assignment.add_member(s, "C001", "甲")
        assignment.add_member(s, "C002", "乙")
        loans = seed_portfolio(s, 3)
        assignment.assign(s, loans, "C001")
        import_bundle(a, export_bundle(s, tmp_path / "1.cdb", KEY, kind=ASSIGNMENT,
                                       for_collector="C001").path, KEY)  # fmt: skip
        assert {v[0] for v in _states(a).values()} == {"C001"}
        assignment.assign(s, loans[:1], "C002")
        import_bundle(a, export_bundle(s, tmp_path / "2.cdb", KEY, kind=ASSIGNMENT,
                                       for_collector="C001").path, KEY)  # fmt: skip
        states = _states(a)
        assert states[loans[0]][0] == "C002" and states[loans[1]][0] == "C001"
        assert {m.id for m in assignment.team(a)} >= {"C001", "C002"}
    finally:
        s.close()
        a.close()


def test_roster_rules(sup):
    with pytest.raises(assignment.AssignmentError):
        assignment.add_member(sup, "", "x")
    with pytest.raises(assignment.AssignmentError):
        assignment.add_member(sup, "C009", "x", role="boss")
    assignment.add_member(sup, "C001", "改名", role="supervisor")
    assert {m.id: (m.name, m.role) for m in assignment.team(sup)}["C001"] == ("改名", "supervisor")
    assert Path  # keep the import for type hints in fixtures


@given(
    st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=6),
    st.integers(min_value=1, max_value=5),
)
def test_dealing_is_even_per_bucket_and_in_total(sizes, k):
    from collector_desk.services.assignment import deal

    buckets = ("C", "M1", "M2", "M3", "M3+", "M1-6-20")
    by_bucket = {
        buckets[b]: [((n * 37) % 1000, f"{b}-{n}") for n in range(size)]
        for b, size in enumerate(sizes)
    }
    people = [f"C{n:03d}" for n in range(k)]
    out, money = deal(by_bucket, people)
    assert sum(money.values()) == sum(f for loans in by_bucket.values() for f, _l in loans)
    assert sorted(x for v in out.values() for x in v) == sorted(
        loan for loans in by_bucket.values() for _f, loan in loans
    )
    totals = [len(v) for v in out.values()]
    assert max(totals) - min(totals) <= 1
    for bucket, loans in by_bucket.items():
        ids = {loan for _f, loan in loans}
        counts = [len(ids.intersection(out[p])) for p in people]
        assert max(counts) - min(counts) <= 1, bucket
