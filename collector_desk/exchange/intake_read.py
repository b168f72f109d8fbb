"""Reading a head-office file into a header row and data rows, with Excel's row numbers.

- `.xlsx` / `.xlsm` / `.xls`: python-calamine (about 13x faster than openpyxl);
  cells arrive typed (str, float, date, datetime); the first sheet with data.
- `.csv` / `.txt`: the encoding is decided by trying, never by guessing: a
  UTF-8 or UTF-16 byte-order mark decides; then strict UTF-8; then GB18030
  (the superset of GBK/GB2312 that Chinese Excel writes). Valid UTF-8 is never
  read as GB18030. The delimiter is a comma, a tab (Excel's "Unicode text") or
  a semicolon, whichever the header line uses most.

The header row is the first of the top rows that names at least two known
fields, so a title line above the table ("2025年3月分案明细") is skipped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from collector_desk.exchange.intake_fields import normalise, recognise
from collector_desk.exchange.workbook_extent import MAX_CELLS, Extent, sheet_extents
from collector_desk.exchange.xls_extent import xls_extents

HEADER_SEARCH_ROWS = 15
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
UNBOUNDED_SUFFIXES = (".xlsb", ".ods")


class Unreadable(ValueError):
    """The file cannot be read at all (exit status 2); the message says why."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Table:
    path: Path
    kind: str  # "xlsx" | "csv"
    encoding: str  # for CSV: utf-8, utf-8-sig, utf-16, gb18030; "" for workbooks
    sheet: str
    header_row: int  # as Excel numbers it
    headers: list[str]
    rows: list[list[Any]] = field(repr=False)
    first_row: int = 0  # Excel row number of rows[0]
    # (Excel row, index in the row) of formula cells saved without their value
    uncalculated: frozenset[tuple[int, int]] = frozenset()

    def numbered(self) -> Iterator[tuple[int, list[Any]]]:
        for i, row in enumerate(self.rows):
            yield self.first_row + i, row


def read_table(path: Path, poll: Callable[[], None] | None = None) -> Table:
    """The file's table. `poll` is called now and then while a workbook is read (in
    its child process), so a Cancel it raises stops the reading at once."""
    if not path.exists():
        raise Unreadable("missing", "no such file")
    if path.suffix.lower() in XLSX_SUFFIXES:
        return _read_workbook(path, poll)
    return _read_csv(path)


def _find_header(rows: list[list[Any]]) -> int:
    best, best_hits = -1, 0
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = _hits(row)
        if hits > best_hits:
            best, best_hits = i, hits
        if hits >= 4:
            break
    if best_hits >= 2:
        return best
    # Nothing recognised: the first non-empty row, for the supervisor to map.
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if any(str(c).strip() for c in row):
            return i
    raise Unreadable("empty", "the file has no rows")


_TOTALS = frozenset({"合计", "总计", "小计", "汇总", "total", "totals", "grandtotal", "sum"})


def _hits(row: list[Any]) -> int:
    return sum(1 for cell in row if isinstance(cell, str) and recognise(cell))


def _hits_below(upper: list[Any], lower: list[Any]) -> int:
    """Titles on the lower row under no title of the upper one (under a group title or
    an empty cell): a data row's values ("配偶") sit under the titles that name them."""
    return sum(
        1
        for i, cell in enumerate(lower)
        if isinstance(cell, str)
        and recognise(cell)
        and not (i < len(upper) and isinstance(upper[i], str) and recognise(upper[i]))
    )


def _totals(row: list[Any]) -> bool:
    """A 合计 / Total line: its first filled cell says so (a sum, not a case)."""
    first = next((c for c in row if c is not None and str(c).strip()), None)
    return isinstance(first, str) and normalise(first) in _TOTALS


def _titles(row: list[Any]) -> list[str]:
    return [str(c).strip() if c is not None else "" for c in row]


def _table(
    path: Path, kind: str, encoding: str, sheet: str, rows: list[list[Any]], first: int
) -> Table:
    h = _find_header(rows)
    if h + 1 < len(rows) and _hits_below(rows[h], rows[h + 1]) >= 2:
        h += 1  # the field titles are on the row below group titles
    headers = _titles(rows[h])
    above = _titles(rows[h - 1]) if h else []
    if sum(1 for t in above if t) >= 2:
        # A title on two rows: group titles ("客户信息") over the field titles, and titles
        # merged down over both rows, whose lower cell is empty: those come from above.
        width = max(len(headers), len(above))
        headers = [
            (headers[i] if i < len(headers) else "") or (above[i] if i < len(above) else "")
            for i in range(width)
        ]
    while headers and not headers[-1]:
        headers.pop()
    data = rows[h + 1 :]
    # Trailing empty rows (and Excel's formatted-but-empty ones) are not data, nor is
    # the totals line at the bottom.
    while data and (
        not any(str(c).strip() for c in data[-1] if c is not None) or _totals(data[-1])
    ):
        data.pop()
    return Table(path, kind, encoding, sheet, first + h, headers, data, first + h + 1)


