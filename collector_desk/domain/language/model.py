"""A learned back-off beside the rules: per category, a linear model over
character n-grams of the normalised text and English words.

The rules stay the judge. The model only speaks where no rule of a category
matched, and never over a negation or a refusal (the rules' scope decides
that). Its weights are data (resources/language/model.json), written by
tools/train_language_model.py; nothing here trains.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

_LATIN_WORD = re.compile(r"[a-z0-9']+")
_CJK_RUN = re.compile(r"[^\x00-\x7f]+")


def features(
    norm: str,
    addressee: str,
    lexicon: Mapping[str, Sequence[str]] | None = None,
    refused: bool = False,
) -> list[str]:
    """The features of a normalised utterance: char 1-3 grams over each run of
    non-ASCII text, English word unigrams and bigrams, and who hears it; with a
    lexicon (word -> the rule files' word classes that hold it), each class named
    in the text (`c:harm`), pairs of them (`c:harm+c:warning`), and whether a
    negation or a refusal stands in it (`neg`, and `neg|c:waive` for each class)."""
    out: list[str] = [f"@{addressee}"]
    runs = _CJK_RUN.findall(norm)
    for run in runs:
        padded = f"^{run}$"
        n = len(padded)
        for i in range(n):
            if 0 < i < n - 1:
                out.append(padded[i])
            if i + 2 <= n:
                out.append(padded[i : i + 2])
            if i + 3 <= n:
                out.append(padded[i : i + 3])
    words = _LATIN_WORD.findall(norm)
    out.extend(f"w:{w}" for w in words)
    out.extend(f"w:{a} {b}" for a, b in pairwise(words))
    if lexicon is not None:
        classes: set[str] = set()
        for run in runs:
            n = len(run)
            for i in range(n):
                for j in range(i + 1, min(n, i + _LONGEST) + 1):
                    got = lexicon.get(run[i:j])
                    if got is not None:
                        classes.update(got)
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 4) + 1):
                got = lexicon.get(" ".join(words[i:j]))
                if got is not None:
                    classes.update(got)
        names = sorted(classes)
        out.extend(f"c:{c}" for c in names)
        content = [c for c in names if c not in _PERSONS]
        out.extend(f"c:{a}+c:{b}" for i, a in enumerate(content) for b in content[i + 1 :])
        if addressee != "borrower":
            out.extend(f"c:{c}@{addressee}" for c in content)
        if refused:
            out.append("neg")
            out.extend(f"neg|c:{c}" for c in names)
        if "?" in norm:
            out.append("?")
    return sorted(set(out))


_LONGEST = 8  # the longest word of a class looked up in Chinese text
# classes of persons, in nearly every sentence: no pairs of them
_PERSONS = frozenset({"you", "third", "anyone", "we"})


@dataclass(frozen=True, slots=True)
class Score:
    category: str
    score: float  # probability-like, 0..1
    top: tuple[str, ...]  # the features that pushed it up most, as text


@dataclass(frozen=True, slots=True)
class CategoryModel:
    bias: float
    threshold: float
    weights: Mapping[str, float]

    def score(self, feats: Sequence[str]) -> tuple[float, list[tuple[float, str]]]:
        """The score of distinct features (each counts once, all scaled by 1/sqrt(n))."""
        x = 1.0 / math.sqrt(len(feats)) if feats else 0.0
        parts: dict[str, float] = {}
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                parts[f] = w
        z = max(-30.0, min(30.0, self.bias + x * sum(parts.values())))
        return 1.0 / (1.0 + math.exp(-z)), sorted(((w, f) for f, w in parts.items()), reverse=True)


@dataclass(frozen=True, slots=True)
class Model:
    categories: Mapping[str, CategoryModel]
    lexicon: Mapping[str, Sequence[str]] | None = None

    def scores(self, norm: str, addressee: str, refused: bool = False) -> list[Score]:
        """Every category whose score reaches its threshold (`refused`: a negation or
        a refusal stands in the text, itself a feature)."""
        feats = features(norm, addressee, self.lexicon, refused)
        out: list[Score] = []
        for cat, m in self.categories.items():
            p, parts = m.score(feats)
            if p >= m.threshold:
                top = _top(parts)
                out.append(Score(cat, p, top))
        return out


def _is_text(feature: str) -> bool:
    """An n-gram or an English word: a class, the listener or the negation flag
    are not words of the text."""
    return not feature.startswith(("@", "c:", "neg")) and feature != "?"


def _readable(feature: str) -> str:
    return feature.removeprefix("w:").strip("^$")


def _top(parts: list[tuple[float, str]], n: int = 3) -> tuple[str, ...]:
    """The n-grams that pushed the score up most, longest first among equals:
    a single character ("你") explains nothing, so those come last."""
    useful = [(w, f) for w, f in parts if w > 0 and _is_text(f)]
    words = [_readable(f) for w, f in useful if len(_readable(f)) >= 2]
    words += [_readable(f) for w, f in useful if len(_readable(f)) < 2]
    out: list[str] = []
    for word in words:
        # "打断" and "打断你" say the same: keep the longer
        if any(word in kept for kept in out):
            continue
        out = [kept for kept in out if kept not in word] + [word]
        if len(out) == n:
            break
    return tuple(out)


def parse(raw: Mapping[str, Any]) -> Model:
    cats: dict[str, CategoryModel] = {}
    for cat, m in raw.get("categories", {}).items():
        cats[str(cat)] = CategoryModel(
            float(m["bias"]),
            float(m["threshold"]),
            {str(k): float(v) for k, v in m["weights"].items()},
        )
    raw_lex = raw.get("lexicon")
    lexicon = (
        {str(w): tuple(str(c) for c in cs) for w, cs in raw_lex.items()}
        if isinstance(raw_lex, dict)
        else None
    )
    return Model(cats, lexicon)


def loads(text: str) -> Model:
    return parse(json.loads(text))
