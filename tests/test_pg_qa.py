"""The daily QA on a team's server: two workstations write to the same database,
the supervisor's QA reads both collectors' notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_exchange_support import TODAY, SharedClock, record_call, seed_portfolio

from collector_desk.services.context import Desk
from collector_desk.services.qa import daily_qa

pytestmark = pytest.mark.pg


def test_the_qa_reads_every_collectors_notes_on_the_server(pg_url: str, tmp_path: Path) -> None:
    clock = SharedClock()
    desks = []
    try:
        for who in ("C001", "C002"):
            d = Desk.open(tmp_path / who, url=pg_url, today=lambda: TODAY, now=clock)
            d.set_settings(collector_id=who, collector_name=who)
            desks.append(d)
        a, b = desks
        loans = seed_portfolio(a, 2)
        record_call(a, loans[0], "告诉他同事张伟欠我们钱")
        record_call(b, loans[1], "再不还就去你单位找你领导")
        report = daily_qa(a, TODAY)
    finally:
        for d in desks:
            d.close()
    assert report.checked["call"] == 2
    assert {f.collector_id for f in report.flags} == {"C001", "C002"}
    assert {f.category for f in report.flags} >= {"disclosure", "threat"}
    assert all("张伟" not in f.text for f in report.flags)
