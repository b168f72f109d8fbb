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

The parts: rules.py (the types), loading.py (rule files to an Engine),
frames.py (one rule against one sentence), negation.py (the scope).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from collector_desk.domain.language.frames import LATIN, match
from collector_desk.domain.language.latin import needs_latin
from collector_desk.domain.language.model import Model
from collector_desk.domain.language.negation import refuses
from collector_desk.domain.language.normalise import (
    mixed_words,
    normalise,
    pinyin_words,
    split_sentences,
)
from collector_desk.domain.language.rules import (
    Addressee,
    Category,
    Hit,
    Pattern,
    Rule,
    RuleError,
    Scope,
    Text,
)

__all__ = ["Addressee", "Engine", "Hit", "RuleError", "Text"]

# the rules said only to a person not yet verified (disclosure before verification)
_UNVERIFIED = frozenset({Addressee.UNVERIFIED})
# listeners to whom a verification question followed by the debt is a disclosure only
_NOT_BORROWER = frozenset({Addressee.UNVERIFIED, Addressee.THIRD_PARTY})


@dataclass
class Engine:
    categories: dict[str, Category]
    rules: tuple[Rule, ...]
    scope: Scope
    replace: dict[str, str] = field(default_factory=dict)
    # English words inside a Chinese sentence and their Chinese ([normalise] mixed)
    mixed: dict[str, str] = field(default_factory=dict)
    # key words typed partly in pinyin inside a Chinese sentence ([normalise] pinyin)
    pinyin: dict[str, str] = field(default_factory=dict)
    _mixed: Callable[[str], str] | None = field(init=False, default=None, repr=False)
    _pinyin: Callable[[str], str] | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        self._mixed = mixed_words(self.mixed)
        self._pinyin = pinyin_words(self.pinyin)

    def normalise(self, text: str) -> str:
        return normalise(text, self.replace, self._mixed, self._pinyin)

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
        verified = False
        for i, (typed, norm) in enumerate(sentences):
            latin = LATIN.search(norm) is not None
            echoed = self.denied(sentences, i) or self.warned(sentences, i)
            own = self.own_words(norm)
            topic = self.topic(sentences, i)
            if topic and own:
                own = topic + "," + own
            found = len(out)
            for rule in self.rules:
                if rule.addressees is not None and addressee not in rule.addressees:
                    continue
                if verified and rule.addressees == _UNVERIFIED:
                    continue
                if echoed and rule.negatable:
                    continue
                said = own if rule.negatable else norm
                if not said:
                    continue
                hit = match(rule, said, self.scope, latin)
                if hit is not None:
                    start, words = hit
                    out.append(Hit(rule, words.strip(" ,"), i, start, typed))
            if addressee is Addressee.UNVERIFIED and not verified:
                verified = self.confirms(sentences, i, out[found:])
        if addressee in _NOT_BORROWER and any(h.category == "disclosure" for h in out):
            # "是李娜吗？你的分期已经逾期了": the debt told before any answer; the
            # question verified nobody
            out = [h for h in out if h.category != "verification"]
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
        vetoed = self.vetoes(sentences)
        out: list[Hit] = []
        for sc in model.scores(norm, addressee.value, vetoed):
            if sc.category in found or sc.category not in self.categories:
                continue
            if addressee not in self.hears(sc.category):
                continue
            # the category's rules that apply to this listener ("disclosure" in a note:
            # disclosure.reported, which a negation cancels, not the third-party rule)
            heard = [
                r
                for r in self.rules
                if r.category == sc.category and (r.addressees is None or addressee in r.addressees)
            ]
            first = heard[0]
            # where a rule of the category says `unless` ("你们再这么打我就去派出所": the
            # borrower's words), the model does not speak either
            if any(
                u.re.search(n)
                for r in heard
                for u in r.unless
                for _, n in sentences
                if not u.latin or LATIN.search(n)
            ):
                continue
            if vetoed and any(r.negatable for r in heard):
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

    def denied(self, sentences: list[tuple[str, str]], i: int) -> bool:
        """Sentence i is a question that the next sentence denies: the borrower's
        words echoed back ("您说我们的人要去您家？没有这回事"), not said to them."""
        if self.scope.denials is None or i + 1 >= len(sentences):
            return False
        return sentences[i][1].rstrip().endswith("?") and bool(
            self.scope.denials.match(sentences[i + 1][1].lstrip())
        )

    def confirms(self, sentences: list[tuple[str, str]], i: int, hits: list[Hit]) -> bool:
        """Sentence i verifies the listener and the next one opens with their yes
        heard ("您是王强先生对吧？好的，王先生…"): the rest is said to the borrower."""
        if self.scope.confirmed is None or i + 1 >= len(sentences):
            return False
        return any(h.category == "verification" for h in hits) and bool(
            self.scope.confirmed.match(sentences[i + 1][1].lstrip())
        )

    def topic(self, sentences: list[tuple[str, str]], i: int) -> str:
        """The sentence before, when it only names a topic as a question ("违约金？小意思，
        不用交了"): the breach rules read it with this one. Not when this one denies it
        ("上门？不会的"): that is the borrower's words echoed."""
        if i == 0:
            return ""
        before = sentences[i - 1][1].strip()
        if not before.endswith("?") or len(before) > 6 or LATIN.search(before):
            return ""
        if self.scope.denials is not None and self.scope.denials.match(sentences[i][1].lstrip()):
            return ""
        return before.rstrip("?")

    def own_words(self, sentence: str) -> str:
        """The sentence less the borrower's words reported at its start ("客户称催收员
        威胁要去他单位,已上报主管" -> ",已上报主管"): breaches are judged on the rest."""
        if self.scope.reported is None:
            return sentence
        m = self.scope.reported.match(sentence)
        return sentence if m is None else sentence[m.end() :]

    def warned(self, sentences: list[tuple[str, str]], i: int) -> bool:
        """Sentence i warns of a scam, what others say or do ("有人说交钱能修复征信,那是
        骗局"; the warning may open the next sentence: "...。那都是诈骗")."""
        if self.scope.warnings is None:
            return False
        norm = sentences[i][1]
        if i + 1 < len(sentences):
            norm += " " + sentences[i + 1][1][:16]
        return self.scope.warnings.search(norm) is not None

    def hears(self, category: str) -> frozenset[Addressee]:
        """To whom the category's rules apply (disclosure: only a third party or an
        unverified person); the learned back-off keeps to the same listeners."""
        out: set[Addressee] = set()
        for rule in self.rules:
            if rule.category == category:
                out |= rule.addressees if rule.addressees is not None else set(Addressee)
        return frozenset(out)

    def vetoes(self, sentences: list[tuple[str, str]]) -> bool:
        """The learned back-off does not speak for a category a negation cancels: a
        negation or a refusal stands, a scam is warned of, or the borrower's words are
        reported."""
        return any(
            self.refuses(n) or self.warned(sentences, i) or self.own_words(n) != n
            for i, (_, n) in enumerate(sentences)
        )

    def refuses(self, sentence: str) -> bool:
        """A negation or a refusal that no breaker turns into a condition (negation.py)."""
        return refuses(self.scope, sentence)

    # --- examples ----------------------------------------------------------------

    def patterns(self) -> Iterator[tuple[Rule, Pattern, bool]]:
        """Every pattern of every rule, with whether a Latin letter must be in its
        matches for the rule to be skipped safely (a frame's parts: either will do)."""
        for rule in self.rules:
            for p in (*rule.patterns, *rule.unless):
                yield rule, p, p.latin
            for f in rule.frames:
                yield rule, f.marker, f.marker.latin and not f.core.latin
                yield rule, f.core, f.core.latin and not f.marker.latin

    def check_patterns(self) -> list[str]:
        """Compile the patterns left for first use; each Latin-only pattern (or
        frame) must need a Latin letter, since other sentences skip it."""
        failures: list[str] = []
        for rule in self.rules:
            for f in rule.frames:
                if f.latin and not any(p.latin and needs_latin(p.text) for p in (f.marker, f.core)):
                    failures.append(
                        f"{rule.source}: {f.marker.where}: in ASCII only, "
                        "but it can match without a Latin letter"
                    )
        for _rule, p, alone in self.patterns():
            try:
                _ = p.re
            except RuleError as exc:
                failures.append(str(exc))
                continue
            if alone and not needs_latin(p.text):
                failures.append(
                    f"{p.where}: in ASCII only, but it can match without a Latin letter"
                    " (add a Chinese word, or a letter it needs)"
                )
        return failures

    def check_examples(self) -> list[str]:
        """Each rule's patterns (check_patterns) and examples, run through the whole
        engine; one line per failure."""
        failures = self.check_patterns()
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
