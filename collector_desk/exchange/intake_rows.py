"""Checking every row of a case file and turning the good ones into CaseRecords.

A row with any problem is rejected whole; each problem names the row (as Excel
numbers it), the column (its header in the file) and the reason. A contract
number that appears twice in one file is rejected the second time.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from collector_desk.exchange import intake_values as cell
from collector_desk.exchange.boundary import redact_numbers
from collector_desk.exchange.intake_fields import BY_KEY, relation_of
from collector_desk.services.portfolio import CaseRecord, ContactRecord


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # Excel's row number
    column: str  # the file's header ("" when the row as a whole is wrong)
    code: str
    message: str  # English, for logs and the command line
    value: str = ""  # the cell as the file has it, for the dialog's translated reasons


@dataclass(frozen=True, slots=True)
class GoodRow:
    row: int
    record: CaseRecord
    present: frozenset[str]  # fields the file gave a value for (updates touch only these)
    paid_fen: int | None  # repaid so far, per head office


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


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "text": _plain(128),
    "id": cell.id_number,
    "phone": cell.phone,
    "amount": cell.amount,
    "date": cell.day,
    "count": cell.count,
    "relation": relation_of,
    "account": _account,
}
PERSONAL_KINDS = frozenset({"id", "phone", "account"})
_LIMITS = {"name": 64, "employer_address": 256, "home_address": 256, "hukou_address": 256}


def _parser(field: str) -> Callable[[Any], Any]:
    if field == "contract_no":
        return _contract
    if field in _LIMITS:
        return _plain(_LIMITS[field])
    if field == "relation" or BY_KEY[field].kind == "relation":
        return lambda v: relation_of(cell.text(v))
    return _PARSERS[BY_KEY[field].kind]


class RowChecker:
    """Checks rows one at a time; remembers contract numbers to catch repeats."""

    def __init__(self, headers: list[str], mapping: dict[int, str], today: date) -> None:
        self.columns = [(i, field, headers[i] if i < len(headers) else "", _parser(field))
                        for i, field in sorted(mapping.items())]  # fmt: skip
        self.header_of = {field: header for _i, field, header, _p in self.columns}
        self.personal = {
            f for _i, f, _h, _p in self.columns if f in BY_KEY and BY_KEY[f].kind in PERSONAL_KINDS
        }
        self.today = today
        self.seen: dict[str, int] = {}

    def check(self, row_no: int, cells: list[Any]) -> GoodRow | list[RowProblem]:
        values: dict[str, Any] = {}
        problems: list[RowProblem] = []
        width = len(cells)
        for i, field, header, parse in self.columns:
            raw = cells[i] if i < width else None
            if raw is None or raw == "" or (raw.__class__ is str and not raw.strip()):
                continue
            try:
                values[field] = parse(raw)
            except cell.CellError as exc:
                message = str(exc)
                if field in self.personal:  # a phone or ID never leaves in clear
                    message = redact_numbers(message)
                problems.append(RowProblem(row_no, header, exc.code, message, cell.text(raw)))
        self._rules(row_no, values, problems)
        if problems:
            return problems
        return self._good(row_no, values)

    def _problem(
        self,
        problems: list[RowProblem],
        row_no: int,
        field: str,
        code: str,
        msg: str,
        value: str = "",
    ) -> None:
        problems.append(RowProblem(row_no, self.header_of.get(field, ""), code, msg, value))

    def _rules(self, row_no: int, v: dict[str, Any], problems: list[RowProblem]) -> None:
        failed = {p.column for p in problems}
        for field in ("contract_no", "name", "id_number", "phone", "disbursed_on",
                      "principal", "instalment_count", "instalment_amount"):  # fmt: skip
            if field not in v and self.header_of.get(field) not in failed:
                self._problem(problems, row_no, field, "missing", "this cell is empty")
        contract = v.get("contract_no")
        if contract:
            first = self.seen.get(contract)
            if first is not None:
                self._problem(problems, row_no, "contract_no", "duplicate",
                              f"contract {contract} is already on row {first} of this file",
                              str(first))  # fmt: skip
            else:
                self.seen[contract] = row_no
        for field in ("principal", "instalment_amount"):
            if v.get(field) == 0:
                self._problem(problems, row_no, field, "amount_zero", "the amount is zero")
        if v.get("disbursed_on") and v["disbursed_on"] > self.today:
            self._problem(
                problems, row_no, "disbursed_on", "date_future", "the date is in the future"
            )
        total = v.get("instalment_amount", 0) * v.get("instalment_count", 0)
        if "paid_amount" in v and total and v["paid_amount"] > total:
            self._problem(problems, row_no, "paid_amount", "paid_too_much",
                          "more than the loan's instalments add up to")  # fmt: skip

    def _good(self, row_no: int, v: dict[str, Any]) -> GoodRow:
        phones = tuple(dict.fromkeys(p for p in (v.get("phone"), v.get("phone2")) if p))
        contacts = []
        for n in ("contact1", "contact2"):
            name, phone = v.get(f"{n}_name", ""), v.get(f"{n}_phone")
            if name or phone:
                relation = v.get(f"{n}_relation", "other")
                contacts.append(ContactRecord(name, relation, (phone,) if phone else ()))
        if v.get("spouse_name") or v.get("spouse_phone"):
            sp = v.get("spouse_phone")
            contacts.append(ContactRecord(v.get("spouse_name", ""), "spouse", (sp,) if sp else ()))
        record = CaseRecord(
            contract_no=v["contract_no"],
            name=v["name"],
            id_number=v["id_number"],
            phones=phones,
            disbursed_on=v["disbursed_on"],
            principal_fen=v["principal"],
            instalment_count=v["instalment_count"],
            instalment_fen=v["instalment_amount"],
            product=v.get("product"),
            branch=v.get("branch"),
            debit_bank=v.get("debit_bank"),
            debit_account=v.get("debit_account"),
            employer=v.get("employer"),
            employer_phone=v.get("employer_phone"),
            employer_address=v.get("employer_address"),
            home_address=v.get("home_address"),
            hukou_address=v.get("hukou_address"),
            contacts=tuple(contacts),
        )
        return GoodRow(row_no, record, frozenset(v), v.get("paid_amount"))


def check_rows(
    rows: Iterator[tuple[int, list[Any]]], checker: RowChecker
) -> Iterator[GoodRow | list[RowProblem]]:
    for row_no, cells in rows:
        for c in cells:
            if c is not None and (c.__class__ is not str or c.strip()):
                yield checker.check(row_no, cells)
                break
        # else: an empty line inside the table


def lookup_keys(table: Any, mapping: dict[int, str]) -> tuple[list[str], list[str]]:
    """The contract numbers and ID numbers of every row, as the checks will normalise
    them (a cell that fails its check is skipped), to look them up in one go."""
    col = {field: i for i, field in mapping.items()}
    contracts: list[str] = []
    ids: list[str] = []
    ci, ii = col.get("contract_no"), col.get("id_number")
    for row in table.rows:
        if ci is not None and ci < len(row) and not cell.is_blank(row[ci]):
            with contextlib.suppress(cell.CellError):
                contracts.append(_contract(row[ci]))
        if ii is not None and ii < len(row) and isinstance(row[ii], str):
            ids.append(row[ii].replace(" ", "").strip().upper())
    return contracts, ids
