"""Reading a chunk of a case file column by column: each cell of a column by the
column's one parser, each repeated value parsed once.

A head-office file repeats most values down a column (dates, amounts, terms,
products, branches, relations): those columns look their cells up in a cache of
parsed values, in one pass over the column, and only the values not seen before
are parsed. Columns of numbers that rarely repeat (contracts, ID numbers,
phones, accounts) are parsed cell by cell. A blank cell is None; a cell that does
not parse is None too, and its problem is reported with the row and the cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import repeat
from typing import Any

from collector_desk.exchange import intake_values as cell
from collector_desk.exchange.intake_fields import BY_KEY, relation_of

PERSONAL_KINDS = frozenset({"id", "phone", "account"})
_LIMITS = {"name": 64, "employer_address": 256, "home_address": 256, "hukou_address": 256}
_CACHED = 20_000  # parsed values remembered per column
_NOT_YET = object()  # a cell's value not parsed before
Parser = Callable[[Any], Any]
Cache = dict[tuple[type, Any], Any]


def _account(value: Any) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool):
        if isinstance(value, float) and (value >= 1e15 or not value.is_integer()):
            raise cell._destroyed(value, "account number")
        return str(int(value))
    raw = cell.text(value).replace(" ", "")
    if cell._SCIENTIFIC.match(raw):
        raise cell._destroyed(raw, "account number")
    return raw


def _contract(value: Any) -> str:
    if isinstance(value, float) and not value.is_integer():
        raise cell._destroyed(value, "contract number")
    raw = cell.text(value)
    if cell._SCIENTIFIC.match(raw):
        raise cell._destroyed(raw, "contract number")
    if len(raw) > 40:
        raise cell.CellError("too_long", "a contract number has at most 40 characters")
    return raw.upper()


def _plain(limit: int) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        raw = cell.text(value)
        if len(raw) > limit:
            raise cell.CellError("too_long", f"at most {limit} characters, this has {len(raw)}")
        return raw

    return parse


def _whole(low: int, high: int, what: str) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        raw = cell.text(value).removesuffix("天").removesuffix("期").strip()
        if not raw.isdigit():
            raise cell.CellError("count_format", f"not a whole number: {cell.text(value)}")
        number = int(raw)
        if not low <= number <= high:
            raise cell.CellError("count_range", f"{number} is not a plausible {what}")
        return number

    return parse


def _day_of_month(value: Any) -> int:
    """15, "15", "15日", "每月15日", or a date (its day)."""
    if isinstance(value, date):
        return value.day
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = cell.text(value).removeprefix("每月").removesuffix("号").removesuffix("日").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= 31:
        raise cell.CellError("day_format", f"not a day of the month (1-31): {cell.text(value)}")
    return int(raw)


_PARSERS: dict[str, Parser] = {
    "text": _plain(128),
    "id": cell.id_number,
    "phone": cell.phone,
    "amount": cell.amount,
    "date": cell.day,
    "count": cell.count,
    "relation": relation_of,
    "account": _account,
    "day_of_month": _day_of_month,
}


def unique(field: str) -> bool:
    """A column whose values rarely repeat (numbers of a person or a contract): its
    cells are parsed every time. The others (dates, amounts, products, branches,
    terms, relations...) repeat down a file, and each value is parsed once."""
    return field == "contract_no" or (field in BY_KEY and BY_KEY[field].kind in PERSONAL_KINDS)


def parser(field: str) -> Parser:
    if field == "contract_no":
        return _contract
    if field in _LIMITS:
        return _plain(_LIMITS[field])
    if field == "dpd":
        return _whole(0, 20_000, "number of days past due")
    if field == "paid_count":
        return _whole(0, 360, "number of repaid instalments")
    if field == "relation" or BY_KEY[field].kind == "relation":
        return lambda v: relation_of(cell.text(v))
    return _PARSERS[BY_KEY[field].kind]


def blank(raw: Any) -> bool:
    return raw is None or raw == "" or (raw.__class__ is str and not raw.strip())


def parse_column(
    raw: Sequence[Any], parse: Parser, cache: Cache | None
) -> tuple[list[Any], list[tuple[int, cell.CellError]]]:
    """(values, errors) of one column's cells: a value per cell (None when blank or
    unreadable; no parser gives None) and the (position, error) of each cell that
    does not parse. The type is part of a cached value's key: True == 1 == 1.0 in
    Python, but they read differently."""
    errors: list[tuple[int, cell.CellError]] = []
    if cache is not None:
        keys = list(zip(map(type, raw), raw, strict=True))
        out = list(map(cache.get, keys, repeat(_NOT_YET)))
        todo: Sequence[int] = [j for j, v in enumerate(out) if v is _NOT_YET]
    else:
        out = [None] * len(raw)
        todo = range(len(raw))
    for j in todo:
        if cache is not None:
            known = cache.get(keys[j], _NOT_YET)  # an earlier cell of this chunk
            if known is not _NOT_YET:
                out[j] = known
                continue
        value = raw[j]
        if value is None or value == "" or (value.__class__ is str and not value.strip()):
            parsed = None
        else:
            try:
                parsed = parse(value)
            except cell.CellError as exc:
                out[j] = None
                errors.append((j, exc))
                continue
        out[j] = parsed
        if cache is not None and len(cache) < _CACHED:
            cache[keys[j]] = parsed
    return out, errors