def _read_workbook(path: Path, poll: Callable[[], None] | None = None) -> Table:
    if path.suffix.lower() in UNBOUNDED_SUFFIXES:
        read_workbook_here(path)  # refused at once, no child needed
    from collector_desk.exchange.workbook_guard import read_bounded

    # a child process, inside a time limit and a memory budget
    return read_bounded(path, poll) if poll is not None else read_bounded(path)


def _refuse_a_giant(name: str, extent: Extent | None) -> None:
    if extent is not None and extent.cells > MAX_CELLS:
        raise Unreadable(
            "too_large",
            f"sheet '{name}' has a cell as far out as {extent.last_cell}, so reading it "
            f"would need a grid of {extent.cells:,} cells; delete what lies outside the "
            "table (Ctrl+End in Excel finds the last cell) or save the table as CSV",
        )


def read_workbook_here(path: Path) -> Table:
    """Read a workbook in this process (the reader child's side of `read_bounded`)."""
    if path.suffix.lower() in UNBOUNDED_SUFFIXES:
        # Their used range cannot be found before the reader builds the whole grid.
        raise Unreadable(
            "format_unsupported",
            f"{path.suffix} workbooks are not read (their size cannot be checked before "
            "reading); save the file as .xlsx or CSV in Excel or LibreOffice",
        )
    suffix = path.suffix.lower()
    if suffix == ".xls":
        # The reader builds every sheet's grid as it opens the file: check them all first.
        extents = xls_extents(path)
        for name, extent in extents.items():
            _refuse_a_giant(name, extent)
    else:
        extents = sheet_extents(path) if suffix in (".xlsx", ".xlsm") else {}
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types
        raise Unreadable("not_a_workbook", f"not a readable workbook ({exc})") from exc
    try:
        for name in book.sheet_names:
            extent = extents.get(name)
            _refuse_a_giant(name, extent)  # .xlsx: before its grid is built, sheet by sheet
            sheet = book.get_sheet_by_name(name)  # the reader's grid, built now
            if sheet.height * sheet.width > MAX_CELLS:  # an .xls whose records were not read
                raise Unreadable(
                    "too_large",
                    f"sheet '{name}' is {sheet.height:,} rows x {sheet.width:,} columns "
                    f"({sheet.height * sheet.width:,} cells, more than {MAX_CELLS:,}); delete "
                    "what lies outside the table (Ctrl+End in Excel finds the last cell) or "
                    "save the table as CSV",
                )
            rows = sheet.to_python(skip_empty_area=True)
            if rows and any(any(str(c).strip() for c in r) for r in rows):
                top, left = sheet.start if sheet.start else (0, 0)
                table = _table(path, "xlsx", "", name, rows, top + 1)
                if extent is not None and extent.uncalculated:
                    table.uncalculated = frozenset(
                        (r, c - left - 1) for r, c in extent.uncalculated if c > left
                    )
                return table
    except Unreadable:
        raise
    except Exception as exc:
        raise Unreadable("not_a_workbook", f"the workbook cannot be read ({exc})") from exc
    finally:
        book.close()
    raise Unreadable("empty", "every sheet is empty")


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding). Tries, in order: BOMs, strict UTF-8, GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise Unreadable("encoding", f"the file says UTF-8 but is not ({exc})") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise Unreadable("encoding", f"the file says UTF-16 but is not ({exc})") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise Unreadable(
            "encoding",
            "the text is neither UTF-8, UTF-16 nor GB18030; save it from Excel as "
            "'CSV UTF-8' or as a workbook",
        ) from exc


def csv_problem(exc: csv.Error, line: int) -> str:
    """One line for a CSV the reader gives up on."""
    if "field larger than field limit" in str(exc):
        return (
            f"line {line} has a cell of more than {csv.field_size_limit():,} characters "
            "(a missing closing quote?); correct the line or save the table as a workbook"
        )
    return f"line {line} cannot be read as CSV ({exc}); save the table again from Excel"


def _excel_text(value: str) -> str:
    return value[2:-1] if value.startswith('="') and value.endswith('"') else value


def _read_csv(path: Path) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise Unreadable("unreadable", f"cannot read it: {exc.strerror}") from exc
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise Unreadable(
            "wrong_suffix",
            "a workbook saved with a text file's name; rename it .xlsx",
        )
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Unreadable("binary", "not a text file")
    text, encoding = decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [list(r) for r in reader]
        if '="' in text:  # ="0012..." : how exporters keep Excel from making a number of it
            rows = [[_excel_text(c) for c in r] for r in rows]
    except csv.Error as exc:  # a cell over the field size limit, a stray NUL
        raise Unreadable("csv_broken", csv_problem(exc, reader.line_num)) from exc
    if not rows:
        raise Unreadable("empty", "the file is empty")
    return _table(path, "csv", encoding, "", rows, 1)
