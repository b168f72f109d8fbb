"""Judge one thing the trainee said: which acts it performs, what values it names,
and which rules of §7 it breaks. Same text, same result, every time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from collector_desk.domain.compliance import findings
from collector_desk.domain.practice import extract
from collector_desk.domain.practice.lexicon import acts_in
from collector_desk.domain.practice.rules import BREACH_RULES, impersonation_rule
from collector_desk.domain.promise import PaymentMethod

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_FOLD = re.compile(r"[\s，。！？、,.!?\"'“”‘’]+")


@dataclass(frozen=True, slots=True)
class Breach:
    rule: str  # a rule code of rules.py
    phrase: str  # the listed phrase or the matched words
    quote: str  # the trainee's sentence that holds it


@dataclass(frozen=True, slots=True)
class Judgement:
    acts: frozenset[str]
    dates: tuple[date, ...] = ()
    amounts: tuple[int, ...] = ()
    methods: tuple[PaymentMethod, ...] = ()
    tails: tuple[str, ...] = ()
    breaches: tuple[Breach, ...] = ()

    def has(self, *acts: str) -> bool:
        return any(a in self.acts for a in acts)


def quote(text: str, phrase: str) -> str:
    """The sentence of `text` that contains `phrase` (ignoring spaces and punctuation)."""
    needle = _FOLD.sub("", phrase).lower()
    for sentence in _SENTENCE.findall(text):
        if needle and needle in _FOLD.sub("", str(sentence)).lower():
            return str(sentence).strip()
    return text.strip()[:120]


def judge_text(text: str, today: date) -> Judgement:
    acts = acts_in(text)
    dates = tuple(extract.dates_in(text, today))
    amounts = tuple(extract.amounts_in(text))
    methods = tuple(extract.methods_in(text))
    accounts = extract.accounts_in(text)
    if dates:
        acts.add("date")
        if extract.has_time_of_day(text):
            acts.add("specific_time")
    if extract.has_time_of_day(text):
        acts.add("time_of_day")
    if amounts:
        acts.add("amount")
    if extract.FULL_AMOUNT.search(text.lower()):
        acts.add("full_amount")
    if methods:
        acts.add("method")
    if accounts.tails or accounts.generic:
        acts.add("account")
    breaches: list[Breach] = []
    for finding in findings(text):
        rule = (
            impersonation_rule(finding.phrase)
            if finding.kind == "impersonation"
            else BREACH_RULES.get(finding.kind, "forbidden_phrase")
        )
        breaches.append(Breach(rule, finding.phrase, quote(text, finding.phrase)))
    if breaches:
        acts.add("breach")
    return Judgement(frozenset(acts), dates, amounts, methods, accounts.tails, tuple(breaches))
