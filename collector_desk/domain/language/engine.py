"""Rules as data, compiled once, run over normalised sentences.

A rule file (resources/language/*.toml) holds word classes, categories and
rules. A rule is a list of patterns: regular expressions over the normalised
text in which `{name}` stands for a word class (`{you}` -> `(?:你|您|你们)`).
A rule may also give frames: a marker (a warning, a condition, a staff
member's agency...) and a core (harm, exposure, a fee word...) found near each
other in one sentence, in either order; the negation scope is then judged at
the core ("不还我们就上门" is a threat, "不还的话我们也不会上门" is not).
Each rule says why it matters (zh and en), whom it applies to (any listener,
or only a third party / a person not yet verified), whether a negation or a
refusal in front of it ("不能", "没有权限", "I can't") cancels it, and carries
sentences that must and must not match. `check_examples` runs those.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from collector_desk.domain.language.model import Model
from collector_desk.domain.language.normalise import normalise, split_sentences


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


@dataclass
class Engine:
    categories: dict[str, Category]
    rules: tuple[Rule, ...]
    scope: Scope
    replace: dict[str, str] = field(default_factory=dict)

    def normalise(self, text: str) -> str:
        return normalise(text, self.replace)

    def sentences(self, text: str) -> list[tuple[str, str]]:
        """(as typed, normalised) for each sentence."""
        return [(s, self.normalise(s)) for s in split_sentences(text)]

    def hits(
        self, text: str, addressee: Addressee = Addressee.BORROWER, model: Model | None = None
    ) -> list[Hit]:
        """What the rules find; with a model, also what it finds in the categories no
        rule matched (see learned_hits)."""
        out: list[Hit] = []
        sentences = self.sentences(text)
        for i, (typed, norm) in enumerate(sentences):
            for rule in self.rules:
                if rule.addressees is not None and addressee not in rule.addressees:
                    continue
                hit = self._match(rule, norm)
                if hit is not None:
                    start, words = hit
                    out.append(Hit(rule, words.strip(" ,"), i, start, typed))
        if model is not None:
            out += self.learned_hits(sentences, text, addressee, model, {h.category for h in out})
        return out

    def learned_hits(
        self,
        sentences: list[tuple[str, str]],
        text: str,
        addressee: Addressee,
        model: Model,
        found: set[str],
    ) -> list[Hit]:
        """The learned back-off: a category no rule matched, scored over the whole
        utterance, flagged at its threshold unless a negation or a refusal stands in
        the text (for the categories whose rules a negation cancels) or the category's
        rules do not apply to this listener. Each hit names the score and the n-grams
        that weighed most, and asks a reviewer to confirm."""
        if not sentences:
            return []
        norm = " ".join(n for _, n in sentences)
        vetoed: bool | None = None
        out: list[Hit] = []
        for sc in model.scores(norm, addressee.value):
            if sc.category in found or sc.category not in self.categories:
                continue
            if addressee not in self.hears(sc.category):
                continue
            first = next(r for r in self.rules if r.category == sc.category)
            if first.negatable:
                if vetoed is None:
                    vetoed = any(self.refuses(n) for _, n in sentences)
                if vetoed:
                    continue
            words = "、".join(sc.top)
            rule = Rule(
                f"learned.{sc.category}",
                sc.category,
                first.act,
                Text(
                    f"模型判断（非规则命中，得分 {sc.score:.2f}，依据“{words}”），请人工复核。"
                    + first.why.zh,
                    f"Learned match, not a rule (score {sc.score:.2f}, from \u201c{words}\u201d);"
                    " a reviewer should confirm. " + first.why.en,
                ),
                (),
                (),
                None,
                first.negatable,
                first.score,
                "model.json",
            )
            out.append(Hit(rule, words, 0, 0, text.strip()))
        return out

    def _match(self, rule: Rule, sentence: str) -> tuple[int, str] | None:
        """Where the rule matches the sentence and the words, or None."""
        if rule.unless and any(u.search(sentence) for u in rule.unless):
            return None
        for pattern in rule.patterns:
            for m in pattern.finditer(sentence):
                if not (rule.negatable and self._negated(sentence, m.start(), m.end())):
                    return m.start(), m.group(0)
        for frame in rule.frames:
            hit = self._frame(rule, frame, sentence)
            if hit is not None:
                return hit
        return None

    def _frame(self, rule: Rule, frame: Frame, s: str) -> tuple[int, str] | None:
        cores = list(frame.core.finditer(s))
        if not cores:
            return None
        markers = [m.span() for m in frame.marker.finditer(s)]
        for core in cores:
            c0, c1 = core.span()
            for m0, m1 in markers:
                # the two may share words ("你这人" + "人品差", "不想让" + "让你爸妈知道")
                if frame.marker_first and m0 < c0 and c0 - m1 <= frame.gap:
                    # a negation inside the marker belongs to it ("不还就…", "不想让…");
                    # one before it counts ("我不是说您是…")
                    skip = (m0, m1)
                elif frame.core_first and m0 >= c1 and m0 - c1 <= frame.gap:
                    skip = (0, 0)
                else:
                    continue
                lo, hi = min(m0, c0), max(m1, c1)
                if _SENTENCE_END.search(s, lo, hi):
                    continue
                if rule.negatable and (
                    self._negated(s, c0, c1, skip=skip)
                    # "没有向其同事透露任何欠款": the negation stands before the marker
                    or (skip != (0, 0) and self._negated(s, m0, m1))
                ):
                    continue
                return lo, s[lo:hi]
        return None

    def _negated(self, s: str, start: int, end: int, skip: tuple[int, int] = (0, 0)) -> bool:
        clause_start = max(s.rfind(ch, 0, start) for ch in ",:;") + 1
        latin = start > 0 and s[start - 1].isascii()
        width = self.scope.window_latin if latin else self.scope.window
        w0 = max(clause_start, start - width)
        last = None
        # searched in the whole sentence so that a negator's lookahead sees the words
        # ("别让…" is not "别": the window alone would end at "别")
        for m in self.scope.negators.finditer(s, w0):
            if m.start() >= start:
                break
            if skip[0] <= m.start() < skip[1]:
                continue
            # "信不信", "有没有", "能不能": a question, not a negation
            i, j = m.start(), m.end()
            if not (m.group(0) in "不没" and i > 0 and j < len(s) and s[i - 1] == s[j]):
                last = m
        # A breaker after the negator, up to the end of the words, makes the negation a
        # condition's ("再不回电话我们就去你家": 就 is inside the words).
        if last is not None and not self.scope.breakers.search(s[last.end() : end]):
            return True
        clause_end = min([i for i in (s.find(ch, end) for ch in ",:;") if i >= 0] + [len(s)])
        return bool(self.scope.refusals_after.match(s[end:clause_end]))

    def hears(self, category: str) -> frozenset[Addressee]:
        """To whom the category's rules apply (disclosure: only a third party or an
        unverified person); the learned back-off keeps to the same listeners."""
        out: set[Addressee] = set()
        for rule in self.rules:
            if rule.category == category:
                out |= rule.addressees if rule.addressees is not None else set(Addressee)
        return frozenset(out)

    def refuses(self, sentence: str) -> bool:
        """A negation or a refusal anywhere in the normalised sentence that no breaker
        turns into a condition: the learned back-off never speaks over one. A breaker
        counts shortly after the negator in its clause ("不还就", "不还的话", "don't
        pay or else"), not anywhere ("I won't be calling your employer or family")."""
        for m in self.scope.negators.finditer(sentence):
            i, j = m.start(), m.end()
            if (
                m.group(0) in "不没"
                and i > 0
                and j < len(sentence)
                and sentence[i - 1] == sentence[j]
            ):
                continue  # "信不信": a question
            ends = [k for k in (sentence.find(ch, j) for ch in ",:;") if k >= 0]
            clause_end = min([*ends, len(sentence)])
            width = self.scope.window_latin // 2 if sentence[i].isascii() else 4
            if not self.scope.breakers.search(sentence, j, min(clause_end, j + width)):
                return True
        # refusals_after is anchored ("^"): tried after every character
        return any(
            self.scope.refusals_after.match(sentence[i:])
            for i in range(1, len(sentence))
            if not sentence[i].isascii() or sentence[i - 1] == " "
        )

    # --- examples ----------------------------------------------------------------

    def check_examples(self) -> list[str]:
        """Each rule's examples, run through the whole engine; one line per failure."""
        failures: list[str] = []
        for rule in self.rules:
            for ex in rule.must_match:
                got = self.hits(ex.text, ex.addressee)
                if not any(h.rule.id == rule.id for h in got):
                    failures.append(
                        f"{rule.source}: rule {rule.id}: must match but does not: {ex.text}"
                        f" (to {ex.addressee.value})"
                    )
            for ex in rule.must_not_match:
                got = self.hits(ex.text, ex.addressee)
                wrong = [h for h in got if h.rule.category == rule.category]
                if wrong:
                    failures.append(
                        f"{rule.source}: rule {rule.id}: must not match but {wrong[0].rule.id}"
                        f" does (\u201c{wrong[0].words}\u201d): {ex.text}"
                    )
        return failures

    def example_count(self) -> int:
        return sum(len(r.must_match) + len(r.must_not_match) for r in self.rules)


# --- loading -----------------------------------------------------------------------

_MACRO = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_RULE_KEYS = {
    "id",
    "category",
    "act",
    "why",
    "patterns",
    "unless",
    "addressee",
    "negatable",
    "score",
    "must_match",
    "must_not_match",
    "frames",
}
_FRAME_KEYS = {"marker", "core", "gap", "order"}
# A frame's marker and core never span a sentence end.
_SENTENCE_END = re.compile("[.?!]")


def _alternatives(raw: Any, where: str) -> str:
    if isinstance(raw, str) and raw:
        return raw
    if isinstance(raw, list) and raw and all(isinstance(v, str) and v for v in raw):
        return "|".join(raw)
    raise RuleError(f"{where}: give a pattern or a list of patterns")


def _frame(raw: Any, where: str, expand: Any) -> Frame:
    if not isinstance(raw, dict) or set(raw) - _FRAME_KEYS:
        raise RuleError(f"{where}: a frame is {{ marker, core, gap, order }}")
    marker = _alternatives(raw.get("marker"), f"{where}.marker")
    core = _alternatives(raw.get("core"), f"{where}.core")
    gap = raw.get("gap", 16)
    if not isinstance(gap, int) or not 0 <= gap <= 80:
        raise RuleError(f"{where}.gap: a number of characters from 0 to 80")
    order = raw.get("order", "either")
    if order not in ("either", "marker_first", "core_first"):
        raise RuleError(f'{where}.order: "either", "marker_first" or "core_first"')
    return Frame(
        _compile(expand(marker, where), f"{where}.marker"),
        _compile(expand(core, where), f"{where}.core"),
        gap,
        order != "core_first",
        order != "marker_first",
    )


def _words(raw: Mapping[str, Any], source: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in raw.items():
        if isinstance(value, str):
            out[name] = value
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            out[name] = "|".join(value)
        else:
            raise RuleError(f"{source}: words.{name}: give a list of words or one pattern string")
    return out


def _expander(words: Mapping[str, str]) -> Any:
    done: dict[str, str] = {}

    def expand(pattern: str, where: str, stack: tuple[str, ...] = ()) -> str:
        def one(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in words:
                raise RuleError(f"{where}: unknown word class {{{name}}}")
            if name in stack:
                raise RuleError(f"{where}: word class {{{name}}} refers to itself")
            if name not in done:
                done[name] = "(?:" + expand(words[name], where, (*stack, name)) + ")"
            return done[name]

        return _MACRO.sub(one, pattern)

    return expand


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RuleError(f"{where}: not a valid pattern ({exc})") from None


def _examples(raw: Any, where: str, default: Addressee) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise RuleError(f"{where}: give a list of sentences")
    out = []
    for item in raw:
        if isinstance(item, str):
            out.append(Example(item, default))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            who = item.get("addressee", default.value)
            if who not in ADDRESSEES:
                raise RuleError(f"{where}: addressee {who!r} is not one of {sorted(ADDRESSEES)}")
            out.append(Example(item["text"], Addressee(who)))
        else:
            raise RuleError(f"{where}: an example is a sentence or {{ text, addressee }}")
    return tuple(out)


def _text(raw: Any, where: str) -> Text:
    if not (isinstance(raw, dict) and isinstance(raw.get("zh"), str) and raw.get("en")):
        raise RuleError(f'{where}: give {{ zh = "...", en = "..." }}')
    return Text(raw["zh"], str(raw["en"]))


def load(files: Iterable[tuple[str, str]]) -> Engine:
    """Build the engine from (file name, TOML text) pairs; RuleError says what is wrong."""
    docs: list[tuple[str, dict[str, Any]]] = []
    for name, text in files:
        try:
            docs.append((name, tomllib.loads(text)))
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"{name}: not valid TOML ({exc})") from None
    words: dict[str, str] = {}
    categories: dict[str, Category] = {}
    replace: dict[str, str] = {}
    scope_raw: dict[str, str] = {}
    for name, doc in docs:
        for key, value in _words(doc.get("words", {}), name).items():
            if key in words:
                raise RuleError(f"{name}: words.{key} is defined twice")
            words[key] = value
        for cid, raw in doc.get("category", {}).items():
            where = f"{name}: category.{cid}"
            kind = raw.get("kind")
            if kind not in ("breach", "act"):
                raise RuleError(f'{where}.kind: "breach" or "act"')
            categories[cid] = Category(
                cid, kind, _text(raw.get("title"), f"{where}.title"), str(raw.get("score", ""))
            )
        norm = doc.get("normalise", {})
        replace.update({str(k): str(v) for k, v in norm.get("replace", {}).items()})
        scope_raw.update({k: v for k, v in doc.get("scope", {}).items() if isinstance(v, str)})
    expand = _expander(words)
    for key in ("negators", "breakers", "refusals_after"):
        if key not in scope_raw:
            raise RuleError(f"scope.{key}: missing from every rule file")
    negators, breakers, refusals = (
        _compile(expand(scope_raw[k], f"scope.{k}"), f"scope.{k}")
        for k in ("negators", "breakers", "refusals_after")
    )
    scope = Scope(negators, breakers, refusals)
    rules: list[Rule] = []
    seen: set[str] = set()
    for name, doc in docs:
        for i, raw in enumerate(doc.get("rule", [])):
            rid = raw.get("id")
            where = f"{name}: rule {rid or f'#{i + 1}'}"
            if not isinstance(rid, str) or not rid:
                raise RuleError(f"{where}: every rule needs an id")
            if rid in seen:
                raise RuleError(f"{where}: id {rid!r} is used twice")
            seen.add(rid)
            unknown = set(raw) - _RULE_KEYS
            if unknown:
                raise RuleError(f"{where}: unknown field(s) {sorted(unknown)}")
            cat = categories.get(raw.get("category", ""))
            if cat is None:
                raise RuleError(
                    f"{where}: category {raw.get('category')!r} is not one of {sorted(categories)}"
                )
            pats = raw.get("patterns", [])
            raw_frames = raw.get("frames", [])
            if not isinstance(raw_frames, list) or not isinstance(pats, list):
                raise RuleError(f"{where}: patterns, frames: give lists")
            frames = tuple(
                _frame(f, f"{where}: frames[{j}]", expand) for j, f in enumerate(raw_frames)
            )
            if not (pats or frames) or not all(isinstance(p, str) for p in pats):
                raise RuleError(f"{where}: patterns: give a list of at least one pattern or frame")
            who = raw.get("addressee")
            addressees = None
            if who is not None:
                if not isinstance(who, list) or not set(who) <= ADDRESSEES:
                    raise RuleError(f"{where}: addressee: a list of {sorted(ADDRESSEES)}")
                addressees = frozenset(Addressee(w) for w in who)
            act = str(raw.get("act", ""))
            if cat.kind == "act" and not act:
                raise RuleError(f"{where}: an act rule needs `act`")
            default = sorted(addressees)[0] if addressees else Addressee.BORROWER
            rule = Rule(
                rid,
                cat.id,
                act,
                _text(raw.get("why"), f"{where}: why"),
                tuple(_compile(expand(p, where), f"{where}: pattern {p!r}") for p in pats),
                tuple(
                    _compile(expand(p, where), f"{where}: unless {p!r}")
                    for p in raw.get("unless", [])
                ),
                addressees,
                bool(raw.get("negatable", cat.kind == "breach")),
                str(raw.get("score", cat.score)),
                name,
                _examples(raw.get("must_match"), f"{where}: must_match", default),
                _examples(raw.get("must_not_match"), f"{where}: must_not_match", default),
                frames,
            )
            if cat.kind == "breach" and not rule.must_match:
                raise RuleError(f"{where}: a breach rule needs must_match examples")
            rules.append(rule)
    return Engine(categories, tuple(rules), scope, replace)
