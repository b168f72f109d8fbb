"""Scripted runs: an answers file says what the trainee does at each step.

    today = "2026-03-16"            # optional: the practice day
    lang = "zh"                     # optional: which text of a chosen reply is judged
    [[answers]]  step = 1  choice = "c1-best"     # a candidate by id, or by number (1 = first)
    [[answers]]  step = 3  text = "理解您..."      # typed words
    [[answers]]  step = 5  skip = true
    [promise]  date = "2026-03-17"  amount = "1280.00"  method = "app"  account = "debit"

`step` may be left out: the call's suggested next step is used. See docs/practice.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from collector_desk.domain.money import fen_from_yuan_text
from collector_desk.domain.practice.call import CallError, PracticeCall
from collector_desk.domain.practice.model import AccountKind, Scenario
from collector_desk.domain.practice.render import CallSetup
from collector_desk.domain.practice.schema import Problem
from collector_desk.domain.practice.scoring import PromiseForm, ScoreCard, score_call
from collector_desk.domain.promise import PaymentMethod


@dataclass(frozen=True, slots=True)
class Answer:
    step: int | None
    choice: str | int | None = None
    text: str | None = None
    skip: bool = False


@dataclass(frozen=True, slots=True)
class Answers:
    answers: tuple[Answer, ...]
    today: date | None = None
    lang: str = "zh"
    scenario: str | None = None
    promise: Mapping[str, str] | None = None  # raw: account "debit"/"published" resolves per call


def parse_answers(data: Mapping[str, Any]) -> tuple[Answers | None, list[Problem]]:
    problems: list[Problem] = []

    def bad(path: str, message: str) -> None:
        problems.append(Problem(path, "bad_value", message))

    for key in data:
        if key not in ("scenario", "today", "lang", "answers", "promise"):
            problems.append(Problem(key, "unknown_field", f"unknown field {key!r}"))
    today = None
    if "today" in data:
        try:
            today = date.fromisoformat(str(data["today"]))
        except ValueError:
            bad("today", "today must be a date like 2026-03-16")
    lang = str(data.get("lang", "zh"))
    if lang not in ("zh", "en"):
        bad("lang", "lang must be zh or en")
    raw = data.get("answers")
    if not isinstance(raw, list) or not raw:
        bad("answers", "answers must be a non-empty list of steps")
        raw = []
    out: list[Answer] = []
    for i, item in enumerate(raw, 1):
        path = f"answers[{i}]"
        if not isinstance(item, Mapping):
            bad(path, f"{path} must be a table")
            continue
        unknown = set(item) - {"step", "choice", "text", "skip"}
        for key in sorted(unknown):
            problems.append(Problem(f"{path}.{key}", "unknown_field", f"unknown field {key!r}"))
        step = item.get("step")
        if step is not None and (
            not isinstance(step, int) or isinstance(step, bool) or not 1 <= step <= 9
        ):
            bad(f"{path}.step", f"{path}.step must be 1-9")
            continue
        given = [k for k in ("choice", "text", "skip") if item.get(k) not in (None, False)]
        if len(given) != 1:
            bad(path, f"{path} needs exactly one of choice, text or skip = true")
            continue
        choice = item.get("choice")
        if choice is not None and not isinstance(choice, (str, int)):
            bad(f"{path}.choice", f"{path}.choice must be a reply id or a number")
            continue
        text = item.get("text")
        if text is not None and (not isinstance(text, str) or not text.strip()):
            bad(f"{path}.text", f"{path}.text must be non-empty text")
            continue
        out.append(Answer(step, choice, text, item.get("skip") is True))
    promise = data.get("promise")
    if promise is not None:
        if not isinstance(promise, Mapping):
            bad("promise", "promise must be a table")
            promise = None
        else:
            for key in promise:
                if key not in ("date", "amount", "method", "account"):
                    problems.append(
                        Problem(f"promise.{key}", "unknown_field", f"unknown field {key!r}")
                    )
            promise = {k: str(v) for k, v in promise.items()}
    scenario = data.get("scenario")
    if problems:
        return None, problems
    return Answers(tuple(out), today, lang, str(scenario) if scenario else None, promise), []


def promise_form(
    raw: Mapping[str, str], scenario: Scenario, setup: CallSetup
) -> tuple[PromiseForm, list[Problem]]:
    problems: list[Problem] = []
    when = amount = method = None
    account: str | None = None
    if "date" in raw:
        try:
            when = date.fromisoformat(raw["date"])
        except ValueError:
            problems.append(
                Problem("promise.date", "bad_value", "promise.date must be a date like 2026-03-17")
            )
    if "amount" in raw:
        try:
            amount = fen_from_yuan_text(raw["amount"])
        except ValueError:
            problems.append(
                Problem("promise.amount", "bad_value", "promise.amount must be yuan, e.g. 1280.00")
            )
    if "method" in raw:
        try:
            method = PaymentMethod(raw["method"])
        except ValueError:
            problems.append(
                Problem(
                    "promise.method",
                    "bad_value",
                    f"promise.method: one of {', '.join(m.value for m in PaymentMethod)}",
                )
            )
    if "account" in raw:
        account = {
            AccountKind.DEBIT.value: scenario.case.debit_account,
            AccountKind.PUBLISHED.value: setup.published,
        }.get(raw["account"], raw["account"])
    return PromiseForm(when, amount, method, account), problems


def play(
    scenario: Scenario, setup: CallSetup, answers: Answers
) -> tuple[PracticeCall, ScoreCard, list[Problem]]:
    """Run the answers against the scenario. Answers after the call ended are reported, not played."""
    call = PracticeCall(scenario, setup)
    problems: list[Problem] = []
    for i, answer in enumerate(answers.answers, 1):
        path = f"answers[{i}]"
        if call.ended:
            problems.append(
                Problem(path, "after_end", f"{path}: the call had already ended", "warning")
            )
            break
        try:
            if answer.skip:
                call.skip(answer.step)
            elif answer.text is not None:
                call.answer(text=answer.text, step=answer.step, lang=answers.lang)
            else:
                reply_id = answer.choice
                if isinstance(reply_id, int):
                    options = call.candidates(answer.step)
                    if not 1 <= reply_id <= len(options):
                        raise CallError(
                            "unknown_reply", f"there are {len(options)} replies at this step"
                        )
                    reply_id = options[reply_id - 1].id
                call.answer(reply_id=reply_id, step=answer.step, lang=answers.lang)
        except CallError as exc:
            problems.append(Problem(path, exc.code, f"{path}: {exc}"))
    form = None
    if answers.promise is not None:
        form, form_problems = promise_form(answers.promise, scenario, setup)
        problems += form_problems
    return call, score_call(call, form), problems
