"""The language engine's learned back-off (resources/language/model.json): off by
default, a learned finding explains itself and asks for a reviewer, a negation or a
refusal still vetoes it, it loads within budget, and with it every in-repo corpus
keeps the rules' precision."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_language_engine import CORPUS, DEV_SETS, FOCUSED, HELD_OUT, PROBE, PROBE3, PROBE4, _corpus

from collector_desk.domain.language import (
    engine,
    findings,
    load_model,
    model,
    rules_dir,
)
from collector_desk.domain.language.model import features

# No rule holds it: a veiled threat in words the classes do not have (session 10: for the
# retrained model, threshold 0.94, "小心你家里人出门的时候" scores under it; this order of
# the same words scores 0.95).
VEILED = "你家里人出门的时候小心点"


def test_the_back_off_is_off_by_default() -> None:
    assert findings(VEILED) == []


def test_a_learned_finding_names_category_score_and_ngrams_and_asks_for_review() -> None:
    found = findings(VEILED, learned=True)
    assert [f.rule for f in found] == ["learned.threat"]
    f = found[0]
    assert f.category == "threat" and f.quote == VEILED
    assert f.words and all(w in VEILED for w in f.words.split("、"))
    assert "请人工复核" in f.why.zh and "得分" in f.why.zh
    assert "reviewer should confirm" in f.why.en and "score 0." in f.why.en
    assert f.score == next(r.score for r in engine().rules if r.category == "threat")
    assert f.words in f.explain("en")


@pytest.mark.parametrize(
    "text",
    [
        "我们不会上门",
        "我们不会去你们公司找你",
        "我不会把你的情况告诉你家人",
        "我没有权限给您减免",
        "I won't be calling your employer or your family.",
    ],
)
def test_a_negation_or_a_refusal_still_vetoes(text: str) -> None:
    assert findings(text, learned=True) == []


def test_the_veto_reads_a_condition_as_the_rules_do() -> None:
    eng = engine()
    assert eng.refuses(eng.normalise("我们不会上门"))
    assert eng.refuses(eng.normalise("i won't be calling your employer or your family"))
    assert not eng.refuses(eng.normalise("再不还就上门"))
    assert not eng.refuses(eng.normalise("不还的话我们上门"))
    assert not eng.refuses(eng.normalise("信不信我上门"))


def test_the_model_file_is_small_and_loads_in_budget() -> None:
    path = rules_dir() / "model.json"
    assert path.stat().st_size < 300_000
    text = path.read_text(encoding="utf-8")
    t0 = time.thread_time()
    m = load_model(text)
    assert (time.thread_time() - t0) * 1000 < 50  # the rules take up to 300 ms
    # the categories whose left-out findings were right often enough
    # (tools/train_language_model.py; the others are left out of the model)
    assert {"threat", "impersonation", "waiver"} <= set(m.categories)
    assert all(0.0 < c.threshold <= 1.0 for c in m.categories.values())


def test_features_see_through_traditional_characters_and_widths() -> None:
    eng = engine()
    a = features(eng.normalise("隨便你！"), "borrower")
    b = features(eng.normalise("随便你!"), "borrower")
    assert a == b


# Trained on every set (session 8), so this is in-sample: the held-out measure of
# the back-off is tools/language_holdout.py (leave one set out).
MEASURED = [*DEV_SETS, *FOCUSED, PROBE3, PROBE4]


@pytest.mark.parametrize("path", [CORPUS, HELD_OUT, PROBE, *MEASURED], ids=lambda p: p.stem)
def test_with_the_back_off_every_training_corpus_keeps_precision(path: Path) -> None:
    """0.95 per category, or the rules' own where they are below it (probe3's acts)."""
    eng, m = engine(), model()
    rows = _corpus(path)
    cats = sorted({c for labels, _, _ in rows for c in labels})

    def precision(use: bool) -> dict[str, float]:
        tp = dict.fromkeys(cats, 0)
        fp = dict.fromkeys(cats, 0)
        for labels, who, text in rows:
            got = {h.category for h in eng.hits(text, who, m if use else None)}
            for c in cats:
                if c in got:
                    tp[c] += c in labels
                    fp[c] += c not in labels
        return {c: round(tp[c] / (tp[c] + fp[c]), 3) for c in cats if tp[c] + fp[c]}

    rules, both = precision(False), precision(True)
    low = {c: v for c, v in both.items() if v < min(0.95, rules.get(c, 1.0))}
    assert low == {}


def test_the_model_sees_the_rule_files_word_classes_and_the_negation() -> None:
    """A word put in a class by a compliance officer reaches the model as its class,
    in words it never saw in a sentence ("警官" is in {police})."""
    m, eng = model(), engine()
    assert m.lexicon is not None and "police" in m.lexicon["警官"]
    feats = features(eng.normalise("我是派出所的李警官"), "borrower", m.lexicon)
    assert "c:police" in feats and "c:court" not in feats
    assert "neg" not in feats
    refused = features(eng.normalise("我没有权限给您减免"), "borrower", m.lexicon, refused=True)
    assert "neg" in refused and any(f.startswith("neg|c:") for f in refused)
    # the class features never stand as the words of a finding
    assert all(
        not w.startswith(("c:", "neg", "@"))
        for f in findings(VEILED, learned=True)
        for w in f.words.split("、")
    )


def test_the_rule_files_words_become_the_lexicon() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import language_learn as ll

    assert ll._expand("免(?:了|掉)?") == ["免", "免了", "免掉"]
    assert ll._expand("[表堂]?哥") == ["哥", "表哥", "堂哥"]
    assert ll._expand("村(?=的?人)") == ["村"]
    assert ll._expand(r"\d+元") == []
    assert ll._top_level("a|(?:b|c)|d") == ["a", "(?:b|c)", "d"]
    lex = ll.lexicon(rules_dir())
    assert "police" in lex["警官"] and "judicial" in lex["警官"]  # a class folds in its parts
    assert "en_work" in lex["boss"] and "work" in lex["老板"]


def test_a_threshold_needs_its_own_flags_and_the_sum_with_the_rules_precise() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    import language_learn as ll

    # (score, truth, silenced, a rule matched)
    right = [(0.9, True, False, True)] * 10 + [(0.85, True, False, False)] * 5
    assert ll.choose(right) == 0.3
    # a wrong flag at 0.5: the threshold rises above it
    assert ll.choose([*right, (0.5, False, False, False)]) == 0.51
    # silenced rows (a refusal) do not count against it
    assert ll.choose([*right, (0.5, False, True, False)]) == 0.3
    # never precise enough: never
    assert ll.choose([(0.9, True, False, False), (0.9, False, False, False)] * 5) == 1.01
