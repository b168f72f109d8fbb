"""Checking every row of a case file and turning the good ones into CaseRecords.

A row with any problem is rejected whole; each problem names the row (as Excel
numbers it), the column (its header in the file) and the reason. A contract
number that appears twice in one file is rejected the second time.

Rows are checked a chunk at a time: each column of the chunk by its parser
(`intake_columns`), then the rules across a row's values, which stay one tuple
per row in `FIELD_KEYS` order (`GoodRow.values`, None where the file has no
value). New cases are written from those tuples (`intake_fast`); a CaseRecord is
built only for the rows that need one (updates and repeat borrowers).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import Any

from collector_desk.domain.money import format_fen
from collector_desk.domain.stated import Discrepancy, Stated, Terms, reconcile
from collector_desk.exchange import intake_values as cell
from collector_desk.exchange.boundary import redact_numbers, redact_words
from collector_desk.exchange.intake_columns import (
    PERSONAL_KINDS,
    Cache,
    blank,
    parse_column,
    parser,
    unique,
)
from collector_desk.exchange.intake_fields import BY_KEY, FIELDS, unit_scale
from collector_desk.exchange.intake_read import CASE_KEYS, summary_line
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


# The checked values of a row, by field: a tuple in this order (None: no value).
FIELD_KEYS = tuple(f.key for f in FIELDS)
AT = {key: n for n, key in enumerate(FIELD_KEYS)}
(CONTRACT, NAME, ID_NUMBER, PHONE, PHONE2, DISBURSED_ON, PRINCIPAL, INSTALMENT_COUNT,
 INSTALMENT_AMOUNT, PAID_AMOUNT, PAID_COUNT, DPD, OVERDUE_TOTAL, OVERDUE_PRINCIPAL,
 OVERDUE_INTEREST, PENALTY, LATE_FEE, OUTSTANDING, LAST_PAID_ON, DUE_DAY, AS_OF, ASSIGNED_ON,
 ASSIGNED_AMOUNT, BATCH, HQ_BUCKET, COLLECTOR, PRODUCT, BRANCH, DEBIT_BANK, DEBIT_ACCOUNT,
 EMPLOYER, EMPLOYER_PHONE, EMPLOYER_ADDRESS, HOME_ADDRESS, HUKOU_ADDRESS, CONTACT1_NAME,
 CONTACT1_RELATION, CONTACT1_PHONE, CONTACT2_NAME, CONTACT2_RELATION, CONTACT2_PHONE,
 SPOUSE_NAME, SPOUSE_PHONE) = range(len(FIELD_KEYS))  # fmt: skip
if FIELD_KEYS[SPOUSE_PHONE] != "spouse_phone" or len(FIELD_KEYS) != SPOUSE_PHONE + 1:
    raise RuntimeError("intake_fields.FIELDS changed: update the positions in intake_rows.py")
_STATED_AT = tuple(AT[f] for f in STATED_FIELDS)
_REQUIRED = ("contract_no", "name", "id_number", "phone", "disbursed_on", "principal",
             "instalment_count", "instalment_amount")  # fmt: skip
_CONTACTS = ((CONTACT1_NAME, CONTACT1_PHONE, CONTACT1_RELATION),
             (CONTACT2_NAME, CONTACT2_PHONE, CONTACT2_RELATION))  # fmt: skip
_EXTRAS = ("batch", "assigned_on", "assigned_amount", "collector", "last_paid_on")
Values = tuple[Any, ...]


def phones_of(v: Values) -> tuple[str, ...]:
    """The borrower's own numbers, the first the primary, each once."""
    first, second = v[PHONE], v[PHONE2]
    if not second or second == first:
        return (first,) if first else ()
    return (first, second) if first else (second,)


def contacts_of(v: Values) -> list[tuple[str, str, str | None]]:
    """(name, relation, phone) of the contacts the row names."""
    out = []
    for name_at, phone_at, relation_at in _CONTACTS:
        name, phone = v[name_at] or "", v[phone_at]
        if name or phone:
            relation = v[relation_at]
            out.append((name, "other" if relation is None else relation, phone))
    if v[SPOUSE_NAME] or v[SPOUSE_PHONE]:
        out.append((v[SPOUSE_NAME] or "", "spouse", v[SPOUSE_PHONE]))
    return out


