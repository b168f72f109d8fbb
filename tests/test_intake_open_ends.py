"""Issue 11's open ends: head office's bucket read in this desk's edges (M1 is 1-29 days),
a stated overdue total of 0 never becomes a made-up fen, the problems list masks
people's numbers, and the report counts head office's repayments matched and new.
Real workbooks and CSV files through the real intake (and the CLI)."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql
from test_exchange_support import TODAY, make_id_number, make_phone, open_workstation

from collector_desk.cli import main
from collector_desk.domain.dpd import BUCKET_DPD, BUCKET_ORDER, Bucket, bucket_for_dpd
from collector_desk.domain.loan import add_months, equal_instalments, position
from collector_desk.domain.privacy import mask_id_number
from collector_desk.domain.stated import Stated, Terms, bucket_agrees, bucket_days, reconcile
from collector_desk.exchange.intake import run_intake
from collector_desk.services import cases
from collector_desk.services.cases import CaseQuery
from collector_desk.services.context import Desk
from collector_desk.services.payments import record_payment

# --- head office's bucket, in this desk's edges ---------------------------------------------

# How head offices write each bucket's name (the cell's own day ranges are apart, below).
SPELLINGS: dict[Bucket, tuple[str, ...]] = {
    Bucket.C: ("C", "c", "M0", "m0", "正常", "未逾期", "结清", " C "),
    Bucket.M1: ("M1", "m1", " M1", "Ｍ１", "逾期M1", "M1阶段", "M1期", "账龄M1"),
    Bucket.M2: ("M2", "m2", "Ｍ２", "M2阶段", "逾期M2", "M2段"),
    Bucket.M3: ("M3", "m3", "M3阶段", "逾期M3"),
    Bucket.M3_PLUS: ("M3+", "m3+", "M4", "M5", "m6", "M12", "Ｍ３＋", "M3+阶段"),
}


def test_the_desk_edges_are_the_playbooks():
    # Collections playbook §1: M1 = 1-29 days past due, M2 = 30-59, M3 = 60-89, M3+ = 90+.
    assert [BUCKET_DPD[b] for b in BUCKET_ORDER] == [
        (0, 0),
        (1, 29),
        (30, 59),
        (60, 89),
        (90, None),
    ]


@settings(max_examples=300, deadline=None)
@given(dpd=st.integers(0, 1200), data=st.data())
def test_a_bucket_name_agrees_with_its_own_days_only(dpd, data):
    """Any DPD, any bucket, any common spelling: head office's bucket agrees exactly when
    this desk would put that DPD in it (so "M1" at 30 days does not: that is M2 here)."""
    for bucket, spellings in SPELLINGS.items():
        text = data.draw(st.sampled_from(spellings))
        assert bucket_agrees(text, dpd) == (bucket_for_dpd(dpd) == bucket), (text, dpd)


@settings(max_examples=200, deadline=None)
@given(dpd=st.integers(0, 1200), n=st.integers(0, 6), lower=st.booleans())
def test_mn_plus_is_beyond_mn_as_m3_plus_is(dpd, n, lower):
    text = f"{'m' if lower else 'M'}{n}+"
    start = BUCKET_DPD[BUCKET_ORDER[min(n + 1, len(BUCKET_ORDER) - 1)]][0]
    assert bucket_agrees(text, dpd) == (dpd >= start), (text, dpd)


DAY_STYLES = ("{l}-{h}", "{l}-{h}天", "M1({l}-{h}天)", "M1（{l}～{h}日）", "{l}天-{h}天", "{l}至{h}天",
              "逾期{l}-{h}天")  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(low=st.integers(0, 400), width=st.integers(0, 60), dpd=st.integers(0, 500),
       style=st.sampled_from(DAY_STYLES), open_style=st.sampled_from(("{l}+", "{l}天以上", "{l}天+")))  # fmt: skip
def test_a_day_range_in_the_cell_is_head_offices_definition(low, width, dpd, style, open_style):
    high = low + width
    assert bucket_agrees(style.format(l=low, h=high), dpd) == (low <= dpd <= high)
    assert bucket_agrees(open_style.format(l=low), dpd) == (dpd >= low)
    assert bucket_agrees(f">{low}", dpd) == (dpd > low)


def test_what_is_no_bucket_never_agrees():
    for text in ("x", "M", "高风险", "M1-M2", ""):
        assert bucket_days(text) is None
        assert not any(bucket_agrees(text, d) for d in (0, 1, 30, 90))


@settings(max_examples=150, deadline=None)
@given(paid=st.integers(0, 11), extra=st.integers(0, 400), data=st.data())
def test_reconcile_compares_the_bucket_with_the_files_dpd(paid, extra, data):
    """A row whose bucket is the one its stated DPD gives here carries no bucket warning,
    however the bucket is spelled; any other bucket's name does, naming this desk's."""
    terms = Terms(date(2024, 1, 10), 24, 1000_00)
    as_of = date(2026, 3, 16)
    dpd = (as_of - equal_instalments(terms.disbursed_on, 24, 1000_00)[paid].due_on).days + extra
    right = bucket_for_dpd(dpd)
    text = data.draw(st.sampled_from(SPELLINGS[right]))
    r = reconcile(terms, Stated(as_of=as_of, dpd=dpd, paid_count=paid, bucket=text))
    assert not [d for d in r.discrepancies if d.field == "bucket"]
    other = data.draw(st.sampled_from([b for b in BUCKET_ORDER if b != right]))
    r = reconcile(terms, Stated(as_of=as_of, dpd=dpd, paid_count=paid, bucket=other.value))
    (d,) = [d for d in r.discrepancies if d.field == "bucket"]
    assert (d.stated, d.computed) == (other.value, right.value)


# --- a head-office workbook ---------------------------------------------------------------

HEADERS = ["合同编号", "客户姓名", "身份证号", "手机号码", "放款日期", "借款金额（元）", "期数",
           "月还款额(元)", "已还期数", "逾期天数", "逾期总额", "剩余应还", "账龄"]  # fmt: skip


def _write(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _row(n: int, paid_count: int, dpd: int, overdue: float | None, owed: float | None,
         bucket: str | None, *, disbursed: date = date(2025, 1, 10), count: int = 24,
         inst: int = 1000) -> list:  # fmt: skip
    return [f"HT2026{n:06d}", "张伟", make_id_number(n), make_phone(n), disbursed, inst * count,
            count, inst, paid_count, dpd, overdue, owed, bucket]  # fmt: skip


def _at_dpd(n: int, dpd: int, bucket: str, paid_count: int = 10) -> list:
    """A row consistent in everything but (perhaps) its bucket: `dpd` days past due."""
    # The oldest unpaid instalment falls due `dpd` days before TODAY (a day up to the 28th).
    start = add_months(TODAY - timedelta(days=dpd), -(paid_count + 1))
    sched = equal_instalments(start, 24, 1000_00)
    pos = position(sched, [(start, paid_count * 1000_00)], TODAY)
    assert pos.dpd == dpd
    return _row(n, paid_count, dpd, pos.overdue_fen / 100, pos.outstanding_fen / 100, bucket,
                disbursed=start)  # fmt: skip


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


def test_head_offices_buckets_at_the_edges_through_intake(desk, tmp_path):
    rows = [
        _at_dpd(1, 30, "M1"),  # M1 is 1-29 here: a warning that says so
        _at_dpd(2, 30, "M1(1-30天)"),  # head office's own definition: agrees
        _at_dpd(3, 29, "m1"),
        _at_dpd(4, 50, "M1+"),  # beyond M1
        _at_dpd(5, 30, "1-30天"),
        _at_dpd(6, 90, "M3+"),
        _at_dpd(7, 60, "M2"),  # M2 is 30-59 here
    ]
    report = run_intake(desk, _write(tmp_path / "委案明细.xlsx", rows))
    assert (report.new, report.rejected) == (7, 0)
    bucket = {w.row: w for w in report.warnings if w.code == "stated_bucket"}
    assert sorted(bucket) == [2, 8]
    assert (bucket[2].stated, bucket[2].computed) == ("M1", "M2")
    assert "M1 is 1-29 days past due here" in bucket[2].message
    assert (bucket[8].stated, bucket[8].computed) == ("M2", "M3")
    assert not [w for w in report.warnings if w.code != "stated_bucket"]  # the rest is consistent


# --- a stated overdue total of 0 with days past due -----------------------------------------


def test_overdue_zero_with_days_past_due_makes_up_no_fen(desk, tmp_path):
    """Head office says 0 overdue and 40 days past due: a contradiction. The money wins,
    no fen is invented to keep a DPD (the list used to show ¥0.01), both are warnings."""
    consistent = _at_dpd(1, 40, "M2")
    zero = list(consistent)
    zero[0], zero[2], zero[3], zero[10] = "HT2026000002", make_id_number(2), make_phone(2), 0
    report = run_intake(desk, _write(tmp_path / "f.xlsx", [consistent, zero]))
    assert (report.new, report.rejected) == (2, 0)
    shown = _shown(desk)
    assert shown["HT2026000001"][:2] == (40, round(consistent[10] * 100))
    dpd, overdue, owed = shown["HT2026000002"]
    assert (dpd, overdue) == (0, 0)
    assert owed == round(consistent[11] * 100)  # what is owed stays head office's
    warned = {(w.code, w.stated, w.computed) for w in report.warnings if w.row == 3}
    assert ("stated_dpd", "40", "0") in warned
    assert ("stated_overdue", "0", str(round(consistent[10] * 100))) in warned
    assert not any(w.code == "stated_bucket" for w in report.warnings)  # M2 is its DPD's


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(count=st.integers(3, 36), inst=st.integers(1, 900_000), paid=st.integers(0, 35),
       dpd=st.integers(1, 700), owed=st.booleans(), days=st.integers(40, 1400))  # fmt: skip
def test_overdue_zero_is_never_a_fen_overdue(count, inst, paid, dpd, owed, days):
    as_of = date(2026, 3, 16)
    terms = Terms(as_of - timedelta(days=days), count, inst)
    paid = min(paid, count - 1)
    outstanding = (count - paid) * inst if owed else None
    stated = Stated(as_of=as_of, dpd=dpd, overdue_fen=0, paid_count=paid,
                    outstanding_fen=outstanding)  # fmt: skip
    r = reconcile(terms, stated)
    pos = position(r.schedule, r.payments, as_of)
    assert (pos.overdue_fen, pos.dpd) == (0, 0)
    assert pos.outstanding_fen == (count - paid) * inst
    assert ("dpd", str(dpd), "0") in {(d.field, d.stated, d.computed) for d in r.discrepancies}
    # The total owed is kept: what was lowered moved to the instalments not yet due.
    assert sum(a for _d, a in r.due) == count * inst


# --- the problems list masks people's numbers ------------------------------------------------


def _problem_cells(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig") as fh:
            return list(csv.reader(fh))
    book = openpyxl.load_workbook(path)
    return [["" if v is None else str(v) for v in r]
            for r in book.worksheets[0].iter_rows(values_only=True)]  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_problems_list_masks_ids_phones_and_names(desk, tmp_path, suffix):
    from collector_desk.ui.exchange.intake_problems import save_problems

    bad_id = _at_dpd(1, 30, "M2")
    bad_id[2] = bad_id[2][:-1] + ("0" if bad_id[2][-1] != "0" else "1")  # a wrong check digit
    bad_phone = _at_dpd(2, 30, "M2")
    bad_phone[3] = "1" + make_phone(2)  # twelve digits: not a phone
    shifted = _at_dpd(3, 30, "M2")
    shifted[4] = make_id_number(3)  # the ID number in the disbursement date's column
    shifted[5] = "欧阳娜娜"  # a name in an amount column
    warned = _at_dpd(4, 30, "M1")  # imported, with a warning
    report = run_intake(desk, _write(tmp_path / "f.xlsx", [bad_id, bad_phone, shifted, warned]))
    assert report.rejected == 3 and report.warnings
    out = tmp_path / f"problems{suffix}"
    save_problems(report, out)
    _header, *rows = _problem_cells(out)
    text = "\n".join("\t".join(r) for r in rows)
    for secret in (bad_id[2], "1" + make_phone(2), make_id_number(3), "欧阳娜娜"):
        assert secret not in text, secret
    # Enough to find the row: its number, the column, the masked value.
    by_row = {(r[1], r[2]): r for r in rows}
    assert by_row[("2", "身份证号")][4] == mask_id_number(bad_id[2])  # as the window shows it
    phone = by_row[("3", "手机号码")][4]
    assert phone.startswith("1") and "*" in phone and phone.endswith(make_phone(2)[-4:])
    assert by_row[("4", "放款日期")][4].endswith(make_id_number(3)[-4:])
    assert by_row[("4", "借款金额（元）")][4] == "****"
    assert by_row[("5", "账龄")][4:] == ["M1", "M2"]  # a warning's figures stay as they are


# --- head office's repayments: matched with payments here, or new ---------------------------

CONTRACT = "HT2025000001"
PAID_HEADERS = ("合同编号,客户姓名,身份证号,手机号码,放款日期,借款金额,期数,月还款额,"
                "已还金额,最近还款日期,统计日期,批次号")  # fmt: skip


def _paid_file(folder: Path, name: str, paid_yuan: int, last_paid: date, as_of: date) -> Path:
    row = [CONTRACT, "张伟", make_id_number(1), make_phone(1), "2025-01-05", "24000", "24",
           "1000", str(paid_yuan), last_paid.isoformat(), as_of.isoformat(), "B2601"]  # fmt: skip
    path = folder / name
    path.write_text(PAID_HEADERS + "\n" + ",".join(row) + "\n", "utf-8")
    return path


def _desk_payment(desk: Desk, on: date, yuan: int) -> None:
    with desk.read() as s:
        loan_id = str(
            s.connection()
            .execute(sql("SELECT id FROM loan WHERE contract_no = :c"), {"c": CONTRACT})
            .scalar_one()
        )
    record_payment(desk, loan_id, paid_on=on, amount_fen=yuan * 100, channel="bank_transfer")


def test_the_report_counts_repayments_matched_and_new(desk, tmp_path):
    first = run_intake(desk, _paid_file(tmp_path, "jan.csv", 5000, date(2026, 1, 5),
                                        date(2026, 1, 20)))  # fmt: skip
    assert (first.payments_matched, first.payments_new, first.new_fen) == (0, 1, 500_000)
    _desk_payment(desk, date(2026, 2, 4), 1000)  # at the desk; head office saw it too
    _desk_payment(desk, date(2026, 2, 25), 700)  # after the next file's window
    feb = _paid_file(tmp_path, "feb.csv", 7000, date(2026, 2, 6), date(2026, 2, 20))
    dry = run_intake(desk, feb, dry_run=True)
    report = run_intake(desk, feb)
    for r in (dry, report):  # a dry run says what the import would do
        assert (r.payments_matched, r.matched_fen, r.payments_new, r.new_fen) == (
            1, 100_000, 1, 100_000)  # fmt: skip
    doc = report.as_dict()["payments"]
    assert doc == {"matched": 1, "matched_fen": 100_000, "new": 1, "new_fen": 100_000}
    again = run_intake(desk, feb)  # the same file again: nothing matched, nothing new
    assert (again.payments_matched, again.payments_new) == (0, 0)


def test_the_command_line_says_matched_and_new(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    folder = tmp_path / "s"
    jan = _paid_file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), date(2026, 1, 20))
    assert main(["--data-dir", str(folder), "intake", str(jan)]) == 0
    out = capsys.readouterr().out
    assert "head office's repaid amounts: 0 payments here matched (¥0.00), 1 head-office " in out
    assert "were written (¥5,000.00)" in out
    desk = Desk.open(folder)
    try:
        _desk_payment(desk, date(2026, 2, 4), 1000)
    finally:
        desk.close()
    feb = _paid_file(tmp_path, "feb.csv", 6500, date(2026, 2, 6), date(2026, 2, 20))
    assert main(["--data-dir", str(folder), "intake", str(feb), "--dry-run", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["payments"] == {"matched": 1, "matched_fen": 100_000, "new": 1, "new_fen": 50_000}
    assert main(["--data-dir", str(folder), "intake", str(feb)]) == 0
    out = capsys.readouterr().out
    assert (
        "1 payments here matched (¥1,000.00), 1 head-office payments were written (¥500.00)" in out
    )


# --- the dialog -------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from collector_desk.ui.main_window import MainWindow

    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    first = open_workstation(tmp_path / "w", "S01")
    first.set_settings(role="supervisor", first_run_done=True, collector_name="主管")
    first.close()
    desk = Desk.open(tmp_path / "w", today=lambda: TODAY)
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    _settle(qtbot)
    yield w
    _settle(qtbot)
    desk.close()


def _settle(qtbot) -> None:
    from collector_desk.ui import ops

    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=30_000)


def _import_in_the_dialog(window, qtbot, path: Path):
    from collector_desk.ui.exchange import ExchangeFeature

    dialog = window.feature(ExchangeFeature).open_intake(str(path))
    _settle(qtbot)
    assert dialog.preview is not None and dialog.run.isEnabled(), dialog.missing.text()
    dialog.run.click()
    _settle(qtbot)
    return dialog


def test_the_dialog_says_repayments_matched_and_new(window, qtbot, tmp_path):
    jan = _paid_file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), date(2026, 1, 20))
    dialog = _import_in_the_dialog(window, qtbot, jan)
    assert "Head office's repayments: 0 matched with payments recorded here (¥0.00), 1 " in (
        dialog.summary.text()
    )
    dialog.close()
    _desk_payment(window.open_desk, date(2026, 2, 4), 1000)
    feb = _paid_file(tmp_path, "feb.csv", 6500, date(2026, 2, 6), date(2026, 2, 20))
    dialog = _import_in_the_dialog(window, qtbot, feb)
    assert dialog.report.payments_matched == 1
    assert (
        "Head office's repayments: 1 matched with payments recorded here (¥1,000.00), "
        "1 recorded as head-office payments (¥500.00)." in dialog.summary.text()
    )
    dialog.close()


def test_the_dialog_saves_warnings_alone_and_names_the_buckets_days(window, qtbot, tmp_path):
    book = _write(tmp_path / "f.xlsx", [_at_dpd(1, 30, "M1")])
    dialog = _import_in_the_dialog(window, qtbot, book)
    assert dialog.report.rejected == 0 and dialog.warnings.rowCount() == 1
    reason = dialog.warnings.item(0, 2).text()
    assert "M1" in reason and "M2" in reason and "(M1 is 1-29 days past due here)" in reason
    # The list of problems holds the warnings too: it can be saved with no reject.
    assert dialog.save_problems.isVisibleTo(dialog)
    dialog.close()


def test_the_import_takes_the_rows_the_preview_read(window, qtbot, tmp_path, monkeypatch):
    """The window reads a workbook once: the import takes the preview's rows while the
    file is unchanged, and reads it again once it has changed."""
    import collector_desk.exchange.intake as intake

    reads: list[Path] = []
    real = intake.read_table

    def counted(path, poll=None):
        reads.append(path)
        return real(path, poll)

    monkeypatch.setattr(intake, "read_table", counted)
    book = _write(tmp_path / "f.xlsx", [_at_dpd(1, 30, "M2"), _at_dpd(2, 40, "M2")])
    dialog = _import_in_the_dialog(window, qtbot, book)  # the preview, then the import
    assert dialog.report.new == 2 and len(reads) == 1
    dialog.close()
    # Changed after its preview: the import reads the file as it is now.
    from collector_desk.ui.exchange import ExchangeFeature

    dialog = window.feature(ExchangeFeature).open_intake(str(book))
    _settle(qtbot)
    _write(book, [_at_dpd(3, 30, "M2")])
    dialog.run.click()
    _settle(qtbot)
    assert len(reads) == 3 and (dialog.report.new, dialog.report.rows) == (1, 1)
    dialog.close()
