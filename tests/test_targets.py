"""Target management from facts: rates with numerators and denominators, targets set by
the supervisor (audited), the same figures from the command line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from worklist_support import SH, Clock, add_promise, make_case, open_desk

from collector_desk.cli import main
from collector_desk.services import assignment, audit, payments, targets
from collector_desk.services.context import new_id
from collector_desk.store.models import Call

INST = 100_000


def add_call(desk, loan: str, on: date, disposition: str) -> None:  # type: ignore[no-untyped-def]
    with desk.unit() as s:
        s.add(
            Call(
                id=new_id(),
                created_at=datetime.combine(on, datetime.min.time(), SH).astimezone(UTC)
                + timedelta(hours=4),
                collector_id="C001",
                workstation_id=desk.workstation_id,
                loan_id=loan,
                disposition=disposition,
            )
        )


@pytest.fixture
def desk(tmp_path: Path):  # type: ignore[no-untyped-def]
    d = open_desk(tmp_path, Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH)), role="supervisor")
    assignment.add_member(d, "C001", "测试员")
    yield d
    d.close()


def test_the_months_figures_from_facts(desk) -> None:  # type: ignore[no-untyped-def]
    # Three loans of C001: one overdue since 6 Feb (M1 at the end of February).
    late = make_case(desk, disbursed=date(2026, 1, 6))  # due 6 Feb, 6 Mar: M1 on 28 Feb
    kept = make_case(desk, disbursed=date(2026, 2, 6))  # due 6 Mar
    part = make_case(desk, disbursed=date(2026, 2, 6))
    assignment.assign(desk, [late, kept, part], "C001")
    for loan, disp in (
        (late, "promise"),
        (kept, "promise"),
        (part, "promise"),
        (late, "no_answer"),
    ):
        add_call(desk, loan, date(2026, 3, 2), disp)
    add_promise(desk, kept, made_on=date(2026, 3, 2), promised_on=date(2026, 3, 9), amount_fen=INST)
    add_promise(desk, part, made_on=date(2026, 3, 2), promised_on=date(2026, 3, 9), amount_fen=INST)
    add_promise(
        desk, late, made_on=date(2026, 3, 2), promised_on=date(2026, 3, 20), amount_fen=INST
    )
    payments.record_payment(desk, kept, paid_on=date(2026, 3, 9), amount_fen=INST, channel="app")
    payments.record_payment(desk, part, paid_on=date(2026, 3, 8), amount_fen=30_000, channel="app")
    targets.set_target(desk, "C001", "2026-03", amount_fen=1_000_000, kept_rate_pct=80)

    rep = targets.report(desk, "2026-03")
    (c,) = rep.collectors
    assert (c.calls, c.contact_rate.numerator, c.contact_rate.denominator) == (4, 3, 4)
    assert (c.ptp_rate.numerator, c.ptp_rate.denominator) == (3, 3)
    # Due and over: the two promises of 9 March (20 March is still to come).
    assert (c.kept_rate.numerator, c.kept_rate.denominator) == (1, 2)
    assert (c.part_kept.numerator, c.part_kept.denominator) == (1, 2)
    assert c.collected_fen == 130_000 and c.target_fen == 1_000_000
    assert c.target_kept_pct == 80
    # 16-31 March 2026 has 12 working days: (1,000,000 - 130,000) / 12, rounded up.
    assert rep.workdays_left == 12 and c.pace_fen == 72_500
    assert c.daily_collected[-1] == ("2026-03-16", 130_000)
    # Flows from the end of February: `late` (due 6 Feb) was M1 and is 38 days late
    # now, M2; of the two that were C, `part` is short and rolled to M1.
    flows = {(f.from_bucket, f.to_bucket): f for f in rep.flows}
    assert flows[("C", "M1")].by_count.denominator == 2
    assert flows[("C", "M1")].by_count.numerator == 1  # `part` paid 300 of 1,000: M1 now
    m1 = flows[("M1", "M2")]
    assert (m1.by_count.numerator, m1.by_count.denominator) == (1, 1)
    assert m1.by_amount.numerator == m1.by_amount.denominator == 12 * INST
    assert (rep.cure_by_count.numerator, rep.cure_by_count.denominator) == (0, 1)
    assert any(e.kind == targets.AUDIT_KIND for e in audit.events(desk))


def test_only_a_supervisor_sets_targets_and_bad_values_say_which(tmp_path: Path) -> None:
    d = open_desk(tmp_path, Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH)))
    assignment.add_member(d, "C001", "测试员")
    with pytest.raises(targets.TargetError, match="only a supervisor"):
        targets.set_target(d, "C001", "2026-03", amount_fen=1)
    d.set_settings(role="supervisor")
    with pytest.raises(targets.TargetError, match="YYYY-MM"):
        targets.set_target(d, "C001", "March", amount_fen=1)
    with pytest.raises(targets.TargetError, match="not a member"):
        targets.set_target(d, "C999", "2026-03", amount_fen=1)
    d.close()


def test_cli_json_has_numerators_and_denominators(
    desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    loan = make_case(desk, disbursed=date(2026, 2, 6))
    assignment.assign(desk, [loan], "C001")
    add_call(desk, loan, date(2026, 3, 3), "rpc_no_promise")
    data = ["--data-dir", str(tmp_path / "data")]
    desk.close()
    code = main([*data, "targets", "--month", "2026-03", "--collector", "C001", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["month"] == "2026-03"
    (c,) = doc["collectors"]
    assert c["contact_rate"] == {"numerator": 1, "denominator": 1, "rate": 1.0}
    assert c["ptp_rate"] == {"numerator": 0, "denominator": 1, "rate": 0.0}
    assert {f["from"] for f in doc["flows"]} == {"C", "M1", "M2", "M3"}
    assert main([*data, "targets", "--month", "2026-13"]) == 2
    assert capsys.readouterr().err.startswith("error: month '2026-13'")


def _fact(desk, on: datetime) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "id": new_id(),
        "created_at": on.astimezone(UTC),
        "collector_id": "C001",
        "workstation_id": desk.workstation_id,
    }


def test_what_works_and_the_staff_side_measures(desk) -> None:  # type: ignore[no-untyped-def]
    from collector_desk.store.models import ContactAttempt, DebitResult, Promise

    # Due 6 March: reached on 3 March (a right-party reminder before the day); due
    # 9 March on the other loan: nobody reached.
    reached = make_case(desk, disbursed=date(2026, 2, 6))
    missed = make_case(desk, disbursed=date(2026, 2, 9))
    assignment.assign(desk, [reached, missed], "C001")
    at = datetime(2026, 3, 3, 14, 0, tzinfo=SH)
    call_id = new_id()
    with desk.unit() as s:
        s.add(
            Call(
                **_fact(desk, at),
                loan_id=reached,
                disposition="promise",
                objections="A,D",
                overdue_reason="forgot",
            )
        )
        s.flush()
        s.add(
            Call(
                id=call_id,
                created_at=(at + timedelta(minutes=5)).astimezone(UTC),
                collector_id="C001",
                workstation_id=desk.workstation_id,
                loan_id=missed,
                disposition="promise",
                objections="F",
                overdue_reason="careless",
            )
        )
    with desk.unit() as s:
        calls = {c.loan_id: c.id for c in s.query(Call)}
        for loan, amount in ((reached, INST), (missed, INST)):
            s.add(
                Promise(
                    **_fact(desk, at),
                    loan_id=loan,
                    call_id=calls[loan],
                    made_on=date(2026, 3, 3),
                    promised_on=date(2026, 3, 10),
                    amount_fen=amount,
                    method="bank_transfer",
                    account="招商银行 6214830100001234",
                    part_payment=False,
                )
            )
        # Failed debits: Friday 6 March followed by an SMS on Monday 9 March (the next
        # working day); 9 March's failure on the other loan never followed.
        s.add(
            DebitResult(
                **_fact(desk, datetime(2026, 3, 6, 18, 0, tzinfo=SH)),
                loan_id=reached,
                debit_on=date(2026, 3, 6),
                amount_fen=INST,
                success=False,
                reason="insufficient balance",
            )
        )
        s.add(
            DebitResult(
                **_fact(desk, datetime(2026, 3, 9, 18, 0, tzinfo=SH)),
                loan_id=missed,
                debit_on=date(2026, 3, 9),
                amount_fen=INST,
                success=False,
                reason="frozen card",
            )
        )
        # The promise of `reached` confirmed on its day by a dial.
        s.add(
            ContactAttempt(
                **_fact(desk, datetime(2026, 3, 9, 10, 0, tzinfo=SH)),
                loan_id=reached,
                channel="sms",
                at=datetime(2026, 3, 9, 10, 0, tzinfo=SH).astimezone(UTC),
            )
        )
        s.add(
            ContactAttempt(
                **_fact(desk, datetime(2026, 3, 10, 15, 0, tzinfo=SH)),
                loan_id=reached,
                channel="call",
                at=datetime(2026, 3, 10, 15, 0, tzinfo=SH).astimezone(UTC),
            )
        )
    payments.record_payment(
        desk, reached, paid_on=date(2026, 3, 10), amount_fen=INST, channel="app"
    )

    (c,) = targets.report(desk, "2026-03").collectors
    objections = {k.code: (k.due, k.kept) for k in c.kept_by_objection}
    assert objections == {"A": (1, 1), "D": (1, 1), "F": (1, 0)}
    reasons = {k.code: (k.due, k.kept) for k in c.kept_by_reason}
    assert reasons == {"forgot": (1, 1), "careless": (1, 0)}
    staff = c.staff
    assert staff is not None
    # Instalments due in March up to the 16th: 6 March (reached 3 March) and 9 March
    # (the promise call on 3 March was a right-party call within the week, too).
    assert (staff.reminded_before_due.numerator, staff.reminded_before_due.denominator) == (2, 2)
    assert (staff.second_notice.numerator, staff.second_notice.denominator) == (1, 2)
    assert (staff.confirmed_on_day.numerator, staff.confirmed_on_day.denominator) == (1, 2)
    doc = targets.report(desk, "2026-03", collector="C001").to_json()
    assert doc["collectors"][0]["staff"]["second_notice"] == {
        "numerator": 1,
        "denominator": 2,
        "rate": 0.5,
    }
    assert {"code": "A", "due": 1, "kept": 1, "part": 0}.items() <= doc["collectors"][0][
        "kept_by_objection"
    ][0].items()


def test_a_collectors_own_desk_names_them_without_a_roster(tmp_path: Path) -> None:
    """On a collector's own desk nobody has filled in the team's roster: the row is
    still named with the name they gave at the welcome, not their id twice."""
    desk = open_desk(tmp_path, Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH)))
    try:
        loan = make_case(desk, disbursed=date(2026, 1, 6))
        assignment.assign(desk, [loan], "C001")
        add_call(desk, loan, date(2026, 3, 2), "promise")
        rows = {r.collector_id: r.name for r in targets.report(desk, "2026-03").collectors}
        assert rows == {"C001": "测试员"}
    finally:
        desk.close()


def test_cli_text_shows_amounts_as_yuan(
    desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """Roll and cure rates by amount name yuan with two decimals, never raw fen."""
    for _ in range(2):
        loan = make_case(desk, disbursed=date(2026, 1, 6), inst=1_234_567)
        assignment.assign(desk, [loan], "C001")
    data = ["--data-dir", str(tmp_path / "data")]
    desk.close()
    assert main([*data, "targets", "--month", "2026-03"]) == 0
    out = capsys.readouterr().out
    by_amount = [line for line in out.splitlines() if "by amount" in line]
    assert by_amount
    assert any("¥" in line for line in by_amount), out
    for line in by_amount:
        part = line.split("by count,")[1]
        assert "¥" in part or part.strip().startswith("-"), line
        assert "1234567" not in part and "2469134" not in part, line


def test_the_targets_workbook_shows_amounts_as_yuan(desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from collector_desk.exchange.targets_report import write_targets_xlsx

    loan = make_case(desk, disbursed=date(2026, 1, 6), inst=1_234_567)
    assignment.assign(desk, [loan], "C001")
    targets.set_target(desk, "C001", "2026-03", amount_fen=150_000_00, kept_rate_pct=0)
    out = write_targets_xlsx(tmp_path / "t.xlsx", targets.report(desk, "2026-03"))
    book = openpyxl.load_workbook(out)
    figures = book["Figures"]
    heads = [c.value for c in figures[1]]
    row = next(r for r in figures.iter_rows(min_row=2) if r[0].value == "C001")
    target = row[heads.index("Target (yuan)")]
    assert target.value == 150_000 and target.number_format == "#,##0.00"
    flows = book["Roll and cure"]
    fheads = [c.value for c in flows[1]]
    col = fheads.index("Amount (yuan)")
    amounts = [r[col] for r in flows.iter_rows(min_row=2) if r[col].value]
    assert amounts and all(c.number_format == "#,##0.00" for c in amounts)
    assert all(c.number_format != "#,##0.00" for r in flows.iter_rows(min_row=2) for c in r[1:3])