def record_of(v: Values, schedule: tuple[tuple[date, int], ...] = ()) -> CaseRecord:
    """The row as a CaseRecord (updates of known contracts and repeat borrowers)."""
    contacts = tuple(
        ContactRecord(name, relation, (phone,) if phone else ())
        for name, relation, phone in contacts_of(v)
    )
    return CaseRecord(
        contract_no=v[CONTRACT], name=v[NAME], id_number=v[ID_NUMBER], phones=phones_of(v),
        disbursed_on=v[DISBURSED_ON], principal_fen=v[PRINCIPAL],
        instalment_count=v[INSTALMENT_COUNT], instalment_fen=v[INSTALMENT_AMOUNT],
        product=v[PRODUCT], branch=v[BRANCH], debit_bank=v[DEBIT_BANK],
        debit_account=v[DEBIT_ACCOUNT], employer=v[EMPLOYER], employer_phone=v[EMPLOYER_PHONE],
        employer_address=v[EMPLOYER_ADDRESS], home_address=v[HOME_ADDRESS],
        hukou_address=v[HUKOU_ADDRESS], contacts=contacts, schedule=schedule,
    )  # fmt: skip


class GoodRow:
    """A checked row: its values (`FIELD_KEYS` order), what head office says was
    repaid and when, the day its figures describe, its warnings, and the schedule
    when the stated figures move it (empty: the loan's equal monthly instalments)."""

    __slots__ = (
        "_record",
        "as_of",
        "headers",
        "paid_fen",
        "paid_on",
        "row",
        "schedule",
        "values",
        "warnings",
    )  # fmt: skip

    def __init__(
        self,
        row: int,
        values: Values,
        paid_fen: int | None,
        paid_on: date | None,
        as_of: date | None,
        warnings: tuple[RowWarning, ...],
        schedule: tuple[tuple[date, int], ...],
        headers: dict[str, str],
    ) -> None:
        self.row = row  # Excel's row number
        self.values = values
        self.paid_fen = paid_fen  # repaid so far, per head office
        self.paid_on = paid_on  # the day head office's repayment is dated
        self.as_of = as_of  # the day the file's figures describe
        self.warnings = warnings
        self.schedule = schedule
        self.headers = headers  # field -> the file's header
        self._record: CaseRecord | None = None

    def get(self, field: str) -> Any:
        return self.values[AT[field]]

    @property
    def contract_no(self) -> str:
        return str(self.values[CONTRACT])

    @property
    def id_number(self) -> str:
        return str(self.values[ID_NUMBER])

    @property
    def present(self) -> frozenset[str]:
        """Fields the file gave a value for (updates touch only these)."""
        return frozenset(k for k, x in zip(FIELD_KEYS, self.values, strict=True) if x is not None)

    @property
    def extras(self) -> tuple[tuple[str, Any], ...]:
        """Batch, assignment date and amount, collector: what the file gives of them."""
        return tuple((k, x) for k in _EXTRAS if (x := self.values[AT[k]]) is not None)

    @property
    def record(self) -> CaseRecord:
        if self._record is None:
            self._record = record_of(self.values, self.schedule)
        return self._record


Outcome = GoodRow | list[RowProblem]
_FORMULA = (
    "the cell holds a formula saved without its value: open the file in Excel or WPS, "
    "let it calculate, save it and load it again"
)


def _parser(field: str, headers: list[str], i: int) -> Any:
    """The column's parser; an amount whose title names 万元 or 千元 is scaled."""
    scale = unit_scale(headers[i]) if i < len(headers) else 1
    if scale != 1 and field in BY_KEY and BY_KEY[field].kind == "amount":
        return cell.amount_in(scale)
    return parser(field)


