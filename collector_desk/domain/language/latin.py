"""Whether every match of a pattern contains a Latin letter.

A rule pattern written in ASCII only is tried only on sentences with Latin letters
(rules.Pattern); that is safe when the pattern cannot match without one. This
walks the pattern's parse tree (the standard library's own parser) and says so:
a literal letter on every path, through sequences, groups, branches and repeats
of at least one. Only `collector-desk check` and the tests ask (a parse costs as
much as a compile).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any


def needs_latin(text: str) -> bool:
    try:
        tree = sre_parse.parse(text)
    except re.error:
        return False
    return _sequence(tree)


def _letter(code: int) -> bool:
    return chr(code).isascii() and chr(code).isalpha()


def _sequence(items: Any) -> bool:
    return any(_item(op, av) for op, av in items)


def _item(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return _letter(av)
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        return all(_sequence(branch) for branch in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return bool(low >= 1 and _sequence(sub))
    if op is sre.IN:
        # a set of letters only ("[a-z]"); a negated set matches anything else
        return all(
            (o is sre.LITERAL and _letter(v))
            or (o is sre.RANGE and _letter(v[0]) and _letter(v[1]) and v[1] - v[0] < 26)
            for o, v in av
        )
    return False  # anchors, lookarounds, ".", "\d", "\w", references
