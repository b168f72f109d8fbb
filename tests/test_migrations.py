"""Migrations: a new database equals one built by Alembic from nothing, is stamped at
head and has no drift from the models; a database behind head is backed up first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from collector_desk.services.context import Desk
from collector_desk.store import db as store_db
from collector_desk.store.db import (
    DB_FILENAME,
    DatabaseError,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    sqlite_url,
)
from collector_desk.store.models import Base


def schema_of(engine: Engine) -> dict[str, Any]:
    insp = inspect(engine)
    out: dict[str, Any] = {}
    for table in sorted(insp.get_table_names()):
        out[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], bool(c.get("primary_key")))
                for c in insp.get_columns(table)
            ],
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in insp.get_indexes(table)
            ),
            "unique": sorted(
                (u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(table)
            ),
            "fks": sorted(
                (f["name"], tuple(f["constrained_columns"]), f["referred_table"])
                for f in insp.get_foreign_keys(table)
            ),
        }
    return out


def upgraded_from_nothing(path: Path) -> Engine:
    engine = make_engine(sqlite_url(path))
    cfg = store_db._alembic_config(engine)
    command.upgrade(cfg, "head")
    return engine


def drift(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))


def test_new_database_equals_alembic_upgrade_from_nothing(tmp_path: Path) -> None:
    created = open_database(tmp_path / "created")
    assert created.report.created
    upgraded = upgraded_from_nothing(tmp_path / "upgraded.sqlite")
    try:
        assert schema_of(created.engine) == schema_of(upgraded)
        assert current_revision(created.engine) == head_revision() == current_revision(upgraded)
        assert drift(created.engine) == []
        assert drift(upgraded) == []
    finally:
        created.close()
        upgraded.dispose()


def test_head_read_from_the_files_is_alembics_head() -> None:
    """The start-up fast path (no Alembic import at head) must agree with Alembic."""
    assert store_db.head_from_files() == head_revision()


def test_every_model_table_exists(tmp_path: Path) -> None:
    database = open_database(tmp_path)
    try:
        tables = set(inspect(database.engine).get_table_names())
    finally:
        database.close()
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_reopening_at_head_changes_nothing(tmp_path: Path) -> None:
    open_database(tmp_path).close()
    again = open_database(tmp_path)
    again.close()
    assert not again.report.created and again.report.backup_path is None
    assert not (tmp_path / "backups").exists()


def test_pragmas_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = open_database(tmp_path)
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()


NEXT_REVISION = '''
"""test: a second revision"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
    {extra}


def downgrade() -> None:
    op.drop_table("test_extra")
'''


@pytest.fixture
def scripts_with_next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of our migrations with one more revision after head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(store_db.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(store_db, "MIGRATIONS", scripts)
    return scripts


def _write_next(scripts: Path, head: str, extra: str = "") -> None:
    text = NEXT_REVISION.format(head=head, extra=extra or "pass")
    (scripts / "versions" / "9001_test_next.py").write_text(text, encoding="utf-8")


def test_database_behind_head_gets_a_verified_backup_first(
    tmp_path: Path, scripts_with_next_revision: Path
) -> None:
    data = tmp_path / "data"
    old_head = head_revision()
    desk = Desk.open(data)
    desk.set_settings(lender_name="升级前的名字")
    desk.close()

    _write_next(scripts_with_next_revision, old_head)
    assert head_revision() == "9001" == store_db.head_from_files()
    database = open_database(data)
    try:
        report = database.report
        assert (report.from_revision, report.to_revision) == (old_head, "9001")
        assert current_revision(database.engine) == "9001"
        assert "test_extra" in inspect(database.engine).get_table_names()
    finally:
        database.close()
    backup = report.backup_path
    assert backup is not None and backup.parent == data / "backups"
    assert f"before-upgrade-{old_head}" in backup.name
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        value = conn.execute("SELECT value FROM setting WHERE key='lender_name'").fetchone()
    assert value == ('"升级前的名字"',)


def test_failed_upgrade_says_where_the_backup_is(
    tmp_path: Path, scripts_with_next_revision: Path
) -> None:
    data = tmp_path / "data"
    old_head = head_revision()
    open_database(data).close()
    _write_next(scripts_with_next_revision, old_head, extra='raise RuntimeError("boom")')
    with pytest.raises(
        DatabaseError, match=r"upgrade from .* failed: boom; backup at .*before-upgrade"
    ):
        open_database(data)
    backups = list((data / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    with sqlite3.connect(tmp_path / DB_FILENAME) as conn:
        conn.execute("CREATE TABLE something_else (x INTEGER)")
    with pytest.raises(DatabaseError, match="no schema version"):
        open_database(tmp_path)
