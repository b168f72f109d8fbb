"""Time from launching a process to the window being shown, per entry point.

Each entry point runs as a real process (offscreen Qt) on an existing demo
database; "shown" is the moment its log line "window shown" appears. The bare
form of the same thing is a process that imports PySide6 and shows an empty
QMainWindow. Budget: every entry point shown <= 1.5x the bare window.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_common import ROOT, emit  # type: ignore[import-not-found]

BARE = (
    "import sys, pathlib\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1366, 768); w.show()\n"
    "pathlib.Path(sys.argv[1]).write_text('shown')\n"
    "app.exec()\n"
)
ENTRIES = {
    "module": ["-m", "collector_desk"],
    "cli": ["-c", "import sys; from collector_desk.cli import main; sys.exit(main())"],
    "gui": ["-c", "import sys; from collector_desk.app import main; sys.exit(main())"],
    "entry_py": [str(ROOT / "installer" / "entry.py")],
}


def _until(proc: subprocess.Popen[bytes], done: Callable[[], bool], start: float) -> float:
    while proc.poll() is None:
        if done():
            return time.perf_counter() - start
        time.sleep(0.002)
    raise SystemExit(f"the process ended before showing a window: {proc.args}")


def run_once(args: list[str], tmp: Path, data: Path, bare: bool) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp / "state"),
           "PYTHONPATH": str(ROOT)}  # fmt: skip
    marker = tmp / "shown"
    log = tmp / "state" / "CollectorDesk" / "log" / "collector-desk.log"
    for f in (marker, log):
        f.unlink(missing_ok=True)
    if bare:
        cmd = [sys.executable, "-c", BARE, str(marker)]
        check = marker.exists
    else:
        cmd = [sys.executable, *args, "--data-dir", str(data)]

        def check() -> bool:
            return log.exists() and "window shown" in log.read_text(encoding="utf-8")

    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        return _until(proc, check, start)
    finally:
        proc.kill()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cd-startup-"))
    data = tmp / "data"
    subprocess.run([sys.executable, "-m", "collector_desk", "--data-dir", str(data), "demo"],
                   check=True, capture_output=True, cwd=tmp, env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    figures: dict[str, float] = {}
    bare = statistics.median(run_once([], tmp, data, True) for _ in range(opts.runs))
    figures["bare_shown_ms"] = round(bare * 1000, 1)
    ok = True
    for name, args in ENTRIES.items():
        t = statistics.median(run_once(args, tmp, data, False) for _ in range(opts.runs))
        figures[f"{name}_shown_ms"] = round(t * 1000, 1)
        figures[f"{name}_ratio"] = round(t / bare, 2)
        ok = ok and t <= 1.5 * bare
        print(f"{name:10} shown {t * 1000:7.1f} ms  ({t / bare:.2f}x bare {bare * 1000:.1f} ms)")
    emit({**figures, "startup_ok": ok})


if __name__ == "__main__":
    main()
