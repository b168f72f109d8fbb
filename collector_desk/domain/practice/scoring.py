"""The score card: 0-100, every lost point with its rule and playbook section.

Each step of the call is worth a share of 100 (rules.STEP_WEIGHTS); what a
step's faults cost is capped at that share, so one bad step cannot sink the
whole call. Compliance breaches are not capped: each costs 50 points and fails
the attempt outright, quoting the trainee's own words.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from collector_desk.domain.practice.call import PracticeCall, Turn
from collector_desk.domain.practice.expect import step3_groups
from collector_desk.domain.practice.extract import account_tail
from collector_desk.domain.practice.model import ALL_STEPS, AccountKind, DebtorKind
from collector_desk.domain.practice.render import amount_text
from collector_desk.domain.practice.rules import FORM_CAP, PASS_MARK, RULES, STEP_WEIGHTS
from collector_desk.domain.promise import PaymentMethod, PromiseTerms, validate_promise


@dataclass(frozen=True, slots=True)
class PromiseForm:
    """What the trainee wrote in the promise form (None: a field left empty)."""

    date: date | None = None
    amount_fen: int | None = None
    method: PaymentMethod | None = None
    account: str | None = None

    def is_empty(self) -> bool:
        return all(v in (None, "") for v in (self.date, self.amount_fen, self.method, self.account))


@dataclass(frozen=True, slots=True)
class Deduction:
    rule: str
    section: str
    points: int
    step: int | None  # None: the promise form or the call as a whole
    message: str
    quote: str = ""
    auto_fail: bool = False
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class StepResult:
    step: int
    status: str  # done | weak | skipped | not_reached | not_applicable
    points_lost: int
    max_points: int
    out_of_order: bool = False
    turns: int = 0
    title: dict[str, str] = field(default_factory=dict)  # {"zh": ..., "en": ...}


@dataclass(frozen=True, slots=True)
class ScoreCard:
    scenario_id: str
    score: int
    passed: bool
    pass_mark: int
    auto_fail: tuple[Deduction, ...]
    steps: tuple[StepResult, ...]
    deductions: tuple[Deduction, ...]
    elements: dict[str, bool]
    ended_by: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario_id,
            "score": self.score,
            "passed": self.passed,
            "pass_mark": self.pass_mark,
            "ended_by": self.ended_by,
            "auto_fail": [_deduction_dict(d) for d in self.auto_fail],
            "steps": [asdict(s) for s in self.steps],
            "deductions": [_deduction_dict(d) for d in self.deductions],
            "elements": dict(self.elements),
        }


def _deduction_dict(d: Deduction) -> dict[str, Any]:
    out = asdict(d)
    out["params"] = dict(d.params)
    return out


def _title(scenario: Any, step: int) -> dict[str, str]:
    title = scenario.step(step).title
    return {"zh": title.zh, "en": title.en} if title is not None else {}


def step_weights(applicable: tuple[int, ...]) -> dict[int, int]:
    """The share of 100 each applicable step is worth; the shares add up to 100."""
    total = sum(STEP_WEIGHTS[n] for n in applicable)
    shares = {n: STEP_WEIGHTS[n] * 100 // total for n in applicable}
    shares[applicable[2 if len(applicable) > 2 else 0]] += 100 - sum(shares.values())
    return shares


class _Card:
    def __init__(self) -> None:
        self.items: list[Deduction] = []

    def add(
        self,
        rule: str,
        step: int | None,
        *,
        quote: str = "",
        points: int | None = None,
        params: dict[str, str] | None = None,
        **more: object,
    ) -> None:
        params = {**(params or {}), **{k: str(v) for k, v in more.items()}}
        r = RULES[rule]
        fmt = {"step": str(step or ""), **params}
        self.items.append(
            Deduction(
                rule,
                r.section.format(**fmt),
                r.points if points is None else points,
                step,
                r.message.format(**fmt),
                quote,
                r.auto_fail,
                tuple(sorted(params.items())),
            )
        )


def _union(turns: list[Turn]) -> frozenset[str]:
    acts: set[str] = set()
    for t in turns:
        acts |= t.judgement.acts
    return frozenset(acts)


def _step_faults(call: PracticeCall, step: int, turns: list[Turn], card: _Card) -> None:
    sc, agreed = call.scenario, call.agreed
    acts = _union(turns)
    overdue = sc.case.overdue_fen
    if step == 1:
        for act, rule in (
            ("verify", "no_right_party_check"),
            ("introduce", "no_introduction"),
            ("good_time", "no_good_time_check"),
        ):
            if act not in acts:
                card.add(rule, step)
    elif step == 2:
        if sc.third_party and "callback_request" not in acts:
            card.add("no_callback_request", step)
        elif not sc.third_party and "purpose" not in acts:
            card.add("purpose_unclear", step)
    elif step == 3:
        for group in step3_groups(sc):
            if not group.met(acts):
                card.add(group.rule, step, params=dict(group.params))
    elif step == 4:
        if any(
            "open_question" in t.judgement.acts and not t.judgement.has("either_or", "date")
            for t in turns
        ):
            card.add("either_or_missing", step)
        if agreed.date is None:
            card.add("no_specific_time", step)
        elif not acts & {"either_or", "time_of_day"}:
            card.add("time_not_specific", step)
    elif step in (5, 6, 7):
        element = {5: ("amount", "full_amount"), 6: ("method",), 7: ("account",)}[step]
        if not acts & set(element):
            card.add({5: "amount_missing", 6: "method_missing", 7: "account_missing"}[step], step)
        if any(
            "open_question" in t.judgement.acts and not t.judgement.has(*element, "either_or")
            for t in turns
        ):
            card.add("open_question", step)
        if step == 5:
            fair = {overdue, sc.deal.amount_fen, agreed.amount_fen}
            for fen in {f for t in turns for f in t.judgement.amounts} - fair:
                card.add("amount_wrong", step, amount=amount_text(fen).en)
    elif step == 8:
        _readback(call, turns, card)
    elif step == 9:
        if "thanks" not in acts:
            card.add("no_thanks", step)
        if "goodbye" not in acts:
            card.add("no_goodbye", step)


def _readback(call: PracticeCall, turns: list[Turn], card: _Card) -> None:
    agreed, sc = call.agreed, call.scenario
    heard = [t.judgement for t in turns]
    dates = {d for j in heard for d in j.dates}
    amounts = {a for j in heard for a in j.amounts}
    methods = {m for j in heard for m in j.methods}
    tails = {t for j in heard for t in j.tails}
    acts = _union(turns)
    tail = None
    if agreed.account is AccountKind.DEBIT:
        tail = account_tail(sc.case.debit_account)
    elif agreed.account is AccountKind.PUBLISHED:
        tail = account_tail(call.setup.published)
    checks = (
        ("date", bool(dates), agreed.date is None or agreed.date in dates),
        (
            "amount",
            bool(amounts) or "full_amount" in acts,
            agreed.amount_fen is None
            or agreed.amount_fen in amounts
            or ("full_amount" in acts and not amounts and agreed.amount_fen == sc.case.overdue_fen),
        ),
        ("method", bool(methods), agreed.method is None or agreed.method in methods),
        ("account", "account" in acts, tail is None or not tails or tail in tails),
    )
    if not any(present for _, present, _ in checks):
        card.add("readback_missing", 8)
        return
    for element, present, right in checks:
        if not present:
            card.add("readback_incomplete", 8, element=element)
        elif not right:
            card.add("readback_wrong", 8, element=element)


def _call_faults(call: PracticeCall, card: _Card) -> None:
    """Faults that belong to a moment, not a step's requirements."""
    sc, setup, agreed = call.scenario, call.setup, call.agreed
    allowed = {
        account_tail(sc.case.debit_account),
        *(account_tail(a) for a in (setup.published, *setup.published_accounts)),
    }
    seen: set[tuple[str, str]] = set()
    once: set[str] = set()
    for t in call.turns:
        j = t.judgement
        # One item per rule and sentence, naming every phrase that matched in it: a
        # sentence with three threatening phrases is one threat, not three.
        by_rule: dict[tuple[str, str], list[Any]] = {}
        for b in j.breaches:
            by_rule.setdefault((b.rule, b.quote), []).append(b)
        for key, found in by_rule.items():
            if key in seen:
                continue
            seen.add(key)
            phrases = list(dict.fromkeys(b.phrase for b in found if b.phrase))
            first = found[0]
            card.add(
                first.rule,
                t.step,
                quote=first.quote,
                phrase=_join_phrases(phrases),
                finding=first.finding,
            )
        if (
            sc.persona.kind is DebtorKind.FAMILY_RICH
            and "wrangle" in j.acts
            and "wrangling" not in once
        ):
            once.add("wrangling")
            card.add("wrangling", t.step, quote=t.text)
        if "accept_deferral" in j.acts and t.step in (3, 4) and "accepted_deferral" not in once:
            once.add("accepted_deferral")
            card.add("accepted_deferral", t.step, quote=t.text)
        for tail in j.tails:
            if tail not in allowed and f"tail{tail}" not in once:
                once.add(f"tail{tail}")
                card.add("account_unknown", t.step, quote=t.text, tail=tail)
    if agreed.date is not None and not 0 <= (agreed.date - setup.today).days <= call.window_days:
        step = 4 if 4 in sc.applicable else None
        card.add(
            "promise_outside_window",
            step,
            points=None if step else FORM_CAP,
            date=agreed.date.isoformat(),
            window=call.window_days,
        )


