"""Time from launching a process to its window's first paint, per entry point.

Each entry point runs as a real process (offscreen Qt) on an existing demo
database, started the way a collector starts it: no arguments, the data and log
folders the platform's defaults (pointed into a temporary folder through
XDG_DATA_HOME and XDG_STATE_HOME, Linux). "shown" is the moment its log line
"window shown" appears, which the app writes once the first paint of its main
window is done (not when `show()` returns: a window that has not painted is not
on the screen). The bare form of the same
thing is a process of the same interpreter, environment and working folder that
imports PySide6, shows an empty QMainWindow of the same size and writes a
marker once that window's first paint is done, the same way.

Fair to both sides:
- the runs are interleaved (bare, then each entry point, in a rotating order,
  per round), so a change of load hits all of them alike;
- one untimed warm-up round first (file cache, bytecode);
- bytecode is cached as an installed app has it (`pip install` and PyInstaller
  both ship .pyc): PYTHONDONTWRITEBYTECODE is dropped and the cache goes to a
  temporary PYTHONPYCACHEPREFIX, never into the checkout (`--no-bytecode` keeps
  compiling every module at every start, as under PYTHONDONTWRITEBYTECODE);
- besides the wall-clock figures, each process's CPU time up to the paint
  (less sensitive to the machine's load; the budget is on wall-clock).

The console script and the GUI script are the installed ones next to the
interpreter when they exist (run by this interpreter, so the worktree's code
on PYTHONPATH is what runs), else their one-line equivalents.

Budget: every entry point shown <= 1.5x the bare window.

    python bench/startup.py [--runs 7] [--no-bytecode]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_common import ROOT, emit  # type: ignore[import-not-found]

BUDGET = 1.5
BARE = (
    "import sys, pathlib\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "class Shown(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint:  # as ui.after_paint.when_painted: once it is done\n"
    "            watched.removeEventFilter(self)\n"
    "            QTimer.singleShot(0, lambda: pathlib.Path(sys.argv[1]).write_text('shown'))\n"
    "        return False\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1366, 768)\n"
    "shown = Shown(); w.installEventFilter(shown); w.show()\n"
    "app.exec()\n"
)


def _script(name: str, module: str) -> list[str]:
    """The installed script `name` (run by this interpreter), else its equivalent."""
    installed = Path(sys.executable).parent / name
    if installed.is_file():
        return [str(installed)]
    return ["-c", f"import sys; from collector_desk.{module} import main; sys.exit(main())"]


ENTRIES = {
    "module": ["-m", "collector_desk"],
    "cli": _script("collector-desk", "cli"),
    "gui": _script("collector-desk-gui", "app"),
    "entry_py": [str(ROOT / "installer" / "entry.py")],
}


def _until(proc: subprocess.Popen[bytes], done: Callable[[], bool], start: float) -> float:
    while proc.poll() is None:
        if done():
            return time.perf_counter() - start
        time.sleep(0.002)
    raise SystemExit(f"the process ended before showing a window: {proc.args}")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(args: list[str] | None, tmp: Path, env: dict[str, str]) -> tuple[float, float]:
    """(seconds from launch to the first paint, CPU seconds of the process); `args`
    None is the bare window."""
    marker = tmp / "shown"
    log = tmp / "state" / "CollectorDesk" / "log" / "collector-desk.log"
    for f in (marker, log):
        f.unlink(missing_ok=True)
    if args is None:
        cmd = [sys.executable, "-c", BARE, str(marker)]
        check = marker.exists
    else:
        cmd = [sys.executable, *args]  # no --data-dir: the default folder, as a user has it

        def check() -> bool:
            return log.exists() and "window shown" in log.read_text(encoding="utf-8")

    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wall = _until(proc, check, start)
    finally:
        proc.kill()
        proc.wait()
    return wall, _children_cpu() - cpu


def child_env(tmp: Path, *, bytecode: bool) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp / "state"),
           "XDG_DATA_HOME": str(tmp / "share"), "PYTHONPATH": str(ROOT)}  # fmt: skip
    env.pop("COLLECTOR_DESK_DATA_DIR", None)
    env.pop("COLLECTOR_DESK_DATABASE_URL", None)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-bytecode", action="store_true",
                        help="compile every module at every start (no .pyc), as under PYTHONDONTWRITEBYTECODE")  # fmt: skip
    opts = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cd-startup-"))
    env = child_env(tmp, bytecode=not opts.no_bytecode)
    # The demo portfolio in the default data folder, the one the entry points open.
    subprocess.run([sys.executable, "-m", "collector_desk", "demo"],
                   check=True, capture_output=True, cwd=tmp, env=env)  # fmt: skip
    names: list[str | None] = [None, *ENTRIES]  # None: the bare window
    walls: dict[str | None, list[float]] = {name: [] for name in names}
    cpus: dict[str | None, list[float]] = {name: [] for name in names}
    for round_ in range(opts.runs + 1):  # round 0 warms up and is not counted
        k = round_ % len(names)
        for name in names[k:] + names[:k]:
            wall, cpu = run_once(None if name is None else ENTRIES[name], tmp, env)
            if round_:
                walls[name].append(wall)
                cpus[name].append(cpu)
    bare = statistics.median(walls[None])
    bare_cpu = statistics.median(cpus[None])
    figures: dict[str, float | bool] = {
        "bare_shown_ms": round(bare * 1000, 1),
        "bare_cpu_ms": round(bare_cpu * 1000, 1),
        "runs": opts.runs,
        "bytecode_cached": not opts.no_bytecode,
    }
    print(f"{'bare':10} shown {bare * 1000:7.1f} ms  cpu {bare_cpu * 1000:6.1f} ms")
    ok = True
    for name in ENTRIES:
        t, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        figures[f"{name}_shown_ms"] = round(t * 1000, 1)
        figures[f"{name}_ratio"] = round(t / bare, 2)
        figures[f"{name}_cpu_ms"] = round(cpu * 1000, 1)
        figures[f"{name}_cpu_ratio"] = round(cpu / bare_cpu, 2)
        ok = ok and t <= BUDGET * bare
        print(f"{name:10} shown {t * 1000:7.1f} ms  cpu {cpu * 1000:6.1f} ms  "
              f"({t / bare:.2f}x bare wall, {cpu / bare_cpu:.2f}x bare cpu)")  # fmt: skip
    emit({**figures, "startup_ok": ok})


if __name__ == "__main__":
    main()
