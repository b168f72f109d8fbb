"""Case intake from head-office files: encodings, headers, row checks, updates, mapping."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql
from test_exchange_support import TODAY, dump, file_state, open_workstation

from collector_desk.domain.progress import Cancelled, Progress
from collector_desk.exchange import intake_values as cell
from collector_desk.exchange.intake import MappingIncomplete, preview, run_intake
from collector_desk.exchange.intake_fields import normalise, recognise
from collector_desk.exchange.intake_read import Unreadable
from collector_desk.store.db import DB_FILENAME

DATA = Path(__file__).parent / "data" / "intake"

# (row, column, code) of every problem in the sample files, rows as Excel numbers them.
# The workbook has a title, a blank row and the headers on row 3; the CSVs on row 1.
EXPECTED_XLSX = {
    (8, "身份证号", "id_checksum"),
    (9, "身份证号", "scientific"),
    (10, "借款金额（元）", "amount_negative"),
    (11, "放款日期", "date_format"),
    (11, "借款金额（元）", "amount_format"),
    (12, "合同编号", "duplicate"),
    (13, "手机号码", "phone_invalid"),
    (13, "客户姓名", "missing"),
    (14, "手机号码", "scientific"),
}
EXPECTED_CSV = {(r - 2, c, code) for r, c, code in EXPECTED_XLSX}


@pytest.fixture
def desk(tmp_path):
    d = open_workstation(tmp_path / "sup", "S01")
    yield d
    d.close()


def problems(report) -> set[tuple[int, str, str]]:
    return {(p.row, p.column, p.code) for p in report.problems}


def loans(desk) -> list[tuple]:
    with desk.read() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT contract_no, principal_fen, instalment_count, instalment_fen, "
            "disbursed_on FROM loan ORDER BY contract_no"
        )
        return [(*r[:4], str(r[4])) for r in rows]  # a date on a server, text in a file


def test_workbook_with_a_title_row(desk):
    report = run_intake(desk, DATA / "cases_zh.xlsx")
    assert (report.rows, report.accepted, report.rejected, report.new) == (11, 4, 7, 4)
    assert problems(report) == EXPECTED_XLSX
    assert loans(desk) == [
        ("HT2025030001", 1_200_000, 12, 110_000, "2025-03-05"),
        ("HT2025030002", 2_400_000, 24, 115_000, "2025-03-05"),
        ("HT2025030003", 3_600_000, 36, 120_000, "2025-03-05"),
        ("HT2025030004", 600_000, 6, 108_000, "2025-03-05"),
    ]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("cases_utf8.csv", "utf-8"),
        ("cases_bom.csv", "utf-8-sig"),
        ("cases_gbk.csv", "gb18030"),
        ("cases_unicode.txt", "utf-16"),
    ],
)
def test_csv_in_every_encoding_excel_writes(desk, name, encoding):
    report = run_intake(desk, DATA / name)
    assert report.encoding == encoding
    assert (report.accepted, report.rejected) == (4, 7)
    assert problems(report) == EXPECTED_CSV
    with desk.read() as s:
        names = sorted(r[0] for r in s.connection().exec_driver_sql("SELECT name FROM borrower"))
    assert names == sorted(["张伟", "王芳", "李娜", "刘洋"])


def test_valid_utf8_is_never_read_as_gb18030(desk):
    data = (DATA / "cases_utf8_ambiguous.csv").read_bytes()
    data.decode("gb18030")  # it would decode, into nonsense
    pv = preview(desk, DATA / "cases_utf8_ambiguous.csv")
    assert pv.encoding == "utf-8" and pv.headers[0] == "合同编号"
    assert pv.sample[0][1] == "张伟"


def test_english_headers(desk):
    report = run_intake(desk, DATA / "cases_en.csv")
    assert (report.accepted, report.rejected) == (4, 0)


def test_the_same_file_twice_adds_nothing(desk):
    run_intake(desk, DATA / "cases_zh.xlsx")
    before = dump(desk)
    again = run_intake(desk, DATA / "cases_zh.xlsx")
    assert (again.new, again.updated, again.unchanged) == (0, 0, 4)
    assert dump(desk) == before
    # the same cases from another file (the CSV) change nothing either
    assert run_intake(desk, DATA / "cases_gbk.csv").unchanged == 4
    assert dump(desk) == before


def test_dry_run_writes_nothing(desk):
    path = desk.data_dir / DB_FILENAME
    before = file_state(path)
    report = run_intake(desk, DATA / "cases_zh.xlsx", dry_run=True)
    assert (report.dry_run, report.new, report.rejected) == (True, 4, 7)
    assert file_state(path) == before


def _edited_copy(tmp_path: Path, edit) -> Path:
    wb = openpyxl.load_workbook(DATA / "cases_zh.xlsx")
    edit(wb.active)
    out = tmp_path / "edited.xlsx"
    wb.save(out)
    return out


def test_a_known_contract_is_updated_not_duplicated(desk, tmp_path):
    run_intake(desk, DATA / "cases_zh.xlsx")
    with desk.read() as s:
        old_hlc = (
            s.connection()
            .exec_driver_sql("SELECT hlc FROM loan WHERE contract_no = 'HT2025030002'")
            .scalar_one()
        )

    def edit(ws):
        ws["D5"] = "13600009999"  # a new number for row 5 (HT2025030002)
        ws["H5"] = 1200  # instalment changed: the schedule is rebuilt
        ws["I5"] = 3600  # head office says 3,600 repaid so far

    report = run_intake(desk, _edited_copy(tmp_path, edit))
    assert (report.new, report.updated, report.unchanged) == (0, 1, 3)
    with desk.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM loan").scalar() == 4
        loan_id, fen, hlc = conn.exec_driver_sql(
            "SELECT id, instalment_fen, hlc FROM loan WHERE contract_no = 'HT2025030002'"
        ).one()
        assert fen == 120_000 and hlc > old_hlc
        assert {r[0] for r in conn.execute(
            sql("SELECT amount_fen FROM instalment WHERE loan_id = :id"), {"id": loan_id})} == {120_000}  # fmt: skip
        paid = conn.execute(
            sql("SELECT sum(amount_fen) FROM payment WHERE loan_id = :id"), {"id": loan_id}
        ).scalar()
        assert paid == 360_000
        numbers = {r[0] for r in conn.execute(sql(
            "SELECT p.number FROM phone p JOIN loan l ON l.borrower_id = p.borrower_id "
            "WHERE l.id = :id AND p.contact_id IS NULL"), {"id": loan_id})}  # fmt: skip
        assert numbers == {"8613900001111", "8613600009999"}
        outstanding = conn.execute(
            sql("SELECT outstanding_fen FROM case_state WHERE loan_id = :id"), {"id": loan_id}
        ).scalar()
        assert outstanding == 24 * 120_000 - 360_000


def test_a_repeat_borrowers_new_contract_joins_them(desk, tmp_path):
    run_intake(desk, DATA / "cases_zh.xlsx")

    def edit(ws):
        ws["A5"] = "HT2025039999"  # 王芳's renewal: new contract, same person

    report = run_intake(desk, _edited_copy(tmp_path, edit))
    assert report.new == 1
    with desk.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM borrower").scalar() == 4
        owners = conn.exec_driver_sql(
            "SELECT count(DISTINCT borrower_id) FROM loan "
            "WHERE contract_no IN ('HT2025030002', 'HT2025039999')"
        ).scalar()
        assert owners == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM case_state").scalar() == 5


class CancelAt(Progress):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.at = text

    def step(self, done, total=None, text=None):
        if text == self.at:
            self.cancelled = True
        super().step(done, total, text)


def test_cancel_while_writing_leaves_the_database_as_it_was(desk, tmp_path):
    run_intake(desk, DATA / "cases_en.csv")
    path = desk.data_dir / DB_FILENAME
    before = file_state(path)
    with pytest.raises(Cancelled):
        run_intake(desk, DATA / "cases_zh.xlsx", progress=CancelAt("case_state"))
    assert file_state(path) == before


def test_unknown_headers_are_mapped_once_then_remembered(desk):
    odd = DATA / "cases_odd_headers.csv"
    pv = preview(desk, odd)
    assert set(pv.missing) == {"contract_no", "name"}
    assert set(pv.unmapped) == {"借据号", "客户称呼"}
    with pytest.raises(MappingIncomplete) as info:
        run_intake(desk, odd)
    assert "借据号" in str(info.value)
    report = run_intake(desk, odd, mapping={"借据号": "contract_no", "客户称呼": "name"})
    assert report.accepted == 4
    again = preview(desk, odd)
    assert again.missing == () and again.remembered
    assert run_intake(desk, odd).unchanged == 4


@pytest.mark.parametrize(
    ("content", "suffix", "code"),
    [
        (b"\x00\x01not a workbook at all", ".xlsx", "not_a_workbook"),
        (b"\xff\xfe\xfd\x80\x81", ".csv", "encoding"),
        (b"", ".csv", "empty"),
        (b"PK\x03\x04 zipped", ".csv", "wrong_suffix"),
    ],
)
def test_unreadable_files_say_why(desk, tmp_path, content, suffix, code):
    bad = tmp_path / f"bad{suffix}"
    bad.write_bytes(content)
    with pytest.raises(Unreadable) as info:
        run_intake(desk, bad)
    assert info.value.code == code


def test_headers_are_recognised_with_units_and_markers():
    assert recognise("借款金额（元）") == "principal"
    assert recognise("*客户姓名") == "name"
    assert recognise("月还款额(元)") == "instalment_amount"
    assert recognise("Contract No.") == "contract_no"
    assert recognise("借款金额(人民币元)") == "principal"
    assert recognise("备注") is None
    assert normalise(" 身份证 号码 ") == "身份证号码"


@pytest.mark.parametrize(
    ("value", "fen"),
    [("¥10,000.00", 1_000_000), ("10000元", 1_000_000), (10000.5, 1_000_050), ("￥0.10", 10)],
)
def test_amounts(value, fen):
    assert cell.amount(value) == fen


@pytest.mark.parametrize(("value", "code"), [("-1", "amount_negative"), (-5.0, "amount_negative"),
                                             ("abc", "amount_format"), ("1.005", "amount_format")])  # fmt: skip
def test_bad_amounts(value, code):
    with pytest.raises(cell.CellError) as info:
        cell.amount(value)
    assert info.value.code == code


@pytest.mark.parametrize("value", [45721, 45721.0, "2025-03-05", "2025/3/5", "2025年3月5日",
                                   "20250305", "2025-03-05 00:00:00", "2025.3.5"])  # fmt: skip
def test_dates(value):
    assert cell.day(value).isoformat() == "2025-03-05"


@pytest.mark.parametrize(
    ("value", "number"),
    [("+86 138-1234-5678", "8613812345678"), (13812345678.0, "8613812345678"),
     ("0086 13812345678", "8613812345678"), ("010-62345678", "861062345678")],
)  # fmt: skip
def test_phones(value, number):
    assert cell.phone(value) == number


@pytest.mark.parametrize("value", ["1.38123E+10", "1.3812345678e10"])
def test_phones_destroyed_by_excel(value):
    with pytest.raises(cell.CellError) as info:
        cell.phone(value)
    assert info.value.code == "scientific"


def test_id_numbers_lowercase_x_and_destroyed():
    assert cell.id_number("11010519491231002x") == "11010519491231002X"
    for destroyed in (1.1010519491231e17, "1.10105E+17"):
        with pytest.raises(cell.CellError) as info:
            cell.id_number(destroyed)
        assert info.value.code == "scientific"


def test_mobile_prefix_cache_agrees_with_phonenumbers():
    import phonenumbers

    rng = random.Random(5)
    numbers = [f"1{rng.randrange(3, 10)}{rng.randrange(10**9):09d}" for _ in range(3000)]
    numbers += [f"1{p:02d}{rng.randrange(10**8):08d}" for p in range(30, 100)]
    for n in numbers:
        truth = phonenumbers.is_valid_number(phonenumbers.parse(n, "CN"))
        try:
            cell.phone(n)
            ours = True
        except cell.CellError:
            ours = False
        assert ours == truth, n


def test_preview_shows_rows_as_text(desk):
    pv = preview(desk, DATA / "cases_zh.xlsx", sample=3)
    assert pv.header_row == 3 and pv.first_row == 4 and pv.total_rows == 11
    assert pv.sample[0][:3] == ("HT2025030001", "张伟", pv.sample[0][2])
    assert pv.sample[0][4] == "2025-03-05"


def test_samples_are_current(tmp_path):
    """The committed sample files are what make_samples.py writes (bar workbook metadata)."""
    shutil.copy(DATA / "make_samples.py", tmp_path / "make_samples.py")
    import runpy

    runpy.run_path(str(tmp_path / "make_samples.py"), run_name="__main__")
    for f in DATA.glob("*.csv"):
        assert (tmp_path / f.name).read_bytes() == f.read_bytes(), f.name
    assert TODAY.year == 2026


def _rows_without_ids(desk) -> dict[str, list[tuple]]:
    """Every written row with its random ids replaced by what they point at."""
    with desk.read() as s:
        conn = s.connection()
        q = conn.exec_driver_sql
        contract = dict(q("SELECT id, contract_no FROM loan").all())
        person = dict(q("SELECT id, id_number FROM borrower").all())
        contact = {
            r[0]: (person[r[1]], r[2]) for r in q("SELECT id, borrower_id, name FROM contact")
        }
        return {
            "borrower": sorted(q("SELECT name, id_number, id_tail, gender, employer, employer_phone, "
                                 "employer_address, home_address, hukou_address, tz FROM borrower").all()),
            "loan": sorted((r[0], person[r[1]], *r[2:]) for r in q(
                "SELECT contract_no, borrower_id, product, branch, disbursed_on, principal_fen, "
                "instalment_count, instalment_fen, debit_bank, debit_account FROM loan")),
            "instalment": sorted((contract[r[0]], *r[1:]) for r in q("SELECT * FROM instalment")),
            "contact": sorted((person[r[0]], *r[1:]) for r in q(
                "SELECT borrower_id, name, relation, is_third_party FROM contact")),
            "phone": sorted((person[r[0]], contact.get(r[1], ("", "")), *r[2:]) for r in q(
                "SELECT borrower_id, contact_id, number, tail4, label, position FROM phone")),
            "payment": sorted((contract[r[0]], *r[1:]) for r in q(
                "SELECT loan_id, paid_on, amount_fen, channel, reference, collector_id FROM payment")),
            "case_state": sorted((contract[r[0]], *r[1:]) for r in q(
                "SELECT loan_id, contract_no, borrower_name, oldest_unpaid_due_on, "
                "overdue_fen, outstanding_fen, promise_status, next_action, assigned_to, "
                "computed_on, valid_until FROM case_state")),
        }  # fmt: skip


def test_the_fast_writer_writes_what_the_portfolio_writer_writes(tmp_path):
    from dataclasses import replace

    from collector_desk.exchange.intake_fast import CaseRowWriter
    from collector_desk.exchange.intake_fields import auto_mapping
    from collector_desk.exchange.intake_read import read_table
    from collector_desk.exchange.intake_rows import GoodRow, RowChecker, check_rows
    from collector_desk.services.portfolio import PaymentRecord, Stamp, write_cases

    table = read_table(DATA / "cases_zh.xlsx")
    checker = RowChecker(table.headers, auto_mapping(table.headers), TODAY)
    good = [g for g in check_rows(table.numbered(), checker) if isinstance(g, GoodRow)]
    records = [
        (
            g.record,
            (PaymentRecord(TODAY, g.paid_fen, "other", "head office x"),) if g.paid_fen else (),
        )
        for g in good
    ]
    fast = open_workstation(tmp_path / "fast", "S01")
    slow = open_workstation(tmp_path / "slow", "S01")
    try:
        stamp = Stamp.of(fast)
        with fast.unit() as s:
            writer = CaseRowWriter(s, stamp, TODAY, "x")
            for (_rec, pays), g in zip(records, good, strict=True):
                writer.add(g, pays)
            writer.finish()
        with slow.unit() as s:
            write_cases(s, [replace(r, payments=p) for r, p in records], stamp, today=TODAY)
        assert _rows_without_ids(fast) == _rows_without_ids(slow)
    finally:
        fast.close()
        slow.close()


def test_a_new_borrower_with_two_contracts_in_one_file(desk, tmp_path):
    def edit(ws):
        for col in range(1, 17):  # row 5 becomes a second contract of row 4's borrower
            ws.cell(5, col).value = ws.cell(4, col).value
        ws["A5"] = "HT2025039998"
        ws["D5"] = "13700007777"

    report = run_intake(desk, _edited_copy(tmp_path, edit))
    assert report.new == 4
    with desk.read() as s:
        conn = s.connection()
        owners = conn.exec_driver_sql(
            "SELECT count(DISTINCT borrower_id), count(*) FROM loan "
            "WHERE contract_no IN ('HT2025030001', 'HT2025039998')"
        ).one()
        assert tuple(owners) == (1, 2)
        numbers = {r[0] for r in conn.exec_driver_sql(
            "SELECT p.number FROM phone p JOIN loan l ON l.borrower_id = p.borrower_id "
            "WHERE l.contract_no = 'HT2025039998' AND p.contact_id IS NULL")}  # fmt: skip
        assert numbers == {"8613812345678", "8613700007777"}


# A column's repeated values are parsed once per (type, value): True == 1 == 1.0 in
# Python, but a bool is no amount and "1" is text. Whatever the order, a row reads
# as a fresh checker reads it alone.
_CELLS = (True, False, 1, 1.0, "1", 1.001, "1.00", "¥1", -1.0, 0.0, "一", 12000.0, 12000, "12000")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_CELLS), min_size=1, max_size=12))
def test_a_column_reads_each_cell_as_a_fresh_checker_would(cells):
    from collector_desk.exchange.intake_rows import GoodRow, RowChecker

    headers = [
        "合同编号",
        "客户姓名",
        "身份证号",
        "手机号码",
        "放款日期",
        "借款金额",
        "期数",
        "月还款额",
    ]
    mapping = {0: "contract_no", 1: "name", 2: "id_number", 3: "phone", 4: "disbursed_on",
               5: "principal", 6: "instalment_count", 7: "instalment_amount"}  # fmt: skip

    def row(n, value):
        return [
            f"HT{n}",
            "张伟",
            "110101198805171231",
            "13812345678",
            "2025-03-05",
            value,
            12,
            value,
        ]

    def outcome(result):
        if isinstance(result, GoodRow):
            return (result.record.principal_fen, result.record.instalment_fen)
        return sorted((p.column, p.code) for p in result)

    shared = RowChecker(headers, mapping, TODAY)
    for n, value in enumerate(cells):
        alone = RowChecker(headers, mapping, TODAY).check(n, row(n, value))
        assert outcome(shared.check(n, row(n, value))) == outcome(alone), value


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            "aZ 9张伟\t\n\r\x00\x1f\x7f\x85\u00ad\u200b\u200e\u202a\u2028\u2060\u2066\ufeff"
            "\ufff9\ufffc\u3000e\u0301\u00e9\uac00\u1100\u1161"
        ),
        max_size=12,
    )
)
def test_clean_text_takes_out_what_the_full_cleaning_takes_out(raw):
    """The printable fast path gives what the regexes and NFC give."""
    import unicodedata

    from collector_desk.exchange import boundary

    full = unicodedata.normalize("NFC", boundary._INVISIBLE.sub("", boundary._SPACES.sub(" ", raw)))
    assert boundary.clean_text(raw) == full.strip()
