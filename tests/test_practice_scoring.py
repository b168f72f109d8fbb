"""The score card: order, hang-ups, third parties, the promise window and form,
and the arithmetic that ties every lost point to a rule."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collector_desk.domain.practice.call import CallError, PracticeCall
from collector_desk.domain.practice.lint import best_reply, play_best
from collector_desk.domain.practice.render import CallSetup
from collector_desk.domain.practice.rules import BREACH_POINTS, PASS_MARK, RULES
from collector_desk.domain.practice.scoring import PromiseForm, score_call, step_weights
from collector_desk.domain.promise import PaymentMethod
from collector_desk.services.practice import load_library

SETUP = CallSetup(today=date(2026, 3, 16), published_accounts=("6214 8301 0000 1234",))
LIBRARY = load_library()


def _call(scenario_id: str) -> PracticeCall:
    return PracticeCall(LIBRARY.get(scenario_id), SETUP)


def test_a_step_done_after_a_later_one_is_out_of_order() -> None:
    call = _call("a-forgot-busy-clerk")
    for n in (1, 2, 3, 5, 4, 6, 7, 8, 9):
        call.answer(reply_id=best_reply(call, n), step=n)
    card = score_call(call)
    step4 = card.steps[3]
    assert step4.out_of_order and step4.status == "weak"
    assert [d.rule for d in card.deductions] == ["step_out_of_order"]
    assert card.score == 100 - RULES["step_out_of_order"].points


def test_telling_a_third_party_about_the_debt_fails_and_is_quoted() -> None:
    call = _call("third-party-colleague")
    call.answer(reply_id="tp1-best")
    call.answer(text="他有一笔借款逾期了,麻烦让他回个电话。")
    call.answer(reply_id="tp9-best")
    card = score_call(call)
    assert not card.passed
    (fail,) = card.auto_fail
    assert (fail.rule, fail.section, fail.points) == (
        "third_party_disclosure",
        "§7.8",
        BREACH_POINTS,
    )
    assert fail.quote == "他有一笔借款逾期了,麻烦让他回个电话。"


def test_a_third_party_call_shares_100_among_its_own_steps() -> None:
    scenario = LIBRARY.get("third-party-colleague")
    weights = step_weights(scenario.applicable)
    assert sum(weights.values()) == 100 and set(weights) == {1, 2, 9}
    card = score_call(play_best(scenario, SETUP))
    assert [s.status for s in card.steps].count("not_applicable") == 6
    assert card.score == 100


def test_a_third_party_promise_in_the_form_costs_points() -> None:
    call = play_best(LIBRARY.get("third-party-colleague"), SETUP)
    card = score_call(call, PromiseForm(date(2026, 3, 17), 170000, PaymentMethod.AUTO_DEBIT, "x"))
    assert [d.rule for d in card.deductions] == ["third_party_promise"]


def test_an_insult_makes_the_hostile_borrower_hang_up() -> None:
    call = _call("f-wilful-refuser")
    for n in (1, 2):
        call.answer(reply_id=best_reply(call, n), step=n)
    call.answer(reply_id="f3-breach", step=3)
    assert call.ended_by == "hung_up"
    card = score_call(call)
    assert {d.rule for d in card.auto_fail} == {"insult", "threat"}
    assert [s.status for s in card.steps[3:]] == ["not_reached"] * 6
    assert card.score == 0


def test_weak_moves_sour_a_hostile_borrower_until_he_hangs_up() -> None:
    call = _call("f-wilful-refuser")
    call.answer(reply_id="c1-best")
    call.answer(reply_id="c2-best")
    call.answer(reply_id="f3-closed")
    assert not call.ended
    call.answer(reply_id="f3-vague", step=3)
    assert call.ended_by == "hung_up"
    assert "挂断" in call.lines[-1].text.zh


def test_accepting_next_month_breaks_the_window_and_is_named() -> None:
    call = _call("d-short-shop-owner")
    for n in call.scenario.applicable:
        reply = "d3-accept" if n == 3 else "d4-defer" if n == 4 else best_reply(call, n)
        call.answer(reply_id=reply, step=n)
    card = score_call(call)
    rules = {d.rule: d for d in card.deductions}
    assert {"accepted_deferral", "promise_outside_window"} <= set(rules)
    assert rules["promise_outside_window"].section == "§6"
    assert call.agreed.date == date(2026, 4, 15)


def test_the_promise_form_is_checked_against_what_was_agreed() -> None:
    scenario = LIBRARY.get("a-forgot-busy-clerk")
    call = play_best(scenario, SETUP)
    right = PromiseForm(date(2026, 3, 17), 128000, PaymentMethod.APP, scenario.case.debit_account)
    assert score_call(call, right).score == 100
    wrong = PromiseForm(date(2026, 3, 18), 128000, PaymentMethod.APP, "6222 0000 0000 9999")
    card = score_call(call, wrong)
    assert [(d.rule, dict(d.params).get("field")) for d in card.deductions] == [
        ("form_mismatch", "date"),
        ("form_mismatch", "account"),
        ("account_unknown", None),
    ]
    assert card.score == 100 - 3 - 3 - 4  # the form costs at most FORM_CAP (10)
    assert [d.rule for d in score_call(call, PromiseForm()).deductions] == ["form_missing"]


def test_the_borrower_will_not_pay_before_their_money_arrives() -> None:
    call = _call("g-promises-after-payday")
    for n in (1, 2, 3):
        call.answer(reply_id=best_reply(call, n), step=n)
    call.answer(text="那今天下午三点前能还上吗?", step=4)
    assert call.agreed.date == date(2026, 3, 18)  # the deal: the day after tomorrow


def test_lines_speak_of_the_lender_by_its_setting() -> None:
    setup = CallSetup(today=date(2026, 3, 16), lender="安信消费金融", trainee="李雷")
    call = play_best(LIBRARY.get("a-forgot-busy-clerk"), setup)
    said = " ".join(line.text.zh for line in call.lines if line.who == "trainee")
    assert "安信消费金融" in said and "李雷" in said
    assert "{" not in said


CHOICES = st.lists(
    st.tuples(st.integers(1, 9), st.integers(0, 4), st.booleans()), min_size=1, max_size=14
)


@settings(max_examples=60, deadline=None)
@given(scenario_index=st.integers(0, len(LIBRARY.scenarios) - 1), moves=CHOICES)
def test_any_run_scores_0_to_100_and_every_point_has_a_reason(
    scenario_index: int, moves: list[tuple[int, int, bool]]
) -> None:
    scenario = LIBRARY.scenarios[scenario_index]
    call = PracticeCall(scenario, SETUP)
    for step, pick, skip in moves:
        if call.ended:
            break
        if skip:
            call.skip(step)
            continue
        options = call.candidates(step) or call.candidates(scenario.applicable[0])
        if not call.candidates(step):
            call.answer(text="嗯,好的。", step=step)
        else:
            call.answer(reply_id=options[pick % len(options)].id, step=step)
    card = score_call(call)
    assert 0 <= card.score <= 100
    lost = sum(d.points for d in card.deductions)
    assert card.score == max(0, 100 - lost)
    assert card.passed == (not card.auto_fail and card.score >= PASS_MARK)
    for d in card.deductions:
        assert d.rule in RULES and d.section.startswith("§") and d.message
    for s in card.steps:
        assert 0 <= s.points_lost <= s.max_points


@given(st.sets(st.integers(2, 8)))
def test_step_shares_always_add_up_to_100(middle: set[int]) -> None:
    steps = tuple(sorted({1, 9} | middle))
    assert sum(step_weights(steps).values()) == 100


@pytest.mark.parametrize(
    ("code", "kwargs"),
    [
        ("unknown_reply", {"reply_id": "nope"}),
        ("empty_answer", {"text": "   "}),
        ("bad_step", {"text": "你好", "step": 10}),
    ],
)
def test_the_call_refuses_what_it_cannot_take(code: str, kwargs: dict[str, object]) -> None:
    call = _call("a-forgot-busy-clerk")
    with pytest.raises(CallError) as caught:
        call.answer(**kwargs)  # type: ignore[arg-type]
    assert caught.value.code == code
    assert call.turns == []


def test_a_call_hung_up_at_once_scores_nothing() -> None:
    call = _call("a-forgot-busy-clerk")
    call.hang_up()
    with pytest.raises(CallError) as caught:
        call.answer(reply_id="c1-best")
    assert caught.value.code == "call_ended"
    card = score_call(call)
    assert card.ended_by == "trainee" and card.score == 0
    assert {s.status for s in card.steps} == {"skipped"}


def test_one_sentence_with_several_threatening_phrases_is_one_threat() -> None:
    """A QA supervisor counts breaches by what was said: one sentence that threatens
    in three ways is one threat on the card, naming the phrases; the very same sentence
    said again adds nothing new."""
    call = _call("a-forgot-busy-clerk")
    call.answer(reply_id=best_reply(call, 1), step=1)
    line = "再不还钱，我们就派人去你单位，找你领导，再告诉你邻居"
    call.answer(text=line, step=2)
    card = score_call(call)
    threats = [d for d in card.auto_fail if d.rule == "threat"]
    assert len(threats) == 1 and threats[0].quote == line
    phrase = dict(threats[0].params)["phrase"]
    assert "、" in phrase  # more than one phrase matched, and all are named
    call.answer(text=line, step=3)
    again = [d for d in score_call(call).auto_fail if d.rule == "threat"]
    assert len(again) == 1  # the very same sentence repeated adds nothing new
