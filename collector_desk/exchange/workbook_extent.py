"""How large a grid a workbook asks for, found before any reader builds it.

python-calamine (like most readers) builds a dense grid from the top-left to the
bottom-right cell that holds a value: a 2 KB file with one stray value at
XFD1048576 asks for 17 billion cells and aborts the process. For the zip-based
formats (.xlsx, .xlsm) the cell references are read from each worksheet's XML as
a stream, in bounded memory, and a sheet whose grid would pass `MAX_CELLS` is
refused with the sheet's name and its last cell, before calamine opens it.
"""

from __future__ import annotations

import functools
import re
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

# Neither dataclasses nor typing: the reader child (`workbook_child`) imports this module
# at every intake, and those two alone cost it more than the zip reader.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import IO

# A head-office file of 200,000 rows x 50 columns is 10 million cells.
MAX_CELLS = 12_000_000
_CHUNK = 1 << 20
# A cell reference (row tags carry digits only). Styled empty cells count too: a
# reader may place them in its grid.
_COL = re.compile(rb' r="([A-Z]{1,3})[0-9]')
_ROW = re.compile(rb' r="[A-Z]{1,3}([0-9]{1,7})"')
_REF = re.compile(rb' r="([A-Z]{1,3})([0-9]{1,7})"')  # both at once
# A formula cell and whether Excel saved its value: `<c r="B5"><f>..</f><v>..</v></c>`.
# A file written by a program that does not calculate has the formula only, and
# every reader then sees an empty cell.
_FORMULA = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*>(?:<f[^>]*/>|<f[^>]*>[^<]*</f>)(<v>)?'
)
MAX_FORMULA_CELLS = 10_000
# A reference the patterns above do not read but the reader does (XML allows single
# quotes and spaces around "=", the reader takes lower-case letters, leading zeros and
# row numbers of 8 digits or more, past Excel's last row): a chunk that may hold one
# is read again with `_LOOSE`, so a small hand-made file cannot hide a far cell from
# the scan. Files of Excel, WPS and LibreOffice never have one. Only the first
# LOOSE_SPAN bytes of a sheet are looked at this way (it costs about as much as the
# scan itself); past them the reader's memory budget and the grid's own size
# (`workbook_child`) still refuse a far cell, without naming it.
LOOSE_SPAN = 4 << 20
_ODD = re.compile(rb' r="(?:[A-Z]{0,3}[a-z0]|[A-Z]{1,3}[0-9]{8})')
_LOOSE = re.compile(rb"""\sr\s*=\s*["']\s*([A-Za-z]{1,3})0*([0-9]{1,9})\s*["']""")


def _maybe_odd(data: bytes) -> bool:
    return (
        b"'" in data
        or b" =" in data
        or b"= " in data
        or b"\tr=" in data
        or b"\nr=" in data
        or b"\rr=" in data
        or _ODD.search(data) is not None
    )


_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class Extent:
    """A sheet's valued cells' bounding box, as Excel numbers rows and columns."""

    __slots__ = ("first_col", "first_row", "last_col", "last_row", "uncalculated")

    def __init__(
        self,
        first_row: int,
        first_col: int,
        last_row: int,
        last_col: int,
        # (row, column) numbers, as Excel counts them, of formulas saved without a value
        uncalculated: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        self.first_row, self.first_col = first_row, first_col
        self.last_row, self.last_col = last_row, last_col
        self.uncalculated = uncalculated

    def _key(self) -> tuple[int, int, int, int, frozenset[tuple[int, int]]]:
        return (self.first_row, self.first_col, self.last_row, self.last_col, self.uncalculated)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Extent) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return "Extent({}, {}, {}, {}, {!r})".format(*self._key())

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
    """The extent of the cell references in a sheet's XML, read in chunks.

    Each chunk is first asked, by one regex search that builds nothing, whether it
    holds a reference outside the extent known so far, widened by the chunk's first
    and last reference (rows ascend in every writer's files). Only a chunk that does
    is scanned reference by reference, so a hostile file costs what it did before
    and an ordinary one a third of that; the extent found is the same."""
    rows: list[int] = []  # [least, greatest] row number found so far
    cols: list[int] = []  # and column number
    uncalculated: set[tuple[int, int]] = set()
    tail = b""
    scanned = 0
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
        _widen(rows, cols, data)
        if not rows or not cols or _outside(*rows, *cols).search(data) is not None:
            _exact(rows, cols, data)
        scanned += len(data)
        if scanned <= LOOSE_SPAN + len(data) and _maybe_odd(data):
            found = _LOOSE.findall(data)
            _grow(rows, [int(row) for _, row in found])
            _grow(cols, [column_number(col.upper()) for col, _ in found])
        if b"<f" in data and len(uncalculated) < MAX_FORMULA_CELLS:
            for col, row, value in _FORMULA.findall(data):
                if not value:
                    uncalculated.add((int(row), column_number(col)))
        if not chunk:
            break
    if not rows:
        return None
    return Extent(rows[0], cols[0], rows[1], cols[1], frozenset(uncalculated))


