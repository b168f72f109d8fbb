"""Money is integer fen (1 yuan = 100 fen). Never a float."""

from __future__ import annotations

import re

_AMOUNT = re.compile(r"^[+]?\d+(\.\d{1,2})?$")


def fen_from_yuan_text(text: str) -> int:
    """Parse "1,234.50", "¥1234.5", "1234元" into fen. Raises ValueError."""
    cleaned = (
        text.strip()
        .replace(",", "")
        .replace("，", "")
        .replace("¥", "")
        .replace("￥", "")
        .replace("元", "")
        .replace("RMB", "")
        .strip()
    )
    if not _AMOUNT.match(cleaned):
        raise ValueError(f"not an amount in yuan: {text!r}")
    # Digits, then at most two decimals (the pattern says so): whole fen, no Decimal
    # (its import is a cost of the case list's first page, which formats fen).
    whole, _, cents = cleaned.lstrip("+").partition(".")
    return int(whole) * 100 + int(cents.ljust(2, "0"))


def format_fen(fen: int, *, symbol: bool = True) -> str:
    """12345 -> "¥123.45"; negative amounts keep their sign."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    text = f"{whole:,}.{part:02d}"
    return f"{sign}{'¥' if symbol else ''}{text}"


_DIGITS_ZH = "零一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿", "万亿")


def _four_zh(n: int, *, leading: bool) -> str:
    """0 < n < 10000 as spoken: 1280 -> 一千二百八十, 1005 -> 一千零五, 15 -> 十五
    (when it leads the number), 2000 -> 两千."""
    digits = [n // 1000 % 10, n // 100 % 10, n // 10 % 10, n % 10]
    out: list[str] = []
    zero = False
    started = False
    for i, d in enumerate(digits):
        unit = _SMALL_UNITS[3 - i]
        if d == 0:
            zero = started
            continue
        if zero:
            out.append("零")
            zero = False
        if d == 2 and unit in ("百", "千") and not started:
            word = "两"
        elif d == 1 and unit == "十" and not started and leading:
            word = ""  # 十五, not 一十五, at the head of a number
        else:
            word = _DIGITS_ZH[d]
        out.append(word + unit)
        started = True
    return "".join(out)


def spoken_number_zh(n: int) -> str:
    """A whole number as Chinese people say it: 1280 -> 一千二百八十, 20000 -> 两万,
    100500 -> 十万零五百, 0 -> 零. Negative numbers begin with 负."""
    if n < 0:
        return "负" + spoken_number_zh(-n)
    if n == 0:
        return "零"
    groups: list[int] = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    if len(groups) > len(_BIG_UNITS):
        raise ValueError("too large to say")
    out: list[str] = []
    pending_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or g < 1000):
            out.append("零")
        pending_zero = False
        head = _four_zh(g, leading=not out)
        if g == 2 and idx > 0 and not out:
            head = "两"  # 两万, 两亿
        out.append(head + _BIG_UNITS[idx])
    return "".join(out)


def spoken_fen_zh(fen: int) -> str:
    """An amount as said aloud: 128000 -> 一千二百八十元, 128050 -> 一千二百八十元五角,
    128005 -> 一千二百八十元零五分, 50 -> 五角."""
    sign = "负" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), 100)
    jiao, fen_part = divmod(rest, 10)
    parts = [spoken_number_zh(yuan) + "元"] if yuan or not rest else []
    if jiao:
        parts.append(_DIGITS_ZH[jiao] + "角")
    if fen_part:
        parts.append(("零" if parts and not jiao else "") + _DIGITS_ZH[fen_part] + "分")
    return sign + "".join(parts)


def spoken_fen_en(fen: int) -> str:
    """128000 -> "1,280 yuan", 128050 -> "1,280.50 yuan": no ".00" for whole yuan."""
    sign = "-" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}{f'.{rest:02d}' if rest else ''} yuan"
