"""One UI smoke test on the team's server: the window built with `database_url`
lists the team's cases, and is a workstation of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_desk_support import TODAY, close_window, settle

from collector_desk.app import build_window
from collector_desk.services.cases import CaseQuery, count
from collector_desk.services.context import Desk
from collector_desk.services.demo import create_demo

pytestmark = pytest.mark.pg


def test_the_window_on_the_server_lists_the_teams_cases(qtbot, pg_url: str, tmp_path: Path) -> None:
    supervisor = Desk.open(tmp_path / "supervisor", url=pg_url, today=lambda: TODAY)
    supervisor.set_settings(first_run_done=True, role="supervisor")
    create_demo(supervisor, cases=30, seed=11)
    # the collector's workstation has had its first start (no welcome in the way)
    first = Desk.open(tmp_path / "collector", url=pg_url)
    first.set_settings(first_run_done=True)
    first.close()
    window = build_window(tmp_path / "collector", today=TODAY, lang="en", database_url=pg_url)
    try:
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        view = window.case_list
        assert window.desk.db.engine.dialect.name == "postgresql"
        assert window.desk.workstation_id != supervisor.workstation_id
        assert view.total == count(supervisor, CaseQuery()) == 30
        assert view.model.rowCount() == 30
        shown = {view.model.row(n).contract_no for n in range(view.model.rowCount())}
        assert len(shown) == 30
    finally:
        close_window(window)
        supervisor.close()
