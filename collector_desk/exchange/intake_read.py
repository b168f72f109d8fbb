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
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from collector_desk.exchange.intake_fields import normalise, recognise
from collector_desk.exchange.workbook_child import UNBOUNDED_SUFFIXES

HEADER_SEARCH_ROWS = 15
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")


class Unreadable(ValueError):
    """The file cannot be read at all (exit status 2); the message says why."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params  # column letters and titles, never a cell's value


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
    # The file's (size, modification time in ns) before it was read: `still_current`.
    stamp: tuple[int, int] | None = None
    # (title, first column, dropped column) of a column repeated with the same values
    repeated: tuple[tuple[str, str, str], ...] = ()

    def numbered(self) -> Iterator[tuple[int, list[Any]]]:
        for i, row in enumerate(self.rows):
            yield self.first_row + i, row


def read_table(path: Path, poll: Callable[[], None] | None = None) -> Table:
    """The file's table. `poll` is called now and then while a workbook is read (in
    its child process), so a Cancel it raises stops the reading at once."""
    stamp = _stamp(path)
    if stamp is None:
        raise Unreadable("missing", "no such file")
    table = _read_workbook(path, poll) if path.suffix.lower() in XLSX_SUFFIXES else _read_csv(path)
    table.stamp = stamp
    return table


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def still_current(table: Table, path: Path) -> bool:
    """`table` was read from `path` as the file is now (same size and modification
    time, taken before it was read): the window's import takes the table its preview
    read instead of reading the workbook again."""
    return table.stamp is not None and table.path == path and _stamp(path) == table.stamp


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
# A totals line's words at the start of a cell, with what head offices add to them:
# '合计：', '合计（8笔）', '小计-北京', '共8笔', 'Subtotal', 'Grand total'.
_TOTALS_START = re.compile(
    r"(合计|总计|小计|汇总|共计|total|grandtotal|subtotal|sum\b)|共\d+[笔条户件个]"
)
# The titles of the columns that name a case: a line with none of them filled is no case.
CASE_KEYS = ("contract_no", "name", "id_number")


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


def _blank(cell: Any) -> bool:
    return cell is None or (cell.__class__ is str and not cell.strip())


def summary_line(row: list[Any], keys: tuple[int, ...]) -> bool:
    """A 合计 / 小计 / Total line anywhere in the table: the contract, name and ID
    number columns (`keys`, their indices) are empty and a cell starts with a totals
    word ('合计（8笔）', '共8笔', 'Subtotal'), wherever the line puts it (after a
    序号, say). It is a sum, not a case, so it is no row at all."""
    if not keys or any(i < len(row) and not _blank(row[i]) for i in keys):
        return False
    return any(
        c.__class__ is str and _TOTALS_START.match(normalise(c).replace(" ", "")) is not None
        for c in row
    )


def _footnote(row: list[Any], keys: tuple[int, ...]) -> bool:
    """A note below the table ('制表人：李四  审核：王五', '数据来源：…'): nothing in the
    contract, name and ID number columns, and at most two cells, all text. (A case
    whose contract, name and ID number are missing still has its phone, amounts and
    dates: it stays a row, rejected with what is missing.)"""
    if not keys or any(i < len(row) and not _blank(row[i]) for i in keys):
        return False
    filled = [c for c in row if not _blank(c)]
    return len(filled) <= 2 and all(c.__class__ is str for c in filled)


def case_keys(headers: list[str]) -> tuple[int, ...]:
    """The indices of the columns titled as the contract, name or ID number."""
    return tuple(i for i, h in enumerate(headers) if recognise(h) in CASE_KEYS)


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
    # Trailing empty rows (and Excel's formatted-but-empty ones) are not data, nor are
    # the totals lines and the notes at the bottom.
    keys = case_keys(headers)
    while data and (
        not any(str(c).strip() for c in data[-1] if c is not None)
        or _totals(data[-1])
        or summary_line(data[-1], keys)
        or _footnote(data[-1], keys)
    ):
        data.pop()
    repeated = _repeated_columns(headers, data)
    table = Table(path, kind, encoding, sheet, first + h, headers, data, first + h + 1)
    table.repeated = repeated
    return table


def column_letter(index: int) -> str:
    """Excel's name of the column at 0-based `index`: A, B, ..., Z, AA..."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _repeated_columns(
    headers: list[str], data: list[list[Any]]
) -> tuple[tuple[str, str, str], ...]:
    """Two columns with the same title: refused (Unreadable) unless they hold the same
    values in every row; then the later one's title is blanked (it is not read) and
    the pair is returned for a warning. Two phone columns are left alone (the second
    is read as the second phone)."""
    seen: dict[str, int] = {}
    repeated: list[tuple[str, str, str]] = []
    for j, title in enumerate(headers):
        key = title.strip().lower()
        if not key:
            continue
        i = seen.setdefault(key, j)
        if i == j or recognise(title) == "phone":
            continue

        def cell(row: list[Any], k: int) -> Any:
            value = row[k] if k < len(row) else None
            return None if _blank(value) else value

        first, second = column_letter(i), column_letter(j)
        if any(cell(row, i) != cell(row, j) for row in data):
            raise Unreadable(
                "repeated_column",
                f"columns {first} and {second} are both titled {title!r} and hold different "
                "values; rename or delete one of them and import again",
                first=first,
                second=second,
                title=str(title)[:40],
            )
        headers[j] = ""
        repeated.append((title, first, second))
    return tuple(repeated)


def _read_workbook(path: Path, poll: Callable[[], None] | None = None) -> Table:
    if path.suffix.lower() in UNBOUNDED_SUFFIXES:
        read_workbook_here(path)  # refused at once, no child needed
    from collector_desk.exchange.workbook_guard import read_bounded

    # a child process, inside a time limit and a memory budget
    return read_bounded(path, poll) if poll is not None else read_bounded(path)


def workbook_table(
    path: Path,
    sheet: str,
    rows: list[list[Any]],
    first: int,
    uncalculated: frozenset[tuple[int, int]],
) -> Table:
    """The Table of a sheet the reader child handed over (`workbook_child.read_cells`)."""
    table = _table(path, "xlsx", "", sheet, rows, first)
    table.uncalculated = uncalculated
    return table


def read_workbook_here(path: Path) -> Table:
    """Read a workbook in this process (the reader child does the same in its own)."""
    from collector_desk.exchange.workbook_child import Refused, read_cells

    try:
        return workbook_table(path, *read_cells(str(path)))
    except Refused as exc:
        raise Unreadable(exc.code, str(exc)) from exc


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
