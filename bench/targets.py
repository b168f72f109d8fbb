"""The Targets tab's load at scale (issue 13 §1): the month's figures of the team.

    python bench/targets.py [--cases 1000000] [--calls-per-case 5] [--runs 3]

The cases come from bench/bigdb.py (cached by size); a copy gets a team of 20
collectors, every loan assigned to one (the assignment register), calls spread
over February and March up to the data's day (5 per case by default: 5M calls at
1M cases), one promise in four of them, and a target per collector. That copy is
cached too (keyed by the size and this script's DATA_VERSION).

What is timed, as of the data's day (COLLECTOR_DESK_TODAY):
- `services.targets.report(desk, month)`: what the tab's worker runs, end to end;
- the bare SQL: the statements that call ran, captured on the engine
  (before_cursor_execute) and re-run with the same parameters on a plain sqlite3
  connection; the difference is what Python adds.

Budget: the report <= 1 s (at 1M cases and 5M calls). Ends with one JSON line of
figures and `targets_ok`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bigdb  # type: ignore[import-not-found]
from bench_common import bench_dir, emit, ms, peak_rss_mb  # type: ignore[import-not-found]

BUDGET_MS = 1000.0
DATA_VERSION = 1
TEAM = 20
MONTH = "2026-03"
DISPOSITIONS = (
    ("no_answer", 40),
    ("phone_off", 10),
    ("rpc_no_promise", 25),
    ("promise", 15),
    ("refused", 5),
    ("third_party", 5),
)


def _stamp(day_ordinal: int, seconds: int) -> str:
    from datetime import date

    d = date.fromordinal(day_ordinal)
    h, rest = divmod(seconds, 3600)
    return f"{d.isoformat()}T{h:02d}:{rest // 60:02d}:{rest % 60:02d}.000000Z"


def enrich(folder: Path, cases: int, calls_per_case: int, seed: int = 13) -> dict[str, Any]:
    """Collectors, assignments, calls and targets on a copy of the case database."""
    from datetime import date

    from collector_desk.store.db import DB_FILENAME

    started = time.perf_counter()
    rng = random.Random(seed)
    db = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-262144"):
        db.execute(f"PRAGMA {pragma}")
    origin, hlc = db.execute("SELECT origin, hlc FROM loan LIMIT 1").fetchone()
    team = [f"T{i:03d}" for i in range(1, TEAM + 1)]
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO collector (id, name, role, hlc, origin) VALUES (?, ?, 'collector', ?, ?)",
        [(c, f"催收员{i + 1}", hlc, origin) for i, c in enumerate(team)],
    )
    db.executemany(
        "INSERT INTO collector_target (id, collector_id, month, amount_fen, kept_rate_pct, "
        "set_by, hlc, origin) VALUES (?, ?, ?, ?, 80, 'bench', ?, ?)",
        [(f"{c}/{MONTH}", c, MONTH, cases * 4_000, hlc, origin) for c in team],
    )
    loans = [r[0] for r in db.execute("SELECT id FROM loan")]
    db.executemany(
        "INSERT INTO register (entity, entity_id, field, value, hlc, origin, prev_hlc) "
        "VALUES ('loan', ?, 'assigned_to', ?, ?, ?, '')",
        [(loan, f'"{team[i % TEAM]}"', hlc, origin) for i, loan in enumerate(loans)],
    )
    db.execute("COMMIT")
    kinds = [d for d, _ in DISPOSITIONS]
    weights = [w for _, w in DISPOSITIONS]
    first = date(2026, 2, 1).toordinal()
    span = bigdb.DAY.toordinal() - first + 1
    bits = rng.getrandbits
    made = 0
    chunk: list[tuple[Any, ...]] = []
    promises: list[tuple[Any, ...]] = []

    def flush() -> None:
        db.execute("BEGIN")
        db.executemany(
            "INSERT INTO call (id, created_at, collector_id, workstation_id, loan_id, "
            "disposition, objections, third_party, last_step, note, flagged, overdue_reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 9, '', '', ?)",
            chunk,
        )
        db.executemany(
            "INSERT INTO promise (id, created_at, collector_id, workstation_id, loan_id, "
            "call_id, made_on, promised_on, amount_fen, method, account, part_payment) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 50000, 'bank_transfer', 'bench', 0)",
            promises,
        )
        db.execute("COMMIT")
        chunk.clear()
        promises.clear()

    for i, loan in enumerate(loans):
        who = team[i % TEAM]
        for disp in rng.choices(kinds, weights, k=calls_per_case):
            day = first + rng.randrange(span)
            h = f"{bits(128):032x}"
            cid = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
            stamp = _stamp(day, 3600 + rng.randrange(9 * 3600))
            objection = rng.choice("ABCDEFG") if disp in ("promise", "refused") else ""
            reason = rng.choice(("forgot", "business", "waiting_income")) if objection else None
            chunk.append((cid, stamp, who, origin, loan, disp, objection, reason))
            if disp == "promise":
                made_on = date.fromordinal(day)
                promised = date.fromordinal(day + rng.randint(0, 5))
                promises.append(
                    (cid.replace("-4", "-5", 1), stamp, who, origin, loan, cid, made_on, promised)
                )
            made += 1
        if len(chunk) >= 200_000:
            flush()
    flush()
    db.execute("ANALYZE")
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    return {"calls": made, "enrich_s": round(time.perf_counter() - started, 1)}


def prepared(cases: int, calls_per_case: int) -> tuple[Path, dict[str, Any]]:
    source, generated = bigdb.ensure(cases)
    folder = bench_dir() / f"targets-{source.name}-c{calls_per_case}-v{DATA_VERSION}"
    info: dict[str, Any] = {"generate_s": generated.get("generate_s")}
    ready = folder / "READY"
    if ready.exists():
        with contextlib.suppress(ValueError):
            info.update(json.loads(ready.read_text()))
        return folder, info
    shutil.rmtree(folder, ignore_errors=True)
    bigdb.copy_of(source, folder)
    info.update(enrich(folder, cases, calls_per_case))
    ready.write_text(json.dumps(info))
    return folder, info


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--calls-per-case", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder, info = prepared(args.cases, args.calls_per_case)
    os.environ["COLLECTOR_DESK_TODAY"] = bigdb.DAY.isoformat()

    from sqlalchemy import event

    from collector_desk.services import targets
    from collector_desk.services.context import Desk
    from collector_desk.store.db import DB_FILENAME

    desk = Desk.open(folder)
    captured: list[tuple[str, Any]] = []

    @event.listens_for(desk.db.engine, "before_cursor_execute")
    def _capture(_c: Any, _cur: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        captured.append((sql, params))

    rep = targets.report(desk, MONTH)  # warm: the page cache, the statement cache
    runs = []
    for _ in range(args.runs):
        captured.clear()
        t0 = time.perf_counter()
        rep = targets.report(desk, MONTH)
        runs.append(time.perf_counter() - t0)
    statements = list(captured)
    desk.close()

    bare_runs = []
    plain = sqlite3.connect(folder / DB_FILENAME)
    for _ in range(args.runs):
        t0 = time.perf_counter()
        for sql, params in statements:
            if sql.lstrip().upper().startswith("SELECT"):
                plain.execute(sql, params).fetchall()
        bare_runs.append(time.perf_counter() - t0)
    plain.close()
    report_ms = ms(statistics.median(runs))
    bare_ms = ms(statistics.median(bare_runs))
    doc = rep.to_json()
    team = doc["team"]
    figures = {
        "cases": args.cases,
        "calls": info.get("calls"),
        "report_ms": report_ms,
        "bare_sql_ms": bare_ms,
        "python_ms": round(report_ms - bare_ms, 2),
        "statements": len(statements),
        "collectors": len(doc["collectors"]),
        "team_calls": team["calls"],
        "team_contact_rate": team["contact_rate"]["rate"],
        "team_ptp_rate": team["ptp_rate"]["rate"],
        "team_kept_rate": team["kept_rate"]["rate"],
        "roll_c_m1": doc["flows"][0]["by_count"]["rate"],
        "cure_rate": doc["cure"]["by_count"]["rate"],
        "peak_rss_mb": peak_rss_mb(),
        "budget_ms": BUDGET_MS,
        "targets_ok": report_ms <= BUDGET_MS,
        **{k: v for k, v in info.items() if k.endswith("_s")},
    }
    emit(figures)
    return 0 if figures["targets_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
