"""Rules of the Chinese resident ID number (GB 11643-1999): its check character
and the gender its 17th digit encodes. Intake checks and stores these; the demo
makes valid numbers with them."""

from __future__ import annotations

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """The GB 11643-1999 check character of the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def gender_of_id(id_number: str) -> str | None:
    """'M' or 'F' from the 17th digit of an 18-digit ID number (odd: male)."""
    if len(id_number) != 18 or not id_number[16].isdigit():
        return None
    return "M" if int(id_number[16]) % 2 else "F"
