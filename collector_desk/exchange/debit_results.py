"""Importing the bank's debit result file (回盘): one CSV line per debit attempt,
contract number, date, amount, success or failure with a reason.

Each good line becomes a DebitResult fact; a success also becomes a Payment
(channel auto_debit), so the case's position and its promise (kept, partly
kept, broken) follow. Bad lines are reported by file, row and column and
skipped; the good ones are written in one unit of work. Ids are derived from
the line's content, so importing the same file twice adds nothing.

The CSV reader is self-contained (no shared intake reader existed when this
was written): UTF-8 (with or without BOM), else GB18030 as Chinese banks
export; comma, tab or semicolon separated; Chinese or English headers.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from collector_desk.domain.loan import Instalment, position
from collector_desk.domain.money import fen_from_yuan_text, format_fen
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.exchange.boundary import (
    MAX_FEN,
    clean_text,
    contract_no,
    in_range_day,
    redact_numbers,
    redact_words,
)
from collector_desk.services import audit, case_state
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.services.payments import loans_by_contract, payment_row
from collector_desk.services.worklist_tasks import loan_facts
from collector_desk.store.models import DebitResult, Loan, Payment

CHUNK = 500
NAMESPACE = uuid.UUID("7c0f9a52-54a8-4a0e-9a43-3b8f5d1e2c61")
HEADERS: dict[str, tuple[str, ...]] = {
    "contract_no": (
        "合同号",
        "合同编号",
        "合同号码",
        "借款合同号",
        "contract_no",
        "contract",
        "contract number",
    ),
    "debit_on": ("扣款日期", "划扣日期", "交易日期", "日期", "debit_on", "debit date", "date"),
    "amount": ("扣款金额", "划扣金额", "交易金额", "金额", "amount", "amount_yuan"),
    "result": ("扣款结果", "结果", "状态", "result", "status"),
    "reason": ("失败原因", "原因", "备注", "reason", "failure reason", "message"),
}
REQUIRED = ("contract_no", "debit_on", "amount", "result")
SUCCESS = frozenset(
    {"成功", "扣款成功", "已扣款", "success", "succeeded", "ok", "s", "1", "y", "yes", "true"}
)
FAILURE = frozenset(
    {"失败", "扣款失败", "未扣款", "failure", "failed", "fail", "f", "0", "n", "no", "false"}
)
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


@dataclass(frozen=True, slots=True)
class RowError:
    file: str
    row: int  # 1-based line of the file (the header is row 1)
    column: str  # the file's own header text, or the field name when the column is missing
    code: str
    message: str
    value: str = ""

    def __str__(self) -> str:
        value = f" ({self.value!r})" if self.value else ""
        return f"{self.file}, row {self.row}, column {self.column}: {self.message}{value}"


@dataclass(frozen=True)
class DebitImport:
    file: str
    rows: int  # data lines read
    imported: int  # new debit results written
    successes: int
    failures: int
    already_imported: int
    errors: tuple[RowError, ...]
    changes: ChangeSet = field(default_factory=ChangeSet)
    # read, but worth a look: a column repeated with the same values (the first read)
    warnings: tuple[RowError, ...] = ()


class DebitFileError(ValueError):
    """The file as a whole cannot be read (encoding, missing columns); nothing saved.
    Exit status 2, as for an intake file that cannot be read at all."""

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text": UTF-16, a BOM
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DebitFileError([RowError(name, 1, "-", "encoding", "not UTF-8 or GB18030 text")])


def _norm(header: str) -> str:
    return header.strip().strip("\ufeff").lower().replace("_", " ")


def read_rows(
    path: Path,
) -> tuple[dict[str, str], list[tuple[int, dict[str, str]]], list[RowError]]:
    """({field: the file's header}, [(row number, {field: text})], warnings)."""
    name = path.name
    text = _decode(path.read_bytes(), name)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        from collector_desk.exchange.intake_read import csv_problem

        raise DebitFileError([RowError(name, 1, "-", "csv_broken", csv_problem(exc, 1))]) from exc
    if not header:
        raise DebitFileError([RowError(name, 1, "-", "empty", "the file is empty")])
    columns: dict[str, int] = {}
    titles: dict[str, str] = {}
    repeats: list[tuple[int, int]] = []  # (first, later) columns of the same title
    for index, title in enumerate(header):
        for fld, names in HEADERS.items():
            if _norm(title) not in {_norm(n) for n in names}:
                continue
            if fld not in columns:
                columns[fld], titles[fld] = index, title.strip()
            elif _norm(header[columns[fld]]) == _norm(title):
                repeats.append((columns[fld], index))
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        raise DebitFileError(
            [
                RowError(name, 1, f, "column_missing", f"no column for {f} (e.g. {HEADERS[f][0]})")
                for f in missing
            ]
        )
    rows = []
    number = 1
    differ: set[tuple[int, int]] = set()
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            for i, j in repeats:
                if _cell(cells, i) != _cell(cells, j):
                    differ.add((i, j))
            values = {
                f: (clean_text(cells[i]) if i < len(cells) else "") for f, i in columns.items()
            }
            if columns["contract_no"] < len(cells):
                values["contract_no"] = contract_no(cells[columns["contract_no"]])
            # A NUL or another control character in a cell: the line is refused with its
            # column (as intake refuses a cell it cannot read), never read with the
            # character taken out ("10\x0000" is not 1000).
            if _CONTROL.search("".join(cells)):  # rare: which of the read cells?
                controlled = [f for f, i in columns.items() if _CONTROL.search(_cell(cells, i))]
                if controlled:
                    values[CONTROLLED] = ",".join(controlled)
            rows.append((number, values))
    except csv.Error as exc:  # a cell over the field size limit, a stray NUL
        from collector_desk.exchange.intake_read import csv_problem

        raise DebitFileError(
            [RowError(name, number + 1, "-", "csv_broken", csv_problem(exc, reader.line_num))]
        ) from exc
    if differ:
        from collector_desk.exchange.intake_read import column_letter

        raise DebitFileError(
            [
                RowError(
                    name,
                    1,
                    header[i].strip(),
                    "repeated_column",
                    f"columns {column_letter(i)} and {column_letter(j)} are both titled "
                    f"{header[i].strip()!r} and hold different values; rename or delete one "
                    "of them and import again",
                )
                for i, j in sorted(differ)
            ]
        )
    from collector_desk.exchange.intake_read import column_letter

    warnings = [
        RowError(
            name,
            1,
            header[i].strip(),
            "repeated_column",
            f"columns {column_letter(i)} and {column_letter(j)} are both titled "
            f"{header[i].strip()!r} and hold the same values; column {column_letter(i)} was read",
        )
        for i, j in repeats
    ]
    return titles, rows, warnings


CONTROLLED = "\x00controlled"  # the fields of a line whose cells hold a control character
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _cell(cells: list[str], i: int) -> str:
    return cells[i].strip() if i < len(cells) else ""


def shown(value: str) -> str:
    """A cell's text as a problem may echo it: a phone, an ID number or a name in the
    wrong column is masked (the row number tells the supervisor where to look)."""
    return redact_words(redact_numbers(value))


def parse_date(text: str) -> date:
    t = text.strip()
    if re.fullmatch(r"\d{8}", t):
        return date(int(t[:4]), int(t[4:6]), int(t[6:]))
    m = _DATE.match(t.split(" ")[0])
    if not m:
        raise ValueError(text)
    return date(int(m[1]), int(m[2]), int(m[3]))


@dataclass(frozen=True, slots=True)
class _Line:
    row: int
    loan: Loan
    debit_on: date
    amount: int
    success: bool
    reason: str | None


def _check(
    name: str,
    titles: dict[str, str],
    row: int,
    r: dict[str, str],
    loans: dict[str, Loan],
    today: date,
) -> tuple[_Line | None, list[RowError]]:
    """One line parsed, or every reason it cannot be."""
    errors: list[RowError] = []

    def err(fld: str, code: str, message: str, value: str = "") -> None:
        errors.append(RowError(name, row, titles.get(fld, fld), code, message, shown(value)))

    if CONTROLLED in r:
        for fld in r[CONTROLLED].split(","):
            err(fld, "control_character", "the cell holds a NUL or another control character; "
                "export the file again from the bank's system")  # fmt: skip
        return None, errors
    loan = loans.get(r["contract_no"])
    if not r["contract_no"]:
        err("contract_no", "required", "the contract number is empty")
    elif loan is None:
        err(
            "contract_no", "contract_unknown", "no case with this contract number", r["contract_no"]
        )
    debit_on = today
    try:
        debit_on = in_range_day(parse_date(r["debit_on"]))
        if debit_on > today:
            err("debit_on", "date_future", "the date is in the future", r["debit_on"])
    except ValueError:
        err("debit_on", "date_invalid", "not a date (2026-03-16)", r["debit_on"])
    amount = 0
    try:
        amount = fen_from_yuan_text(r["amount"])
        if amount <= 0:
            err("amount", "amount_not_positive", "the amount must be above zero", r["amount"])
        elif amount > MAX_FEN:
            err("amount", "amount_range", f"more than {MAX_FEN // 100:,} yuan", r["amount"])
    except ValueError:
        err("amount", "amount_invalid", "not an amount in yuan", r["amount"])
    result = r["result"].strip().lower()
    if result not in SUCCESS and result not in FAILURE:
        err("result", "result_unknown", "expected 成功/失败 or success/failure", r["result"])
    if errors or loan is None:
        return None, errors
    reason = r.get("reason", "")[:128] or None
    return _Line(row, loan, debit_on, amount, result in SUCCESS, reason), []


def _loan_facts(
    s: Session, contracts: list[str]
) -> tuple[dict[str, Loan], dict[str, list[Instalment]], dict[str, list[tuple[date, int]]]]:
    # keyed by the file's contract number: one typed in the other width (ＨＴ－１ for
    # HT-1) finds its loan too (`payments.loans_by_contract`)
    loans = loans_by_contract(s, contracts)
    scheds, pays = loan_facts(s, sorted({loan.id for loan in loans.values()}))
    return loans, scheds, pays


_DebitKey = tuple[str, date, int, bool]  # loan id, date, amount in fen, success


def _held_debits(s: Session, loan_ids: list[str]) -> dict[_DebitKey, int]:
    """How many debits the database holds per (loan, date, amount, result)."""
    held: dict[_DebitKey, int] = {}
    for start in range(0, len(loan_ids), CHUNK):
        q = (
            select(
                DebitResult.loan_id,
                DebitResult.debit_on,
                DebitResult.amount_fen,
                DebitResult.success,
                func.count(),
            )
            .where(DebitResult.loan_id.in_(loan_ids[start : start + CHUNK]))
            .group_by(
                DebitResult.loan_id,
                DebitResult.debit_on,
                DebitResult.amount_fen,
                DebitResult.success,
            )
        )
        for loan_id, day, amount, success, n in s.execute(q):
            held[(loan_id, day, amount, bool(success))] = int(n)
    return held


def import_debit_results(
    desk: Desk, path: Path, *, progress: Progress = NO_PROGRESS
) -> DebitImport:
    name = Path(path).name
    titles, rows, warnings = read_rows(Path(path))
    for _n, r in rows:
        # Contract numbers are stored upper-cased (intake does the same).
        r["contract_no"] = r["contract_no"].strip().upper()
    today = desk.today()
    errors: list[RowError] = []
    with desk.unit() as s:
        loans, scheds, pays = _loan_facts(
            s, sorted({r["contract_no"] for _, r in rows if r["contract_no"]})
        )
        # Each checked line gets its id first, so a line imported before is known as
        # such before any check against the loan's position (a re-sent file that paid
        # a loan off is "already imported", not "more than is outstanding").
        #
        # A debit is (contract, date, amount, result): the bank's remark text is not
        # part of it, so a file re-sent with "扣款成功" where it said "成功" adds
        # nothing. The n-th identical line of a file is already imported when the
        # database holds at least n such debits, whatever ids they were given (ids
        # once included the remark), so files imported before this rule dedupe too.
        seen: dict[_DebitKey, int] = defaultdict(int)
        checked: list[tuple[int, dict[str, str], Any, str, bool]] = []
        lines: list[tuple[int, dict[str, str], _Line, _DebitKey, int]] = []
        for n, (row, r) in enumerate(rows):
            if n % 500 == 0:
                progress.step(n, len(rows), name)
            line, problems = _check(name, titles, row, r, loans, today)
            errors += problems
            if line is None:
                continue
            key = (line.loan.id, line.debit_on, line.amount, line.success)
            seen[key] += 1
            lines.append((row, r, line, key, seen[key]))
        held = _held_debits(s, sorted({k[0] for k in seen}))
        for row, r, line, key, nth in lines:
            text_key = f"{line.loan.contract_no}|{line.debit_on}|{line.amount}|{int(line.success)}"
            result_id = str(uuid.uuid5(NAMESPACE, f"{text_key}|{nth}"))
            checked.append((row, r, line, result_id, nth <= held.get(key, 0)))
        known = {c[3] for c in checked if c[4]}
        results: list[dict[str, Any]] = []
        payments: list[dict[str, Any]] = []
        for row, r, line, result_id, already in checked:
            if already:
                continue
            loan = line.loan
            if line.success:
                outstanding = position(
                    scheds[loan.id], pays[loan.id], line.debit_on
                ).outstanding_fen
                if line.amount > outstanding:
                    errors.append(
                        RowError(
                            name,
                            row,
                            titles["amount"],
                            "amount_above_outstanding",
                            f"more than is outstanding ({format_fen(outstanding)})",
                            shown(r["amount"]),
                        )
                    )
                    continue
            payment_id = (
                str(uuid.uuid5(NAMESPACE, f"{result_id}|payment")) if line.success else None
            )
            results.append(
                {
                    "id": result_id,
                    "created_at": desk.now(),
                    "collector_id": desk.collector_id,
                    "workstation_id": desk.workstation_id,
                    "loan_id": loan.id,
                    "debit_on": line.debit_on,
                    "amount_fen": line.amount,
                    "success": line.success,
                    "reason": line.reason,
                    "payment_id": payment_id,
                }
            )
            if line.success:
                pays[loan.id].append((line.debit_on, line.amount))
                payments.append(
                    payment_row(
                        desk,
                        loan.id,
                        id=payment_id,
                        paid_on=line.debit_on,
                        amount_fen=line.amount,
                        channel="auto_debit",
                        reference=f"{name}#{row}"[-64:],
                    )
                )
        new = results
        new_payments = {r["payment_id"] for r in new if r["payment_id"]}
        if new:
            s.execute(insert(DebitResult), new)
        paying = [p for p in payments if p["id"] in new_payments]
        if paying:
            s.execute(insert(Payment), paying)
        touched = sorted({r["loan_id"] for r in new})
        case_state.refresh(s, touched, today)
        successes = sum(1 for r in new if r["success"])
        # Every line refused (whatever check refused it: a value, or more than is
        # outstanding), or no line at all: nothing is recorded, the audit log included.
        # A file re-sent (lines already here) is recorded, with 0 imported.
        refused = not new and not known and (bool(errors) or not rows)
        if not refused:
            audit.record(
                s,
                desk,
                audit.Kind.DEBIT_IMPORT,
                name,
                {
                    "rows": len(rows),
                    "imported": len(new),
                    "successes": successes,
                    "errors": len(errors),
                },
            )
        progress.report(len(rows), len(rows), name)
    return DebitImport(
        file=name,
        rows=len(rows),
        imported=len(new),
        successes=successes,
        failures=len(new) - successes,
        already_imported=len(known),
        errors=tuple(errors),
        warnings=tuple(warnings),
        changes=ChangeSet.of(
            ChangeKind.PAYMENT, ChangeKind.DEBIT, ChangeKind.CASE, ChangeKind.AUDIT, loans=touched
        ),
    )
