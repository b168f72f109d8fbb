"""Round 17 of the language engine (session 10): structure before word lists. Key words
typed partly in pinyin, regional forms, verification that the debt talk right after it
undoes, either-or and read-back from what a promise is made of, and the new families of
threat, insult, impersonation, private account and fee. Every rule example runs in
`collector-desk check` too; these hold the structural parts and the new set's figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from collector_desk.domain.language import Addressee, engine
from collector_desk.domain.language.normalise import pinyin_words

DATA = Path(__file__).parent / "data"


def _cats(text: str, who: Addressee = Addressee.BORROWER) -> set[str]:
    return {h.category for h in engine().hits(text, who)}


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("你再不还，我们就让jing察叔叔来找你", "你再不还,我们就让警察叔叔来找你"),
        ("法yuan的传piao这两天就到", "法院的传票这两天就到"),
        ("ni再不还，我们就去你单wei闹", "你再不还,我们就去你单位闹"),
        ("你真不要lian", "你真不要脸"),
        # English keeps its words: a syllable touching other Latin letters is no pinyin
        ("Please ask him to call 小王 back.", "please ask him to call 小王 back."),
        ("我用wechat转你", "我用wechat转你"),
        # regional forms: Wu, northern, Cantonese
        ("侬今朝还还是明朝还？", "你今天还还是明天还?"),
        ("咱今儿整还是明儿整？", "咱今天整还是明天整?"),
        ("请问系唔系陈志华先生本人呀？", "请问是不是陈志华先生本人呀?"),
    ],
)
def test_pinyin_and_regional_forms_reach_the_rules_as_characters(typed: str, seen: str) -> None:
    assert engine().normalise(typed) == seen


def test_a_pinyin_table_needs_one_syllable_per_character_and_whole_words() -> None:
    put_back = pinyin_words({"警察": "jing cha", "你": "ni"})
    assert put_back is not None
    assert put_back("叫jingcha来") == "叫警察来"
    assert put_back("jing察") == "警察"
    # "ni" inside an English word, or with no Chinese beside it, stays
    assert put_back("denim 很好") == "denim 很好"
    assert put_back("ni hao") == "ni hao"
    assert put_back("ni再不还") == "你再不还"


@pytest.mark.parametrize(
    "text",
    [
        "喂，是李先生吗？您在我们平台的一万二已经逾期了。",
        "Hi, is this Mark? Your loan with us is past due and we need payment today.",
        "您是本人吗？不是？那麻烦转告他，他这期1280元没还，已经逾期五天。",
    ],
)
def test_a_verification_question_with_the_debt_told_before_any_answer_verifies_nobody(
    text: str,
) -> None:
    got = _cats(text, Addressee.UNVERIFIED)
    assert "disclosure" in got
    assert "verification" not in got


def test_the_borrowers_yes_still_verifies_before_the_debt() -> None:
    got = _cats("您是王强先生对吧？好的，王先生，您这期的两千元还没还。", Addressee.UNVERIFIED)
    assert "verification" in got
    assert "disclosure" not in got


@pytest.mark.parametrize(
    ("text", "cats"),
    [
        ("十五号或者十六号，您看哪个靠谱？", {"either_or"}),
        ("要不今天中午，要不今天下班后，您说了算。", {"either_or"}),
        ("明天或者后天我会再联系您。", set()),
        ("不过扣款日还是十五号。", set()),
        ("咱再捋一遍啊：后天晌午，一千五，APP里还，没毛病吧？", {"readback"}),
        ("我重复一下，逾期会影响征信。", set()),
        ("咱先整一半，剩下那半月底再整。", {"part_payment"}),
        ("您别骂自己了，谁都有难的时候。", {"empathy"}),
        ("您别着急挂电话，我还有一件事没说完。", set()),
    ],
)
def test_the_acts_from_what_a_promise_is_made_of(text: str, cats: set[str]) -> None:
    acts = {"either_or", "readback", "part_payment", "empathy"}
    assert _cats(text) & acts == cats


@pytest.mark.parametrize(
    ("text", "cat"),
    [
        ("你们学校家长群里，总有人愿意听听这种故事。", "threat"),
        ("你知道接下来会发生什么的，我就不多说了。", "threat"),
        ("你那个小卖部开在哪条街，我们闭着眼都能找到。", "threat"),
        ("就你这智商，怪不得混成这样。", "insult"),
        ("哇，好厉害哦，借钱不还的本事一流。", "insult"),
        ("派出所已经在找你了，你最好自己去说清楚。", "impersonation"),
        ("钱你直接给我们组长就行，他私人收。", "private_account"),
        ("逾期材料整理费两百，这个必须交。", "fee"),
        ("你拿五千，这事儿就拉倒了。", "waiver"),
    ],
)
def test_the_new_families_hear_a_breach_said_in_everyday_words(text: str, cat: str) -> None:
    assert cat in _cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "您的邻居、同事都不会知道这件事，我们只跟本人沟通。",
        "欠款属于民事纠纷，警察不会上门抓人。",
        "请一定通过App还款，别转给我们任何员工。",
        "银行跨行转账可能收几块钱手续费，那是银行收的。",
        "罚息不会因为晚几天就取消。",
        "您真厉害，这么快就还上了。",
    ],
)
def test_lawful_and_refusing_lines_stay_clean(text: str) -> None:
    breaches = {"threat", "insult", "impersonation", "private_account", "fee", "waiver"}
    assert _cats(text) & breaches == set()


def _figures(path: Path) -> dict[str, tuple[float, float]]:
    eng = engine()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            labels, who, text = line.split("\t", 2)
            rows.append((set() if labels == "-" else set(labels.split(",")), Addressee(who), text))
    cats = sorted({c for labels, _, _ in rows for c in labels})
    out = {}
    for c in cats:
        tp = fp = fn = 0
        for labels, who, text in rows:
            got = c in {h.category for h in eng.hits(text, who)}
            tp += got and c in labels
            fp += got and c not in labels
            fn += (not got) and c in labels
        out[c] = (tp / max(1, tp + fp), tp / max(1, tp + fn))
    return out


# dev20 was written before round 17 and tuned on; probe6 was written blind and is spent.
# Their breaches are held at 0.9 both ways (the acts are left to bench/judge.py: their
# labels follow conventions the two writers did not share in every line).
@pytest.mark.parametrize("name", ["dev20", "probe6"])
def test_the_breaches_of_dev20_and_probe6_hold_90_percent(name: str) -> None:
    breaches = {
        "threat",
        "insult",
        "impersonation",
        "waiver",
        "private_account",
        "fee",
        "disclosure",
    }
    got = _figures(DATA / f"language_{name}.tsv")
    low = {c: v for c, v in got.items() if c in breaches and min(v) < 0.9}
    assert low == {}
