"""Typed answers in Chinese and English are judged by the same explainable rules."""

from __future__ import annotations

from datetime import date

import pytest

from collector_desk.domain.compliance import findings
from collector_desk.domain.practice.judge import judge_text, quote

TODAY = date(2026, 3, 16)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "您好,请问是陈静女士吗?我是示例消费金融的小李,现在方便说话吗?",
            {"greet", "verify", "introduce", "good_time"},
        ),
        (
            "Hello, am I speaking with Ms Chen? This is Li calling from Example Finance. Is this a good time?",
            {"greet", "verify", "introduce", "good_time"},
        ),
        ("那您看今天下午还是明天上午?", {"either_or", "date", "specific_time"}),
        (
            "Would this afternoon or tomorrow morning suit you?",
            {"either_or", "date", "specific_time"},
        ),
        ("您打算什么时候还?", {"open_question"}),
        ("When are you going to pay?", {"open_question"}),
        ("合同约定每月等额还款,逾期会影响征信。", {"contract", "credit"}),
        (
            "The contract sets monthly instalments and late payment hurts your credit record.",
            {"contract", "credit"},
        ),
        ("借款人是您本人,还款责任在您。", {"liable"}),
        ("You are the borrower, so you are responsible.", {"liable"}),
        ("还款后请第一时间给我们回个电话。", {"call_after_paying"}),
        ("Please call us as soon as you have paid.", {"call_after_paying"}),
        ("能不能先还一部分?", {"part_payment"}),
        ("Could you pay part of it now?", {"part_payment"}),
        ("麻烦您转告他回个电话。", {"callback_request"}),
        ("Could you ask him to call me back?", {"callback_request"}),
        ("那下个月一起还也可以。", {"accept_deferral"}),
        ("Paying next month is fine.", {"accept_deferral"}),
    ],
)
def test_acts_in_both_languages(text: str, acts: set[str]) -> None:
    assert acts <= judge_text(text, TODAY).acts


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("随便你,爱还不还。", "forbidden_phrase"),
        ("你懂不懂借贷的规则?", "forbidden_phrase"),
        ("这不关我的事。", "forbidden_phrase"),
        ("你没钱就说嘛。", "forbidden_phrase"),
        ("你不要让我以后再打电话过来,否则你会很难看。", "forbidden_phrase"),
        ("Suit yourself.", "forbidden_phrase"),
        ("That's not my problem.", "forbidden_phrase"),
        ("我是招商银行的工作人员。", "claims_bank"),
        ("I'm from the bank.", "claims_bank"),
        ("我就是法院派来的。", "claims_judicial"),
        ("This is the police.", "claims_judicial"),
        ("我是律师,准备起诉你。", "claims_judicial"),
        ("再不还我们就通知你单位领导。", "threat"),
        ("We know where you live.", "threat"),
        ("你这个老赖。", "insult"),
        ("You idiot.", "insult"),
        ("直接转到我微信上。", "private_account"),
        ("Transfer it to my personal account.", "private_account"),
        ("需要交200元加急费。", "charges_fee"),
        ("You'll have to pay a handling fee of 100 yuan.", "charges_fee"),
        ("罚息我给您免了。", "waives_debt"),
        ("I'll waive the late fee.", "waives_debt"),
    ],
)
def test_breaches_are_named_and_quoted(text: str, rule: str) -> None:
    breaches = judge_text(text, TODAY).breaches
    assert rule in {b.rule for b in breaches}
    assert all(b.quote and b.quote in text for b in breaches)


@pytest.mark.parametrize(
    "text",
    [
        "我是示例消费金融的客服,您尾号1234的银行卡今天扣款没有成功。",
        "您可以用手机银行转账到公司公布的还款账户。",
        "为了以免产生更多罚息,请尽快还款。",
        "我们不是骗子,您可以打官方客服电话核实。",
        "This is Wang from Example Finance, about your bank card.",
        "Please transfer it to the company's published account.",
        "That sounds familiar; move closer to the window.",
    ],
)
def test_ordinary_collector_speech_is_not_a_breach(text: str) -> None:
    assert judge_text(text, TODAY).breaches == ()
    assert findings(text) == []


def test_quote_returns_the_sentence_that_holds_the_phrase() -> None:
    text = "您好。随便你吧,我不管了!再见。"
    assert quote(text, "随便你") == "随便你吧,我不管了!"


def test_same_text_same_judgement() -> None:
    text = "那就明天下午三点前通过APP还1,280元,从尾号4521的卡扣,对吗?"
    assert judge_text(text, TODAY) == judge_text(text, TODAY)


def test_the_docs_name_every_rule_and_act() -> None:
    from pathlib import Path

    from collector_desk.domain.practice.judge import known_acts
    from collector_desk.domain.practice.rules import RULES
    from collector_desk.domain.practice.schema import PSEUDO_ACTS

    doc = (Path(__file__).parent.parent / "docs" / "practice.md").read_text(encoding="utf-8")
    missing = [name for name in (*RULES, *known_acts(), *PSEUDO_ACTS) if f"`{name}`" not in doc]
    assert missing == []


def test_the_back_off_credits_an_either_or_only_where_a_choice_is_offered() -> None:
    from collector_desk.domain.practice.judge import hits_of

    # an open question offers no choice, whatever the model's score
    assert "either_or" not in {h.category for h in hits_of("那您想哪天还？")}
    # a learned breach never reaches practice scoring (it would fail the call)
    assert all(
        not h.rule.id.startswith("learned.") or h.category == "either_or"
        for h in hits_of("电话里说：你家里人出门的时候小心点")
    )
