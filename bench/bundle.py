"""Speed of sync bundles (issue #3 §6): export + import of 100,000 facts against
the raw work of serialising the same rows and inserting them bare.

    .venv/bin/python bench/bundle.py [--facts 100000] [--loans 5000] [--runs 3]

The scene: a supervisor's workstation that already has the team's cases receives
one collector's bundle of new facts (calls, dial attempts, notes, promises).
- ours: `export_bundle` on the collector's database (select, serialise, compress,
  sign, write atomically, mark as exported; one transaction) + `import_bundle` on
  the supervisor's (verify, unpack, check every value and the clashes, then in
  steps of about 5,000 rows: skip known ids, check parents, insert, bring the touched
  loans' case_state up to date, journal; audit).
- baseline: select the same rows with sqlite3 (the four fact tables, this
  collector's rows: what the bundle carries but for one or two audit records),
  `json.dumps` them to a file, read it back, `json.loads`, and insert them into the
  same tables of a copy of the same supervisor database (same indexes, triggers and
  foreign keys), one commit (SQLite's default FULL sync, as our import's last
  commit). The insert is the fastest bare one we know, the one our import uses:
  many rows per INSERT statement (one statement per row, `executemany`, is about
  twice as slow on these tables: SQLite journals every page a statement changes).
Both run in this one process, as the window runs them: the heap alive after start-up
frozen out of the cyclic collector (`ui.ops.freeze_gc`), and each measurement
starting with no garbage left by the one before (`gc.collect()`), so neither pays for
the other's full collection.

Budget: ours <= 1.5 x baseline (medians). Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bench_common import bench_dir, emit

from collector_desk.exchange.bundle_in import import_bundle
from collector_desk.exchange.bundle_out import export_bundle
from collector_desk.exchange.synctables import by_name
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services.context import Desk, new_id
from collector_desk.services.portfolio import CaseRecord, ContactRecord, add_cases
from collector_desk.store.db import DB_FILENAME

TODAY = date(2026, 3, 16)
KEY = TeamKey(b"b" * 32)
FACTS = ("call", "contact_attempt", "note", "promise")
SHARE = {"call": 0.45, "contact_attempt": 0.35, "note": 0.1, "promise": 0.1}


def _records(loans: int) -> list[CaseRecord]:
    from collector_desk.domain.idnumber import id_check_char

    out = []
    for n in range(loans):
        first17 = f"310101198{n % 10}0{1 + n % 9}1{n % 10}{n % 1000:03d}"
        out.append(
            CaseRecord(
                contract_no=f"BENCH{n:07d}",
                name="王小明",
                id_number=first17 + id_check_char(first17),
                phones=(f"139{n:08d}",),
                disbursed_on=date(2025, 1 + n % 12, 1 + n % 28),
                principal_fen=2_400_000,
                instalment_count=12,
                instalment_fen=220_000,
                contacts=(ContactRecord("李华", "sibling", (f"137{n:08d}",)),),
            )
        )
    return out


def _facts(desk: Desk, loans: list[str], total: int, rng: random.Random) -> None:
    """Write `total` facts as a collector's day would: raw inserts, this workstation."""
    tables = by_name()
    ws, who = desk.workstation_id, desk.collector_id
    stamp = "2026-03-16T02:{:02d}:{:02d}.000000Z"
    with desk.unit() as s:
        db = s.connection().connection.driver_connection
        calls: list[str] = []
        for name in FACTS:
            table = tables[name]
            rows = []
            for i in range(int(total * SHARE[name])):
                loan = loans[rng.randrange(len(loans))]
                base = {
                    "id": new_id(),
                    "created_at": stamp.format(i // 60 % 60, i % 60),
                    "collector_id": who,
                    "workstation_id": ws,
                    "loan_id": loan,
                }
                if name == "call":
                    row = {
                        **base,
                        "phone_id": None,
                        "contact_id": None,
                        "started_at": base["created_at"],
                        "ended_at": base["created_at"],
                        "disposition": "no_answer",
                        "overdue_reason": None,
                        "objections": "",
                        "third_party": 0,
                        "last_step": 2,
                        "note": "无人接听，稍后再拨",
                        "flagged": "",
                    }
                    calls.append(row["id"])
                elif name == "contact_attempt":
                    row = {
                        **base,
                        "phone_id": None,
                        "channel": "call",
                        "answered": 0,
                        "outcome": "no_answer",
                        "at": base["created_at"],
                        "duration_s": 0,
                        "override_id": None,
                    }
                elif name == "note":
                    row = {**base, "body": "客户称月底发工资后还款", "flagged": ""}
                else:
                    row = {
                        **base,
                        "call_id": calls[i % len(calls)] if calls else None,
                        "made_on": "2026-03-16",
                        "promised_on": "2026-03-20",
                        "amount_fen": 220_000,
                        "method": "bank_transfer",
                        "account": "招商银行 6214830100001234",
                        "part_payment": 0,
                    }
                rows.append(tuple(row.get(c) for c in table.columns))
            db.executemany(_insert(table), rows)


def _select(table: Any) -> str:
    """The bare statement: every column of a sync table, in its order."""
    return f'SELECT {", ".join(chr(34) + c + chr(34) for c in table.columns)} FROM "{table.name}"'


def _insert(table: Any) -> str:
    names = ", ".join(f'"{c}"' for c in table.columns)
    return f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(table.columns))})'