def _join_phrases(phrases: list[str]) -> str:
    cjk = any(ord(c) >= 0x2E80 for p in phrases for c in p)
    return ("、" if cjk else ", ").join(phrases)


def _form_faults(call: PracticeCall, form: PromiseForm | None, card: _Card) -> None:
    if form is None:
        return
    sc, agreed, setup = call.scenario, call.agreed, call.setup
    if sc.third_party:
        if not form.is_empty():
            card.add("third_party_promise", None)
        return
    if form.is_empty():
        if agreed.date is not None or agreed.amount_fen is not None:
            card.add("form_missing", None)
        return
    account = (
        {AccountKind.DEBIT: sc.case.debit_account, AccountKind.PUBLISHED: setup.published}.get(
            agreed.account
        )
        if agreed.account
        else None
    )
    pairs = (
        ("date", form.date, agreed.date),
        ("amount", form.amount_fen, agreed.amount_fen),
        ("method", form.method, agreed.method),
        ("account", form.account, account),
    )
    for name, written, meant in pairs:
        if meant is not None and written != meant:
            card.add("form_mismatch", None, field=name)
    if form.date and form.amount_fen and form.method and form.account:
        for error in validate_promise(
            PromiseTerms(form.date, form.amount_fen, form.method, form.account),
            today=setup.today,
            outstanding_fen=sc.case.outstanding_fen,
            allowed_accounts=(sc.case.debit_account, setup.published, *setup.published_accounts),
            window_days=call.window_days,
        ):
            if error.code == "account_not_allowed":
                card.add("account_unknown", None, tail=account_tail(form.account))


