from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pg_fixture import pg_cluster, pg_url  # noqa: F401  (a real PostgreSQL server)

from collector_desk.services.context import Desk

TODAY = date(2026, 3, 16)


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
