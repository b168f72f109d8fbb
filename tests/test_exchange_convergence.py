"""Convergence: a supervisor and three collectors work at random and swap bundles
in random order, with duplicates and re-imports. Once every bundle has reached
every workstation they hold identical data, no fact is lost, and every register
holds the write with the greatest (hlc, origin)."""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from test_exchange_support import (
    SharedClock,
    add_phone,
    dump,
    edit_loan,
    fact_ids,
    loan_ids,
    open_workstation,
    phone_ids,
    put_register,
    record_call,
    seed_portfolio,
)

from collector_desk.exchange.bundle_in import import_bundle
from collector_desk.exchange.bundle_out import ASSIGNMENT, CHANGES, EVERYTHING, export_bundle
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services.payments import record_payment

KEY = TeamKey(b"k" * 32)
NAMES = ("S", "C1", "C2", "C3")
COLLECTORS = NAMES[1:]
pick = st.integers(min_value=0, max_value=10**6)


class Team(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="cd-converge-"))
        clock = SharedClock()
        self.desks = {n: open_workstation(self.root / n, n, now=clock) for n in NAMES}
        self.bundles: list[Path] = []
        self.writes: dict[tuple[str, str, str], list[Any]] = {}
        self.imported: set[tuple[str, int]] = set()
        self.rng = random.Random(0)

    @initialize(cases=st.integers(min_value=2, max_value=5), seed=pick)
    def head_office_sends_cases(self, cases: int, seed: int) -> None:
        self.rng.seed(seed)
        seed_portfolio(self.desks["S"], cases)

    # --- work -------------------------------------------------------------------

    def _loan(self, name: str, n: int) -> str | None:
        loans = loan_ids(self.desks[name])
        return loans[n % len(loans)] if loans else None

    @rule(who=st.sampled_from(NAMES), n=pick)
    def call(self, who: str, n: int) -> None:
        loan = self._loan(who, n)
        if loan:
            record_call(self.desks[who], loan, f"note {n}")

    @rule(who=st.sampled_from(NAMES), n=pick, yuan=st.integers(1, 500))
    def payment(self, who: str, n: int, yuan: int) -> None:
        loan = self._loan(who, n)
        if loan:
            desk = self.desks[who]
            record_payment(
                desk, loan, paid_on=desk.today(), amount_fen=yuan * 100, channel="bank_transfer"
            )

    def _put(self, who: str, entity: str, entity_id: str, field: str, value: Any) -> None:
        w = put_register(self.desks[who], entity, entity_id, field, value)
        self.writes.setdefault((entity, entity_id, field), []).append(((w.hlc, w.origin), value))

    @rule(who=st.sampled_from(NAMES), n=pick, to=st.sampled_from(COLLECTORS))
    def assign(self, who: str, n: int, to: str) -> None:
        loan = self._loan(who, n)
        if loan:
            self._put(who, "loan", loan, "assigned_to", to)

    @rule(who=st.sampled_from(NAMES), n=pick, status=st.sampled_from(["invalid", "ok", "off"]))
    def phone_status(self, who: str, n: int, status: str) -> None:
        phones = phone_ids(self.desks[who])
        if phones:
            self._put(who, "phone", phones[n % len(phones)], "status", status)

    @rule(who=st.sampled_from(COLLECTORS), n=pick)
    def found_a_number(self, who: str, n: int) -> None:
        loan = self._loan(who, n)
        if loan:
            add_phone(self.desks[who], loan, f"139{n % 10**8:08d}")

    @rule(n=pick, product=st.sampled_from(["A", "B", "C"]))
    def head_office_update(self, n: int, product: str) -> None:
        loan = self._loan("S", n)
        if loan:
            edit_loan(self.desks["S"], loan, product)

    # --- exchange ---------------------------------------------------------------------

    @rule(who=st.sampled_from(NAMES), kind=st.sampled_from([CHANGES, CHANGES, EVERYTHING]))
    def export(self, who: str, kind: str) -> None:
        path = self.root / f"b{len(self.bundles):03d}.cdb"
        export_bundle(self.desks[who], path, KEY, kind=kind)
        self.bundles.append(path)

    @rule(to=st.sampled_from(COLLECTORS))
    def assignment_bundle(self, to: str) -> None:
        path = self.root / f"b{len(self.bundles):03d}.cdb"
        export_bundle(self.desks["S"], path, KEY, kind=ASSIGNMENT, for_collector=to)
        self.bundles.append(path)

    @precondition(lambda self: self.bundles)
    @rule(who=st.sampled_from(NAMES), n=pick)
    def deliver(self, who: str, n: int) -> None:
        i = n % len(self.bundles)
        desk = self.desks[who]
        got = import_bundle(desk, self.bundles[i], KEY)
        if (who, i) in self.imported:
            assert got.nothing_new, "a second import of a bundle changed something"
        self.imported.add((who, i))

    @invariant()
    def case_state_follows_assignment(self) -> None:
        for desk in self.desks.values():
            with desk.read() as s:
                rows = (
                    s.connection()
                    .exec_driver_sql(
                        "SELECT c.assigned_to, r.value FROM case_state c LEFT JOIN register r "
                        "ON r.entity = 'loan' AND r.entity_id = c.loan_id AND r.field = 'assigned_to'"
                    )
                    .all()
                )
            for cached, value in rows:
                assert cached == (value.strip('"') if value else "")

    # --- the end: everything everywhere ----------------------------------------------------

    def teardown(self) -> None:
        try:
            self._converge()
        finally:
            for desk in self.desks.values():
                desk.close()
            shutil.rmtree(self.root, ignore_errors=True)

    def _converge(self) -> None:
        created = set().union(*(fact_ids(d) for d in self.desks.values()))
        order = [(n, i) for n in NAMES for i in range(len(self.bundles))]
        self.rng.shuffle(order)
        for name, i in order:
            import_bundle(self.desks[name], self.bundles[i], KEY)
        # What each workstation wrote while importing (its import records, conflicts
        # it noticed) travels in one more round or two; stop when a round brings
        # nothing but the round's own export records.
        for _round in range(4):
            paths = []
            for name in NAMES:
                path = self.root / f"final-{_round}-{name}.cdb"
                export_bundle(self.desks[name], path, KEY)
                paths.append(path)
            quiet = True
            for name in NAMES:
                for path in paths:
                    got = import_bundle(self.desks[name], path, KEY)
                    quiet &= got.parked == 0 and not got.updated and not got.conflicts
                    quiet &= set(got.added) <= {"audit_event"}
            if quiet:
                break
        else:
            pytest.fail("the workstations kept sending each other news")
        dumps = {name: dump(d) for name, d in self.desks.items()}
        assert all(d == dumps["S"] for d in dumps.values()), "workstations differ"
        final = fact_ids(self.desks["S"])
        assert created <= final, "a fact was lost"
        for desk in self.desks.values():
            with desk.read() as s:
                conn = s.connection()
                assert conn.exec_driver_sql("SELECT count(*) FROM sync_parked").scalar() == 0
                values = {
                    (e, i, f): (h, o)
                    for e, i, f, h, o in conn.exec_driver_sql(
                        "SELECT entity, entity_id, field, hlc, origin FROM register"
                    )
                }
        for key, writes in self.writes.items():
            assert values[key] == max(writes)[0], f"{key}: not the last writer's value"


Team.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_team_converges = pytest.mark.slow(Team.TestCase)
