"""Practice mode: load scenario files, keep each trainee's attempts, sum up progress.

Scenario files are read here (the domain never touches files). A broken file
is reported with its file, line and field and left out; the others load.
Attempts are stored in `practice_attempt`, apart from real cases.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from collector_desk.domain.practice.answers import Answers, parse_answers, play
from collector_desk.domain.practice.call import PracticeCall
from collector_desk.domain.practice.model import Scenario, Text
from collector_desk.domain.practice.render import CallSetup
from collector_desk.domain.practice.rules import RULES
from collector_desk.domain.practice.schema import (
    Problem,
    ScenarioSet,
    merge_common,
    parse_common,
    parse_scenario,
    parse_sets,
    playable_problems,
)
from collector_desk.domain.practice.scoring import ScoreCard
from collector_desk.domain.practice.tomlpos import field_lines, line_of, syntax_error_position
from collector_desk.paths import resource
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.store.models import PracticeAttempt

COMMON_FILE = "_common.toml"
SETS_FILE = "_sets.toml"


@dataclass(frozen=True)
class FileProblem:
    file: str
    line: int
    field: str
    code: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field or '(file)'}: {self.message}"


@dataclass(frozen=True)
class Library:
    scenarios: tuple[Scenario, ...]
    problems: tuple[FileProblem, ...] = ()
    sets: tuple[ScenarioSet, ...] = ()

    def get(self, scenario_id: str) -> Scenario:
        for s in self.scenarios:
            if s.id == scenario_id:
                return s
        raise KeyError(scenario_id)

    @property
    def errors(self) -> tuple[FileProblem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")


def practice_dir() -> Path:
    return resource("practice")


def _read_toml(path: Path) -> tuple[dict[str, Any] | None, str, list[FileProblem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return (
            None,
            "",
            [FileProblem(path.name, 0, "", "unreadable", f"cannot read the file: {exc}")],
        )
    try:
        return tomllib.loads(text), text, []
    except tomllib.TOMLDecodeError as exc:
        line, _ = syntax_error_position(str(exc))
        return None, text, [FileProblem(path.name, line, "", "syntax", f"not valid TOML: {exc}")]


def _placed(name: str, text: str, problems: list[Problem]) -> list[FileProblem]:
    lines = field_lines(text)
    return [
        FileProblem(name, line_of(lines, p.path), p.path, p.code, p.message, p.severity)
        for p in problems
    ]


def load_library(folder: Path | None = None) -> Library:
    """Every *.toml scenario of the folder; files starting with "_" are not scenarios."""
    folder = folder or practice_dir()
    problems: list[FileProblem] = []
    common: dict[int, Any] = {}
    common_path = folder / COMMON_FILE
    if not common_path.is_file():
        common_path = practice_dir() / COMMON_FILE
    data, text, found = _read_toml(common_path)
    problems += found
    if data is not None:
        steps, issues = parse_common(data)
        problems += _placed(common_path.name, text, issues)
        common = steps if not issues else {}
    scenarios: dict[str, Scenario] = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name.startswith("_"):
            continue
        data, text, found = _read_toml(path)
        problems += found
        if data is None:
            continue
        scenario, issues = parse_scenario(data, source=path.name)
        if scenario is not None:
            scenario = merge_common(scenario, common)
            issues = playable_problems(scenario)
            if scenario.id in scenarios:
                other = scenarios[scenario.id].source
                issues.append(
                    Problem("id", "duplicate_id", f"id {scenario.id!r} is also used by {other}")
                )
        problems += _placed(path.name, text, issues)
        if scenario is not None and not any(p.severity == "error" for p in issues):
            scenarios[scenario.id] = scenario
    sets: tuple[ScenarioSet, ...] = ()
    sets_path = folder / SETS_FILE
    if sets_path.is_file():
        data, text, found = _read_toml(sets_path)
        problems += found
        if data is not None:
            sets, issues = parse_sets(data, set(scenarios))
            problems += _placed(sets_path.name, text, issues)
    return Library(tuple(scenarios.values()), tuple(problems), sets)


def call_setup(desk: Desk, *, today: date | None = None, trainee: str | None = None) -> CallSetup:
    settings = desk.settings()
    accounts = tuple(str(a) for a in settings.get("lender_accounts") or [])
    return CallSetup(
        today=today or desk.today(),
        lender=str(settings.get("lender_name") or ""),
        # A name to introduce oneself with; without one the lines name the role
        # (render.fill), never "我是…客服专员我".
        trainee=(trainee or str(settings.get("collector_name") or "")).strip(),
        published_accounts=accounts,
        window_days=int(settings.get("promise_window_days") or 7),
    )


def default_trainee(desk: Desk) -> str:
    return str(desk.setting("collector_name") or desk.collector_id)


# --- scripted runs ------------------------------------------------------------------


def read_answers(path: Path) -> tuple[Answers | None, list[FileProblem]]:
    """An answers file in JSON (.json) or TOML (any other name)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [FileProblem(path.name, 0, "", "unreadable", f"cannot read the file: {exc}")]
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return None, [
                FileProblem(path.name, exc.lineno, "", "syntax", f"not valid JSON: {exc.msg}")
            ]
        if not isinstance(data, Mapping):
            return None, [
                FileProblem(path.name, 1, "", "syntax", "the file must hold one JSON object")
            ]
        answers, problems = parse_answers(data)
        return answers, [FileProblem(path.name, 0, p.path, p.code, p.message) for p in problems]
    try:
        tdata = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, _ = syntax_error_position(str(exc))
        return None, [FileProblem(path.name, line, "", "syntax", f"not valid TOML: {exc}")]
    answers, problems = parse_answers(tdata)
    return answers, _placed(path.name, text, problems)


