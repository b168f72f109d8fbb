"""Judge one thing the trainee said: which acts it performs, what values it names,
and which rules of §7 it breaks. Same text, same result, every time.

The words are the language engine's (domain/language, rules in
resources/language); this module adds the values (dates, amounts, methods,
accounts) and turns the engine's findings into the scoring's rule codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from collector_desk.domain.language import Addressee, Hit, engine, model
from collector_desk.domain.practice import extract
from collector_desk.domain.promise import PaymentMethod

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
_FOLD = re.compile(r"[\s，。！？、,.!?\"'“”‘’]+")
# Acts of the "confirm" category are values (method words, account words, part of
# the day) that this module reads; they are not branch conditions themselves.
_VALUE_CATEGORY = "confirm"
# the word that offers a choice; a learned either-or without one is not credited
_CHOICE = re.compile(r"还是|或者|或是|要么|(?<![a-z])(?:or|either)(?![a-z])")


@dataclass(frozen=True, slots=True)
class Breach:
    rule: str  # a rule code of rules.py
    phrase: str  # the matched words
    quote: str  # the trainee's sentence that holds it
    finding: str = ""  # the language rule's id (resources/language)
    why: str = ""  # why it matters, in English (the UI shows the rule's own text)


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


def known_acts() -> frozenset[str]:
    """Every act a branch may name: those of the language rules."""
    eng = engine()
    return frozenset(
        r.act
        for r in eng.rules
        if eng.categories[r.category].kind == "act" and r.category != _VALUE_CATEGORY
    )


def quote(text: str, phrase: str) -> str:
    """The sentence of `text` that contains `phrase` (ignoring spaces and punctuation)."""
    needle = _FOLD.sub("", phrase).lower()
    for sentence in _SENTENCE.findall(text):
        if needle and needle in _FOLD.sub("", str(sentence)).lower():
            return str(sentence).strip()
    return text.strip()[:120]


def acts_of(hits: list[Hit]) -> set[str]:
    eng = engine()
    return {
        h.rule.act
        for h in hits
        if eng.categories[h.category].kind == "act" and h.category != _VALUE_CATEGORY
    }


def hits_of(text: str, addressee: Addressee = Addressee.BORROWER) -> list[Hit]:
    """The rules' hits, and the learned back-off's for the techniques only (an
    either-or question in words no rule holds): a technique credited costs nobody a
    call, and held out the back-off kept either-or precision at 0.95 or more
    (resources/language/README.md). A breach stays the rules' alone, since it
    auto-fails the call. An either-or needs its "or" ("那您想哪天还？" offers no choice,
    whatever the model's score)."""
    eng = engine()
    choice = _CHOICE.search(eng.normalise(text)) is not None
    return [
        h
        for h in eng.hits(text, addressee, model())
        if h.rule.source != "model.json"
        or (eng.categories[h.category].kind == "act" and (h.category != "either_or" or choice))
    ]


def judge_text(text: str, today: date, addressee: Addressee = Addressee.BORROWER) -> Judgement:
    eng = engine()
    hits = hits_of(text, addressee)
    norm = eng.normalise(text)
    acts = acts_of(hits)
    values = {h.rule.act for h in hits if h.category == _VALUE_CATEGORY}
    dates = tuple(extract.dates_in(norm, today))
    amounts = tuple(extract.amounts_in(norm))
    methods = tuple(extract.methods_from(hits))
    tails = extract.account_tails(norm)
    timed = "part_of_day" in values or extract.has_clock_time(norm)
    if dates:
        acts.add("date")
        if timed:
            acts.add("specific_time")
    if timed:
        acts.add("time_of_day")
    if amounts:
        acts.add("amount")
    if "full_amount" in values:
        acts.add("full_amount")
    if methods:
        acts.add("method")
    if tails or "account_word" in values:
        acts.add("account")
    breaches: list[Breach] = []
    # one finding per kind of breach and sentence: two rules that hear the same
    # waiver in one sentence ("罚息我给你做掉，你只还本金就行") are one breach
    seen: set[tuple[str, int]] = set()
    for h in hits:
        if eng.categories[h.category].kind != "breach" or (h.category, h.sentence) in seen:
            continue
        seen.add((h.category, h.sentence))
        breaches.append(Breach(h.rule.score, h.words, h.quote, h.rule.id, h.rule.why.en))
    if breaches:
        acts.add("breach")
    return Judgement(frozenset(acts), dates, amounts, methods, tails, tuple(breaches))
