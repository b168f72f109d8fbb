"""Migration 0008: case_state loses its stored bucket and the bucket's two indexes; down
puts them back, each row's bucket as of its `computed_on`; up again equals a new
database. On SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, text
from test_migrations import drift, schema_of

from collector_desk.domain.loan import bucket_for_dpd
from collector_desk.services import demo
from collector_desk.services.context import Desk
from collector_desk.store import db as store_db
from collector_desk.store.db import current_revision, head_revision, make_engine, sqlite_url

BEFORE = "0007_target_totals"
BUCKET_INDEXES = {"ix_case_state_bucket_due", "ix_case_state_bucket_overdue"}
TODAY = date(2026, 3, 16)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "data" / store_db.DB_FILENAME)
        return
    yield request.getfixturevalue("pg_url")


def _columns(engine: Engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("case_state")}


def _indexes(engine: Engine) -> set[str]:
    return {str(i["name"]) for i in inspect(engine).get_indexes("case_state")}


def _rows(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT loan_id, oldest_unpaid_due_on, overdue_fen, promise_status, "
                    "next_action, computed_on, valid_until FROM case_state ORDER BY loan_id"
                )
            )
        ]


def test_down_and_up_again(url: str, tmp_path: Path) -> None:
    server = None if url.startswith("sqlite") else url
    desk = Desk.open(tmp_path / "data", url=server, today=lambda: TODAY)
    try:
        demo.create_demo(desk, cases=60, seed=3)
    finally:
        desk.close()
    engine = make_engine(url)
    cfg = store_db._alembic_config(engine)
    try:
        assert "bucket" not in _columns(engine) and not BUCKET_INDEXES & _indexes(engine)
        before = _rows(engine)

        command.downgrade(cfg, BEFORE)
        assert current_revision(engine) == BEFORE
        assert "bucket" in _columns(engine) and _indexes(engine) >= BUCKET_INDEXES
        with engine.connect() as conn:
            stored = list(
                conn.execute(
                    text("SELECT bucket, oldest_unpaid_due_on, computed_on FROM case_state")
                )
            )
        expected = [
            bucket_for_dpd(max(0, (_day(on) - _day(due)).days)).value for _b, due, on in stored
        ]
        assert [b for b, _d, _o in stored] == expected
        assert len(set(expected)) >= 3  # the demo spreads over the buckets

        command.upgrade(cfg, "head")
        assert current_revision(engine) == head_revision()
        assert "bucket" not in _columns(engine) and not BUCKET_INDEXES & _indexes(engine)
        assert _rows(engine) == before
        assert drift(engine) == []
        if url.startswith("sqlite"):  # the same table as a database built up to head
            fresh = make_engine(sqlite_url(tmp_path / "fresh.sqlite"))
            try:
                command.upgrade(store_db._alembic_config(fresh), "head")
                assert schema_of(fresh)["case_state"] == schema_of(engine)["case_state"]
            finally:
                fresh.dispose()
    finally:
        engine.dispose()


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
