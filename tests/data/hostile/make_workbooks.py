"""Hostile workbooks, written byte by byte (no spreadsheet program needed).

- `far_cell_xlsx`: 2 KB, one value at XFD1048576: a dense grid of 17 billion cells.
- `xls_book`: a real BIFF8 .xls (an OLE compound file with one Workbook stream),
  with the header row and one data row, and optionally a value as far out as the
  format goes (IV65536: 65,536 x 256 = 16.7 million cells, about 1 GB in the
  reader's grid), optionally in the compound file's mini stream.

`python tests/data/hostile/make_workbooks.py OUT` writes them to OUT.
"""

from __future__ import annotations

import struct
import sys
import zipfile
from pathlib import Path

HEADERS = ("Contract No.", "Borrower Name", "ID Number", "Mobile", "Loan Amount")
ROW = ("HT-XLS-1", "张伟", "110101198805171231", "13812345678", 12000.0)

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
    '"xl/workbook.xml"/></Relationships>'
)
_BOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="分案明细" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target='
    '"worksheets/sheet1.xml"/></Relationships>'
)


def far_cell_xlsx(out: Path, cell: str = "XFD1048576") -> Path:
    """A tiny workbook whose one stray value asks a reader for a giant grid."""
    row = "".join(ch for ch in cell if ch.isdigit())
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        '.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
        f'合同编号</t></is></c></row><row r="{row}"><c r="{cell}"><v>1</v></c></row>'
        "</sheetData></worksheet>"
    )
    path = out / "far_cell.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _BOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


# --- BIFF8 inside an OLE compound file ------------------------------------------------


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))


def _unicode(text: str, width: str = "<H") -> bytes:
    return struct.pack(width, len(text)) + b"\x01" + text.encode("utf-16-le")


def _biff(cells: list[tuple[int, int, str | float]], sheet: str) -> bytes:
    strings = [v for _, _, v in cells if isinstance(v, str)]
    sst = struct.pack("<II", len(strings), len(strings)) + b"".join(map(_unicode, strings))
    xf = _record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    name = struct.pack("<B", len(sheet)) + b"\x01" + sheet.encode("utf-16-le")

    def globals_(sheet_at: int) -> bytes:
        return (
            _bof(0x0005)
            + _record(0x0042, struct.pack("<H", 1200))  # CODEPAGE: UTF-16
            + xf * 16
            + _record(0x0085, struct.pack("<IBB", sheet_at, 0, 0) + name)  # BOUNDSHEET8
            + _record(0x00FC, sst)
            + _record(0x000A, b"")
        )

    rows = [r for r, _, _ in cells]
    cols = [c for _, c, _ in cells]
    body = _bof(0x0010) + _record(
        0x0200, struct.pack("<IIHHH", min(rows), max(rows) + 1, min(cols), max(cols) + 1, 0)
    )
    isst = 0
    for r, c, v in cells:
        if isinstance(v, str):
            body += _record(0x00FD, struct.pack("<HHHI", r, c, 15, isst))  # LABELSST
            isst += 1
        else:
            body += _record(0x0203, struct.pack("<HHHd", r, c, 15, v))  # NUMBER
    body += _record(0x000A, b"")
    head = globals_(0)
    return globals_(len(head)) + body


def _compound(stream: bytes, name: str = "Workbook", *, mini: bool = False) -> bytes:
    """An OLE compound file (version 3, 512-byte sectors) holding one stream; with
    `mini`, a stream under 4096 bytes kept in the mini stream (64-byte sectors), as
    the format wants for small streams."""
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    if mini:
        assert len(stream) < 4096
        size = len(stream)
        small = stream.ljust(-(-len(stream) // 64) * 64, b"\0")
        k = len(small) // 64
        container = small.ljust(-(-len(small) // 512) * 512, b"\0")
        m = len(container) // 512
        fat = [0xFFFFFFFD, end, end] + [4 + i for i in range(m - 1)] + [end]
        minifat = [i + 1 for i in range(k - 1)] + [end]
        minifat += [free] * (128 - len(minifat))
        root = (3, len(small))
        first_minifat, n_minifat, start = 2, 1, 0
        body = struct.pack("<128I", *minifat) + container
    else:
        stream = stream.ljust(max(4096, -(-len(stream) // 512) * 512), b"\0")
        size = len(stream)
        n = len(stream) // 512
        fat = [0xFFFFFFFD, end] + [3 + i for i in range(n - 1)] + [end]
        root = (end, 0)
        first_minifat, n_minifat, start = end, 0, 2
        body = stream
    assert len(fat) <= 128, "one FAT sector only"
    fat += [free] * (128 - len(fat))
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, b"", 0, 1, 1, 0, 0x1000,
                          first_minifat, n_minifat, end, 0)  # fmt: skip
    header += struct.pack("<I", 0) + struct.pack("<I", free) * 108

    def entry(title: str, kind: int, child: int, first: int, length: int) -> bytes:
        raw = (title.encode("utf-16-le") + b"\0\0") if title else b""
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1 if title else 0)
            + struct.pack("<III", free, free, child)
            + b"\0" * 16
            + struct.pack("<IQQIQ", 0, 0, 0, first, length)
        )

    directory = entry("Root Entry", 5, 1, *root) + entry(name, 2, free, start, size)
    directory += entry("", 0, free, 0, 0) * 2
    return header + struct.pack("<128I", *fat) + directory + body


def xls_book(out: Path, *, far: bool = False, mini: bool = False, name: str = "book.xls") -> Path:
    """With `mini`, the stream sits in the compound file's mini stream, where the
    app does not follow it: the reader's memory budget has to hold it."""
    cells: list[tuple[int, int, str | float]] = [(0, c, h) for c, h in enumerate(HEADERS)]
    cells += [(1, c, v) for c, v in enumerate(ROW)]
    if far:
        cells.append((65535, 255, 1.0))
    path = out / name
    path.write_bytes(_compound(_biff(cells, "分案明细"), mini=mini))
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-out")
    target.mkdir(parents=True, exist_ok=True)
    print(far_cell_xlsx(target))
    print(xls_book(target))
    print(xls_book(target, far=True, name="far_cell.xls"))
    print(xls_book(target, far=True, mini=True, name="far_cell_small.xls"))
