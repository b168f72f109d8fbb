"""Facts are append-only in the database: UPDATE and DELETE are refused, inserts pass."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from collector_desk.services import demo
from collector_desk.services.context import Desk
from collector_desk.store.db import DB_FILENAME
from collector_desk.store.fact_guard import FACT_TABLES
from collector_desk.store.models import FactMixin


def test_every_fact_model_is_guarded():
    from collector_desk.store.models import Base

    facts = {
        m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, FactMixin)
    }
    assert facts == set(FACT_TABLES)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    d = Desk.open(tmp_path / "data", today=lambda: date(2026, 3, 16))
    demo.create_demo(d, cases=40)
    d.close()
    return tmp_path / "data" / DB_FILENAME


@pytest.mark.sqlite_only  # SQLite's triggers, read with sqlite3 (the server's: test_pg_schema)
@pytest.mark.parametrize("table", FACT_TABLES)
def test_update_and_delete_of_a_fact_are_refused(db_file, table):
    # A plain connection, as another program would open the file (foreign keys off,
    # so a filler row can be added where the demo made none).
    conn = sqlite3.connect(db_file)
    cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    if conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == 0:
        conn.execute(
            f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})',
            [_fill(c) for c in cols],
        )
        conn.commit()
    before = conn.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall()
    for sql in (f"UPDATE \"{table}\" SET collector_id = 'x'", f'DELETE FROM "{table}"'):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql)
        conn.rollback()
    assert conn.execute(f'SELECT * FROM "{table}" ORDER BY id').fetchall() == before
    conn.close()


@pytest.mark.sqlite_only  # SQLite's triggers, read with sqlite3 (the server's: test_pg_schema)
def test_an_upgraded_database_is_guarded_too(tmp_path):
    """The 0001 -> head path: a database made before the triggers gets them."""
    from alembic import command

    from collector_desk.store.db import _alembic_config

    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        assert not conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")).all()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.begin() as conn:
        names = {
            r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'"))
        }
    engine.dispose()
    assert {f"fact_no_update_{t}" for t in FACT_TABLES} | {
        f"fact_no_delete_{t}" for t in FACT_TABLES
    } <= names


def _fill(column: str) -> object:
    return {"created_at": "2026-03-16T02:00:00.000000+00:00"}.get(column, f"{column}-1")
