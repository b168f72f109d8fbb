"""Values pulled out of what a trainee types: dates, times, amounts, methods, accounts.

Chinese and English. Numbers, dates and clock times are parsed here; the words
(payment methods, account words, parts of the day, "全额") are rules of the
language engine (resources/language/values.toml). Relative words resolve
against the practice call's `today`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from collector_desk.domain.language import Hit, engine
from collector_desk.domain.promise import PaymentMethod

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUM = "零〇一二两三四五六七八九十百千万"


def cn_to_int(text: str) -> int | None:
    """ "十二" -> 12, "一千二百八十" -> 1280, "3" -> 3; None when it is not a number."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total = 0
    section = 0
    digit: int | None = None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


# --- dates ---------------------------------------------------------------------

_WEEKDAY_CN = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY_EN = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH_EN = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTH_EN.update({m[:3]: i for m, i in list(_MONTH_EN.items())})

_NUM = rf"(?:\d{{1,2}}|[{CN_NUM}]{{1,3}})"
_CN_RELATIVE = (
    ("大后天", 3),
    ("后天", 2),
    ("明天", 1),
    ("明日", 1),
    ("明早", 1),
    ("明晚", 1),
    ("今天", 0),
    ("今日", 0),
    ("今晚", 0),
    ("今早", 0),
    ("当天", 0),
)
_CN_WEEKDAY = re.compile(r"(下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天])")
_CN_MONTH_DAY = re.compile(rf"({_NUM})月({_NUM})[日号]")
_CN_MONTH_REL_DAY = re.compile(rf"(下个?|这个?|本)月({_NUM})[日号]")
_CN_DAY = re.compile(rf"(?<![月\d{CN_NUM}])({_NUM})[号日](?!子)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_EN_RELATIVE = (
    (re.compile(r"\bday after tomorrow\b"), 2),
    (re.compile(r"\btomorrow\b"), 1),
    (re.compile(r"\b(today|tonight|this (morning|afternoon|evening))\b"), 0),
)
_EN_WEEKDAY = re.compile(
    r"\b(next |this |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_EN_MONTH_DAY = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (\d{1,2})(?:st|nd|rd|th)?\b"
)
_EN_DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_EN_ORDINAL = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_of_month(day: int, today: date) -> date | None:
    """The next date with this day of month, this month or next."""
    found = _safe_date(today.year, today.month, day)
    if found is not None and found >= today:
        return found
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return _safe_date(year, month, day)


def _month_day(month: int, day: int, today: date) -> date | None:
    found = _safe_date(today.year, month, day)
    if found is not None and found < today - timedelta(days=31):
        found = _safe_date(today.year + 1, month, day)
    return found


def _weekday(target: int, prefix: str, today: date) -> date:
    monday = today - timedelta(days=today.weekday())
    if prefix.startswith("下下"):
        return monday + timedelta(days=14 + target)
    if prefix.startswith(("下", "next")):
        return monday + timedelta(days=7 + target)
    if prefix.startswith(("这", "本", "this")):
        return monday + timedelta(days=target)
    ahead = (target - today.weekday()) % 7
    return today + timedelta(days=ahead)


def dates_in(text: str, today: date) -> list[date]:
    """Every date named in the text, in order of appearance, without repeats."""
    low = text.lower()
    found: list[tuple[int, date]] = []
    for word, offset in _CN_RELATIVE:
        start = low.find(word)
        while start >= 0:
            if not any(s <= start < s + 3 for s, _ in found):
                found.append((start, today + timedelta(days=offset)))
            start = low.find(word, start + len(word))
    for m in _CN_WEEKDAY.finditer(low):
        found.append((m.start(), _weekday(_WEEKDAY_CN[m.group(2)], m.group(1) or "", today)))
    for m in _CN_MONTH_DAY.finditer(low):
        month, day = cn_to_int(m.group(1)), cn_to_int(m.group(2))
        if month and day and (d := _month_day(month, day, today)):
            found.append((m.start(), d))
    for m in _CN_MONTH_REL_DAY.finditer(low):
        day = cn_to_int(m.group(2))
        year, month = today.year, today.month
        if m.group(1).startswith("下"):
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        if day and (d := _safe_date(year, month, day)):
            found.append((m.start(), d))
    for m in _CN_DAY.finditer(low):
        day = cn_to_int(m.group(1))
        if day and 1 <= day <= 31 and (d := _day_of_month(day, today)):
            found.append((m.start(), d))
    for m in _ISO.finditer(low):
        if d := _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            found.append((m.start(), d))
    for pattern, offset in _EN_RELATIVE:
        for m in pattern.finditer(low):
            if not (offset == 1 and low[max(0, m.start() - 10) : m.start()].endswith("after ")):
                found.append((m.start(), today + timedelta(days=offset)))
    for m in _EN_WEEKDAY.finditer(low):
        found.append((m.start(), _weekday(_WEEKDAY_EN[m.group(2)], m.group(1) or "", today)))
    for m in _EN_MONTH_DAY.finditer(low):
        if d := _month_day(_MONTH_EN[m.group(1)[:3]], int(m.group(2)), today):
            found.append((m.start(), d))
    for m in _EN_DAY_MONTH.finditer(low):
        if d := _month_day(_MONTH_EN[m.group(2)[:3]], int(m.group(1)), today):
            found.append((m.start(), d))
    for m in _EN_ORDINAL.finditer(low):
        if d := _day_of_month(int(m.group(1)), today):
            found.append((m.start(), d))
    result: list[date] = []
    for _, d in sorted(found, key=lambda item: item[0]):
        if d not in result:
            result.append(d)
    return result


