"""Reading a parsed TOML table field by field, collecting every problem with its path.

Paths are what the service turns into file and line: "persona.kind",
"step.3.reply[2].zh" (1-based indexes, as a trainer counts).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from collector_desk.domain.money import fen_from_yuan_text
from collector_desk.domain.practice.model import Text

SCHEMA_VERSION = 1
PLACEHOLDERS = frozenset(
    [
        "lender",
        "me",
        "name",
        "title",
        "overdue",
        "outstanding",
        "due_date",
        "debit_tail",
        "published_tail",
        "date",
        "time",
        "amount",
        "method",
        "account",
        "relation",
    ]
)
# Conditions a branch may test besides the acts of the language rules.
PSEUDO_ACTS = frozenset(
    [
        "good",
        "weak",
        "breach",
        "borrower",
        "third_party",
        "verified",
        "date",
        "specific_time",
        "time_of_day",
        "amount",
        "full_amount",
        "method",
        "account",
    ]
)
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{1,63}$")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class Problem:
    path: str  # "persona.kind"; "" for the whole file
    code: str  # machine code: missing, unknown_field, bad_value, ...
    message: str  # English, for logs and the command line
    severity: str = "error"  # "error" stops the file loading; "warning" does not


class Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def err(self, path: str, code: str, message: str) -> None:
        self.problems.append(Problem(path, code, message))

    def table(self, data: Any, path: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(data, Mapping):
            self.err(path, "not_a_table", f"{path} must be a table")
            return {}
        for key in data:
            if key not in allowed:
                where = f"{path}.{key}" if path else str(key)
                self.err(
                    where,
                    "unknown_field",
                    f"unknown field {key!r} (allowed: {', '.join(sorted(allowed))})",
                )
        return dict(data)

    def string(self, data: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> str:
        where = f"{path}.{key}" if path else key
        value = data.get(key)
        if value is None:
            if required:
                self.err(where, "missing", f"{where} is required")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.err(where, "bad_value", f"{where} must be a non-empty text")
            return ""
        return value.strip()

    def phrase(self, value: str, where: str) -> str:
        for name in _PLACEHOLDER.findall(value):
            if name not in PLACEHOLDERS:
                self.err(where, "unknown_placeholder", f"unknown placeholder {{{name}}} in {where}")
        return value

    def text(
        self, data: Mapping[str, Any], key: str, path: str, *, required: bool = True
    ) -> Text | None:
        where = f"{path}.{key}" if path else key
        value = data.get(key)
        if value is None:
            if required:
                self.err(where, "missing", f"{where} is required (a table with zh and en)")
            return None
        pair = self.table(value, where, {"zh", "en"})
        zh, en = self.string(pair, "zh", where), self.string(pair, "en", where)
        return (
            Text(self.phrase(zh, f"{where}.zh"), self.phrase(en, f"{where}.en"))
            if zh and en
            else None
        )

    def choice(
        self, data: Mapping[str, Any], key: str, path: str, kind: type[E], default: E | None = None
    ) -> E | None:
        where = f"{path}.{key}" if path else key
        value = data.get(key)
        if value is None:
            if default is None:
                self.err(
                    where, "missing", f"{where} is required ({' | '.join(e.value for e in kind)})"
                )
            return default
        try:
            return kind(str(value))
        except ValueError:
            self.err(
                where,
                "bad_value",
                f"{where} = {value!r}: expected one of {', '.join(e.value for e in kind)}",
            )
            return default

    def integer(
        self,
        data: Mapping[str, Any],
        key: str,
        path: str,
        low: int,
        high: int,
        default: int | None = None,
    ) -> int | None:
        where = f"{path}.{key}" if path else key
        value = data.get(key)
        if value is None:
            if default is None:
                self.err(where, "missing", f"{where} is required (a whole number {low}-{high})")
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.err(
                where, "bad_value", f"{where} = {value!r}: expected a whole number {low}-{high}"
            )
            return default
        return value

    def amount(
        self, data: Mapping[str, Any], key: str, path: str, *, required: bool = True
    ) -> int | None:
        where = f"{path}.{key}" if path else key
        value = data.get(key)
        if value is None:
            if required:
                self.err(where, "missing", f'{where} is required (yuan, e.g. "1280.00")')
            return None
        try:
            fen = fen_from_yuan_text(str(value))
        except ValueError:
            self.err(where, "bad_value", f"{where} = {value!r}: not an amount in yuan")
            return None
        if fen <= 0:
            self.err(where, "bad_value", f"{where} must be above zero")
            return None
        return fen


def read_list(r: Reader, value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        r.err(where, "bad_value", f"{where} must be written as [[{where}]] tables")
        return []
    return value
