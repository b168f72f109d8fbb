"""The call script file (resources/scripts/nine_steps.json): loading, checking, filling.

Plain Python, no Qt: the panel shows what this module returns. The format is
documented in the file itself and in docs/ui.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from collector_desk.domain.call_flow import STEP_COUNT, STEP_FIELD, Objection
from collector_desk.domain.money import format_fen
from collector_desk.domain.names import gender_of
from collector_desk.paths import resource

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
LANGS = ("zh_CN", "en")
FIELDS = ("date", "amount", "method", "account")

# English month names, not strftime's: a Qt application runs under the user's C locale.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class ScriptError(ValueError):
    """The script file is unusable; the message names the file and the place (English,
    for the log and English mode); `file` is the file's name, for the window's words."""

    file = ""


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    title: dict[str, str]
    goal: dict[str, str]
    say: tuple[dict[str, str], ...]
    tips: tuple[dict[str, str], ...]
    fills: str | None


@dataclass(frozen=True)
class ObjectionBranch:
    code: Objection
    heard: dict[str, str]
    technique: dict[str, str]
    say: tuple[dict[str, str], ...]


WORD_KEYS = (
    "honorific",
    "title_male",
    "title_female",
    "him_her_male",
    "him_her_female",
    "him_her_unknown",
    "adviser",
    "debit_account",
    "company_account",
    "blank",
)


@dataclass(frozen=True)
class CallScript:
    steps: tuple[Step, ...]
    objections: tuple[ObjectionBranch, ...]
    third_party_title: dict[str, str]
    third_party_warning: dict[str, str]
    third_party: tuple[Step, ...]
    words: dict[str, dict[str, str]]
    surnames_en: dict[str, str]

    def word(self, key: str, lang: str, **values: str) -> str:
        """A small word of the "words" section, its {names} filled."""
        texts = self.words[key]
        return fill(texts.get(lang) or texts["en"], values)

    def placeholders(self) -> set[str]:
        """Every placeholder the texts use (to check against KNOWN_PLACEHOLDERS)."""
        found: set[str] = set()

        def scan(texts: Any) -> None:
            if isinstance(texts, dict):
                for v in texts.values():
                    scan(v)
            elif isinstance(texts, list | tuple):
                for v in texts:
                    scan(v)
            elif isinstance(texts, str):
                found.update(PLACEHOLDER.findall(texts))
            elif isinstance(texts, Step | ObjectionBranch):
                scan(texts.__dict__)

        scan([self.steps, self.objections, self.third_party])
        return found


KNOWN_PLACEHOLDERS = frozenset(
    [
        "honorific_name",
        "him_her",
        "collector_name",
        "lender",
        "loan_date",
        "due_date",
        "dpd",
        "instalment_amount",
        "overdue_amount",
        "outstanding_amount",
        "debit_bank",
        "debit_tail",
        "today",
        "tomorrow",
        "latest_date",
        "promise_date",
        "promise_amount",
        "promise_method",
        "promise_account",
    ]
)


def _text(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(lang), str) for lang in LANGS):
        raise ScriptError(f"{where}: needs a text for each of {', '.join(LANGS)}")
    return {lang: raw[lang] for lang in LANGS}


def _texts(raw: Any, where: str) -> tuple[dict[str, str], ...]:
    if not isinstance(raw, list):
        raise ScriptError(f"{where}: must be a list of texts")
    return tuple(_text(r, f"{where}[{i}]") for i, r in enumerate(raw))


def _step(raw: Any, where: str, number: int) -> Step:
    if not isinstance(raw, dict):
        raise ScriptError(f"{where}: must be an object")
    fills = raw.get("fills")
    if fills is not None and fills not in FIELDS:
        raise ScriptError(f"{where}.fills: {fills!r} is not one of {', '.join(FIELDS)}")
    empty = dict.fromkeys(LANGS, "")
    return Step(
        number=number,
        key=str(raw.get("key", number)),
        title=_text(raw.get("title"), f"{where}.title"),
        goal=_text(raw["goal"], f"{where}.goal") if "goal" in raw else empty,
        say=_texts(raw.get("say", []), f"{where}.say"),
        tips=_texts(raw.get("tips", []), f"{where}.tips"),
        fills=fills,
    )


def parse(data: Any, name: str = "nine_steps.json") -> CallScript:
    if not isinstance(data, dict) or data.get("format") != 1:
        raise ScriptError(f"{name}: not a call script of format 1")
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or len(raw_steps) != STEP_COUNT:
        raise ScriptError(f"{name}: 'steps' must hold exactly {STEP_COUNT} steps")
    steps = []
    for i, raw in enumerate(raw_steps, start=1):
        if not isinstance(raw, dict) or raw.get("step") != i:
            raise ScriptError(f'{name}: steps[{i - 1}] must have "step": {i}')
        step = _step(raw, f"{name}: step {i}", i)
        expected = STEP_FIELD.get(i)
        if step.fills != expected:
            raise ScriptError(f'{name}: step {i} must have "fills": {json.dumps(expected)}')
        steps.append(step)
    branches = []
    for i, raw in enumerate(data.get("objections", [])):
        where = f"{name}: objections[{i}]"
        try:
            code = Objection(raw.get("code"))
        except (ValueError, AttributeError) as exc:
            raise ScriptError(f"{where}.code must be one of A-G") from exc
        branches.append(
            ObjectionBranch(
                code,
                _text(raw.get("heard"), f"{where}.heard"),
                _text(raw.get("technique"), f"{where}.technique"),
                _texts(raw.get("say", []), f"{where}.say"),
            )
        )
    missing = set(Objection) - {b.code for b in branches}
    if missing:
        raise ScriptError(f"{name}: objections lack {', '.join(sorted(missing))}")
    tp = data.get("third_party")
    if not isinstance(tp, dict) or not tp.get("steps"):
        raise ScriptError(f"{name}: 'third_party' needs its steps")
    third = tuple(
        _step(raw, f"{name}: third_party.steps[{i}]", i + 1) for i, raw in enumerate(tp["steps"])
    )
    raw_words = data.get("words")
    if not isinstance(raw_words, dict):
        raise ScriptError(f"{name}: 'words' is missing")
    words = {k: _text(raw_words.get(k), f"{name}: words.{k}") for k in WORD_KEYS}
    surnames: dict[str, str] = {}
    for pair in str(raw_words.get("surnames_en", "")).split():
        han, _, latin = pair.partition(":")
        if not latin:
            raise ScriptError(f"{name}: words.surnames_en: {pair!r} is not 姓:Latin")
        surnames[han] = latin
    return CallScript(
        tuple(steps),
        tuple(sorted(branches, key=lambda b: b.code.value)),
        _text(tp.get("title"), f"{name}: third_party.title"),
        _text(tp.get("warning"), f"{name}: third_party.warning"),
        third,
        words,
        surnames,
    )


def load(path: Path | None = None) -> CallScript:
    path = path or resource("scripts", "nine_steps.json")
    try:
        data = json.loads(path.read_text("utf-8"))
        return parse(data, str(path))
    except (OSError, json.JSONDecodeError) as exc:
        refused = ScriptError(f"{path}: {exc}")
        refused.file = path.name
        raise refused from exc
    except ScriptError as exc:
        exc.file = path.name
        raise


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace {name} by its value; unknown names stay visible in braces."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


# --- values for the placeholders --------------------------------------------------------


def say_date(day: date | None, lang: str, today: date) -> str:
    if day is None:
        return "____"
    if lang == "zh_CN":
        text = f"{day.month}月{day.day}日"
        return f"{day.year}年{text}" if day.year != today.year else text
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if day.year != today.year else text


def say_amount(fen: int | None, lang: str) -> str:
    if fen is None:
        return "____"
    if lang == "zh_CN":
        return f"{format_fen(fen, symbol=False)}元"
    return format_fen(fen)


def honorific(script: CallScript, name: str, surname: str, gender: str | None, lang: str) -> str:
    """王先生 / Mr Wang; the full name when the gender is not known."""
    key = {"M": "title_male", "F": "title_female"}.get(gender_of(gender) or "")
    if key is None:
        return name
    if lang != "zh_CN":
        surname = script.surnames_en.get(surname, surname)
    return script.word("honorific", lang, surname=surname, title=script.word(key, lang))


def case_values(
    script: CallScript,
    detail: Any,
    *,
    lang: str,
    today: date,
    lender: str,
    collector_name: str,
    window_days: int,
) -> dict[str, str]:
    """Placeholders that come from the case (a services.case_detail.CaseDetail) and settings."""
    due = detail.oldest_unpaid_due_on or detail.next_due_on
    account = detail.debit_account or ""
    pronoun = {"M": "him_her_male", "F": "him_her_female"}.get(
        gender_of(detail.gender) or "", "him_her_unknown"
    )
    return {
        "honorific_name": honorific(
            script, detail.borrower_name, detail.surname, detail.gender, lang
        ),
        "him_her": script.word(pronoun, lang),
        "collector_name": collector_name or script.word("adviser", lang),
        "lender": lender,
        "loan_date": say_date(detail.disbursed_on, lang, today),
        "due_date": say_date(due, lang, today),
        "dpd": str(detail.dpd),
        "instalment_amount": say_amount(detail.instalment_fen, lang),
        "overdue_amount": say_amount(detail.overdue_fen, lang),
        "outstanding_amount": say_amount(detail.outstanding_fen, lang),
        "debit_bank": detail.debit_bank or "",
        "debit_tail": account.replace(" ", "")[-4:] if account else script.word("blank", lang),
        "today": say_date(today, lang, today),
        "tomorrow": say_date(today + timedelta(days=1), lang, today),
        "latest_date": say_date(today + timedelta(days=window_days), lang, today),
    }


# --- scripts before the due date (resources/scripts/reminders.json) -----------------------


@dataclass(frozen=True)
class PreDueScript:
    key: str  # a domain.script_choice.ScriptKind value
    title: dict[str, str]
    about: dict[str, str]
    steps: tuple[Step, ...]  # steps[0] confirms who answers


def parse_pre_due(data: Any, name: str = "reminders.json") -> dict[str, PreDueScript]:
    from collector_desk.domain.script_choice import PRE_DUE

    if not isinstance(data, dict) or data.get("format") != 1:
        raise ScriptError(f"{name}: not a script file of format 1")
    raw = data.get("scripts")
    if not isinstance(raw, dict):
        raise ScriptError(f"{name}: 'scripts' is missing")
    out = {}
    for kind in PRE_DUE:
        item = raw.get(kind.value)
        where = f"{name}: scripts.{kind.value}"
        if not isinstance(item, dict):
            raise ScriptError(f"{where}: is missing")
        steps = item.get("steps")
        if not isinstance(steps, list) or len(steps) < 2:
            raise ScriptError(f"{where}.steps: needs the identity step and at least one more")
        out[kind.value] = PreDueScript(
            kind.value,
            _text(item.get("title"), f"{where}.title"),
            _text(item.get("about"), f"{where}.about"),
            tuple(_step(s, f"{where}.steps[{i}]", i + 1) for i, s in enumerate(steps)),
        )
    return out


def load_pre_due(path: Path | None = None) -> dict[str, PreDueScript]:
    path = path or resource("scripts", "reminders.json")
    try:
        data = json.loads(path.read_text("utf-8"))
        return parse_pre_due(data, str(path))
    except (OSError, json.JSONDecodeError) as exc:
        refused = ScriptError(f"{path}: {exc}")
        refused.file = path.name
        raise refused from exc
    except ScriptError as exc:
        exc.file = path.name
        raise
