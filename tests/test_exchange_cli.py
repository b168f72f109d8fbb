"""The command line: intake, bundles, team keys, assignment, reports; exit statuses."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from collector_desk.cli import main

DATA = Path(__file__).parent / "data" / "intake"


@pytest.fixture(autouse=True)
def _no_os_keyring(monkeypatch):
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    monkeypatch.delenv("COLLECTOR_DESK_PASSPHRASE", raising=False)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_intake_reports_rows_and_exits_zero(tmp_path, capsys):
    code, out, _ = run(capsys, "--data-dir", tmp_path / "s", "intake", DATA / "cases_zh.xlsx")
    assert code == 0
    assert "4 new" in out and "7 rows rejected" in out
    assert "row 9, 身份证号: Excel turned this ID number" in out


def test_intake_json_and_dry_run(tmp_path, capsys):
    code, out, _ = run(capsys, "--data-dir", tmp_path / "s", "intake", DATA / "cases_gbk.csv",
                       "--dry-run", "--json")  # fmt: skip
    doc = json.loads(out)
    assert code == 0 and doc["dry_run"] and doc["new"] == 4 and doc["rejected"] == 7
    assert {"row": 6, "column": "身份证号", "code": "id_checksum"}.items() <= doc["problems"][
        0
    ].items()
    code, out, _ = run(
        capsys, "--data-dir", tmp_path / "s", "intake", DATA / "cases_gbk.csv", "--json"
    )
    assert json.loads(out)["new"] == 4  # the dry run wrote nothing


def test_intake_unreadable_exits_two(tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    code, _, err = run(capsys, "--data-dir", tmp_path / "s", "intake", bad)
    assert code == 2 and "bad.xlsx: not a readable workbook" in err
    code, _, err = run(
        capsys, "--data-dir", tmp_path / "s", "intake", DATA / "cases_odd_headers.csv"
    )
    assert code == 2 and "借据号" in err


def test_intake_map_is_remembered(tmp_path, capsys):
    odd = DATA / "cases_odd_headers.csv"
    code, out, _ = run(capsys, "--data-dir", tmp_path / "s", "intake", odd,
                       "--map", "借据号=contract_no", "--map", "客户称呼=name")  # fmt: skip
    assert code == 0 and "4 new" in out
    code, out, _ = run(capsys, "--data-dir", tmp_path / "s", "intake", odd)
    assert code == 0 and "4 unchanged" in out


def test_bundles_between_two_workstations(tmp_path, capsys):
    s, c = tmp_path / "s", tmp_path / "c"
    key = tmp_path / "team.key"
    assert run(capsys, "--data-dir", s, "team-key", "new", key, "--use")[0] == 0
    assert run(capsys, "--data-dir", c, "team-key", "set", key)[0] == 0
    ids = {run(capsys, "--data-dir", d, "team-key", "show")[1].strip() for d in (s, c)}
    assert len(ids) == 1
    run(capsys, "--data-dir", s, "intake", DATA / "cases_en.csv")
    run(capsys, "--data-dir", s, "collectors", "--add", "C001", "张三")
    code, out, _ = run(
        capsys, "--data-dir", s, "assign", "--to", "C001", "HT2025030001", "HT2025030002"
    )
    assert code == 0 and "C001: 2 cases" in out
    code, out, _ = run(capsys, "--data-dir", s, "bundle", "export", tmp_path / "c1.cdb",
                       "--for", "C001", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["counts"]["loan"] == 2
    code, out, _ = run(capsys, "--data-dir", c, "bundle", "import", tmp_path / "c1.cdb", "--json")
    assert code == 0 and json.loads(out)[0]["added"]["loan"] == 2
    code, out, _ = run(capsys, "--data-dir", c, "bundle", "import", tmp_path / "c1.cdb")
    assert code == 0 and "nothing new" in out


def test_bundle_refusals_exit_one_and_missing_key_two(tmp_path, capsys):
    s = tmp_path / "s"
    key = tmp_path / "team.key"
    run(capsys, "--data-dir", s, "team-key", "new", key)
    code, _, err = run(capsys, "--data-dir", s, "bundle", "export", tmp_path / "x.cdb")
    assert code == 2 and "no team key" in err
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("秘密 passphrase\n", encoding="utf-8")
    code, _, _ = run(capsys, "--data-dir", s, "bundle", "export", tmp_path / "x.cdb",
                     "--team-key-file", key, "--passphrase-file", phrase)  # fmt: skip
    assert code == 0
    not_a_bundle = tmp_path / "notes.txt"
    not_a_bundle.write_text("hello")
    code, _, err = run(capsys, "--data-dir", tmp_path / "c", "bundle", "import",
                       tmp_path / "x.cdb", not_a_bundle, "--team-key-file", key)  # fmt: skip
    assert code == 1 and "encrypted" in err and "not a Collector Desk bundle" in err
    code, _out, _ = run(capsys, "--data-dir", tmp_path / "c", "bundle", "import", tmp_path / "x.cdb",
                       "--team-key-file", key, "--passphrase-file", phrase)  # fmt: skip
    assert code == 0


def test_spread_and_report(tmp_path, capsys):
    s = tmp_path / "s"
    run(capsys, "--data-dir", s, "intake", DATA / "cases_en.csv")
    for who in ("C001", "C002"):
        run(capsys, "--data-dir", s, "collectors", "--add", who, who)
    code, out, _ = run(capsys, "--data-dir", s, "assign", "--spread", "C001,C002", "--dry-run")
    assert code == 0 and "C001: 2 cases" in out and "C002: 2 cases" in out
    # the overdue each would get, in yuan with two decimals and thousands separators
    assert all(re.search(r"cases, ¥[\d,]+\.\d\d overdue$", line) for line in out.splitlines())
    code, out, _ = run(capsys, "--data-dir", s, "collectors")
    header, *rows = out.splitlines()
    assert all(re.fullmatch(r"[\d,]+\.\d\d", r.split()[-1]) for r in rows)  # overdue (yuan)
    assert header.split()[:4] == ["id", "name", "role", "cases"]
    assert {r.split()[0]: r.split()[3] for r in rows} == {"C001": "0", "C002": "0"}  # dry run
    run(capsys, "--data-dir", s, "assign", "--spread", "C001,C002")
    code, out, _ = run(capsys, "--data-dir", s, "collectors")
    assert {r.split()[0]: r.split()[3] for r in out.splitlines()[1:]} == {"C001": "2", "C002": "2"}
    code, out, _ = run(capsys, "--data-dir", s, "report", tmp_path / "day.xlsx")
    assert code == 0 and (tmp_path / "day.xlsx").exists()
    code, out, _ = run(capsys, "--data-dir", s, "assign", "--to", "C009", "HT2025030001")
    assert code == 1
