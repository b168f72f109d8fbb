"""Hostile workbooks: bounded in grid, time and memory, in the CLI and the window alike.

The files are written by tests/data/hostile/make_workbooks.py. The reader runs in
a child process (exchange/workbook_guard.py); whatever it meets, the user gets one
line, exit status 2, and the database is unchanged.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest
from test_exchange_support import file_state
from test_hostile import no_personal_data, one_clean_line, run

from collector_desk.errors import EXIT_USAGE
from collector_desk.exchange.intake_read import Unreadable, read_table
from collector_desk.exchange.workbook_guard import BUDGET_ENV
from collector_desk.exchange.xls_extent import xls_extents
from collector_desk.store.db import DB_FILENAME

sys.path.insert(0, str(Path(__file__).parent / "data" / "hostile"))
import make_workbooks as books


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    assert run(capsys, "--data-dir", folder, "demo", "--cases", "3")[0] == 0
    return folder


def _refused(capsys, data: Path, book: Path) -> str:
    before = file_state(data / DB_FILENAME)
    code, out, err = run(capsys, "--data-dir", data, "intake", book)
    line = one_clean_line(err)
    assert code == EXIT_USAGE, err
    assert file_state(data / DB_FILENAME) == before
    no_personal_data(out, err)
    assert not any(str(v) in out + err for v in books.ROW[1:4])
    return line


def test_a_2_kb_workbook_with_a_cell_at_xfd1048576_is_one_line(data, capsys):
    book = books.far_cell_xlsx(data.parent)
    assert book.stat().st_size < 4096
    line = _refused(capsys, data, book)
    assert "XFD1048576" in line and "17,179,869,184 cells" in line and "CSV" in line


def test_an_xls_workbook_reads(tmp_path):
    table = read_table(books.xls_book(tmp_path))
    assert table.headers == list(books.HEADERS)
    assert table.rows == [list(books.ROW)]


def test_an_xls_at_the_format_s_last_cell_is_refused_before_it_is_read(data, capsys):
    line = _refused(capsys, data, books.xls_book(data.parent, far=True))
    assert "IV65536" in line and "16,777,216 cells" in line and "分案明细" in line


def test_the_cell_records_of_an_xls_give_its_extent(tmp_path):
    extent = xls_extents(books.xls_book(tmp_path))["分案明细"]
    assert extent is not None and (extent.last_row, extent.last_col) == (2, 5)
    # a stream kept in the mini stream is not followed: the budget holds that one
    assert xls_extents(books.xls_book(tmp_path, far=True, mini=True, name="s.xls")) == {}


def test_an_xls_whose_records_are_not_scanned_is_refused_by_its_grid(data, capsys):
    line = _refused(capsys, data, books.xls_book(data.parent, far=True, mini=True))
    assert "65,536 rows x 256 columns" in line and "分案明细" in line


def test_a_workbook_past_the_memory_budget_is_one_line(data, capsys, monkeypatch):
    monkeypatch.setenv(BUDGET_ENV, "400,120")  # the .xls grid alone takes about 1 GB
    line = _refused(capsys, data, books.xls_book(data.parent, far=True, mini=True))
    assert "needs more than 400 MB of memory" in line


def test_a_workbook_past_the_time_limit_is_stopped(data, capsys, monkeypatch):
    # A limit shorter than the child takes to start and read: stopped on any machine.
    monkeypatch.setenv(BUDGET_ENV, "4096,0.5")  # the shortest limit; the grid takes longer
    line = _refused(capsys, data, books.xls_book(data.parent, far=True, mini=True))
    assert "took longer than 0.5 s and was stopped" in line


def test_a_damaged_xls_is_one_line(tmp_path):
    book = books.xls_book(tmp_path)
    book.write_bytes(book.read_bytes()[:1500])
    with pytest.raises(Unreadable) as info:
        read_table(book)
    assert info.value.code == "not_a_workbook"
    no_personal_data(str(info.value))


# --- Windows: the reader child's job object (only its structures can be checked here) ----


@pytest.mark.skipif(ctypes.sizeof(ctypes.c_void_p) != 8, reason="the 64-bit layout")
def test_the_job_object_structures_have_the_documented_64_bit_layout():
    """winnt.h on x64: JOBOBJECT_BASIC_LIMIT_INFORMATION is 64 bytes, IO_COUNTERS 48,
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION 144 with ProcessMemoryLimit at 112."""
    from collector_desk.exchange import workbook_job as job

    basic, extended = job.JobObjectBasicLimitInformation, job.JobObjectExtendedLimitInformation
    assert ctypes.sizeof(basic) == 64
    assert ctypes.sizeof(job.IoCounters) == 48
    assert ctypes.sizeof(extended) == 144
    assert [getattr(basic, f).offset for f in ("LimitFlags", "MinimumWorkingSetSize",
            "ActiveProcessLimit", "Affinity", "PriorityClass", "SchedulingClass")] == [
        16, 24, 40, 48, 56, 60]  # fmt: skip
    assert [getattr(extended, f).offset for f in ("IoInfo", "ProcessMemoryLimit",
            "JobMemoryLimit", "PeakProcessMemoryUsed", "PeakJobMemoryUsed")] == [
        64, 112, 120, 128, 136]  # fmt: skip


def test_the_job_object_limits_say_memory_and_no_error_dialog():
    from collector_desk.exchange import workbook_job as job

    raw = bytes(job.extended_limits(4096))
    flags_at = job.JobObjectBasicLimitInformation.LimitFlags.offset
    limit_at = job.JobObjectExtendedLimitInformation.ProcessMemoryLimit.offset
    size = ctypes.sizeof(ctypes.c_size_t)
    expected = bytearray(ctypes.sizeof(job.JobObjectExtendedLimitInformation))
    expected[flags_at : flags_at + 4] = (0x100 | 0x400).to_bytes(4, sys.byteorder)
    expected[limit_at : limit_at + size] = (4096 * 2**20).to_bytes(size, sys.byteorder)
    assert raw == bytes(expected)  # PROCESS_MEMORY and DIE_ON_UNHANDLED_EXCEPTION, 4 GB
    if sys.platform != "win32":
        with pytest.raises(RuntimeError, match="Windows"):
            job.cap_this_process(64)
