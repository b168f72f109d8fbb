"""Train the learned back-off of the language engine and write its weights.

    python tools/train_language_model.py            # train on every set, write model.json
    python tools/train_language_model.py --eval tests/data/language_probe5.tsv

Per category a logistic regression over the features of
collector_desk.domain.language.model.features: character n-grams of the
normalised text, the word classes of the rule files (tools/language_learn.py
writes their words into model.json), pairs of classes, the listener, and
whether a negation or a refusal stands in the text. Trained on every labelled
set in tests/data. Thresholds come from leaving one set out (each set was
written apart from the others, as a blind set is): the lowest score at which
the back-off's flags, on sets it was not trained on, are right 95 % of the time,
and rules + back-off too; then raised until every training set keeps 0.95 per
category with the rules (or the rules' own precision, where lower). A category whose left-out findings never reach that is left out of the
model. `python tools/language_holdout.py` measures the same procedure set by
set; `--eval` only measures a corpus with rules + the written model.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import language_learn as ll

from collector_desk.domain.language import Addressee, load_folder, rules_dir
from collector_desk.domain.language.model import parse

OUT = ll.ROOT / "resources" / "language" / "model.json"
# Left out by the leave-one-set-out measure (tools/language_holdout.py, session 8):
# the findings the back-off added on sets it had not seen were no more often right
# than wrong (fee 3/4, insult 0/3, private account 2/2), or rules + back-off fell
# below 0.95 (part payment 0.932).
OFF = ("fee", "insult", "part_payment", "private_account")


def report(name: str, rows: list[ll.Row], flag) -> None:  # type: ignore[no-untyped-def]
    cats = sorted({c for r in rows for c in r.labels})
    print(
        f"{name}: {'category':<16} {'P rules':>7} {'R rules':>7} {'P +model':>8} {'R +model':>8} n"
    )
    for c in cats:
        p0, r0, n = ll.prf(rows, c, lambda r, c=c: c in r.rules)
        p1, r1, _ = ll.prf(rows, c, lambda r, c=c: c in r.rules or flag(r, c))
        print(f"{'':{len(name) + 2}}{c:<16} {p0:7.3f} {r0:7.3f} {p1:8.3f} {r1:8.3f} {n}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", help="measure a corpus with rules + the written model; no training")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    eng = load_folder(rules_dir())
    if args.eval:
        model = parse(json.loads(OUT.read_text(encoding="utf-8")))
        rows = [ll.Row(eng, model.lexicon, *row) for row in ll.read(Path(args.eval))]
        found = {
            id(r): {h.category for h in eng.hits(r.text, Addressee(r.who), model)} for r in rows
        }
        report(Path(args.eval).name, rows, lambda r, c: c in found[id(r)])
        return 0
    lex = ll.lexicon(rules_dir())
    rows = [ll.Row(eng, lex, *row, source=p.stem) for p in ll.sets() for row in ll.read(p)]
    cats = sorted({c for r in rows for c in r.labels})
    print(
        f"{len(rows)} training utterances in {len(ll.sets())} sets, categories {cats}", flush=True
    )
    _, oof = ll.left_out(rows, cats, args.jobs)
    quiet = ll.silenced(eng, ll.negatable(eng))
    thresholds = {
        c: ll.choose(
            (oof[i][c], c in r.labels, quiet(r, c), c in r.rules) for i, r in enumerate(rows)
        )
        for c in cats
    }
    print("thresholds (left-out scores)", thresholds)
    final = {c: ll.prune(m) for c, m in ll.train(rows, cats).items()}
    thresholds = ll.keep_training_precision(final, thresholds, rows, quiet)
    print("thresholds (final)", thresholds)
    kept = {c: t for c, t in thresholds.items() if t <= 1.0 and c not in OFF}
    doc = {
        "about": "Learned back-off of the language engine; written by tools/train_language_model.py",
        "features": "char 1-3 grams of non-ASCII runs (^ $ at the edges), w:word, w:word word, "
        "@addressee, c:class of the lexicon's words, c:a+c:b, c:class@addressee, neg, neg|c:class, ?",
        "trained_on": [p.name for p in ll.sets()],
        "categories": {
            c: {"bias": final[c][0], "threshold": t, "weights": final[c][1]}
            for c, t in kept.items()
        },
        # whole: the features (and their 1/sqrt(n) scale) are those it was trained on
        "lexicon": lex,
    }
    OUT.write_text(
        json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB): {sorted(kept)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
