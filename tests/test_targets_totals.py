"""The stored totals give the figures counted straight from facts, on random
portfolios and days, and still do after back-dated facts and a reassignment."""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from targets_parity import Today, back_dated, compare, portfolio, stored_rows

from collector_desk.domain.progress import Cancelled, Progress
from collector_desk.services import assignment, target_counts, targets
from collector_desk.services.context import Desk


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    day=st.dates(date(2026, 3, 1), date(2026, 5, 20)),
    rounds=st.integers(1, 3),
)
def test_totals_equal_the_figures_from_facts(seed: int, day: date, rounds: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        clock = Today(date(2026, 3, 16))
        desk = Desk.open(Path(tmp) / "d", today=clock)
        try:
            loans = portfolio(desk, seed, 30)
            clock.day = day
            months = sorted({f"{day:%Y-%m}", f"{day - timedelta(days=31):%Y-%m}"})
            who = [None, "C001", "D2041"]
            compare(desk, months, who)
            assert stored_rows(desk) > 0
            for _ in range(rounds):
                back_dated(desk, loans, rng, day)
                if rng.random() < 0.5:
                    assignment.assign(desk, rng.sample(loans, 5), rng.choice(("C001", "D2042")))
                compare(desk, months, who)
                clock.day = day = day + timedelta(days=rng.randint(0, 2))  # a new day
                compare(desk, [f"{day:%Y-%m}"], [None])
        finally:
            desk.close()


def test_rebuild_counts_everything_again_the_same(tmp_path: Path) -> None:
    clock = Today(date(2026, 3, 16))
    desk = Desk.open(tmp_path / "d", today=clock)
    try:
        portfolio(desk, 3, 30)
        before = targets.report(desk, "2026-03").to_json()
        target_counts.rebuild(desk)
        assert stored_rows(desk) == 0
        assert targets.report(desk, "2026-03").to_json() == before
        assert stored_rows(desk) > 0
    finally:
        desk.close()


def test_month_over_month_flows_for_six_months(tmp_path: Path) -> None:
    clock = Today(date(2026, 3, 16))
    desk = Desk.open(tmp_path / "d", today=clock)
    try:
        portfolio(desk, 5, 40)
        doc = targets.report(desk, "2026-03").to_json()
        trend = doc["flow_trend"]
        assert [m["month"] for m in trend] == [
            "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"
        ]  # fmt: skip
        assert [f["from"] + f["to"] for f in trend[-1]["flows"]] == [
            "CM1", "M1M2", "M2M3", "M3M3+"
        ]  # fmt: skip
        assert trend[-1]["as_of"] == "2026-03-15"  # the last closed day
        assert trend[-2]["as_of"] == "2026-02-28"
        assert doc["flows"] == trend[-1]["flows"]
        assert any(m["flows"][0]["by_count"]["denominator"] for m in trend)
        for m in trend:
            for f in m["flows"]:
                for by in ("by_count", "by_amount"):
                    assert 0 <= f[by]["numerator"] <= f[by]["denominator"]
    finally:
        desk.close()


def test_a_cancel_stops_the_count_and_keeps_what_was_stored(tmp_path: Path) -> None:
    clock = Today(date(2026, 3, 16))
    desk = Desk.open(tmp_path / "d", today=clock)
    try:
        portfolio(desk, 9, 20)
        progress = Progress()
        steps: list[str] = []
        real_step = progress.step

        def step(done: int, total: int | None = None, text: str | None = None) -> None:
            steps.append(text or "")
            if text == "pay":
                progress.cancelled = True
            real_step(done, total, text)

        progress.step = step  # type: ignore[method-assign]
        try:
            targets.report(desk, "2026-03", progress=progress)
            raise AssertionError("the report ran to the end after a cancel")
        except Cancelled:
            pass
        assert steps[-1] == "pay"
        kept = stored_rows(desk)
        assert kept > 0  # the kinds before the cancel stay stored
        assert (
            targets.report(desk, "2026-03").to_json()
            == targets.report(desk, "2026-03", from_facts=True).to_json()
        )
    finally:
        desk.close()


def test_cancel_interrupts_a_long_statement(tmp_path: Path) -> None:
    from collector_desk.store import target_totals

    desk = Desk.open(tmp_path / "d", today=Today(date(2026, 3, 16)))
    long = text(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000000) "
        "SELECT count(*) FROM c"
    )
    flag = {"stop": False}
    try:
        with desk.read() as s:
            with target_totals.cancel_when(s, lambda: flag["stop"]):
                assert s.execute(text("SELECT 1")).scalar() == 1  # runs while the flag is down
            with pytest.raises(Cancelled), target_totals.cancel_when(s, lambda: True):
                s.execute(long).scalar()
    finally:
        desk.close()


