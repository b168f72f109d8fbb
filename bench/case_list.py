"""Speed of the case list at a million cases, as the user sees it (issue 9 §6).

    python bench/case_list.py [--cases 1000000] [--runs 5] [--regen] [--features-at-once]

The database (bench/bigdb.py, cached by size) is as of its day, and the child
process runs with COLLECTOR_DESK_TODAY set to it, so nothing is stale and the
start does no day's work. In a fresh process (memory is measured alone):

- the real main window, shown, with the case list tab VISIBLE (the worklist
  would otherwise put "Today" in front and nothing would paint);
- an event filter on the list view's viewport counts QEvent.Paint; each
  action is timed from the user's change to the END of the first paint after
  the model's reset: `painted` is the end of the window's repaint that drew
  the list (what the user sees), `list` the end of the list's own part of it
  (the next widget painted, on an application event filter), `drawn` the
  paint's start (bench/case_list_probe.py);
- actions, each driven through the list's own widgets: first paint at start
  (attach, then the features asked for as the app asks: `install_features_later`,
  once the list has shown its rows and counts, one feature per turn; the later
  actions run once they are in), the first page again (from a filter), a filter
  change (bucket M1),
  a sort (overdue, descending), and searches for a 2-character name, a 4-digit
  phone tail, an ID-number tail and a contract number;
- every statement the window runs for the action is captured (SQLAlchemy's
  before_cursor_execute on the engine) and counted, page and counts apart;
  SQLite's own trace callback counts what bypasses SQLAlchemy too;
- bare SQL is the SERVICE'S OWN STATEMENTS: the statements the case list's
  service calls ran (`cases.page`, `cases.counts`; not what other panes run
  meanwhile, such as Today's plan at the start), re-run with the same
  parameters on a plain sqlite3 connection (counts included);
- GUI stalls: a 2 ms timer records the longest gap between its ticks from the
  moment the action returns until the counts are shown; beside it, `ours`, the
  longest piece of the GUI thread's own work in that time (a delivery of
  workers' results or a paint of the list): a stall much longer than ours is
  the machine's (CPU, GIL), not the window's;
- the GUI thread's CPU time in the list's paint, and the most CPU one piece of
  our GUI work took while the counts ran (`o cpu`): a stall far longer than it
  was waiting, for the GIL or for a core;
- a quiet repaint of the list beside a twin view over a QStandardItemModel of
  the same formatted cells (Qt's own cost of that paint, no Python in it);
- CPU time: the worker's in `cases.page`, the GUI thread's in the delivery that
  reset the model and in the list's paint, and the bare page statement's;
- peak RSS of the process (VmHWM; getrusage where there is no /proc).

Budgets: each action <= 50 ms to painted; the model's overhead (the list drawn
minus the bare page statement; the counts shown minus their bare statements)
<= 1 ms + 2x the bare SQL; no GUI stall > 16 ms while counts run;
peak RSS <= 200 MB. Ends with one JSON line with `case_list_ok` and one
boolean per budget. `case_list_qt_ok` is the reading proposed in docs/data.md:
Qt's repaint of the same cells is a baseline too, and the counts (which start
once the list is drawn) are judged from the list drawn. `overhead_cpu_ok` is the
same in CPU time, which the machine's load does not stretch: the page's read, its
delivery and the list's paint, minus the bare page's CPU and Qt's own paint.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import ROOT, emit, ms  # type: ignore[import-not-found]
from case_list_budgets import ACTIONS, budgets  # type: ignore[import-not-found]
from case_list_probe import (  # type: ignore[import-not-found]
    Probe,
    bare,
    own_peak_rss_mb,
    paint_baseline,
)

# --- child: inside the real window ---------------------------------------------------------


def measure(
    folder: Path, runs: int, gc_freeze: bool = False, at_once: bool = False
) -> dict[str, Any]:
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    from collector_desk.app import WINDOW_SIZE, ensure_app
    from collector_desk.services.context import Desk
    from collector_desk.store.db import DB_FILENAME
    from collector_desk.ui.desk.case_model import Column
    from collector_desk.ui.i18n import apply_font, choose_language, install_translators
    from collector_desk.ui.main_window import MainWindow

    app = ensure_app()
    probe = Probe()

    @event.listens_for(Pool, "connect")
    def _trace(dbapi_conn: Any, _record: Any) -> None:
        if isinstance(dbapi_conn, sqlite3.Connection):
            dbapi_conn.set_trace_callback(probe.on_trace)

    desk = Desk.open(folder)
    # As the app's start opens the database: its worker imports the list's service
    # (and counts the cases) before the window is wired to it.
    import collector_desk.services.cases  # noqa: F401

    @event.listens_for(desk.db.engine, "before_cursor_execute")
    def _capture(_c: Any, _cur: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        probe.on_statement(sql, params)

    language = choose_language(None, desk.setting("language"))
    install_translators(app, language)
    apply_font(app)
    stale = desk.refresh_cases()  # nothing: the data is as of today
    window = MainWindow(lang=language)
    window.resize(*WINDOW_SIZE)
    window.show()
    view = window.case_list
    viewport = view.table.viewport()
    probe.watch(viewport)
    probe.watch_list_service()
    probe.time_deliveries()
    probe.settle()

    out: dict[str, Any] = {"stale_at_start": stale}
    # --- first paint: the panes wired to the open database, the list in front ---
    slices: list[float] = []  # each feature's install, on the GUI thread
    installer = window._installer
    install_one = installer.install_one

    def timed_install(ctx: Any, spec: str) -> None:
        start = time.perf_counter()
        install_one(ctx, spec)
        slices.append(time.perf_counter() - start)

    installer.install_one = timed_install  # type: ignore[method-assign]
    features_in: list[float] = []
    window.features_installed.connect(lambda: features_in.append(time.perf_counter()))
    probe.start_run()
    t0 = time.perf_counter()
    window.attach(desk)
    t_attached = time.perf_counter()
    # As the app starts: the features once the list has shown its rows and counts.
    if at_once:  # diagnosis: the old order, every feature installed here at once
        window.install_features()
    else:
        window.install_features_later()
    t_features = time.perf_counter()
    window.left_tabs.setCurrentWidget(view)
    model = view.model
    assert model is not None
    counted: list[float] = []
    view.counted.connect(lambda _n: counted.append(time.perf_counter()))
    model.modelReset.connect(lambda: setattr(probe, "reset_at", time.perf_counter()))

    def rows_shown() -> float:
        """After this the list's paint draws the first page (not the empty list that
        may paint first, when the tab comes to the front before the rows are in)."""
        return max(t_features, probe.reset_at or t_features)

    probe.wait(
        lambda: (
            probe.reset_at is not None
            and probe.paint_after(rows_shown()) is not None
            and bool(counted)
        )
    )
    arrived, painted = probe.paint_after(rows_shown()) or (0.0, 0.0)
    features_ms = t_features - t_attached  # in the first paint: it only waits now
    out["first_paint_ms"] = ms(painted - t0)
    out["first_paint_start_ms"] = ms(arrived - t0)
    listed = probe.list_paint_after(rows_shown()) or painted
    out["first_paint_list_ms"] = ms(listed - t0)
    out["first_paint_list_cpu_ms"] = ms(probe.list_cpu_after(rows_shown()) or 0.0)
    out["first_paint_page_cpu_ms"] = ms(sum(probe.page_cpu))
    out["first_paint_delivery_cpu_ms"] = ms(probe.delivery_cpu_at(probe.reset_at or 0.0))
    out["attach_ms"] = ms(t_attached - t0)
    reset_at = probe.reset_at if probe.reset_at is not None else t_attached
    out["first_paint_model_ms"] = ms(reset_at - t0)  # the first page is in
    out["install_features_call_ms"] = ms(features_ms)
    out["first_paint_counts_ms"] = ms(counted[0] - t0)
    out["first_paint_stall_ms"] = probe.max_gap_ms(t_features, counted[0])
    out["first_paint_gui_work"], out["first_paint_gui_work_ms"] = probe.longest_work(
        t_features, counted[0]
    )
    out["first_paint_gui_work_cpu_ms"] = probe.most_work_cpu(t_features, counted[0])
    out["first_paint_full_gcs"], out["first_paint_full_gc_ms"] = probe.full_gc_ms(
        t_features, counted[0]
    )
    first_statements = list(probe.statements)
    probe.wait(lambda: bool(features_in))
    out["install_features_ms"] = ms(sum(slices))  # the GUI thread's time in them
    out["install_features_slice_ms"] = ms(max(slices, default=0.0))
    out["features_in_ms"] = ms(features_in[0] - t0)  # from attach
    out["features_after_counts_ms"] = ms(features_in[0] - counted[0] - sum(slices))
    window.left_tabs.setCurrentWidget(view)  # the worklist put "Today" in front
    out["first_paint_queries"] = len(first_statements)
    out["first_paint_list_queries"] = len(probe.list_statements)
    out["first_paint_sqlite_statements"] = len(probe.traced)
    (
        out["first_paint_bare_page_ms"],
        out["first_paint_bare_counts_ms"],
        out["first_paint_bare_page_cpu_ms"],
    ) = bare(folder, list(probe.list_statements), runs)
    probe.settle()
    if gc_freeze:  # diagnosis: what if the app froze its start-up heap (gc.freeze)?
        gc.collect()
        gc.freeze()
    out["gc_freeze"] = gc_freeze

    raw = sqlite3.connect(folder / DB_FILENAME)
    pick = raw.execute(
        "SELECT l.contract_no, b.id_tail, p.tail4 FROM loan l JOIN borrower b ON b.id = "
        "l.borrower_id JOIN phone p ON p.borrower_id = b.id AND p.contact_id IS NULL "
        "ORDER BY l.rowid LIMIT 1 OFFSET ?",
        ((raw.execute("SELECT count(*) FROM loan").fetchone()[0] * 2) // 3,),
    ).fetchone()
    raw.close()
    probe_values = {"name": "张伟", "contract": pick[0], "id_tail": pick[1], "phone_tail": pick[2]}
    out["probe"] = probe_values
    header = view.table.horizontalHeader()
    bucket_m1 = view.bucket.findData("M1")
    bucket_m3 = view.bucket.findData("M3")

    def search(text: str) -> Callable[[], None]:
        def go() -> None:
            view.search.setText(text)
            view._search_timer.stop()  # the debounce's end, without its 250 ms
            view._apply_filters()

        return go

    def default() -> None:
        view.search.setText("")
        view._search_timer.stop()
        view.bucket.setCurrentIndex(0)
        view.promise.setCurrentIndex(0)
        header.setSortIndicator(Column.DPD, Qt.SortOrder.DescendingOrder)
        view._apply_filters()

    # action -> (set the state it starts from, the user's change, does it recount)
    plan: dict[str, tuple[Callable[[], None], Callable[[], None], bool]] = {
        "first_page": (
            lambda: view.bucket.setCurrentIndex(bucket_m3),
            lambda: view.bucket.setCurrentIndex(0),
            True,
        ),
        "filter": (default, lambda: view.bucket.setCurrentIndex(bucket_m1), True),
        "sort": (
            default,
            lambda: header.setSortIndicator(Column.OVERDUE, Qt.SortOrder.DescendingOrder),
            False,
        ),
        "search_name": (default, search(probe_values["name"]), True),
        "search_phone": (default, search(probe_values["phone_tail"]), True),
        "search_id": (default, search(probe_values["id_tail"]), True),
        "search_contract": (default, search(probe_values["contract"]), True),
    }
    for name, (setup, act, recounts) in plan.items():
        laps: dict[str, list[float]] = {
            k: []
            for k in (
                "paint",
                "paint_start",
                "list",
                "list_cpu",
                "model",
                "counts",
                "stall",
                "gui_work",
                "gui_work_cpu",
                "full_gc",
                "page_cpu",
                "delivery_cpu",
            )
        }
        works: list[str] = []
        full_gcs = 0
        statements: list[tuple[bool, str, Any]] = []
        traced = paints = 0
        for _ in range(runs + 1):  # the first run warms, as a user's second look would
            setup()
            probe.settle()
            probe.start_run()
            counted.clear()
            t0 = time.perf_counter()
            act()
            t_ret = time.perf_counter()
            probe.wait(
                lambda recounts=recounts: (
                    probe.reset_at is not None
                    and probe.paint_after(probe.reset_at) is not None
                    and (bool(counted) or not recounts)
                )
            )
            probe.settle()
            assert probe.reset_at is not None
            arrived, paint = probe.paint_after(probe.reset_at) or (0.0, 0.0)
            end = counted[0] if counted else paint
            laps["paint"].append(paint - t0)
            laps["paint_start"].append(arrived - t0)
            laps["list"].append((probe.list_paint_after(probe.reset_at) or paint) - t0)
            laps["list_cpu"].append(probe.list_cpu_after(probe.reset_at) or 0.0)
            laps["page_cpu"].append(sum(probe.page_cpu))
            laps["delivery_cpu"].append(probe.delivery_cpu_at(probe.reset_at))
            laps["model"].append(probe.reset_at - t0)
            laps["counts"].append(end - t0)
            laps["stall"].append(probe.max_gap_ms(t_ret, end) / 1000)
            what, longest = probe.longest_work(t_ret, end)
            laps["gui_work"].append(longest / 1000)
            laps["gui_work_cpu"].append(probe.most_work_cpu(t_ret, end) / 1000)
            works.append(what)
            n_gc, longest_gc = probe.full_gc_ms(t_ret, end)
            laps["full_gc"].append(longest_gc / 1000)
            full_gcs += n_gc
            statements = list(probe.statements)
            own = list(probe.list_statements)
            traced, paints = len(probe.traced), len(probe.paints)
        for key, values in laps.items():
            out[f"{name}_{key}_ms"] = ms(statistics.median(values[1:]))
        out[f"{name}_stall_ms"] = ms(max(laps["stall"][1:]))
        out[f"{name}_gui_work_ms"] = ms(max(laps["gui_work"][1:]))
        out[f"{name}_gui_work_cpu_ms"] = ms(max(laps["gui_work_cpu"][1:]))
        out[f"{name}_gui_work"] = works[1 + max(range(runs), key=lambda i: laps["gui_work"][1 + i])]
        out[f"{name}_full_gc_ms"] = ms(max(laps["full_gc"][1:]))
        out[f"{name}_full_gcs"] = full_gcs
        out[f"{name}_rows"] = model.rowCount()
        out[f"{name}_queries"] = len(statements)
        out[f"{name}_page_queries"] = sum(1 for is_page, _, _ in statements if is_page)
        out[f"{name}_sqlite_statements"] = traced
        out[f"{name}_paints"] = paints
        out[f"{name}_list_queries"] = len(own)
        (
            out[f"{name}_bare_page_ms"],
            out[f"{name}_bare_counts_ms"],
            out[f"{name}_bare_page_cpu_ms"],
        ) = bare(folder, own, runs)
        out[f"{name}_statements"] = [s for _, s, _ in statements]
    default()
    probe.settle()
    out.update(paint_baseline(view.table, model, max(15, 5 * runs)))
    probe.settle()
    out["peak_rss_mb"] = own_peak_rss_mb()
    out["gc_tracked_objects"] = len(gc.get_objects())
    out["load_avg_1m"] = round(os.getloadavg()[0], 2)
    window.close()
    QApplication.processEvents()
    return out  # the process ends with os._exit: no teardown races with the window's threads


# --- parent -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--regen", action="store_true", help="generate the database again")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--statements", action="store_true", help="print each action's SQL")
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="diagnosis: gc.freeze() after start-up, to see the stalls full collections cause",
    )
    parser.add_argument(
        "--features-at-once",
        action="store_true",
        help="diagnosis: install the features at once after attach (the order before session 8)",
    )
    args = parser.parse_args()
    if args.measure:
        found = measure(args.measure, args.runs, args.gc_freeze, args.features_at_once)
        print(json.dumps(found, ensure_ascii=False), flush=True)
        os._exit(0)

    from bigdb import DAY, ensure  # type: ignore[import-not-found]

    folder, generated = ensure(args.cases, regen=args.regen)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "COLLECTOR_DESK_TODAY": DAY.isoformat(),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, __file__, "--runs", str(args.runs), "--measure", str(folder)]
        + (["--gc-freeze"] if args.gc_freeze else [])
        + (["--features-at-once"] if args.features_at_once else []),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit("the measuring process failed")
    f: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    statements = {
        k: f.pop(k) for k in list(f) if k.endswith("_statements") and isinstance(f[k], list)
    }
    f["cases"] = args.cases
    f["generate_s"] = generated.get("generate_s")
    f["database_mb"] = round((folder / "collector-desk.sqlite").stat().st_size / 2**20, 1)
    ok = budgets(f)

    print(f"{'action':16} {'painted':>8} {'list':>6} {'cpu':>5} {'drawn':>6} {'reset':>6} "
          f"{'bare pg':>8} {'overhd':>7} {'vs qt':>6} {'cpu ov':>6} {'c lim':>5} {'limit':>6} {'counts':>8} {'bare ct':>8} "
          f"{'ct ovh':>6} {'stall':>6} {'ours':>5} {'o cpu':>5} {'full gc':>7} {'queries':>8} "
          "rows")  # fmt: skip
    for n in ("first_paint", *ACTIONS):
        paint = f["first_paint_ms"] if n == "first_paint" else f[n + "_paint_ms"]
        reset = f[n + "_model_ms"] if n != "first_paint" else f["first_paint_model_ms"]
        start = f["first_paint_start_ms"] if n == "first_paint" else f[n + "_paint_start_ms"]
        listed = f["first_paint_list_ms"] if n == "first_paint" else f[n + "_list_ms"]
        print(f"{n:16} {paint:8.1f} {listed:6.1f} {f[n + '_list_cpu_ms']:5.1f} {start:6.1f} "
              f"{reset:6.1f} {f[n + '_bare_page_ms']:8.2f} {f[n + '_overhead_ms']:7.1f} "
              f"{f[n + '_overhead_qt_ms']:6.1f} {f[n + '_overhead_cpu_ms']:6.2f} "
              f"{f[n + '_overhead_limit_ms']:6.1f} "
              f"{f[n + '_counts_ms']:8.1f} {f[n + '_bare_counts_ms']:8.2f} "
              f"{f[n + '_counts_overhead_qt_ms']:6.1f} {f[n + '_stall_ms']:6.1f} "
              f"{f[n + '_gui_work_ms']:5.1f} {f[n + '_gui_work_cpu_ms']:5.1f} "
              f"{f[n + '_full_gc_ms']:7.1f} "
              f"{f[n + '_queries']:8d} {f.get(n + '_rows', '')}")  # fmt: skip
        if args.statements:
            for sql in statements.get(f"{n}_statements", []):
                print("    " + " ".join(sql.split())[:300])
    print("painted: to the end of the window's repaint that first drew the list after the "
          "reset; list: to the end of the list's own part of it; drawn: to its start; reset: "
          "to the model's reset; overhd: list - bare pg; stall: the GUI thread's longest gap "
          "until the counts are shown; ours: the longest delivery or list paint in it")  # fmt: skip
    print(f"a quiet repaint of {f['repaint_cells']} cells: the list {f['repaint_list_ms']} ms "
          f"({f['repaint_list_cpu_ms']} CPU), a QStandardItemModel of the same cells "
          f"{f['repaint_qt_ms']} ms ({f['repaint_qt_cpu_ms']} CPU); cpu: the list's paint's "
          "GUI-thread CPU; vs qt: list - bare pg - the QStandardItemModel's repaint; ct ovh: "
          "counts - list - bare ct; o cpu: the most GUI-thread CPU one piece of ours took; "
          "cpu ov: CPU of the page's read + its delivery + the list's paint - bare pg's CPU - "
          "the QStandardItemModel's repaint CPU, c lim its limit (1 ms + 2x bare pg's CPU)")  # fmt: skip
    print(f"install_features {f['install_features_ms']} ms in {f['features_in_ms']} ms from "
          f"attach, after the counts, the longest feature "
          f"{f['install_features_slice_ms']} ms; "
          f"peak RSS {f['peak_rss_mb']} MB; database {f['database_mb']} MB")  # fmt: skip
    emit({**f, **ok})
    return 0


if __name__ == "__main__":
    sys.exit(main())
