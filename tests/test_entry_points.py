"""Every way of starting the window shows it before SQLAlchemy is imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ENTRIES = {
    "python -m collector_desk": ["-m", "collector_desk"],
    "collector-desk (cli.main)": ["-c", "import sys; from collector_desk.cli import main; sys.exit(main())"],
    "collector-desk-gui (app.main)": ["-c", "import sys; from collector_desk.app import main; sys.exit(main())"],
    "installer/entry.py": [str(ROOT / "installer" / "entry.py")],
}  # fmt: skip


@pytest.mark.parametrize("entry", sorted(ENTRIES))
def test_window_shows_before_sqlalchemy_is_imported(tmp_path, entry):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "PYTHONPATH": str(ROOT),
    }
    cmd = [sys.executable, *ENTRIES[entry], "--data-dir", str(tmp_path / "data")]
    proc = subprocess.Popen(
        cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    log = tmp_path / "state" / "CollectorDesk" / "log" / "collector-desk.log"
    line = ""
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            text = log.read_text(encoding="utf-8") if log.exists() else ""
            found = [x for x in text.splitlines() if "window shown" in x]
            if found:
                line = found[0]
                break
            time.sleep(0.1)  # polling a child process's log file: no signal to wait on
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=30)
    assert line, f"{entry}: the window never logged that it was shown\n{err.decode()[-2000:]}"
    assert "sqlalchemy_before_show=False" in line, line


def test_startup_report_prints_the_start_figures_and_quits(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
           "PYTHONPATH": str(ROOT)}  # fmt: skip
    data = str(tmp_path / "data")
    base = [sys.executable, "-m", "collector_desk", "--data-dir", data]
    subprocess.run([*base, "demo", "--cases", "30"], env=env, check=True, capture_output=True)
    done = subprocess.run(
        [*base, "--startup-report"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["cases"] == 30 and figures["stale_cases"] >= 0
    assert 0 < figures["shown_ms"] <= figures["usable_ms"] <= figures["painted_ms"]
    # Start of day runs behind the usable window.
    assert figures["usable_ms"] <= figures["refreshed_ms"]
    log = tmp_path / "state" / "CollectorDesk" / "log" / "collector-desk.log"
    assert "startup {" in log.read_text(encoding="utf-8")


def test_startup_report_finishes_on_an_empty_portfolio(tmp_path):
    """No case to paint: the empty first page counts as painted, the report ends."""
    from collector_desk.services.context import Desk

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path / "state"),
           "PYTHONPATH": str(ROOT)}  # fmt: skip
    data = tmp_path / "data"
    desk = Desk.open(data)
    desk.set_settings(first_run_done=True, collector_name="Li Na")
    desk.close()
    done = subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(data), "--startup-report"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["cases"] == 0
    assert figures["shown_ms"] <= figures["painted_ms"]


def _installer_entry():
    import importlib.util

    spec = importlib.util.spec_from_file_location("entry", ROOT / "installer" / "entry.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_frozen_entry_hands_multiprocessing_children_to_freeze_support(monkeypatch):
    """entry.py imports multiprocessing only for the command lines freeze_support acts
    on: the spawned child's (as multiprocessing makes it for a frozen executable) and
    the resource tracker's; a collector's command lines start the app."""
    import multiprocessing.spawn

    entry = _installer_entry()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    child = multiprocessing.spawn.get_command_line(parent_pid=1, pipe_handle=5)
    monkeypatch.undo()
    assert child[1] == "--multiprocessing-fork"
    assert entry.is_multiprocessing_child(child)
    tracker = [sys.executable, "-c", "from multiprocessing.resource_tracker import main;main(7)"]
    assert entry.is_multiprocessing_child(tracker)
    for argv in (["CollectorDesk"], ["CollectorDesk", "--lang", "en"], ["x", "cases", "--json"]):
        assert not entry.is_multiprocessing_child(argv)
