"""The schema on a real PostgreSQL server: every migration from nothing, the same tables
as a new database, no drift from the models, and facts refused UPDATE and DELETE."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from test_migrations import drift, schema_of

from collector_desk.services import demo
from collector_desk.services.context import Desk
from collector_desk.store import db as store_db
from collector_desk.store.db import current_revision, head_revision, make_engine, open_database
from collector_desk.store.fact_guard import FACT_TABLES
from collector_desk.store.fact_seq import TRACKED

pytestmark = pytest.mark.pg


def test_fixture_server_is_postgresql_on_loopback(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version_num")).scalar_one()
            addr = conn.execute(text("SELECT inet_server_addr()::text")).scalar_one()
            tables = conn.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar_one()
    finally:
        engine.dispose()
    assert int(version) >= 130000
    assert addr.startswith("127.0.0.1")
    assert tables == 0  # each test gets an empty database


def test_every_migration_from_nothing_equals_a_new_database(pg_cluster, tmp_path: Path) -> None:
    upgraded_url = pg_cluster.create_database()
    created_url = pg_cluster.create_database()
    upgraded = make_engine(upgraded_url.render_as_string(hide_password=False))
    try:
        command.upgrade(store_db._alembic_config(upgraded), "head")
        created = open_database(tmp_path, url=created_url.render_as_string(hide_password=False))
        try:
            assert created.report.created
            assert current_revision(upgraded) == head_revision() == current_revision(created.engine)
            assert schema_of(created.engine) == schema_of(upgraded)
            assert drift(upgraded) == []
            assert drift(created.engine) == []
        finally:
            created.close()
    finally:
        upgraded.dispose()
        pg_cluster.drop_database(upgraded_url)
        pg_cluster.drop_database(created_url)


def test_reopening_at_head_changes_nothing(pg_url: str, tmp_path: Path) -> None:
    first = open_database(tmp_path, url=pg_url)
    first.close()
    again = open_database(tmp_path, url=pg_url)
    try:
        assert not again.report.created
        assert again.report.from_revision == again.report.to_revision == head_revision()
    finally:
        again.close()


def _triggers(engine) -> set[str]:
    with engine.connect() as conn:
        return {
            r[0]
            for r in conn.execute(
                text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'fact%'")
            )
        }


@pytest.mark.parametrize("how", ["created", "upgraded"])
def test_update_and_delete_of_a_fact_are_refused(how: str, pg_url: str, tmp_path: Path) -> None:
    if how == "upgraded":  # 0001 had no triggers; 0002 adds them
        engine = make_engine(pg_url)
        cfg = store_db._alembic_config(engine)
        command.upgrade(cfg, "0001")
        assert _triggers(engine) == set()
        command.upgrade(cfg, "head")
        engine.dispose()
    d = Desk.open(tmp_path / "data", url=pg_url, today=lambda: date(2026, 3, 16))
    try:
        demo.create_demo(d, cases=30)
        engine = d.db.engine
        # facts refuse edits, and every fact and conflict gets its change-tracking seq
        assert _triggers(engine) == {f"fact_no_change_{t}" for t in FACT_TABLES} | {
            f"fact_seq_{t}" for t in TRACKED
        }
        with engine.connect() as conn:
            present = [
                t for t in FACT_TABLES if conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
            ]
        assert {"payment", "call", "promise"} <= set(present)
        for table in present:
            for sql in (f"UPDATE \"{table}\" SET collector_id = 'x'", f'DELETE FROM "{table}"'):
                with engine.connect() as conn:
                    before = conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                    with pytest.raises(Exception, match=f"{table}: facts are append-only"):
                        conn.execute(text(sql))
                    conn.rollback()
                    assert conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == before
                    changed = conn.execute(
                        text(f"SELECT count(*) FROM \"{table}\" WHERE collector_id = 'x'")
                    ).scalar()
                    assert changed == 0
    finally:
        d.close()
