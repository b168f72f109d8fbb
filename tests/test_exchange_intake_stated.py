"""Intake tells head office's truth: the file's DPD, overdue and outstanding, reconciled."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from test_exchange_support import TODAY, make_id_number, make_phone, open_workstation

from collector_desk.domain.loan import equal_instalments, position
from collector_desk.exchange.intake import run_intake
from collector_desk.services import cases
from collector_desk.services.cases import CaseQuery
from collector_desk.services.context import Desk

HEADERS = ["合同编号", "客户姓名", "身份证号", "手机号码", "放款日期", "借款金额（元）", "期数",
           "月还款额(元)", "已还期数", "逾期天数", "逾期总额", "罚息", "剩余应还", "账龄", "批次号"]  # fmt: skip


def _row(n: int, disbursed: date, count: int, inst: float, paid_count, dpd, overdue, penalty,
         owed, bucket) -> list:  # fmt: skip
    return [f"HT2026{n:06d}", "张伟", make_id_number(n), make_phone(n), disbursed,
            inst * count, count, inst, paid_count, dpd, overdue, penalty, owed, bucket, "B2603"]  # fmt: skip


def _write(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _consistent(n: int, disbursed: date, count: int, inst_yuan: int, paid_count: int) -> list:
    sched = equal_instalments(disbursed, count, inst_yuan * 100)
    pos = position(sched, [(disbursed, paid_count * inst_yuan * 100)], TODAY)
    return _row(n, disbursed, count, inst_yuan, paid_count, pos.dpd, pos.overdue_fen / 100,
                None, pos.outstanding_fen / 100, pos.bucket.value)  # fmt: skip


def _shown(desk: Desk) -> dict[str, tuple[int, int, int]]:
    return {
        r.contract_no: (r.dpd, r.overdue_fen, r.outstanding_fen)
        for r in cases.page(desk, CaseQuery(), limit=1000)
    }


@pytest.fixture
def desk(tmp_path):
    d = open_workstation(tmp_path / "sup", "S01")
    yield d
    d.close()


def test_the_list_shows_head_offices_figures(desk, tmp_path):
    rows = [
        _consistent(1, date(2025, 6, 3), 12, 1000, 4),
        _consistent(2, date(2025, 1, 20), 24, 850, 0),
        # Head office says 200 days and 4 instalments paid; the schedule would say otherwise.
        _row(3, date(2024, 5, 8), 12, 1000, 4, 200, 8000, None, 8000, "M3+"),
        # An overdue total with penalty stated on its own: no warning.
        _row(4, date(2025, 10, 8), 6, 500, 1, 98, 2088, 88, 2588, "M3+"),
    ]
    report = run_intake(desk, _write(tmp_path / "委案明细.xlsx", rows))
    assert (report.new, report.rejected) == (4, 0)
    shown = _shown(desk)
    for r in rows:
        dpd, overdue, owed = r[9], round(r[10] * 100), round(r[12] * 100)
        assert shown[r[0]] == (dpd, overdue, owed), r[0]
    warned = {(w.row, w.column, w.code) for w in report.warnings}
    assert (4, "逾期天数", "stated_dpd") in warned
    assert not any(row in (2, 3, 5) for row, _c, _code in warned)
    dpd_warning = next(w for w in report.warnings if w.code == "stated_dpd")
    assert dpd_warning.stated == "200" and dpd_warning.computed != "200"


def test_days_past_due_then_move_with_the_calendar(tmp_path):
    first = open_workstation(tmp_path / "a", "S01")
    rows = [_row(3, date(2024, 5, 8), 12, 1000, 4, 200, 8000, None, 8000, "M3+")]
    run_intake(first, _write(tmp_path / "f.xlsx", rows))
    first.close()
    later = Desk.open(tmp_path / "a", today=lambda: TODAY + timedelta(days=9))
    try:
        assert _shown(later)["HT2026000003"][0] == 209
    finally:
        later.close()


def test_strict_refuses_what_would_be_a_warning(desk, tmp_path):
    rows = [
        _consistent(1, date(2025, 6, 3), 12, 1000, 4),
        _row(3, date(2024, 5, 8), 12, 1000, 4, 200, 8000, None, 8000, "M3+"),
    ]
    report = run_intake(desk, _write(tmp_path / "f.xlsx", rows), strict=True)
    assert (report.new, report.rejected) == (1, 1)
    assert {p.code for p in report.problems} >= {"stated_dpd"}


def test_next_months_file_updates_the_position(desk, tmp_path):
    disbursed = date(2025, 6, 3)
    run_intake(desk, _write(tmp_path / "march.xlsx", [_consistent(1, disbursed, 12, 1000, 4)]))
    before = _shown(desk)["HT2026000001"]
    assert before[0] > 0
    # Head office has since seen the borrower catch up two instalments.
    again = run_intake(
        desk, _write(tmp_path / "april.xlsx", [_consistent(1, disbursed, 12, 1000, 6)])
    )
    assert again.updated == 1
    after = _shown(desk)["HT2026000001"]
    assert after[2] == before[2] - 2000_00
    # Loading the same file again adds no second payment.
    assert run_intake(desk, tmp_path / "april.xlsx").unchanged == 1
    assert _shown(desk)["HT2026000001"] == after


def test_the_file_date_column_and_as_of(desk, tmp_path):
    disbursed = date(2025, 6, 3)
    as_of = TODAY - timedelta(days=10)
    sched = equal_instalments(disbursed, 12, 1000_00)
    pos = position(sched, [(disbursed, 3000_00)], as_of)
    row = _row(1, disbursed, 12, 1000, 3, pos.dpd, pos.overdue_fen / 100, None,
               pos.outstanding_fen / 100, None)  # fmt: skip
    report = run_intake(desk, _write(tmp_path / "f.xlsx", [row]), as_of=as_of)
    assert report.warnings == ()
    assert _shown(desk)["HT2026000001"][0] == position(sched, [(disbursed, 3000_00)], TODAY).dpd


def test_a_formula_without_its_value_is_named_as_such(desk, tmp_path):
    row = _consistent(1, date(2025, 6, 3), 12, 1000, 4)
    row[5] = "=G2*H2"  # openpyxl saves the formula only, as programs that do not calculate do
    report = run_intake(desk, _write(tmp_path / "f.xlsx", [row]))
    assert {(p.row, p.column, p.code) for p in report.problems} == {
        (2, "借款金额（元）", "formula_no_value")
    }


def test_the_collector_column_assigns_known_collectors(desk, tmp_path):
    from collector_desk.services import assignment

    assignment.add_member(desk, "C07", "刘洋")
    assignment.add_member(desk, "C08", "陈静")
    rows = [_consistent(n, date(2025, 6, 3), 12, 1000, 4) for n in (1, 2, 3)]
    headers = [*HEADERS, "催收员"]
    for r, who in zip(rows, ["C07", "陈静", "王五"], strict=True):
        r.append(who)
    wb = openpyxl.Workbook()
    wb.active.append(headers)
    for r in rows:
        wb.active.append(r)
    wb.save(tmp_path / "f.xlsx")
    report = run_intake(desk, tmp_path / "f.xlsx")
    assert report.new == 3
    got = {r.contract_no: r.assigned_to for r in cases.page(desk, CaseQuery(), limit=10)}
    assert got == {"HT2026000001": "C07", "HT2026000002": "C08", "HT2026000003": ""}
    [w] = [w for w in report.warnings if w.code == "collector_unknown"]
    assert (w.row, w.column, w.stated) == (4, "催收员", "王五")
    # the intake's audit event counts every warning the report gives, this one too
    from collector_desk.services import audit

    [event] = audit.events(desk, kinds=["intake"])
    assert event.detail["warnings"] == len(report.warnings) >= 1


def test_a_changed_identity_is_refused_unless_accepted(desk, tmp_path):
    from collector_desk.services import audit

    row = _consistent(1, date(2025, 6, 3), 12, 1000, 4)
    run_intake(desk, _write(tmp_path / "a.xlsx", [row]))
    row[1] = "张维"
    refused = run_intake(desk, _write(tmp_path / "b.xlsx", [row]))
    assert (refused.rejected, refused.updated) == (1, 0)
    [p] = refused.problems
    assert (p.row, p.column, p.code) == (2, "客户姓名", "identity_changed")
    assert "张伟" not in p.message and "张维" not in p.message  # masked both ways
    assert "张*" in p.message
    taken = run_intake(desk, tmp_path / "b.xlsx", accept_identity_change=True)
    assert (taken.rejected, taken.updated) == (0, 1)
    [event] = audit.events(desk, kinds=["identity_change"])
    # a server stamps its login on every audit event
    assert {k: v for k, v in event.detail.items() if k != "login"} == {
        "name": {"old": "张伟", "new": "张维"}
    }


def test_the_shipped_sample_has_every_column_and_its_warnings(tmp_path):
    """resources/samples/head-office-cases.xlsx: every title recognised, consistent rows
    reproduced as of the file's date, the two contradicting rows warned about."""
    from collector_desk.exchange.intake import preview
    from collector_desk.exchange.intake_fields import BY_KEY
    from collector_desk.paths import resource
    from collector_desk.services import assignment

    sample = resource("samples", "head-office-cases.xlsx")
    desk = Desk.open(tmp_path / "s", today=lambda: date(2026, 11, 30))
    try:
        assignment.add_member(desk, "C001", "刘洋")
        assignment.add_member(desk, "C002", "陈静")
        pv = preview(desk, sample)
        assert pv.unmapped == () and pv.missing == ()
        assert set(pv.mapping.values()) == set(BY_KEY)  # a column for every field
        assert {"overdue_interest", "late_fee", "phone2", "spouse_phone"} <= set(BY_KEY)
        report = run_intake(desk, sample)
        assert (report.new, report.rejected) == (10, 0)
        assert sorted((w.row, w.code) for w in report.warnings) == [
            (10, "stated_dpd"),
            (11, "stated_bucket"),
        ]
        wb = openpyxl.load_workbook(sample, read_only=True)
        sheet = list(wb.active.iter_rows(values_only=True))
        head = sheet[0]
        shown = _shown(desk)
        for r in sheet[1:]:
            v = dict(zip(head, r, strict=True))
            assert shown[v["合同编号"]] == (
                v["逾期天数"],
                round(v["逾期总额"] * 100),
                round(v["剩余应还"] * 100),
            ), v["合同编号"]
        by_collector = {r.contract_no: r.assigned_to for r in cases.page(desk, CaseQuery())}
        assert by_collector["HO2025000002"] == "C001"
        assert by_collector["HO2025000005"] == ""
    finally:
        desk.close()


