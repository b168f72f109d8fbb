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

from dataclasses import dataclass, field

from collector_desk.domain.language.frames import match
from collector_desk.domain.language.model import Model
from collector_desk.domain.language.negation import refuses
from collector_desk.domain.language.normalise import normalise, split_sentences
from collector_desk.domain.language.rules import (
    Addressee,
    Category,
    Hit,
    Rule,
    RuleError,
    Scope,
    Text,
)

__all__ = ["Addressee", "Engine", "Hit", "RuleError", "Text"]


@dataclass
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
                hit = match(rule, norm, self.scope)
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

    def hears(self, category: str) -> frozenset[Addressee]:
        """To whom the category's rules apply (disclosure: only a third party or an
        unverified person); the learned back-off keeps to the same listeners."""
        out: set[Addressee] = set()
        for rule in self.rules:
            if rule.category == category:
                out |= rule.addressees if rule.addressees is not None else set(Addressee)
        return frozenset(out)

    def refuses(self, sentence: str) -> bool:
        """A negation or a refusal that no breaker turns into a condition (negation.py)."""
        return refuses(self.scope, sentence)

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
