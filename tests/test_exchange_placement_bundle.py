"""Placements travel in bundles between SQLite workstations: the supervisor's intake
reaches the collector's case pane, and a collector's payment comes back to be matched."""

from __future__ import annotations

import json
from datetime import date

import pytest
from test_exchange_intake_payments import CONTRACT, _file
from test_exchange_support import TODAY

from collector_desk.cli import main
from collector_desk.services import case_detail
from collector_desk.services.context import Desk


@pytest.fixture(autouse=True)
def _no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    monkeypatch.delenv("COLLECTOR_DESK_PASSPHRASE", raising=False)


def cli(capsys: pytest.CaptureFixture[str], *argv: object) -> str:
    got = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert got == 0, (argv, out, err)
    return out


def test_placements_travel_and_a_collectors_payment_is_matched(tmp_path, capsys):
    key = tmp_path / "team.key"
    sup = ("--data-dir", tmp_path / "sup")
    col = ("--data-dir", tmp_path / "col")
    cli(capsys, *sup, "team-key", "new", key, "--use")
    cli(capsys, *col, "team-key", "set", key)
    cli(capsys, *sup, "intake", _file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), TODAY))
    cli(capsys, *sup, "collectors", "--add", "C001", "张三")
    cli(capsys, *sup, "assign", "--to", "C001", CONTRACT)
    out = cli(capsys, *sup, "bundle", "export", tmp_path / "c1.cdb", "--for", "C001", "--json")
    assert json.loads(out)["counts"]["placement"] == 1
    out = cli(capsys, *col, "bundle", "import", tmp_path / "c1.cdb", "--json")
    assert json.loads(out)[0]["added"]["placement"] == 1
    desk = Desk.open(tmp_path / "col", today=lambda: TODAY)
    try:
        with desk.read() as s:
            loan = s.connection().exec_driver_sql("SELECT id FROM loan").scalar_one()
        shown = case_detail.load(desk, loan).placement
    finally:
        desk.close()
    assert shown is not None and (shown.batch, shown.placed_on) == ("B2601", date(2025, 12, 1))

    # the collector's payment goes back; head office's next file includes it
    cli(capsys, *col, "payment", CONTRACT, "1000.00", "--on", "2026-03-12")
    cli(capsys, *col, "bundle", "export", tmp_path / "back.cdb")
    cli(capsys, *sup, "bundle", "import", tmp_path / "back.cdb")
    cli(capsys, *sup, "intake", _file(tmp_path, "mar.csv", 6000, TODAY, TODAY))
    doc = json.loads(cli(capsys, *sup, "cases", "--json"))
    (case,) = doc["cases"]
    assert case["outstanding_fen"] == (24_000 - 6_000) * 100  # not paid twice


def test_cases_filter_by_the_current_batch(tmp_path, capsys):
    sup = ("--data-dir", tmp_path / "sup")
    cli(capsys, *sup, "intake", _file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), TODAY))
    # a second contract in batch B2602; then the first moves to B2603 with next month's file
    cli(capsys, *sup, "intake", _file(tmp_path, "two.csv", 0, None, TODAY, batch="B2602", seed=2))
    cli(capsys, *sup, "intake", _file(tmp_path, "feb.csv", 5000, date(2026, 1, 5), TODAY,
                                      batch="B2603"))  # fmt: skip

    def shown(batch: str) -> list[str]:
        doc = json.loads(cli(capsys, *sup, "cases", "--json", "--batch", batch))
        return sorted(c["contract_no"] for c in doc["cases"])

    assert shown("B2601") == []  # the first contract's batch before
    assert shown("B2603") == [CONTRACT]
    assert shown("B2602") == ["HT2025000002"]
