"""The import's bulk rebuild of case_state gives exactly what case_state.refresh gives."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from test_exchange_support import TODAY, open_workstation, put_register

from collector_desk.exchange import case_cache
from collector_desk.services import case_state
from collector_desk.services.demo import create_demo


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory: pytest.TempPathFactory):
    desk = open_workstation(Path(tmp_path_factory.mktemp("cache")) / "d", "C001")
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


@pytest.mark.parametrize("days", [0, 3, 17, 45, 120])
def test_bulk_rebuild_equals_refresh(demo_desk, days):
    desk, loans = demo_desk
    day = TODAY + timedelta(days=days)
    with desk.unit() as s:
        case_state.refresh(s, loans, day)
    expected = _state(desk)
    with desk.unit() as s:
        s.connection().exec_driver_sql("DELETE FROM case_state")
    with desk.unit() as s:
        assert case_cache.rebuild(s, loans, day) == len(loans)
    got = _state(desk)
    assert len(got) == len(loans)
    assert got == expected
    assert {r[-3] for r in got} >= {"", "C002"}  # assignment came through
    assert len({r[7] for r in got}) > 1  # several promise states were exercised
