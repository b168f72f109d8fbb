"""Checking every row of a case file and turning the good ones into CaseRecords.

A row with any problem is rejected whole; each problem names the row (as Excel
numbers it), the column (its header in the file) and the reason. A contract
number that appears twice in one file is rejected the second time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from typing import Any

from collector_desk.domain.money import format_fen
from collector_desk.domain.stated import Discrepancy, Stated, Terms, reconcile
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
    computed: str = ""  # a row refused as contradicting itself (strict): the computed value


@dataclass(frozen=True, slots=True)
class RowWarning:
    """A row imported by head office's stated figures that contradict each other or
    the loan's terms: the file's value and the one computed from the rest."""

    row: int
    column: str  # the file's header
    code: str  # stated_<field>
    message: str
    stated: str
    computed: str


# discrepancy field -> the file field whose column it names
_DISCREPANCY_FIELD = {
    "dpd": "dpd",
    "overdue": "overdue_total",
    "outstanding": "outstanding",
    "paid": "paid_amount",
    "paid_count": "paid_count",
    "bucket": "hq_bucket",
    "due_day": "due_day",
}
_DISCREPANCY_TEXT = {
    "dpd": "days past due differ from the loan's schedule and repayments",
    "overdue": "the overdue total differs from the overdue instalments",
    "outstanding": "the outstanding amount differs from the loan total less repayments",
    "paid": "the repaid amount is above the loan total",
    "paid_count": "the repaid instalment count differs from the repaid amount",
    "bucket": "head office's bucket differs from the one its days past due give",
    "due_day": "the due day differs from the schedule the days past due give",
}
_MONEY_FIELDS = frozenset({"overdue", "outstanding", "paid"})


def _yuan(fen: str) -> str:
    """A discrepancy's amount (fen, as text) as yuan: "515000" -> "5,150.00 yuan"."""
    return f"{format_fen(int(fen), symbol=False)} yuan" if fen.lstrip("-").isdigit() else fen


STATED_FIELDS = ("dpd", "overdue_total", "overdue_principal", "overdue_interest", "penalty",
                 "late_fee", "outstanding", "paid_count", "last_paid_on", "due_day", "hq_bucket")  # fmt: skip

_STATED = frozenset(STATED_FIELDS)
_CONTACT_KEYS = tuple(
    (f"{n}_name", f"{n}_phone", f"{n}_relation") for n in ("contact1", "contact2")
)


@dataclass(frozen=True, slots=True)
class GoodRow:
    row: int
    record: CaseRecord
    present: frozenset[str]  # fields the file gave a value for (updates touch only these)
    paid_fen: int | None  # repaid so far, per head office
    paid_on: date | None = None  # the day head office's repayment is dated
    as_of: date | None = None  # the day the file's figures describe
    warnings: tuple[RowWarning, ...] = ()
    extras: tuple[tuple[str, Any], ...] = ()  # batch, assignment date and amount, collector
    headers: dict[str, str] = dc_field(default_factory=dict, repr=False)  # field -> file header


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


