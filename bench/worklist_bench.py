"""Today's worklist at scale: the plan must cost what the day's work costs, not
what the portfolio holds.

Builds the plan on generated portfolios of two sizes (default 100k and 1M
cases) for one collector with a fixed number of assigned cases, and for the
whole portfolio (sections capped). Prints the figures, then one JSON line.

Budgets (ratios within this run, plus one absolute bound for the collector):
- growth: the whole-portfolio plan at the large size costs at most 4x the
  small one although it holds 10x the cases (no section reads every case);
- mine_ms: one collector's plan (2,000 cases) on the large portfolio within
  300 ms, i.e. well inside the first paint of the Today tab.

  python bench/worklist_bench.py [--small 100000] [--large 1000000] [--mine 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from bench_common import bench_dir, emit, median_ms, peak_rss_mb
from cases_common import generate, is_ready
from sqlalchemy import func, select, update

from collector_desk.services import worklist
from collector_desk.services.context import Desk
from collector_desk.store.models import CaseState

TODAY = date(2026, 3, 16)  # a Monday on the official calendar
COLLECTOR = "B001"


def portfolio(cases: int) -> Path:
    folder = bench_dir() / f"worklist-{cases}-{TODAY.isoformat()}-v1"
    if not is_ready(folder):
        print(f"generating {cases:,} cases in {folder} ...", flush=True)
        print(json.dumps(generate(folder, cases, TODAY)), flush=True)
    return folder


def assign(desk: Desk, count: int) -> None:
    """Give COLLECTOR `count` random cases (the case_state index column)."""
    with desk.unit() as s:
        have = s.scalar(select(func.count()).where(CaseState.assigned_to == COLLECTOR))
        if have == count:
            return
        ids = list(s.scalars(select(CaseState.loan_id).order_by(CaseState.loan_id)))
        chosen = random.Random(7).sample(ids, count)
        s.execute(
            update(CaseState).where(CaseState.assigned_to == COLLECTOR).values(assigned_to="")
        )
        for start in range(0, len(chosen), 500):
            s.execute(
                update(CaseState)
                .where(CaseState.loan_id.in_(chosen[start : start + 500]))
                .values(assigned_to=COLLECTOR)
            )


def measure(cases: int, mine: int) -> dict[str, float]:
    folder = portfolio(cases)
    now = datetime(2026, 3, 16, 2, 0, tzinfo=UTC)
    desk = Desk.open(folder, today=lambda: TODAY, now=lambda: now)
    try:
        assign(desk, mine)
        everyone = worklist.build(desk, TODAY, scope=None)
        own = worklist.build(desk, TODAY, scope=COLLECTOR)
        figures = {
            "all_ms": median_ms(lambda: worklist.build(desk, TODAY, scope=None), runs=3),
            "mine_ms": median_ms(lambda: worklist.build(desk, TODAY, scope=COLLECTOR), runs=5),
            "all_items": len(everyone.items),
            "mine_items": len(own.items),
            "all_truncated": len(everyone.truncated),
        }
    finally:
        desk.close()
    print(f"{cases:>9,} cases: {figures}", flush=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    parser.add_argument("--mine", type=int, default=2_000)
    args = parser.parse_args()
    small = measure(args.small, args.mine)
    large = measure(args.large, args.mine)
    growth = round(large["all_ms"] / max(small["all_ms"], 0.01), 2)
    emit(
        {
            "small_cases": args.small,
            "large_cases": args.large,
            "small_all_ms": small["all_ms"],
            "large_all_ms": large["all_ms"],
            "small_mine_ms": small["mine_ms"],
            "large_mine_ms": large["mine_ms"],
            "large_all_items": large["all_items"],
            "large_mine_items": large["mine_items"],
            "growth_all": growth,
            "peak_rss_mb": peak_rss_mb(),
            "growth_ok": growth <= 4.0,
            "mine_ok": large["mine_ms"] <= 300,
        }
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