def run_scripted(
    scenario: Scenario, setup: CallSetup, answers: Answers
) -> tuple[PracticeCall, ScoreCard, list[Problem]]:
    return play(scenario, setup, answers)


# --- attempts and progress -----------------------------------------------------------


def transcript(call: PracticeCall) -> list[dict[str, Any]]:
    return [
        {"who": ln.who, "step": ln.step, "zh": ln.text.zh, "en": ln.text.en} for ln in call.lines
    ]


@dataclass(frozen=True)
class AttemptSaved:
    attempt_id: str
    changes: ChangeSet = field(default_factory=ChangeSet)


def save_attempt(
    desk: Desk, *, trainee: str, call: PracticeCall, card: ScoreCard, started_at: datetime
) -> AttemptSaved:
    """Keep one finished attempt. Real cases are never touched."""
    body = {**card.to_dict(), "transcript": transcript(call), "today": call.setup.today.isoformat()}
    attempt_id = new_id()
    with desk.unit() as s:
        s.add(
            PracticeAttempt(
                id=attempt_id,
                trainee=trainee.strip()[:64] or desk.collector_id,
                scenario_id=card.scenario_id,
                started_at=started_at,
                finished_at=desk.now(),
                score=card.score,
                passed=card.passed,
                card=json.dumps(body, ensure_ascii=False),
            )
        )
    return AttemptSaved(attempt_id, ChangeSet.of(ChangeKind.PRACTICE))


@dataclass(frozen=True)
class AttemptRow:
    id: str
    scenario_id: str
    started_at: datetime
    finished_at: datetime | None
    score: int
    passed: bool
    auto_fail: int  # how many compliance breaches
    steps: tuple[tuple[int, int, int], ...]  # (step, points lost, max points), applicable steps
    rules: tuple[str, ...]  # rule codes of the deductions


@dataclass(frozen=True)
class RuleCount:
    rule: str
    section: str
    count: int  # attempts in which it was broken


@dataclass(frozen=True)
class ProgressStats:
    trainee: str
    attempts: tuple[AttemptRow, ...]
    step_kept: dict[int, int]  # percent of each step's points kept, over all attempts
    rules: tuple[RuleCount, ...]  # most broken first
    passed: int

    @property
    def best(self) -> int | None:
        return max((a.score for a in self.attempts), default=None)


def _row(r: PracticeAttempt) -> AttemptRow:
    try:
        card = json.loads(r.card or "{}")
    except json.JSONDecodeError:
        card = {}
    steps = tuple(
        (int(s["step"]), int(s["points_lost"]), int(s["max_points"]))
        for s in card.get("steps", [])
        if s.get("status") != "not_applicable"
    )
    return AttemptRow(
        r.id,
        r.scenario_id,
        r.started_at,
        r.finished_at,
        r.score,
        r.passed,
        len(card.get("auto_fail", [])),
        steps,
        tuple(str(d.get("rule")) for d in card.get("deductions", [])),
    )


def attempts(desk: Desk, trainee: str) -> tuple[AttemptRow, ...]:
    with desk.read() as s:
        rows = s.scalars(
            select(PracticeAttempt)
            .where(PracticeAttempt.trainee == trainee)
            .order_by(PracticeAttempt.started_at, PracticeAttempt.id)
        ).all()
        return tuple(_row(r) for r in rows)


def attempt_card(desk: Desk, attempt_id: str) -> dict[str, Any]:
    with desk.read() as s:
        row = s.get(PracticeAttempt, attempt_id)
        if row is None:
            raise KeyError(attempt_id)
        return dict(json.loads(row.card or "{}"))


def trainees(desk: Desk) -> tuple[str, ...]:
    with desk.read() as s:
        return tuple(
            s.scalars(select(PracticeAttempt.trainee).distinct().order_by(PracticeAttempt.trainee))
        )


def progress(desk: Desk, trainee: str) -> ProgressStats:
    rows = attempts(desk, trainee)
    kept: dict[int, list[int]] = {}
    for row in rows:
        for step, lost, most in row.steps:
            if most:
                kept.setdefault(step, []).append(100 * (most - lost) // most)
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(set(row.rules) - {"step_not_reached"})
    rules = tuple(
        RuleCount(code, RULES[code].section.replace(".{step}", "") if code in RULES else "", n)
        for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )
    return ProgressStats(
        trainee,
        rows,
        {step: sum(v) // len(v) for step, v in sorted(kept.items())},
        rules,
        sum(1 for r in rows if r.passed),
    )


# --- the course's rules, as the score card cites them ------------------------------

COURSE_FILE = ("course", "sections.toml")


@dataclass(frozen=True, slots=True)
class CourseSection:
    id: str  # "§7.6", "§9.4"
    title: Text
    body: Text


@cache
def course_sections() -> tuple[CourseSection, ...]:
    """The pages the score card's § references open (resources/course/sections.toml)."""
    data = tomllib.loads(resource(*COURSE_FILE).read_text(encoding="utf-8"))
    return tuple(
        CourseSection(
            str(s["id"]),
            Text(str(s["title"]["zh"]), str(s["title"]["en"])),
            Text(str(s["zh"]).strip(), str(s["en"]).strip()),
        )
        for s in data.get("section", [])
    )


def course_section(ref: str) -> CourseSection | None:
    """The page of a reference; "§9.4" falls back to "§9" when it has no page."""
    by_id = {s.id: s for s in course_sections()}
    ref = ref.strip()
    while ref:
        if ref in by_id:
            return by_id[ref]
        ref = ref.rpartition(".")[0]
    return None
