"""Files in and out on a team's server, through the command line: intake, the daily
report, debit results, practice history, and bundles both ways between the server and
SQLite workstations."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import make_url
from test_exchange_support import loan_ids, record_call

from collector_desk.cli import main
from collector_desk.domain.practice.lint import play_best
from collector_desk.domain.practice.scoring import score_call
from collector_desk.exchange.synctables import canonical_dump
from collector_desk.services import practice
from collector_desk.services.context import Desk

pytestmark = pytest.mark.pg
DATA = Path(__file__).parent / "data" / "intake"


@pytest.fixture(autouse=True)
def _no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    monkeypatch.delenv("COLLECTOR_DESK_PASSPHRASE", raising=False)


def cli(capsys: pytest.CaptureFixture[str], *argv: object, code: int = 0) -> str:
    got = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert got == code, (argv, out, err)
    assert "Traceback" not in err and "SQLite only" not in err
    return out


def test_intake_report_and_debit_results_on_the_server(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = ("--data-dir", tmp_path / "ws", "--database-url", pg_url)
    out = cli(capsys, *server, "intake", DATA / "cases_zh.xlsx")
    assert "4 new" in out and "7 rows rejected" in out
    assert "4 unchanged" in cli(capsys, *server, "intake", DATA / "cases_zh.xlsx")
    doc = json.loads(cli(capsys, *server, "intake", DATA / "cases_en.csv", "--json"))
    assert doc["new"] == 0 and doc["rejected"] == 0  # the same four contracts
    cases = json.loads(cli(capsys, *server, "cases", "--json"))["cases"]
    assert len(cases) == 4
    first = next(c for c in cases if c["contract_no"] == "HT2025030001")
    cli(capsys, *server, "payment", first["contract_no"], "10.00")
    debit = tmp_path / "huipan.csv"
    debit.write_text(
        "合同编号,扣款日期,扣款金额,扣款结果,失败原因\n"
        f"{first['contract_no']},2026-03-20,1000.00,失败,账户余额不足\n"
        "HT9999999999,2026-03-20,1000.00,成功,\n",
        "utf-8",
    )
    doc = json.loads(cli(capsys, *server, "debit-results", debit, "--json", code=1))
    assert (doc["imported"], doc["failures"]) == (1, 1)
    assert [e["code"] for e in doc["errors"]] == ["contract_unknown"]
    doc = json.loads(cli(capsys, *server, "debit-results", debit, "--json", code=1))
    assert (doc["imported"], doc["already_imported"]) == (0, 1)
    # a call at 10:00 in the lender's time zone on 16 March, reported for that day
    at = datetime(2026, 3, 16, 2, 0, tzinfo=UTC)
    desk = Desk.open(tmp_path / "ws", url=pg_url, now=lambda: at)
    try:
        record_call(desk, loan_ids(desk)[0], "客户说月底还")
    finally:
        desk.close()
    cli(capsys, *server, "report", tmp_path / "day.xlsx", "--day", "2026-03-16")
    assert (tmp_path / "day.xlsx").stat().st_size > 0
    cli(capsys, *server, "report", tmp_path / "day.csv", "--day", "2026-03-16")
    worked = (tmp_path / "day-cases.csv").read_text("utf-8-sig").splitlines()
    assert len(worked) == 2  # the header and the case called
    calls = (tmp_path / "day-calls.csv").read_text("utf-8-sig").splitlines()
    assert len(calls) == 2 and make_url(pg_url).password not in "".join(calls)


def test_practice_history_on_the_server(pg_url: str, tmp_path: Path) -> None:
    desks = [Desk.open(tmp_path / who, url=pg_url) for who in ("a", "b")]
    try:
        a, b = desks
        library = practice.load_library()
        call = play_best(library.get("a-forgot-busy-clerk"), practice.call_setup(a))
        started = datetime(2026, 3, 16, 1, 0, tzinfo=UTC)
        saved = practice.save_attempt(
            a, trainee="小张", call=call, card=score_call(call), started_at=started
        )
        # another workstation of the team reads the trainee's history and card
        (row,) = practice.attempts(b, "小张")
        assert row.score == 100 and row.finished_at is not None
        assert practice.attempt_card(b, saved.attempt_id)["transcript"]
        assert practice.trainees(b) == ("小张",)
        assert practice.progress(b, "小张") is not None
    finally:
        for d in desks:
            d.close()


def test_bundles_between_the_server_and_sqlite_workstations(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = tmp_path / "team.key"
    server = ("--data-dir", tmp_path / "office", "--database-url", pg_url)
    branch = ("--data-dir", tmp_path / "branch")
    other = ("--data-dir", tmp_path / "other")
    cli(capsys, *server, "team-key", "new", key, "--use")
    cli(capsys, *branch, "team-key", "set", key)
    cli(capsys, *other, "team-key", "set", key)
    cli(capsys, *server, "intake", DATA / "cases_en.csv")
    cli(capsys, *server, "collectors", "--add", "C001", "张三")
    cli(capsys, *server, "assign", "--to", "C001", "HT2025030001", "HT2025030002")

    # server -> a SQLite workstation: one collector's cases
    out = cli(capsys, *server, "bundle", "export", tmp_path / "c1.cdb", "--for", "C001", "--json")
    assert json.loads(out)["counts"]["loan"] == 2
    out = cli(capsys, *branch, "bundle", "import", tmp_path / "c1.cdb", "--json")
    assert json.loads(out)[0]["added"]["loan"] == 2

    # the SQLite workstation's work -> the server
    cli(capsys, *branch, "payment", "HT2025030001", "25.00")
    cli(capsys, *branch, "bundle", "export", tmp_path / "back.cdb")
    out = cli(capsys, *server, "bundle", "import", tmp_path / "back.cdb", "--json")
    assert json.loads(out)[0]["added"]["payment"] == 1
    assert "nothing new" in cli(capsys, *server, "bundle", "import", tmp_path / "back.cdb")
    on_server = {
        c["contract_no"]: c for c in json.loads(cli(capsys, *server, "cases", "--json"))["cases"]
    }
    on_branch = {
        c["contract_no"]: c for c in json.loads(cli(capsys, *branch, "cases", "--json"))["cases"]
    }
    assert (
        on_server["HT2025030001"]["outstanding_fen"] == on_branch["HT2025030001"]["outstanding_fen"]
    )

    # the server's changes (its own and what bundles brought) -> another workstation:
    # everything, then the digests agree
    out = cli(capsys, *server, "bundle", "export", tmp_path / "all.cdb", "--json")
    assert json.loads(out)["counts"]["loan"] == 4, out  # the first export: all the server holds
    cli(capsys, *other, "bundle", "import", tmp_path / "all.cdb")
    # the same rows on both, but for the import's own audit record on the receiver and
    # the export's own on the server: a fact is numbered when it commits there, so the
    # export's record goes with the next bundle
    bundle_id = json.loads(out)["bundle_id"]
    exported = [r for r in dump(tmp_path / "office", pg_url) if bundle_id in r]
    assert len(exported) == 1 and exported[0].startswith('["bundle_export"')
    server_rows = [r for r in dump(tmp_path / "office", pg_url) if r not in exported]
    own = json.loads((tmp_path / "other" / "workstation.json").read_text("utf-8"))
    other_rows = [
        r
        for r in dump(tmp_path / "other", None)
        if not (r.startswith('["bundle_import"') and own["workstation_id"] in r)
    ]
    assert len(server_rows) > 100
    assert server_rows == other_rows
    out = cli(capsys, *server, "bundle", "export", tmp_path / "none.cdb", "--json")
    assert json.loads(out)["counts"].get("payment", 0) == 0
    cli(capsys, *other, "bundle", "import", tmp_path / "none.cdb")
    assert exported[0] in dump(tmp_path / "other", None)


def dump(folder: Path, url: str | None) -> list[str]:
    """Every synced row of that workstation's database, sorted (a canonical dump)."""
    d = Desk.open(folder, url=url)
    try:
        with d.read() as s:
            return list(canonical_dump(s))
    finally:
        d.close()


