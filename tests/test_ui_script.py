"""The trainer-editable call script: its file is complete and well-formed, its
placeholders are filled from the case, and a broken file says where."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from collector_desk.domain.call_flow import STEP_COUNT, STEP_FIELD, Objection
from collector_desk.paths import resource
from collector_desk.ui.desk.script import (
    KNOWN_PLACEHOLDERS,
    ScriptError,
    fill,
    honorific,
    load,
    parse,
    say_amount,
    say_date,
)

DEBT_PLACEHOLDERS = {
    "loan_date",
    "due_date",
    "dpd",
    "instalment_amount",
    "overdue_amount",
    "outstanding_amount",
    "debit_bank",
    "debit_tail",
    "promise_date",
    "promise_amount",
    "promise_method",
    "promise_account",
}


def test_shipped_script_has_nine_steps_seven_branches_and_a_third_party_script():
    script = load()
    assert [s.number for s in script.steps] == list(range(1, STEP_COUNT + 1))
    assert {s.number: s.fills for s in script.steps if s.fills} == STEP_FIELD
    assert [b.code for b in script.objections] == list(Objection)
    assert all(b.say and b.technique["zh_CN"] and b.technique["en"] for b in script.objections)
    assert script.third_party
    assert script.placeholders() <= KNOWN_PLACEHOLDERS
    # Every placeholder the file documents is one the app fills, and the reverse.
    documented = set(
        json.loads(resource("scripts", "nine_steps.json").read_text("utf-8"))["placeholders"]
    )
    assert documented == KNOWN_PLACEHOLDERS


def test_third_party_script_mentions_no_debt_detail():
    script = load()
    for step in script.third_party:
        texts = [t for group in (step.say, step.tips) for x in group for t in x.values()]
        texts += list(step.title.values()) + list(step.goal.values())
        used = {p for t in texts for p in re.findall(r"\{([a-z_]+)\}", t)}
        assert not used & DEBT_PLACEHOLDERS, step.key
        assert not any("¥" in t or "元" in t for t in texts)


def test_step_one_verifies_before_any_debt_detail():
    step1 = load().steps[0]
    used = {p for x in step1.say for t in x.values() for p in re.findall(r"\{([a-z_]+)\}", t)}
    assert not used & DEBT_PLACEHOLDERS


def _data():
    return json.loads(resource("scripts", "nine_steps.json").read_text("utf-8"))


def test_a_missing_english_text_is_reported_with_its_place():
    data = _data()
    del data["steps"][4]["say"][0]["en"]
    with pytest.raises(ScriptError, match=r"step 5\.say\[0\]"):
        parse(data)


def test_a_step_that_fills_the_wrong_field_is_refused():
    data = _data()
    data["steps"][3]["fills"] = "amount"
    with pytest.raises(ScriptError, match=r"step 4 must have \"fills\": \"date\""):
        parse(data)


def test_a_missing_word_is_refused():
    data = _data()
    del data["words"]["title_female"]
    with pytest.raises(ScriptError, match=r"words\.title_female"):
        parse(data)


def test_a_missing_objection_is_refused():
    data = _data()
    data["objections"] = [o for o in data["objections"] if o["code"] != "E"]
    with pytest.raises(ScriptError, match="lack E"):
        parse(data)


def test_fill_keeps_unknown_placeholders_visible():
    assert fill("{lender} {nonsense}", {"lender": "示例"}) == "示例 {nonsense}"


def test_words_in_each_language():
    today = date(2026, 3, 16)
    assert say_date(date(2026, 3, 18), "zh_CN", today) == "3月18日"
    assert say_date(date(2025, 12, 1), "zh_CN", today) == "2025年12月1日"
    assert say_date(date(2026, 3, 18), "en", today) == "18 March"
    assert say_amount(123456, "zh_CN") == "1,234.56元"
    assert say_amount(123456, "en") == "¥1,234.56"
    script = load()
    assert honorific(script, "王小明", "王", "M", "zh_CN") == "王先生"
    assert honorific(script, "欧阳娜娜", "欧阳", "F", "zh_CN") == "欧阳女士"
    assert honorific(script, "王小明", "王", "M", "en") == "Mr Wang"
    assert honorific(script, "欧阳娜娜", "欧阳", "F", "en") == "Ms Ouyang"
    assert honorific(script, "王小明", "王", None, "zh_CN") == "王小明"
    assert honorific(script, "仉小明", "仉", "M", "en") == "Mr 仉"  # not in the list
