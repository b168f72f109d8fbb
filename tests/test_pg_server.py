"""`collector-desk server ...` against a real PostgreSQL server, through the real
command line: init, add-collector, status, upgrade (with pg_dump, or refused without),
migrate-from a workstation's SQLite folder (verified, never overwriting)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, make_url, text
from test_pg_check import run_cli

from collector_desk.services import demo, payments
from collector_desk.services.context import Desk
from collector_desk.store import db as store_db
from collector_desk.store.db import DatabaseError, current_revision, head_revision
from collector_desk.store.server import table_digests

pytestmark = pytest.mark.pg
TODAY = date(2026, 3, 16)


def server(pg_url: str, tmp_path: Path, *args: str, stdin: str | None = None):
    import os
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(tmp_path / "admin"),
         "--database-url", pg_url, "server", *args],
        input=stdin, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def _team_roles_exist(pg_url: str) -> bool:
    """Roles belong to the cluster, not to a database: another test of this process
    (in random order) may have made them already."""
    engine = create_engine(pg_url)
    try:
        with engine.connect() as c:
            found = c.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname = 'desk_collector'"))
    finally:
        engine.dispose()
    return bool(found)


def test_init_add_collector_and_status(pg_url: str, tmp_path: Path) -> None:
    secret = make_url(pg_url).password
    roles_there = _team_roles_exist(pg_url)
    out = server(pg_url, tmp_path, "init")
    assert out.returncode == 0, out.stderr
    assert "schema created" in out.stdout
    assert ("team roles already there" if roles_there else "desk_collector") in out.stdout
    assert _team_roles_exist(pg_url)
    again = server(pg_url, tmp_path, "init")
    assert again.returncode == 0 and "schema already there" in again.stdout
    assert "team roles already there" in again.stdout

    out = server(
        pg_url, tmp_path, "add-collector", "c002", "--password-stdin", stdin="Zhang-2026!\n"
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "login c002 (collector) created"
    bad = server(pg_url, tmp_path, "add-collector", "C 002", "--password-stdin", stdin="x" * 9)
    assert bad.returncode == 1 and "lower-case letters" in bad.stderr

    # the collector's own login works, reads and writes cases, and cannot change the schema
    as_c002 = make_url(pg_url).set(username="c002", password="Zhang-2026!")
    desk = Desk.open(tmp_path / "c002", url=as_c002.render_as_string(hide_password=False))
    try:
        assert demo.create_demo(desk, cases=5) == 5
        with desk.db.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == "c002"
            with pytest.raises(Exception, match="permission denied"):
                conn.execute(text("CREATE TABLE mine (x int)"))
    finally:
        desk.close()

    out = server(pg_url, tmp_path, "status")
    assert out.returncode == 0, out.stderr
    assert f"schema: {head_revision()} (at head)" in out.stdout
    assert "cases: 5" in out.stdout and "logins: c002" in out.stdout
    for o in (out, again):
        assert secret not in o.stdout + o.stderr


def _at_0002(pg_url: str) -> None:
    engine = store_db.make_engine(pg_url)
    command.upgrade(store_db._alembic_config(engine), "0002_fact_triggers")
    engine.dispose()


def test_a_workstation_never_upgrades_the_server_itself(pg_url: str, tmp_path: Path) -> None:
    _at_0002(pg_url)
    with pytest.raises(
        DatabaseError, match=r"at 0002_fact_triggers, this app needs .*server upgrade"
    ):
        Desk.open(tmp_path, url=pg_url)
    engine = create_engine(pg_url)
    assert current_revision(engine) == "0002_fact_triggers"
    engine.dispose()
    out = run_cli("--data-dir", str(tmp_path), "--database-url", pg_url, "cases")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "server upgrade" in out.stderr


def test_a_newer_schema_is_refused_naming_both_versions(pg_url: str, tmp_path: Path) -> None:
    Desk.open(tmp_path, url=pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    engine.dispose()
    with pytest.raises(
        DatabaseError, match=rf"0099_from_the_future is newer than this app's {head_revision()}"
    ):
        Desk.open(tmp_path, url=pg_url)


def test_upgrade_backs_up_first_or_refuses_without_pg_dump(pg_url: str, tmp_path: Path) -> None:
    _at_0002(pg_url)
    refused = server(pg_url, tmp_path, "upgrade", "--pg-dump", str(tmp_path / "no-pg_dump"))
    assert refused.returncode == 1
    assert "pg_dump was not found" in refused.stderr and "nothing was changed" in refused.stderr
    engine = create_engine(pg_url)
    assert current_revision(engine) == "0002_fact_triggers"

    out = server(pg_url, tmp_path, "upgrade", "--backup-dir", str(tmp_path / "bk"))
    assert out.returncode == 0, out.stderr
    (backup,) = (tmp_path / "bk").glob("server-*-0002_fact_triggers-*.dump")
    assert backup.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert f"from 0002_fact_triggers to {head_revision()}" in out.stdout
    assert current_revision(engine) == head_revision()
    engine.dispose()
    assert make_url(pg_url).password not in out.stdout + out.stderr
    assert "already at" in server(pg_url, tmp_path, "upgrade").stdout


def _team_objects(pg_url: str) -> tuple[set[str], set[tuple[str, str]], set[str]]:
    """The live-update triggers, the row policies (table, name) and the tables under
    row-level security on the server."""
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            triggers = set(
                conn.execute(
                    text("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'notify\\_%'")
                ).scalars()
            )
            policies = {
                (r[0], r[1])
                for r in conn.execute(text("SELECT tablename, policyname FROM pg_policies"))
            }
            secured = set(
                conn.execute(
                    text(
                        "SELECT relname FROM pg_class WHERE relrowsecurity "
                        "AND relnamespace = 'public'::regnamespace"
                    )
                ).scalars()
            )
    finally:
        engine.dispose()
    return triggers, policies, secured


def test_upgrade_makes_the_triggers_and_row_policies_again(pg_url: str, tmp_path: Path) -> None:
    from collector_desk.store.live import NOTIFYING
    from collector_desk.store.server import ROW_POLICIES

    every_trigger = {f"notify_{t}_{v}" for t in NOTIFYING for v in ("insert", "update")}
    every_policy = {
        (t, p)
        for t in ROW_POLICIES
        for p in ("desk_read", "desk_add", "desk_change", "desk_remove")
    }
    _at_0002(pg_url)  # set up by an app from before live updates and row security
    triggers, policies, secured = _team_objects(pg_url)
    assert not triggers & every_trigger and not policies & every_policy
    out = server(pg_url, tmp_path, "upgrade", "--backup-dir", str(tmp_path / "bk"))
    assert out.returncode == 0, out.stderr
    assert "row policies and masked numbers made again" in out.stdout
    triggers, policies, secured = _team_objects(pg_url)
    assert every_trigger <= triggers and every_policy <= policies
    assert set(ROW_POLICIES) <= secured

    assert server(pg_url, tmp_path, "init").returncode == 0  # the team's roles
    engine = create_engine(pg_url)
    with engine.begin() as conn:  # as an older app's definitions would have left them
        conn.execute(text('DROP POLICY desk_read ON "phone"'))
        conn.execute(text('DROP TRIGGER "notify_call_insert" ON "call"'))
        conn.execute(text("REVOKE SELECT ON phone FROM desk_collector"))
        # before the masked numbers: the whole table readable, no views, no reveal
        conn.execute(text("DROP VIEW phone_masked"))
        conn.execute(text("DROP FUNCTION desk_reveal"))
        conn.execute(text("GRANT SELECT ON borrower TO desk_collector"))
    again = server(pg_url, tmp_path, "upgrade")  # at head: nothing to migrate, no backup
    assert again.returncode == 0, again.stderr
    assert "already at" in again.stdout and "made again" in again.stdout
    triggers, policies, _ = _team_objects(pg_url)
    assert "notify_call_insert" in triggers and ("phone", "desk_read") in policies
    with engine.connect() as conn:
        may = "SELECT has_column_privilege('desk_collector', :t, :c, 'SELECT')"
        for table, column, readable in (
            ("phone", "tail4", True),
            ("phone", "number", False),
            ("borrower", "id_tail", True),
            ("borrower", "id_number", False),
            ("phone_masked", "number", True),
        ):
            assert conn.execute(text(may), {"t": table, "c": column}).scalar() is readable
        assert conn.execute(
            text(
                "SELECT to_regprocedure('desk_reveal(text, text, text, "
                "text, text, text, text)') IS NOT NULL"
            )
        ).scalar()
    engine.dispose()


def test_migrate_from_a_workstation_folder(pg_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "branch"
    d = Desk.open(folder, today=lambda: TODAY)
    d.set_settings(collector_id="C001", lender_name="示例消费金融")
    demo.create_demo(d, cases=25)
    with d.read() as s:
        loan = s.execute(text("SELECT loan_id FROM case_state LIMIT 1")).scalar_one()
    payments.record_payment(d, loan, paid_on=TODAY, amount_fen=500, channel="bank_transfer")
    wid = d.workstation_id
    source_digests = table_digests(d.db.engine)
    d.close()

    out = server(pg_url, tmp_path, "migrate-from", str(folder))
    assert out.returncode == 0, out.stderr
    assert "counts and hashes equal" in out.stdout
    target = create_engine(pg_url)
    assert table_digests(target) == source_digests
    with target.connect() as conn:
        keys = set(conn.execute(text("SELECT key FROM setting")).scalars())
    target.dispose()
    assert "lender_name" in keys and "workstation_id" not in keys and "collector_id" not in keys

    again = server(pg_url, tmp_path, "migrate-from", str(folder))
    assert again.returncode == 1 and "overwrites nothing" in again.stderr

    local = run_cli("--data-dir", str(folder), "cases", "--json")
    remote = run_cli("--data-dir", str(folder), "--database-url", pg_url, "cases", "--json")
    assert local.returncode == remote.returncode == 0, remote.stderr
    assert json.loads(remote.stdout)["cases"] == json.loads(local.stdout)["cases"]
    # the same workstation, now on the server
    on_server = Desk.open(folder, url=pg_url)
    assert on_server.workstation_id == wid and on_server.collector_id == "C001"
    on_server.close()