def test_two_supervisors_exporting_changes_from_one_server_miss_nothing(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each workstation on the server keeps export marks of its own."""
    key = tmp_path / "team.key"
    first = ("--data-dir", tmp_path / "lead1", "--database-url", pg_url)
    second = ("--data-dir", tmp_path / "lead2", "--database-url", pg_url)
    cli(capsys, *first, "team-key", "new", key, "--use")
    cli(capsys, *second, "team-key", "set", key)
    cli(capsys, *first, "intake", DATA / "cases_en.csv")

    def export(who: tuple[object, ...], name: str) -> dict[str, int]:
        out = cli(capsys, *who, "bundle", "export", tmp_path / name, "--json")
        counts: dict[str, int] = json.loads(out)["counts"]
        return counts

    assert export(first, "a1.cdb")["loan"] == 4
    assert export(second, "b1.cdb")["loan"] == 4  # not taken by the first one's export
    cli(capsys, *first, "payment", "HT2025030001", "25.00")
    assert export(first, "a2.cdb").get("payment", 0) == 1
    assert export(second, "b2.cdb").get("payment", 0) == 1
    assert export(first, "a3.cdb").get("payment", 0) == 0
    assert export(second, "b3.cdb").get("payment", 0) == 0


def test_a_file_with_every_column_gives_the_server_the_same_cases_as_sqlite(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = Path(__file__).parents[1] / "resources" / "samples" / "head-office-cases.xlsx"
    lists = []
    for where in (("--database-url", pg_url), ()):
        at = ("--data-dir", tmp_path / ("server" if where else "sqlite"), *where)
        cli(capsys, *at, "intake", sample)
        cases = json.loads(cli(capsys, *at, "cases", "--json"))["cases"]
        lists.append(sorted(({k: v for k, v in c.items() if not k.endswith("id")} for c in cases),
                            key=lambda c: str(c["contract_no"])))  # fmt: skip
    assert lists[0] == lists[1] and len(lists[0]) > 1