def _grow(span: list[int], numbers: list[int]) -> None:
    """Widen [least, greatest] (empty: none yet) to hold `numbers`."""
    if numbers:
        numbers = [*span, *numbers]
        span[:] = (min(numbers), max(numbers))


def _widen(rows: list[int], cols: list[int], data: bytes) -> None:
    """Widen the extent by the chunk's first and last cell reference."""
    refs = []
    first = _REF.search(data)
    if first is not None:
        refs.append(first)
        at, stop = len(data), max(first.start() + 1, len(data) - 65536)
        while (at := data.rfind(b' r="', stop, at)) >= 0:
            last = _REF.match(data, at)
            if last is not None:
                refs.append(last)
                break
    _grow(rows, [int(m[2]) for m in refs])
    _grow(cols, [column_number(m[1]) for m in refs])


def _exact(rows: list[int], cols: list[int], data: bytes) -> None:
    """Widen the extent by every cell reference of the chunk."""
    # A chunk's distinct row numbers (a few thousand) are converted, not every
    # cell's: the extent needs only the least and the greatest.
    _grow(rows, [int(n) for n in set(_ROW.findall(data))])
    _grow(cols, [column_number(c) for c in set(_COL.findall(data))])


_DIGITS = "0123456789"
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _not_between(lo: str, hi: str, symbols: str, width: int) -> str:
    """A regex matching a whole numeral of up to `width` symbols (its first one not
    the zero symbol, shorter numerals smaller) that is below `lo` or above `hi`."""
    zero, top = symbols[0], symbols[-1]
    first = symbols[1] if zero == "0" else zero
    any_ = f"[{zero}-{top}]"
    alts = []
    if len(hi) < width:  # longer
        alts.append(f"[{first}-{top}]{any_}{{{len(hi)},{width - 1}}}")
    for i, ch in enumerate(hi):  # as long, and greater at symbol i
        if ch < top:
            rest = len(hi) - i - 1
            alts.append(f"{hi[:i]}[{chr(ord(ch) + 1)}-{top}]{any_}{{{rest}}}")
    if len(lo) > 1:  # shorter
        alts.append(f"[{first}-{top}]{any_}{{0,{len(lo) - 2}}}")
    for i, ch in enumerate(lo):  # as long, and smaller at symbol i
        low = first if i == 0 else zero
        if ch > low:
            rest = len(lo) - i - 1
            alts.append(f"{lo[:i]}[{low}-{chr(ord(ch) - 1)}]{any_}{{{rest}}}")
    return "|".join(alts) or "(?!)"


@functools.lru_cache(maxsize=64)
def _outside(first_row: int, last_row: int, first_col: int, last_col: int) -> re.Pattern[bytes]:
    """A reference `_ROW` or `_COL` would count outside the given extent (a row
    number with a leading zero too: it is left to the exact scan)."""
    rows = _not_between(str(first_row), str(last_row), _DIGITS, 7)
    cols = _not_between(column_letters(first_col), column_letters(last_col), _LETTERS, 3)
    return re.compile(
        f' r="(?:(?:{cols})[0-9]|[A-Z]{{1,3}}+(?:0[0-9]{{0,6}}|{rows})")'.encode("ascii")
    )
