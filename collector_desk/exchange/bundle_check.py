"""Every row of a verified bundle checked against its table's column types, before
anything is written.

A signature proves who made a bundle, not that its rows are sound: a
workstation with a bug (or a forged key) can sign a row with too few values,
an amount of "abc", null or 1e300, or a date of "never". Such a bundle is
refused whole with the table, row and column, and the database is unchanged.

Rules per column, from the models (rows travel as SQLite stores them):
- arity: exactly the table's columns;
- null only where the column is nullable;
- Integer: an int (not a bool, not a float); `*_fen` within 0..MAX_FEN (an amount
  is never negative, as at every other boundary), others within SQLite's 64-bit range;
- Boolean: 0, 1, true or false;
- Date: ISO text of a real date in MIN_DATE..MAX_DATE; UTCDateTime: ISO text
  of a real timestamp;
- a register's value: JSON text;
- text: a string without NUL or other control characters (tab and line breaks
  are allowed: notes have them). Text not in NFC (a name sent decomposed, NFD)
  is stored in NFC, as intake stores it (`nfc_sections`); the digest compares
  text in NFC, so the sender (which may hold the NFD form) and the receiver agree;
- text no longer than its column's declared length (SQLite does not enforce it; a
  team's server would refuse the row half-way through the import);
- a contract number in the one form intake and the window store (`contract_key`:
  trimmed, upper-cased, no BOM or other invisible character), and not empty.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String

from collector_desk.exchange.boundary import MAX_DATE, MAX_FEN, MIN_DATE, contract_no
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.synctables import SCHEDULE
from collector_desk.store.models import Base
from collector_desk.store.types import UTCDateTime

INT64 = 2**63 - 1
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@cache
def _checks(table: str) -> tuple[tuple[str, str, bool], ...]:
    """(column, kind, nullable) in column order."""
    out = []
    for col in Base.metadata.tables[table].columns:
        t = col.type
        if isinstance(t, Boolean):
            kind = "bool"
        elif isinstance(t, Integer):
            kind = "fen" if col.name.endswith("_fen") else "int"
        elif isinstance(t, Date):
            kind = "date"
        elif isinstance(t, UTCDateTime):
            kind = "timestamp"
        else:
            kind = "text"
        out.append((col.name, kind, bool(col.nullable) and not col.primary_key))
    return tuple(out)


def _problem(kind: str, value: Any) -> str | None:
    if kind == "text":
        if not isinstance(value, str):
            return f"text expected, got {type(value).__name__}"
        return "a control character in the text" if _CONTROL.search(value) else None
    if kind == "bool":
        return None if value in (0, 1) and not isinstance(value, float) else "not true/false"
    if kind in ("int", "fen"):
        if isinstance(value, bool) or not isinstance(value, int):
            return f"a whole number expected, got {type(value).__name__}"
        low, limit = (0, MAX_FEN) if kind == "fen" else (-INT64, INT64)
        return None if low <= value <= limit else "the number is out of range"
    if not isinstance(value, str):
        return f"a date expected, got {type(value).__name__}"
    try:
        day = date.fromisoformat(value) if kind == "date" else datetime.fromisoformat(value).date()
    except ValueError:
        return "not a date"
    return None if MIN_DATE <= day <= MAX_DATE else "the date is not plausible"


def _not_json(value: str) -> str | None:
    try:
        json.loads(value)
    except ValueError:
        return "not a stored value (JSON)"
    return None


# Timestamps as the UTCDateTime column stores them, one a line, every field in range.
_STORED_MOMENTS = re.compile(
    r"(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z\n)*"
)
_NONE = type(None)
_TEXT, _INT, _BOOL = frozenset({str, _NONE}), frozenset({int, _NONE}), frozenset({int, bool, _NONE})


def _column_sound(kind: str, nullable: bool, values: tuple[Any, ...]) -> bool:
    """A whole column at once (the common case: every value is sound)."""
    types = set(map(type, values))
    if _NONE in types and not nullable:
        return False
    present = [v for v in values if v is not None] if _NONE in types else values
    if not present:
        return True
    if kind == "text":
        return types <= _TEXT and not _CONTROL.search("\n".join(present))
    if kind in ("int", "fen"):
        low, limit = (0, MAX_FEN) if kind == "fen" else (-INT64, INT64)
        return types <= _INT and low <= min(present) and max(present) <= limit
    if kind == "bool":
        return types <= _BOOL and set(present) <= {0, 1}
    if not types <= _TEXT:
        return False
    distinct = set(present)
    if kind == "timestamp" and _STORED_MOMENTS.fullmatch("\n".join(distinct) + "\n"):
        # All in the form SQLite stores (fields in range): only the days can be wrong.
        distinct = {v[:10] for v in distinct}
        kind = "date"
    return all(_problem(kind, v) is None for v in distinct)


def _sound(name: str, rows: list[Any], checks: tuple[tuple[str, str, bool], ...]) -> bool:
    if not set(map(type, rows)) <= {list, tuple} or set(map(len, rows)) - {len(checks)}:
        return False
    for values, (column, kind, nullable) in zip(zip(*rows, strict=True), checks, strict=True):
        if not _column_sound(kind, nullable, values):
            return False
        json_text = name == "register" and column == "value"
        if json_text and any(_not_json(v) for v in values if v is not None):
            return False
    return True


@cache
def _text_rules(table: str) -> tuple[tuple[int, str, int | None, bool], ...]:
    """(index, column, declared length or None, is a contract number) of text columns
    with a rule beyond `_problem`'s."""
    out = []
    for i, col in enumerate(Base.metadata.tables[table].columns):
        length = col.type.length if isinstance(col.type, String) else None
        contract = col.name == "contract_no"
        if length or contract:
            out.append((i, col.name, length, contract))
    return tuple(out)


