"""The checks every value passes where it enters: intake files, debit result
files, bundle rows.

- An amount is an integer number of fen, 0 <= fen <= MAX_FEN. MAX_FEN is 2^53 - 1
  (about 90 trillion yuan): far above any real loan, and the largest integer that
  survives every JSON reader and SQLite's REAL affinity exactly. A float (1e300)
  or a bool is not an amount.
- A date is a real calendar date between MIN_DATE and MAX_DATE.
- Text is NFC, without control characters or invisible format characters (BOM,
  NUL, zero-width space...); tabs and line breaks become spaces.
- A contract number is that, trimmed and upper-cased.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from collector_desk.domain.identity import INVISIBLE as _INVISIBLE  # noqa: F401 (tests read them)
from collector_desk.domain.identity import SPACES as _SPACES  # noqa: F401
from collector_desk.domain.identity import clean_text as clean_text
from collector_desk.domain.identity import contract_key

MAX_FEN = 2**53 - 1
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2200, 12, 31)


class BadValue(ValueError):
    """A value that cannot enter the database; `code` names the kind."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def contract_no(value: str) -> str:
    return contract_key(value)


def fen(value: Any, what: str = "amount") -> int:
    """An integer number of fen in range, or BadValue."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadValue(
            "amount_type",
            f"the {what} must be a whole number of fen, not {type(value).__name__}",
        )
    if value < 0:
        raise BadValue("amount_negative", f"the {what} is negative")
    if value > MAX_FEN:
        raise BadValue(
            "amount_range",
            f"the {what} is beyond {MAX_FEN // 100:,} yuan, the most any amount may be",
        )
    return value


def in_range_day(value: date, what: str = "date") -> date:
    if not MIN_DATE <= value <= MAX_DATE:
        raise BadValue("date_range", f"the {what} {value.isoformat()} is not plausible")
    return value


_DIGIT_RUN = re.compile(r"\d[\d\s\-]{5,}\d")


_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,}")


def redact_words(message: str) -> str:
    """Mask every run of two or more Chinese characters (a name or an address in a cell
    that should hold a number or a date): '欧阳娜娜' -> '****'; '2025年3月5日' stays."""
    return _HAN_RUN.sub(lambda m: "*" * len(m.group(0)), message)


def redact_numbers(message: str) -> str:
    """Mask every run of 7 or more digits (a phone, an ID number, an account):
    first three and last four shown, as the rest of the app masks them."""

    def mask(m: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 7:
            return m.group(0)
        return f"{digits[:3]}{'*' * (len(digits) - 7)}{digits[-4:]}"

    return _DIGIT_RUN.sub(mask, message)
