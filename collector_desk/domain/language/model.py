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


def features(norm: str, addressee: str) -> list[str]:
    """The features of a normalised utterance: char 1-3 grams over each run of
    non-ASCII text, English word unigrams and bigrams, and who hears it."""
    out: list[str] = [f"@{addressee}"]
    for run in _CJK_RUN.findall(norm):
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
    return sorted(set(out))


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

    def scores(self, norm: str, addressee: str) -> list[Score]:
        """Every category whose score reaches its threshold."""
        feats = features(norm, addressee)
        out: list[Score] = []
        for cat, m in self.categories.items():
            p, parts = m.score(feats)
            if p >= m.threshold:
                top = _top(parts)
                out.append(Score(cat, p, top))
        return out


def _readable(feature: str) -> str:
    return feature.removeprefix("w:").strip("^$")


def _top(parts: list[tuple[float, str]], n: int = 3) -> tuple[str, ...]:
    """The n-grams that pushed the score up most, longest first among equals:
    a single character ("你") explains nothing, so those come last."""
    useful = [(w, f) for w, f in parts if w > 0 and not f.startswith("@")]
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
    return Model(cats)


def loads(text: str) -> Model:
    return parse(json.loads(text))
