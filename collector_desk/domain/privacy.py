"""Masking of personal data for display (playbook: never expose details)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def _keep_ends(digits: str) -> str:
    """A number with its middle starred so that at least half of it is hidden:
    a mobile or ID-length number keeps its first three and last four digits, a
    shorter one (a landline, a card fragment) only its last two."""
    n = len(digits)
    head, tail = (3, 4) if n >= 11 else (0, 2)
    return f"{digits[:head]}{'*' * (n - head - tail)}{digits[n - tail :]}"


def mask_phone(number: str) -> str:
    """8613812345678 / 13812345678 -> 138****5678; 6543210 -> *****10."""
    digits = number[2:] if len(number) == 13 and number.startswith("86") else number
    if len(digits) < 7:
        return "*" * len(digits)
    return _keep_ends(digits)


def mask_id_number(id_number: str) -> str:
    """110101199003078515 -> 1101**********8515."""
    if len(id_number) < 8:
        return "*" * len(id_number)
    if len(id_number) < 15:
        return f"{'*' * (len(id_number) - 2)}{id_number[-2:]}"
    return f"{id_number[:4]}{'*' * (len(id_number) - 8)}{id_number[-4:]}"


def mask_name(name: str) -> str:
    """张伟 -> 张*, 王小明 -> 王*明, 欧阳娜娜 -> 欧**娜."""
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return f"{name[0]}*"
    return f"{name[0]}{'*' * (len(name) - 2)}{name[-1]}"


def mask_account(account: str) -> str:
    """6222021234567890123 -> 6222 **** 0123."""
    compact = account.replace(" ", "")
    if len(compact) < 8:
        return "*" * len(compact)
    return f"{compact[:4]} **** {compact[-4:]}"


_NUMBER_RUN = re.compile(r"\d[\d \-]{5,}[\dXx]")


def mask_text(text: str, names: Iterable[str] = ()) -> str:
    """Free text (a note, an SMS) with its personal data masked: every run of 7 or
    more digits (a phone, an ID number, a card: as `_keep_ends` shows them) and
    each of `names` (the people the case knows: 张伟 -> 张*)."""

    def number(m: re.Match[str]) -> str:
        digits = re.sub(r"[^\dXx]", "", m.group(0))
        if len(digits) < 7:
            return m.group(0)
        return _keep_ends(digits)

    out = _NUMBER_RUN.sub(number, text)
    for name in sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len, reverse=True):
        out = out.replace(name, mask_name(name))
    return out
