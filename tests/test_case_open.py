"""Opening a case on a team's server reads, with the case, what the reach bar and the
strategy tab show first (`CaseDetail.at_open`): the same call check and checklist
their own reads give, all in one statement, one round trip (store.case_open). On a
workstation's file the pane comes first and those two read on their own (at_open
None), as before: no network is in the way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_exchange_support import TODAY, SharedClock, record_call, seed_portfolio

from collector_desk.domain.guardrails import DoNotContact
from collector_desk.services import case_detail, contact_rules, dialing, worklist_tasks
from collector_desk.services.context import Desk
from collector_desk.store import case_open
from collector_desk.store.round_trips import RoundTrips

AT = datetime(2026, 3, 16, 3, 0, tzinfo=UTC)  # 11:00 in Shanghai: calls are allowed


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desk]:
    url = None if request.param == "sqlite" else request.getfixturevalue("pg_url")
    opened = Desk.open(tmp_path / "ws", url=url, today=lambda: TODAY, now=SharedClock())
    yield opened
    opened.close()


def _numbers(detail: case_detail.CaseDetail) -> list[str]:
    return [p.id for p in detail.phones] + [p.id for c in detail.contacts for p in c.phones]


def test_the_opening_gives_the_reach_bars_check_and_the_checklist(desk: Desk) -> None:
    loan = seed_portfolio(desk, 2)[0]
    detail = case_detail.load(desk, loan)
    numbers = _numbers(detail)
    assert len(numbers) >= 2 and detail.contacts
    contact = detail.contacts[0]
    contact_rules.set_flag(
        desk, "contact", contact.id, DoNotContact.CONTACT_REFUSED, True, reason="asked"
    )
    record_call(desk, loan, "无人接")
    dialing.start_call(desk, loan, numbers[0])  # an attempt on the first number
    step = worklist_tasks.trace_panel(desk, loan, detail.borrower_id)[1][0].code
    worklist_tasks.mark_done(desk, "trace", loan, step)
    worklist_tasks.set_lost_contact(desk, detail.borrower_id, True, reason="no number works")
    desk.now = lambda: AT  # one moment for the opening and the reads it stands for

    counter = RoundTrips(desk.db.engine)
    with counter.counting():
        opened = case_detail.open_case(desk, loan)
    at_open = opened.detail.at_open
    if desk.db.engine.dialect.name != "postgresql":
        assert at_open is None
        return
    assert at_open is not None
    assert dict(counter.by_kind) == {"statement": 1}
    assert set(at_open.checks) == {numbers[0]}  # the one the reach bar shows first
    assert at_open.checks[numbers[0]] == contact_rules.check_contact(desk, loan, numbers[0])
    assert at_open.checks[numbers[0]].allowed
    with desk.read_once() as session:  # the statement reads every number's facts
        found = case_open.open_rows(session, loan, **contact_rules.history_since(AT))
    assert found is not None
    for number in numbers:
        check = contact_rules.check_of(found.contact, loan, number, AT)
        assert check == contact_rules.check_contact(desk, loan, number), number
    assert not contact_rules.check_of(found.contact, loan, contact.phones[0].id, AT).allowed
    lost, steps = worklist_tasks.trace_panel(desk, loan, detail.borrower_id)
    assert lost and at_open.lost_contact
    assert worklist_tasks.trace_of(at_open.tasks, "zh_CN") == steps
    assert [s.done for s in steps].count(True) == 1
    assert opened.detail == case_detail.load(desk, loan)  # at_open is not compared


def test_a_case_with_no_marks_opens_with_an_empty_checklist(desk: Desk) -> None:
    loan = seed_portfolio(desk, 1)[0]
    at_open = case_detail.open_case(desk, loan).detail.at_open
    if desk.db.engine.dialect.name == "postgresql":
        assert at_open is not None
        assert not at_open.lost_contact and not any(at_open.tasks.values())
    else:
        assert at_open is None
    with pytest.raises(KeyError):
        case_detail.open_case(desk, "no-such-loan")