def _text_problem(value: Any, length: int | None, contract: bool) -> str | None:
    if not isinstance(value, str):
        return None  # `_problem` has said what is wrong with it
    if length is not None and len(value) > length:
        return f"{len(value):,} characters, more than the {length} the column holds"
    if contract and (not value or contract_no(value) != value):
        return (
            "not a contract number as intake stores it (trimmed, upper-case, no hidden characters)"
        )
    return None


def _check_text(name: str, rows: list[Any]) -> None:
    for i, column, length, contract in _text_rules(name):
        values = [row[i] for row in rows]
        texts = [v for v in values if isinstance(v, str)]
        if not texts:
            continue
        if (length is None or max(map(len, texts)) <= length) and (
            not contract or all(v and contract_no(v) == v for v in texts)
        ):
            continue  # the common case: the whole column at once
        for n, value in enumerate(values, start=1):
            problem = _text_problem(value, length, contract)
            if problem is not None:
                raise BundleRefused(
                    "malformed",
                    f"the {name} section's row {n}, column {column}: {problem}; the "
                    "bundle was not imported. Ask its sender to export again",
                )


def check_rows(sections: dict[str, list[Any]]) -> None:
    """Raise BundleRefused("malformed", ...) at the first row that cannot be stored."""
    _check_shapes(sections)
    for name, rows in sections.items():
        if name in Base.metadata.tables and rows:
            _check_text(name, rows)


def _check_shapes(sections: dict[str, list[Any]]) -> None:
    for name, rows in sections.items():
        if name not in Base.metadata.tables or not rows:
            continue
        checks = _checks(name if name != SCHEDULE else SCHEDULE)
        if _sound(name, rows, checks):
            continue
        for n, row in enumerate(rows, start=1):  # which row, and what is wrong with it
            if not isinstance(row, list | tuple) or len(row) != len(checks):
                got = len(row) if isinstance(row, list | tuple) else type(row).__name__
                raise BundleRefused(
                    "malformed",
                    f"the {name} section's row {n} has {got} values, not {len(checks)}; "
                    "the bundle was not imported. Ask its sender to export again",
                )
            for value, (column, kind, nullable) in zip(row, checks, strict=True):
                problem = (
                    (None if nullable else "empty, but required")
                    if value is None
                    else _problem(kind, value)
                )
                if (
                    problem is None
                    and name == "register"
                    and column == "value"
                    and value is not None
                ):
                    problem = _not_json(value)
                if problem is not None:
                    raise BundleRefused(
                        "malformed",
                        f"the {name} section's row {n}, column {column}: {problem}; the "
                        "bundle was not imported. Ask its sender to export again",
                    )


def nfc_sections(sections: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """The sections with every text value in NFC (`check_rows` has passed them). A
    column already in NFC, the common case, is checked at once and left as it is."""
    out = dict(sections)
    for name, rows in sections.items():
        if name not in Base.metadata.tables or not rows:
            continue
        for i, (_column, kind, _nullable) in enumerate(_checks(name)):
            if kind != "text":
                continue
            texts = [row[i] for row in rows if isinstance(row[i], str)]
            # "\n" composes with nothing: the joined text is NFC exactly when each is
            if not texts or unicodedata.is_normalized("NFC", "\n".join(texts)):
                continue
            fixed = []
            for row in out[name]:
                value = row[i]
                if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                    row = [*row[:i], unicodedata.normalize("NFC", value), *row[i + 1 :]]
                fixed.append(row)
            out[name] = fixed
    return out
