"""Two workstations at the same moment on one server lose nothing and show no error:
payments on one case, start of day, and register writes. Real threads, each with its
own desk (data folder, engine, connections), against the real PostgreSQL server."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from collector_desk.services import assignment, case_state, demo, payments, registers
from collector_desk.services.context import Desk
from collector_desk.store import derived
from collector_desk.store.models import CaseState, Loan, Payment, Register

pytestmark = pytest.mark.pg
TODAY = date(2026, 3, 16)


def open_desk(data_dir: Path, url: str) -> Desk:
    return Desk.open(
        data_dir,
        url=url,
        today=lambda: TODAY,
        now=lambda: datetime.now(UTC),
    )


@pytest.fixture
def team(pg_url: str, tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    a = open_desk(tmp_path / "a", pg_url)
    b = open_desk(tmp_path / "b", pg_url)
    a.set_settings(collector_id="C001")
    b.set_settings(collector_id="C002")
    yield a, b
    a.close()
    b.close()


def together(work: Callable[[Desk, int], Any], desks: tuple[Desk, ...], rounds: int) -> list[Any]:
    """Run `work(desk, round)` on every desk at once, round after round; returns every
    result and re-raises the first error (after all threads stop)."""
    barrier = threading.Barrier(len(desks))
    results: list[Any] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(desk: Desk) -> None:
        for i in range(rounds):
            try:
                barrier.wait(timeout=30)
            except threading.BrokenBarrierError:
                return
            try:
                out = work(desk, i)
            except BaseException as exc:
                with lock:
                    errors.append(exc)
                barrier.abort()
                return
            with lock:
                results.append(out)

    threads = [threading.Thread(target=run, args=(d,)) for d in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    if errors:
        raise errors[0]
    return results


def cached_equals_fresh(desk: Desk, loan_id: str) -> None:
    with desk.read() as s:
        row = s.get(CaseState, loan_id)
        assert row is not None
        (facts,) = derived.read_loan_facts(s, [loan_id])
        fresh = case_state.derive_facts(facts, TODAY)
    assert {k: getattr(row, k) for k in fresh} == fresh


def a_loan_owing(desk: Desk, at_least: int) -> tuple[str, int]:
    with desk.read() as s:
        loan_id, owed = s.execute(
            select(CaseState.loan_id, CaseState.outstanding_fen)
            .where(CaseState.outstanding_fen >= at_least)
            .order_by(CaseState.loan_id)
            .limit(1)
        ).one()
    return loan_id, owed


def test_two_workstations_paying_one_case_at_once(team: tuple[Desk, Desk]) -> None:
    a, b = team
    demo.create_demo(a, cases=12)
    rounds, fen = 40, 100
    loan_id, owed = a_loan_owing(a, rounds * 2 * fen)
    with a.read() as s:
        before = s.scalar(select(func.count()).where(Payment.loan_id == loan_id))

    def pay(desk: Desk, _i: int) -> str:
        saved = payments.record_payment(
            desk, loan_id, paid_on=TODAY, amount_fen=fen, channel="bank_transfer"
        )
        return saved.payment_id

    ids = together(pay, (a, b), rounds)
    assert len(ids) == len(set(ids)) == 2 * rounds
    with a.read() as s:
        stored = set(s.scalars(select(Payment.id).where(Payment.loan_id == loan_id)))
        after = len(stored)
        outstanding = s.get(CaseState, loan_id).outstanding_fen
    assert set(ids) <= stored and after == before + 2 * rounds
    assert outstanding == owed - 2 * rounds * fen
    cached_equals_fresh(a, loan_id)


def test_payments_never_exceed_what_is_owed_under_concurrency(team: tuple[Desk, Desk]) -> None:
    a, b = team
    demo.create_demo(a, cases=12)
    loan_id, owed = a_loan_owing(a, 1000)
    half = owed // 2 + 1  # each alone is allowed; both together would overpay

    def pay(desk: Desk, _i: int) -> str:
        try:
            payments.record_payment(
                desk, loan_id, paid_on=TODAY, amount_fen=half, channel="bank_transfer"
            )
        except payments.PaymentRejected as exc:
            return exc.errors[0].code
        return "saved"

    assert sorted(together(pay, (a, b), 1)) == ["amount_above_outstanding", "saved"]
    with a.read() as s:
        assert s.get(CaseState, loan_id).outstanding_fen == owed - half
    cached_equals_fresh(a, loan_id)


def test_two_workstations_starting_the_day_at_once(team: tuple[Desk, Desk]) -> None:
    a, b = team
    demo.create_demo(a, cases=60)
    with a.unit() as s:  # every row stale, as on the morning after
        s.execute(CaseState.__table__.delete())
    counts = together(lambda d, _i: d.refresh_cases(), (a, b), 1)
    assert sum(counts) >= 60
    with a.read() as s:
        assert s.scalar(select(func.count()).select_from(CaseState)) == 60
        ids = list(s.scalars(select(Loan.id)))
        assert case_state.stale_loan_ids(s, TODAY) == []
    for loan_id in ids[:10]:
        cached_equals_fresh(a, loan_id)


def test_registers_first_written_by_two_at_once(team: tuple[Desk, Desk]) -> None:
    a, b = team

    def put(desk: Desk, i: int) -> registers.RegisterValue:
        with desk.unit() as s:
            return registers.put(s, desk, "loan", f"L{i}", "flag", desk.collector_id)

    written = together(put, (a, b), 20)
    assert len(written) == 40
    _assert_registers_hold_the_newest(a, written)


def test_later_register_writes_are_ordered_by_clock(team: tuple[Desk, Desk]) -> None:
    a, b = team

    def put(desk: Desk, i: int) -> registers.RegisterValue:
        with desk.unit() as s:
            return registers.put(s, desk, "phone", "P1", "status", f"{desk.collector_id}-{i}")

    written = together(put, (a, b), 40)
    assert len(written) == 80
    _assert_registers_hold_the_newest(a, written)


def _assert_registers_hold_the_newest(desk: Desk, written: list[registers.RegisterValue]) -> None:
    newest: dict[tuple[str, str, str], registers.RegisterValue] = {}
    for w in written:
        key = (w.entity, w.entity_id, w.field)
        if key not in newest or (w.hlc, w.origin) > (newest[key].hlc, newest[key].origin):
            newest[key] = w
    with desk.read() as s:
        for key, w in newest.items():
            row = s.get(Register, key)
            assert row is not None
            assert (row.hlc, row.origin) == (w.hlc, w.origin), key
            assert registers.get(s, *key) == w.value


def test_two_supervisors_reassigning_overlapping_cases_at_once(team: tuple[Desk, Desk]) -> None:
    """Their plans lock the same loans in opposite orders: the server breaks the
    deadlock and the victim runs again, so neither supervisor sees an error."""
    a, b = team
    demo.create_demo(a, cases=12)
    for who in ("C001", "C002"):
        assignment.add_member(a, who, who)
    with a.read() as s:
        loans = sorted(s.scalars(select(Loan.id)))
    first, second = tuple(loans[:6]), tuple(loans[6:])
    forward = assignment.Plan({"C001": first, "C002": second})
    backward = assignment.Plan({"C002": second, "C001": first})

    def reassign(desk: Desk, _i: int) -> int:
        return len(assignment.apply_plan(desk, forward if desk is a else backward).loans)

    assert together(reassign, (a, b), 4) == [12] * 8
    with a.read() as s:
        held = dict(
            s.execute(
                select(Register.entity_id, Register.value).where(
                    Register.entity == "loan", Register.field == "assigned_to"
                )
            ).all()
        )
    assert {held[i] for i in first} == {'"C001"'}
    assert {held[i] for i in second} == {'"C002"'}
    for loan_id in loans:
        cached_equals_fresh(a, loan_id)


def test_two_workstations_importing_one_bundle_at_once(
    team: tuple[Desk, Desk], tmp_path: Path
) -> None:
    """A supervisor's bundle imported by two workstations of the team at the same
    moment: the second finds the facts already there, neither sees an error, and
    the server holds every fact once."""
    from collector_desk.exchange.bundle_in import import_bundle
    from collector_desk.exchange.bundle_out import export_bundle
    from collector_desk.exchange.teamkey import TeamKey

    key = TeamKey.generate()
    branch = Desk.open(tmp_path / "branch", today=lambda: TODAY, now=lambda: datetime.now(UTC))
    try:
        branch.set_settings(collector_id="C009")
        demo.create_demo(branch, cases=30)
        bundle = export_bundle(branch, tmp_path / "b.cdb", key).path
        with branch.read() as s:
            loans = s.scalar(select(func.count()).select_from(Loan))
            paid = s.scalar(select(func.count()).select_from(Payment))
    finally:
        branch.close()

    together(lambda desk, _i: import_bundle(desk, bundle, key), team, 1)
    a, _b = team
    with a.read() as s:
        assert s.scalar(select(func.count()).select_from(Loan)) == loans
        assert s.scalar(select(func.count()).select_from(Payment)) == paid
    with a.read() as s:
        some = sorted(s.scalars(select(Loan.id)))[:5]
    for loan_id in some:
        cached_equals_fresh(a, loan_id)
