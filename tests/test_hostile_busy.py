"""Writers wait their turn, everywhere (issue 15): two real processes each time.

Another process holds SQLite's write lock (as a long intake's chunk does) and
publishes its holder record; a write unit of this app, in the CLI or the window,
waits for it with a bounded busy retry, says what it waits for, and either
records its write once the lock is free or ends with one line, nothing written.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_exchange_support import file_state
from test_hostile import POSIX, _payments, _start_payment, hostile

from collector_desk.errors import EXIT_FAILED, BusyError
from collector_desk.services.context import Desk
from collector_desk.store import busy
from collector_desk.store.db import DB_FILENAME
from collector_desk.store.models import Setting

HOLD = """
import sys, sqlite3
from pathlib import Path
from collector_desk.store import busy
data = Path(sys.argv[1])
with busy.holding(data, "intake", "big.csv") as progress:
    progress(0.4)
    conn = sqlite3.connect(data / "collector-desk.sqlite", isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("held", flush=True)
    sys.stdin.readline()
    conn.rollback()
    conn.close()
"""

CHUNKS = """
import sys, time
from pathlib import Path
from sqlalchemy import text
from collector_desk.services.context import Desk
from collector_desk.store import busy
data, chunks = Path(sys.argv[1]), int(sys.argv[2])
desk = Desk.open(data)
with busy.holding(data, "bundle import", "team.cdb") as progress:
    for n in range(chunks):
        with desk.unit() as s:
            s.execute(text("UPDATE setting SET value = value WHERE key = 'nothing'"))
            if n == 0:
                print("first chunk", flush=True)
            time.sleep(0.1)  # a chunk's work, holding the lock
        progress((n + 1) / chunks)
print(time.monotonic(), flush=True)
desk.close()
"""


class Holder:
    """Another process holding the write lock until `release()`."""

    def __init__(self, data: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(data)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline() == "held\n"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
        self.proc.wait(timeout=30)


def _cli(data: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(data), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_any_write_command_waits_and_says_for_what(seeded, tmp_path):
    data, contract = seeded
    holder = Holder(data)
    try:
        proc = _cli(data, "debit-results", str(hostile.debit_csv(tmp_path, contract)))
        assert proc.stderr is not None
        said = proc.stderr.readline()
    finally:
        holder.release()
    _, err = proc.communicate(timeout=120)
    assert said == "busy: intake of big.csv is running, 40% — waiting…\n", said + err
    assert proc.returncode == 0, err
    assert "locked" not in err and "Traceback" not in err


def test_when_the_wait_runs_out_one_line_and_nothing_written(seeded):
    data, contract = seeded
    before = file_state(data / DB_FILENAME)
    holder = Holder(data)
    try:
        proc = _cli(data, "payment", contract, "10", "--on", "2026-03-16",
                    env={busy.WAIT_ENV: "1"})  # fmt: skip
        out, err = proc.communicate(timeout=120)
    finally:
        holder.release()
    lines = [line for line in err.splitlines() if line.strip()]
    assert proc.returncode == EXIT_FAILED, err
    assert lines[0] == "busy: intake of big.csv is running, 40% — waiting…"
    assert lines[-1] == (
        "collector-desk: busy: intake of big.csv is running, 40%; waited 1 s. Nothing was "
        "written: try again when it has finished"
    )
    assert len(lines) == 2 and "Traceback" not in err and not out
    assert file_state(data / DB_FILENAME) == before


@pytest.mark.skipif(not POSIX, reason="SIGKILL")
def test_a_write_killed_while_it_waits_leaves_nothing_and_no_waiter(seeded):
    data, contract = seeded
    before = file_state(data / DB_FILENAME)
    holder = Holder(data)
    try:
        proc = _start_payment(data, contract)
        assert proc.stderr is not None
        assert proc.stderr.readline().startswith("busy: intake of big.csv is running")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        holder.release()
    assert file_state(data / DB_FILENAME) == before
    assert busy._waiters(data) == []  # a dead waiter's announcement is swept
    conn = sqlite3.connect(data / DB_FILENAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_a_long_writer_in_chunks_lets_a_short_write_in(seeded):
    data, contract = seeded
    before = _payments(data)
    chunks = 80  # 8 s of work in chunks of 0.1 s
    writer = subprocess.Popen(
        [sys.executable, "-c", CHUNKS, str(data), str(chunks)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None and writer.stdout.readline() == "first chunk\n"
    payment = _start_payment(data, contract)
    _, err = payment.communicate(timeout=120)
    paid_at = time.monotonic()
    ended_at = float(writer.communicate(timeout=120)[0])
    assert payment.returncode == 0, err
    assert "bundle import of team.cdb is running" in err or not err
    assert paid_at < ended_at, "the payment waited for the whole long write"
    assert _payments(data) == before + 1


def test_a_unit_inside_a_unit_is_the_outer_one(desk: Desk):
    with desk.unit() as outer, desk.unit() as inner:
        assert inner is outer
        inner.merge(Setting(key="nested", value='"yes"'))
    with desk.read() as s:
        assert s.get(Setting, "nested") is not None

    def swallow_an_inner_failure() -> None:
        with desk.unit() as outer:
            outer.merge(Setting(key="rolled_back", value='"no"'))
            try:
                with desk.unit():
                    raise ValueError("inner")
            except ValueError:
                pass

    with pytest.raises(RuntimeError, match="nested in this one failed"):
        swallow_an_inner_failure()
    with desk.read() as s:
        assert s.get(Setting, "rolled_back") is None


def test_stop_waiting_ends_the_wait_with_nothing_written(desk: Desk):
    holder = Holder(desk.data_dir)
    told: list[str] = []
    watch = busy.Watch(on_wait=lambda m: (told.append(m), watch.stop()))
    desk.busy_watch = watch
    try:
        with pytest.raises(BusyError, match=r"stopped waiting\. Nothing was written"):
            desk.set_settings(lender_name="Stopped")
    finally:
        holder.release()
    assert told == ["busy: intake of big.csv is running, 40%"]
    assert watch.waits == 0 and not watch.stopped  # the next wait is not stopped
    assert desk.setting("lender_name") != "Stopped"
    desk.set_settings(lender_name="Later")
    assert desk.setting("lender_name") == "Later"


def test_a_write_on_the_main_thread_waits_only_as_long_as_the_watch_allows(desk: Desk):
    holder = Holder(desk.data_dir)
    watch = busy.Watch()
    watch.main_thread_wait_s = 0.5  # the window's GUI thread cannot show a long wait
    desk.busy_watch = watch
    try:
        started = time.monotonic()
        with pytest.raises(BusyError, match=r"waited 0.5 s\. Nothing was written"):
            desk.set_settings(lender_name="Frozen")
        assert time.monotonic() - started < 5
    finally:
        holder.release()


IMPORT = """
import sys, time
from pathlib import Path
from collector_desk.exchange.bundle_in import import_bundle
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services.context import Desk
desk = Desk.open(Path(sys.argv[1]))
got = import_bundle(desk, Path(sys.argv[2]), TeamKey(bytes.fromhex(sys.argv[3])))
print(time.monotonic(), got.added.get("call", 0), flush=True)
desk.close()
"""


CALLS = 120_000


def _bundle_of_calls(folder: Path, calls: int) -> tuple[Path, bytes]:
    """Another workstation's bundle: 300 cases and `calls` calls on them."""
    from test_exchange_support import open_workstation, seed_portfolio

    from collector_desk.exchange.bundle_out import EVERYTHING, export_bundle
    from collector_desk.exchange.teamkey import TeamKey
    from collector_desk.services.context import new_id

    key = TeamKey(b"w" * 32)
    desk = open_workstation(folder / "source", "S")
    try:
        loans = seed_portfolio(desk, 300, start=7000)
        with desk.unit() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO call (id, created_at, collector_id, workstation_id, loan_id, "
                "disposition, objections, third_party, last_step, note, flagged) "
                "VALUES (?, ?, 'S', ?, ?, 'no_answer', '', 0, 0, ?, '')",
                [(new_id(), "2026-03-16T01:00:00.000000Z", desk.workstation_id,
                  loans[i % len(loans)], f"第{i}次拨打") for i in range(calls)],
            )  # fmt: skip
        path = export_bundle(desk, folder / "big.cdb", key, kind=EVERYTHING).path
    finally:
        desk.close()
    return path, key.secret


def _seq_order(data: Path) -> dict[str, int]:
    """Change-tracking numbers (`fact_seq`): the last of all, the last payment, the
    import's audit record (written by its last chunk)."""
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        return dict(
            db.execute(
                "SELECT 'last', coalesce(max(seq), 0) FROM fact_seq UNION ALL "
                "SELECT 'payment', max(seq) FROM fact_seq WHERE table_name = 'payment' UNION ALL "
                "SELECT 'audit', max(f.seq) FROM fact_seq f JOIN audit_event a ON a.id = f.row_id "
                "WHERE a.kind = 'bundle_import'"
            ).fetchall()
        )
    finally:
        db.close()


def in_between(before: dict[str, int], after: dict[str, int]) -> bool:
    """The payment came after some rows of the import, and before its last chunk."""
    return before["last"] + 1 < after["payment"] < after["audit"]


def test_a_payment_gets_in_between_the_chunks_of_a_bundle_import(seeded, tmp_path):
    """A real import (its own process) and a real `payment` from the command line:
    the payment is committed between two of the import's chunks (its change-tracking
    number lies after some of the import's rows and before the import's audit record,
    which its last chunk writes), and the import is complete."""
    data, contract = seeded
    # Enough calls that the import outlasts a payment process's start (about a second
    # here): the import writes 40,000 calls in well under that now.
    bundle, secret = _bundle_of_calls(tmp_path, CALLS)
    before = _payments(data)
    order = _seq_order(data)
    importer = subprocess.Popen(
        [sys.executable, "-c", IMPORT, str(data), str(bundle), secret.hex()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not (busy.running(data) or "").startswith("bundle import of big.cdb"):
        assert importer.poll() is None, importer.communicate()[1]
        assert time.monotonic() < deadline
        time.sleep(0.01)
    payment = _start_payment(data, contract)
    _, err = payment.communicate(timeout=120)
    paid_at = time.monotonic()
    out, import_err = importer.communicate(timeout=300)
    assert importer.returncode == 0, import_err
    ended_at, calls = out.split()
    assert payment.returncode == 0, err
    assert "Traceback" not in err and "locked" not in err
    assert not err or err.startswith("busy: bundle import of big.cdb is running, "), err
    assert paid_at < float(ended_at), "the payment waited for the whole import"
    assert int(calls) == CALLS
    assert _payments(data) == before + 1
    assert in_between(order, _seq_order(data)), (order, _seq_order(data))
