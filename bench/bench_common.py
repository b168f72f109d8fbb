"""Shared helpers of the bench scripts: timing, cached data folders, the JSON line."""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def bench_dir() -> Path:
    """Where generated databases are cached between runs ($COLLECTOR_DESK_BENCH_DIR)."""
    base = (
        os.environ.get("COLLECTOR_DESK_BENCH_DIR")
        or Path(tempfile.gettempdir()) / "collector-desk-bench"
    )
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def median_ms(fn: Callable[[], Any], runs: int = 5, warm: int = 1) -> float:
    for _ in range(warm):
        fn()
    return ms(statistics.median(timed(fn)[0] for _ in range(runs)))


def peak_rss_mb() -> float:
    """Peak resident memory of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def emit(figures: dict[str, Any]) -> None:
    """The one JSON line every bench script ends with."""
    print(json.dumps(figures, ensure_ascii=False, sort_keys=True), flush=True)
