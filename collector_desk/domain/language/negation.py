"""The negation scope: whether a negation or a refusal cancels the words.

A negation in the same clause, shortly before the words, cancels them ("不能给您
减免", "没有权限", "I can't waive"), unless a breaker stands between ("不还就通知…":
the 不 belongs to the condition); a refusal right after them cancels them too
("减免是不可能的"). The words of the scope are data (resources/language/_words.toml,
`[scope]`).
"""

from __future__ import annotations

from collector_desk.domain.language.rules import Scope

_CLAUSE = ",:;"


def _question(s: str, i: int, j: int, word: str) -> bool:
    """ "信不信", "有没有", "能不能": a question, not a negation."""
    return word in "不没" and i > 0 and j < len(s) and s[i - 1] == s[j]


def negated(scope: Scope, s: str, start: int, end: int, skip: tuple[int, int] = (0, 0)) -> bool:
    """Whether a negation before s[start:end] (in its clause, within the window) or
    a refusal right after it cancels the words; negators inside `skip` belong to a
    frame's marker and do not count."""
    clause_start = max(s.rfind(ch, 0, start) for ch in _CLAUSE) + 1
    latin = start > 0 and s[start - 1].isascii()
    width = scope.window_latin if latin else scope.window
    w0 = max(clause_start, start - width)
    last = None
    # searched in the whole sentence so that a negator's lookahead sees the words
    # ("别让…" is not "别": the window alone would end at "别")
    for m in scope.negators.finditer(s, w0):
        if m.start() >= start:
            break
        if skip[0] <= m.start() < skip[1]:
            continue
        if not _question(s, m.start(), m.end(), m.group(0)):
            last = m
    # A breaker after the negator, up to the end of the words, makes the negation a
    # condition's ("再不回电话我们就去你家": 就 is inside the words).
    if last is not None and not scope.breakers.search(s[last.end() : end]):
        return True
    clause_end = min([i for i in (s.find(ch, end) for ch in _CLAUSE) if i >= 0] + [len(s)])
    return bool(scope.refusals_after.match(s[end:clause_end]))


def refuses(scope: Scope, sentence: str) -> bool:
    """A negation or a refusal anywhere in the normalised sentence that no breaker
    turns into a condition: the learned back-off never speaks over one. A breaker
    counts shortly after the negator in its clause ("不还就", "不还的话", "don't
    pay or else"), not anywhere ("I won't be calling your employer or family")."""
    for m in scope.negators.finditer(sentence):
        i, j = m.start(), m.end()
        if _question(sentence, i, j, m.group(0)):
            continue
        ends = [k for k in (sentence.find(ch, j) for ch in _CLAUSE) if k >= 0]
        clause_end = min([*ends, len(sentence)])
        width = scope.window_latin // 2 if sentence[i].isascii() else 4
        if not scope.breakers.search(sentence, j, min(clause_end, j + width)):
            return True
    # refusals_after is anchored ("^"): tried after every character
    return any(
        scope.refusals_after.match(sentence[i:])
        for i in range(1, len(sentence))
        if not sentence[i].isascii() or sentence[i - 1] == " "
    )