class RowChecker:
    """Checks rows a chunk at a time; remembers contract numbers to catch repeats."""

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
        # (index, position in the values, header, parser, parsed values or None)
        self.columns: list[tuple[int, int, str, Any, Cache | None, bool]] = [
            (i, AT[field], headers[i] if i < len(headers) else "", _parser(field, headers, i),
             None if unique(field) else {},
             field in BY_KEY and BY_KEY[field].kind in PERSONAL_KINDS)
            for i, field in sorted(mapping.items())
        ]  # fmt: skip
        self.width = max((c[0] for c in self.columns), default=-1) + 1  # cells a row needs
        self.header_of = {
            field: headers[i] if i < len(headers) else "" for i, field in sorted(mapping.items())
        }
        self._cells = itemgetter(*(c[0] for c in self.columns)) if self.columns else None
        self._stated = any(f in self.header_of for f in STATED_FIELDS)
        self.today = today
        self.as_of = as_of or today
        self.strict = strict
        self.uncalculated = uncalculated
        self.seen: dict[str, int] = {}
        # the columns that name a case: a line with none of them is no case (`summary_line`)
        self.case_keys = tuple(i for i, f in sorted(mapping.items()) if f in CASE_KEYS)

    def check(self, row_no: int, cells: list[Any]) -> Outcome:
        return self.check_chunk([(row_no, cells)])[0]

    def check_chunk(self, rows: Sequence[tuple[int, list[Any]]]) -> list[Outcome]:
        """Each row's outcome, in order: a GoodRow or the row's problems."""
        n, width = len(rows), self.width
        numbers = [r for r, _ in rows]
        lines = [c if len(c) >= width else [*c, *[None] * (width - len(c))] for _, c in rows]
        empty: list[Any] = [None] * n
        columns: list[Sequence[Any]] = [empty] * len(FIELD_KEYS)
        problems: dict[int, list[RowProblem]] = {}
        if self._cells is not None and n:
            picked = list(map(self._cells, lines))
            cut = list(zip(*picked, strict=True)) if len(self.columns) > 1 else [tuple(picked)]
            for (i, at, header, parse, cache, _personal), raw in zip(
                self.columns, cut, strict=True
            ):
                values, errors = parse_column(raw, parse, cache)
                columns[at] = values
                if self.uncalculated:
                    for j, x in enumerate(values):
                        if x is None and (numbers[j], i) in self.uncalculated and blank(raw[j]):
                            problems.setdefault(j, []).append(
                                RowProblem(numbers[j], header, "formula_no_value", _FORMULA)
                            )
                for j, exc in errors:
                    # Any column: a row shifted by a cell puts phones, IDs and names in
                    # others; the row and column say where to look.
                    message = redact_words(redact_numbers(str(exc)))
                    problems.setdefault(j, []).append(
                        RowProblem(numbers[j], header, exc.code, message, cell.text(raw[j]))
                    )
        return [self._outcome(numbers[j], v, problems.get(j, [])) for j, v in
                enumerate(zip(*columns, strict=True))]  # fmt: skip

    def _problem(
        self, problems: list[RowProblem], row_no: int, field: str, code: str, msg: str,
        value: str = "",
    ) -> None:  # fmt: skip
        problems.append(RowProblem(row_no, self.header_of.get(field, ""), code, msg, value))

    def _outcome(self, row_no: int, v: Values, problems: list[RowProblem]) -> Outcome:
        self._rules(row_no, v, problems)
        if problems:
            return problems
        good = self._good(row_no, v)
        if self.strict and good.warnings:
            return [RowProblem(w.row, w.column, w.code, w.message + " (refused: --strict)",
                               w.stated, w.computed) for w in good.warnings]  # fmt: skip
        return good

    def _rules(self, row_no: int, v: Values, problems: list[RowProblem]) -> None:
        failed = {p.column for p in problems}
        for field in _REQUIRED:
            if v[AT[field]] is None and self.header_of.get(field) not in failed:
                self._problem(problems, row_no, field, "missing", "this cell is empty")
        contract = v[CONTRACT]
        if contract:
            first = self.seen.get(contract)
            if first is not None:
                self._problem(problems, row_no, "contract_no", "duplicate",
                              f"contract {contract} is already on row {first} of this file",
                              str(first))  # fmt: skip
            else:
                self.seen[contract] = row_no
        if v[PRINCIPAL] == 0:
            self._problem(problems, row_no, "principal", "amount_zero", "the amount is zero")
        if v[INSTALMENT_AMOUNT] == 0:
            self._problem(
                problems, row_no, "instalment_amount", "amount_zero", "the amount is zero"
            )
        as_of = self.as_of if v[AS_OF] is None else v[AS_OF]
        if as_of > self.today:
            self._problem(problems, row_no, "as_of", "date_future", "the date is in the future")
        if v[DISBURSED_ON] and v[DISBURSED_ON] > as_of:
            self._problem(
                problems, row_no, "disbursed_on", "date_future", "the date is in the future"
            )
        total = (v[INSTALMENT_AMOUNT] or 0) * (v[INSTALMENT_COUNT] or 0)
        if v[PAID_AMOUNT] is not None and total and v[PAID_AMOUNT] > total:
            self._problem(problems, row_no, "paid_amount", "paid_too_much",
                          "more than the loan's instalments add up to")  # fmt: skip

    def _good(self, row_no: int, v: Values) -> GoodRow:
        disbursed_on = v[DISBURSED_ON]
        as_of = self.as_of if v[AS_OF] is None else v[AS_OF]
        paid, paid_on = v[PAID_AMOUNT], None
        warnings: tuple[RowWarning, ...] = ()
        schedule: tuple[tuple[date, int], ...] = ()
        if self._stated and any(v[k] is not None for k in _STATED_AT):
            charges = (v[OVERDUE_INTEREST] or 0) + (v[PENALTY] or 0) + (v[LATE_FEE] or 0)
            overdue = v[OVERDUE_TOTAL]
            if overdue is None and v[OVERDUE_PRINCIPAL] is not None:
                overdue = v[OVERDUE_PRINCIPAL] + charges
            stated = Stated(as_of, v[DPD], overdue, v[OUTSTANDING], paid, v[PAID_COUNT],
                            v[DUE_DAY], v[LAST_PAID_ON], v[HQ_BUCKET], charges or None)  # fmt: skip
            terms = Terms(disbursed_on, v[INSTALMENT_COUNT], v[INSTALMENT_AMOUNT])
            r = reconcile(terms, stated)
            if not r.plain or disbursed_on.day != (stated.due_day or disbursed_on.day):
                schedule = r.due
            paid, paid_on = r.paid_fen, r.paid_on
            if r.discrepancies:
                warnings = tuple(self._warning(row_no, d) for d in r.discrepancies)
        elif paid:
            paid_on = v[LAST_PAID_ON] or as_of
        return GoodRow(row_no, v, paid, paid_on, as_of, warnings, schedule, self.header_of)

    def _warning(self, row_no: int, d: Discrepancy) -> RowWarning:
        column = self.header_of.get(_DISCREPANCY_FIELD[d.field], "")
        stated, computed = d.stated, d.computed
        if d.field in _MONEY_FIELDS:  # stated/computed stay in fen; the words say yuan
            stated, computed = (_yuan(v) for v in (stated, computed))
        message = f"{_DISCREPANCY_TEXT[d.field]}: the file says {stated}, computed {computed}"
        if d.note:
            message += f" ({d.note})"
        return RowWarning(row_no, column, f"stated_{d.field}", message, d.stated, d.computed)