def test_a_back_dated_payment_recounts_only_its_loan(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import event

    from collector_desk.services.context import new_id
    from collector_desk.store.models import Call, Payment

    MARKS = ("bucket1", "month_pay", "judged", "due_days")
    clock = Today(date(2026, 3, 16))
    desk = Desk.open(tmp_path / "d", today=clock)
    try:
        loans = portfolio(desk, 4, 30)
        targets.report(desk, "2026-03")  # every window stored
        targets.report(desk, "2026-02")
        with desk.unit() as s:  # a bundle brings a payment made on 20 February
            s.add(Payment(id=new_id(), created_at=datetime(2026, 2, 20, 3, tzinfo=UTC),
                          collector_id="D2041", workstation_id="elsewhere", loan_id=loans[3],
                          paid_on=date(2026, 2, 20), amount_fen=300_000, channel="other",
                          reference="late"))  # fmt: skip
            s.add(Call(id=new_id(), created_at=datetime(2026, 3, 10, 3, tzinfo=UTC),
                       collector_id="D2041", workstation_id="elsewhere", loan_id=loans[5],
                       disposition="rpc_no_promise"))  # and a call made on 10 March  # fmt: skip
        schedule_reads: list[str] = []

        @event.listens_for(desk.db.engine, "before_cursor_execute")
        def _seen(_c: object, _cur: object, sql: str, *_a: object) -> None:
            if any(m in sql for m in MARKS):
                schedule_reads.append(sql)  # flows, payments by band, promises, reminders

        # February is closed: its report counts nothing live, only the catch-up reads.
        stored = targets.report(desk, "2026-02").to_json()
        event.remove(desk.db.engine, "before_cursor_execute", _seen)
        assert stored == targets.report(desk, "2026-02", from_facts=True).to_json()
        assert compare(desk, ["2026-03"], [None, "D2041"]) == 2
        assert any("due_days" in sql for sql in schedule_reads)
        assert schedule_reads, "the flows never looked at the paying loan"
        # Every read was of the paying loan only: no stored period was counted again.
        assert {m for sql in schedule_reads for m in MARKS if m in sql} == set(MARKS)
        assert all(
            "instalment.loan_id IN (?" in sql
            or "payment.loan_id IN (?" in sql
            or "promise.loan_id IN (?" in sql
            for sql in schedule_reads
        )
    finally:
        desk.close()


def test_a_changed_working_day_forgets_the_stored_second_notices(tmp_path: Path) -> None:
    from collector_desk.domain.workdays import DayKind
    from collector_desk.services.worklist_tasks import set_calendar_day
    from collector_desk.store import target_totals

    desk = Desk.open(tmp_path / "d", today=Today(date(2026, 3, 16)))
    try:
        portfolio(desk, 6, 20)
        targets.report(desk, "2026-03")

        def notices() -> int:
            with desk.read() as s:
                return len(target_totals.built_seqs(s, "notice"))

        assert notices() > 0
        set_calendar_day(desk, date(2026, 3, 9), DayKind.HOLIDAY, "a local holiday")
        assert notices() == 0
        assert (
            targets.report(desk, "2026-03").to_json()
            == targets.report(desk, "2026-03", from_facts=True).to_json()
        )
    finally:
        desk.close()


def test_an_intake_forgets_the_totals_by_loan(tmp_path: Path) -> None:
    """Intake writes schedules (not facts): the stored flows, payments by band,
    reminders and notices are counted again, and the figures follow the new cases."""
    from collector_desk.exchange.intake import run_intake
    from collector_desk.store import target_totals

    data = Path(__file__).parent / "data" / "intake"
    desk = Desk.open(tmp_path / "d", today=Today(date(2026, 3, 16)))
    try:
        portfolio(desk, 2, 15)
        targets.report(desk, "2026-03")

        def stored_kinds() -> set[str]:
            with desk.read() as s:
                return {k for k in target_counts.LOAN_KINDS if target_totals.built_seqs(s, k)}

        assert stored_kinds() == set(target_counts.LOAN_KINDS)
        run_intake(desk, data / "cases_zh.xlsx")
        assert stored_kinds() == set()
        assert (
            targets.report(desk, "2026-03").to_json()
            == targets.report(desk, "2026-03", from_facts=True).to_json()
        )
    finally:
        desk.close()


def test_a_bundle_with_assignments_forgets_the_totals_by_loan(tmp_path: Path) -> None:
    """A supervisor's merged file: a bundle that brings loans and assignments makes the
    stored totals by loan be counted again, and the figures equal the count from facts."""
    from test_exchange_support import SharedClock, open_workstation, put_register, seed_portfolio

    from collector_desk.exchange.bundle_in import import_bundle
    from collector_desk.exchange.bundle_out import export_bundle
    from collector_desk.exchange.teamkey import TeamKey
    from collector_desk.store import target_totals

    key = TeamKey(bytes(range(32)))
    clock = SharedClock()
    sup = open_workstation(tmp_path / "S", "S", now=clock)
    other = open_workstation(tmp_path / "A", "A", now=clock)
    try:
        loans = seed_portfolio(other, 6)
        targets.report(sup, "2026-03")
        with sup.read() as s:
            assert target_totals.built_seqs(s, "move")  # stored, even if empty
        put_register(other, "loan", loans[0], "assigned_to", "A")
        import_bundle(sup, export_bundle(other, tmp_path / "a.cdb", key).path, key)
        with sup.read() as s:
            assert not target_totals.built_seqs(s, "move")
        assert (
            targets.report(sup, "2026-03").to_json()
            == targets.report(sup, "2026-03", from_facts=True).to_json()
        )
    finally:
        sup.close()
        other.close()
