"""Team mode set up as docs/team-mode.md tells a new team to: an owner made by a plain
`createuser` (no CREATEROLE), prompts without a terminal, the upgrade's backup, a
server that goes away under a running window, and the one line a lost connection
gives."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from net_delay import DelayProxy
from pg_fixture import PgCluster
from sqlalchemy import create_engine, inspect, make_url, text
from sqlalchemy.exc import OperationalError
from ui_desk_support import TODAY, close_window, settle

from collector_desk.errors import failure_line, user_failure
from collector_desk.store import db as store_db
from collector_desk.store.server import _conninfo

pytestmark = pytest.mark.pg


def _cli(url: str, tmp_path: Path, *args: str, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(tmp_path / "admin"),
         "--database-url", url, "server", *args],
        input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def _admin(cluster: PgCluster, sql: str) -> None:
    engine = create_engine(cluster.admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def _roles_exist(cluster: PgCluster) -> bool:
    engine = create_engine(cluster.admin_url)
    try:
        with engine.connect() as conn:
            n = conn.scalar(
                text(
                    "SELECT count(*) FROM pg_roles "
                    "WHERE rolname IN ('desk_collector', 'desk_supervisor')"
                )
            )
    finally:
        engine.dispose()
    return n == 2


def test_an_owner_without_createrole_is_told_what_to_do(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    """`createuser desk_owner` gives no CREATEROLE: init and add-collector say so in one
    line, with nothing changed, instead of an internal error after the schema was made."""
    owner = f"owner_{os.getpid()}_{os.urandom(3).hex()}"
    database = f"{owner}_desk"
    _admin(pg_cluster, f"CREATE ROLE {owner} LOGIN PASSWORD 'Owner-pass-1'")
    _admin(pg_cluster, f"CREATE DATABASE {database} OWNER {owner}")
    url = pg_cluster.url(database, user=owner, password="Owner-pass-1")
    url_text = url.render_as_string(hide_password=False)
    try:
        roles_there = _roles_exist(pg_cluster)
        out = _cli(url_text, tmp_path, "init")
        assert "Traceback" not in out.stderr and "internal error" not in out.stderr
        assert "Owner-pass-1" not in out.stdout + out.stderr
        engine = create_engine(url)
        try:
            tables = set(inspect(engine).get_table_names())
        finally:
            engine.dispose()
        if not roles_there:  # the group roles are the cluster's: another test may have made them
            assert out.returncode == 1, out.stdout
            assert f"the login {owner} may not create roles" in out.stderr
            assert "CREATEROLE" in out.stderr and "nothing was changed" in out.stderr
            assert tables == set()  # refused before the schema
        else:
            assert out.returncode == 0, out.stderr
        if tables:  # the schema is there: the logins are what needs CREATEROLE
            made = _cli(
                url_text, tmp_path, "add-collector", "c071", "--password-stdin",
                stdin="Collector-71\n",
            )  # fmt: skip
            assert made.returncode == 1
            assert "may not create logins" in made.stderr and "CREATEROLE" in made.stderr
            assert "Traceback" not in made.stderr

        _admin(pg_cluster, f"ALTER ROLE {owner} CREATEROLE")  # what the doc now says
        out = _cli(url_text, tmp_path, "init")
        assert out.returncode == 0, out.stderr
        made = _cli(
            url_text, tmp_path, "add-collector", "c072", "--password-stdin", stdin="Collector-72\n"
        )
        assert made.returncode == 0, made.stderr
        assert made.stdout.strip() == "login c072 (collector) created"
        # a collector's (or supervisor's) login is not the owner: told so, nothing tried
        as_c072 = pg_cluster.url(database, user="c072", password="Collector-72")
        for task in (["upgrade"], ["init"], ["add-collector", "c074", "--password-stdin"]):
            refused = _cli(
                as_c072.render_as_string(hide_password=False), tmp_path, *task,
                stdin="Collector-74\n",
            )  # fmt: skip
            assert refused.returncode == 1
            assert "the login c072 does not own this database" in refused.stderr
            assert f"its owner is {owner}" in refused.stderr
            assert "Traceback" not in refused.stderr and "Collector-72" not in refused.stderr
    finally:
        _admin(pg_cluster, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        _admin(pg_cluster, "DROP ROLE IF EXISTS c071")
        _admin(pg_cluster, "DROP ROLE IF EXISTS c072")
        _admin(pg_cluster, "DROP ROLE IF EXISTS c074")
        _admin(pg_cluster, f"DROP OWNED BY {owner}")
        _admin(pg_cluster, f"DROP ROLE IF EXISTS {owner}")


def test_add_collector_without_a_terminal_says_so(pg_url: str, tmp_path: Path) -> None:
    assert _cli(pg_url, tmp_path, "init").returncode == 0
    out = _cli(pg_url, tmp_path, "add-collector", "c073")  # stdin: /dev/null, no terminal
    assert out.returncode == 1
    assert "no password was typed" in out.stderr and "--password-stdin" in out.stderr
    assert "Traceback" not in out.stderr and "internal error" not in out.stderr


def test_the_upgrade_backup_is_private_and_keeps_the_urls_options(
    pg_url: str, tmp_path: Path
) -> None:
    engine = store_db.make_engine(pg_url)
    command.upgrade(store_db._alembic_config(engine), "0002_fact_triggers")
    engine.dispose()
    # a query option pg_dump must get (TLS options travel the same way)
    with_option = make_url(pg_url).update_query_dict({"sslmode": "disable"})
    url = with_option.render_as_string(hide_password=False)
    out = _cli(url, tmp_path, "upgrade", "--backup-dir", str(tmp_path / "bk"))
    assert out.returncode == 0, out.stderr
    (backup,) = (tmp_path / "bk").glob("server-*.dump")
    assert backup.read_bytes()[:5] == b"PGDMP"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600  # every phone and ID number is in it
    assert str(make_url(pg_url).password) not in out.stdout + out.stderr

    info = _conninfo(
        make_url("postgresql+psycopg://c1:Secret-9@db.lan:5433/desk?sslmode=verify-full")
    )
    assert "sslmode=verify-full" in info and "dbname=desk" in info and "port=5433" in info
    assert "Secret-9" not in info


def test_a_lost_server_is_one_line_not_the_drivers_text() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: nothing listens there
    engine = create_engine(
        f"postgresql+psycopg://c001:Pw-secret-1@127.0.0.1:{port}/desk",
        connect_args={"connect_timeout": 5},
    )
    with pytest.raises(OperationalError) as caught:
        engine.connect()
    engine.dispose()
    known = user_failure(caught.value)
    assert known is not None
    line = failure_line(caught.value)
    assert line.startswith("the team's database server cannot be reached")
    assert "Pw-secret-1" not in line and "sqlalche.me" not in line and "\n" not in line


def test_the_window_says_when_the_server_is_unreachable(qtbot, pg_url: str, tmp_path: Path) -> None:
    """The server goes away under a running window (the network between them is cut):
    the status bar says so until it is back, then the views read again."""
    from collector_desk.app import build_window
    from collector_desk.services.context import Desk
    from collector_desk.services.demo import create_demo

    supervisor = Desk.open(tmp_path / "supervisor", url=pg_url, today=lambda: TODAY)
    supervisor.set_settings(first_run_done=True, role="supervisor")
    create_demo(supervisor, cases=8, seed=5)
    supervisor.close()
    parsed = make_url(pg_url)
    upstream = (parsed.host or "127.0.0.1", int(parsed.port or 5432))
    proxy = DelayProxy(*upstream, 0.0)
    through = proxy.url(parsed).render_as_string(hide_password=False)
    first = Desk.open(tmp_path / "collector", url=through)
    first.set_settings(first_run_done=True)
    first.close()
    window = build_window(tmp_path / "collector", today=TODAY, lang="en", database_url=through)
    try:
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        assert window._live is not None and window._live.wait_listening(15)
        assert window.findChild(object, "serverUnreachable") is None  # connected: nothing said

        with socket.socket() as s:  # the cable out: every connection cut, none let through
            s.bind(("127.0.0.1", 0))
            dead = s.getsockname()[1]
        proxy.upstream = ("127.0.0.1", dead)
        with proxy._lock:
            for conn in proxy._open:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)  # wakes the pumps: both ends see it
                conn.close()
            proxy._open.clear()

        def said() -> bool:
            label = window._offline
            return label is not None and label.isVisible()

        qtbot.waitUntil(said, timeout=15_000)
        assert "cannot be reached" in window._offline.text()
        assert "Nothing typed is lost" in window._offline.text()

        proxy.upstream = upstream  # back
        qtbot.waitUntil(lambda: not window._offline.isVisible(), timeout=30_000)
        assert "Connected to the server again" in window.statusBar().currentMessage()
        settle(qtbot)
        assert window.case_list.total == 8
    finally:
        close_window(window)
        proxy.close()


def test_the_welcome_on_a_teams_server(qtbot, pg_url: str, tmp_path: Path) -> None:
    """A collector's first start on the team's server: the ID is the login's (the row
    policies match login c001 to collector C001), the lender is the team's, and the demo
    is not offered into the team's portfolio."""
    from collector_desk.services.context import Desk
    from collector_desk.services.demo import create_demo
    from collector_desk.ui.shell.welcome import WelcomeDialog

    supervisor = Desk.open(tmp_path / "supervisor", url=pg_url, today=lambda: TODAY)
    supervisor.set_settings(first_run_done=True, role="supervisor", lender_name="Team Lender")
    create_demo(supervisor, cases=3, seed=2)
    supervisor.close()
    desk = Desk.open(tmp_path / "collector", url=pg_url)
    try:
        login = desk.server_login
        assert login == make_url(pg_url).username
        dialog = WelcomeDialog(desk.settings(), "en", empty=False, team_login=login)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.collector_id.text() == str(login).upper()
        assert dialog.lender.text() == "Team Lender" and dialog.lender.isReadOnly()
        assert not dialog.choices["demo"].isVisible()
        assert not dialog.start_note.isVisible()  # "the demo cases are made up"
        assert dialog.choices["empty"].isChecked()
        dialog.name.setText("Zhang Wei")
        assert dialog.validate() == []
        assert dialog.values()["collector_id"] == str(login).upper()
    finally:
        desk.close()
    # a workstation's own file: as before
    plain = WelcomeDialog({}, "en", empty=True)
    qtbot.addWidget(plain)
    plain.show()
    assert plain.collector_id.text() == "" and not plain.lender.isReadOnly()
    assert plain.choices["demo"].isVisible() and plain.choices["demo"].isChecked()


