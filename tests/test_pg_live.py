"""Live updates on a team's server: what another process commits reaches this
window's views at once, without F5 (LISTEN/NOTIFY, heard off the GUI thread)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from test_pg_check import run_cli
from ui_desk_support import TODAY, close_window, open_case, settle

from collector_desk.app import build_window
from collector_desk.services import live, payments
from collector_desk.services.cases import CaseQuery, page
from collector_desk.services.context import ChangeKind, Desk
from collector_desk.services.demo import create_demo

pytestmark = pytest.mark.pg


def test_a_reassignment_in_another_process_shows_in_the_window(
    qtbot, pg_url: str, tmp_path: Path
) -> None:
    supervisor = Desk.open(tmp_path / "supervisor", url=pg_url, today=lambda: TODAY)
    supervisor.set_settings(first_run_done=True, role="supervisor")
    create_demo(supervisor, cases=20, seed=5)
    first = Desk.open(tmp_path / "collector", url=pg_url)
    first.set_settings(first_run_done=True)
    first.close()
    window = build_window(tmp_path / "collector", today=TODAY, lang="en", database_url=pg_url)
    try:
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        assert window._live is not None and window._live.wait_listening(10)
        model = window.case_list.model
        row = model.row(0)
        target = "C009" if row.assigned_to != "C009" else "C008"
        run_cli("--data-dir", str(tmp_path / "supervisor"), "--database-url", pg_url,
                "collectors", "--add", target, "新人")  # fmt: skip
        open_case(qtbot, window, row.loan_id)
        settle(qtbot)
        reloads: list[frozenset[str]] = []
        window.changed.connect(lambda c: reloads.append(c.loans))
        started = time.monotonic()
        done = run_cli("--data-dir", str(tmp_path / "supervisor"), "--database-url", pg_url,
                       "assign", "--to", target, row.contract_no)  # fmt: skip
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(
            lambda: any(
                model.row(n).contract_no == row.contract_no and model.row(n).assigned_to == target
                for n in range(model.rowCount())
            ),
            timeout=5000,
        )
        assert time.monotonic() - started < 2 + 5  # the CLI's own start is most of it
        assert any(loans == {row.loan_id} for loans in reloads)  # only that row
        bar = window.statusBar()
        qtbot.waitUntil(lambda: "This case was updated by desk_admin at" in bar.currentMessage())
    finally:
        close_window(window)
        supervisor.close()


def test_the_listener_hears_other_connections_not_its_own(pg_url: str, tmp_path: Path) -> None:
    a = Desk.open(tmp_path / "a", url=pg_url, today=lambda: TODAY)
    b = Desk.open(tmp_path / "b", url=pg_url, today=lambda: TODAY)
    heard: list[live.RemoteChange] = []
    got = threading.Event()

    def on_change(change: live.RemoteChange) -> None:
        assert threading.current_thread() is not threading.main_thread()
        heard.append(change)
        got.set()

    listener = live.listen(a, on_change)
    assert listener is not None
    try:
        assert listener.wait_listening(10)
        create_demo(a, cases=3, seed=1)  # a's own writes: not heard
        loan = page(a, CaseQuery(), limit=1)[0].loan_id
        payments.record_payment(b, loan, paid_on=TODAY, amount_fen=100, channel="app")
        assert got.wait(5)
        kinds = set().union(*(c.changes.kinds for c in heard))
        assert ChangeKind.PAYMENT in kinds and ChangeKind.CASE in kinds
        assert all(c.changes.loans == {loan} for c in heard), (
            loan,
            [c.changes.loans for c in heard],
        )
        assert all("张" not in str(c) and "138" not in str(c) for c in heard)
    finally:
        listener.stop()
        a.close()
        b.close()
