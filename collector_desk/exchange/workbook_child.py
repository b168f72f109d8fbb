"""The workbook reader's child process: what it imports, it pays for at every intake.

`workbook_guard` starts `python -S -c "...; main()"` for each workbook; this
module is all that child runs. It imports only what reading needs (zipfile and
the extent scan, python-calamine, pickle; no subprocess, dataclasses, csv or the
column names), caps its own memory, refuses a sheet whose grid would be too
large (`workbook_extent`) before calamine builds it, and hands back the first
sheet with data as plain lists: the header search and the Table are the
parent's (`intake_read`), so the child's start stays near a bare interpreter's.
"""

from __future__ import annotations

import sys

from collector_desk.exchange.workbook_extent import MAX_CELLS, Extent, sheet_extents
from collector_desk.exchange.xls_extent import xls_extents

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

UNBOUNDED_SUFFIXES = (".xlsb", ".ods")


class Refused(ValueError):
    """The workbook is not read; `code` and the message are `Unreadable`'s."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _refuse_a_giant(name: str, extent: Extent | None) -> None:
    if extent is not None and extent.cells > MAX_CELLS:
        raise Refused(
            "too_large",
            f"sheet '{name}' has a cell as far out as {extent.last_cell}, so reading it "
            f"would need a grid of {extent.cells:,} cells; delete what lies outside the "
            "table (Ctrl+End in Excel finds the last cell) or save the table as CSV",
        )


# The reader's own words may quote a cell ("Unrecognized boolean cell value: 张伟",
# "Unsupported cell error value '13812345678'"): what it quotes, a value after
# "value:", any run of non-ASCII text and any run of 7 or more digits are masked.
_QUOTED = r"'[^']*'|\"[^\"]*\"|`[^`]*`"
_AFTER_VALUE = r"(?i)(?<=value: ).*"
_PERSONAL = r"[^\x00-\x7f]+|[0-9]{7,}"


def reader_words(exc: BaseException) -> str:
    """The reader's message without any text it quotes from the file's cells."""
    import re

    text = " ".join(str(exc).split())
    text = re.sub(_QUOTED, lambda m: m.group(0)[0] + "…" + m.group(0)[0], text)
    text = re.sub(_AFTER_VALUE, "…", text)
    return re.sub(_PERSONAL, "…", text)


def _has_text(rows: list[list[Any]]) -> bool:
    return any(any(str(c).strip() for c in r) for r in rows)


def read_cells(path: str) -> tuple[str, list[list[Any]], int, frozenset[tuple[int, int]]]:
    """(sheet name, its rows, Excel's number of the first, uncalculated formula cells
    as (Excel row, index in the row)) of the first sheet with data; Refused if none."""
    suffix = path[path.rfind(".") :].lower() if "." in path else ""
    if suffix in UNBOUNDED_SUFFIXES:
        # Their used range cannot be found before the reader builds the whole grid.
        raise Refused(
            "format_unsupported",
            f"{suffix} workbooks are not read (their size cannot be checked before "
            "reading); save the file as .xlsx or CSV in Excel or LibreOffice",
        )
    from pathlib import Path  # zipfile has imported it already

    if suffix == ".xls":
        # The reader builds every sheet's grid as it opens the file: check them all first.
        extents = xls_extents(Path(path))
        for name, extent in extents.items():
            _refuse_a_giant(name, extent)
    else:
        extents = sheet_extents(Path(path)) if suffix in (".xlsx", ".xlsm") else {}
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(path)
    except Exception as exc:  # calamine raises its own error types
        raise Refused("not_a_workbook", f"not a readable workbook ({reader_words(exc)})") from exc
    try:
        for name in book.sheet_names:
            extent = extents.get(name)
            _refuse_a_giant(name, extent)  # .xlsx: before its grid is built, sheet by sheet
            sheet = book.get_sheet_by_name(name)  # the reader's grid, built now
            if sheet.height * sheet.width > MAX_CELLS:  # an .xls whose records were not read
                raise Refused(
                    "too_large",
                    f"sheet '{name}' is {sheet.height:,} rows x {sheet.width:,} columns "
                    f"({sheet.height * sheet.width:,} cells, more than {MAX_CELLS:,}); delete "
                    "what lies outside the table (Ctrl+End in Excel finds the last cell) or "
                    "save the table as CSV",
                )
            rows = sheet.to_python(skip_empty_area=True)
            if rows and _has_text(rows):
                top, left = sheet.start if sheet.start else (0, 0)
                uncalculated = frozenset(
                    (r, c - left - 1)
                    for r, c in (extent.uncalculated if extent is not None else ())
                    if c > left
                )
                return name, rows, top + 1, uncalculated
    except Refused:
        raise
    except Exception as exc:
        raise Refused(
            "not_a_workbook", f"the workbook cannot be read ({reader_words(exc)})"
        ) from exc
    finally:
        book.close()
    raise Refused("empty", "every sheet is empty")


def _cap_memory(megabytes: int) -> None:
    if sys.platform == "win32":  # no RLIMIT_AS: a job object (untested here, see its module)
        from collector_desk.exchange.workbook_job import cap_this_process

        cap_this_process(megabytes)  # if Windows refuses, the time limit still holds
        return
    import resource

    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def read(path: str, megabytes: int) -> tuple[Any, ...]:
    """In the child: ("ok", sheet, rows, first row, uncalculated) or what went wrong."""
    try:
        _cap_memory(megabytes)
        try:
            return ("ok", *read_cells(path))
        except Refused as exc:
            return ("unreadable", exc.code, str(exc))
    except MemoryError:
        return ("memory",)


def main() -> None:
    """`python -c` child: argv path and budget; the pickled result on stdout."""
    import os
    import pickle

    result = read(sys.argv[1], int(sys.argv[2]))
    try:
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        os._exit(3)
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
