"""Convergent ids: a loan's id follows from (lender, contract number), so two
workstations that load the same head-office file give its contracts the same ids
and their sync bundles converge (issue 10 item 9).

The layout is a UUID version 8 (RFC 9562, "custom"):

    bits   0-15  a day: days since 1970-01-01 (clamped to 0..65535)
    bits  16-47  a sequence number within that day (clamped to 32 bits)
    bits  48-51  version 8
    bits  52-63  hash
    bits  64-65  variant 0b10
    bits  66-127 hash

where "hash" is SHA-256 of (kind, lender, key) with the lender normalised (NFKC,
trimmed, case-folded) and the key normalised as intake stores it (a contract
number cleaned, trimmed and upper-cased; an ID number the same). The hash alone
identifies the contract (`same_source`): 74 bits, so two contracts of one lender
share it with probability about n**2 / 2**75 (3e-11 at a million). The first 48
bits only order the ids: intake passes the day of the file that brings the contract
(its as-of day) and the contract's row in it, so a file's new contracts are written
in id order, after every earlier file's, at the end of every index keyed by a loan
or borrower id, as time-ordered ids were; the same file gives the same ids on every
workstation. A day with the hash right behind it (the disbursement day, say) makes
each chunk's rows land all over those indexes: `bench/loan_id_locality.py` measured
that 4-35 times slower per chunk than time-ordered ids at a million loans.

Facts a head-office file states (its catch-up payment, its placement row) get ids
from what the file said (`fact_uuid`), so loading the same file on two
workstations makes the same fact once. Other facts keep random ids.

This module also holds the one text cleaning every entering value passes
(`clean_text`) and the contract number's normal form (`contract_key`), so the
id and the stored contract number come from the same rule.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from datetime import date
from functools import lru_cache

# Fixed for ever: changing it changes every derived id.
NAMESPACE = uuid.UUID("6d657364-6b73-4c6f-616e-000000000009")
_EPOCH = date(1970, 1, 1).toordinal()
_SEP = "\x1f"
_HASH_MASK = (0xFFF << 64) | ((1 << 62) - 1)  # bits 52-63 and 66-127

# C0 and C1 controls, DEL, and the invisible format characters that sneak in from
# Excel and web pages: soft hyphen, zero-width space/joiners, bidi marks and
# embeddings, word joiner, BOM, interlinear annotation, object replacement.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffc]"
)
SPACES = re.compile("[\t\n\r\u2028\u2029]+")


def clean_text(value: str) -> str:
    """NFC, no control or invisible characters, line breaks as spaces, trimmed."""
    if value.isprintable() and "\ufffc" not in value:
        # Nothing to take out: controls, line breaks and the format characters above
        # are all unprintable (U+FFFC is the one printable character in the list).
        if value.isascii() or unicodedata.is_normalized("NFC", value):
            return value.strip()
        return unicodedata.normalize("NFC", value).strip()
    value = SPACES.sub(" ", value)
    value = INVISIBLE.sub("", value)
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    return value.strip()


def contract_key(contract_no: str) -> str:
    """A contract number as intake stores it: cleaned, trimmed, upper-cased."""
    return clean_text(contract_no).upper().strip()


def contract_fold(contract_no: str) -> str:
    """A contract number with full-width letters, digits and dashes folded (NFKC, then
    upper-cased): 'ＨＴ－１' -> 'HT-1'. Only for finding a contract typed in the other
    width; keys are stored as `contract_key` gives them."""
    key = contract_key(contract_no)
    return key if key.isascii() else unicodedata.normalize("NFKC", key).upper().strip()


@lru_cache(maxsize=16)
def lender_key(lender: str) -> str:
    """The team's lender name as it enters an id: NFKC, trimmed, case-folded."""
    return unicodedata.normalize("NFKC", lender).strip().casefold()


def day_number(day: date | None) -> int:
    """Days since 1970-01-01, clamped to the 16 bits of the id (0 without a day)."""
    if day is None:
        return 0
    return min(max(day.toordinal() - _EPOCH, 0), 0xFFFF)


_PREFIX = str(NAMESPACE) + _SEP
# SHA-256 with the prefix already fed in: each digest copies it (an intake makes
# four ids a row).
_PREFIXED = hashlib.sha256(_PREFIX.encode())
_VERSION_VARIANT = (0x8 << 76) | (0x2 << 62)


def _digest(*parts: str) -> int:
    h = _PREFIXED.copy()
    h.update(_SEP.join(parts).encode())
    return int.from_bytes(h.digest()[:16])


@lru_cache(maxsize=4096)
def _day_bits(day: date | None) -> int:
    return day_number(day) << 112  # a file's rows share one day


def _v8(day: date | None, seq: int, digest: int) -> str:
    order = _day_bits(day) | (min(max(seq, 0), 0xFFFF_FFFF) << 80)
    h = (order | (digest & _HASH_MASK) | _VERSION_VARIANT).to_bytes(16).hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"  # str(uuid.UUID(int=...))


def loan_uuid(lender: str, contract_no: str, day: date | None = None, seq: int = 0) -> str:
    """The id of the lender's contract; `day` and `seq` (the file's day and the row)
    only order it."""
    return _v8(day, seq, _digest("loan", lender_key(lender), contract_key(contract_no)))


def borrower_uuid(lender: str, id_number: str, day: date | None = None, seq: int = 0) -> str:
    """The id of the lender's borrower with this ID number; `day` and `seq` only order it."""
    return _v8(day, seq, _digest("borrower", lender_key(lender), contract_key(id_number)))


def fact_uuid(kind: str, *said: object, day: date | None = None, seq: int = 0) -> str:
    """The id of a fact a file states (`said`: what identifies it, e.g. the lender,
    the contract, the repaid amount and the last-payment day)."""
    return _v8(day, seq, _digest("fact", kind, *(repr(s) for s in said)))


def is_derived(row_id: str) -> bool:
    """Made here by one of the functions above (a UUID version 8)."""
    try:
        return uuid.UUID(row_id).version == 8
    except ValueError:
        return False


def same_source(a: str, b: str) -> bool:
    """Two derived ids of the same (kind, lender, key), whatever their order bits."""
    try:
        x, y = uuid.UUID(a).int, uuid.UUID(b).int
    except ValueError:
        return False
    return (x & _HASH_MASK) == (y & _HASH_MASK)