def test_a_payment_on_another_collectors_case_says_whose_cases_are_seen(
    pg_url: str, tmp_path: Path
) -> None:
    from collector_desk.services.context import Desk
    from collector_desk.services.demo import create_demo

    desk = Desk.open(tmp_path / "supervisor", url=pg_url, today=lambda: TODAY)
    try:
        create_demo(desk, cases=2, seed=3)
    finally:
        desk.close()
    out = subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(tmp_path / "w"),
         "--database-url", pg_url, "payment", "NO-SUCH-1", "10.00"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert out.returncode == 1
    assert out.stderr.strip() == (
        "error: no case with contract number NO-SUCH-1 among the cases this login may see"
    )


def test_the_window_offers_to_retry_when_the_server_is_down_at_start(
    qtbot, pg_url: str, tmp_path: Path
) -> None:
    """Started while the server cannot be reached: the window says so with Retry (not
    only "the database in FOLDER cannot be opened", then closed), and Retry once the
    server is back opens it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from collector_desk.app import _show_then_open
    from collector_desk.services.context import Desk
    from collector_desk.services.demo import create_demo
    from collector_desk.ui.main_window import MainWindow
    from collector_desk.ui.startup_report import StartupReport

    supervisor = Desk.open(tmp_path / "supervisor", url=pg_url, today=lambda: TODAY)
    supervisor.set_settings(first_run_done=True, role="supervisor")
    create_demo(supervisor, cases=4, seed=9)
    supervisor.close()
    parsed = make_url(pg_url)
    upstream = (parsed.host or "127.0.0.1", int(parsed.port or 5432))
    proxy = DelayProxy(*upstream, 0.0)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    proxy.upstream = ("127.0.0.1", dead)  # down from the start
    through = proxy.url(parsed).render_as_string(hide_password=False)
    folder = tmp_path / "collector"
    first = Desk.open(folder, url=pg_url)
    first.set_settings(first_run_done=True)
    first.close()
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "serverOpenFailed":
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        proxy.upstream = upstream  # the server is back
        box.button(QMessageBox.StandardButton.Retry).click()

    window = MainWindow(lang="en", panes=False)
    qtbot.addWidget(window)
    report = StartupReport(window, quit_when_done=False)
    window.show()
    QTimer.singleShot(0, answer)
    try:
        _show_then_open(window, folder, through, report)
        qtbot.waitUntil(lambda: window.desk is not None, timeout=30_000)
        assert seen and "cannot be opened" in seen[0]
        assert "cannot be reached" in seen[0] or "refused" in seen[0] or "closed" in seen[0]
        assert str(parsed.password) not in seen[0]
        settle(qtbot)
        assert window.case_list.total == 4
    finally:
        close_window(window)
        proxy.close()
