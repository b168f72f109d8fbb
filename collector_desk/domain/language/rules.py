"""The parts of the language engine: who hears, categories, rules, frames, hits.

Built from the rule files by loading.py; run by engine.py (with frames.py for the
matching and negation.py for the scope).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from collector_desk.domain.bilingual import Text as Text  # re-exported


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
class Category:
    id: str
    kind: str  # "breach": a collector must never; "act": something the speech does
    title: Text
    score: str = ""  # the practice rule code a breach of this category costs


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    addressee: Addressee


class Pattern:
    """A rule's regular expression, compiled at load, or on first use when it is
    written in ASCII only (`latin`): such a pattern is tried only on sentences with
    Latin letters (English practice), so the Chinese desk never pays for it.
    `collector-desk check` compiles every pattern and holds each Latin one to
    needing a Latin letter (latin.py), so skipping it elsewhere loses nothing."""

    __slots__ = ("_re", "latin", "text", "where")

    def __init__(self, text: str, where: str, latin: bool) -> None:
        self.text = text
        self.where = where
        self.latin = latin
        self._re: re.Pattern[str] | None = None if latin else compile_pattern(text, where)

    @property
    def compiled(self) -> bool:
        return self._re is not None

    @property
    def re(self) -> re.Pattern[str]:
        # a race compiles it twice at worst; both results are the same pattern
        if self._re is None:
            self._re = compile_pattern(self.text, self.where)
        return self._re


def compile_pattern(text: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(text)
    except re.error as exc:
        raise RuleError(f"{where}: not a valid pattern ({exc})") from None


@dataclass(frozen=True, slots=True)
class Frame:
    """A marker and a core within `gap` characters of each other in one sentence."""

    marker: Pattern
    core: Pattern
    gap: int
    marker_first: bool
    core_first: bool

    @property
    def latin(self) -> bool:
        """Both must match, so a frame needing a Latin letter in either part needs one."""
        return self.marker.latin or self.core.latin


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: str
    act: str  # the act it shows (practice branches and scoring); "" for breaches
    why: Text
    patterns: tuple[Pattern, ...]
    unless: tuple[Pattern, ...]
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
    # a question echoed back, then denied ("我去你家？我天天坐办公室呢"): optional
    denials: re.Pattern[str] | None = None
    # the borrower's words reported in a note ("客户称催收员要去他单位"), up to where the
    # writer's own clause starts: no breach of ours (optional)
    reported: re.Pattern[str] | None = None
    # a scam warning about what others say or do ("有人说交钱能修复征信，那是骗局"): optional
    warnings: re.Pattern[str] | None = None
    # the borrower's yes heard after a verification question ("您是王强先生对吧？好的，
    # 王先生，…"): from there on the listener is verified (optional)
    confirmed: re.Pattern[str] | None = None
    window: int = 8
    window_latin: int = 28
