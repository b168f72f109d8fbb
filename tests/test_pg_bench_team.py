"""bench/team.py runs end to end for a few seconds against the tests' server and
reports its figures. Speed is the bench's business; what is asserted here is what
must hold at any speed: 8 workstations on the same cases lose nothing, show no
error, leave every case's cached state exact and are all heard by the listener."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pg_fixture import PgCluster

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.pg, pytest.mark.slow]


def test_team_bench_loses_nothing_and_reports_its_budgets(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "COLLECTOR_DESK_TEST_PG_URL": pg_cluster.admin_url.render_as_string(hide_password=False),
        "PYTHONPATH": str(ROOT),
        "TMPDIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "team.py"), "--duration", "4"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr[-3000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(figures["team_ok"], bool)
    assert figures["workers"] == 8 and figures["saves"] > 0
    assert set(figures["saves_by_kind"]) == {"call", "promise", "payment", "reassign"}
    assert figures["errors"] == 0, figures["error_kinds"]
    assert figures["lost"] == 0 and figures["state_wrong"] == 0
    assert figures["notify_missing"] == 0 and figures["notify_matched"] == figures["saves"]
    for key in ("saves_per_s", "save_p50_ms", "save_p95_ms", "notify_p95_ms"):
        assert figures[key] > 0
