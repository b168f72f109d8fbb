"""Every shipped scenario loads, is playable along its best path, and scores as its
replies are marked; broken files are reported by file, line and field."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from collector_desk.domain.practice.call import PracticeCall
from collector_desk.domain.practice.lint import best_reply, lint, play_best
from collector_desk.domain.practice.model import DebtorKind, Objection, Speaker, Willingness
from collector_desk.domain.practice.render import CallSetup
from collector_desk.domain.practice.rules import PASS_MARK
from collector_desk.domain.practice.scoring import score_call, step_weights
from collector_desk.services.practice import load_library, practice_dir

SETUP = CallSetup(
    today=date(2026, 3, 16),
    lender="示例消费金融",
    trainee="小王",
    published_accounts=("招商银行 6214 8301 0000 1234",),
)
LIBRARY = load_library()
IDS = [s.id for s in LIBRARY.scenarios]
BORROWER_IDS = [s.id for s in LIBRARY.scenarios if not s.third_party]


def test_every_shipped_file_loads_without_problems() -> None:
    assert LIBRARY.problems == ()
    files = {p.name for p in practice_dir().glob("*.toml") if not p.name.startswith("_")}
    assert {s.source for s in LIBRARY.scenarios} == files


def test_the_scenarios_cover_the_course() -> None:
    scenarios = LIBRARY.scenarios
    assert len(scenarios) >= 12
    objections = {s.objection for s in scenarios}
    assert {Objection(c) for c in "ABCDEFG"} <= objections
    assert {s.persona.kind for s in scenarios} == set(DebtorKind)
    assert any(s.persona.answered_by is Speaker.THIRD_PARTY for s in scenarios)
    assert any(
        s.objection is Objection.F and s.persona.willingness is Willingness.MALICIOUS
        for s in scenarios
    )
    for s in scenarios:
        assert s.title.zh and s.title.en and s.opening.zh and s.opening.en


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("scenario_id", IDS)
def test_best_path_plays_to_the_end_with_at_least_90(scenario_id: str, lang: str) -> None:
    scenario = LIBRARY.get(scenario_id)
    call = play_best(scenario, SETUP, lang)
    card = score_call(call)
    assert call.ended_by == "completed"
    assert card.score >= 90, card.deductions
    assert card.passed
    if not scenario.third_party:
        assert all(card.elements.values()), call.agreed


@pytest.mark.parametrize("scenario_id", IDS)
def test_every_reply_scores_the_way_the_trainer_marked_it(scenario_id: str) -> None:
    assert lint(LIBRARY.get(scenario_id), SETUP) == []


@pytest.mark.parametrize("scenario_id", IDS)
def test_suggested_steps_follow_the_call(scenario_id: str) -> None:
    scenario = LIBRARY.get(scenario_id)
    call = PracticeCall(scenario, SETUP)
    seen = []
    while not call.ended:
        seen.append(call.next_step)
        call.answer(reply_id=best_reply(call, call.next_step))
    assert seen == list(scenario.applicable)


# The course's own forbidden phrases (§7.8), as trainees write them.
FORBIDDEN_PHRASES = (
    "随便你",
    "你懂不懂借贷的规则",
    "这不关我的事",
    "你没钱就说嘛",
    "否则你会很难看",
    "suit yourself",
    "not my problem",
)


@pytest.mark.parametrize(("index", "phrase"), list(enumerate(FORBIDDEN_PHRASES)))
def test_any_forbidden_phrase_fails_the_attempt(index: int, phrase: str) -> None:
    for k, scenario in enumerate(LIBRARY.scenarios):
        step = scenario.applicable[(index + k) % len(scenario.applicable)]
        call = PracticeCall(scenario, SETUP)
        for n in scenario.applicable:
            if call.ended:
                break
            if n == step:
                call.answer(text=f"好的。{phrase}", step=n)
            else:
                call.answer(reply_id=best_reply(call, n), step=n)
        card = score_call(call)
        assert not card.passed, (scenario.id, phrase)
        rules = {d.rule for d in card.auto_fail}
        assert "forbidden_phrase" in rules
        assert any(phrase in d.quote for d in card.auto_fail)


@pytest.mark.parametrize("scenario_id", BORROWER_IDS)
def test_skipping_the_read_back_costs_its_points(scenario_id: str) -> None:
    scenario = LIBRARY.get(scenario_id)
    call = PracticeCall(scenario, SETUP)
    for n in scenario.applicable:
        if n == 8:
            call.skip(8)
        else:
            call.answer(reply_id=best_reply(call, n), step=n)
    card = score_call(call)
    weight = step_weights(scenario.applicable)[8]
    assert card.score == 100 - weight
    (lost,) = [d for d in card.deductions if d.step == 8]
    assert (lost.rule, lost.section) == ("step_skipped", "§9.8")
    step8 = card.steps[7]
    assert (step8.status, step8.points_lost) == ("skipped", weight)


def test_a_read_back_missing_elements_costs_less_than_none() -> None:
    scenario = LIBRARY.get("a-forgot-busy-clerk")
    scores = {}
    for reply in ("c8-best", "c8-weak", "c8-skip"):
        scores[reply] = score_call(play_best(scenario, SETUP, at=8, reply_id=reply)).score
    assert scores["c8-best"] == 100
    assert scores["c8-skip"] < scores["c8-weak"] < 100


TYPED = {
    "zh": [
        "您好,请问是陈静女士吗?我是示例消费金融的客服专员小王,现在跟您通话方便吗?",
        "您在示例消费金融的借款,本期1,280元3月13日到期,系统还没看到还款,您知道吗?",
        "理解,忙起来难免忘。您看今天下午还是明天上午用APP还一下?",
        "好的,那就明天上午十点之前,可以吗?",
        "这期是1,280元,全额还上,对吧?",
        "您是用APP还款还是等系统自动扣款?",
        "用的是您尾号4521的卡,对吗?",
        "我再跟您确认一下:明天上午十点前,通过APP,还1,280元,尾号4521的卡,对吗?",
        "谢谢您的配合,祝您工作顺利,再见!",
    ],
    "en": [
        "Hello, am I speaking with Ms Chen? This is Wang calling from the customer service team. Is now a good time?",
        "It's about your loan: the instalment of 1,280 yuan was due on 13 March and we have not received it yet.",
        "I understand, it's easy to forget. Would this afternoon or tomorrow morning be better to pay in the app?",
        "Great, so tomorrow before 10 am. Is that OK?",
        "The instalment is 1,280 yuan, paid in full, right?",
        "Will you use the app or the automatic debit?",
        "And it's your card ending 4521, correct?",
        "Let me confirm: tomorrow before 10 am, in the app, 1,280 yuan, card ending 4521. Right?",
        "Thank you for your help. Have a nice day, goodbye!",
    ],
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_typed_answers_are_judged_in_both_languages(lang: str) -> None:
    scenario = LIBRARY.get("a-forgot-busy-clerk")
    call = PracticeCall(scenario, SETUP)
    for step, text in enumerate(TYPED[lang], start=1):
        call.answer(text=text, step=step)
    card = score_call(call)
    assert card.score >= 90, card.deductions
    assert call.agreed.date == date(2026, 3, 17)
    assert all(card.elements.values())


@pytest.mark.parametrize(
    ("lang", "step", "text", "rule"),
    [
        ("zh", 4, "那您打算什么时候还?", "either_or_missing"),
        ("en", 4, "So when do you plan to pay?", "either_or_missing"),
        ("zh", 8, "好的,那就明天还,对吧?", "readback_incomplete"),
        ("en", 8, "OK, tomorrow then, right?", "readback_incomplete"),
        ("zh", 8, "确认一下:明天上午,APP,还500元,尾号4521的卡。", "readback_wrong"),
        ("en", 7, "Please pay into the account ending 9999.", "account_unknown"),
        ("en", 9, "Bye.", "no_thanks"),
    ],
)
def test_weak_typed_answers_lose_points_with_a_reason(
    lang: str, step: int, text: str, rule: str
) -> None:
    scenario = LIBRARY.get("a-forgot-busy-clerk")
    call = PracticeCall(scenario, SETUP)
    for n, good in enumerate(TYPED[lang], start=1):
        call.answer(text=text if n == step else good, step=n)
    card = score_call(call)
    hits = [d for d in card.deductions if d.rule == rule]
    assert hits and hits[0].section.startswith("§")
    assert card.score < 100


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "喂,你借的钱逾期了。"),
        ("zh", "喂，您這筆貸款已經逾期三天了。"),
        ("en", "Hi, your loan repayment is three days late."),
    ],
)
def test_debt_detail_before_verification_fails_the_attempt(lang: str, text: str) -> None:
    scenario = LIBRARY.get("a-forgot-busy-clerk")
    call = PracticeCall(scenario, SETUP)
    for n, good in enumerate(TYPED[lang], start=1):
        if call.ended:
            break
        call.answer(text=text if n == 1 else good, step=n)
    card = score_call(call)
    fails = [d for d in card.auto_fail if d.rule == "detail_before_verification"]
    assert fails and fails[0].step == 1 and fails[0].points == 50
    assert not card.passed


def _copy_library(tmp_path: Path) -> Path:
    folder = tmp_path / "practice"
    shutil.copytree(practice_dir(), folder)
    return folder


def test_a_broken_file_is_reported_by_file_line_and_field_and_the_rest_load(tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    good = (folder / "a-forgot-busy-clerk.toml").read_text(encoding="utf-8")
    bad_kind = good.replace('id = "a-forgot-busy-clerk"', 'id = "broken-kind"').replace(
        'kind = "able_to_pay"', 'kind = "rich_uncle"'
    )
    (folder / "broken-kind.toml").write_text(bad_kind, encoding="utf-8")
    typo = good.replace('id = "a-forgot-busy-clerk"', 'id = "broken-typo"').replace(
        'when = ["either_or"]', 'whne = ["either_or"]'
    )
    (folder / "broken-typo.toml").write_text(typo, encoding="utf-8")
    (folder / "broken-syntax.toml").write_text(
        'id = "x"\ntitle = { zh = "缺引号 }\n', encoding="utf-8"
    )

    library = load_library(folder)

    assert len(library.scenarios) == len(LIBRARY.scenarios)
    by_file = {p.file: p for p in library.problems}
    kind = by_file["broken-kind.toml"]
    kind_line = bad_kind.splitlines().index('kind = "rich_uncle"') + 1
    assert (kind.line, kind.field, kind.code) == (kind_line, "persona.kind", "bad_value")
    assert "rich_uncle" in kind.message
    typo_problem = by_file["broken-typo.toml"]
    assert typo_problem.field == "step.3.react[2].whne"
    assert typo_problem.line == typo.splitlines().index('whne = ["either_or"]') + 1
    syntax = by_file["broken-syntax.toml"]
    assert (syntax.code, syntax.line) == ("syntax", 2)
    assert "broken-syntax.toml:2" in str(syntax)


def test_missing_fields_and_bad_placeholders_are_named(tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    text = (folder / "e-borrowed-for-friend.toml").read_text(encoding="utf-8")
    text = text.replace('debit_account = "6217 8562 0000 3342"\n', "")
    text = text.replace("这不关我的事", "这不关我的事{lendr}")
    (folder / "e-borrowed-for-friend.toml").write_text(text, encoding="utf-8")
    library = load_library(folder)
    fields = {p.field for p in library.problems if p.file == "e-borrowed-for-friend.toml"}
    assert "case.debit_account" in fields
    assert any(p.code == "unknown_placeholder" for p in library.problems)
    assert "e-borrowed-for-friend" not in {s.id for s in library.scenarios}


def test_a_duplicate_id_is_reported(tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    shutil.copy(folder / "g-promises-after-payday.toml", folder / "zz-copy.toml")
    library = load_library(folder)
    (dup,) = [p for p in library.problems if p.code == "duplicate_id"]
    assert dup.file == "zz-copy.toml"
    assert "g-promises-after-payday.toml" in dup.message


def test_pass_mark_is_what_the_card_says() -> None:
    card = score_call(play_best(LIBRARY.scenarios[0], SETUP))
    assert card.pass_mark == PASS_MARK


def test_trainer_sets_name_known_scenarios() -> None:
    assert {st.id for st in LIBRARY.sets} >= {"week-1-basics"}
    for st in LIBRARY.sets:
        assert st.scenarios and set(st.scenarios) <= set(IDS)
        assert st.title.zh and st.title.en


def test_a_set_naming_an_unknown_scenario_is_reported_by_line(tmp_path: Path) -> None:
    folder = _copy_library(tmp_path)
    text = (folder / "_sets.toml").read_text(encoding="utf-8")
    text = text.replace('"third-party-colleague"]', '"third-party-colleague", "no-such-call"]')
    (folder / "_sets.toml").write_text(text, encoding="utf-8")
    library = load_library(folder)
    (problem,) = library.problems
    assert (problem.file, problem.field, problem.code) == (
        "_sets.toml",
        "set[1].scenarios",
        "unknown_scenario",
    )
    assert problem.line == next(
        i for i, ln in enumerate(text.splitlines(), 1) if "no-such-call" in ln
    )
    assert len(library.scenarios) == len(LIBRARY.scenarios)
    assert library.sets[0].scenarios == LIBRARY.sets[0].scenarios


# Typed the way trainees type: other words than the candidates, both languages.
NATURAL = {
    "d-short-shop-owner": [
        "Good afternoon, is this Ms Liu Fang? My name is Zhang, I'm calling from Example Finance. Do you have a minute?",
        "I'm calling about your loan. The March instalment of 1,560 yuan was due on the 10th and we haven't received the payment yet.",
        "I understand things are tight. But your agreement is monthly instalments, and waiting will damage your credit record. When is money next coming in? Could you pay part now?",
        "OK, so the day after tomorrow: before 2 pm or before 4 pm?",
        "So that's 800 yuan on the day after tomorrow, right?",
        "Will you pay through the app or let the automatic debit take it?",
        "It'll be your card ending 3356, correct?",
        "To confirm: the day after tomorrow before 4 pm, 800 yuan by automatic debit from your card ending 3356. Correct?",
        "Thanks very much for your time, Ms Liu. Goodbye!",
    ],
    "e-borrowed-for-friend": [
        "您好,请问是王磊先生本人吗?我是示例消费金融的客服小张,您现在方便接电话吗?",
        "王先生,您在我们这里的贷款这一期1890元,3月5号到期,目前还没有还款记录。",
        "我明白您的难处,不过合同是您本人签的,法律上还款义务在您。您可以先还,再找朋友要。",
        "那您看明天上午还是下午方便处理?",
        "本期是1890元,一次性还清对吧?",
        "您是存到扣款卡里让系统扣,还是用APP还?",
        "扣款卡是尾号3342那张吧?",
        "好的,我确认一下:明天上午,系统扣款,1890元,尾号3342的卡,没问题吧?",
        "谢谢王先生配合,再见。",
    ],
    "f-wilful-refuser": [
        "Hi, may I speak to Mr Zhou Qiang? I'm Li, calling on behalf of Example Finance. Is it a good time?",
        "Mr Zhou, your instalment of 3,200 yuan was due 25 days ago and is still unpaid.",
        "I hear you. Still, you signed the loan contract and agreed to monthly payments; not paying is a breach, and it will show on your credit report. Paying now is in your own interest.",
        "Can you do it tomorrow afternoon, or would this evening be better?",
        "The full 3,200 yuan, right?",
        "Will the automatic debit work for you, or do you prefer the app?",
        "From the card ending 9001?",
        "Just to recap: tomorrow afternoon, 3,200 yuan, automatic debit, card ending 9001. OK?",
        "Thank you, have a good evening.",
    ],
    "c-travelling-sales-manager": [
        "孙先生您好,我是示例消费金融的小李,请问是孙浩本人吗?现在方便吗?",
        "您这个月的分期2150元3月12日到期了,我们还没收到。",
        "出差确实不方便。您哪天回来?其实用手机银行就能转账,不用等。",
        "那就今天下午5点前转过来可以吗?",
        "金额是2150元,对吗?",
        "用手机银行转账对吧?",
        "转到公司公布的还款账户,尾号1234。",
        "确认一下:今天下午5点前,手机银行转账2150元到尾号1234的公司还款账户,对吗?",
        "谢谢孙先生,祝您出差顺利!",
    ],
    "third-party-colleague": [
        "Hello, could I speak with Mr Lin Tao please? This is Zhang from Example Finance customer service.",
        "No problem. Could you ask him to call me back when he gets a moment? Thanks.",
        "Thanks for your help, bye!",
    ],
}


@pytest.mark.parametrize("scenario_id", sorted(NATURAL))
def test_natural_typed_calls_pass(scenario_id: str) -> None:
    call = PracticeCall(LIBRARY.get(scenario_id), SETUP)
    for text in NATURAL[scenario_id]:
        call.answer(text=text)
    card = score_call(call)
    assert call.ended_by == "completed"
    assert card.passed and card.score >= 95, card.deductions


def test_the_forgetful_clerk_and_the_wilful_refuser_are_able_to_pay_not_disputing(
    tmp_path: Path,
) -> None:
    by_id = {s.id: s for s in LIBRARY.scenarios}
    for sid in ("a-forgot-busy-clerk", "f-wilful-refuser"):
        assert by_id[sid].persona.kind is DebtorKind.ABLE_TO_PAY
    # a trainer's file written with the old spelling still loads as the same kind
    folder = _copy_library(tmp_path)
    path = folder / "a-forgot-busy-clerk.toml"
    old = path.read_text(encoding="utf-8").replace('kind = "able_to_pay"', 'kind = "disputes"')
    path.write_text(old, encoding="utf-8")
    library = load_library(folder)
    assert library.problems == ()
    assert {s.id: s for s in library.scenarios}["a-forgot-busy-clerk"].persona.kind is (
        DebtorKind.ABLE_TO_PAY
    )