def _has_value(cells: list[Any]) -> bool:
    return any(c is not None and (c.__class__ is not str or c.strip()) for c in cells)


def check_parts(
    rows: Iterable[tuple[int, list[Any]]], checker: RowChecker, size: int
) -> Iterator[list[Outcome]]:
    """The outcomes of the rows with a value (an empty line inside the table is no
    row), `size` rows at a time, each part checked column by column."""
    for part, _last in check_parts_marked(rows, checker, size):
        yield part


def check_parts_marked(
    rows: Iterable[tuple[int, list[Any]]], checker: RowChecker, size: int
) -> Iterator[tuple[list[Outcome], bool]]:
    """`check_parts`, each part with whether it is the last: the rows after a full part
    are looked at (not checked) up to the next one with a value, so the caller knows
    before writing a part whether another follows, without waiting for its check."""
    part: list[tuple[int, list[Any]]] = []
    pending: tuple[int, list[Any]] | None = None
    keys = checker.case_keys
    for numbered in rows:
        if not _has_value(numbered[1]) or summary_line(numbered[1], keys):
            continue  # an empty line, or a 小计 line inside the table: no row
        if pending is not None:
            yield checker.check_chunk(part), False
            part = []
            pending = None
        part.append(numbered)
        if len(part) == size:
            pending = numbered  # full: written once a next row with a value shows up
    if part:
        yield checker.check_chunk(part), True


def check_rows(rows: Iterator[tuple[int, list[Any]]], checker: RowChecker) -> Iterator[Outcome]:
    for part in check_parts(rows, checker, 2000):
        yield from part
