"""Today's plan on fixed dates: reminders A/B/C, welcome and first-instalment calls,
promises due and broken, overdue bands, callbacks and lost contact."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from worklist_support import SH, Clock, add_promise, make_case, open_desk, phones_of, set_register

from collector_desk.domain.reminders import TaskKind
from collector_desk.domain.workdays import DayKind
from collector_desk.services import worklist
from collector_desk.services.context import Desk
from collector_desk.services.worklist_tasks import (
    mark_done,
    schedule_callback,
    set_calendar_day,
    trace_checklist,
)

INST = 100_000  # one instalment, 1,000.00 yuan


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 16, 10, 30, tzinfo=SH))


@pytest.fixture
def wdesk(tmp_path: Path, clock: Clock) -> Desk:
    d = open_desk(tmp_path, clock)
    yield d
    d.close()


def by_loan(wl: worklist.Worklist, loan_id: str) -> list[worklist.WorkItem]:
    return [i for i in wl.items if i.loan_id == loan_id]


def test_reminder_classes_follow_the_last_three_months(wdesk: Desk, clock: Clock) -> None:
    on_time = [(date(2025, 12, 20), INST), (date(2026, 1, 20), INST), (date(2026, 2, 20), INST)]
    a = make_case(wdesk, disbursed=date(2025, 11, 20), paid=on_time)
    late_twice = [(date(2025, 12, 22), INST), (date(2026, 1, 25), INST), (date(2026, 2, 20), INST)]
    c = make_case(wdesk, disbursed=date(2025, 11, 20), paid=late_twice)
    late_once = [(date(2025, 12, 18), INST), (date(2026, 1, 19), INST), (date(2026, 2, 18), INST)]
    b = make_case(wdesk, disbursed=date(2025, 11, 18), paid=late_once)
    due_today = make_case(
        wdesk,
        disbursed=date(2025, 12, 16),
        paid=[(date(2026, 1, 16), INST), (date(2026, 2, 16), INST)],
    )

    wl = worklist.build(wdesk)
    assert wl.is_workday and wl.fallback_years == ()
    assert by_loan(wl, a) == []  # class A calls only on the last working day before
    [item_c] = by_loan(wl, c)
    assert (item_c.kind, item_c.params["class"], item_c.params["number"], item_c.params["of"]) == (
        "reminder",
        "C",
        2,
        5,
    )
    assert item_c.window_start == time(9, 0) and item_c.amount_fen == INST
    assert item_c.params["due_on"] == "2026-03-20"
    [item_b] = by_loan(wl, b)
    assert (item_b.params["class"], item_b.params["number"], item_b.params["of"]) == ("B", 2, 3)
    [confirm] = by_loan(wl, due_today)
    assert confirm.kind == "confirm_due"
    assert (confirm.window_start, confirm.window_end) == (time(15, 0), time(16, 0))

    clock.set(2026, 3, 19)
    [item_a] = by_loan(worklist.build(wdesk), a)
    assert (item_a.kind, item_a.params["class"]) == ("reminder", "A")
    clock.set(2026, 3, 20)
    kinds = {i.loan_id: i.kind for i in worklist.build(wdesk).items}
    assert kinds[a] == kinds[c] == "confirm_due"


def test_welcome_and_first_instalment(wdesk: Desk) -> None:
    welcome = make_case(wdesk, disbursed=date(2026, 3, 14))  # a Saturday
    first = make_case(wdesk, disbursed=date(2026, 2, 20))  # first due Friday 20 March
    wl = worklist.build(wdesk)
    [w] = by_loan(wl, welcome)
    assert (w.kind, w.params["number"], w.params["of"]) == ("welcome", 1, 3)
    [f] = by_loan(wl, first)
    assert f.kind == "first_instalment"
    assert (f.params["number"], f.params["of"]) == (2, 3)
    assert f.window_start == time(13, 30)  # early afternoon: mornings miss people

    mark_done(wdesk, "first_instalment", first, f.ref)
    mark_done(wdesk, "welcome", welcome, w.ref)
    wl = worklist.build(wdesk)
    assert all(i.done for i in wl.items if i.loan_id in (first, welcome))
    mark_done(wdesk, "welcome", welcome, w.ref, undo=True)
    assert not by_loan(worklist.build(wdesk), welcome)[0].done


def test_promises_due_and_broken_with_the_amount_at_stake(wdesk: Desk) -> None:
    two_paid = [(date(2026, 1, 10), INST), (date(2026, 2, 10), INST)]
    due = make_case(wdesk, disbursed=date(2025, 12, 10), paid=two_paid)
    add_promise(
        wdesk, due, made_on=date(2026, 3, 13), promised_on=date(2026, 3, 16), amount_fen=INST
    )
    broken = make_case(
        wdesk,
        disbursed=date(2025, 12, 12),
        paid=[(date(2026, 1, 12), INST), (date(2026, 2, 12), INST)],
    )
    add_promise(
        wdesk, broken, made_on=date(2026, 3, 12), promised_on=date(2026, 3, 13), amount_fen=INST
    )
    partly = make_case(
        wdesk,
        disbursed=date(2025, 12, 12),
        paid=[(date(2026, 1, 12), INST), (date(2026, 2, 12), INST), (date(2026, 3, 13), 30_000)],
    )
    add_promise(
        wdesk, partly, made_on=date(2026, 3, 12), promised_on=date(2026, 3, 13), amount_fen=INST
    )

    wl = worklist.build(wdesk)
    [d] = by_loan(wl, due)
    assert (d.kind, d.reason, d.amount_fen) == ("promise_due", "promise_due", INST)
    [b] = by_loan(wl, broken)
    assert (b.kind, b.reason, b.amount_fen) == ("promise_broken", "promise_broken", INST)
    [p] = by_loan(wl, partly)
    assert (p.reason, p.amount_fen, p.params["paid_fen"]) == ("promise_partly_kept", 70_000, 30_000)
    # Promise cases are not repeated among the overdue bands.
    assert not any(i.kind == "collect" and i.loan_id in (due, broken, partly) for i in wl.items)


def test_overdue_bands_with_totals(wdesk: Desk) -> None:
    firsts = {
        "M1-1-5": date(2026, 2, 13),  # first due 13 Mar: 3 DPD
        "M1-6-20": date(2026, 2, 6),
        "M1-21-29": date(2026, 1, 19),
        "M2": date(2026, 1, 4),
        "M3": date(2025, 12, 5),
        "M3+": date(2025, 11, 6),
    }
    loans = {band: make_case(wdesk, disbursed=d) for band, d in firsts.items()}
    wl = worklist.build(wdesk)
    collect = wl.section(TaskKind.COLLECT)
    assert [i.band for i in collect] == list(firsts)
    assert all(i.loan_id == loans[i.band] for i in collect)
    assert [i.dpd for i in collect] == [3, 10, 25, 40, 70, 100]
    assert wl.band_totals == dict.fromkeys(firsts, 1)
    assert collect[0].reason == "collect_M1-1-5"


def test_callbacks_and_lost_contact(wdesk: Desk) -> None:
    loan = make_case(wdesk, disbursed=date(2026, 2, 6))
    cb = schedule_callback(wdesk, loan, datetime(2026, 3, 16, 15, 0, tzinfo=SH), "下午三点再打")
    schedule_callback(wdesk, loan, datetime(2026, 3, 17, 9, 0, tzinfo=SH), "tomorrow")
    lost = make_case(wdesk, disbursed=date(2026, 1, 19), phones=["13911112222"])
    set_register(wdesk, "phone", phones_of(wdesk, lost)[0].id, "status", "invalid")

    wl = worklist.build(wdesk)
    [c] = wl.section(TaskKind.CALLBACK)
    assert (c.ref, c.window_start, c.params["note"]) == (cb, time(15, 0), "下午三点再打")
    [t] = wl.section(TaskKind.TRACE)
    assert t.loan_id == lost and t.params["steps_done"] == 0
    assert not any(i.kind == "collect" and i.loan_id == lost for i in wl.items)

    steps = trace_checklist(wdesk, lost, "en")
    assert steps[0].code == "ask_contacts" and not steps[0].done
    assert steps[-1].company_only
    mark_done(wdesk, "trace", lost, "ask_contacts")
    assert trace_checklist(wdesk, lost)[0].done
    assert worklist.build(wdesk).section(TaskKind.TRACE)[0].params["steps_done"] == 1


def test_scope_is_the_collectors_own_cases_once_assigned(wdesk: Desk) -> None:
    mine = make_case(wdesk, disbursed=date(2026, 2, 6))
    other = make_case(wdesk, disbursed=date(2026, 2, 6))
    assert {i.loan_id for i in worklist.build(wdesk).items} == {mine, other}
    from collector_desk.services import case_state

    set_register(wdesk, "loan", mine, "assigned_to", "C001")
    set_register(wdesk, "loan", other, "assigned_to", "C002")
    with wdesk.unit() as s:
        case_state.refresh(s, [mine, other], wdesk.today())
    wl = worklist.build(wdesk)
    assert wl.scope == "C001"
    assert {i.loan_id for i in wl.items} == {mine}


def test_user_holiday_moves_the_plan_and_uncovered_year_warns(wdesk: Desk, clock: Clock) -> None:
    c = make_case(
        wdesk,
        disbursed=date(2025, 11, 20),
        paid=[(date(2025, 12, 22), INST), (date(2026, 1, 25), INST), (date(2026, 2, 20), INST)],
    )
    set_calendar_day(wdesk, date(2026, 3, 16), DayKind.HOLIDAY, "office closed")
    wl = worklist.build(wdesk)
    assert not wl.is_workday and by_loan(wl, c) == []

    clock.set(2099, 1, 5)
    wl = worklist.build(wdesk)
    assert 2099 in wl.fallback_years  # (and 2098: its last days precede 5 Jan)


def test_whole_portfolio_walk_picks_what_the_band_queries_pick(
    wdesk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index walk used for every case agrees with one query per band (small
    pages and bands, so the walk pages and bands fill up)."""
    import random
    from collections import Counter

    from collector_desk.services import worklist_sections
    from collector_desk.services.worklist_sections import Sections

    monkeypatch.setattr(worklist_sections, "PAGE", 7)
    monkeypatch.setattr(worklist_sections, "BAND_LIMIT", 4)
    from collector_desk.services.worklist_tasks import work_calendar

    rng = random.Random(3)
    for n in range(90):
        make_case(
            wdesk,
            disbursed=date(2026, 3, 10) - timedelta(days=rng.randint(20, 200)),
            inst=rng.choice((50_000, 100_000, 100_000, 230_000)),
            name=f"测试{n}",
        )
    with wdesk.read() as s:
        cal = work_calendar(s)
        walked = Sections(s, wdesk.today(), None, cal, cache_day=wdesk.today())
        queried = Sections(s, wdesk.today(), None, cal, cache_day=date(2000, 1, 1))
        assert walked.collect(set()) == queried.collect(set())
    key = [(r["band"], r["amount_fen"], r["loan_id"]) for r in walked.raw]
    assert len(key) > 7 and max(Counter(k[0] for k in key).values()) == 4
    assert key == [(r["band"], r["amount_fen"], r["loan_id"]) for r in queried.raw]
