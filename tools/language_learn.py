"""The learned back-off's training parts, shared by tools/train_language_model.py
(writes resources/language/model.json) and tools/language_holdout.py (the
leave-one-set-out measure that predicts a fresh set).

- `lexicon`: the literal words of every word class in the rule files
  (resources/language/*.toml `[words]`), word -> classes, with a class's
  sub-classes folded in. The model sees "a {harm} word" as well as the
  characters, so a word it never saw in a sentence still counts when a
  compliance officer has put it in a class.
- `train`: per category a logistic regression, averaged SGD, class-weighted,
  pure Python over integer feature ids.
- `choose`: a threshold from scores the model gave to sentences it was not
  trained on: the lowest at which its flags (not vetoed by a negation or a
  refusal, heard by the category's listeners) are right PRECISION of the time,
  and rules + back-off too.
"""

from __future__ import annotations

import math
import multiprocessing
import random
import re
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from collector_desk.domain.language import Addressee, Engine  # noqa: E402
from collector_desk.domain.language.model import features  # noqa: E402

DATA = ROOT / "tests" / "data"
EPOCHS = 8
KEEP = 600  # features kept per category, by |weight|
PRECISION = 0.95  # rules + back-off, per category, on sets it was not trained on
MIN_FLAGS = 5
MIN_COUNT = 2  # a feature seen in fewer training sentences is dropped


def sets() -> list[Path]:
    """Every labelled language set in the repository, in a fixed order."""
    return sorted(DATA.glob("language_*.tsv"))


