"""Issue 11 re-checked as a supervisor would (session 10), with a file unlike the
other acceptance files: English titles in another order, a report name merged over
the whole width and an export line above the titles, a notes column (备注), amounts
as text with thousands separators, dates as text and as Excel serials, blank lines
inside the table, a formula saved without its value, and a 合计 line at the bottom.
April's file, then May's for the same contracts after a desk payment and a debit
file (contract numbers in lower case), all through the command line on real SQLite.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select
from test_exchange_support import make_id_number, make_phone

from collector_desk.cli import main
from collector_desk.domain.loan import equal_instalments, position
from collector_desk.services.context import Desk
from collector_desk.store.models import AuditEvent

APRIL, MAY = date(2026, 4, 30), date(2026, 5, 31)
TITLES = ["No.", "Batch No.", "Contract No.", "Borrower", "ID Number", "Mobile", "Loan Amount",
          "Term", "Monthly Payment", "Disbursement Date", "Instalments Paid", "Amount Repaid",
          "Days Past Due", "Overdue Amount", "Overdue Principal", "Penalty",
          "Outstanding Balance", "Last Payment Date", "Due Day", "Assignment Date",
          "Assigned Amount", "Bucket", "Collector", "备注", "As of Date"]  # fmt: skip
LOANS = [  # disbursed, term, instalment (fen), instalments repaid by April's file
    (date(2025, 3, 12), 24, 256789, 8),
    (date(2024, 11, 3), 12, 150000, 4),
    (date(2025, 8, 25), 12, 99990, 2),
    (date(2025, 1, 31), 36, 312345, 12),
    (date(2025, 10, 8), 6, 500000, 3),
    (date(2025, 5, 17), 18, 123400, 9),
    (date(2025, 12, 1), 12, 88800, 1),
    (date(2024, 9, 9), 24, 66600, 15),
]
NAMES = ["赵敏", "钱伟", "孙丽", "周杰", "吴刚", "郑爽", "冯涛", "陈晨"]
COLLECTORS = ["C01", "C02", "C03", "nobody", "C01", "C02", "C03", "王小二"]
LATER_DPD = 5, 17  # row 5 states 17 days more than its schedule gives
WRONG_BUCKET = 6  # row 6 states M1 for 88 days past due
FORMULA = 3  # row 3's overdue amount is a formula saved without its value
# May: rows 0, 2 and 4 paid one instalment more; the day head office booked it
PAID_IN_MAY = {0: date(2026, 5, 14), 2: date(2026, 5, 20), 4: date(2026, 5, 25)}


def contract(i: int) -> str:
    return f"HT-2026-{i:04d}"


def _serial(day: date) -> int:
    return (day - date(1899, 12, 30)).days


def _money(fen: int) -> str:
    return f"{fen // 100:,}.{fen % 100:02d}"


def truth(i: int, on: date, may: bool = False) -> tuple[int, int, int]:
    """(DPD, overdue, outstanding) as head office states them on `on`."""
    disbursed, term, inst, paid = LOANS[i]
    paid += 1 if may and i in PAID_IN_MAY else 0
    pos = position(equal_instalments(disbursed, term, inst), [(disbursed, paid * inst)], on)
    return (
        pos.dpd + (LATER_DPD[1] if i == LATER_DPD[0] else 0),
        pos.overdue_fen,
        pos.outstanding_fen,
    )


def workbook(path: Path, *, may: bool = False, names: list[str] | None = None) -> Path:
    as_of = MAY if may else APRIL
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "委案明细"
    ws.append([f"XX消费金融 委外催收 委案明细（{as_of:%Y年%m月}）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(TITLES))
    ws.append([f"导出时间：{as_of.isoformat()} 18:00"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=6)
    ws.append(TITLES)
    for i, (disbursed, term, inst, paid) in enumerate(LOANS):
        paid += 1 if may and i in PAID_IN_MAY else 0
        schedule = equal_instalments(disbursed, term, inst)
        pos = position(schedule, [(disbursed, paid * inst)], as_of)
        dpd = pos.dpd + (LATER_DPD[1] if i == LATER_DPD[0] else 0)
        last = PAID_IN_MAY[i] if may and i in PAID_IN_MAY else schedule[paid - 1].due_on
        bucket = "M1" if i == WRONG_BUCKET else pos.bucket.value
        if i == LATER_DPD[0]:
            bucket = {True: "M3", False: "M2"}[may]  # the bucket of the schedule's DPD
        ws.append([
            i + 1, "B2605" if may else "B2604", contract(i).lower() if i % 2 else contract(i),
            (names or NAMES)[i], make_id_number(100 + i), make_phone(200 + i),
            _money(inst * term - 12300), term, _money(inst),
            disbursed.strftime("%Y/%m/%d") if i % 2 else _serial(disbursed),
            paid, _money(paid * inst), dpd, _money(pos.overdue_fen), _money(pos.overdue_fen),
            "0.00", _money(pos.outstanding_fen),
            last.isoformat() if i % 3 else _serial(last), disbursed.day,
            _serial(as_of - timedelta(days=2)), _money(pos.outstanding_fen), bucket,
            COLLECTORS[i], "客户称下月还款" if i % 3 == 0 else None, as_of.isoformat(),
        ])  # fmt: skip
        if i == 2:
            ws.append([])  # blank lines inside the table
            ws.append([None] * 5)
    if not may:
        row = 4 + FORMULA + 2  # below the two blank lines
        ws.cell(row, TITLES.index("Overdue Amount") + 1, f"=O{row}+P{row}")
    ws.append([])
    ws.append([None, "合计", None, None, None, None, "1,234,567.00"] + [None] * 6 + ["99,999.00"])
    wb.save(path)
    return path


def excel_row(i: int) -> int:
    return 4 + i + (2 if i > 2 else 0)


@pytest.fixture
def run(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    data = tmp_path / "data"

    def cli(day: date, *argv: object) -> tuple[int, str]:
        monkeypatch.setenv("COLLECTOR_DESK_TODAY", day.isoformat())
        code = main([str(a) for a in [*argv, "--data-dir", data]])
        out, err = capsys.readouterr()
        return code, out + err

    for who in ("C01", "C02", "C03"):
        assert cli(APRIL, "collectors", "--add", who, f"催收{who}")[0] == 0
    return cli


def intake(run: Any, day: date, path: Path, *extra: object) -> dict[str, Any]:
    code, out = run(day, "intake", path, "--json", *extra)
    assert code == 0, out
    return json.loads(out)


def shown(run: Any, day: date) -> dict[str, tuple[Any, ...]]:
    code, out = run(day, "cases", "--json", "--limit", "0")
    assert code == 0, out
    return {
        c["contract_no"]: (c["dpd"], c["overdue_fen"], c["outstanding_fen"], c["assigned_to"])
        for c in json.loads(out)["cases"]
    }


def test_aprils_file_lands_as_head_office_states_it_and_advances(run, tmp_path):
    report = intake(run, APRIL, workbook(tmp_path / "April 委案明细.xlsx"))
    assert (report["rows"], report["new"], report["rejected"]) == (8, 7, 1)  # no 合计 case
    assert report["as_of"] == APRIL.isoformat()
    # The formula without its value is named as one, not as an empty cell.
    assert [(p["row"], p["column"], p["code"]) for p in report["problems"]] == [
        (excel_row(FORMULA), "Overdue Amount", "formula_no_value")
    ]
    warned = {(w["row"], w["column"], w["code"]): (w["stated"], w["computed"])
              for w in report["warnings"]}  # fmt: skip
    later = excel_row(LATER_DPD[0])
    dpd, _o, _r = truth(LATER_DPD[0], APRIL)
    assert warned == {
        (later, "Days Past Due", "stated_dpd"): (str(dpd), str(dpd - LATER_DPD[1])),
        (later, "Bucket", "stated_bucket"): ("M2", "M3"),
        (excel_row(WRONG_BUCKET), "Bucket", "stated_bucket"): ("M1", "M3"),
        (excel_row(7), "Collector", "collector_unknown"): ("王小二", ""),
    }
    for n in (0, 5, 31):  # the file's day, then the calendar moves them
        day = APRIL + timedelta(days=n)
        want = {
            contract(i): (*truth(i, day), "" if COLLECTORS[i] not in ("C01", "C02", "C03")
                          else COLLECTORS[i])
            for i in range(len(LOANS)) if i != FORMULA
        }  # fmt: skip
        assert shown(run, day) == want, day
    _code, out = run(APRIL, "cases", "--batch", "B2604", "--json")
    assert json.loads(out)["count"] == 7


def test_strict_refuses_the_rows_that_contradict_themselves(run, tmp_path):
    report = intake(run, APRIL, workbook(tmp_path / "april.xlsx"), "--strict")
    refused = {p["row"] for p in report["problems"] if p["code"].startswith("stated_")}
    assert refused == {excel_row(LATER_DPD[0]), excel_row(WRONG_BUCKET)}
    assert report["new"] == 5
    assert contract(LATER_DPD[0]) not in shown(run, APRIL)


def test_mays_file_matches_desk_and_debit_payments_and_guards_the_borrower(run, tmp_path):
    intake(run, APRIL, workbook(tmp_path / "april.xlsx"))
    _d, _t, inst0, _p = LOANS[0]
    _d, _t, inst2, _p = LOANS[2]
    code, out = run(date(2026, 5, 20), "payment", contract(0), f"{inst0 / 100:.2f}",
                    "--on", "2026-05-13", "--channel", "bank_transfer")  # fmt: skip
    assert code == 0, out
    debit = tmp_path / "回盘.csv"  # the bank writes the contract in lower case
    debit.write_text(f"合同编号,扣款日期,扣款金额,扣款结果,失败原因\n{contract(2).lower()},"
                     f"2026-05-20,{inst2 / 100:.2f},成功,\n", "utf-8")  # fmt: skip
    code, out = run(date(2026, 5, 20), "debit-results", debit)
    assert code == 0 and "1 imported" in out, out
    names = list(NAMES)
    names[6] = "冯涛涛"
    may = workbook(tmp_path / "may.xlsx", may=True, names=names)
    report = intake(run, MAY, may)
    # the desk's and the bank's payments are head office's two; row 4's is new, and so
    # is row 3 (refused in April): its repaid amount
    assert report["payments"]["matched"] == 2
    assert report["payments"]["matched_fen"] == inst0 + inst2
    assert report["payments"]["new"] == 2
    refused = [p for p in report["problems"] if p["code"] == "identity_changed"]
    assert [(p["row"], p["column"]) for p in refused] == [(excel_row(6), "Borrower")]
    assert "涛" in refused[0]["reason"] and "冯涛涛" not in refused[0]["reason"]  # masked
    got = shown(run, MAY)
    for i in range(len(LOANS)):
        assert got[contract(i)][:3] == truth(i, MAY, may=i != 6), i
    assert shown(run, MAY + timedelta(days=3))[contract(0)][0] == truth(0, MAY, may=True)[0] + 3
    # confirmed: the new name is taken, the old one kept in the audit trail
    again = intake(run, MAY, may, "--accept-identity-change")
    assert (again["updated"], again["rejected"]) == (1, 0)
    assert intake(run, MAY, may)["updated"] == 0  # the same file again: nothing new
    desk = Desk.open(tmp_path / "data", today=lambda: MAY)
    try:
        with desk.read() as session:
            kept = session.execute(
                select(AuditEvent.subject, AuditEvent.detail).where(
                    AuditEvent.kind == "identity_change"
                )
            ).all()
    finally:
        desk.close()
    # (a team's server also stamps its login into the event: left out here)
    assert [(s, json.loads(d)["name"]) for s, d in kept] == [
        (contract(6), {"old": "冯涛", "new": "冯涛涛"})
    ]
    # found by its contract number as head office writes it, dashes and all
    code, out = run(MAY, "cases", "--search", "ht-2026-000", "--json", "--limit", "0")
    assert json.loads(out)["count"] == len(LOANS)
    code, out = run(MAY, "cases", "--search", contract(6), "--json")
    assert json.loads(out)["cases"][0]["borrower_masked"] == "冯*涛"  # 冯涛涛 (was 冯*)
    code, out = run(MAY, "cases", "--batch", "B2605", "--json")
    assert json.loads(out)["count"] == len(LOANS)  # every contract is in May's batch now


def _variant(path: Path, kind: str) -> Path:
    book = workbook(path, may=True)  # May's has no formula: every row is a case
    wb = openpyxl.load_workbook(book)
    ws = wb.active
    totals = next(r for r in ws.iter_rows() if r[1].value == "合计")
    if kind == "note below":
        ws.append(["制表人：李四    审核：王五"])
    elif kind == "count in No.":
        totals[0].value = "共8笔"
    elif kind == "number in No.":
        totals[0].value = 9
    elif kind == "count in the word":
        totals[1].value = "合计（8笔）"
    elif kind == "subtotal inside":
        ws.insert_rows(8)
        ws.cell(8, 2, "小计（北京）")
        ws.cell(8, 7, "99,999.00")
    wb.save(book)
    return book


@pytest.mark.parametrize(
    "kind", ["note below", "count in No.", "number in No.", "count in the word", "subtotal inside"]
)
def test_totals_lines_and_notes_are_no_cases_and_no_rejects(run, tmp_path, kind):
    report = intake(run, MAY, _variant(tmp_path / "may.xlsx", kind), "--dry-run")
    assert (report["rows"], report["new"], report["rejected"]) == (8, 8, 0), report["problems"]


def test_a_case_missing_its_names_at_the_bottom_is_still_rejected(run, tmp_path):
    """A last row with no contract, name or ID number but its phone and amounts is a
    broken case (head office fixes it), not a note."""
    book = workbook(tmp_path / "may.xlsx", may=True)
    wb = openpyxl.load_workbook(book)
    ws = wb.active
    ws.append([9, "B2605", None, None, None, make_phone(299), "10,000.00", 12, "900.00"])
    wb.save(book)
    report = intake(run, MAY, book, "--dry-run")
    assert (report["new"], report["rejected"]) == (8, 1)