def _insert_bare(db: sqlite3.Connection, table: Any, rows: list[Any]) -> None:
    """Rows into a table, many per INSERT statement (up to SQLite's variable limit)."""
    per = min(1000, db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(table.columns))
    one = f"({', '.join('?' * len(table.columns))})"
    head = _insert(table).split(" VALUES ", 1)[0]
    for start in range(0, len(rows), per):
        part = rows[start : start + per]
        db.execute(f"{head} VALUES {', '.join([one] * len(part))}", [v for r in part for v in r])


def _open(folder: Path) -> Desk:
    now = datetime(2026, 3, 16, 12, tzinfo=UTC)
    return Desk.open(folder, today=lambda: TODAY, now=lambda: now)


def _prepare(root: Path, facts: int, loans: int) -> tuple[Path, Path]:
    """base: the team's cases on the supervisor; collector: same cases + the facts."""
    tag = root / f"bundle-{facts}-{loans}"
    collector, supervisor = tag / "collector", tag / "supervisor"
    if (tag / "ready").exists():
        return collector, supervisor
    shutil.rmtree(tag, ignore_errors=True)
    sup = _open(supervisor)
    sup.set_settings(collector_id="S01", role="supervisor")
    ids = list(add_cases(sup, _records(loans)).loan_ids)
    export_bundle(sup, tag / "cases.cdb", KEY, kind="all")
    sup.close()
    col = _open(collector)
    col.set_settings(collector_id="C01")
    import_bundle(col, tag / "cases.cdb", KEY)
    export_bundle(col, tag / "first.cdb", KEY)  # marks its own import record as sent
    _facts(col, ids, facts, random.Random(3))
    col.close()
    (tag / "ready").write_text("ok")
    return collector, supervisor


def _copy(src: Path, dst: Path) -> Path:
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("backups"))
    return dst


REBUILD: list[float] = []  # per import: the time its steps spent on case_state


def _timed_rebuild() -> None:
    """Measure, inside the real import, the part that brings case_state up to date."""
    from collector_desk.exchange.bundle_apply import StepWork

    original = StepWork.settle_cases

    def settle(self: StepWork, *args: Any, **kw: Any) -> None:
        start = time.perf_counter()
        try:
            original(self, *args, **kw)
        finally:
            REBUILD[-1] += time.perf_counter() - start

    StepWork.settle_cases = settle  # type: ignore[method-assign]


CPU: dict[str, list[float]] = {
    "ours": [],
    "baseline": [],
    "executemany": [],
}  # process time, load-proof-ish


def ours(collector: Path, supervisor: Path, work: Path) -> tuple[float, float, int, int]:
    col, sup = _open(_copy(collector, work / "c")), _open(_copy(supervisor, work / "s"))
    gc.collect()  # no garbage of the run before
    try:
        # Open as the baseline's connections are (and as a running app's desk is): the
        # first read of a new Desk (its connection and settings) is not part of the work.
        assert col.collector_id == "C01" and sup.collector_id == "S01"
        REBUILD.append(0.0)
        c0, t0 = time.process_time(), time.perf_counter()
        out = export_bundle(col, work / "day.cdb", KEY)
        t1 = time.perf_counter()
        got = import_bundle(sup, work / "day.cdb", KEY)
        t2 = time.perf_counter()
        CPU["ours"].append(time.process_time() - c0)
    finally:
        col.close()
        sup.close()
    added = sum(v for k, v in got.added.items() if k in FACTS)
    return t1 - t0, t2 - t1, out.size, added


