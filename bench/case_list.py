"""Speed of the case list at a million cases (issue #2 §10).

    .venv/bin/python bench/case_list.py [--cases 1000000] [--runs 7] [--regen]

Generates (once per day, cached under $COLLECTOR_DESK_BENCH_DIR or
/tmp/collector-desk-bench) a database of N cases with the app's bulk writer,
then, in fresh processes so memory and start-up are measured alone:
- first paint of the case list in the real window (build_window, offscreen):
  the first page fetched, the model reset and the table painted;
- a filter change, a sort change and searches for a 2-character name, a
  4-digit phone tail and a contract number, each through the model (the same
  set_query + paint the window does), through the service alone, and as the
  bare SQL an expert would write for it (sqlite3, no SQLAlchemy). Budgets:
  service <= 2x bare SQL (what our query layer adds), model <= 100 ms (what
  the user waits for);
- the counts the filter combo shows (computed off the GUI thread in the app);
- peak memory of the measuring process;
- start to window shown through the real start path (app.run_gui: the window
  shows first, the database opens behind it) vs a baseline that imports
  PySide6 and SQLAlchemy and shows an empty window; also reported: until the
  first page of cases is painted, and build_window (database opened before
  the window shows, as tests and embedding use it).
Prints figures, then ONE JSON line with figures and <budget>_ok booleans.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import ROOT, bench_dir, emit, median_ms, ms, peak_rss_mb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BUDGET_PAINT_MS = 150
BUDGET_OP_MS = 100
BUDGET_RATIO = 2.0
BUDGET_MEMORY_MB = 200
BUDGET_START_RATIO = 1.5
OPS = ("filter", "sort", "search_name", "search_phone", "search_contract")


def _self(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), *args]


# --- child: measure inside the real window -------------------------------------------


def bare_sql(today: date, probe: dict[str, str]) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """What each operation costs in SQL alone: the page of 200 rows an expert would ask."""
    cols = "*"
    by_due = "ORDER BY oldest_unpaid_due_on, loan_id LIMIT 200"
    d1 = date.fromordinal(today.toordinal() - 1).isoformat()
    d29 = date.fromordinal(today.toordinal() - 29).isoformat()
    name = probe["name"]
    return {
        "first_page": (f"SELECT {cols} FROM case_state {by_due}", ()),
        "filter": (
            f"SELECT {cols} FROM case_state WHERE oldest_unpaid_due_on <= ? "
            f"AND oldest_unpaid_due_on >= ? {by_due}",
            (d1, d29),
        ),
        "sort": (
            f"SELECT {cols} FROM case_state ORDER BY overdue_fen DESC, loan_id DESC LIMIT 200",
            (),
        ),
        "search_name": (
            f"SELECT {cols} FROM case_state WHERE borrower_name >= ? AND borrower_name < ? {by_due}",
            (name, name + "\uffff"),
        ),
        "search_phone": (
            f"SELECT {cols} FROM case_state WHERE loan_id IN (SELECT loan.id FROM loan JOIN phone "
            f"ON phone.borrower_id = loan.borrower_id WHERE phone.tail4 = ?) {by_due}",
            (probe["tail"],),
        ),
        "search_contract": (
            f"SELECT {cols} FROM case_state WHERE contract_no >= ? AND contract_no < ? {by_due}",
            (probe["contract"], probe["contract"] + "\uffff"),
        ),
    }


def measure(folder: Path, runs: int) -> dict[str, Any]:
    import sqlite3

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QTableView
    from sqlalchemy import event

    from collector_desk.app import build_window
    from collector_desk.services import cases
    from collector_desk.store.db import DB_FILENAME

    out: dict[str, Any] = {}
    t0 = time.perf_counter()
    window = build_window(folder)
    window.show()
    QApplication.processEvents()
    table = window.findChild(QTableView, "caseList")
    table.viewport().repaint()
    out["window_build_ms"] = ms(time.perf_counter() - t0)
    desk = window.desk
    model = table.model()
    today = desk.today()
    raw = sqlite3.connect(folder / DB_FILENAME)
    probe = {
        "name": "张伟",
        "tail": raw.execute("SELECT tail4 FROM phone ORDER BY rowid DESC LIMIT 1").fetchone()[0],
        "contract": raw.execute(
            "SELECT contract_no FROM loan ORDER BY rowid DESC LIMIT 1"
        ).fetchone()[0],
    }
    base = cases.CaseQuery()
    queries = {
        "first_page": base,
        "filter": base.with_(buckets=frozenset({"M1"})),
        "sort": base.with_(sort=cases.SortKey.OVERDUE, descending=True),
        "search_name": base.with_(search=probe["name"]),
        "search_phone": base.with_(search=probe["tail"]),
        "search_contract": base.with_(search=probe["contract"]),
    }
    statements: dict[str, tuple[str, Any]] = {}

    def capture(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, _many: bool) -> None:
        statements["last"] = (statement, params)

    event.listen(desk.db.engine, "before_cursor_execute", capture)
    sql = bare_sql(today, probe)
    other = cases.CaseQuery(buckets=frozenset({"M3"}))
    pool = QThreadPool.globalInstance()

    def drain() -> None:
        """Let the window finish what a change started (counts, the case pane) first."""
        for _ in range(3):
            QApplication.processEvents()
            pool.waitForDone()
        QApplication.processEvents()

    for name, q in queries.items():
        drain()

        def through_service(q: cases.CaseQuery = q) -> None:
            cases.page(desk, q, limit=200)

        out[f"{name}_service_ms"] = median_ms(through_service, runs)
        statement, params = statements["last"]
        plan = raw.execute(f"EXPLAIN QUERY PLAN {statement}", params).fetchall()
        out[f"{name}_plan"] = " | ".join(row[-1] for row in plan)
        bare, args = sql[name]
        out[f"{name}_sql_ms"] = median_ms(lambda b=bare, a=args: raw.execute(b, a).fetchall(), runs)

        def count(q: cases.CaseQuery = q) -> None:
            cases.count(desk, q)

        out[f"{name}_count_ms"] = median_ms(count, max(3, runs // 2))
        laps: list[float] = []
        for _ in range(runs + 1):
            model.set_query(other)  # from another list, as a user changes it
            drain()
            t = time.perf_counter()
            model.set_query(q)
            table.viewport().repaint()
            laps.append(time.perf_counter() - t)
        out[f"{name}_ms"] = ms(statistics.median(laps[1:]))
        out[f"{name}_rows"] = model.rowCount()
    out["probe"] = probe
    out["peak_memory_mb"] = peak_rss_mb()
    raw.close()
    drain()
    return out  # the process ends with os._exit: no teardown races with the window's threads


# --- child: start-up ---------------------------------------------------------------------


def start_app(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from collector_desk.app import build_window

    window = build_window(folder)
    window.show()
    QApplication.processEvents()
    window.findChild(QTableView, "caseList").viewport().repaint()
    print("shown", window.findChild(QTableView, "caseList").model().rowCount(), flush=True)
    os._exit(0)


def start_gui(folder: Path) -> None:
    """The real start (app.run_gui): the window shows first, the database opens behind it."""
    import argparse as _argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from collector_desk.app import ensure_app, run_gui

    app = ensure_app(sys.argv[:1])

    def shown() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if w.isVisible())
        window.repaint()
        print("shown", flush=True)

    def poll() -> None:
        view = next(
            (
                v
                for w in QApplication.topLevelWidgets()
                if (v := w.findChild(QTableView, "caseList"))
            ),
            None,
        )
        if view is not None and view.model() is not None and view.model().rowCount() > 0:
            view.viewport().repaint()
            print("listed", view.model().rowCount(), flush=True)
            os._exit(0)

    QTimer.singleShot(0, shown)  # queued before run_gui's own: the first thing after show
    timer = QTimer(app)
    timer.timeout.connect(poll)
    timer.start(5)
    run_gui(_argparse.Namespace(data_dir=str(folder), database_url=None, lang=None))
    os._exit(1)


def time_gui(folder: Path, runs: int) -> tuple[float, float]:
    """Median milliseconds to the window shown, and to the first page of cases painted."""
    shown, listed = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            _self("--start-gui", str(folder)), stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("shown"):
                shown.append(time.perf_counter() - t0)
            elif line.startswith("listed"):
                listed.append(time.perf_counter() - t0)
                break
        proc.wait(timeout=120)
        if len(listed) != len(shown) or not shown:
            raise RuntimeError("the app did not show its window and cases")
    return ms(statistics.median(shown)), ms(statistics.median(listed))


def start_empty() -> None:
    import sqlalchemy.orm  # noqa: F401
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    w = QWidget()
    w.resize(1366, 768)
    w.show()
    app.processEvents()
    w.repaint()
    print("shown", flush=True)
    os._exit(0)


def time_start(args: list[str], runs: int) -> float:
    laps = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(_self(*args), stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        while line and not line.startswith("shown"):  # skip anything else the app prints
            line = proc.stdout.readline()
        laps.append(time.perf_counter() - t0)
        proc.wait(timeout=120)
        if not line.startswith("shown"):
            raise RuntimeError(f"{args} did not show a window")
    return ms(statistics.median(laps))


# --- parent ---------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--regen", action="store_true", help="generate the database again")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--start-app", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--start-empty", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--start-gui", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    from cases_common import cached_folder, generate, is_ready

    if args.generate:
        print(json.dumps(generate(args.generate, args.cases, date.today())), flush=True)
        return 0
    if args.measure:
        print(json.dumps(measure(args.measure, args.runs), ensure_ascii=False), flush=True)
        os._exit(0)
    if args.start_app:
        start_app(args.start_app)
    if args.start_empty:
        start_empty()
    if args.start_gui:
        start_gui(args.start_gui)

    folder = cached_folder(bench_dir(), args.cases, date.today())
    figures: dict[str, Any] = {"cases": args.cases}
    if args.regen or not is_ready(folder):
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        print(f"generating {args.cases:,} cases in {folder} ...", flush=True)
        done = subprocess.run(
            _self("--cases", str(args.cases), "--generate", str(folder)),
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        figures.update(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"generated in {figures['generate_s']} s", flush=True)
    else:
        print(f"reusing {folder}", flush=True)
    figures["database_mb"] = round((folder / "collector-desk.sqlite").stat().st_size / 2**20, 1)
    done = subprocess.run(
        _self("--runs", str(args.runs), "--measure", str(folder)),
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    plans = {k: measured.pop(k) for k in list(measured) if k.endswith("_plan")}
    figures.update(measured)
    start_runs = max(3, args.runs // 2)
    figures["start_build_window_ms"] = time_start(["--start-app", str(folder)], start_runs)
    figures["start_app_ms"], figures["start_listed_ms"] = time_gui(folder, start_runs)
    figures["start_empty_ms"] = time_start(["--start-empty"], start_runs)

    for name in ("first_page", *OPS):
        print(
            f"{name:16} model {figures[f'{name}_ms']:8.2f} ms  service {figures[f'{name}_service_ms']:8.2f} ms"
            f"  bare SQL {figures[f'{name}_sql_ms']:8.2f} ms  count {figures[f'{name}_count_ms']:8.2f} ms"
            f"  rows {figures[f'{name}_rows']}"
        )
        print(f"{'':16} plan: {plans[f'{name}_plan']}")
    print(
        f"window built and painted {figures['window_build_ms']} ms; peak memory {figures['peak_memory_mb']} MB"
    )
    print(
        f"start to window shown {figures['start_app_ms']} ms (run_gui); first page of cases painted "
        f"{figures['start_listed_ms']} ms; build_window (database opened before show) "
        f"{figures['start_build_window_ms']} ms; empty-window baseline {figures['start_empty_ms']} ms"
    )

    figures["first_paint_ok"] = figures["first_page_ms"] <= BUDGET_PAINT_MS
    for name in OPS:
        # The data path (service: SQL + SQLAlchemy + rows) against the bare SQL, and what
        # the user waits for (model reset + paint) against the absolute budget.
        ratio = figures[f"{name}_service_ms"] / max(figures[f"{name}_sql_ms"], 1e-6)
        figures[f"{name}_ratio"] = round(ratio, 2)
        figures[f"{name}_ok"] = ratio <= BUDGET_RATIO and figures[f"{name}_ms"] <= BUDGET_OP_MS
    figures["memory_ok"] = figures["peak_memory_mb"] <= BUDGET_MEMORY_MB
    figures["start_ratio"] = round(figures["start_app_ms"] / figures["start_empty_ms"], 2)
    figures["start_ok"] = figures["start_ratio"] <= BUDGET_START_RATIO
    emit(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
