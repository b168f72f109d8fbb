"""A workbook with a stray value far out is refused before a reader builds its grid."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from collector_desk.exchange.intake_read import Unreadable, read_table
from collector_desk.exchange.workbook_extent import (
    MAX_CELLS,
    column_letters,
    column_number,
    sheet_extents,
)


def _book(path: Path, stray: str | None, *, sheet: str = "分案明细") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(["客户姓名", "合同编号", "身份证号"])
    ws.append(["张三", "HT0001", "110101199003070000"])
    if stray:
        ws[stray] = "x"
    wb.save(path)
    return path


@given(st.integers(min_value=1, max_value=16384))
def test_column_letters_round_trip(n):
    assert column_number(column_letters(n)) == n


def test_extent_is_the_valued_cells_bounding_box(tmp_path):
    book = _book(tmp_path / "a.xlsx", "E40")
    extent = sheet_extents(book)["分案明细"]
    assert extent is not None
    assert (extent.first_row, extent.first_col, extent.last_row, extent.last_col) == (1, 1, 40, 5)
    assert extent.cells == 200 and extent.last_cell == "E40"


@pytest.mark.parametrize("stray", ["XFD1048576", "GR300000"])
def test_a_stray_far_cell_is_refused_with_the_sheet_and_cell(tmp_path, stray):
    book = _book(tmp_path / "far.xlsx", stray)
    with pytest.raises(Unreadable) as info:
        read_table(book)
    assert info.value.code == "too_large"
    message = str(info.value)
    assert "分案明细" in message and stray in message and "CSV" in message


def test_a_table_inside_the_limit_still_reads(tmp_path):
    table = read_table(_book(tmp_path / "ok.xlsx", "C3"))
    assert table.headers[:2] == ["客户姓名", "合同编号"]
    assert MAX_CELLS > 10_000_000  # 200,000 rows x 50 columns must stay readable


def test_cli_on_a_2kb_bomb_prints_one_line_and_survives(tmp_path):
    """In a child process: a reader that built the grid would abort it (SIGABRT)."""
    book = _book(tmp_path / "bomb.xlsx", "XFD1048576")
    done = subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(tmp_path / "d"),
         "intake", str(book)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "bomb.xlsx" in lines[0] and "XFD1048576" in lines[0]
    assert "Traceback" not in done.stderr
