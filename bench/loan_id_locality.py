"""What convergent loan ids (issue 10 item 9) would cost intake: adding chunks of loans
to a SQLite file that already holds `--loans` of them, with ids time-ordered (UUIDv7
layout, what intake used before convergent ids: `exchange.intake_fast.time_ordered_ids`),
derived from the contract number alone (uuid5), or derived as intake makes them now
(`domain.identity.loan_uuid`: 48 bits of order in front, the hash behind), ordered by
- `derived_disbursed`: the loan's disbursement day, spread evenly
  over three years in the file and in each chunk alike (the worst case);
- `derived_disbursed_recent`: the disbursement day, each 100,000 loans of the file
  (a month's head-office file) and the chunks (the newest file) disbursed in the 180
  days before their file (loans reach collections a few months after disbursement);
- `derived_file_day`: the day of the file that brought the loan (one per 100,000
  loans; the chunks get the newest), the hash right behind it;
- `derived_entry`: that day and the loan's row in its file (the chunks continue the
  newest file): what intake uses.

    python bench/loan_id_locality.py [--loans 1000000] [--chunk 2000] [--runs 5]
        [--layouts uuid5,derived_disbursed,...]   (time_ordered always runs: the base)

A bare schema of our own (loan with its unique contract number and borrower index,
12 instalments per loan, one case_state row): only the ids' order differs. The
chunks are timed on the file opened afresh, as an intake opens it. Files in the
bench folder, removed at the end. Ends with one JSON line.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from bench_common import bench_dir, emit

NAMESPACE = uuid.UUID("6d657364-6b73-4c6f-616e-000000000001")  # any fixed one
FILL_STEP = 100_000
LAYOUTS = ("time_ordered", "uuid5", "derived_disbursed", "derived_disbursed_recent",
           "derived_file_day", "derived_entry")  # fmt: skip


def _schema(path: Path) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(
        "CREATE TABLE loan (id TEXT PRIMARY KEY, contract_no TEXT UNIQUE, borrower_id TEXT)"
    )
    conn.execute("CREATE INDEX ix_loan_borrower ON loan (borrower_id)")
    conn.execute(
        "CREATE TABLE instalment (loan_id TEXT, seq INT, due_on TEXT, amount_fen INT, "
        "PRIMARY KEY (loan_id, seq))"
    )
    conn.execute("CREATE TABLE case_state (loan_id TEXT PRIMARY KEY, overdue_fen INT)")
    return conn


def _add(conn: sqlite3.Connection, make: Callable[[int], str], start: int, n: int) -> None:
    loans = [(make(i), f"JK{i:09d}", make(i)) for i in range(start, start + n)]
    conn.executemany("INSERT INTO loan VALUES (?, ?, ?)", loans)
    conn.executemany(
        "INSERT INTO instalment VALUES (?, ?, '2026-01-01', 100)",
        [(loan[0], seq) for loan in loans for seq in range(1, 13)],
    )
    conn.executemany("INSERT INTO case_state VALUES (?, 0)", [(loan[0],) for loan in loans])
    conn.commit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loans", type=int, default=1_000_000)
    parser.add_argument("--chunk", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--layouts", default=",".join(LAYOUTS), help="of " + ", ".join(LAYOUTS))
    args = parser.parse_args()

    from collector_desk.domain.identity import loan_uuid
    from collector_desk.exchange.intake_fast import time_ordered_ids

    figures: dict[str, object] = {"loans": args.loans, "chunk": args.chunk}
    first = date(2024, 1, 1)
    layouts = ["time_ordered", *(n for n in args.layouts.split(",") if n != "time_ordered")]
    for name in layouts:
        stream = time_ordered_ids()

        def make(i: int, name: str = name, stream: Iterator[str] = stream) -> str:
            contract = f"JK{i:09d}"
            if name == "time_ordered":
                return next(stream)
            if name == "uuid5":
                return str(uuid.uuid5(NAMESPACE, f"lender\x1f{contract}"))
            if name == "derived_disbursed":  # a pseudo-random day in three years
                day = first + timedelta(days=(i * 2654435761) % 1096)
            elif name == "derived_disbursed_recent":  # in the 180 days before its file
                file_day = first + timedelta(days=180 + 30 * (i // FILL_STEP))
                day = file_day - timedelta(days=(i * 2654435761) % 180)
            elif name == "derived_file_day":  # a file per FILL_STEP loans, a month apart
                day = first + timedelta(days=30 * (i // FILL_STEP))
            else:  # derived_entry: the file's day and the row in it (what intake uses)
                day = first + timedelta(days=30 * (i // FILL_STEP))
                return loan_uuid("lender", contract, day, i % FILL_STEP)
            return loan_uuid("lender", contract, day)

        path = bench_dir() / f"loan-ids-{name}.db"
        conn = _schema(path)
        try:
            for start in range(0, args.loans, FILL_STEP):
                _add(conn, make, start, min(FILL_STEP, args.loans - start))
            # an intake opens the file afresh: no pages of it in SQLite's cache
            conn.close()
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA synchronous=NORMAL")
            times = []
            for k in range(args.runs):  # chunks after the file: new contracts
                began = time.perf_counter()
                _add(conn, make, args.loans + k * args.chunk, args.chunk)
                times.append(time.perf_counter() - began)
        finally:
            conn.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        figures[f"{name}_chunk_ms"] = round(sorted(times)[len(times) // 2] * 1000, 1)
    ordered_ms = figures["time_ordered_chunk_ms"]
    assert isinstance(ordered_ms, float)
    for name in layouts[1:]:
        other = figures[f"{name}_chunk_ms"]
        assert isinstance(other, float)
        figures[f"{name}_over_time_ordered"] = round(other / ordered_ms, 2)
    figures["load"] = Path("/proc/loadavg").read_text().split()[:3]
    emit(figures)


if __name__ == "__main__":
    main()
