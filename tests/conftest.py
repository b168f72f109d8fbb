from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pg_fixture import pg_cluster, pg_url  # noqa: F401  (a real PostgreSQL server)

from collector_desk.services.context import Desk

# No per-example deadline: speed goals live in bench/, and on a loaded machine a
# trivial example can take longer than hypothesis's 200 ms and fail as "flaky".
settings.register_profile("collector-desk", deadline=None)
settings.load_profile("collector-desk")

TODAY = date(2026, 3, 16)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before a test's fixtures close its database, stop the window's workers, as
    the app does when its window closes (`app.run_gui`): cancel, then wait for the
    running work. A worker still inside SQLite while the engine is disposed and the
    widgets torn down crashed a CI run (tests/test_targets_ui.py, exit -11)."""
    ops = sys.modules.get("collector_desk.ui.ops")
    if ops is not None:
        ops.cancel_all()
        ops.wait_for_workers(30_000)
    return (yield)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """A real SQLite database in a temporary folder, with a fixed today."""
    d = Desk.open(
        tmp_path / "data",
        today=lambda: TODAY,
        now=lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 2, 30, tzinfo=UTC),
    )
    d.set_settings(
        collector_id="C001", collector_name="测试员", lender_accounts=["招商银行 6214830100001234"]
    )
    yield d
    d.close()
