"""The extent scan's shortcut (one search per chunk for a reference outside the extent
known so far) finds exactly what a reference-by-reference scan finds, wherever a
stray cell hides: mid-chunk, out of row order, with a leading zero, far right."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collector_desk.exchange import workbook_extent
from collector_desk.exchange.intake_read import Unreadable, read_table
from collector_desk.exchange.workbook_extent import column_letters, column_number

# Every reference as the reader takes it: leading zeros, and row numbers past Excel's
# last row (8 digits and more), which the reader also builds a grid for.
_ROW = re.compile(rb' r="[A-Z]{1,3}0*([0-9]{1,9})"')
_COL = re.compile(rb' r="([A-Z]{1,3})[0-9]')


def _every_reference(data: bytes) -> tuple[int, int, int, int] | None:
    rows = [int(n) for n in _ROW.findall(data)]
    cols = [column_number(c) for c in _COL.findall(data)]
    return (min(rows), min(cols), max(rows), max(cols)) if rows else None


def _cell(col: int, row: str) -> bytes:
    return f'<c r="{column_letters(col)}{row}" t="n"><v>1</v></c>'.encode()


_stray = st.tuples(
    st.sampled_from([1, 2, 26, 27, 31, 32, 702, 703, 16384]),
    st.one_of(
        st.integers(1, 1_048_576).map(str),
        st.sampled_from(["0", "07", "0009", "12345678", "1048576"]),
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.integers(0, 400),
    width=st.integers(1, 40),
    strays=st.lists(st.tuples(st.floats(0, 1), _stray), max_size=4),
    chunk=st.sampled_from([512, 4096, 1 << 20]),
)
def test_the_shortcut_finds_what_every_reference_gives(rows, width, strays, chunk):
    cells = [_cell(c, str(r)) for r in range(2, rows + 2) for c in range(2, width + 2)]
    for at, (col, row) in strays:  # anywhere, also between two cells of one row
        cells.insert(int(at * len(cells)), _cell(col, row))
    data = b"<worksheet><sheetData>" + b"".join(cells) + b"</sheetData></worksheet>"
    old = workbook_extent._CHUNK
    workbook_extent._CHUNK = chunk
    try:
        extent = workbook_extent._scan(io.BytesIO(data))
    finally:
        workbook_extent._CHUNK = old
    expected = _every_reference(data)
    got = extent and (extent.first_row, extent.first_col, extent.last_row, extent.last_col)
    assert got == expected


def test_a_far_cell_in_the_middle_of_a_large_sheet_is_refused(tmp_path: Path) -> None:
    """A 5 MB sheet (several chunks) whose stray XFD1048576 sits inside row 9,000, in
    no chunk's first or last reference: the shortcut must still see it."""
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("分案明细")
    ws.append(["客户姓名", "合同编号", "身份证号", "手机号码"])
    for n in range(20_000):
        ws.append([f"客户{n}", f"HT{n:06d}", "110101199003070000", "13800000000"])
    wb.save(plain)
    book = tmp_path / "hidden.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("xl/worksheets/"):
                assert len(data) > 3 * (1 << 20)
                at = data.index(b'<c r="B9000"')
                data = (
                    data[:at] + b'<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>' + data[at:]
                )
            out.writestr(item, data)
    assert read_table(plain).rows  # the same sheet without the stray reads
    with pytest.raises(Unreadable) as info:
        read_table(book)
    assert info.value.code == "too_large" and "XFD1048576" in str(info.value)
