"""How the app addresses a borrower: surname, gender and honorific.

One place for these rules. The desk's call script, the SMS/dialing placeholders,
the case detail and the practice borrower all use it, so 欧阳娜 is 欧阳女士
everywhere and an unknown gender falls back the same way.
"""

from __future__ import annotations

from typing import Literal

Gender = Literal["M", "F"]

COMPOUND_SURNAMES = frozenset(
    {
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "慕容",
        "皇甫",
        "尉迟",
        "公孙",
        "令狐",
        "夏侯",
        "长孙",
        "宇文",
        "司徒",
        "端木",
        "南宫",
    }
)

_TITLES_ZH = {"M": "先生", "F": "女士"}
_TITLES_EN = {"M": "Mr", "F": "Ms"}


def surname_of(name: str) -> str:
    """The family name of a Chinese personal name (compound surnames kept whole)."""
    name = name.strip()
    return name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]


def gender_of(value: str | None) -> Gender | None:
    """Normalise the stored spellings ("M"/"F", "m"/"f", "male"/"female", 男/女)."""
    v = (value or "").strip().lower()
    if v in ("m", "male", "男"):
        return "M"
    if v in ("f", "female", "女"):
        return "F"
    return None


def title_word(gender: str | None, lang: str) -> str | None:
    g = gender_of(gender)
    if g is None:
        return None
    return (_TITLES_ZH if lang == "zh_CN" else _TITLES_EN)[g]


def honorific(name: str, gender: str | None, lang: str, *, surname_en: str | None = None) -> str:
    """王先生 / Mr Wang; the full name when the gender is not known.

    `surname_en` spells the surname for English text; without it the Chinese
    surname stays as written.
    """
    title = title_word(gender, lang)
    if title is None:
        return name
    surname = surname_of(name)
    if lang == "zh_CN":
        return f"{surname}{title}"
    return f"{title} {surname_en or surname}"
