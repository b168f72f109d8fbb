"""A call outcome saved in the borrower's quiet hours for a call not dialled through the
app: refused until the collector confirms the call was made, then saved with a
quiet-hours flag that the daily QA lists. The borrower's own time zone and the
configured hours decide, not Shanghai's."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from worklist_support import SH, Clock, make_case, open_desk, phones_of

from collector_desk.cli import main
from collector_desk.domain.call_flow import Disposition
from collector_desk.services import audit, contact_rules, dialing
from collector_desk.services.calls import (
    QUIET_HOURS_UNCONFIRMED,
    CallOutcome,
    CallRejected,
    record_call,
)
from collector_desk.services.context import Desk
from collector_desk.services.qa import QUIET_RULE, daily_qa
from collector_desk.store.models import AuditEvent, Call


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 16, 3, 49, tzinfo=SH))


@pytest.fixture
def desk(tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    d = open_desk(tmp_path, clock, role="supervisor")
    yield d
    d.close()


def calls_saved(desk: Desk) -> int:
    with desk.read() as s:
        return int(s.scalar(select(func.count()).select_from(Call)) or 0)


def quiet_events(desk: Desk) -> list[dict[str, object]]:
    with desk.read() as s:
        rows = s.scalars(
            select(AuditEvent.detail).where(AuditEvent.kind == audit.Kind.QUIET_HOURS_CONTACT.value)
        )
        return [json.loads(d) for d in rows]


def test_a_no_answer_at_0349_asks_then_saves_with_the_flag(desk: Desk, clock: Clock) -> None:
    loan = make_case(desk, disbursed=date(2026, 2, 6))
    outcome = CallOutcome(loan, Disposition.NO_ANSWER, note="没人接")
    with pytest.raises(CallRejected) as refused:
        record_call(desk, outcome)
    (error,) = refused.value.errors
    assert error.code == QUIET_HOURS_UNCONFIRMED and error.field == "quiet_hours"
    assert "03:49" in error.message and "Asia/Shanghai" in error.message
    assert "22:00-08:00" in error.message
    assert calls_saved(desk) == 0 and quiet_events(desk) == []

    saved = record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER, note="没人接",
                                          quiet_hours_confirmed=True))  # fmt: skip
    assert calls_saved(desk) == 1
    assert saved.quiet_hours is not None and saved.quiet_hours.local_time == "03:49"
    (event,) = quiet_events(desk)
    assert event == {
        "call_id": saved.call_id,
        "local_time": "03:49",
        "tz": "Asia/Shanghai",
        "quiet_start": "22:00",
        "quiet_end": "08:00",
    }
    qa = daily_qa(desk, date(2026, 3, 16))
    (flag,) = [f for f in qa.flags if f.rule == QUIET_RULE]
    assert (flag.kind, flag.item_id, flag.collector_id) == ("call", saved.call_id, "C001")
    assert flag.local_time == "03:49" and "03:49" in flag.words and flag.text == "没人接"
    assert qa.flagged_items == 1 and qa.to_json()["flags"][0]["rule"] == QUIET_RULE


def test_in_the_day_no_question_and_no_flag(desk: Desk, clock: Clock) -> None:
    loan = make_case(desk, disbursed=date(2026, 2, 6))
    for h, mi in ((8, 0), (12, 0), (21, 59)):
        clock.set(2026, 3, 16, h, mi)
        saved = record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER))
        assert saved.quiet_hours is None
    assert calls_saved(desk) == 3 and quiet_events(desk) == []
    assert [f for f in daily_qa(desk, date(2026, 3, 16)).flags if f.rule == QUIET_RULE] == []


@pytest.mark.parametrize(
    ("tz", "shanghai", "quiet"),
    [
        ("Asia/Urumqi", (23, 30), False),  # 21:30 in Urumqi (UTC+6)
        ("Asia/Urumqi", (9, 30), True),  # 07:30 in Urumqi
        ("Asia/Tokyo", (7, 30), False),  # 08:30 in Tokyo
        ("Asia/Tokyo", (21, 30), True),  # 22:30 in Tokyo
    ],
)
def test_the_borrowers_own_time_zone_decides(
    desk: Desk, clock: Clock, tz: str, shanghai: tuple[int, int], quiet: bool
) -> None:
    loan = make_case(desk, disbursed=date(2026, 2, 6), tz=tz)
    clock.set(2026, 3, 16, *shanghai)
    local = clock.now().astimezone(ZoneInfo(tz)).strftime("%H:%M")
    if not quiet:
        assert record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER)).quiet_hours is None
        return
    with pytest.raises(CallRejected) as refused:
        record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER))
    assert local in refused.value.errors[0].message and tz in refused.value.errors[0].message
    saved = record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER, quiet_hours_confirmed=True))
    assert saved.quiet_hours is not None and (
        saved.quiet_hours.local_time,
        saved.quiet_hours.tz,
    ) == (
        local,
        tz,
    )


def test_the_configured_hours_decide(desk: Desk, clock: Clock) -> None:
    loan = make_case(desk, disbursed=date(2026, 2, 6))
    clock.set(2026, 3, 16, 21, 30)
    assert record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER)).quiet_hours is None
    contact_rules.set_limit(desk, "quiet_start", "21:00", reason="监管要求提前")
    with pytest.raises(CallRejected) as refused:
        record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER))
    assert "21:00-08:00" in refused.value.errors[0].message
    clock.set(2026, 3, 17, 8, 30)
    contact_rules.set_limit(desk, "quiet_end", "09:00", reason="监管要求")
    with pytest.raises(CallRejected):
        record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER))


def test_a_call_dialled_through_the_app_before_quiet_hours_is_no_breach(
    desk: Desk, clock: Clock
) -> None:
    """Dialled at 21:50 (allowed), hung up and saved after 22:00: the contact began
    before the quiet hours; nothing to ask or flag."""
    loan = make_case(desk, disbursed=date(2026, 2, 6), phones=["13812345678"])
    own = next(p.id for p in phones_of(desk, loan) if p.contact_id is None)
    clock.set(2026, 3, 16, 21, 45)
    opened = clock.now()
    clock.set(2026, 3, 16, 21, 50)
    ticket = dialing.start_call(desk, loan, own)
    clock.set(2026, 3, 16, 22, 5)
    dialing.end_call(desk, ticket, "no_answer")
    clock.set(2026, 3, 16, 22, 10)
    saved = record_call(
        desk, CallOutcome(loan, Disposition.NO_ANSWER, phone_id=own, started_at=opened)
    )
    assert saved.quiet_hours is None and quiet_events(desk) == []
    # The next call on the case, not dialled through the app, is asked about.
    clock.set(2026, 3, 16, 22, 40)
    with pytest.raises(CallRejected):
        record_call(
            desk,
            CallOutcome(loan, Disposition.NO_ANSWER, started_at=clock.now() - timedelta(minutes=5)),
        )


def test_the_qa_command_lists_the_quiet_hours_contact(
    desk: Desk, clock: Clock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loan = make_case(desk, disbursed=date(2026, 2, 6))
    saved = record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER, quiet_hours_confirmed=True))
    desk.close()
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "qa", "--day", "2026-03-16", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    (flag,) = doc["flags"]
    assert (flag["rule"], flag["kind"], flag["item_id"]) == (QUIET_RULE, "call", saved.call_id)
    assert flag["category"] == "quiet_hours" and "03:49" in flag["words"]
    assert main([*data, "qa", "--day", "2026-03-16"]) == 0
    out = capsys.readouterr().out
    assert "1 flagged" in out and QUIET_RULE in out and "禁止联系时段" in out
    assert datetime(2026, 3, 16, 3, 49, tzinfo=SH).astimezone(UTC).date() == date(2026, 3, 15)


def test_the_qa_workbook_lists_it_with_why(
    desk: Desk, clock: Clock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    loan = make_case(desk, disbursed=date(2026, 2, 6))
    saved = record_call(desk, CallOutcome(loan, Disposition.NO_ANSWER, quiet_hours_confirmed=True))
    desk.close()
    out = tmp_path / "qa.xlsx"
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "qa", "--day", "2026-03-16", "--out", str(out)]) == 0
    capsys.readouterr()
    ws = openpyxl.load_workbook(out).worksheets[0]
    heads = [c.value for c in ws[1]]
    (row,) = [dict(zip(heads, r, strict=True)) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert row["Rule"] == QUIET_RULE and row["Category"] == "禁止联系时段联系"
    assert row["Time"] == "03:49" and "禁止联系时段 22:00-08:00" in row["Why"]
    assert saved.call_id
