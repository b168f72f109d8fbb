"""The parts of the language engine: who hears, categories, rules, frames, hits.

Built from the rule files by loading.py; run by engine.py (with frames.py for the
matching and negation.py for the scope).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Addressee(StrEnum):
    """Who hears (or reads) the words."""

    BORROWER = "borrower"  # verified as the borrower
    UNVERIFIED = "unverified"  # on the line, not (yet) verified as the borrower
    THIRD_PARTY = "third_party"  # known not to be the borrower
    RECORD = "record"  # a desk note: written for the file, not said to anyone


ADDRESSEES = frozenset(a.value for a in Addressee)


class RuleError(ValueError):
    """A rule file cannot be used; the message names the file, the rule and the field."""


@dataclass(frozen=True, slots=True)
class Text:
    zh: str
    en: str

    def pick(self, lang: str) -> str:
        return self.en if lang.startswith("en") else self.zh


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    kind: str  # "breach": a collector must never; "act": something the speech does
    title: Text
    score: str = ""  # the practice rule code a breach of this category costs


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    addressee: Addressee


@dataclass(frozen=True, slots=True)
class Frame:
    """A marker and a core within `gap` characters of each other in one sentence."""

    marker: re.Pattern[str]
    core: re.Pattern[str]
    gap: int
    marker_first: bool
    core_first: bool


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    act: str  # the act it shows (practice branches and scoring); "" for breaches
    why: Text
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    addressees: frozenset[Addressee] | None  # None: any
    negatable: bool
    score: str
    source: str  # file name, for messages
    must_match: tuple[Example, ...] = ()
    must_not_match: tuple[Example, ...] = ()
    frames: tuple[Frame, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    words: str  # the matched words, normalised
    sentence: int  # index of the sentence in the text
    start: int  # offset in the normalised sentence
    quote: str  # the sentence as typed

    @property
    def category(self) -> str:
        return self.rule.category


@dataclass(frozen=True, slots=True)
class Scope:
    negators: re.Pattern[str]
    breakers: re.Pattern[str]
    refusals_after: re.Pattern[str]
    window: int = 8
    window_latin: int = 28