def baseline(
    collector: Path, supervisor: Path, work: Path, *, one_per_row: bool = False
) -> tuple[float, float]:
    """(serialise, insert) seconds; `one_per_row`: insert by `executemany` instead."""
    src = sqlite3.connect(_copy(collector, work / "c") / DB_FILENAME)
    dst = sqlite3.connect(_copy(supervisor, work / "s") / DB_FILENAME)
    dst.execute("PRAGMA foreign_keys=ON")  # as the app's connections have it
    tables = by_name()
    gc.collect()  # no garbage of the run before
    try:
        c0, t0 = time.process_time(), time.perf_counter()
        doc = {
            name: src.execute(_select(tables[name]) + " WHERE collector_id = 'C01'").fetchall()
            for name in FACTS
        }
        (work / "raw.json").write_bytes(
            json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        )
        t1 = time.perf_counter()
        back = json.loads((work / "raw.json").read_bytes())
        for name in FACTS:
            if one_per_row:
                dst.executemany(_insert(tables[name]), back[name])
            else:
                _insert_bare(dst, tables[name], back[name])
        dst.commit()
        t2 = time.perf_counter()
        CPU["executemany" if one_per_row else "baseline"].append(time.process_time() - c0)
    finally:
        src.close()
        dst.close()
    return t1 - t0, t2 - t1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--loans", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = bench_dir()
    t = time.perf_counter()
    collector, supervisor = _prepare(root, args.facts, args.loans)
    print(f"data ready in {time.perf_counter() - t:.1f}s under {collector.parent}")
    work = root / "bundle-work"
    work.mkdir(exist_ok=True)
    _timed_rebuild()
    gc.collect()
    gc.freeze()  # as the window does once it is wired (ui.ops.freeze_gc)
    mine, base, per_row = [], [], []
    size = added = 0
    for run in range(args.runs):
        exp, imp, size, added = ours(collector, supervisor, work)
        ser, ins = baseline(collector, supervisor, work)
        ser1, ins1 = baseline(collector, supervisor, work, one_per_row=True)
        mine.append(exp + imp)
        base.append(ser + ins)
        per_row.append(ser1 + ins1)
        print(
            f"run {run + 1}: export {exp:.3f}s + import {imp:.3f}s = {exp + imp:.3f}s | "
            f"baseline serialise {ser:.3f}s + insert {ins:.3f}s = {ser + ins:.3f}s | "
            f"with executemany {ser1 + ins1:.3f}s"
        )
    ours_s, base_s = statistics.median(mine), statistics.median(base)
    per_row_s = statistics.median(per_row)
    ratio = ours_s / base_s
    rebuild_s = statistics.median(REBUILD)
    cpu_ratio = statistics.median(CPU["ours"]) / statistics.median(CPU["baseline"])
    print(
        f"CPU time (this process, less sensitive to the machine's load): ours "
        f"{statistics.median(CPU['ours']):.3f}s, baseline {statistics.median(CPU['baseline']):.3f}s, "
        f"ratio {cpu_ratio:.2f}"
    )
    print(
        f"{added:,} facts; bundle {size / 1e6:.1f} MB; ratio {ratio:.2f} (budget 1.5); of which "
        f"case_state of the touched loans (of {args.loans:,}) {rebuild_s:.2f}s "
        f"(ratio without it {(ours_s - rebuild_s) / base_s:.2f})"
    )
    emit(
        {
            "facts": added,
            "loans": args.loans,
            "bundle_mb": round(size / 1e6, 2),
            "export_import_s": round(ours_s, 3),
            "baseline_s": round(base_s, 3),
            "facts_per_s": round(added / ours_s),
            "case_state_rebuild_s": round(rebuild_s, 3),
            "ratio": round(ratio, 2),
            "ratio_without_rebuild": round((ours_s - rebuild_s) / base_s, 2),
            # against the slower bare insert (one statement per row), for comparison
            # with figures before 2026-12-04
            "baseline_executemany_s": round(per_row_s, 3),
            "ratio_vs_executemany": round(ours_s / per_row_s, 2),
            "cpu_ratio": round(cpu_ratio, 2),
            "bundle_ok": ratio <= 1.5,
        }
    )


if __name__ == "__main__":
    main()
