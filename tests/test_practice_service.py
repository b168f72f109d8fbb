"""Attempts are kept per trainee in the real database; progress sums them up."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from collector_desk.domain.practice.call import PracticeCall
from collector_desk.domain.practice.lint import best_reply, play_best
from collector_desk.domain.practice.scoring import score_call
from collector_desk.services import practice
from collector_desk.services.context import Desk
from collector_desk.store.models import Call, Loan, PracticeAttempt

LIBRARY = practice.load_library()


def _save(desk: Desk, trainee: str, call: PracticeCall, minutes: int) -> str:
    started = datetime(2026, 3, 16, 1, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    return practice.save_attempt(
        desk, trainee=trainee, call=call, card=score_call(call), started_at=started
    ).attempt_id


def test_setup_comes_from_the_settings(desk: Desk, today: date) -> None:
    desk.set_settings(lender_name="安信消费金融", promise_window_days=5)
    setup = practice.call_setup(desk)
    assert (setup.lender, setup.trainee, setup.window_days, setup.today) == (
        "安信消费金融",
        "测试员",
        5,
        today,
    )
    assert setup.published_accounts == ("招商银行 6214830100001234",)


def test_attempts_are_kept_per_trainee_and_never_touch_cases(desk: Desk) -> None:
    setup = practice.call_setup(desk)
    a = LIBRARY.get("a-forgot-busy-clerk")
    good = play_best(a, setup)
    weak = play_best(a, setup, at=4, reply_id="a4-open")
    _save(desk, "小张", good, 0)
    _save(desk, "小张", weak, 10)
    _save(desk, "小刘", good, 5)

    rows = practice.attempts(desk, "小张")
    assert [r.score for r in rows] == [100, score_call(weak).score]
    assert rows[0].started_at < rows[1].started_at
    assert rows[0].finished_at is not None and rows[0].finished_at.tzinfo is not None
    assert practice.trainees(desk) == ("小刘", "小张")
    with desk.read() as s:
        assert s.scalar(select(func.count()).select_from(PracticeAttempt)) == 3
        assert s.scalar(select(func.count()).select_from(Call)) == 0
        assert s.scalar(select(func.count()).select_from(Loan)) == 0


def test_the_stored_card_holds_the_transcript(desk: Desk) -> None:
    call = play_best(LIBRARY.get("c-travelling-sales-manager"), practice.call_setup(desk))
    attempt_id = _save(desk, "小张", call, 0)
    card = practice.attempt_card(desk, attempt_id)
    assert card["score"] == 100 and card["scenario"] == "c-travelling-sales-manager"
    assert card["transcript"][0]["who"] == "borrower"
    assert len(card["transcript"]) == len(call.lines)


def test_progress_shows_steps_kept_and_the_rules_broken_most(desk: Desk) -> None:
    setup = practice.call_setup(desk)
    a = LIBRARY.get("a-forgot-busy-clerk")
    skip_readback = PracticeCall(a, setup)
    for n in a.applicable:
        if n == 8:
            skip_readback.skip(8)
        else:
            skip_readback.answer(reply_id=best_reply(skip_readback, n), step=n)
    _save(desk, "小王", skip_readback, 0)
    _save(desk, "小王", play_best(a, setup, at=4, reply_id="a4-breach"), 1)
    _save(desk, "小王", play_best(a, setup), 2)

    stats = practice.progress(desk, "小王")
    assert len(stats.attempts) == 3
    assert stats.passed == 2
    assert stats.best == 100
    assert stats.step_kept[8] == 66  # kept in two attempts of three
    assert stats.step_kept[1] == 100
    counts = {r.rule: r.count for r in stats.rules}
    assert counts == {"step_skipped": 1, "forbidden_phrase": 1, "time_not_specific": 1}
    assert stats.rules[0].section.startswith("§")


def test_progress_of_nobody_is_empty(desk: Desk) -> None:
    stats = practice.progress(desk, "无人")
    assert stats.attempts == () and stats.best is None and stats.rules == ()
