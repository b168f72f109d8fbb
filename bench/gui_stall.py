"""The GUI thread's longest stall while start of day runs in the background.

Builds (once, cached under the temp dir) a demo portfolio of N cases, moves the
clock 9 days on so a share of them go stale, opens the real main window with
the case list visible, then, as the app does, at once runs the background start
of day in the real event loop while a 5 ms QTimer records the gaps between its
ticks (a gap is time the GUI thread did not get back to its event loop). The
first page, counts, the features (as the app installs them: once the list has
shown its rows and counts, one per turn of the event loop) and Today's plan land
during it, as they do at a real start; the run ends once all are in.

    python bench/gui_stall.py [N] [--no-features] [--settle-ms MS] [--trace]
                              [--profile FILE]

Ends with one JSON line: cases, stale, usable_ms, refresh_ms, max_gui_gap_ms,
p99_gap_ms, gaps_over_33ms and max_gap_ok (max gap <= 33 ms). `--profile` writes
a cProfile of the GUI thread (pstats) during the refresh.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TODAY = date(2026, 3, 16)
LATER = TODAY + timedelta(days=9)
BUDGET_MS = 33.0


def portfolio(n: int) -> Path:
    from collector_desk.services.context import Desk
    from collector_desk.services.demo import create_demo

    cached = Path(tempfile.gettempdir()) / f"collector-desk-stall-{n}"
    if not (cached / "done").exists():
        shutil.rmtree(cached, ignore_errors=True)
        desk = Desk.open(cached / "data", today=lambda: TODAY)
        desk.set_settings(first_run_done=True)
        create_demo(desk, cases=n, seed=3)
        desk.close()
        (cached / "done").write_text("ok")
    work = Path(tempfile.mkdtemp(prefix="stall-"))
    shutil.copytree(cached / "data", work / "data")
    return work / "data"


def run_loop(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("cases", nargs="?", type=int, default=3000)
    parser.add_argument("--no-features", action="store_true")
    parser.add_argument("--profile", metavar="FILE")
    parser.add_argument("--trace", action="store_true", help="print gaps over 33 ms in order")
    parser.add_argument(
        "--settle-ms",
        type=int,
        default=0,
        help="wait this long before the start of day (0: at once, as the app does)",
    )
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QTimer

    from collector_desk.app import WINDOW_SIZE, ensure_app
    from collector_desk.services import case_state
    from collector_desk.services.context import Desk
    from collector_desk.ui.main_window import MainWindow

    ensure_app()
    folder = portfolio(args.cases)
    desk = Desk.open(folder, today=lambda: LATER)
    with desk.read() as s:
        stale = len(case_state.stale_loan_ids(s, LATER))
    window = MainWindow(lang="en")
    window.resize(*WINDOW_SIZE)
    window.show()
    t0 = time.perf_counter()
    window.attach(desk)
    if not args.no_features:  # as the app: once the list has shown its rows and counts
        window.install_features_later()
    window.left_tabs.setCurrentWidget(window.case_list)
    usable = time.perf_counter() - t0
    from collector_desk.ui import ops

    ops.freeze_gc()  # as app.run_gui does before the start of day
    if args.settle_ms:  # let the first page, counts and plan land before measuring
        run_loop(args.settle_ms)

    gaps: list[float] = []
    last = [time.perf_counter()]

    trace: list[str] = []

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        if args.trace and now - last[0] > BUDGET_MS / 1000:
            trace.append(f"{(last[0] - t1) * 1000:7.0f} ms: gap {(now - last[0]) * 1000:.0f} ms")
        last[0] = now

    def mark(text: str) -> None:
        if args.trace:
            trace.append(f"{(time.perf_counter() - t1) * 1000:7.0f} ms: {text}")

    import threading
    import traceback

    from sqlalchemy import event

    def on_gui(_c: Any, _cur: Any, statement: str, *_rest: Any) -> None:
        if args.trace and threading.current_thread() is threading.main_thread():
            where = [f for f in traceback.extract_stack() if "collector_desk/ui" in f.filename]
            at = (
                f"{where[-1].filename.split('collector_desk/')[-1]}:{where[-1].lineno}"
                if where
                else "?"
            )
            mark(f"SQL on the GUI thread from {at}: {statement[:60]!r}")

    event.listen(desk.db.engine, "before_cursor_execute", on_gui)
    window.ops.finished.connect(lambda title: mark(f"done: {title}"))
    window.ops.changed.connect(lambda c: mark(f"changed {sorted(c.kinds)} {len(c.loans)} loans"))

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    profiler = cProfile.Profile() if args.profile else None
    t1 = time.perf_counter()
    last[0] = t1
    timer.start()
    if profiler is not None:
        profiler.enable()
    loop = QEventLoop()
    window.day_refresh.finished.connect(lambda _stale: loop.quit())
    window.start_of_day()
    if window.day_refresh.running:
        loop.exec()  # the real event loop, as app.exec() runs it (not a busy loop)
    refreshed = time.perf_counter() - t1
    if not args.no_features and not window.features_ready:
        features = QEventLoop()
        window.features_installed.connect(features.quit)
        features.exec()
    # What the end of the refresh set off (plan rebuild, recounts) lands too.
    run_loop(1500)
    timer.stop()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    window.close()
    desk.close()
    ms = sorted(g * 1000 for g in gaps)
    figures = {
        "cases": args.cases,
        "stale": stale,
        "features": not args.no_features,
        "usable_ms": round(usable * 1000),
        "refresh_ms": round(refreshed * 1000),
        "max_gui_gap_ms": round(ms[-1], 1),
        "p99_gap_ms": round(ms[int(len(ms) * 0.99)], 1),
        "gaps_over_33ms": sum(1 for g in ms if g > BUDGET_MS),
        "max_gap_ok": ms[-1] <= BUDGET_MS,
    }
    if args.trace:
        print("\n".join(trace))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
