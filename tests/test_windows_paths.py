"""Windows-proofing: odd data folders, network shares, files locked by antivirus."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from collector_desk.cli import main as cli_main
from collector_desk.fsutil import (
    FileInUseError,
    atomic_write_bytes,
    atomic_write_text,
    atomic_writer,
    is_sharing_violation,
    replace_with_retries,
)
from collector_desk.services.context import Desk
from collector_desk.store.db import DB_FILENAME, DatabaseError, is_network_path, open_database

# Spaces, Chinese, and characters a URL would misread ("#", "%20").
ODD_FOLDER = "催收 数据 #1 50%20/王 小明"


def test_odd_data_folder_open_demo_check_end_to_end(tmp_path: Path, capsys) -> None:
    folder = tmp_path / ODD_FOLDER
    assert cli_main(["--data-dir", str(folder), "demo", "--cases", "30"]) == 0
    assert cli_main(["--data-dir", str(folder), "check"]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out
    # The database is exactly where asked, not at a URL-decoded twin ("50 " for "50%20").
    assert (folder / DB_FILENAME).is_file()
    assert not (tmp_path / "催收 数据 #1 50 ").exists()
    assert cli_main(["--data-dir", str(folder), "cases", "--json", "--limit", "5"]) == 0
    assert '"count": 5' in capsys.readouterr().out


def test_odd_data_folder_through_the_environment_in_a_fresh_process(tmp_path: Path) -> None:
    folder = tmp_path / ODD_FOLDER
    env = {**os.environ, "COLLECTOR_DESK_DATA_DIR": str(folder), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "collector_desk", "check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert str(folder / DB_FILENAME) in proc.stdout


@pytest.mark.parametrize(
    "path",
    [
        r"\\server\share\催收",
        "//server/share/desk",
        r"\\?\UNC\server\share\desk",
        PureWindowsPath(r"\\fileserver\collections\王 小明"),
    ],
)
def test_network_share_is_refused_with_a_clear_message(path: object, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(Path(str(path)))
    message = str(caught.value)
    assert "network share" in message
    assert "local drive" in message
    assert str(path).replace("\\", "") in message.replace("\\", "")
    with pytest.raises(DatabaseError):
        Desk.open(Path(str(path)))


@pytest.mark.parametrize("path", [r"C:\Users\王 小明\AppData", r"\\?\C:\data", "/home/wang/data"])
def test_local_paths_are_not_network_paths(path: str) -> None:
    assert not is_network_path(path)


@pytest.mark.skipif(sys.platform != "win32", reason="Windows path resolution")
def test_data_dir_keeps_a_unc_path_unc_on_windows() -> None:
    from collector_desk.paths import data_dir

    assert is_network_path(data_dir(r"\\server\share\desk"))


# --- file replace under a lock ---------------------------------------------------


def locked(times: int, winerror: int | None = 32):
    """os.replace that fails like Windows does while another program holds the target."""
    calls = {"n": 0}

    def replace(src: object, dst: object) -> None:
        calls["n"] += 1
        if calls["n"] <= times:
            exc = PermissionError(errno.EACCES, "The process cannot access the file", str(dst))
            if winerror is not None:
                exc.winerror = winerror  # type: ignore[attr-defined]
            raise exc
        os.replace(src, dst)  # type: ignore[arg-type]

    return replace, calls


def test_atomic_write_replaces_content(tmp_path: Path) -> None:
    target = tmp_path / "报表 2026.csv"
    atomic_write_text(target, "旧\n", encoding="gb18030")
    atomic_write_text(target, "新\n", encoding="gb18030")
    assert target.read_bytes() == "新\n".encode("gb18030")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_brief_lock_is_waited_out(tmp_path: Path) -> None:
    target = tmp_path / "export.xlsx"
    target.write_bytes(b"old")
    replace, calls = locked(times=3)
    slept: list[float] = []
    atomic_write_bytes(target, b"new", replace=replace, sleep=slept.append)
    assert target.read_bytes() == b"new"
    assert calls["n"] == 4
    assert len(slept) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["export.xlsx"]


def test_a_lasting_lock_reports_clearly_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "催收 报表.xlsx"
    target.write_bytes(b"old")
    replace, calls = locked(times=10_000)
    slept: list[float] = []
    with pytest.raises(FileInUseError) as caught:
        atomic_write_bytes(target, b"new", replace=replace, sleep=slept.append)
    assert calls["n"] == len(slept) + 1 >= 4
    assert 1.0 <= sum(slept) <= 5.0  # long enough for a scanner, short enough for a person
    message = str(caught.value)
    assert str(target) in message
    assert "in use by another program" in message
    assert "unchanged" in message
    assert caught.value.code == "file_in_use"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left


def test_other_errors_are_not_retried(tmp_path: Path) -> None:
    slept: list[float] = []
    with pytest.raises(FileNotFoundError):
        replace_with_retries(tmp_path / "missing", tmp_path / "x", sleep=slept.append)
    assert slept == []


def test_a_failing_writer_leaves_the_target_alone(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("kept", encoding="utf-8")

    def write_half() -> None:
        with atomic_writer(target, "w") as f:
            f.write("half")
            raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        write_half()
    assert target.read_text(encoding="utf-8") == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.parametrize(("winerror", "retry"), [(32, True), (33, True), (5, True), (2, False)])
def test_which_windows_errors_are_sharing_violations(winerror: int, retry: bool) -> None:
    exc = PermissionError(errno.EACCES, "denied")
    exc.winerror = winerror  # type: ignore[attr-defined]
    assert is_sharing_violation(exc) is retry
