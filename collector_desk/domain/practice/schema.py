"""Turn a parsed scenario file (plain dicts from TOML) into a `Scenario`, or say why not.

Every problem names the field by path ("persona.kind", "step.3.reply[2].zh",
1-based indexes) so the service can add the file and line. Unknown keys are
errors: a misspelt `whne` would otherwise silently turn a branch into the
default one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from collector_desk.domain.money import fen_from_yuan_text
from collector_desk.domain.practice.fields import (
    ID_PATTERN,
    PLACEHOLDERS,
    PSEUDO_ACTS,
    SCHEMA_VERSION,
    Problem,
    Reader,
    read_list,
)
from collector_desk.domain.practice.judge import known_acts
from collector_desk.domain.practice.model import (
    ALL_STEPS,
    Ability,
    AccountKind,
    Agreement,
    Deal,
    DebtorKind,
    Objection,
    Persona,
    PracticeCase,
    Reaction,
    Reply,
    ReplyKind,
    Scenario,
    Speaker,
    StepScript,
    Temperament,
    Text,
    Willingness,
)
from collector_desk.domain.practice.sets import ScenarioSet, parse_sets
from collector_desk.domain.promise import PaymentMethod

__all__ = [
    "PLACEHOLDERS",
    "PSEUDO_ACTS",
    "SCHEMA_VERSION",
    "Problem",
    "ScenarioSet",
    "merge_common",
    "parse_common",
    "parse_scenario",
    "parse_sets",
    "playable_problems",
]


def _conditions(r: Reader, value: Any, where: str, reply_ids: set[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        r.err(
            where,
            "bad_value",
            f'{where} must be a list of conditions, e.g. ["either_or", "!breach"]',
        )
        return ()
    for token in value:
        name = token.removeprefix("!")
        if name.startswith("reply:"):
            if name[6:] not in reply_ids:
                r.err(where, "unknown_reply", f"{where}: no reply with id {name[6:]!r}")
        elif name not in known_acts() and name not in PSEUDO_ACTS:
            r.err(where, "unknown_condition", f"{where}: unknown condition {token!r}")
    return tuple(value)


def _agreement(r: Reader, value: Any, where: str) -> Agreement:
    if value is None:
        return Agreement()
    data = r.table(value, where, {"date", "amount", "method", "account"})
    out: dict[str, str | int] = {}
    for key, item in data.items():
        ok = item in ("deal", "proposed")
        if key == "date":
            ok = ok or (isinstance(item, int) and not isinstance(item, bool) and -30 <= item <= 90)
        elif key == "amount":
            ok = ok or item == "full"
            if not ok and isinstance(item, str):
                try:
                    item = fen_from_yuan_text(item)
                    ok = True
                except ValueError:
                    ok = False
        elif key == "method":
            ok = ok or item in {m.value for m in PaymentMethod}
        elif key == "account":
            ok = ok or item in {a.value for a in AccountKind}
        if ok:
            out[key] = item
        else:
            r.err(
                f"{where}.{key}", "bad_value", f"{where}.{key} = {item!r} is not an agreement value"
            )
    return Agreement(**out)  # type: ignore[arg-type]


def _steps(r: Reader, data: Any, reply_ids: set[str]) -> dict[int, StepScript]:
    steps: dict[int, StepScript] = {}
    if data is None:
        return steps
    table = r.table(data, "step", {str(n) for n in ALL_STEPS})
    # Collect ids first so a branch may name a reply written below it.
    for key, raw in table.items():
        for i, reply in enumerate(raw.get("reply", []) if isinstance(raw, Mapping) else [], 1):
            if isinstance(reply, Mapping) and isinstance(reply.get("id"), str):
                if reply["id"] in reply_ids:
                    r.err(
                        f"step.{key}.reply[{i}].id",
                        "duplicate_id",
                        f"reply id {reply['id']!r} is used twice",
                    )
                reply_ids.add(reply["id"])
    for key, raw in table.items():
        path = f"step.{key}"
        step = r.table(raw, path, {"title", "hint", "reply", "react", "require"})
        replies: list[Reply] = []
        for i, item in enumerate(read_list(r, step.get("reply"), f"{path}.reply"), 1):
            where = f"{path}.reply[{i}]"
            rd = r.table(item, where, {"id", "kind", "zh", "en"})
            rid = r.string(rd, "id", where)
            kind = r.choice(rd, "kind", where, ReplyKind)
            zh, en = r.string(rd, "zh", where), r.string(rd, "en", where)
            if rid and kind and zh and en:
                if not ID_PATTERN.match(rid):
                    r.err(
                        f"{where}.id",
                        "bad_value",
                        f"{where}.id must be lower-case letters, digits, - or _",
                    )
                replies.append(
                    Reply(rid, kind, Text(r.phrase(zh, f"{where}.zh"), r.phrase(en, f"{where}.en")))
                )
        reactions: list[Reaction] = []
        for i, item in enumerate(read_list(r, step.get("react"), f"{path}.react"), 1):
            where = f"{path}.react[{i}]"
            rd = r.table(
                item, where, {"when", "zh", "en", "agree", "mood", "end", "repeat", "goto"}
            )
            say = None
            if "zh" in rd or "en" in rd:
                zh, en = r.string(rd, "zh", where), r.string(rd, "en", where)
                say = (
                    Text(r.phrase(zh, f"{where}.zh"), r.phrase(en, f"{where}.en"))
                    if zh and en
                    else None
                )
            flags = {k: rd.get(k, False) for k in ("end", "repeat")}
            for k, v in flags.items():
                if not isinstance(v, bool):
                    r.err(f"{where}.{k}", "bad_value", f"{where}.{k} must be true or false")
            reactions.append(
                Reaction(
                    when=_conditions(r, rd.get("when"), f"{where}.when", reply_ids),
                    say=say,
                    agree=_agreement(r, rd.get("agree"), f"{where}.agree"),
                    mood=r.integer(rd, "mood", where, -3, 3, 0) or 0,
                    end=flags["end"] is True,
                    repeat=flags["repeat"] is True,
                    goto=r.integer(rd, "goto", where, 1, 9, 0) or None,
                )
            )
        require = None
        if "require" in step:
            groups = step["require"]
            if key != "3":
                r.err(
                    f"{path}.require",
                    "bad_value",
                    "require is only for step 3 (objection handling)",
                )
            elif not isinstance(groups, list) or not all(isinstance(g, list) and g for g in groups):
                r.err(
                    f"{path}.require",
                    "bad_value",
                    f"{path}.require must be a list of lists of acts",
                )
            else:
                require = tuple(
                    tuple(_conditions(r, g, f"{path}.require", reply_ids)) for g in groups
                )
        steps[int(key)] = StepScript(
            int(key),
            r.text(step, "title", path, required=False),
            r.text(step, "hint", path, required=False),
            tuple(replies),
            tuple(reactions),
            require,
        )
    return steps


def parse_common(data: Mapping[str, Any]) -> tuple[dict[int, StepScript], list[Problem]]:
    """The shared file: step titles, hints, replies and branches every scenario inherits."""
    r = Reader()
    table = r.table(data, "", {"schema", "kind", "step"})
    r.integer(table, "schema", "", SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION)
    return _steps(r, table.get("step"), set()), r.problems


def parse_scenario(
    data: Mapping[str, Any], *, source: str = ""
) -> tuple[Scenario | None, list[Problem]]:
    r = Reader()
    root = r.table(
        data,
        "",
        {
            "schema",
            "id",
            "objection",
            "title",
            "summary",
            "opening",
            "applicable_steps",
            "promise_window_days",
            "persona",
            "case",
            "deal",
            "step",
        },
    )
    r.integer(root, "schema", "", SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION)
    sid = r.string(root, "id", "")
    if sid and not ID_PATTERN.match(sid):
        r.err("id", "bad_value", "id must be 2-64 lower-case letters, digits, - or _")
    objection = r.choice(root, "objection", "", Objection)
    title = r.text(root, "title", "")
    summary = r.text(root, "summary", "", required=False) or Text("", "")
    opening = r.text(root, "opening", "")
    p = r.table(
        root.get("persona", {}),
        "persona",
        {
            "name",
            "name_en",
            "gender",
            "kind",
            "ability",
            "willingness",
            "dpd",
            "temperament",
            "answered_by",
            "occupation",
            "relation",
        },
    )
    gender = r.string(p, "gender", "persona")
    if gender and gender not in ("m", "f"):
        r.err("persona.gender", "bad_value", 'persona.gender must be "m" or "f"')
    persona_parts = (
        r.string(p, "name", "persona"),
        r.string(p, "name_en", "persona"),
        r.choice(p, "kind", "persona", DebtorKind),
        r.choice(p, "ability", "persona", Ability),
        r.choice(p, "willingness", "persona", Willingness),
        r.integer(p, "dpd", "persona", 1, 365),
        r.choice(p, "temperament", "persona", Temperament),
        r.choice(p, "answered_by", "persona", Speaker, Speaker.BORROWER),
    )
    occupation = r.text(p, "occupation", "persona", required=False)
    relation = r.text(p, "relation", "persona", required=False)
    third = persona_parts[7] is Speaker.THIRD_PARTY
    if third and relation is None:
        r.err("persona.relation", "missing", "a third party needs persona.relation (who answers)")
    if objection is not None and third != (objection is Objection.NONE):
        r.err(
            "objection",
            "bad_value",
            'objection "none" is for, and only for, a third party answering',
        )
    c = r.table(root.get("case", {}), "case", {"overdue", "outstanding", "debit_account"})
    overdue = r.amount(c, "overdue", "case")
    outstanding = r.amount(c, "outstanding", "case", required=False) or overdue
    if overdue and outstanding and outstanding < overdue:
        r.err("case.outstanding", "bad_value", "case.outstanding cannot be below case.overdue")
    debit = r.string(c, "debit_account", "case")
    if debit and sum(ch.isdigit() for ch in debit) < 12:
        r.err("case.debit_account", "bad_value", "case.debit_account needs at least 12 digits")
    d = r.table(root.get("deal", {}), "deal", {"date", "time", "amount", "method", "account"})
    deal_date = r.integer(d, "date", "deal", 0, 90)
    deal_time = r.text(d, "time", "deal")
    deal_amount: int | None = overdue
    if d.get("amount", "full") != "full":
        deal_amount = r.amount(d, "amount", "deal")
        if deal_amount and outstanding and deal_amount > outstanding:
            r.err("deal.amount", "bad_value", "deal.amount is above what is outstanding")
    deal_method = r.choice(d, "method", "deal", PaymentMethod)
    deal_account = r.choice(d, "account", "deal", AccountKind)
    applicable = root.get("applicable_steps", list(ALL_STEPS))
    if (
        not isinstance(applicable, list)
        or not applicable
        or not all(isinstance(n, int) and n in ALL_STEPS for n in applicable)
        or 1 not in applicable
        or 9 not in applicable
    ):
        r.err(
            "applicable_steps",
            "bad_value",
            "applicable_steps must list step numbers 1-9, including 1 and 9",
        )
        applicable = list(ALL_STEPS)
    window = r.integer(root, "promise_window_days", "", 1, 60, 0) or None
    steps = _steps(r, root.get("step"), set())
    if r.problems:
        return None, r.problems
    name, name_en, kind, ability, willingness, dpd, temperament, answered_by = persona_parts
    assert title and opening and objection and kind and ability and willingness and dpd
    assert temperament and answered_by and overdue and outstanding and deal_amount
    assert deal_date is not None and deal_time and deal_method and deal_account
    persona = Persona(
        name,
        name_en,
        gender,
        kind,
        ability,
        willingness,
        dpd,
        temperament,
        answered_by,
        occupation,
        relation,
    )
    scenario = Scenario(
        sid,
        title,
        summary,
        objection,
        persona,
        PracticeCase(overdue, outstanding, debit),
        Deal(deal_date, deal_time, deal_amount, deal_method, deal_account),
        opening,
        steps,
        tuple(sorted(set(applicable))),
        window,
        source,
    )
    return scenario, []


def merge_common(scenario: Scenario, common: Mapping[int, StepScript]) -> Scenario:
    """Steps the scenario leaves out take the shared replies; its branches come first."""
    merged: dict[int, StepScript] = {}
    for n in ALL_STEPS:
        own, shared = scenario.steps.get(n), common.get(n)
        if own is None and shared is None:
            continue
        own = own or StepScript(n)
        shared = shared or StepScript(n)
        merged[n] = replace(
            own,
            title=own.title or shared.title,
            hint=own.hint or shared.hint,
            replies=own.replies or shared.replies,
            reactions=own.reactions + shared.reactions,
        )
    return replace(scenario, steps=merged)


def playable_problems(scenario: Scenario) -> list[Problem]:
    """After merging: every step the call needs has a best reply and one to avoid."""
    problems: list[Problem] = []
    for n in scenario.applicable:
        replies = scenario.step(n).replies
        if not any(rep.kind is ReplyKind.BEST for rep in replies):
            problems.append(
                Problem(f"step.{n}", "no_best_reply", f'step {n} has no reply of kind "best"')
            )
        if len(replies) < 2:
            problems.append(
                Problem(
                    f"step.{n}", "too_few_replies", f"step {n} needs at least two candidate replies"
                )
            )
    return problems
