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


def test_a_call_saved_in_quiet_hours_is_asked_and_listed_on_the_server(
    pg_url: str, tmp_path: Path
) -> None:
    """One collector saves a call at 03:49 Shanghai time, confirmed; the supervisor's
    QA on another workstation lists it as a quiet-hours contact."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from collector_desk.domain.call_flow import Disposition
    from collector_desk.services import calls
    from collector_desk.services.qa import QUIET_RULE

    night = datetime(2026, 3, 16, 3, 49, tzinfo=ZoneInfo("Asia/Shanghai"))
    desks = []
    try:
        for who in ("C001", "S01"):
            d = Desk.open(tmp_path / who, url=pg_url, today=lambda: TODAY, now=lambda: night)
            d.set_settings(collector_id=who, collector_name=who)
            desks.append(d)
        a, supervisor = desks
        (loan,) = seed_portfolio(a, 1)
        with pytest.raises(calls.CallRejected) as refused:
            calls.record_call(a, calls.CallOutcome(loan, Disposition.NO_ANSWER))
        assert refused.value.needs_quiet_hours_confirmation
        saved = calls.record_call(
            a, calls.CallOutcome(loan, Disposition.NO_ANSWER, quiet_hours_confirmed=True)
        )
        report = daily_qa(supervisor, TODAY)
    finally:
        for d in desks:
            d.close()
    flags = [f for f in report.flags if f.rule == QUIET_RULE]
    assert [(f.item_id, f.collector_id) for f in flags] == [(saved.call_id, "C001")]
