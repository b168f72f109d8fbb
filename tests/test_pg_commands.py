"""The day's commands on a team's server, through the real command line: demo, cases,
worklist, payment, contact limits, the roster and assignment, conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import make_url
from test_pg_check import run_cli

pytestmark = pytest.mark.pg


def test_a_days_commands_on_the_server(pg_url: str, tmp_path: Path) -> None:
    def cli(*args: str) -> str:
        out = run_cli("--data-dir", str(tmp_path), "--database-url", pg_url, *args)
        assert out.returncode == 0, (args, out.stderr)
        assert make_url(pg_url).password not in out.stdout + out.stderr
        return out.stdout

    assert "created 30 demo cases" in cli("demo", "--cases", "30")
    cases = json.loads(cli("cases", "--json"))["cases"]
    assert len(cases) == 30
    first = next(c for c in cases if c["outstanding_fen"] > 1000)
    assert json.loads(cli("worklist", "--all", "--json"))
    said = cli("payment", first["contract_no"], "10.00")
    assert "payment recorded; outstanding" in said
    after = {c["contract_no"]: c for c in json.loads(cli("cases", "--json"))["cases"]}
    assert after[first["contract_no"]]["outstanding_fen"] == first["outstanding_fen"] - 1000
    assert "failures_for_unreachable" in cli("contact-limits")
    cli("collectors", "--add", "C001", "李娜")
    cli("collectors", "--add", "C002", "王五")
    cli("assign", "--spread", "C001,C002")
    assigned = json.loads(cli("cases", "--json"))["cases"]
    assert {c["assigned_to"] for c in assigned} == {"C001", "C002"}
    assert "0 conflicts" in cli("bundle", "conflicts")
