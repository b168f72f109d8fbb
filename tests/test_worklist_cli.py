"""The worklist, payment, debit-results and contact-limits commands."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from worklist_support import SH, Clock, make_case, open_desk

from collector_desk.cli import main
from collector_desk.services.case_detail import load


def seed(tmp_path: Path) -> tuple[str, str]:
    """A case whose first instalment falls due on Friday 20 March 2026."""
    desk = open_desk(tmp_path, Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH)))
    try:
        loan = make_case(desk, disbursed=date(2026, 2, 20))
        contract = load(desk, loan).contract_no
    finally:
        desk.close()
    return loan, contract


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_worklist_json_on_a_fixed_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, contract = seed(tmp_path)
    data = str(tmp_path / "data")
    code, out, _ = run(
        capsys, "--data-dir", data, "worklist", "--on", "2026-03-16", "--all", "--json"
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["day"] == "2026-03-16" and doc["is_workday"] and doc["calendar_fallback_years"] == []
    [item] = doc["items"]
    assert item["kind"] == "first_instalment" and item["contract_no"] == contract
    assert item["best_time"] == "13:30-15:00" and item["amount_fen"] == 100_000
    assert item["params"]["due_on"] == "2026-03-20"

    code, out, _ = run(capsys, "--data-dir", data, "worklist", "--on", "2099-01-05", "--all")
    assert code == 0 and "no official calendar for" in out and "2099" in out


def test_payment_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, contract = seed(tmp_path)
    data = str(tmp_path / "data")
    code, _, err = run(capsys, "--data-dir", data, "payment", contract, "abc")
    assert code == 2 and "amount" in err
    code, _, err = run(capsys, "--data-dir", data, "payment", "NOPE", "10")
    assert code == 1 and "NOPE" in err
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "payment",
        contract,
        "1000.00",
        "--on",
        "2026-03-16",
        "--channel",
        "app",
    )
    assert code == 0 and "outstanding ¥11,000.00" in out


def test_debit_results_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, contract = seed(tmp_path)
    data = str(tmp_path / "data")
    csv_path = tmp_path / "回盘.csv"
    csv_path.write_bytes(
        f"合同编号,扣款日期,扣款金额,扣款结果,失败原因\n{contract},2026-03-20,1000.00,成功,\nX1,2026-03-20,1,成功,\n".encode(
            "gb18030"
        )
    )
    code, out, _ = run(capsys, "--data-dir", data, "debit-results", str(csv_path), "--json")
    doc = json.loads(out)
    assert code == 1  # a rejected row is a failure for scripts
    assert (doc["imported"], doc["successes"]) == (1, 1)
    assert doc["errors"] == [
        {
            "row": 3,
            "column": "合同编号",
            "code": "contract_unknown",
            "message": "no case with this contract number",
            "value": "X1",
        }
    ]
    code, _, err = run(capsys, "--data-dir", data, "debit-results", str(tmp_path / "missing.csv"))
    assert code == 2 and "missing.csv: no such file" in err  # cannot be read at all: usage


def test_contact_limits_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(tmp_path)
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "--data-dir", data, "contact-limits")
    assert code == 0 and "conversations_per_day = 3" in out and "quiet_start = 22:00" in out
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "contact-limits",
        "--set",
        "conversations_per_day",
        "2",
        "--reason",
        "x",
    )
    assert code == 1 and "supervisor" in err


def test_a_payment_above_the_outstanding_names_the_limit_in_yuan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, contract = seed(tmp_path)
    data = str(tmp_path / "data")
    code, out, err = run(
        capsys, "--data-dir", data, "payment", contract, "20000", "--on", "2026-03-16"
    )
    assert code == 1 and out == ""
    assert "(¥12,000.00)" in err and "fen" not in err and "1200000" not in err


def test_the_worklist_table_shows_yuan_with_separators(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(tmp_path)
    data = str(tmp_path / "data")
    code, out, _ = run(capsys, "--data-dir", data, "worklist", "--on", "2026-03-20", "--all")
    assert code == 0 and "1,000.00" in out and "100000" not in out


def test_a_debit_above_the_outstanding_names_the_limit_in_yuan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, contract = seed(tmp_path)
    data = str(tmp_path / "data")
    csv_path = tmp_path / "回盘.csv"
    csv_path.write_bytes(
        f"合同编号,扣款日期,扣款金额,扣款结果,失败原因\n{contract},2026-03-20,99999.00,成功,\n".encode(
            "gb18030"
        )
    )
    code, out, _ = run(capsys, "--data-dir", data, "debit-results", str(csv_path), "--json")
    (error,) = json.loads(out)["errors"]
    assert code == 1 and error["code"] == "amount_above_outstanding"
    assert error["message"] == "more than is outstanding (¥12,000.00)"
