"""Each bench runs end to end on a small database and ends with one valid JSON line.

Figures are not asserted (they are the benches' job, not a test's): only that
every script still runs against the current code and reports its budgets.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _run(tmp_path: Path, script: str, *args: str) -> dict[str, object]:
    env = {
        **os.environ,
        "COLLECTOR_DESK_BENCH_DIR": str(tmp_path / "bench"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    figures = json.loads(last)
    assert isinstance(figures, dict)
    return figures


def test_case_list_bench_reports_every_action(tmp_path: Path) -> None:
    figures = _run(tmp_path, "case_list.py", "--cases", "2000", "--runs", "1")
    assert isinstance(figures["case_list_ok"], bool)
    for action in ("filter", "sort", "search_name", "search_phone", "search_id"):
        assert f"{action}_paint_ms" in figures
        assert f"{action}_bare_page_ms" in figures
    assert figures["filter_queries"] > figures["filter_page_queries"]  # counts are counted
    assert figures["search_contract_rows"] == 1


def test_morning_bench_reports_usable_and_refresh(tmp_path: Path) -> None:
    figures = _run(tmp_path, "morning.py", "--cases", "2000", "--timeout", "300")
    assert isinstance(figures["morning_ok"], bool)
    assert figures["bare_update_rows"] > 0
    assert "refresh_ms" in figures or "timed_out_s" in figures


def test_bundle_bench_reports_its_ratio(tmp_path: Path) -> None:
    figures = _run(tmp_path, "bundle.py", "--facts", "2000", "--loans", "100", "--runs", "1")
    assert isinstance(figures["bundle_ok"], bool)
    assert figures["ratio"] > 0


def test_targets_bench_reports_its_budget(tmp_path: Path) -> None:
    figures = _run(
        tmp_path, "targets.py", "--cases", "2000", "--calls-per-case", "2", "--runs", "1"
    )
    assert isinstance(figures["targets_ok"], bool)
    assert figures["calls"] == 4000 and figures["collectors"] >= 20
    assert figures["report_ms"] > 0 and figures["bare_sql_ms"] > 0
