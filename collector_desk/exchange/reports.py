"""The supervisor's daily report: worked cases, calls and promises of one day.

Written as one .xlsx with three sheets, or as three CSV files in UTF-8 with a
byte-order mark (so Excel opens them in the right encoding). Names are masked as
everywhere else; phone numbers and ID numbers are left out.

Every text cell that begins with = + - @ tab or carriage return is prefixed with
an apostrophe (OWASP "CSV injection"): a collector's note that starts with "="
must not become a formula on the supervisor's machine. Amounts are written as
numbers of yuan, never as text, so they need no such guard; in a workbook they show
as 12,000.00 (the number format of every "(yuan" column).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from collector_desk.domain.loan import position
from collector_desk.domain.localtime import format_local, lender_zone
from collector_desk.domain.privacy import mask_name
from collector_desk.domain.promise import current_promise
from collector_desk.errors import UsageError
from collector_desk.exchange.boundary import redact_numbers
from collector_desk.services.context import Desk
from collector_desk.store import day_report
from collector_desk.store.cases_bulk import timestamp_text
from collector_desk.store.derived import LoanFacts, read_loan_facts

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A cell that cannot run as a formula."""
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Sheet:
    name: str  # also the CSV file's suffix
    title: str  # the sheet's tab in the workbook
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class ReportWritten:
    files: tuple[Path, ...]
    day: date
    counts: dict[str, int]


def _yuan(fen: int | None) -> float | None:
    return None if fen is None else round(fen / 100, 2)


def _local(text: str | None, zone: ZoneInfo) -> str:
    if not text:
        return ""
    return format_local(datetime.fromisoformat(text), zone)


def _as_of(f: LoanFacts, day: date) -> tuple[str, int, int, int, str, date | None, int | None]:
    """(bucket, DPD, overdue, outstanding, promise status, promised on, amount) on `day`."""
    payments = [(on, amount) for on, amount in f.payments if on <= day]
    pos = position(f.schedule, payments, day)
    current = current_promise([p for p in f.promises if p.made_on <= day], payments, day)
    if current is None:
        return pos.bucket.value, pos.dpd, pos.overdue_fen, pos.outstanding_fen, "none", None, None
    latest, standing = current
    return (
        pos.bucket.value, pos.dpd, pos.overdue_fen, pos.outstanding_fen,
        standing.status.value, latest.promised_on, latest.amount_fen,
    )  # fmt: skip


def collect(desk: Desk, day: date, collector: str | None = None) -> list[Sheet]:
    """The three tables of the report for `day` (a calendar day in the lender's time
    zone, the `timezone` setting; times in it are shown in that zone too)."""
    zone = lender_zone(str(desk.setting("timezone") or ""))
    start = datetime.combine(day, time.min, zone).astimezone(UTC)
    bounds = (timestamp_text(start), timestamp_text(start + timedelta(days=1)))
    with desk.read() as s:
        if collector and not day_report.known_collector(s, collector):
            raise UsageError(
                f"no one has the staff code {redact_numbers(collector)!r}: not on the roster "
                "and no case, call or promise of theirs; `collector-desk collectors` lists "
                "the team",
                code="collector_unknown",
            )
        calls = day_report.calls(s, *bounds, collector)
        promises = day_report.promises(s, *bounds, collector)
        attempts = day_report.attempts(s, *bounds, collector)
        worked = sorted(
            {r[-1] for r in calls} | {r[-1] for r in promises} | {r[0] for r in attempts}
        )
        tried: dict[str, int] = {str(r[0]): int(r[1]) for r in attempts}
        cases = day_report.cases(s, worked)
        facts = {f.loan_id: f for f in read_loan_facts(s, worked)}
    calls_per_loan: dict[str, int] = {}
    last_outcome: dict[str, str] = {}
    for c in calls:
        calls_per_loan[c[-1]] = calls_per_loan.get(c[-1], 0) + 1
        last_outcome[c[-1]] = c[4]
    case_rows = []
    for contract, name, assigned, _d, _o, _t, _s, _p, _f, loan_id in cases:
        # The position as of the report's day, not today's cached one: a report
        # written later for an earlier day shows what was true on that day.
        bucket, dpd, overdue, outstanding, status, promise_on, promise_fen = _as_of(
            facts[loan_id], day
        )
        case_rows.append(
            (
                contract, mask_name(name), assigned, bucket, dpd, _yuan(overdue),
                _yuan(outstanding), calls_per_loan.get(loan_id, 0), tried.get(loan_id, 0),
                last_outcome.get(loan_id, ""), status, promise_on or "", _yuan(promise_fen),
            )
        )  # fmt: skip
    call_rows = [
        (_local(at, zone), contract, mask_name(name), who_, disp, reason or "",
         objections, "yes" if third else "", note, ", ".join(json.loads(flagged)) if flagged else "")
        for at, contract, name, who_, disp, reason, objections, third, note, flagged, _l in calls
    ]  # fmt: skip
    promise_rows = [
        (_local(at, zone), contract, mask_name(name), who_, promised_on, _yuan(amount), method,
         "yes" if part else "", status or "")
        for at, contract, name, who_, promised_on, amount, method, part, status, _l in promises
    ]  # fmt: skip
    return [
        Sheet("cases", "Worked cases", ("Contract", "Borrower", "Collector", "Bucket", "DPD",
              "Overdue (yuan)", "Outstanding (yuan)", "Calls", "Dial attempts",
              "Last outcome", "Promise", "Promised on", "Promised (yuan)"), case_rows),
        Sheet("calls", "Calls", ("Time", "Contract", "Borrower", "Collector", "Outcome",
              "Reason overdue", "Objections", "Third party", "Note", "Flagged"), call_rows),
        Sheet("promises", "Promises", ("Made at", "Contract", "Borrower", "Collector",
              "Promised on", "Amount (yuan)", "Method", "Part payment", "Status now"),
              promise_rows),
    ]  # fmt: skip


