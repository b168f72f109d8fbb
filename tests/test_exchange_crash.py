"""Crash safety: imports and exports killed at random moments (SIGKILL, the
process gets no chance to tidy up). An import leaves the database whole and
exactly as it was before, or exactly as a completed import leaves it, or (killed
between or inside its chunks, or while it re-derived case_state after the last
one) such that importing the same bundle again makes it exactly as a completed
import leaves it; an export leaves either no file under the final name or a
complete, valid bundle."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_exchange_support import file_state, open_workstation, seed_portfolio

from collector_desk.exchange.bundle_apply import plan
from collector_desk.exchange.bundle_in import read_bundle
from collector_desk.exchange.bundle_out import EVERYTHING, export_bundle
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services.context import Desk, new_id
from collector_desk.store.db import DB_FILENAME

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")]

KEY = TeamKey(b"c" * 32)


def _kills(config: pytest.Config) -> int:
    """10 kills in the default run, 50 when slow tests are asked for (`-m slow`)."""
    return 50 if "slow" in str(config.getoption("markexpr") or "") else 10


# The child runs the real import with its clock and new ids pinned, so that a
# completed import always leaves the very same bytes of data.
CHILD = """
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from collector_desk.exchange import bundle_in, bundle_out
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services.context import Desk
NOW = datetime(2026, 3, 16, 12, tzinfo=UTC)
bundle_in.new_id = lambda: "00000000-0000-4000-8000-000000000001"
desk = Desk.open(Path(sys.argv[2]), today=lambda: date(2026, 3, 16), now=lambda: NOW)
key = TeamKey(bytes.fromhex(sys.argv[4]))
print("ready", flush=True)
if sys.argv[1] == "import":
    bundle_in.import_bundle(desk, Path(sys.argv[3]), key)
elif sys.argv[1] == "start":  # what the next start does: bring the cases up to today
    desk.refresh_cases()
else:
    bundle_out.export_bundle(desk, Path(sys.argv[3]), key, kind="all")
