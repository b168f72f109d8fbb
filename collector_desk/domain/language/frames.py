"""Matching one rule against one normalised sentence: its patterns, then its frames.

A frame is a marker (a warning, a condition, a staff member's agency...) and a
core (harm, exposure, a fee word...) at most `gap` characters apart in one
sentence, in the order the frame allows. The negation scope (negation.py) is
judged at the core, and also before the marker: "不还我们就上门" is a threat,
"不还的话我们也不会上门" and "我不是说您是老赖" are not; a negation inside the
marker ("不还就", "不想让") belongs to the marker.
"""

from __future__ import annotations

import re

from collector_desk.domain.language.negation import negated
from collector_desk.domain.language.rules import Frame, Rule, Scope

# A frame's marker and core never span a sentence end.
_SENTENCE_END = re.compile("[.?!]")
# Latin letters: only then are a rule's Latin-only patterns tried.
LATIN = re.compile("[a-z]")


def match(rule: Rule, sentence: str, scope: Scope, latin: bool) -> tuple[int, str] | None:
    """Where the rule matches the sentence and the words, or None. `latin`: the
    sentence has Latin letters; without them the rule's Latin-only patterns cannot
    match and are not tried (rules.Pattern)."""
    if rule.unless and any(u.re.search(sentence) for u in rule.unless if latin or not u.latin):
        return None
    for pattern in rule.patterns:
        if pattern.latin and not latin:
            continue
        for m in pattern.re.finditer(sentence):
            if not (rule.negatable and negated(scope, sentence, m.start(), m.end())):
                return m.start(), m.group(0)
    for frame in rule.frames:
        if frame.latin and not latin:
            continue
        hit = _frame(rule, frame, sentence, scope)
        if hit is not None:
            return hit
    return None


def _frame(rule: Rule, frame: Frame, s: str, scope: Scope) -> tuple[int, str] | None:
    cores = list(frame.core.re.finditer(s))
    if not cores:
        return None
    markers = [m.span() for m in frame.marker.re.finditer(s)]
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
                negated(scope, s, c0, c1, skip=skip)
                # "没有向其同事透露任何欠款": the negation stands before the marker
                or (skip != (0, 0) and negated(scope, s, m0, m1))
            ):
                continue
            return lo, s[lo:hi]
    return None