# Amounts are numbers of yuan; Excel shows them as 12,000.00 (thousands, two decimals).
YUAN_FORMAT = "#,##0.00"


def is_yuan_column(header: str) -> bool:
    """A column of amounts: its English header key says "(yuan" ("Overdue (yuan)",
    "Pace needed (yuan per working day)")."""
    return "(yuan" in header


def write_xlsx(path: Path, sheets: Sequence[Sheet], headers: dict[str, str] | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for sheet in sheets:
        ws = book.create_sheet(title=(headers or {}).get(sheet.title, sheet.title))
        ws.append([neutralise((headers or {}).get(h, h)) for h in sheet.headers])
        money = {i for i, h in enumerate(sheet.headers) if is_yuan_column(h)}
        for row in sheet.rows:
            cells: list[Any] = []
            for i, v in enumerate(row):
                if i in money and isinstance(v, int | float):
                    cell = WriteOnlyCell(ws, value=v)
                    cell.number_format = YUAN_FORMAT
                    cells.append(cell)
                else:
                    cells.append(neutralise(v))
            ws.append(cells)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        book.save(tmp)
        tmp.replace(path)
    except BaseException:
        _discard(book, tmp)
        raise


def write_csv(path: Path, sheet: Sheet, headers: dict[str, str] | None = None) -> None:
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([neutralise((headers or {}).get(h, h)) for h in sheet.headers])
            for row in sheet.rows:
                w.writerow(["" if v is None else neutralise(v) for v in row])
        tmp.replace(path)
    except BaseException:
        _discard(None, tmp)
        raise


def _discard(book: Any, tmp: Path) -> None:
    """A write that failed (a full disk): no partial file is left behind, and the
    write-only sheets' row writers are closed now rather than at exit, where the
    interpreter would print their traceback."""
    import contextlib

    for ws in getattr(book, "worksheets", ()):
        for part in (getattr(ws, "_rows", None), getattr(ws, "_writer", None)):
            with contextlib.suppress(Exception):
                if part is not None:
                    part.close()
    with contextlib.suppress(OSError):
        tmp.unlink()


def write_daily_report(
    desk: Desk,
    out: Path,
    day: date | None = None,
    *,
    collector: str | None = None,
    headers: dict[str, str] | None = None,
) -> ReportWritten:
    """`out` ending in .csv gives OUT-cases.csv, OUT-calls.csv, OUT-promises.csv;
    anything else one workbook. `headers` translates column titles (the UI passes
    Chinese ones)."""
    day = day or desk.today()
    sheets = collect(desk, day, collector)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".csv":
        files = tuple(out.with_name(f"{out.stem}-{s.name}.csv") for s in sheets)
        for sheet, path in zip(sheets, files, strict=True):
            write_csv(path, sheet, headers)
    else:
        files = (out if out.suffix else out.with_suffix(".xlsx"),)
        write_xlsx(files[0], sheets, headers)
    return ReportWritten(files, day, {s.name: len(s.rows) for s in sheets})
