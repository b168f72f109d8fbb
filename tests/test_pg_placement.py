"""Head office's placements on a team's server: intake matches payments there as on
SQLite, the case pane reads the current placement in its one statement, bundles carry
placements to SQLite workstations, and a collector's login reads only its own."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_exchange_intake_payments import CONTRACT, _file
from test_exchange_support import TODAY, SharedClock
from test_pg_exchange import cli
from test_pg_row_security import read, team  # noqa: F401  (a fixture)

from collector_desk.exchange.intake import run_intake
from collector_desk.services import case_detail, payments
from collector_desk.services.context import Desk

pytestmark = pytest.mark.pg


@pytest.fixture(autouse=True)
def _no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    monkeypatch.delenv("COLLECTOR_DESK_PASSPHRASE", raising=False)


def _loan(desk: Desk) -> str:
    with desk.read() as s:
        return str(
            s.connection()
            .exec_driver_sql("SELECT id FROM loan WHERE contract_no = %s", (CONTRACT,))
            .scalar_one()
        )


def test_placements_and_matching_on_the_server_and_in_bundles(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = Desk.open(tmp_path / "office", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        run_intake(desk, _file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), date(2026, 1, 20)))
        loan = _loan(desk)
        payments.record_payment(desk, loan, paid_on=date(2026, 2, 4), amount_fen=100_000,
                                channel="bank_transfer")  # fmt: skip
        run_intake(desk, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20),
                               batch="B2602", placed=date(2026, 2, 1)))  # fmt: skip
        run_intake(desk, _file(tmp_path, "feb.csv", 6000, date(2026, 2, 6), date(2026, 2, 20),
                               batch="B2602", placed=date(2026, 2, 1)))  # fmt: skip
        detail = case_detail.load(desk, loan)  # the pane's one statement on a server
    finally:
        desk.close()
    assert detail.paid_fen == 600_000  # the desk's payment is not written again
    assert detail.placement is not None
    assert (detail.placement.batch, detail.placement.placed_on, detail.placement.placements) == (
        "B2602", date(2026, 2, 1), 2)  # fmt: skip
    matched = read(pg_url, "SELECT matched FROM placement ORDER BY created_at")
    assert [len(json.loads(str(m))) for (m,) in matched] == [0, 1]

    key = tmp_path / "team.key"
    server = ("--data-dir", tmp_path / "office", "--database-url", pg_url)
    branch = ("--data-dir", tmp_path / "branch")
    cli(capsys, *server, "team-key", "new", key, "--use")
    cli(capsys, *branch, "team-key", "set", key)
    cli(capsys, *server, "collectors", "--add", "C001", "张三")
    cli(capsys, *server, "assign", "--to", "C001", CONTRACT)
    for batch, found in (("B2602", [CONTRACT]), ("B2601", [])):
        doc = json.loads(cli(capsys, *server, "cases", "--json", "--batch", batch))
        assert [c["contract_no"] for c in doc["cases"]] == found
    out = cli(capsys, *server, "bundle", "export", tmp_path / "c1.cdb", "--for", "C001", "--json")
    assert json.loads(out)["counts"]["placement"] == 2
    out = cli(capsys, *branch, "bundle", "import", tmp_path / "c1.cdb", "--json")
    assert json.loads(out)[0]["added"]["placement"] == 2
    there = Desk.open(tmp_path / "branch", today=lambda: TODAY)
    try:
        shown = case_detail.load(there, loan).placement
    finally:
        there.close()
    assert shown is not None and (shown.batch, shown.placed_fen) == ("B2602", 900_000)


def test_a_collector_cannot_read_another_collectors_placements(team, tmp_path: Path) -> None:  # noqa: F811
    pg_url, owners, urls = team
    theirs = next(loan for loan, who in owners.items() if who == "RLS2")
    mine = next(loan for loan, who in owners.items() if who == "RLS1")
    owner = Desk.open(tmp_path / "owner", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        with owner.unit() as s:
            for n, loan in enumerate((theirs, mine)):
                s.connection().exec_driver_sql(
                    "INSERT INTO placement (loan_id, batch, as_of, file, matched, id, created_at, "
                    "collector_id, workstation_id) VALUES (%s, 'B1', '2026-03-01', 'f.csv', '[]', "
                    "%s, '2026-03-16T01:00:00.000000Z', 'S01', 'w')",
                    (loan, f"00000000-0000-7000-8000-00000000000{n}"),
                )
    finally:
        owner.close()
    sql = "SELECT batch FROM placement WHERE loan_id = :l"
    assert read(pg_url, sql, l=theirs)
    assert read(urls["rls1"], sql, l=theirs) == []
    assert read(urls["rls1"], sql, l=mine) == [("B1",)]
    assert read(urls["rlslead"], sql, l=theirs) == [("B1",)]
