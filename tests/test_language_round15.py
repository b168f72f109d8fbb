"""Round 15 of the language engine (session 9): ways of saying a thing that no word
class holds by itself. English words inside a Chinese sentence, the borrower's words
reported in a note, scam warnings, the borrower's yes after a verification question,
and a fee named as a bare question before the sentence that waives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from collector_desk.domain.language import Addressee, engine
from collector_desk.domain.language.normalise import mixed_words

DATA = Path(__file__).parent / "data"


def _cats(text: str, who: Addressee = Addressee.BORROWER) -> set[str]:
    return {h.category for h in engine().hits(text, who)}


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("我们 team 就直接去你 office 找你", "我们团队就直接去你公司找你"),
        (
            "你今天把 principal 还了，interest 那块我帮你 waive 掉",
            "你今天把本金还了,利息那块我帮你免掉",
        ),
        ("先 verify 一下，您是李明本人对吧？", "先核实一下,您是李明本人对吧?"),
        # the longest word first, and whole words only
        ("交个 late fee 就行", "交个滞纳金就行"),
        ("用 App 还款", "用 app 还款"),
        # a sentence without Chinese keeps its English for the English rules, and so
        # does an English sentence with a Chinese name in it
        ("We will call your office.", "we will call your office."),
        ("Please ask him to call 小王 back.", "please ask him to call 小王 back."),
    ],
)
def test_english_words_in_a_chinese_sentence_are_heard_in_chinese(typed: str, seen: str) -> None:
    assert engine().normalise(typed) == seen


def test_mixed_words_keep_word_edges() -> None:
    put = mixed_words({"fee": "费", "late fee": "滞纳金", "pay": "还"})
    assert put is not None
    assert put("payday 那天 pay 一下 late fee") == "payday 那天 还 一下 滞纳金"
    assert mixed_words({}) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("你这个月再不处理，我们 team 就直接去你 office 找你", "threat"),
        ("你今天把 principal 还了，interest 那块我帮你 waive 掉", "waiver"),
        ("我们 legal team 已经 file 了 criminal case", "impersonation"),
        ("你用 Alipay 转给我个人就 OK 了", "private_account"),
    ],
)
def test_a_mixed_line_is_judged(text: str, category: str) -> None:
    assert category in _cats(text)


def test_we_will_not_visit_your_office_stays_clean() -> None:
    assert "threat" not in _cats("我们不会去你 office 找你")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("客户称催收员威胁要去他单位，已上报主管核查", "threat"),
        ("客户说已经报警了，称我们涉嫌骚扰", "impersonation"),
        ("客户说他已经跟他老婆说了欠款的事", "disclosure"),
        ("客户问要不要交手续费，已告知没有任何手续费", "fee"),
    ],
)
def test_the_borrowers_words_reported_in_a_note_are_no_breach(text: str, category: str) -> None:
    assert category not in _cats(text, Addressee.RECORD)


def test_the_writers_own_clause_after_the_borrowers_words_is_judged() -> None:
    # what the borrower said, then what the collector did: the second half counts
    assert "threat" in _cats("客户称没钱，我告诉他不还就去他单位找领导", Addressee.RECORD)
    assert "disclosure" in _cats("客户说没钱，已致电其母亲，告知他欠款逾期", Addressee.RECORD)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("有人说交钱能修复征信，那是骗局", "fee"),
        ("如果有人自称我们公司的人要上门收钱，请不要相信，直接报警", "threat"),
        ("有的平台说还一半就能结清，那都是骗人的", "waiver"),
        ("If someone asks you to pay a fee to clear your record, it's a scam.", "fee"),
    ],
)
def test_a_scam_warning_names_no_breach(text: str, category: str) -> None:
    assert category not in _cats(text)


def test_without_the_warning_the_same_words_are_a_breach() -> None:
    assert "fee" in _cats("交钱能修复征信")
    # "报警" alone is no warning: a threat that mentions it still counts
    assert "threat" in _cats("有人会去你家找你，不还就别怪我们")


def test_a_yes_heard_after_verifying_lets_the_call_go_on() -> None:
    said = "您是王强先生对吧？好的，王先生，您这笔借款已经逾期四十天了"
    got = _cats(said, Addressee.UNVERIFIED)
    assert "verification" in got and "disclosure" not in got
    # no yes heard: the debt is named to someone not yet verified
    assert "disclosure" in _cats(
        "您是王强先生对吧？您这笔借款已经逾期四十天了", Addressee.UNVERIFIED
    )
    # a yes with no verification before it verifies nobody
    assert "disclosure" in _cats("您好。好的，您这笔借款已经逾期了", Addressee.UNVERIFIED)


def test_a_fee_named_as_a_question_is_read_with_the_next_sentence() -> None:
    assert "waiver" in _cats("违约金？小意思，不用交了")
    assert "waiver" not in _cats("违约金？这个不能免")
    # the borrower's words echoed and denied stay the borrower's
    assert "threat" not in _cats("上门？不会的，我们不上门，您放心")


def test_dev18_is_kept_apart() -> None:
    # written with dev17 and never tuned on (resources/language/README.md): no test
    # holds its figures, so it stays a first-run measure of round 15
    rows = [
        line
        for line in (DATA / "language_dev18.tsv").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert len(rows) >= 100