def read(path: Path) -> list[tuple[frozenset[str], str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        labels, who, text = line.split("\t", 2)
        rows.append((frozenset() if labels == "-" else frozenset(labels.split(",")), who, text))
    return rows


# --- word classes to literal words ---------------------------------------------

_REF = re.compile(r"^\{([a-z_][a-z0-9_]*)\}$")
_LOOK = re.compile(r"\(\?<?[=!](?:[^()]|\([^()]*\))*\)")
_PLAIN = re.compile(r"^[^\\()\[\]{}|?*+.^$]+$")


def _expand(entry: str, limit: int = 40) -> list[str]:
    """The literal words a simple pattern stands for: lookarounds dropped, `x?`,
    `(?:a|b)` and `[ab]` spelled out; [] when it is not that simple."""
    s = _LOOK.sub("", entry)
    outs = [""]
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "(":
            depth, j = 1, i + 1
            while j < len(s) and depth:
                depth += {"(": 1, ")": -1}.get(s[j], 0)
                j += 1
            inner = s[i + 1 : j - 1].removeprefix("?:")
            alts: list[str] = []
            for part in inner.split("|"):
                alts += _expand(part, limit)
            if not alts:
                return []
            i = j
        elif ch == "[":
            j = s.find("]", i)
            body = s[i + 1 : j]
            if j < 0 or "\\" in body or "-" in body or body.startswith("^"):
                return []
            alts, i = list(body), j + 1
        elif ch in "\\{}|*+.^$":
            return []
        else:
            alts, i = [ch], i + 1
        if i < len(s) and s[i] == "?":
            alts, i = ["", *alts], i + 1
        elif i < len(s) and s[i] in "*+{":
            return []
        outs = [o + a for o in outs for a in alts]
        if len(outs) > limit:
            return []
    return [o for o in outs if o]


def _top_level(pattern: str) -> list[str]:
    """A pattern's alternatives at the top level ("a|(?:b|c)" -> "a", "(?:b|c)")."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def lexicon(folder: Path) -> dict[str, list[str]]:
    """word -> the classes that hold it (sub-classes folded into their parents)."""
    words: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.toml")):
        for name, value in tomllib.loads(path.read_text(encoding="utf-8")).get("words", {}).items():
            words[name] = value if isinstance(value, list) else _top_level(value)
    literal: dict[str, set[str]] = {}

    def of(name: str, stack: tuple[str, ...] = ()) -> set[str]:
        if name in literal:
            return literal[name]
        out: set[str] = set()
        for entry in words.get(name, []):
            m = _REF.match(entry)
            if m and m.group(1) not in stack:
                out |= of(m.group(1), (*stack, name))
            elif "{" not in entry:
                out |= {w for w in _expand(entry) if not set(w) & set("()[]|?\\")}
        literal[name] = out
        return out

    lex: dict[str, list[str]] = {}
    for name in words:
        for w in of(name):
            if len(w) > 1 or name in ("you", "third"):
                lex.setdefault(w, []).append(name)
    return {w: sorted(c) for w, c in sorted(lex.items())}


# --- rows and training -------------------------------------------------------------


class Row:
    __slots__ = ("feats", "ids", "labels", "rules", "source", "text", "veto", "who")

    def __init__(  # type: ignore[no-untyped-def]
        self, eng: Engine, lex, labels, who, text, source=""
    ) -> None:
        self.labels, self.who, self.text, self.source = labels, who, text, source
        sents = eng.sentences(text)
        self.veto = eng.vetoes(sents)
        norm = " ".join(n for _, n in sents)
        self.feats = features(norm, who, lex, self.veto)
        self.rules = {h.category for h in eng.hits(text, Addressee(who))}
        self.ids: list[int] = []


def index(rows: Iterable[Row]) -> dict[str, int]:
    """Feature ids for the features seen in at least MIN_COUNT rows."""
    count: dict[str, int] = {}
    for r in rows:
        for f in r.feats:
            count[f] = count.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, n in count.items() if n >= MIN_COUNT))}


Model = tuple[float, dict[str, float]]


def train(rows: list[Row], cats: list[str], seed: int = 7) -> dict[str, Model]:
    ids = index(rows)
    names = sorted(ids, key=ids.__getitem__)
    xs = [[ids[f] for f in r.feats if f in ids] for r in rows]
    scale = [1.0 / math.sqrt(max(1, len(r.feats))) for r in rows]
    out: dict[str, Model] = {}
    for cat in cats:
        ys = [cat in r.labels for r in rows]
        pos = sum(ys)
        wpos = max(1.0, min(8.0, (len(rows) - pos) / max(pos, 1)))
        n = len(names)
        w = [0.0] * n
        u = [0.0] * n
        b = ub = 0.0
        c = 1
        order = list(range(len(rows)))
        rnd = random.Random(seed)
        exp = math.exp
        for epoch in range(EPOCHS):
            rnd.shuffle(order)
            lr = 1.0 / (1 + epoch)
            for i in order:
                x, sc, y = xs[i], scale[i], ys[i]
                z = b + sc * sum([w[k] for k in x])
                z = -30.0 if z < -30.0 else 30.0 if z > 30.0 else z
                g = ((1.0 if y else 0.0) - 1.0 / (1.0 + exp(-z))) * (wpos if y else 1.0) * lr
                if g > 1e-6 or g < -1e-6:
                    gx = g * sc
                    cg = c * gx
                    for k in x:
                        w[k] += gx
                        u[k] += cg
                    b += g
                    ub += c * g
                c += 1
        out[cat] = (b - ub / c, {names[k]: w[k] - u[k] / c for k in range(n) if w[k] or u[k]})
    return out


def prune(model: Model, keep: int = KEEP) -> Model:
    b, w = model
    top = sorted(w.items(), key=lambda kv: -abs(kv[1]))[:keep]
    return round(b, 3), {f: round(v, 3) for f, v in top if round(v, 3)}


def score(model: Model, feats: list[str]) -> float:
    b, w = model
    x = 1.0 / math.sqrt(max(1, len(feats)))
    z = max(-30.0, min(30.0, b + x * sum(w.get(f, 0.0) for f in feats)))
    return 1.0 / (1.0 + math.exp(-z))


GRID = [x / 100 for x in range(30, 100)] + [0.995, 0.998, 0.999]


def choose(scores: Iterable[tuple[float, bool, bool, bool]]) -> float:
    """The lowest threshold at which, over (score, truth, silenced, a rule matched)
    rows, the back-off's own flags are >= PRECISION right and rules + back-off too.

    Its own flags, not only those it adds: on sets the rules were tuned on, what the
    rules leave is mostly hard cases and label noise, so the findings it would add
    there say little about a fresh set, where the rules miss a third of the threats.
    """
    pts = [(s, y, ruled) for s, y, quiet, ruled in scores if ruled or not quiet]
    rule_tp = sum(1 for _, y, ruled in pts if ruled and y)
    rule_fp = sum(1 for _, y, ruled in pts if ruled and not y)
    for t in GRID:
        own = [y for s, y, _ in pts if s >= t]
        if len(own) < MIN_FLAGS:
            break
        added = [y for s, y, ruled in pts if s >= t and not ruled]
        both = (rule_tp + sum(added)) / (rule_tp + rule_fp + len(added))
        if sum(own) / len(own) >= PRECISION and both >= PRECISION:
            return t
    return 1.01  # never


def keep_training_precision(
    models: dict[str, Model],
    thresholds: dict[str, float],
    rows: list[Row],
    quiet: Callable[[Row, str], bool],
) -> dict[str, float]:
    """Raise each threshold until every set the model was trained on keeps, with the
    rules, precision PRECISION per category (or the rules' own, where lower): a model
    is surer of the sentences it learned from than of new ones."""
    out = dict(thresholds)
    by_set: dict[str, list[Row]] = {}
    for r in rows:
        by_set.setdefault(r.source, []).append(r)
    for c, t in thresholds.items():
        if t > 1.0:
            continue
        scored = {id(r): score(models[c], r.feats) for r in rows if not quiet(r, c)}
        while t <= 1.0:
            ok = True
            for part in by_set.values():
                rules = [c in r.labels for r in part if c in r.rules]
                both = [c in r.labels for r in part if c in r.rules or scored.get(id(r), 0.0) >= t]
                floor = min(PRECISION, sum(rules) / len(rules) if rules else 1.0)
                if both and sum(both) / len(both) < floor:
                    ok = False
                    break
            if ok:
                break
            t = round(t + 0.01, 2)
        out[c] = t
    return out


def silenced(eng: Engine, neg: set[str]) -> Callable[[Row, str], bool]:
    """Where the back-off may not speak for a category: a negation or a refusal
    (categories a negation cancels), or a listener the category's rules do not hear."""
    hears = {c: eng.hears(c) for c in eng.categories}

    def quiet(r: Row, c: str) -> bool:
        return (c in neg and r.veto) or Addressee(r.who) not in hears.get(c, frozenset())

    return quiet


def negatable(eng: Engine) -> set[str]:
    return {r.category for r in eng.rules if r.negatable}


def prf(rows: list[Row], cat: str, got: Callable[[Row], bool]) -> tuple[float, float, int]:
    tp = fp = fn = 0
    for r in rows:
        g = got(r)
        if g and cat in r.labels:
            tp += 1
        elif g:
            fp += 1
        elif cat in r.labels:
            fn += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    return round(p, 3), round(tp / (tp + fn) if tp + fn else 1.0, 3), tp + fn


_ROWS: list[Row] = []
_CATS: list[str] = []


def _fold(k: str) -> tuple[str, dict[str, Model], list[dict[str, float]]]:
    models = {c: prune(m) for c, m in train([r for r in _ROWS if r.source != k], _CATS).items()}
    mine = [r for r in _ROWS if r.source == k]
    return k, models, [{c: score(models[c], r.feats) for c in _CATS} for r in mine]


def left_out(
    rows: list[Row], cats: list[str], jobs: int = 2
) -> tuple[dict[str, dict[str, Model]], list[dict[str, float]]]:
    """Leave one set out: per set, the models trained on every other set, and per
    row the scores of the model that did not see its set."""
    global _ROWS, _CATS
    _ROWS, _CATS = rows, cats
    names = sorted({r.source for r in rows})
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        done = {k: (m, s) for k, m, s in pool.imap_unordered(_fold, names)}
    oof: list[dict[str, float]] = [{} for _ in rows]
    for k, (_, scores) in done.items():
        for i, s in zip([i for i, r in enumerate(rows) if r.source == k], scores, strict=True):
            oof[i] = s
    return {k: m for k, (m, _) in done.items()}, oof
