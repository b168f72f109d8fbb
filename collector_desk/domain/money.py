"""Money is integer fen (1 yuan = 100 fen). Never a float."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

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
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - regex guards this
        raise ValueError(f"not an amount in yuan: {text!r}") from exc
    return int((value * 100).to_integral_value())


def format_fen(fen: int, *, symbol: bool = True) -> str:
    """12345 -> "¥123.45"; negative amounts keep their sign."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    text = f"{whole:,}.{part:02d}"
    return f"{sign}{'¥' if symbol else ''}{text}"
