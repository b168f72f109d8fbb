"""Change tracking without rowid: every fact gets a growing `fact_seq`, however it
was written; an upgrade from 0003 numbers the facts already there and carries
each export mark over, so the next export sends exactly what it would have."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from collector_desk.services import demo
from collector_desk.services.context import Desk
from collector_desk.store import sync
from collector_desk.store.db import DB_FILENAME, _alembic_config
from collector_desk.store.fact_seq import TRACKED

TODAY = date(2026, 3, 16)


def _fill(column: str) -> object:
    return {"created_at": "2026-03-16T02:00:00.000000Z"}.get(column, f"{column}-1")


@pytest.mark.sqlite_only  # the file read with sqlite3 (the server's order: test_pg_fact_order)
def test_every_fact_written_gets_a_growing_seq(tmp_path: Path) -> None:
    desk = Desk.open(tmp_path / "data", today=lambda: TODAY)
    demo.create_demo(desk, cases=30)  # calls, promises, payments, notes, registers
    desk.close()
    conn = sqlite3.connect(tmp_path / "data" / DB_FILENAME)
    for table in TRACKED:
        ids = {r[0] for r in conn.execute(f'SELECT id FROM "{table}"')}
        seqs = dict(conn.execute("SELECT row_id, seq FROM fact_seq WHERE table_name = ?", (table,)))
        assert set(seqs) == ids, table
    before = conn.execute("SELECT max(seq) FROM fact_seq").fetchone()[0]
    cols = [r[1] for r in conn.execute('PRAGMA table_info("note")')]
    conn.execute(
        f"INSERT INTO note ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [_fill(c) for c in cols],
    )  # a plain connection, as another program would write
    (seq,) = conn.execute("SELECT seq FROM fact_seq WHERE row_id = 'id-1'").fetchone()
    conn.close()
    assert seq == before + 1


@pytest.mark.sqlite_only  # the file read with sqlite3 (the server's order: test_pg_fact_order)
def test_upgrade_from_0003_numbers_old_facts_and_moves_the_marks(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003_case_state_version")
    engine.dispose()
    conn = sqlite3.connect(path)
    cols = [r[1] for r in conn.execute('PRAGMA table_info("audit_event")')]
    for n in range(5):  # ids out of rowid order: the order they came in must win
        row = [f"{'edcba'[n]}-{n}" if c == "id" else _fill(c) for c in cols]
        conn.execute(
            f"INSERT INTO audit_event ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            row,
        )
    (third,) = conn.execute("SELECT rowid FROM audit_event WHERE id = 'c-2'").fetchone()
    conn.execute(
        "INSERT INTO sync_mark (table_name, last_rowid) VALUES ('audit_event', ?)", (third,)
    )
    conn.commit()
    conn.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as c:
        cfg = _alembic_config(engine)
        cfg.attributes["connection"] = c
        command.upgrade(cfg, "head")
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        mark = sync.marks(s)["audit_event"]
        rows, last = sync.facts_since(s, "audit_event", mark)
    engine.dispose()
    assert [r[cols.index("id")] for r in rows] == ["b-3", "a-4"]
    assert last == mark + 2
