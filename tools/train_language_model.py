"""Train the learned back-off of the language engine and write its weights.

    python tools/train_language_model.py            # cross-validate, train, write model.json
    python tools/train_language_model.py --eval tests/data/language_probe3.tsv

Per category a logistic regression (averaged SGD, class-weighted) over the
features of collector_desk.domain.language.model.features. Thresholds come
from cross-validation on the training corpora (one fold per corpus): the lowest score at
which the model's own flags (vetoed by a negation or a refusal for breaches)
are right at least 95 % of the time. language_probe3.tsv is never trained or
tuned on; --eval only measures a corpus with rules + model.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collector_desk.domain.language import Addressee, load_folder, rules_dir  # noqa: E402
from collector_desk.domain.language.model import features, parse  # noqa: E402

TRAIN = [
    "language_corpus.tsv",
    "language_heldout.tsv",
    "language_probe.tsv",
    "language_probe2.tsv",
    "language_dev.tsv",
    "language_dev2.tsv",
    "language_dev3.tsv",
    "language_dev4.tsv",
    "language_dev5.tsv",
]
BLIND = "language_probe3.tsv"
OUT = ROOT / "resources" / "language" / "model.json"
EPOCHS = 12
KEEP = 400  # features kept per category, by |weight|
PRECISION = 0.95
MIN_FLAGS = 5


def read(path: Path) -> list[tuple[frozenset[str], str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        labels, who, text = line.split("\t", 2)
        rows.append((frozenset() if labels == "-" else frozenset(labels.split(",")), who, text))
    return rows


class Row:
    __slots__ = ("feats", "labels", "rules", "text", "veto", "who")

    def __init__(self, eng, labels, who, text):  # type: ignore[no-untyped-def]
        self.labels, self.who, self.text = labels, who, text
        self.feats = sorted(set(features(eng.normalise(text), who)))
        self.rules = {h.category for h in eng.hits(text, Addressee(who))}
        self.veto = any(eng.refuses(n) for _, n in eng.sentences(text))


def train(
    rows: list[Row], cats: list[str], seed: int = 7
) -> dict[str, tuple[float, dict[str, float]]]:
    out = {}
    for cat in cats:
        pos = sum(cat in r.labels for r in rows)
        wpos = max(1.0, min(8.0, (len(rows) - pos) / max(pos, 1)))
        w: dict[str, float] = {}
        u: dict[str, float] = {}
        b = ub = 0.0
        c = 1
        order = list(range(len(rows)))
        rnd = random.Random(seed)
        for epoch in range(EPOCHS):
            rnd.shuffle(order)
            lr = 1.0 / (1 + epoch)
            for i in order:
                r = rows[i]
                y = 1.0 if cat in r.labels else 0.0
                x = 1.0 / math.sqrt(len(r.feats))
                z = b + x * sum(w.get(f, 0.0) for f in r.feats)
                z = max(-30.0, min(30.0, z))
                p = 1.0 / (1.0 + math.exp(-z))
                g = (y - p) * (wpos if y else 1.0) * lr
                if abs(g) > 1e-6:
                    gx = g * x
                    for f in r.feats:
                        w[f] = w.get(f, 0.0) + gx
                        u[f] = u.get(f, 0.0) + c * gx
                    b += g
                    ub += c * g
                c += 1
        avg = {f: w[f] - u[f] / c for f in w}
        out[cat] = (b - ub / c, avg)
    return out


def score(model: tuple[float, dict[str, float]], feats: list[str]) -> float:
    b, w = model
    x = 1.0 / math.sqrt(len(feats))
    z = max(-30.0, min(30.0, b + x * sum(w.get(f, 0.0) for f in feats)))
    return 1.0 / (1.0 + math.exp(-z))


def prune(model: tuple[float, dict[str, float]]) -> tuple[float, dict[str, float]]:
    b, w = model
    top = sorted(w.items(), key=lambda kv: -abs(kv[1]))[:KEEP]
    return round(b, 3), {f: round(v, 3) for f, v in top if round(v, 3)}


def choose(scores: list[tuple[float, bool, bool]]) -> float:
    """The lowest threshold whose flags (score, truth, vetoed) are >= PRECISION right."""
    for t in [x / 100 for x in range(30, 100)] + [0.995, 0.998, 0.999]:
        flags = [y for s, y, v in scores if s >= t and not v]
        if len(flags) >= MIN_FLAGS and sum(flags) / len(flags) >= PRECISION:
            return t
    return 1.01  # never


def report(name: str, rows: list[Row], flag) -> None:  # type: ignore[no-untyped-def]
    cats = sorted({c for r in rows for c in r.labels})
    print(
        f"{name}: {'category':<16} {'P rules':>7} {'R rules':>7} {'P +model':>8} {'R +model':>8} n"
    )
    for c in cats:
        res = []
        for use in (False, True):
            tp = fp = fn = 0
            for r in rows:
                got = c in r.rules or (use and flag(r, c))
                if got and c in r.labels:
                    tp += 1
                elif got:
                    fp += 1
                elif c in r.labels:
                    fn += 1
            res += [tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0]
        n = sum(c in r.labels for r in rows)
        print(
            f"{'':{len(name) + 2}}{c:<16} {res[0]:7.3f} {res[1]:7.3f} {res[2]:8.3f} {res[3]:8.3f} {n}"
        )


def negatable(eng) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.category for r in eng.rules if r.negatable}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", help="measure a corpus with rules + the written model; no training")
    args = ap.parse_args()
    eng = load_folder(rules_dir())
    neg = negatable(eng)
    data = ROOT / "tests" / "data"
    if args.eval:
        model = parse(json.loads(OUT.read_text(encoding="utf-8")))
        rows = [Row(eng, *row) for row in read(Path(args.eval))]

        def flag(r: Row, c: str) -> bool:
            m = model.categories.get(c)
            if m is None or (c in neg and r.veto) or Addressee(r.who) not in eng.hears(c):
                return False
            return m.score(r.feats)[0] >= m.threshold

        report(Path(args.eval).name, rows, flag)
        return 0

    def hears(r: Row, c: str) -> bool:
        return Addressee(r.who) in eng.hears(c)

    rows, folds = [], []
    for k, name in enumerate(TRAIN):
        for row in read(data / name):
            rows.append(Row(eng, *row))
            folds.append(k)
    cats = sorted({c for r in rows for c in r.labels})
    print(f"{len(rows)} training utterances, categories {cats}")
    # One fold per corpus: each was written apart from the others, as a blind set
    # is; random folds would put a sentence and its traditional-character copy on
    # both sides and make the thresholds look safer than they are.
    oof: dict[str, list[float]] = {c: [0.0] * len(rows) for c in cats}
    for k in range(len(TRAIN)):
        part = [r for r, f in zip(rows, folds, strict=True) if f != k]
        models = {c: prune(m) for c, m in train(part, cats).items()}
        for i, r in enumerate(rows):
            if folds[i] == k:
                for c in cats:
                    oof[c][i] = score(models[c], r.feats)
        print(f"fold {k + 1}/{len(TRAIN)} ({TRAIN[k]}) done", flush=True)
    thresholds = {}
    for c in cats:
        pts = []
        for t in (0.5, 0.7, 0.9, 0.95, 0.98, 0.99, 0.995):
            fl = [
                c in r.labels
                for i, r in enumerate(rows)
                if oof[c][i] >= t and not (c in neg and r.veto)
            ]
            pos = sum(c in r.labels for r in rows)
            pts.append(f"{t}:P{sum(fl) / max(len(fl), 1):.2f}/R{sum(fl) / pos:.2f}")
        print(c, " ".join(pts))
        veto = c in neg
        thresholds[c] = choose(
            [
                (oof[c][i], c in r.labels, (veto and r.veto) or not hears(r, c))
                for i, r in enumerate(rows)
            ]
        )
    idx = {id(r): i for i, r in enumerate(rows)}

    def oof_flag(r: Row, c: str) -> bool:
        return not (c in neg and r.veto) and hears(r, c) and oof[c][idx[id(r)]] >= thresholds[c]

    report("cross-validated", rows, oof_flag)
    print("thresholds (cross-validated)", thresholds)
    final = {c: prune(m) for c, m in train(rows, cats).items()}
    # The final model must also keep every training corpus at >= PRECISION per
    # category with the rules (tests/test_language_engine.py holds the rules alone to
    # it): raise a threshold until it does.
    for c in cats:
        veto = c in neg
        mine = [score(final[c], r.feats) for r in rows]
        while thresholds[c] <= 1.0:
            t = thresholds[c]
            ok = True
            for k in range(len(TRAIN)):
                got = [
                    c in r.labels
                    for i, r in enumerate(rows)
                    if folds[i] == k
                    and (c in r.rules or (mine[i] >= t and not (veto and r.veto) and hears(r, c)))
                ]
                if got and sum(got) / len(got) < PRECISION:
                    ok = False
            if ok:
                break
            thresholds[c] = round(t + 0.01, 2)
    print("thresholds (final)", thresholds)
    doc = {
        "about": "Learned back-off of the language engine; written by tools/train_language_model.py",
        "features": "char 1-3 grams of non-ASCII runs (^ $ at the edges), w:word, w:word word, @addressee",
        "trained_on": TRAIN,
        "categories": {
            c: {"bias": b, "threshold": thresholds[c], "weights": w}
            for c, (b, w) in final.items()
            if thresholds[c] <= 1.0
        },
    }
    OUT.write_text(
        json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
