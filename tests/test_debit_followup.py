"""Payment follow-up: a failed debit becomes a second notice, a success closes the
instalment's reminders, a request to change the debit account is a task on the case."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from worklist_support import SH, Clock, make_case, open_desk

from collector_desk.exchange.debit_results import import_debit_results
from collector_desk.services import worklist, worklist_tasks
from collector_desk.services.case_detail import load
from collector_desk.services.debit_followup import (
    debit_change_requested,
    reason_kind,
    request_debit_account_change,
)

INST = 100_000


def results(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text(
        "合同编号,扣款日期,扣款金额,扣款结果,失败原因\n" + "\n".join(lines) + "\n", "utf-8"
    )
    return path


def items(desk, kind: str, day: date | None = None):  # type: ignore[no-untyped-def]
    return [i for i in worklist.build(desk, day, scope=None).items if i.kind == kind]


def test_a_failed_debit_asks_for_a_second_notice_until_paid(tmp_path: Path) -> None:
    # Due Friday 20 March 2026; the debit fails that day.
    clock = Clock(datetime(2026, 3, 20, 9, 0, tzinfo=SH))
    desk = open_desk(tmp_path, clock)
    loan = make_case(desk, disbursed=date(2026, 2, 20))
    contract = load(desk, loan).contract_no
    assert [i.kind for i in items(desk, "confirm_due")] == ["confirm_due"]
    import_debit_results(
        desk, results(tmp_path, "r1.csv", f"{contract},2026-03-20,1000.00,失败,账户余额不足")
    )
    (notice,) = items(desk, "second_notice")  # the same working day
    assert notice.loan_id == loan and notice.amount_fen == INST
    assert (
        notice.params["reason"] == "insufficient" and notice.params["bank_reason"] == "账户余额不足"
    )
    assert notice.params["debit_on"] == "2026-03-20" and not notice.done
    # Still there on Monday (the weekend between is no working day) until marked done.
    clock.set(2026, 3, 23)
    (notice,) = items(desk, "second_notice")
    worklist_tasks.mark_done(desk, "second_notice", loan, notice.ref)
    assert items(desk, "second_notice")[0].done
    # A later success closes it for good (and the marked-done item is gone too).
    import_debit_results(desk, results(tmp_path, "r2.csv", f"{contract},2026-03-23,1000.00,成功,"))
    assert items(desk, "second_notice") == []
    desk.close()


def test_a_call_after_the_failure_gives_the_notice(tmp_path: Path) -> None:
    """The collector calls the borrower the next morning: the second notice shows done
    (no separate tick needed), and the Targets' measure counts the same call."""
    from collector_desk.domain.call_flow import Disposition
    from collector_desk.services import calls, targets

    clock = Clock(datetime(2026, 3, 20, 9, 0, tzinfo=SH))  # Friday, the due date
    desk = open_desk(tmp_path, clock)
    called, silent = (make_case(desk, disbursed=date(2026, 2, 20)) for _ in range(2))
    calls.record_call(  # a call the day before the debit is no notice of it
        desk, calls.CallOutcome(loan_id=called, disposition=Disposition.RIGHT_PARTY_NO_PROMISE)
    )
    clock.set(2026, 3, 21)
    lines = [
        f"{load(desk, x).contract_no},2026-03-21,1000.00,失败,余额不足" for x in (called, silent)
    ]
    import_debit_results(desk, results(tmp_path, "r.csv", *lines))
    assert not any(i.done for i in items(desk, "second_notice", date(2026, 3, 23)))
    clock.set(2026, 3, 23)  # Monday, the next working day
    calls.record_call(
        desk, calls.CallOutcome(loan_id=called, disposition=Disposition.RIGHT_PARTY_NO_PROMISE)
    )
    state = {i.loan_id: i for i in items(desk, "second_notice")}
    assert state[called].done and state[called].params["notice_given"]
    assert not state[silent].done
    clock.set(2026, 3, 25)
    staff = targets.report(desk, "2026-03").team.staff.second_notice
    assert (staff.numerator, staff.denominator) == (1, 2)
    desk.close()


def test_a_failed_debit_on_a_day_off_is_followed_on_the_next_working_day(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 4, 4, 10, 0, tzinfo=SH))  # Saturday, 清明 holidays
    desk = open_desk(tmp_path, clock)
    loan = make_case(desk, disbursed=date(2026, 3, 4))
    contract = load(desk, loan).contract_no
    import_debit_results(
        desk, results(tmp_path, "r.csv", f"{contract},2026-04-04,1000.00,失败,卡片已冻结")
    )
    assert items(desk, "second_notice") == []
    clock.set(2026, 4, 7)  # Tuesday: 4-6 April are days off
    (notice,) = items(desk, "second_notice")
    assert notice.params["due_from"] == "2026-04-07" and notice.params["reason"] == "frozen"
    desk.close()


def test_a_success_closes_the_instalments_reminders(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 19, 9, 0, tzinfo=SH))  # Thursday before the due date
    desk = open_desk(tmp_path, clock)
    loan = make_case(desk, disbursed=date(2026, 2, 20))
    contract = load(desk, loan).contract_no
    before = [i.kind for i in worklist.build(desk, scope=None).items if i.loan_id == loan]
    assert "reminder" in before  # class A: the morning of the last working day before
    import_debit_results(desk, results(tmp_path, "ok.csv", f"{contract},2026-03-19,1000.00,成功,"))
    after = {i.kind for i in worklist.build(desk, scope=None).items if i.loan_id == loan}
    assert not after & {"reminder", "first_instalment", "confirm_due", "second_notice"}
    clock.set(2026, 3, 20)
    after = {i.kind for i in worklist.build(desk, scope=None).items if i.loan_id == loan}
    assert "confirm_due" not in after
    desk.close()


def test_a_debit_account_change_is_a_task_shown_on_the_case(tmp_path: Path) -> None:
    clock = Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH))
    desk = open_desk(tmp_path, clock)
    loan = make_case(desk, disbursed=date(2026, 2, 20))
    assert debit_change_requested(desk, loan) is None
    changes = request_debit_account_change(desk, loan, "想改用工资卡")
    assert loan in changes.loans
    assert debit_change_requested(desk, loan) == "2026-03-16"
    (task,) = items(desk, "debit_account_change")
    assert task.loan_id == loan and not task.done
    history = load(desk, loan).history
    assert history[0].kind == "note" and "委托划款授权" in str(history[0].summary["body"])
    worklist_tasks.mark_done(desk, "debit_account_change", loan, task.ref)
    assert items(desk, "debit_account_change")[0].done
    desk.close()


def test_the_banks_reason_falls_into_the_courses_four_kinds() -> None:
    assert reason_kind("余额不足") == "insufficient"
    assert reason_kind("Account frozen") == "frozen"
    assert reason_kind("账户已销户") == "closed"
    assert reason_kind("通讯超时") == "other" and reason_kind(None) == "other"
