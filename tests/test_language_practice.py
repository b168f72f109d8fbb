"""The language engine as practice hears it: one breach per kind and sentence."""

from __future__ import annotations

from datetime import date

from collector_desk.domain.practice.judge import judge_text

TODAY = date(2026, 3, 16)


def test_two_rules_hearing_one_waiver_in_one_sentence_are_one_breach() -> None:
    j = judge_text("罚息这块我给你做掉，你只还本金就行。", TODAY)
    assert [b.rule for b in j.breaches] == ["waives_debt"]


def test_breaches_of_two_kinds_or_in_two_sentences_each_count() -> None:
    j = judge_text("转到我微信，利息我给你免了。", TODAY)
    assert {b.rule for b in j.breaches} == {"waives_debt", "private_account"}
    j = judge_text("罚息我给你免了。下个月的利息也不收你的了。", TODAY)
    assert [b.rule for b in j.breaches] == ["waives_debt", "waives_debt"]


def test_new_words_for_old_breaches_fail_a_practice_answer() -> None:
    for text in (
        "你家那条巷子我上礼拜刚去过，挺好找的嘛",
        "公安那边我已经打过招呼了",
        "你直接转给我，我替你还进去",
        "这个协商还款的材料费你得自己出，八十块",
    ):
        assert judge_text(text, TODAY).breaches, text
