"""Every way of starting the window shows it before SQLAlchemy is imported.

Two witnesses per start: the app's own "window shown" log line (written at the
frame's first paint, with `sqlalchemy_before_show`), and a watcher outside the
app, a `sitecustomize` put on the child's path, that notes whether that line was
already in the log when SQLAlchemy's import began. A planted breach (the watcher
importing SQLAlchemy along with collector_desk.app) proves both can fail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str, module: str) -> list[str]:
    """The installed script (what `pip install` gives), else its one-line equivalent."""
    installed = Path(sys.executable).parent / name
    if installed.is_file():
        return [str(installed)]
    return ["-c", f"import sys; from collector_desk.{module} import main; sys.exit(main())"]


ENTRIES = {
    "python -m collector_desk": ["-m", "collector_desk"],
    "collector-desk": _script("collector-desk", "cli"),
    "collector-desk-gui": _script("collector-desk-gui", "app"),
    "installer/entry.py": [str(ROOT / "installer" / "entry.py")],
}

WATCHER = """\
import os, sys


class _SqlalchemyWatch:
    def find_spec(self, name, path=None, target=None):
        if name == "sqlalchemy":
            sys.meta_path.remove(self)
            log = os.environ["WATCH_LOG"]
            text = open(log, encoding="utf-8").read() if os.path.exists(log) else ""
            with open(os.environ["WATCH_MARK"], "w", encoding="utf-8") as f:
                f.write("after" if "window shown" in text else "before")
        elif name == "collector_desk.app" and os.environ.get("WATCH_BREACH"):
            import sqlalchemy  # the planted breach: the start path pulls in SQLAlchemy
        return None


sys.meta_path.insert(0, _SqlalchemyWatch())
"""


def _start(tmp_path: Path, entry: str, *, breach: bool = False) -> tuple[str, str]:
    """Start `entry` as a collector does (no arguments, the default data folder, an
    empty one: the first start) and wait until it has logged "window shown" and
    begun importing SQLAlchemy. (the log line, "before" or "after" the line)."""
    watch = tmp_path / "watch"
    watch.mkdir()
    (watch / "sitecustomize.py").write_text(WATCHER, encoding="utf-8")
    log = tmp_path / "state" / "CollectorDesk" / "log" / "collector-desk.log"
    mark = tmp_path / "sqlalchemy-import"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "PYTHONPATH": os.pathsep.join([str(watch), str(ROOT)]),
        "WATCH_LOG": str(log),
        "WATCH_MARK": str(mark),
    }
    env.pop("COLLECTOR_DESK_DATA_DIR", None)
    env.pop("COLLECTOR_DESK_DATABASE_URL", None)
    if breach:
        env["WATCH_BREACH"] = "1"
    proc = subprocess.Popen(
        [sys.executable, *ENTRIES[entry]],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    line = seen = ""
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None and not (line and seen):
            text = log.read_text(encoding="utf-8") if log.exists() else ""
            line = next((x for x in text.splitlines() if "window shown" in x), "")
            seen = mark.read_text(encoding="utf-8") if mark.exists() else ""
            time.sleep(0.05)  # polling a child process's files: no signal to wait on
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=30)
    assert line, f"{entry}: the window never logged that it was shown\n{err.decode()[-2000:]}"
    assert seen, f"{entry}: SQLAlchemy was never imported (the database never opened)"
    return line, seen


@pytest.mark.parametrize("entry", sorted(ENTRIES))
def test_window_shows_before_sqlalchemy_is_imported(tmp_path, entry):
    line, seen = _start(tmp_path, entry)
    assert "sqlalchemy_before_show=False" in line, line
    assert seen == "after", f"{entry}: SQLAlchemy's import began before the window showed"
    # PySide6's __feature__ import hook is gone before the rest is imported (it read
    # every later module's source: SQLAlchemy's import cost ~1.4x; plain_import.py).
    assert "plain_import=True" in line, line
    # Automatic garbage collection off from the entry point (collector_desk/start_gc.py):
    # the start's long-lived objects are not scanned over and over before the first page.
    assert "automatic_gc=False" in line, line


@pytest.mark.parametrize("entry", sorted(ENTRIES))
def test_the_check_catches_sqlalchemy_imported_before_the_window(tmp_path, entry):
    """The same start with SQLAlchemy pulled in before the window: both witnesses
    say so, so the test above fails on such a regression."""
    line, seen = _start(tmp_path, entry, breach=True)
    assert "sqlalchemy_before_show=True" in line, line
    assert seen == "before"


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


_TOKENS = st.sampled_from(
    ["--data-dir", "--database-url", "--lang", "--startup-report", "--data", "--lang=en",
     "--data-dir=", "--data-dir=a=b", "--startup-report=1", "--", "-h", "--version", "cases",
     "x", "", "-", "-1", "a b", "C:\\Users\\李娜", "postgresql://u@h/db", "zh_CN"]
)  # fmt: skip


@given(st.lists(_TOKENS, max_size=6))
def test_the_window_options_read_without_the_parser_are_the_parsers(argv):
    """window_args.window_options skips building argparse's parser for a plain start; whatever
    it accepts, the parser reads the same way, with nothing left over."""
    from collector_desk.cli import _global_parser
    from collector_desk.window_args import window_options

    fast = window_options(argv)
    if fast is None:
        return
    parsed, rest = _global_parser(add_help=False).parse_known_args(argv)
    parsed.command = None
    assert rest == [] and vars(fast) == vars(parsed)


def test_the_window_options_cover_a_collectors_starts_and_leave_the_rest_to_the_parser():
    from collector_desk.window_args import window_options

    assert vars(window_options([])) == {
        "data_dir": None, "database_url": None, "lang": None, "startup_report": False,
        "command": None,
    }  # fmt: skip
    started = window_options(["--lang", "en", "--data-dir=D:\\数据", "--startup-report"])
    assert started is not None
    assert (started.lang, started.data_dir, started.startup_report) == ("en", "D:\\数据", True)
    for argv in (["cases"], ["--data", "x"], ["--help"], ["--version"], ["--data-dir"]):
        assert window_options(argv) is None


def test_when_painted_runs_once_after_the_first_paint(qtbot):
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QWidget

    from collector_desk.ui.after_paint import when_painted

    painted: list[str] = []

    class Frame(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            painted.append("paint")
            super().paintEvent(event)

    frame = Frame()
    qtbot.addWidget(frame)
    when_painted(frame, lambda: painted.append("then"), at_latest_ms=60_000)
    assert painted == []
    frame.resize(300, 200)
    frame.show()
    qtbot.waitUntil(lambda: "then" in painted)
    assert painted[0] == "paint"  # its paint came first, whole
    frame.update()
    qtbot.waitUntil(lambda: painted.count("paint") >= 2)
    assert painted.count("then") == 1


def test_when_painted_does_not_wait_forever_for_a_window_that_never_paints(qtbot):
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from collector_desk.ui.after_paint import when_painted

    ran: list[str] = []

    class Frame(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            ran.append("paint")
            super().paintEvent(event)

    hidden = Frame()
    qtbot.addWidget(hidden)
    when_painted(hidden, lambda: ran.append("then"), at_latest_ms=50)
    qtbot.waitUntil(lambda: ran == ["then"])  # never shown: after at_latest_ms
    hidden.show()  # a late paint does not run it again
    qtbot.waitUntil(lambda: "paint" in ran)
    QApplication.processEvents()
    assert ran.count("then") == 1
