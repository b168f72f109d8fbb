"""`collector-desk practice`: the list, and scripted runs scored as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from collector_desk.cli import main
from collector_desk.services.context import Desk
from collector_desk.services.practice import attempts

BEST = {
    "scenario": "a-forgot-busy-clerk",
    "today": "2026-03-16",
    "answers": [
        {"step": 1, "choice": "c1-best"},
        {"step": 2, "choice": 1},
        {"step": 3, "text": "理解您工作忙。那您看今天下午还是明天上午在APP上还一下?"},
        {"step": 4, "choice": "a4-best"},
        {"choice": "c5-best"},
        {"choice": "c6-best"},
        {"choice": "c7-best"},
        {"choice": "c8-best"},
        {"choice": "c9-best"},
    ],
    "promise": {"date": "2026-03-17", "amount": "1280.00", "method": "app", "account": "debit"},
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_gives_id_objection_kind_and_title(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "practice", "--list", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["count"] >= 12
    row = next(r for r in doc["scenarios"] if r["id"] == "f-wilful-refuser")
    assert (row["objection"], row["debtor_kind"]) == ("F", "able_to_pay")
    assert row["title"]["zh"] and row["title"]["en"]


def test_a_scripted_run_prints_the_score_card(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "run.json"
    answers.write_text(json.dumps(BEST, ensure_ascii=False), encoding="utf-8")
    code, out, err = _run(
        capsys,
        "--data-dir",
        str(tmp_path / "data"),
        "practice",
        "--scenario",
        "a-forgot-busy-clerk",
        "--answers",
        str(answers),
        "--json",
    )
    doc = json.loads(out)
    assert code == 0 and err == ""
    assert (doc["score"], doc["passed"], doc["auto_fail"], doc["deductions"]) == (100, True, [], [])
    assert [s["status"] for s in doc["steps"]] == ["done"] * 9
    assert doc["today"] == "2026-03-16"


def test_a_breach_is_reported_with_rule_section_and_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = json.loads(json.dumps(BEST))
    run["answers"][3] = {"step": 4, "text": "明天再不还,你会很难看。"}
    run["answers"][7] = {"step": 8, "skip": True}
    answers = tmp_path / "run.json"
    answers.write_text(json.dumps(run, ensure_ascii=False), encoding="utf-8")
    code, out, _ = _run(
        capsys,
        "--data-dir",
        str(tmp_path / "data"),
        "practice",
        "--scenario",
        "a-forgot-busy-clerk",
        "--answers",
        str(answers),
        "--json",
    )
    doc = json.loads(out)
    assert code == 0 and doc["passed"] is False
    (fail,) = doc["auto_fail"]
    assert (fail["rule"], fail["section"], fail["quote"]) == (
        "forbidden_phrase",
        "§7.8",
        "明天再不还,你会很难看。",
    )
    rules = {(d["rule"], d["section"]) for d in doc["deductions"]}
    assert ("step_skipped", "§9.8") in rules
    assert doc["steps"][7]["status"] == "skipped"


def test_toml_answers_and_saving_the_attempt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "run.toml"
    answers.write_text(
        'today = "2026-03-16"\nlang = "en"\n'
        + "".join(f"[[answers]]\nstep = {n}\nchoice = 1\n" for n in range(1, 10)),
        encoding="utf-8",
    )
    data = tmp_path / "data"
    code, out, _ = _run(
        capsys,
        "--data-dir",
        str(data),
        "practice",
        "--scenario",
        "e-borrowed-for-friend",
        "--answers",
        str(answers),
        "--save",
        "--trainee",
        "小张",
    )
    assert code == 0 and "e-borrowed-for-friend: 100/100 PASSED" in out
    desk = Desk.open(data)
    try:
        (row,) = attempts(desk, "小张")
        assert (row.scenario_id, row.score, row.passed) == ("e-borrowed-for-friend", 100, True)
    finally:
        desk.close()


def test_a_bad_answers_file_names_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "bad.toml"
    answers.write_text('[[answers]]\nstep = 1\nchoise = "c1-best"\n', encoding="utf-8")
    code, _, err = _run(
        capsys,
        "--data-dir",
        str(tmp_path / "data"),
        "practice",
        "--scenario",
        "a-forgot-busy-clerk",
        "--answers",
        str(answers),
    )
    assert code == 2
    assert "bad.toml:3: answers[1].choise: unknown field 'choise'" in err


def test_an_unknown_scenario_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "run.json"
    answers.write_text(json.dumps(BEST), encoding="utf-8")
    code, _, err = _run(capsys, "practice", "--scenario", "nope", "--answers", str(answers))
    assert code == 2 and "no scenario 'nope'" in err


def test_check_tries_every_reply(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "practice", "--check", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["problems"] == [] and doc["scenarios"] >= 12


def test_the_score_card_speaks_chinese_with_lang_zh_cn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = json.loads(json.dumps(BEST))
    run["answers"][3] = {"step": 4, "text": "明天再不还,你会很难看。"}
    run["answers"][7] = {"step": 8, "skip": True}
    answers = tmp_path / "run.json"
    answers.write_text(json.dumps(run, ensure_ascii=False), encoding="utf-8")
    argv = ["--data-dir", str(tmp_path / "data"), "practice", "--scenario", "a-forgot-busy-clerk"]
    code, out, _ = _run(capsys, "--lang", "zh_CN", *argv, "--answers", str(answers))
    assert code == 0
    first, fail, *steps = out.splitlines()
    assert first == "a-forgot-busy-clerk：33/100 分，未通过（及格线 80 分）"
    assert fail.startswith("  直接不及格 §7.8 使用了禁用语")
    assert "  第 8 步（再次确认）：跳过  -14/14" in steps
    assert "跳过了第8步" in out
    for english in ("FAILED", "AUTO-FAIL", "step ", "skipped", "pass mark"):
        assert english not in out
    # English again in the same process: the Chinese catalogue does not linger
    code, out, _ = _run(capsys, "--lang", "en", *argv, "--answers", str(answers))
    assert out.startswith("a-forgot-busy-clerk: 33/100 FAILED (pass mark 80)")
    assert "  step 8 (Read it back): skipped  -14/14" in out
