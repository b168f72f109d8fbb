"""Migration 0009_placement: the placement table with its fact triggers
(append-only, numbered for export); down drops it, up again equals a new database.
On SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError
from test_exchange_intake_payments import _file
from test_migrations import drift

from collector_desk.exchange.intake import run_intake
from collector_desk.services.context import Desk
from collector_desk.store import db as store_db
from collector_desk.store.db import current_revision, head_revision, make_engine, sqlite_url

BEFORE = "0008_drop_stored_bucket"
TODAY = date(2026, 3, 16)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "data" / store_db.DB_FILENAME)
        return
    yield request.getfixturevalue("pg_url")


def test_down_and_up_again(url: str, tmp_path: Path) -> None:
    server = None if url.startswith("sqlite") else url
    desk = Desk.open(tmp_path / "data", url=server, today=lambda: TODAY)
    try:
        run_intake(desk, _file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), date(2026, 1, 20)))
    finally:
        desk.close()
    engine = make_engine(url)
    cfg = store_db._alembic_config(engine)
    try:
        command.downgrade(cfg, BEFORE)
        assert current_revision(engine) == BEFORE
        assert "placement" not in inspect(engine).get_table_names()
        with engine.connect() as conn:
            left = conn.execute(
                text("SELECT count(*) FROM fact_seq WHERE table_name = 'placement'")
            ).scalar()
        assert left == 0

        command.upgrade(cfg, "head")
        assert current_revision(engine) == head_revision()
        assert drift(engine) == []
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO placement (loan_id, as_of, file, matched, id, created_at, "
                "collector_id, workstation_id) SELECT id, '2026-03-01', 'f.csv', '[]', 'p1', "
                "'2026-03-16T01:00:00.000000Z', 'S01', 'w' FROM loan"))  # fmt: skip
        with engine.connect() as conn:
            numbered = conn.execute(
                text("SELECT count(*) FROM fact_seq WHERE table_name = 'placement'")
            ).scalar()
        assert numbered == 1
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text("UPDATE placement SET batch = 'x'"))
    finally:
        engine.dispose()