print("done", flush=True)
"""


def _child(action: str, folder: Path, bundle: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, action, str(folder), str(bundle), KEY.secret.hex()],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _big_workstation(folder: Path) -> None:
    desk = open_workstation(folder, "S")
    try:
        loans = seed_portfolio(desk, 1500)
        with desk.unit() as s:
            conn = s.connection()
            rows = [
                (
                    new_id(),
                    "2026-03-16T01:00:00.000000Z",
                    "S",
                    desk.workstation_id,
                    loans[i % len(loans)],
                    "no_answer",
                    "",
                    0,
                    0,
                    f"第{i}次拨打，无人接听",
                    "",
                )
                for i in range(15_000)
            ]
            conn.exec_driver_sql(
                "INSERT INTO call (id, created_at, collector_id, workstation_id, loan_id, "
                "disposition, objections, third_party, last_step, note, flagged) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    finally:
        desk.close()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("crash")
    _big_workstation(root / "source")
    source = Desk.open(root / "source")
    bundle = root / "big.cdb"
    try:
        export_bundle(source, bundle, KEY, kind=EVERYTHING)
    finally:
        source.close()
    target = open_workstation(root / "pristine", "A")
    seed_portfolio(target, 20, start=5000)
    target.close()
    return {
        "root": root,
        "bundle": bundle,
        "pristine": root / "pristine",
        "source": root / "source",
    }


def _fresh_target(setup: dict[str, Path], name: str) -> Path:
    folder = setup["root"] / name
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(setup["pristine"], folder)
    return folder


def test_import_killed_at_random_points_leaves_before_or_after(setup, pytestconfig):
    kills = _kills(pytestconfig)
    before = file_state(setup["pristine"] / DB_FILENAME)
    # A completed run gives the "after" state and the time an import takes.
    ref = _fresh_target(setup, "reference")
    proc = _child("import", ref, setup["bundle"])
    started = time.monotonic()
    assert proc.wait(timeout=120) == 0
    duration = time.monotonic() - started
    after = file_state(ref / DB_FILENAME)
    assert after != before and after[0] == ["ok"]

    rng = random.Random(20260316)
    seen = {"before": 0, "after": 0, "after importing again": 0}
    for i in range(kills):
        folder = _fresh_target(setup, "victim")
        proc = _child("import", folder, setup["bundle"])
        time.sleep(rng.uniform(0, duration * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        state = file_state(folder / DB_FILENAME)
        assert state[0] == ["ok"], f"kill {i}: integrity_check says {state[0]}"
        if state == before:
            seen["before"] += 1
        elif state == after:
            seen["after"] += 1
        else:
            assert _child("import", folder, setup["bundle"]).wait(timeout=120) == 0
            if file_state(folder / DB_FILENAME) != after:
                pytest.fail(
                    f"kill {i}: the database is neither before, nor after, nor after "
                    "importing the bundle again"
                )
            seen["after importing again"] += 1
    print(f"\n{kills} kills over {duration:.2f}s imports: {seen}")
    assert seen["after"] < kills // 2  # most kills land inside the import


def _importing(db: Path, after_step: int) -> dict[str, object] | None:
    """The import's journal (its sync_log line) while it runs, read by another process."""
    if not db.exists():
        return None
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        row = conn.execute(
            "SELECT summary FROM sync_log WHERE direction = 'import' ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    doc = json.loads(row[0]) if row else None
    return doc if doc and doc.get("state") == "importing" and doc["done"] > after_step else None


def test_an_import_killed_between_its_chunks_is_finished_by_importing_again(setup):
    """Killed once some chunks are committed: the rows so far are whole, the journal
    says how far it got, and the same import again ends exactly as one never stopped."""
    steps = plan(read_bundle(setup["bundle"], KEY))
    first_call = next(
        i for i, step in enumerate(steps) if any(p.table == "call" for p in step.parts)
    )
    ref = _fresh_target(setup, "reference-2")
    assert _child("import", ref, setup["bundle"]).wait(timeout=120) == 0
    after = file_state(ref / DB_FILENAME)
    folder = _fresh_target(setup, "half")
    proc = _child("import", folder, setup["bundle"])
    deadline = time.monotonic() + 120
    while (journal := _importing(folder / DB_FILENAME, first_call)) is None:
        assert proc.poll() is None, "the import ended before its first chunk of calls was seen"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    half = file_state(folder / DB_FILENAME)
    assert half[0] == ["ok"] and half != after
    calls = sum(1 for r in half[1] if r[0] == "call")
    assert 0 < calls < 15_000, f"{calls} calls after the kill ({journal})"
    assert _child("import", folder, setup["bundle"]).wait(timeout=120) == 0
    assert file_state(folder / DB_FILENAME) == after


def test_export_killed_midway_leaves_no_partial_file(setup, pytestconfig):
    kills = _kills(pytestconfig)
    rng = random.Random(7)
    source = setup["source"]
    ref = setup["root"] / "ref-out.cdb"
    proc = _child("export", source, ref)
    started = time.monotonic()
    assert proc.wait(timeout=120) == 0
    duration = time.monotonic() - started
    complete = 0
    for i in range(kills):
        out = setup["root"] / f"out-{i}.cdb"
        proc = _child("export", source, out)
        time.sleep(rng.uniform(0, duration * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        if out.exists():
            read_bundle(out, KEY)  # whole and valid, or it raises
            complete += 1
    export_bundle_again = _child("export", source, setup["root"] / "out-0.cdb")
    assert export_bundle_again.wait(timeout=120) == 0
    assert not list(setup["root"].glob(".out-0.cdb.*.partial"))  # the leftovers are cleared
    state = file_state(source / DB_FILENAME)
    assert state[0] == ["ok"]
    print(
        f"\n{kills} kills over {duration:.2f}s exports: {complete} complete files, no partial one"
    )
    assert complete < kills  # some kills landed before the rename
