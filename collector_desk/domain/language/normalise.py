"""Text as the rules see it: simplified characters, half width, one kind of
punctuation, no stray spaces, lower case, common IME slips put right.

"隨 便 你！" and "随便你!" reach the rules as the same string. OpenCC does the
traditional-to-simplified step; it is imported on first use, never at import,
so a module that imports this one costs nothing at start-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import cache

# Sentence ends in the text as typed; a full stop only before a space or the end,
# so "1,280.00" and "a.m." stay in one piece.
SENTENCE_END = re.compile(r"([。！？!?；;\n]+|\.(?=\s|$)|…+|\.{3,})")

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# Spaces go between Chinese characters and before punctuation; a space between a
# Chinese name and an English word stays ("call 小王 at" keeps its word edges).
_SPACE_CJK = re.compile(
    rf"(?<=[{_CJK}])\s+(?=[{_CJK}])|\s+(?=[,.!?:;])|(?<=[,.!?:;])\s+(?=[{_CJK}])"
)
_SPACES = re.compile(r"\s+")
_ASCII_LETTER = re.compile("[a-z]")
# a Latin letter right beside a Chinese character: where pinyin may stand for one
_LATIN_BY_CJK = re.compile(rf"[a-z][{_CJK}]|[{_CJK}][a-z]")
# A sentence said in Chinese: its first letter or character is Chinese ("我们 team 就去
# 你 office"), not "This is 小王, customer service at 示例金融" (English with a name in it).
_CHINESE_FIRST = re.compile(rf"^[^a-z{_CJK}]*[{_CJK}]")
# After NFKC, the Chinese marks that are not compatibility characters.
_PUNCT = str.maketrans(
    {
        "、": ",",
        "。": ".",
        "〜": "~",
        "～": "~",
        "’": "'",
        "‘": "'",
        "“": "",
        "”": "",
        "「": "",
        "」": "",
        "『": "",
        "』": "",
        "《": "",
        "》": "",
        "〈": "",
        "〉": "",
        "【": "",
        "】": "",
        '"': "",
        "·": "",
        "•": "",
        "—": ",",
        "–": ",",
    }
)
_DROP = re.compile(r"[\u200b-\u200f\u2060\ufeff]")


@cache
def _t2s() -> Callable[[str], str]:
    import opencc  # ~12 ms the first time; see the module docstring

    return opencc.OpenCC("t2s").convert  # type: ignore[no-any-return]


def warm() -> None:
    """Load the converter now (from a worker thread), not on the first keystroke."""
    _t2s()


def split_sentences(text: str) -> list[str]:
    """The sentences of the text as typed, each with its end mark ("吗?" stays a question)."""
    parts = SENTENCE_END.split(text)
    out: list[str] = []
    for i in range(0, len(parts), 2):
        sentence = (parts[i] + (parts[i + 1] if i + 1 < len(parts) else "")).strip()
        if sentence.strip("。！？!?；;.… \n"):
            out.append(sentence)
    return out


def mixed_words(table: Mapping[str, str]) -> Callable[[str], str] | None:
    """English words said inside a Chinese sentence, put into Chinese ("去你 office
    找你" -> "去你公司找你"), so the Chinese rules hear a mixed line. Whole words
    only, the longest first ("late fee" before "fee")."""
    if not table:
        return None
    words = sorted(table, key=len, reverse=True)
    found = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")
    return lambda text: found.sub(lambda m: table[m.group(0)], text)


def pinyin_words(table: Mapping[str, str]) -> Callable[[str], str] | None:
    """Key words typed partly in pinyin inside a Chinese sentence, put back into
    characters ("jing察" / "法yuan" / "单wei" -> "警察" / "法院" / "单位"): each
    character of a word in the table may be written as its syllable (toneless, no
    spaces). A syllable at the word's edge must not touch other Latin letters; a
    one-character word counts only beside a Chinese character ("ni再不还")."""
    if not table:
        return None
    alts: list[str] = []
    back: dict[str, str] = {}
    for word, spelt in sorted(table.items(), key=lambda kv: -len(kv[0])):
        syllables = spelt.split()
        if len(syllables) != len(word):
            raise ValueError(f"[normalise] pinyin: {word!r} needs one syllable per character")
        parts = [
            f"(?:{re.escape(ch)}|{re.escape(py)})" for ch, py in zip(word, syllables, strict=True)
        ]
        body = "".join(parts)
        if len(word) == 1:
            py = re.escape(syllables[0])
            body = rf"(?:(?<![a-z]){py}(?=[{_CJK}])|(?<=[{_CJK}]){py}(?![a-z]))"
        alts.append(f"(?P<w{len(alts)}>{body})")
        back[f"w{len(alts) - 1}"] = word
    found = re.compile("|".join(alts))

    def put_back(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            word = back[m.lastgroup or ""]
            got = m.group(0)
            if got == word:
                return got
            # a syllable at an edge touching other Latin letters is part of a word
            before = text[m.start() - 1] if m.start() else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if (got[0].isascii() and _ASCII_LETTER.match(before)) or (
                got[-1].isascii() and _ASCII_LETTER.match(after)
            ):
                return got
            return word

        return found.sub(one, text)

    return put_back


def normalise(
    text: str,
    replace: Mapping[str, str] | None = None,
    mixed: Callable[[str], str] | None = None,
    pinyin: Callable[[str], str] | None = None,
) -> str:
    out = unicodedata.normalize("NFKC", text)
    out = _DROP.sub("", out)
    chinese = any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in out)
    if chinese:
        out = _t2s()(out)
    out = out.translate(_PUNCT).lower()
    for wrong, right in (replace or {}).items():
        out = out.replace(wrong, right)
    if chinese and mixed is not None and _CHINESE_FIRST.match(out):
        out = mixed(out)
    if chinese and pinyin is not None and _LATIN_BY_CJK.search(out):
        out = pinyin(out)
    out = _SPACE_CJK.sub("", out)
    return _SPACES.sub(" ", out).strip()
