"""Payments by hand and from the bank's debit result file; promise status follows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from worklist_support import SH, Clock, add_promise, make_case, open_desk

from collector_desk.domain.progress import Cancelled, Progress
from collector_desk.exchange.debit_results import DebitFileError, import_debit_results
from collector_desk.services import audit, payments
from collector_desk.services.case_detail import load
from collector_desk.services.context import Desk
from collector_desk.store.models import CaseState, DebitResult, Payment

INST = 100_000


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH))


@pytest.fixture
def wdesk(tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    d = open_desk(tmp_path, clock)
    yield d
    d.close()


def overdue_case(desk: Desk) -> str:
    """Ten days overdue on its first instalment (due 6 March)."""
    return make_case(desk, disbursed=date(2026, 2, 6))


def promise_status(desk: Desk, loan: str) -> str:
    with desk.read() as s:
        state = s.get(CaseState, loan)
        assert state is not None
        return state.promise_status


def test_record_payment_keeps_the_promise(wdesk: Desk) -> None:
    loan = overdue_case(wdesk)
    add_promise(
        wdesk, loan, made_on=date(2026, 3, 16), promised_on=date(2026, 3, 18), amount_fen=INST
    )
    assert promise_status(wdesk, loan) == "pending"
    saved = payments.record_payment(
        wdesk,
        loan,
        paid_on=date(2026, 3, 16),
        amount_fen=INST,
        channel="bank_transfer",
        reference="T1",
    )
    assert saved.promise_status == "kept" and saved.promise_paid_fen == INST
    assert promise_status(wdesk, loan) == "kept"
    assert load_detail(wdesk, loan).dpd == 0
    assert [p.amount_fen for p in payments.payments_of(wdesk, loan)] == [INST]
    assert saved.changes.loans == {loan} and "payment" in saved.changes.kinds


def load_detail(desk: Desk, loan: str):  # type: ignore[no-untyped-def]
    return load(desk, loan)


def test_partly_kept_then_broken(wdesk: Desk, clock: Clock) -> None:
    part = overdue_case(wdesk)
    none = overdue_case(wdesk)
    for loan in (part, none):
        add_promise(
            wdesk, loan, made_on=date(2026, 3, 16), promised_on=date(2026, 3, 17), amount_fen=INST
        )
    clock.set(2026, 3, 17)
    payments.record_payment(
        wdesk, part, paid_on=date(2026, 3, 17), amount_fen=40_000, channel="app"
    )
    assert promise_status(wdesk, part) == "pending"
    clock.set(2026, 3, 18)
    wdesk.refresh_cases()
    assert promise_status(wdesk, part) == "partly_kept"
    assert promise_status(wdesk, none) == "broken"


def test_payment_rejections_name_the_field(wdesk: Desk) -> None:
    loan = overdue_case(wdesk)
    with pytest.raises(payments.PaymentRejected) as bad:
        payments.record_payment(
            wdesk, loan, paid_on=date(2026, 3, 17), amount_fen=0, channel="cash"
        )
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("date", "date_future"),
        ("amount", "amount_not_positive"),
        ("channel", "channel_unknown"),
    }
    with pytest.raises(payments.PaymentRejected) as too_much:
        payments.record_payment(
            wdesk, loan, paid_on=date(2026, 3, 16), amount_fen=13 * INST, channel="app"
        )
    assert too_much.value.errors[0].code == "amount_above_outstanding"
    with wdesk.read() as s:
        assert s.query(Payment).count() == 0


def write(path: Path, text: str, encoding: str = "gb18030") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def contract(desk: Desk, loan: str) -> str:
    return load_detail(desk, loan).contract_no


def test_debit_results_import_in_gb18030(wdesk: Desk, tmp_path: Path, clock: Clock) -> None:
    kept = overdue_case(wdesk)
    failed = overdue_case(wdesk)
    add_promise(
        wdesk, kept, made_on=date(2026, 3, 13), promised_on=date(2026, 3, 16), amount_fen=INST
    )
    add_promise(
        wdesk, failed, made_on=date(2026, 3, 13), promised_on=date(2026, 3, 15), amount_fen=INST
    )
    a, b = contract(wdesk, kept), contract(wdesk, failed)
    csv_text = (
        "合同编号,扣款日期,扣款金额,扣款结果,失败原因\n"
        f"{a},2026-03-16,1000.00,成功,\n"
        f"{b},2026/03/15,1000,失败,余额不足\n"
        "HT-NOPE,2026-03-15,1000,成功,\n"
        f"{a},2026-13-01,abc,maybe,\n"
        "\n"
        f"{b},20260317,1000.00,成功,\n"
    )
    path = write(tmp_path / "回盘20260316.csv", csv_text)
    report = import_debit_results(wdesk, path)
    assert (report.rows, report.imported, report.successes, report.failures) == (5, 2, 1, 1)
    where = [(e.row, e.column, e.code) for e in report.errors]
    assert where == [
        (4, "合同编号", "contract_unknown"),
        (5, "扣款日期", "date_invalid"),
        (5, "扣款金额", "amount_invalid"),
        (5, "扣款结果", "result_unknown"),
        (7, "扣款日期", "date_future"),
    ]
    assert str(report.errors[0]).startswith("回盘20260316.csv, row 4, column 合同编号")
    assert promise_status(wdesk, kept) == "kept"
    assert promise_status(wdesk, failed) == "broken"
    with wdesk.read() as s:
        reasons = [r.reason for r in s.query(DebitResult).filter_by(success=False)]
        assert reasons == ["余额不足"]
        [pay] = s.query(Payment).all()
        assert (pay.loan_id, pay.channel, pay.amount_fen) == (kept, "auto_debit", INST)

    clock.set(2026, 3, 16, 11, 0)
    again = import_debit_results(wdesk, path)
    assert (again.imported, again.already_imported) == (0, 2)
    with wdesk.read() as s:
        assert s.query(Payment).count() == 1
    assert [e.detail["imported"] for e in audit.events(wdesk, kinds=["debit_import"])] == [0, 2]


def test_debit_file_in_utf8_english_headers_and_tabs(wdesk: Desk, tmp_path: Path) -> None:
    loan = overdue_case(wdesk)
    c = contract(wdesk, loan)
    text = f"contract_no\tdate\tamount\tresult\n{c}\t2026-03-16\t400.00\tsuccess\n{c}\t2026-03-16\t400.00\tsuccess\n"
    report = import_debit_results(wdesk, write(tmp_path / "r.csv", text, "utf-8-sig"))
    # Two identical lines are two debits, not one line seen twice.
    assert report.imported == 2 and report.errors == ()
    assert load_detail(wdesk, loan).paid_fen == 80_000


def test_missing_columns_refuse_the_file(wdesk: Desk, tmp_path: Path) -> None:
    with pytest.raises(DebitFileError) as bad:
        import_debit_results(wdesk, write(tmp_path / "x.csv", "合同编号,金额\nA,1\n"))
    assert [(e.row, e.column) for e in bad.value.errors] == [(1, "debit_on"), (1, "result")]


def test_cancel_leaves_nothing(wdesk: Desk, tmp_path: Path) -> None:
    loan = overdue_case(wdesk)
    c = contract(wdesk, loan)
    path = write(tmp_path / "r.csv", "合同号,日期,金额,结果\n" + f"{c},2026-03-16,1,成功\n" * 3)
    progress = Progress(cancelled=True)
    with pytest.raises(Cancelled):
        import_debit_results(wdesk, path, progress=progress)
    with wdesk.read() as s:
        assert s.query(DebitResult).count() == 0 and s.query(Payment).count() == 0


def test_reimporting_a_file_that_paid_a_loan_off_is_a_no_op(wdesk: Desk, tmp_path: Path) -> None:
    loan = overdue_case(wdesk)
    with wdesk.read() as s:
        state = s.get(CaseState, loan)
        assert state is not None
        owed = state.outstanding_fen
    text = f"合同编号,扣款日期,扣款金额,扣款结果\n{contract(wdesk, loan)},2026-03-16,{owed / 100:.2f},成功\n"
    path = write(tmp_path / "回盘.csv", text, "utf-8")
    first = import_debit_results(wdesk, path)
    assert (first.imported, first.errors) == (1, ())
    again = import_debit_results(wdesk, path)
    # Known lines are recognised before the outstanding check, which would refuse them.
    assert (again.imported, again.already_imported, again.errors) == (0, 1, ())
    with wdesk.read() as s:
        assert s.query(Payment).filter_by(loan_id=loan).count() == 1


def test_debit_file_matches_contracts_in_any_case(wdesk: Desk, tmp_path: Path) -> None:
    loan = overdue_case(wdesk)
    c = contract(wdesk, loan)
    assert c != c.lower()
    text = f"合同编号,扣款日期,扣款金额,扣款结果\n {c.lower()} ,2026-03-16,400.00,成功\n"
    report = import_debit_results(wdesk, write(tmp_path / "r.csv", text, "utf-8"))
    assert (report.imported, report.errors) == (1, ())
    assert load_detail(wdesk, loan).paid_fen == 40_000
