"""The supervisor's daily report: content, day and collector filters, and cells that
could run as formulas are neutralised in both the workbook and the CSV files."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from test_exchange_support import TODAY, open_workstation

from collector_desk.domain.call_flow import Disposition
from collector_desk.domain.promise import PaymentMethod, PromiseTerms
from collector_desk.exchange.intake import run_intake
from collector_desk.exchange.reports import neutralise, write_daily_report
from collector_desk.services import calls

DATA = Path(__file__).parent / "data" / "intake"
NASTY = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR", "普通备注"]


@pytest.fixture
def worked(tmp_path):
    desk = open_workstation(tmp_path / "s", "C001")
    run_intake(desk, DATA / "cases_en.csv")
    with desk.read() as s:
        loans = [
            r[0] for r in s.connection().exec_driver_sql("SELECT id FROM loan ORDER BY contract_no")
        ]
    for i, note in enumerate(NASTY):
        calls.record_call(desk, calls.CallOutcome(loans[i % 2], Disposition.NO_ANSWER, note=note))
    calls.record_call(
        desk,
        calls.CallOutcome(
            loans[2],
            Disposition.PROMISE,
            promise=PromiseTerms(TODAY + timedelta(days=3), 110_000, PaymentMethod.AUTO_DEBIT,
                                 "6217001234567890"),
        ),
    )  # fmt: skip
    yield desk
    desk.close()


def test_neutralise():
    assert [neutralise(v) for v in NASTY[:6]] == ["'" + v for v in NASTY[:6]]
    assert (
        neutralise("普通备注") == "普通备注" and neutralise(-5) == -5 and neutralise(None) is None
    )


def test_workbook(worked, tmp_path):
    done = write_daily_report(worked, tmp_path / "day.xlsx", TODAY)
    assert done.counts == {"cases": 3, "calls": 8, "promises": 1}
    book = openpyxl.load_workbook(done.files[0])
    assert book.sheetnames == ["Worked cases", "Calls", "Promises"]
    calls_ws = book["Calls"]
    notes = [row[8] for row in calls_ws.iter_rows(min_row=2, values_only=True)]
    for text in NASTY[:6]:
        assert "'" + text.replace("\r", "\n") in notes  # XML reads a lone CR back as LF
    for row in calls_ws.iter_rows(min_row=2):
        assert row[8].data_type in ("s", "inlineStr")  # text, never a formula ("f")
    cases = list(book["Worked cases"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in cases} == {"HT2025030001", "HT2025030002", "HT2025030003"}
    assert all(isinstance(r[6], float | int) for r in cases)  # amounts are numbers
    assert all("*" in r[1] for r in cases)  # names masked
    promise = next(book["Promises"].iter_rows(min_row=2, values_only=True))
    assert promise[4] == (TODAY + timedelta(days=3)).isoformat() and promise[5] == 1100


def test_csv_files_with_bom(worked, tmp_path):
    done = write_daily_report(worked, tmp_path / "day.csv", TODAY, headers={"Note": "备注"})
    assert [f.name for f in done.files] == ["day-cases.csv", "day-calls.csv", "day-promises.csv"]
    raw = done.files[1].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    assert rows[0][8] == "备注"
    notes = [r[8] for r in csv.reader(done.files[1].open(encoding="utf-8-sig", newline=""))][1:]
    assert notes.count("普通备注") == 1
    assert all(n.startswith("'") for n in notes if n and n != "普通备注")


def test_other_days_and_other_collectors_are_left_out(worked, tmp_path):
    empty = write_daily_report(worked, tmp_path / "x.xlsx", TODAY - timedelta(days=1))
    assert empty.counts == {"cases": 0, "calls": 0, "promises": 0}
    from collector_desk.errors import UsageError
    from collector_desk.services import assignment

    with pytest.raises(UsageError, match="no one has the staff code 'C999'"):
        write_daily_report(worked, tmp_path / "y.xlsx", TODAY, collector="C999")
    assert not (tmp_path / "y.xlsx").exists()
    assignment.add_member(worked, "C999", "Lin", "collector")  # on the roster, no work
    other = write_daily_report(worked, tmp_path / "y.xlsx", TODAY, collector="C999")
    assert other.counts["calls"] == 0
    mine = write_daily_report(worked, tmp_path / "z.xlsx", TODAY, collector="C001")
    assert mine.counts["calls"] == 8


def test_a_report_written_later_shows_that_days_position(worked):
    """Bucket, DPD, amounts and promise status are those of the report's day, not
    today's cached ones (they used to mix the day's DPD with today's bucket)."""
    from collector_desk.exchange.reports import collect

    on_the_day = collect(worked, TODAY)
    worked.today = lambda: TODAY + timedelta(days=45)
    worked.refresh_cases()
    later = collect(worked, TODAY)
    assert later[0].rows == on_the_day[0].rows


@pytest.mark.parametrize(("zone", "shown"), [("Asia/Shanghai", "00:30"), ("Asia/Urumqi", "22:30")])
def test_the_report_day_and_its_times_follow_the_lender_s_time_zone(tmp_path, zone, shown):
    """A call at 16:30 UTC is 00:30 the next day in Beijing, 22:30 the same day in
    Urumqi: the report's day and the time it shows follow the `timezone` setting."""
    from datetime import UTC, datetime

    at = datetime.combine(TODAY, datetime.min.time(), UTC).replace(hour=16, minute=30)
    desk = open_workstation(tmp_path / "s", "C001", now=lambda: at)
    desk.set_settings(timezone=zone)
    run_intake(desk, DATA / "cases_en.csv")
    with desk.read() as s:
        loan = s.connection().exec_driver_sql("SELECT id FROM loan LIMIT 1").scalar_one()
    # late at night in the borrower's zone: saved as a confirmed quiet-hours contact
    calls.record_call(
        desk, calls.CallOutcome(loan, Disposition.NO_ANSWER, quiet_hours_confirmed=True)
    )
    day = TODAY + timedelta(days=1) if zone == "Asia/Shanghai" else TODAY
    report = write_daily_report(desk, tmp_path / "r.xlsx", day)
    assert report.counts["calls"] == 1
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").worksheets[1]
    assert any(str(c.value).endswith(shown) for row in sheet.iter_rows() for c in row)
    other = write_daily_report(desk, tmp_path / "o.xlsx", day - timedelta(days=1))
    assert other.counts["calls"] == 0
    desk.close()


def test_amounts_read_as_yuan_with_two_decimals_and_thousands(worked, tmp_path):
    """Every "(yuan)" column is a number shown as 1,100.00, never raw fen."""
    done = write_daily_report(worked, tmp_path / "day.xlsx", TODAY)
    book = openpyxl.load_workbook(done.files[0])
    seen = 0
    for ws in book.worksheets:
        heads = [c.value for c in ws[1]]
        money = [i for i, h in enumerate(heads) if "(yuan" in str(h)]
        for row in ws.iter_rows(min_row=2):
            for i in money:
                if row[i].value is not None:
                    assert row[i].number_format == "#,##0.00", (ws.title, heads[i])
                    seen += 1
            for i, cell in enumerate(row):
                if i not in money and isinstance(cell.value, int | float):
                    assert cell.number_format != "#,##0.00"
    assert seen >= 7  # overdue and outstanding of three cases, the promise twice
    promise = next(book["Promises"].iter_rows(min_row=2))
    assert promise[5].value == 1100 and promise[5].number_format == "#,##0.00"
