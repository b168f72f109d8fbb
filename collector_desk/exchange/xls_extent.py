"""The grid an .xls workbook asks for, found from its cell records before a reader
builds it.

An .xls file is a BIFF8 record stream ("Workbook") inside an OLE compound file.
A reader places every cell record in a dense grid from the first to the last
row and column used, so one record at IV65536 asks for 16.7 million cells
(about 1 GB in python-calamine). Here the compound file's sector chains are
followed to the stream, and the row and column of each cell record are read, in
one pass without building anything. A file this cannot follow (a stream kept in
the compound file's mini stream, or anything malformed) gives no extent: the
reader then runs inside the child's memory budget (`workbook_guard`), and its
grid is checked before it is turned into rows.
"""

from __future__ import annotations

import struct
from pathlib import Path

from collector_desk.exchange.workbook_extent import Extent

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_FILE = 256 * 1024 * 1024  # larger files are left to the budget
_END, _FREE = 0xFFFFFFFE, 0xFFFFFFFF
# Cell records whose data starts with (row, column): NUMBER, LABEL, LABELSST, RK,
# BLANK, BOOLERR, FORMULA, RSTRING.
_CELLS = frozenset({0x0203, 0x0204, 0x00FD, 0x027E, 0x0201, 0x0205, 0x0006, 0x00D6})
_MULTI = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: row, first column ... last column
_BOUNDSHEET, _BOF, _EOF = 0x0085, 0x0809, 0x000A


class _Unfollowable(ValueError):
    pass


def _stream(data: bytes, names: tuple[str, ...] = ("Workbook", "Book")) -> bytes:
    if data[:8] != MAGIC or len(data) < 512:
        raise _Unfollowable("not a compound file")
    size = 1 << struct.unpack_from("<H", data, 30)[0]
    if size not in (512, 4096):
        raise _Unfollowable("sector size")
    n_fat, first_dir = struct.unpack_from("<II", data, 44)
    cutoff = struct.unpack_from("<I", data, 56)[0]
    first_difat, n_difat = struct.unpack_from("<II", data, 68)
    per = size // 4

    def sector(i: int) -> bytes:
        start = size + i * size  # sector 0 follows the header (512, or 4096 in v4)
        if i >= 0xFFFFFFFA or start + size > len(data):
            raise _Unfollowable("sector out of the file")
        return data[start : start + size]

    fat_sectors = [s for s in struct.unpack_from("<109I", data, 76) if s != _FREE]
    nxt = first_difat
    for _ in range(n_difat):
        block = struct.unpack(f"<{per}I", sector(nxt))
        fat_sectors += [s for s in block[:-1] if s != _FREE]
        nxt = block[-1]
    fat_sectors = fat_sectors[:n_fat]
    fat: list[int] = []
    for s in fat_sectors:
        fat += struct.unpack(f"<{per}I", sector(s))

    def chain(first: int) -> bytes:
        out, seen, i = [], set(), first
        while i != _END:
            if i in seen or i >= len(fat):
                raise _Unfollowable("broken sector chain")
            seen.add(i)
            out.append(sector(i))
            i = fat[i]
        return b"".join(out)

    directory = chain(first_dir)
    for at in range(0, len(directory) - 127, 128):
        entry = directory[at : at + 128]
        length, kind = struct.unpack_from("<HB", entry, 64)
        name = entry[: max(0, length - 2)].decode("utf-16-le", "replace")
        if kind == 2 and name in names:
            start, stream_size = struct.unpack_from("<IQ", entry, 116)
            if stream_size < cutoff:
                raise _Unfollowable("the stream is in the mini stream")
            return chain(start)[: stream_size & 0xFFFFFFFF]
    raise _Unfollowable("no Workbook stream")


def _scan(stream: bytes) -> dict[str, Extent | None]:
    sheets: dict[int, str] = {}  # BOF offset -> sheet name
    bounds: dict[str, list[int]] = {}
    current: str | None = None
    outer: list[str | None] = []  # a chart's substream may sit inside a sheet's
    at, end = 0, len(stream)
    while at + 4 <= end:
        kind, length = struct.unpack_from("<HH", stream, at)
        body = stream[at + 4 : at + 4 + length]
        if kind == _BOF:
            outer.append(current)
            current = sheets.get(at)
        elif kind == _EOF:
            current = outer.pop() if outer else None
        elif kind == _BOUNDSHEET and len(body) >= 8:
            offset, cch, high = struct.unpack_from("<IxxBB", body)
            raw = body[8 : 8 + (cch * 2 if high else cch)]
            sheets[offset] = raw.decode("utf-16-le" if high else "latin-1", "replace")
        elif current is not None and len(body) >= 4 and (kind in _CELLS or kind in _MULTI):
            row, first = struct.unpack_from("<HH", body)
            last = struct.unpack_from("<H", body, len(body) - 2)[0] if kind in _MULTI else first
            box = bounds.setdefault(current, [row, first, row, max(first, last)])
            box[0], box[1] = min(box[0], row), min(box[1], first)
            box[2], box[3] = max(box[2], row), max(box[3], first, last)
        at += 4 + length
    out: dict[str, Extent | None] = dict.fromkeys(sheets.values())
    for name, (r0, c0, r1, c1) in bounds.items():
        out[name] = Extent(r0 + 1, c0 + 1, r1 + 1, c1 + 1)
    return out


def xls_extents(path: Path) -> dict[str, Extent | None]:
    """Sheet name -> the extent of its cell records; empty when it cannot be told."""
    try:
        if path.stat().st_size > MAX_FILE:
            return {}
        return _scan(_stream(path.read_bytes()))
    except (OSError, struct.error, _Unfollowable):
        return {}
