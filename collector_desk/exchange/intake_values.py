"""Reading one cell as an ID number, a phone, an amount, a date or a count.

Each parser returns the clean value or raises `CellError(code, message)`.
Numbers that Excel wrote in scientific notation ("1.10105E+17") were cut to 15
significant digits when Excel saved them: the original is gone, so an ID number
or phone in that form is refused as destroyed, never converted.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any

from collector_desk.domain.money import fen_from_yuan_text
from collector_desk.exchange.boundary import (
    MAX_DATE,
    MIN_DATE,
    BadValue,
    clean_text,
    redact_numbers,
)
from collector_desk.exchange.boundary import fen as checked_fen

EXCEL_EPOCH = date(1899, 12, 30)
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$")
_PHONE_JUNK = re.compile(r"[\s\-()（）.]")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)


class CellError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """A cell as text: whole numbers without '.0', dates as ISO; NFC, without
    control or invisible characters (a BOM or NUL pasted into a name)."""
    if value.__class__ is str:
        return clean_text(value)
    if value is None:
        return ""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.5E}" if abs(value) >= 1e15 else repr(value)  # as Excel shows it
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    return clean_text(str(value))


def _typed_as_text(raw: str) -> str:
    """A number as someone typed it to keep Excel off it: full-width digits and X
    (an input method's full-width mode), or a leading apostrophe."""
    if not raw.isascii():
        raw = unicodedata.normalize("NFKC", raw)
    return raw[1:] if raw.startswith("'") else raw


def _destroyed(value: Any, what: str) -> CellError:
    shown = redact_numbers(f"{value:.6E}" if isinstance(value, float) else str(value))
    return CellError(
        "scientific",
        f"Excel turned this {what} into a number in scientific notation ({shown}); its last "
        "digits are lost. Format the column as text in the head-office file and export again",
    )


# Province-level codes of GB/T 2260 (the ID number's first two digits).
PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
        "83",
    ]
)


@cache
def _check_digit() -> Callable[[str], str]:
    """python-stdnum's GB 11643 check digit, imported when first needed."""
    from stdnum.cn import ric

    return ric.calc_check_digit  # type: ignore[no-any-return]