# --- time of day ---------------------------------------------------------------

CLOCK = re.compile(
    rf"({_NUM})\s*[点時时](半|一刻|\d{{1,2}}分?|钟|前|之前|以前|左右)?|(?<!\d)\d{{1,2}}:\d{{2}}(?!\d)|\b\d{{1,2}}\s*((am|pm|o'clock)\b|a\.m\.|p\.m\.)"
)


def has_clock_time(text: str) -> bool:
    """A clock time. "一点" alone is "a little", not one o'clock."""
    low = text.lower()
    for m in CLOCK.finditer(low):
        if m.group(1) == "一" and not m.group(2):
            continue
        if m.group(0).endswith("时") and low[m.end() : m.end() + 1] in ("候", "间"):
            continue
        return True
    return False


def has_time_of_day(text: str) -> bool:
    """A part of the day (a language rule) or a clock time."""
    if any(h.rule.act == "part_of_day" for h in engine().hits(text)):
        return True
    return has_clock_time(engine().normalise(text))


# --- amounts -------------------------------------------------------------------

_AMOUNT_DIGITS = re.compile(
    r"(?:[¥￥]|rmb|cny)\s*(\d[\d,，]*(?:\.\d{1,2})?)|(\d[\d,，]*(?:\.\d{1,2})?)\s*(?:元|块|yuan|rmb|kuai)"
)
_AMOUNT_CN = re.compile(
    rf"([{CN_NUM}]+)\s*(?:元|块)(?:([一二两三四五六七八九])[角毛])?(?:零?([一二两三四五六七八九])分)?"
)


def amounts_in(text: str) -> list[int]:
    """Amounts in fen named with a currency mark or unit ("1,280元", "¥1280.50", "八百块")."""
    low = text.lower()
    found: list[tuple[int, int]] = []
    for m in _AMOUNT_DIGITS.finditer(low):
        raw = (m.group(1) or m.group(2)).replace(",", "").replace("，", "")
        try:
            whole, _, part = raw.partition(".")
            fen = int(whole) * 100 + (int(part.ljust(2, "0")) if part else 0)
        except ValueError:
            continue
        found.append((m.start(), fen))
    for m in _AMOUNT_CN.finditer(low):
        value = cn_to_int(m.group(1))
        if value:
            jiao = _CN_DIGITS[m.group(2)] if m.group(2) else 0
            fen = _CN_DIGITS[m.group(3)] if m.group(3) else 0
            found.append((m.start(), value * 100 + jiao * 10 + fen))
    result: list[int] = []
    for _, fen in sorted(found):
        if fen not in result:
            result.append(fen)
    return result


# --- payment methods -----------------------------------------------------------


def methods_from(hits: list[Hit]) -> list[PaymentMethod]:
    """The methods the language rules heard (`method_<value>` acts), first mention first."""
    found: list[PaymentMethod] = []
    for h in sorted(hits, key=lambda h: (h.sentence, h.start)):
        if h.rule.act.startswith("method_"):
            method = PaymentMethod(h.rule.act.removeprefix("method_"))
            if method not in found:
                found.append(method)
    return found


def methods_in(text: str) -> list[PaymentMethod]:
    return methods_from(engine().hits(text))


# --- accounts ------------------------------------------------------------------

_TAIL = re.compile(
    r"(?:尾号|末四位|后四位|尾数|ending(?: in| with)?|last four(?: digits)?(?: are)?)\s*[:：是为]?\s*(\d{4})(?!\d)"
)
_LONG_NUMBER = re.compile(r"(?<!\d)(\d[\d ]{10,26}\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class AccountMention:
    tails: tuple[str, ...]  # last four digits of every account number named
    generic: bool  # "账户", "card"... without a number


def account_tails(text: str) -> tuple[str, ...]:
    low = text.lower()
    tails: list[str] = [m.group(1) for m in _TAIL.finditer(low)]
    for m in _LONG_NUMBER.finditer(low):
        digits = m.group(1).replace(" ", "")
        if len(digits) >= 12 and digits[-4:] not in tails:
            tails.append(digits[-4:])
    return tuple(tails)


def accounts_in(text: str) -> AccountMention:
    generic = any(h.rule.act == "account_word" for h in engine().hits(text))
    return AccountMention(account_tails(engine().normalise(text)), generic)


def account_tail(account: str) -> str:
    digits = "".join(ch for ch in account if ch.isdigit())
    return digits[-4:]
