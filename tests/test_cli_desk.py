"""`collector-desk demo`, `check` and `cases --json` as a user runs them."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from collector_desk.cli import main
from collector_desk.store.db import DB_FILENAME


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "collector_desk", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def _translation_only_failures(out: str) -> list[str]:
    """Lines of failed checks other than the translations (built by tools/i18n.py)."""
    return [
        line
        for line in out.splitlines()
        if line.startswith("FAIL") and not line.startswith("FAIL translations")
    ]


def test_demo_then_cases_json_then_check(tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = run("--data-dir", str(data), "demo")
    assert made.returncode == 0, made.stderr
    assert "240" in made.stdout

    again = run("--data-dir", str(data), "demo")
    assert again.returncode == 1 and "already has cases" in again.stdout

    listed = run("--data-dir", str(data), "cases", "--json")
    assert listed.returncode == 0, listed.stderr
    doc = json.loads(listed.stdout)
    assert doc["count"] == 240 == len(doc["cases"])
    first = doc["cases"][0]
    for key in ("contract_no", "dpd", "bucket", "overdue_fen", "outstanding_fen", "promise_status"):
        assert key in first
    assert {c["bucket"] for c in doc["cases"]} == {"C", "M1", "M2", "M3", "M3+"}
    # Most overdue first, and nothing personal in clear.
    dpds = [c["dpd"] for c in doc["cases"]]
    assert dpds == sorted(dpds, reverse=True)
    assert all("*" in c["borrower_masked"] for c in doc["cases"])
    assert not re.search(r"\b1[3-9]\d{9}\b", listed.stdout), "a phone number in clear"
    assert not re.search(r"\b\d{17}[\dX]\b", listed.stdout), "an ID number in clear"

    checked = run("--data-dir", str(data), "check")
    assert _translation_only_failures(checked.stdout) == [], checked.stdout
    assert "database schema" in checked.stdout and "database integrity: ok" in checked.stdout


def test_cases_filters_and_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo", "--cases", "60", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "cases", "--json", "--bucket", "M2", "--limit", "5"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert 0 < doc["count"] <= 5
    assert {c["bucket"] for c in doc["cases"]} == {"M2"}
    contract = doc["cases"][0]["contract_no"]
    assert main(["--data-dir", data, "cases", "--json", "--search", contract]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [c["contract_no"] for c in found["cases"]] == [contract]


def test_check_refuses_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 20)
    result = run("--data-dir", str(data), "check")
    assert result.returncode != 0
    assert "FAIL database" in result.stdout
    assert "not a readable database" in result.stdout
    assert "check(s) failed" in result.stderr


def test_check_refuses_a_schema_not_at_head_and_leaves_it_alone(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo", "--cases", "5"]) == 0
    db = Path(data) / DB_FILENAME
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
    result = run("--data-dir", data, "check")
    assert result.returncode != 0
    assert "FAIL database schema" in result.stdout and "schema at 0000" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0000",)
    assert not (Path(data) / "backups").exists(), "check must not try to upgrade"


def test_check_on_a_fresh_folder_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "never-used"
    result = run("--data-dir", str(folder), "check")
    assert _translation_only_failures(result.stdout) == []
    assert "none yet" in result.stdout
    assert not folder.exists()


def test_check_finds_a_broken_foreign_key(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo", "--cases", "5"]) == 0
    with sqlite3.connect(Path(data) / DB_FILENAME) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(  # facts refuse edits: break a schedule row's link instead
            "UPDATE instalment SET loan_id = 'no-such-loan' "
            "WHERE rowid = (SELECT min(rowid) FROM instalment)"
        )
    result = run("--data-dir", data, "check")
    assert result.returncode != 0
    assert "FAIL database integrity" in result.stdout and "foreign key broken" in result.stdout


def test_shared_options_work_after_the_subcommand_and_tables_have_headers(tmp_path: Path) -> None:
    data = str(tmp_path / "数据")
    assert run("demo", "--cases", "20", "--data-dir", data).returncode == 0
    listed = run("cases", "--json", "--data-dir", data, "--limit", "3")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["count"] == 3
    table = run("cases", "--data-dir", data, "--limit", "2").stdout.splitlines()
    assert table[0].split() == [
        "contract",
        "borrower",
        "bucket",
        "dpd",
        "overdue",
        "(yuan)",
        "promise",
    ]
    assert len(table) == 3
    # The value given after the subcommand wins over none before it; one before it stays.
    before = run("--data-dir", data, "cases", "--limit", "1", "--json")
    assert json.loads(before.stdout)["count"] == 1


def test_help_says_no_command_opens_the_window() -> None:
    out = run("--help").stdout
    assert "Without a COMMAND it opens the window" in " ".join(out.split())


def test_a_usage_error_is_one_line_with_status_2(tmp_path: Path) -> None:
    result = run("cases", "--no-such-option", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "--no-such-option" in result.stderr and "Traceback" not in result.stderr


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert run("--data-dir", data, "demo").returncode == 0
    # Both print more than a pipe holds (64 KiB), so the writer meets the closed pipe.
    for args in (["cases", "--json"], ["worklist", "--all", "--json"]):
        proc = subprocess.Popen(
            [sys.executable, "-m", "collector_desk", "--data-dir", data, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        proc.stdout.readline()
        proc.stdout.close()  # what `| head -1` does
        err = proc.stderr.read().decode() if proc.stderr else ""
        assert proc.wait(timeout=60) == 0, err
        assert err == "", err


def test_practice_list_titles_follow_lang() -> None:
    zh = run("practice", "--list").stdout.splitlines()
    en = run("practice", "--list", "--lang", "en").stdout.splitlines()
    assert zh[0].split() == en[0].split() == ["scenario", "objection", "debtor", "dpd", "title"]
    assert re.search(r"[\u4e00-\u9fff]", zh[1])
    assert not any(re.search(r"[\u4e00-\u9fff]", line) for line in en), en[:3]


def test_worklist_json_gives_promise_items_their_cases_dpd_and_band(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert run("--data-dir", data, "demo").returncode == 0
    plan = json.loads(run("worklist", "--all", "--json", "--data-dir", data).stdout)
    cases = json.loads(run("cases", "--json", "--data-dir", data).stdout)["cases"]
    dpd = {c["contract_no"]: c["dpd"] for c in cases}
    promises = [i for i in plan["items"] if i["kind"].startswith("promise")]
    assert promises
    for item in promises:
        assert item["dpd"] == dpd[item["contract_no"]]
        assert item["band"] is not None
    assert any(i["dpd"] > 90 and i["band"] == "M3+" for i in promises)


def test_the_cases_table_shows_the_overdue_in_yuan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from collector_desk.domain.money import format_fen

    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo", "--cases", "30", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "cases", "--json", "--limit", "3"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert main(["--data-dir", data, "cases", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    for c in doc["cases"]:
        line = next(x for x in out.splitlines() if c["contract_no"] in x)
        assert format_fen(c["overdue_fen"], symbol=False) in line.split(), line