def test_warnings_name_amounts_in_yuan_and_the_report_the_files_date(desk, tmp_path):
    """The English line a supervisor reads says yuan (stated/computed stay in fen for
    the dialog and --json); the report's date is the file's own date column."""
    as_of = TODAY - timedelta(days=10)
    row = _row(3, date(2024, 5, 8), 12, 1000, 4, None, 3000, None, None, None)  # 8 are late
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([*HEADERS, "统计日期"])
    ws.append([*row, as_of])
    wb.save(tmp_path / "f.xlsx")
    report = run_intake(desk, tmp_path / "f.xlsx")
    [w] = [w for w in report.warnings if w.code == "stated_overdue"]
    assert (w.stated, w.computed) == ("300000", "800000")
    assert w.message.endswith("the file says 3,000.00 yuan, computed 8,000.00 yuan")
    assert report.as_of == as_of != TODAY
    assert report.as_dict()["as_of"] == as_of.isoformat()


def test_an_unknown_collector_says_how_to_add_them(desk, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([*HEADERS, "催收员"])
    ws.append([*_consistent(1, date(2025, 6, 3), 12, 1000, 4), "C777"])
    wb.save(tmp_path / "f.xlsx")
    [w] = run_intake(desk, tmp_path / "f.xlsx").warnings
    assert (w.code, w.column, w.stated) == ("collector_unknown", "催收员", "C777")
    assert "collectors --add ID NAME" in w.message


def test_the_docs_list_every_recognised_title():
    """docs/intake.md's "Every recognised title" is the field table itself
    (tools/intake_titles.py writes it): every field, every title."""
    import importlib.util

    from collector_desk.exchange.intake_fields import FIELDS

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(
        "intake_titles", root / "tools" / "intake_titles.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    doc = tool.DOC.read_text(encoding="utf-8")
    assert tool.rewritten(doc) == doc, "run tools/intake_titles.py"
    listed = doc.split(tool.BEGIN)[1].split(tool.END)[0]
    assert all(f"`{f.key}`" in listed and all(a in listed for a in f.aliases) for f in FIELDS)


@pytest.mark.sqlite_only  # reads both files with sqlite3
def test_new_cases_are_assigned_as_written_like_an_assignment_plan(tmp_path):
    """A new case whose collector is on the team is assigned in its own chunk: the same
    register row and case_state as `assignment.apply_plan` writes (compared with a
    second workstation that imports the file without the column, then applies the
    plan), a second contract of one borrower too; a cancelled intake keeps the
    assignments of the chunks it wrote."""
    import sqlite3

    from collector_desk.domain.progress import Cancelled, Progress
    from collector_desk.exchange import intake
    from collector_desk.services import assignment
    from collector_desk.services.case_state import refresh
    from collector_desk.store.db import DB_FILENAME

    rows = [_consistent(n, date(2025, 6, 3), 12, 1000, 4) for n in (1, 2, 3)]
    rows.append(_consistent(4, date(2025, 7, 3), 12, 1000, 2))
    rows[3][2] = rows[0][2]  # the first borrower's second contract
    wb = openpyxl.Workbook()
    wb.active.append([*HEADERS, "催收员"])
    for r, who in zip(rows, ["C07", "陈静", "", "C07"], strict=True):
        wb.active.append([*r, who])
    wb.save(tmp_path / "with.xlsx")
    _write(tmp_path / "without.xlsx", rows)

    def state(desk: Desk) -> tuple[list, list]:
        db = sqlite3.connect(desk.data_dir / DB_FILENAME)
        try:
            regs = db.execute(
                "SELECT l.contract_no, r.field, r.value, r.origin = ?, r.prev_hlc FROM register r "
                "JOIN loan l ON l.id = r.entity_id WHERE r.entity = 'loan' ORDER BY 1",
                (desk.workstation_id,),
            ).fetchall()
            cs = db.execute(
                "SELECT contract_no, assigned_to, next_action, oldest_unpaid_due_on, overdue_fen "
                "FROM case_state ORDER BY 1"
            ).fetchall()
            return regs, cs
        finally:
            db.close()

    desks = [open_workstation(tmp_path / n, "S01") for n in ("ours", "plan")]
    try:
        for d in desks:
            assignment.add_member(d, "C07", "刘洋")
            assignment.add_member(d, "C08", "陈静")
        report = run_intake(desks[0], tmp_path / "with.xlsx")
        assert report.new == 4 and intake.ChangeKind.ASSIGNMENT in report.changes.kinds
        run_intake(desks[1], tmp_path / "without.xlsx")
        with desks[1].read() as s:
            loans = assignment.loans_by_contract(
                s, ["HT2026000001", "HT2026000002", "HT2026000004"]
            )
        assignment.apply_plan(desks[1], assignment.Plan({
            "C07": (loans["HT2026000001"], loans["HT2026000004"]), "C08": (loans["HT2026000002"],)
        }))  # fmt: skip
        ours = state(desks[0])
        assert ours == state(desks[1])
        assert [r[0] for r in ours[0]] == ["HT2026000001", "HT2026000002", "HT2026000004"]
        with desks[0].unit() as s:  # derived from the facts again: the same
            refresh(s, [r[0] for r in s.connection().exec_driver_sql("SELECT id FROM loan")],
                    desks[0].today())  # fmt: skip
        assert state(desks[0]) == ours
    finally:
        for d in desks:
            d.close()

    class CancelAfterFirst(Progress):
        def step(self, done, total=None, text=None):
            if text == "writing":
                self.cancelled = True
            super().step(done, total, text)

    desk = open_workstation(tmp_path / "stopped", "S01")
    try:
        assignment.add_member(desk, "C07", "刘洋")
        intake.CHUNK_ROWS, before = 2, intake.CHUNK_ROWS
        try:
            stopped = run_intake(desk, tmp_path / "with.xlsx", progress=CancelAfterFirst())
        except Cancelled:  # pragma: no cover - the first chunk is written before the cancel
            raise AssertionError("the first chunk was not kept") from None
        finally:
            intake.CHUNK_ROWS = before
        assert stopped.stopped and stopped.new == 2
        got = {r.contract_no: r.assigned_to for r in cases.page(desk, CaseQuery(), limit=10)}
        assert got == {"HT2026000001": "C07", "HT2026000002": ""}  # 陈静 is not on this team
    finally:
        desk.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_saving_the_problems_gives_rejects_and_warnings_marked_apart(desk, tmp_path, suffix):
    from collector_desk.ui.exchange.intake_dialog import save_problems

    warned = _row(3, date(2024, 5, 8), 12, 1000, 4, 200, 8000, None, 8000, "M3+")
    bad = _consistent(5, date(2025, 6, 3), 12, 1000, 4)
    bad[2] = bad[2][:-1] + ("0" if bad[2][-1] != "0" else "1")  # a wrong check digit
    report = run_intake(desk, _write(tmp_path / "f.xlsx", [warned, bad]))
    assert report.problems and report.warnings
    out = tmp_path / f"problems{suffix}"
    save_problems(report, out)
    if suffix == ".csv":
        import csv

        with out.open(encoding="utf-8-sig") as fh:
            header, *rows = list(csv.reader(fh))
    else:
        book = openpyxl.load_workbook(out)
        header, *rows = [[("" if v is None else str(v)) for v in r]
                         for r in book.worksheets[0].iter_rows(values_only=True)]  # fmt: skip
    assert header == ["Kind", "Row", "Column", "Problem", "The file says", "Computed"]
    kinds = [(r[0], r[1]) for r in rows]
    assert ("Rejected", "3") in kinds and ("Warning", "2") in kinds
    assert len(rows) == len(report.problems) + len(report.warnings)
    dpd = next(r for r in rows if r[0] == "Warning" and r[2] == "逾期天数")
    assert dpd[4] == "200" and dpd[5] not in ("", "200")
