"""Session 7 scope cases of the language engine: a question echoed back and
denied, a negator inside a word ("特别"), who is asked for by name."""

from __future__ import annotations

import pytest

from collector_desk.domain.language import Addressee, engine


def _cats(text: str, who: Addressee = Addressee.BORROWER) -> set[str]:
    return {h.category for h in engine().hits(text, who)}


@pytest.mark.parametrize(
    "text",
    [
        "我去你家？我天天坐办公室呢，你别多想",
        "您说我们的人要去您家？没有这回事，我们从来不上门",
    ],
)
def test_a_threat_echoed_as_a_question_and_denied_is_no_threat(text: str) -> None:
    assert "threat" not in _cats(text)


def test_a_question_that_is_not_denied_still_counts() -> None:
    assert "threat" in _cats("不还是吧？我们明天就去你家")
    # the denial must follow the question, not stand anywhere
    assert "threat" in _cats("没有这回事。我们明天就去你家？")


def test_a_negator_inside_a_word_is_no_negation() -> None:
    # 特别 holds 别, which is no "don't" here
    assert "empathy" in _cats("我特别能理解您现在的心情")
    assert "empathy" not in _cats("我不能理解你为什么一个月都不接电话")


def test_asking_a_known_third_party_for_the_borrower_is_no_verification() -> None:
    assert "verification" in _cats("请问张敏在吗？", Addressee.UNVERIFIED)
    assert "verification" not in _cats("請問李先生在嗎？麻煩他回個電話給我", Addressee.THIRD_PARTY)
    assert "verification" not in _cats(
        "Are you his sister? He owes us eight thousand.", Addressee.THIRD_PARTY
    )


def test_reassurance_about_the_process_is_no_empathy() -> None:
    assert "empathy" not in _cats("您放心，還款以後系統會自動更新")
    assert "empathy" not in _cats("Don't worry, the app will update automatically.")
    assert "empathy" in _cats("先别慌，我们一起想办法")
    # the labelling convention (tests/blind/LABELS.md): policy reassurance is empathy
    # only where the line shows the worry it answers
    assert "empathy" not in _cats("您放心，您的信息我们绝对保密，不会告诉任何人")
    assert "empathy" in _cats("您是担心信息泄露吧？您放心，您的信息我们绝对保密")
    assert "empathy" in _cats("你是不是怕我们找上门？不会的，我们不上门")


def test_a_scam_warning_names_no_breach() -> None:
    for text in (
        "如果有人让您转到私人账户，那都是诈骗，千万别转",
        "如果有人跟您要手续费，那肯定是骗子",
        "有人找您收费的话，那都是假的",
    ):
        assert _cats(text) & {"private_account", "insult", "fee", "threat"} == set(), text
