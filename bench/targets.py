"""The Targets tab's load at scale (issue 13 §1): the month's figures of the team.

    python bench/targets.py [--cases 1000000] [--calls-per-case 5] [--runs 3]
                            [--rebuild] [--from-facts]

The cases come from bench/bigdb.py (cached by size); a copy gets a team of 20
collectors, every loan assigned to one (the assignment register), calls spread
over February and March up to the data's day (5 per case by default: 5M calls at
1M cases), one promise in four of them, and a target per collector. That copy is
cached too (keyed by the size, the schema and this script's DATA_VERSION). When
the schema changed since, an earlier enriched copy is copied and upgraded (the
migrations only add tables and indexes) instead of regenerated.

What is timed, as of the data's day (COLLECTOR_DESK_TODAY):
- with `--rebuild` (or when the copy has no totals yet): the totals counted from
  facts after `target_counts.rebuild`, i.e. the first report after a rebuild;
- `services.targets.report(desk, month)`: what the tab's worker runs, end to end,
  once the totals are stored (closed days and flow windows read, today counted);
- the bare SQL: the statements that call ran, captured on the engine
  (before_cursor_execute) and re-run with the same parameters on a plain sqlite3
  connection; the difference is what Python adds;
- with `--from-facts`: the same figures counted straight from facts (15 min at 1M
  cases: six months of flows), and a check that they equal the totals' figures;
- with `--arrivals`, on a scratch copy (deleted after): the report after 200 calls
  and 50 payments of today arrive, then a call dated 3 days back, then a payment
  dated 11 days back (what a bundle brings).

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


def _older_copy(cases: int, calls_per_case: int, folder: Path) -> Path | None:
    """An enriched database made under an earlier schema (its name carries the
    migrations' fingerprint): copied and upgraded instead of regenerated (~40 min)."""
    pattern = (
        f"targets-big-{cases}-{bigdb.DAY.isoformat()}-v{bigdb.VERSION}-*"
        f"-c{calls_per_case}-v{DATA_VERSION}"
    )
    found = [p for p in bench_dir().glob(pattern) if p != folder and (p / "READY").exists()]
    return max(found, key=lambda p: (p / "READY").stat().st_mtime) if found else None


def prepared(cases: int, calls_per_case: int) -> tuple[Path, dict[str, Any]]:
    from collector_desk.store.db import DB_FILENAME, make_engine, migrate, sqlite_url

    folder = (
        bench_dir() / f"targets-{bigdb.folder_for(cases).name}-c{calls_per_case}-v{DATA_VERSION}"
    )
    info: dict[str, Any] = {}
    ready = folder / "READY"
    if ready.exists():
        with contextlib.suppress(ValueError):
            info.update(json.loads(ready.read_text()))
        return folder, info
    older = _older_copy(cases, calls_per_case, folder)
    if older is not None and not (folder / DB_FILENAME).exists():
        started = time.perf_counter()
        shutil.rmtree(folder, ignore_errors=True)
        bigdb.copy_of(older, folder)
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(older / "workstation.json", folder / "workstation.json")
        info["copy_s"] = round(time.perf_counter() - started, 1)
    if older is not None:
        with contextlib.suppress(ValueError):
            info.update(json.loads((older / "READY").read_text()))
        info["upgraded_from"] = older.name
        started = time.perf_counter()
        engine = make_engine(sqlite_url(folder / DB_FILENAME))
        migrate(engine)  # no backup copy: this is a bench cache
        engine.dispose()
        info["upgrade_s"] = round(time.perf_counter() - started, 1)
    else:
        source, generated = bigdb.ensure(cases)
        info["generate_s"] = generated.get("generate_s")
        shutil.rmtree(folder, ignore_errors=True)
        bigdb.copy_of(source, folder)
        info.update(enrich(folder, cases, calls_per_case))
    ready.write_text(json.dumps(info))
    return folder, info


def arrivals(folder: Path) -> dict[str, float]:
    """On a scratch copy: the report after facts arrive (today's, then back-dated ones,
    as the app and a bundle bring them), each after the totals were up to date."""
    from datetime import UTC, date, datetime

    from sqlalchemy import select

    from collector_desk.services import targets
    from collector_desk.services.context import Desk, new_id
    from collector_desk.store.models import Call, Loan, Payment

    work = bench_dir() / "targets-arrivals-work"
    shutil.rmtree(work, ignore_errors=True)
    bigdb.copy_of(folder, work)
    with contextlib.suppress(FileNotFoundError):
        shutil.copyfile(folder / "workstation.json", work / "workstation.json")
    out: dict[str, float] = {}
    desk = Desk.open(work)
    try:
        targets.report(desk, MONTH)

        def timed(label: str) -> None:
            t0 = time.perf_counter()
            targets.report(desk, MONTH)
            out[label] = ms(time.perf_counter() - t0)

        with desk.read() as s:
            loans = list(s.scalars(select(Loan.id).limit(200)))
        now = datetime.combine(bigdb.DAY, datetime.min.time(), UTC).replace(hour=3)

        def fact(kind: Any, loan: str, at: datetime, **kw: Any) -> Any:
            return kind(id=new_id(), created_at=at, collector_id="T001",
                        workstation_id="bench", loan_id=loan, **kw)  # fmt: skip

        with desk.unit() as s:
            for i, loan in enumerate(loans):
                s.add(fact(Call, loan, now, disposition="no_answer"))
                if i % 4 == 0:
                    s.add(fact(Payment, loan, now, paid_on=bigdb.DAY, amount_fen=10_000,
                               channel="app"))  # fmt: skip
        timed("arrived_today_ms")  # 200 calls and 50 payments of today
        with desk.unit() as s:
            s.add(fact(Call, loans[0], now.replace(day=now.day - 3), disposition="refused"))
        timed("arrived_call_3_days_back_ms")
        with desk.unit() as s:
            s.add(fact(Payment, loans[1], now, paid_on=date(2026, 3, 2), amount_fen=10_000,
                       channel="other"))  # fmt: skip
        timed("arrived_payment_11_days_back_ms")
    finally:
        desk.close()
        shutil.rmtree(work, ignore_errors=True)
    return out


def _has_totals(desk: Any) -> bool:
    from sqlalchemy import func, select

    from collector_desk.store.target_tables import BUILT

    with desk.read() as s:
        return bool(s.scalar(select(func.count()).select_from(BUILT)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--calls-per-case", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true", help="time the totals build too")
    parser.add_argument(
        "--from-facts", action="store_true", help="also count from facts (slow) and compare"
    )
    parser.add_argument(
        "--arrivals",
        action="store_true",
        help="on a scratch copy: the report after today's and back-dated facts arrive",
    )
    args = parser.parse_args()
    folder, info = prepared(args.cases, args.calls_per_case)
    os.environ["COLLECTOR_DESK_TODAY"] = bigdb.DAY.isoformat()

    from sqlalchemy import event

    from collector_desk.services import target_counts, targets
    from collector_desk.services.context import Desk
    from collector_desk.store.db import DB_FILENAME

    desk = Desk.open(folder)
    captured: list[tuple[str, Any]] = []

    @event.listens_for(desk.db.engine, "before_cursor_execute")
    def _capture(_c: Any, _cur: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        captured.append((sql, params))

    build_s = None
    if args.rebuild or not _has_totals(desk):
        target_counts.rebuild(desk)
        t0 = time.perf_counter()
        rep = targets.report(desk, MONTH)  # counts every missing period, then reads
        build_s = round(time.perf_counter() - t0, 1)
        print(f"totals built from facts in {build_s} s", file=sys.stderr)
    rep = targets.report(desk, MONTH)  # warm: the page cache, the statement cache
    runs = []
    for _ in range(args.runs):
        captured.clear()
        t0 = time.perf_counter()
        rep = targets.report(desk, MONTH)
        runs.append(time.perf_counter() - t0)
    statements = list(captured)
    from_facts_ms = None
    if args.from_facts:
        t0 = time.perf_counter()
        slow = targets.report(desk, MONTH, from_facts=True)
        from_facts_ms = ms(time.perf_counter() - t0)
        assert slow.to_json() == rep.to_json(), "the totals disagree with the facts"
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
    arrived = arrivals(folder) if args.arrivals else {}
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
        "from_facts_ms": from_facts_ms,
        "totals_build_s": build_s,
        **arrived,
        "roll_trend_c_m1": [m["flows"][0]["by_count"]["rate"] for m in doc["flow_trend"]],
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
        **{k: v for k, v in info.items() if k.endswith("_s") or k == "upgraded_from"},
    }
    emit(figures)
    return 0 if figures["targets_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