_PARSERS: dict[str, Callable[[Any], Any]] = {
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
PERSONAL_KINDS = frozenset({"id", "phone", "account"})
_LIMITS = {"name": 64, "employer_address": 256, "home_address": 256, "hukou_address": 256}


_CACHED = 20_000  # parsed values remembered per column
_NOT_YET = object()  # a cell's value not parsed before


def _unique(field: str) -> bool:
    """A column whose values rarely repeat (numbers of a person or a contract): its
    cells are parsed every time. The others (dates, amounts, products, branches,
    terms, relations...) repeat down a file, and each value is parsed once."""
    return field == "contract_no" or (field in BY_KEY and BY_KEY[field].kind in PERSONAL_KINDS)


def _parser(field: str) -> Callable[[Any], Any]:
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


class RowChecker:
    """Checks rows one at a time; remembers contract numbers to catch repeats."""

    def __init__(
        self,
        headers: list[str],
        mapping: dict[int, str],
        today: date,
        *,
        as_of: date | None = None,
        strict: bool = False,
        uncalculated: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        # (index, field, header, parser, parsed values by (type, cell) or None)
        self.columns: list[
            tuple[int, str, str, Callable[[Any], Any], dict[tuple[type, Any], Any] | None]
        ] = [(i, field, headers[i] if i < len(headers) else "", _parser(field),
              None if _unique(field) else {})
             for i, field in sorted(mapping.items())]  # fmt: skip
        self.width = max((i for i, *_ in self.columns), default=-1) + 1  # cells a row needs
        self.header_of = {field: header for _i, field, header, _p, _c in self.columns}
        self.personal = {
            f
            for _i, f, _h, _p, _c in self.columns
            if f in BY_KEY and BY_KEY[f].kind in PERSONAL_KINDS
        }
        self.today = today
        self.as_of = as_of or today
        self.strict = strict
        self.uncalculated = uncalculated
        self.seen: dict[str, int] = {}

    def check(self, row_no: int, cells: list[Any]) -> GoodRow | list[RowProblem]:
        values: dict[str, Any] = {}
        problems: list[RowProblem] = []
        if len(cells) < self.width:  # a short row: its missing cells are empty
            cells = [*cells, *[None] * (self.width - len(cells))]
        uncalculated = self.uncalculated
        for i, field, header, parse, parsed in self.columns:
            raw = cells[i]
            if raw is None or raw == "" or (raw.__class__ is str and not raw.strip()):
                if uncalculated and (row_no, i) in uncalculated:
                    problems.append(RowProblem(
                        row_no, header, "formula_no_value",
                        "the cell holds a formula saved without its value: open the file in "
                        "Excel or WPS, let it calculate, save it and load it again"))  # fmt: skip
                continue
            if parsed is not None:
                # The type is part of the key: True == 1 == 1.0, but they read differently.
                key = (raw.__class__, raw)
                value = parsed.get(key, _NOT_YET)
                if value is not _NOT_YET:
                    values[field] = value
                    continue
            try:
                value = values[field] = parse(raw)
                if parsed is not None and len(parsed) < _CACHED:
                    parsed[key] = value
            except cell.CellError as exc:
                message = str(exc)
                if field in self.personal:  # a phone or ID never leaves in clear
                    message = redact_numbers(message)
                problems.append(RowProblem(row_no, header, exc.code, message, cell.text(raw)))
        self._rules(row_no, values, problems)
        if problems:
            return problems
        good = self._good(row_no, values)
        if self.strict and good.warnings:
            return [RowProblem(w.row, w.column, w.code, w.message + " (refused: --strict)",
                               w.stated, w.computed) for w in good.warnings]  # fmt: skip
        return good

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
        as_of = v.get("as_of", self.as_of)
        if as_of > self.today:
            self._problem(problems, row_no, "as_of", "date_future", "the date is in the future")
        if v.get("disbursed_on") and v["disbursed_on"] > as_of:
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
        for name_key, phone_key, relation_key in _CONTACT_KEYS:
            name, phone = v.get(name_key, ""), v.get(phone_key)
            if name or phone:
                relation = v.get(relation_key, "other")
                contacts.append(ContactRecord(name, relation, (phone,) if phone else ()))
        if v.get("spouse_name") or v.get("spouse_phone"):
            sp = v.get("spouse_phone")
            contacts.append(ContactRecord(v.get("spouse_name", ""), "spouse", (sp,) if sp else ()))
        disbursed_on = v["disbursed_on"]
        count, instalment = v["instalment_count"], v["instalment_amount"]
        as_of = v.get("as_of", self.as_of)
        paid, paid_on = v.get("paid_amount"), None
        warnings: tuple[RowWarning, ...] = ()
        schedule: tuple[tuple[date, int], ...] = ()
        if not _STATED.isdisjoint(v):
            charges = v.get("overdue_interest", 0) + v.get("penalty", 0) + v.get("late_fee", 0)
            overdue = v.get("overdue_total")
            if overdue is None and "overdue_principal" in v:
                overdue = v["overdue_principal"] + charges
            stated = Stated(
                as_of=as_of,
                dpd=v.get("dpd"),
                overdue_fen=overdue,
                outstanding_fen=v.get("outstanding"),
                paid_fen=paid,
                paid_count=v.get("paid_count"),
                due_day=v.get("due_day"),
                last_paid_on=v.get("last_paid_on"),
                bucket=v.get("hq_bucket"),
                charges_fen=charges or None,
            )
            r = reconcile(Terms(disbursed_on, count, instalment), stated)
            if not r.plain or disbursed_on.day != (stated.due_day or disbursed_on.day):
                schedule = r.due
            paid, paid_on = r.paid_fen, r.paid_on
            warnings = tuple(self._warning(row_no, d) for d in r.discrepancies)
        elif paid:
            paid_on = v.get("last_paid_on") or as_of
        get = v.get
        record = CaseRecord(
            contract_no=v["contract_no"], name=v["name"], id_number=v["id_number"],
            phones=phones, disbursed_on=disbursed_on, principal_fen=v["principal"],
            instalment_count=count, instalment_fen=instalment, product=get("product"),
            branch=get("branch"), debit_bank=get("debit_bank"),
            debit_account=get("debit_account"), employer=get("employer"),
            employer_phone=get("employer_phone"), employer_address=get("employer_address"),
            home_address=get("home_address"), hukou_address=get("hukou_address"),
            contacts=tuple(contacts), schedule=schedule,
        )  # fmt: skip
        extras = tuple((k, v[k]) for k in ("batch", "assigned_on", "assigned_amount", "collector",
                                           "last_paid_on") if k in v)  # fmt: skip
        return GoodRow(
            row_no, record, frozenset(v), paid, paid_on, as_of, warnings, extras, self.header_of
        )

    def _warning(self, row_no: int, d: Discrepancy) -> RowWarning:
        column = self.header_of.get(_DISCREPANCY_FIELD[d.field], "")
        stated, computed = d.stated, d.computed
        if d.field in _MONEY_FIELDS:  # stated/computed stay in fen; the words say yuan
            stated, computed = (_yuan(v) for v in (stated, computed))
        message = f"{_DISCREPANCY_TEXT[d.field]}: the file says {stated}, computed {computed}"
        if d.note:
            message += f" ({d.note})"
        return RowWarning(row_no, column, f"stated_{d.field}", message, d.stated, d.computed)


def check_rows(
    rows: Iterator[tuple[int, list[Any]]], checker: RowChecker
) -> Iterator[GoodRow | list[RowProblem]]:
    for row_no, cells in rows:
        for c in cells:
            if c is not None and (c.__class__ is not str or c.strip()):
                yield checker.check(row_no, cells)
                break
        # else: an empty line inside the table
