"""What a practice call says, as a trainee reads it: no "我是…客服专员我" without a
collector name, full-width punctuation in every Chinese line, amounts as spoken."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from collector_desk.domain.practice.call import PracticeCall
from collector_desk.domain.practice.lint import best_reply
from collector_desk.domain.practice.render import CallSetup
from collector_desk.domain.practice.scoring import score_call
from collector_desk.services.practice import load_library

LIBRARY = load_library()
IDS = [s.id for s in LIBRARY.scenarios]
NAMED = CallSetup(today=date(2026, 3, 16), lender="示例消费金融", trainee="小王")
NAMELESS = replace(NAMED, trainee="")
CJK = "\u4e00-\u9fff"
HALF = re.compile(rf"[{CJK}]\s*[,:;?!()]|[,:;?!()]\s*[{CJK}]")
DIGIT_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d\d)?\s*元")


def every_line(scenario_id: str, setup: CallSetup) -> list[tuple[str, str]]:
    """(zh, en) of every candidate reply and every line of the best call."""
    scenario = LIBRARY.get(scenario_id)
    call = PracticeCall(scenario, setup)
    out: list[tuple[str, str]] = []
    while not call.ended:
        out += [(c.text.zh, c.text.en) for c in call.candidates()]
        call.answer(reply_id=best_reply(call, call.next_step))
    out += [(line.text.zh, line.text.en) for line in call.lines]
    return out


@pytest.mark.parametrize("scenario_id", IDS)
def test_without_a_collector_name_the_trainee_is_the_role_not_me(scenario_id: str) -> None:
    for zh, en in every_line(scenario_id, NAMELESS):
        assert "专员我" not in zh and "{me}" not in zh and "{me}" not in en
        assert "This is ," not in en and "call  at" not in en
    named = " ".join(zh for zh, _ in every_line(scenario_id, NAMED))
    if "{me}" in str(LIBRARY.get(scenario_id)) or "专员" in named:
        assert "小王" in named


def test_the_opening_reads_naturally_with_and_without_a_name() -> None:
    scenario = LIBRARY.get("a-forgot-busy-clerk")
    nameless = PracticeCall(scenario, NAMELESS).candidates(1)
    named = PracticeCall(scenario, NAMED).candidates(1)
    best_zh = [c.text.zh for c in nameless if "客服专员" in c.text.zh]
    assert best_zh and all("客服专员，" in z for z in best_zh)
    assert any("This is customer service at" in c.text.en for c in nameless)
    assert any("客服专员小王，" in c.text.zh for c in named)


@pytest.mark.parametrize("scenario_id", IDS)
def test_chinese_lines_use_full_width_punctuation_and_spoken_amounts(scenario_id: str) -> None:
    for zh, en in every_line(scenario_id, NAMED):
        assert not HALF.search(zh), zh
        assert not DIGIT_AMOUNT.search(zh), zh
        assert ".00 yuan" not in en, en


@pytest.mark.parametrize("scenario_id", IDS)
def test_the_best_call_still_scores_with_spoken_amounts(scenario_id: str) -> None:
    scenario = LIBRARY.get(scenario_id)
    call = PracticeCall(scenario, NAMELESS)
    while not call.ended:
        call.answer(reply_id=best_reply(call, call.next_step))
    card = score_call(call)
    assert card.passed and card.score >= 90, card.deductions


def test_an_unanswered_objection_reads_as_a_sentence() -> None:
    from collector_desk.ui.practice.texts import rule_message

    text = rule_message(
        "objection_unanswered",
        {"objection": "atm_failed", "expected": "other way to pay or date"},
    )
    assert text == (
        "The objection \u201cThe machine failed\u201d was not answered: no other way to pay or date"
    )
