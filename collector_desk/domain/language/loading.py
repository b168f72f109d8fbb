"""Rule files (TOML text) to an Engine: word classes expanded, patterns compiled.

RuleError names the file, the rule and the field of anything that cannot be used.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from collector_desk.domain.language.engine import Engine
from collector_desk.domain.language.rules import (
    ADDRESSEES,
    Addressee,
    Category,
    Example,
    Frame,
    Pattern,
    Rule,
    RuleError,
    Scope,
    Text,
    compile_pattern,
)

_MACRO = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_RULE_KEYS = {
    "id",
    "category",
    "act",
    "why",
    "patterns",
    "unless",
    "addressee",
    "negatable",
    "score",
    "must_match",
    "must_not_match",
    "frames",
}
_FRAME_KEYS = {"marker", "core", "gap", "order"}


def _alternatives(raw: Any, where: str) -> str:
    if isinstance(raw, str) and raw:
        return raw
    if isinstance(raw, list) and raw and all(isinstance(v, str) and v for v in raw):
        return "|".join(raw)
    raise RuleError(f"{where}: give a pattern or a list of patterns")


def _frame(raw: Any, where: str, expand: Any, pattern: Callable[[str, str], Pattern]) -> Frame:
    if not isinstance(raw, dict) or set(raw) - _FRAME_KEYS:
        raise RuleError(f"{where}: a frame is {{ marker, core, gap, order }}")
    marker = _alternatives(raw.get("marker"), f"{where}.marker")
    core = _alternatives(raw.get("core"), f"{where}.core")
    gap = raw.get("gap", 16)
    if not isinstance(gap, int) or not 0 <= gap <= 80:
        raise RuleError(f"{where}.gap: a number of characters from 0 to 80")
    order = raw.get("order", "either")
    if order not in ("either", "marker_first", "core_first"):
        raise RuleError(f'{where}.order: "either", "marker_first" or "core_first"')
    return Frame(
        pattern(expand(marker, where), f"{where}.marker"),
        pattern(expand(core, where), f"{where}.core"),
        gap,
        order != "core_first",
        order != "marker_first",
    )


def _words(raw: Mapping[str, Any], source: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in raw.items():
        if isinstance(value, str):
            out[name] = value
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            out[name] = "|".join(value)
        else:
            raise RuleError(f"{source}: words.{name}: give a list of words or one pattern string")
    return out


def _expander(words: Mapping[str, str]) -> Any:
    done: dict[str, str] = {}

    def expand(pattern: str, where: str, stack: tuple[str, ...] = ()) -> str:
        def one(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in words:
                raise RuleError(f"{where}: unknown word class {{{name}}}")
            if name in stack:
                raise RuleError(f"{where}: word class {{{name}}} refers to itself")
            if name not in done:
                done[name] = "(?:" + expand(words[name], where, (*stack, name)) + ")"
            return done[name]

        return _MACRO.sub(one, pattern)

    return expand


def _patterns() -> Callable[[str, str], Pattern]:
    """Rule patterns, one per expanded text for the whole load (`{debt}` alone is
    a pattern of four rules: compiled once); written in ASCII only, a pattern is
    compiled on first use (rules.Pattern)."""
    made: dict[str, Pattern] = {}

    def pattern(text: str, where: str) -> Pattern:
        if text not in made:
            made[text] = Pattern(text, where, text.isascii())
        return made[text]

    return pattern


def _examples(raw: Any, where: str, default: Addressee) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise RuleError(f"{where}: give a list of sentences")
    out = []
    for item in raw:
        if isinstance(item, str):
            out.append(Example(item, default))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            who = item.get("addressee", default.value)
            if who not in ADDRESSEES:
                raise RuleError(f"{where}: addressee {who!r} is not one of {sorted(ADDRESSEES)}")
            out.append(Example(item["text"], Addressee(who)))
        else:
            raise RuleError(f"{where}: an example is a sentence or {{ text, addressee }}")
    return tuple(out)


def _text(raw: Any, where: str) -> Text:
    if not (isinstance(raw, dict) and isinstance(raw.get("zh"), str) and raw.get("en")):
        raise RuleError(f'{where}: give {{ zh = "...", en = "..." }}')
    return Text(raw["zh"], str(raw["en"]))


def load(files: Iterable[tuple[str, str]]) -> Engine:
    """Build the engine from (file name, TOML text) pairs; RuleError says what is wrong."""
    docs: list[tuple[str, dict[str, Any]]] = []
    for name, text in files:
        try:
            docs.append((name, tomllib.loads(text)))
        except tomllib.TOMLDecodeError as exc:
            raise RuleError(f"{name}: not valid TOML ({exc})") from None
    words: dict[str, str] = {}
    categories: dict[str, Category] = {}
    replace: dict[str, str] = {}
    mixed: dict[str, str] = {}
    pinyin: dict[str, str] = {}
    scope_raw: dict[str, str] = {}
    for name, doc in docs:
        for key, value in _words(doc.get("words", {}), name).items():
            if key in words:
                raise RuleError(f"{name}: words.{key} is defined twice")
            words[key] = value
        for cid, raw in doc.get("category", {}).items():
            where = f"{name}: category.{cid}"
            kind = raw.get("kind")
            if kind not in ("breach", "act"):
                raise RuleError(f'{where}.kind: "breach" or "act"')
            categories[cid] = Category(
                cid, kind, _text(raw.get("title"), f"{where}.title"), str(raw.get("score", ""))
            )
        norm = doc.get("normalise", {})
        replace.update({str(k): str(v) for k, v in norm.get("replace", {}).items()})
        mixed.update({str(k).lower(): str(v) for k, v in norm.get("mixed", {}).items()})
        for word, spelt in norm.get("pinyin", {}).items():
            if len(str(spelt).split()) != len(str(word)):
                raise RuleError(f"{name}: normalise.pinyin.{word}: give one syllable per character")
            pinyin[str(word)] = str(spelt).lower()
        scope_raw.update({k: v for k, v in doc.get("scope", {}).items() if isinstance(v, str)})
    expand = _expander(words)
    pattern = _patterns()
    for key in ("negators", "breakers", "refusals_after"):
        if key not in scope_raw:
            raise RuleError(f"scope.{key}: missing from every rule file")
    negators, breakers, refusals = (
        compile_pattern(expand(scope_raw[k], f"scope.{k}"), f"scope.{k}")
        for k in ("negators", "breakers", "refusals_after")
    )
    denials = (
        compile_pattern(expand(scope_raw["denials"], "scope.denials"), "scope.denials")
        if "denials" in scope_raw
        else None
    )
    reported, warnings, confirmed = (
        compile_pattern(expand(scope_raw[k], f"scope.{k}"), f"scope.{k}")
        if k in scope_raw
        else None
        for k in ("reported", "warnings", "confirmed")
    )
    scope = Scope(negators, breakers, refusals, denials, reported, warnings, confirmed)
    rules: list[Rule] = []
    seen: set[str] = set()
    for name, doc in docs:
        for i, raw in enumerate(doc.get("rule", [])):
            rid = raw.get("id")
            where = f"{name}: rule {rid or f'#{i + 1}'}"
            if not isinstance(rid, str) or not rid:
                raise RuleError(f"{where}: every rule needs an id")
            if rid in seen:
                raise RuleError(f"{where}: id {rid!r} is used twice")
            seen.add(rid)
            unknown = set(raw) - _RULE_KEYS
            if unknown:
                raise RuleError(f"{where}: unknown field(s) {sorted(unknown)}")
            cat = categories.get(raw.get("category", ""))
            if cat is None:
                raise RuleError(
                    f"{where}: category {raw.get('category')!r} is not one of {sorted(categories)}"
                )
            pats = raw.get("patterns", [])
            raw_frames = raw.get("frames", [])
            if not isinstance(raw_frames, list) or not isinstance(pats, list):
                raise RuleError(f"{where}: patterns, frames: give lists")
            frames = tuple(
                _frame(f, f"{where}: frames[{j}]", expand, pattern)
                for j, f in enumerate(raw_frames)
            )
            if not (pats or frames) or not all(isinstance(p, str) for p in pats):
                raise RuleError(f"{where}: patterns: give a list of at least one pattern or frame")
            who = raw.get("addressee")
            addressees = None
            if who is not None:
                if not isinstance(who, list) or not set(who) <= ADDRESSEES:
                    raise RuleError(f"{where}: addressee: a list of {sorted(ADDRESSEES)}")
                addressees = frozenset(Addressee(w) for w in who)
            act = str(raw.get("act", ""))
            if cat.kind == "act" and not act:
                raise RuleError(f"{where}: an act rule needs `act`")
            default = sorted(addressees)[0] if addressees else Addressee.BORROWER
            rule = Rule(
                rid,
                cat.id,
                act,
                _text(raw.get("why"), f"{where}: why"),
                tuple(pattern(expand(p, where), f"{where}: pattern {p!r}") for p in pats),
                tuple(
                    pattern(expand(p, where), f"{where}: unless {p!r}")
                    for p in raw.get("unless", [])
                ),
                addressees,
                bool(raw.get("negatable", cat.kind == "breach")),
                str(raw.get("score", cat.score)),
                name,
                _examples(raw.get("must_match"), f"{where}: must_match", default),
                _examples(raw.get("must_not_match"), f"{where}: must_not_match", default),
                frames,
            )
            if cat.kind == "breach" and not rule.must_match:
                raise RuleError(f"{where}: a breach rule needs must_match examples")
            rules.append(rule)
    return Engine(categories, tuple(rules), scope, replace, mixed, pinyin)
