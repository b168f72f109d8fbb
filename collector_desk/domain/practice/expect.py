"""What each step of the nine asks of the trainee (playbook §8, §9).

Step 3 depends on the objection heard and on the kind of debtor: each group is
a set of acts of which one must appear, e.g. objection A wants an either-or
choice or a specific time. A scenario may replace the objection's groups with
its own (`[step.3] require = [...]`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from collector_desk.domain.practice.model import DebtorKind, Objection, Scenario

OBJECTION_GROUPS: dict[Objection, tuple[tuple[str, ...], ...]] = {
    Objection.A: (("either_or", "specific_time"),),
    Objection.B: (("either_or", "specific_time", "date"), ("alt_channel",)),
    Objection.C: (("ask_return", "alt_channel"),),
    Objection.D: (("contract", "credit"), ("ask_payday", "ask_source", "part_payment")),
    Objection.E: (("liable",),),
    Objection.F: (("contract",), ("credit", "own_interest")),
    Objection.G: (("call_after_paying",),),
    Objection.ATM_FAILED: (("alt_channel",),),
    Objection.SOMEONE_ELSE_PAYS: (("liable",), ("date", "specific_time", "either_or")),
    Objection.WAITING_INCOME: (("ask_payday", "ask_source"), ("part_payment",)),
    Objection.FAMILY_EMERGENCY: (("empathy",), ("part_payment", "date", "either_or")),
    Objection.NONE: (),
}

# §8: what each kind of debtor calls for, heard at step 3.
KIND_GROUP: dict[DebtorKind, tuple[str, ...]] = {
    DebtorKind.ABLE_TO_PAY: ("empathy", "ask_reason"),  # let them explain, answer patiently
    DebtorKind.CASH_FLOW: ("ask_source", "ask_payday"),  # a real source of money?
    DebtorKind.FAMILY_RICH: ("family_help",),  # seek the family's support
    DebtorKind.MANY_LENDERS: ("part_payment", "priority"),  # whatever they have, us first
}

# Plain words for the acts, used in messages ("objection A: no either_or").
ACT_WORDS: dict[str, str] = {
    "either_or": "either-or choice",
    "specific_time": "specific time",
    "date": "date",
    "alt_channel": "other way to pay",
    "ask_return": "question about when they are back",
    "contract": "reference to the contract",
    "credit": "word on the credit record",
    "ask_payday": "question about payday",
    "ask_source": "question about where the money comes from",
    "part_payment": "part payment",
    "liable": "reminder that the borrower signed and is liable",
    "own_interest": "appeal to their own interest",
    "call_after_paying": "request to call after paying",
    "empathy": "understanding",
    "ask_reason": "question about what happened",
    "family_help": "suggestion of family support",
    "priority": "request to pay this lender first",
}

STEP_ELEMENT = {4: "date", 5: "amount", 6: "method", 7: "account"}


@dataclass(frozen=True, slots=True)
class Group:
    acts: tuple[str, ...]
    rule: str  # objection_unanswered | kind_technique_missing
    params: tuple[tuple[str, str], ...]

    def met(self, acts: Iterable[str]) -> bool:
        have = set(acts)
        return any(a in have for a in self.acts)


def describe(acts: tuple[str, ...]) -> str:
    return " or ".join(ACT_WORDS.get(a, a.replace("_", " ")) for a in acts)


def step3_groups(scenario: Scenario) -> tuple[Group, ...]:
    if 3 not in scenario.applicable:
        return ()
    own = scenario.step(3).require
    groups = [
        Group(
            g,
            "objection_unanswered",
            (("objection", scenario.objection.value), ("expected", describe(g))),
        )
        for g in (own if own is not None else OBJECTION_GROUPS[scenario.objection])
    ]
    kind = scenario.persona.kind
    group = KIND_GROUP[kind]
    groups.append(
        Group(
            group,
            "kind_technique_missing",
            (("kind", str(kind.number)), ("expected", describe(group))),
        )
    )
    return tuple(groups)


def core_ok(step: int, acts: frozenset[str], scenario: Scenario) -> bool:
    """Did this reply do the heart of its step? Drives `good`/`weak` in branches."""
    if "breach" in acts:
        return False
    if step == 1:
        return "verify" in acts
    if step == 2:
        if scenario.third_party:
            return "callback_request" in acts and "debt_detail" not in acts
        return "purpose" in acts
    if step == 3:
        return all(g.met(acts) for g in step3_groups(scenario))
    if step == 4:
        return bool(acts & {"either_or", "date"})
    if step == 5:
        return bool(acts & {"amount", "full_amount"})
    if step == 6:
        return "method" in acts
    if step == 7:
        return "account" in acts
    if step == 8:
        return {"date", "method", "account"} <= acts and bool(acts & {"amount", "full_amount"})
    return bool(acts & {"thanks", "goodbye"})