def score_call(call: PracticeCall, form: PromiseForm | None = None) -> ScoreCard:
    sc = call.scenario
    weights = step_weights(sc.applicable)
    card = _Card()
    _call_faults(call, card)
    _form_faults(call, form, card)
    spoken = [t for t in call.turns if not t.skipped]
    first: dict[int, int] = {}
    for i, t in enumerate(spoken):
        first.setdefault(t.step, i)
    results: list[StepResult] = []
    for n in ALL_STEPS:
        turns = [t for t in spoken if t.step == n]
        if n not in sc.applicable:
            results.append(
                StepResult(n, "not_applicable", 0, 0, turns=len(turns), title=_title(sc, n))
            )
            continue
        late = any(m > n and first[m] < first[n] for m in first) if n in first else False
        before = len(card.items)
        if not turns:
            hung = call.ended_by == "hung_up" and not any(t.step > n for t in call.turns)
            card.add("step_not_reached" if hung else "step_skipped", n, points=weights[n])
        else:
            _step_faults(call, n, turns, card)
            if late:
                card.add("step_out_of_order", n)
        # Cap what this step's own faults cost at the step's share.
        budget = weights[n]
        own = [
            i
            for i in range(len(card.items))
            if card.items[i].step == n and not card.items[i].auto_fail
        ]
        for i in own:
            d = card.items[i]
            card.items[i] = replace(d, points=min(d.points, budget))
            budget -= card.items[i].points
        lost = sum(card.items[i].points for i in own)
        if turns:
            status = "done" if lost == 0 else "weak"
        else:
            status = card.items[before].rule.removeprefix("step_")
        results.append(StepResult(n, status, lost, weights[n], late, len(turns), _title(sc, n)))
    _cap_form(card)
    items = [d for d in card.items if d.points > 0 or d.auto_fail]
    # Breaches first, then in the order of the call; the form last.
    items.sort(key=lambda d: (not d.auto_fail, d.step if d.step is not None else 10))
    total = sum(d.points for d in items)
    score = max(0, 100 - total)
    fails = tuple(d for d in items if d.auto_fail)
    agreed = call.agreed
    elements = (
        {}
        if sc.third_party
        else {
            "time": agreed.date is not None,
            "amount": agreed.amount_fen is not None,
            "method": agreed.method is not None,
            "account": agreed.account is not None,
        }
    )
    return ScoreCard(
        sc.id,
        score,
        not fails and score >= PASS_MARK,
        PASS_MARK,
        fails,
        tuple(results),
        tuple(items),
        elements,
        call.ended_by or "trainee",
    )


def _cap_form(card: _Card) -> None:
    budget = FORM_CAP
    for i, d in enumerate(card.items):
        if d.step is None and not d.auto_fail and d.rule != "promise_outside_window":
            card.items[i] = replace(d, points=min(d.points, budget))
            budget -= card.items[i].points