def id_number(value: Any) -> str:
    """A mainland resident ID (GB 11643): 18 characters, check digit, birth date, province.

    python-stdnum's `validate()` also wants the county to have existed in the
    birth year; numbers are issued at registration, often years later (everyone
    born in Shenzhen before 1990 has a district code younger than themselves),
    so that rule would refuse real borrowers. The check digit is stdnum's."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Excel keeps 15 significant digits; an 18-digit ID stored as a number is damaged.
        raise _destroyed(value, "ID number")
    raw = _typed_as_text(text(value)).replace(" ", "")
    if _SCIENTIFIC.match(raw):
        raise _destroyed(raw, "ID number")
    number = raw.upper()
    if len(number) != 18:
        raise CellError("id_length", f"an ID number has 18 characters, this has {len(number)}")
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise CellError("id_format", "an ID number is 17 digits and a digit or X")
    if _check_digit()(number) != number[17]:
        raise CellError("id_checksum", "the ID number's check digit is wrong (a typing error?)")
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError as exc:
        raise CellError("id_birth_date", "the ID number's birth date does not exist") from exc
    if not date(1900, 1, 1) <= born <= date.today():
        raise CellError("id_birth_date", "the ID number's birth date is not plausible")
    if number[:2] not in PROVINCES:
        raise CellError("id_region", "the ID number's province code does not exist")
    return number


def phone(value: Any) -> str:
    """A Chinese phone number as E.164 digits without '+': '8613812345678'."""
    if (
        value.__class__ is str
        and len(value) == 11
        and value.isascii()
        and value.isdigit()
        and _MOBILE.match(value)
    ):  # most cells: a mobile number as 11 plain digits
        if not _mobile_valid(value[:7]):
            raise CellError(
                "phone_invalid", f"no such mobile number range: {redact_numbers(value)}"
            )
        return "86" + value
    if isinstance(value, float):
        if not value.is_integer() or value >= 1e15:
            raise _destroyed(value, "phone number")
        raw = str(int(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        raw = str(value)
    else:
        raw = _typed_as_text(text(value))
        if _SCIENTIFIC.match(raw.replace(" ", "")):
            raise _destroyed(raw, "phone number")
        if raw.endswith(".0") and raw[:-2].isdigit():
            raw = raw[:-2]  # a number cell exported as text ("13812345678.0"), as the number reads
    digits = _PHONE_JUNK.sub("", raw)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not digits.lstrip("+").isdigit():
        raise CellError("phone_format", f"not a phone number: {redact_numbers(raw)}")
    if _MOBILE.match(digits):
        if not _mobile_valid(digits[:7]):
            raise CellError("phone_invalid", f"no such mobile number range: {redact_numbers(raw)}")
        return "86" + digits
    return "86" + _other_number(digits, raw)


@lru_cache(maxsize=65536)
def _mobile_valid(prefix7: str) -> bool:
    """phonenumbers' verdict for an 11-digit mobile number. For mainland mobiles it
    depends only on the first digits (the pattern fixes at most five), so one
    answer per seven-digit prefix is exact; a test checks this against the library."""
    import phonenumbers

    return bool(phonenumbers.is_valid_number(phonenumbers.parse(prefix7 + "0000", "CN")))


def _other_number(digits: str, raw: str) -> str:
    import phonenumbers

    try:
        parsed = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException as exc:
        raise CellError("phone_format", f"not a phone number: {redact_numbers(raw)}") from exc
    if parsed.country_code != 86 or not phonenumbers.is_valid_number(parsed):
        raise CellError("phone_invalid", f"not a valid Chinese phone number: {redact_numbers(raw)}")
    return str(parsed.national_number)


def amount(value: Any) -> int:
    """Yuan to fen: 10000, 10000.5, '¥10,000.00', '10000元'. Never negative, at
    most MAX_FEN (boundary.py)."""
    if value.__class__ is float and 0 <= value < 1e13:  # most cells: a plain number
        if value.is_integer():
            return int(value) * 100
        # What Decimal(repr(value)) reads, without building a Decimal.
        whole, _dot, decimals = repr(value).partition(".")
        if len(decimals) <= 2 and decimals.isdigit():
            return int(whole) * 100 + int(decimals.ljust(2, "0"))
    return _in_range(_amount(value))


def _in_range(fen: int) -> int:
    try:
        return checked_fen(fen)
    except BadValue as exc:
        raise CellError(exc.code, str(exc)) from exc


def _amount(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError("amount_format", f"not an amount: {value}")
    if isinstance(value, float) and not math.isfinite(value):
        raise CellError("amount_format", "not an amount: the cell holds no finite number")
    if isinstance(value, int | float):
        if value < 0:
            raise CellError("amount_negative", f"the amount is negative: {text(value)}")
        try:
            fen = Decimal(repr(value)) * 100
        except InvalidOperation as exc:
            raise CellError("amount_format", f"not an amount: {value}") from exc
        if fen != fen.to_integral_value():
            raise CellError("amount_fen", f"more than two decimals: {value}")
        return int(fen)
    raw = text(value)
    if not raw.isascii():  # full-width digits, point, comma, minus and brackets: as ASCII
        raw = unicodedata.normalize("NFKC", raw)
    if raw.startswith(("-", "¥-")) or (raw.startswith("(") and raw.endswith(")")):
        raise CellError("amount_negative", f"the amount is negative: {raw}")
    try:
        return fen_from_yuan_text(raw)
    except ValueError as exc:
        raise CellError("amount_format", f"not an amount: {raw}") from exc


def amount_in(scale: int) -> Callable[[Any], int]:
    """Amounts in units of `scale` yuan (a column titled '（万元）': 10,000) to fen:
    '3.5' -> 3,500,000. At most two decimals once in yuan."""

    def parse(value: Any) -> int:
        if isinstance(value, bool) or (isinstance(value, float) and not math.isfinite(value)):
            raise CellError("amount_format", f"not an amount: {text(value)}")
        raw = repr(value) if isinstance(value, int | float) else text(value)
        raw = unicodedata.normalize("NFKC", raw).replace(",", "").strip()
        raw = raw.removeprefix("¥").removesuffix("元").removesuffix("万").removesuffix("千")
        if raw.startswith("-") or (raw.startswith("(") and raw.endswith(")")):
            raise CellError("amount_negative", f"the amount is negative: {text(value)}")
        try:
            fen = Decimal(raw.strip()) * scale * 100
        except InvalidOperation as exc:
            raise CellError("amount_format", f"not an amount: {text(value)}") from exc
        if not fen.is_finite() or fen < 0:
            raise CellError("amount_format", f"not an amount: {text(value)}")
        if fen != fen.to_integral_value():
            raise CellError("amount_fen", f"more than two decimals in yuan: {text(value)}")
        return _in_range(int(fen))

    return parse


def day(value: Any) -> date:
    """A date cell, an Excel serial number, or text: 2025-03-05, 2025/3/5, 2025年3月5日;
    a real date in MIN_DATE..MAX_DATE, as at every boundary (1899-12-31 is refused)."""
    found = _day(value)
    if not MIN_DATE <= found <= MAX_DATE:
        raise CellError(
            "date_range",
            f"the date {found.isoformat()} is not plausible (it must lie in "
            f"{MIN_DATE.year}..{MAX_DATE.year})",
        )
    return found


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 19_000_101 <= value <= 20_991_231 and float(value).is_integer():
            value = str(int(value))  # 20250305 typed into a number cell: read as the text is
        else:
            return _serial(float(value))
    raw = text(value)
    if re.fullmatch(r"\d{5}(?:\.0+)?", raw):
        return _serial(float(raw))
    for pattern in _DATE_PATTERNS:
        m = pattern.match(raw)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError as exc:
                raise CellError("date_invalid", f"no such date: {raw}") from exc
    raise CellError(
        "date_format", f"not a date: {raw} (write 2025-03-05, 2025/3/5 or 2025年3月5日)"
    )


def _serial(number: float) -> date:
    # 1990-01-01 .. 2099-12-31 as Excel serials; outside that it is not a date cell.
    if not 32874 <= number <= 73050:
        raise CellError("date_format", f"not a date: {number:g}")
    return EXCEL_EPOCH + timedelta(days=int(number))


def count(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = text(value).removesuffix("期").removesuffix("个月").strip()
    if not raw.isdigit():
        raise CellError("count_format", f"not a whole number: {text(value)}")
    number = int(raw)
    if not 1 <= number <= 360:
        raise CellError("count_range", f"{number} instalments is not a plausible term")
    return number
