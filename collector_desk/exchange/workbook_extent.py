"""How large a grid a workbook asks for, found before any reader builds it.

python-calamine (like most readers) builds a dense grid from the top-left to the
bottom-right cell that holds a value: a 2 KB file with one stray value at
XFD1048576 asks for 17 billion cells and aborts the process. For the zip-based
formats (.xlsx, .xlsm) the cell references are read from each worksheet's XML as
a stream, in bounded memory, and a sheet whose grid would pass `MAX_CELLS` is
refused with the sheet's name and its last cell, before calamine opens it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO
from xml.etree import ElementTree

# A head-office file of 200,000 rows x 50 columns is 10 million cells.
MAX_CELLS = 12_000_000
_CHUNK = 1 << 20
# A cell reference (row tags carry digits only). Styled empty cells count too: a
# reader may place them in its grid.
_COL = re.compile(rb' r="([A-Z]{1,3})[0-9]')
_ROW = re.compile(rb' r="[A-Z]{1,3}([0-9]{1,7})"')
# A formula cell and whether Excel saved its value: `<c r="B5"><f>..</f><v>..</v></c>`.
# A file written by a program that does not calculate has the formula only, and
# every reader then sees an empty cell.
_FORMULA = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)(<v>)?'
)
MAX_FORMULA_CELLS = 10_000
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


@dataclass(frozen=True)
class Extent:
    first_row: int
    first_col: int
    last_row: int
    last_col: int
    # (row, column) numbers, as Excel counts them, of formulas saved without a value
    uncalculated: frozenset[tuple[int, int]] = frozenset()

    @property
    def cells(self) -> int:
        return (self.last_row - self.first_row + 1) * (self.last_col - self.first_col + 1)

    @property
    def last_cell(self) -> str:
        return f"{column_letters(self.last_col)}{self.last_row}"


def column_number(letters: bytes | str) -> int:
    n = 0
    for ch in letters if isinstance(letters, str) else letters.decode("ascii"):
        n = n * 26 + (ord(ch) - 64)
    return n


def column_letters(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def sheet_extents(path: Path) -> dict[str, Extent | None]:
    """Sheet name -> the extent of its valued cells (None: no valued cell).

    Empty for a file that is not a zip workbook (the reader then says why)."""
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return {}
    with book:
        out: dict[str, Extent | None] = {}
        for name, member in _sheet_members(book).items():
            try:
                with book.open(member) as stream:
                    out[name] = _scan(stream)
            except (KeyError, zipfile.BadZipFile, OSError, ValueError):
                continue  # calamine reports a damaged part itself
        return out


def _sheet_members(book: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its XML part, through xl/workbook.xml and its relationships."""
    try:
        workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_NS_PKG}Relationship")}
    members: dict[str, str] = {}
    for sheet in workbook.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_NS_REL}id"), "")
        if not target:
            continue
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        members[sheet.get("name", "")] = part
    return members


def _scan(stream: IO[bytes]) -> Extent | None:
    rows: list[int] = []
    cols: set[bytes] = set()
    uncalculated: set[tuple[int, int]] = set()
    tail = b""
    while True:
        chunk = stream.read(_CHUNK)
        data = tail + chunk
        if chunk:
            # Keep an unfinished tag for the next round (a cell tag is short).
            cut = data.rfind(b"<c ", len(data) - 65536)
            if cut < 0:
                cut = data.rfind(b"<")
                if cut < len(data) - 512:
                    cut = len(data)
            data, tail = data[:cut], data[cut:]
        # A chunk's distinct row numbers (a few thousand) are converted, not every
        # cell's: the extent needs only the least and the greatest.
        numbers = [int(n) for n in set(_ROW.findall(data))]
        if numbers:
            rows += (min(numbers), max(numbers))
        cols.update(_COL.findall(data))
        if b"<f" in data and len(uncalculated) < MAX_FORMULA_CELLS:
            for col, row, value in _FORMULA.findall(data):
                if not value:
                    uncalculated.add((int(row), column_number(col)))
        if not chunk:
            break
    if not rows:
        return None
    numbered = [column_number(c) for c in cols]
    return Extent(min(rows), min(numbered), max(rows), max(numbered), frozenset(uncalculated))
