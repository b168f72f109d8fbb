"""Round trips to a team's server for the window's two everyday acts (issue 10 §8).

    python bench/team_round_trips.py [--cases 50]

Against COLLECTOR_DESK_TEST_PG_URL (a server where that role may create databases),
else a throwaway PostgreSQL cluster (tests/pg_fixture.py: initdb in a temp dir,
loopback, stopped at the end). Counted on the engine (store.round_trips: statements,
BEGIN/COMMIT/ROLLBACK, the pool's ping):

- open: everything the window reads to open a case (`case_detail.open_case`: the
  pane's rows, the call script, the reach bar's check of the first number and the
  strategy tab's checklist: one statement, store.case_open);
- save: saving a call with a note (`calls.record_call`: lock, write, case_state);
- reload: what the window reads again after that save (the case reopened, the list's
  changed row and its counts, Today's plan);
- check, checklist, payment: the reach bar's check when another number is chosen,
  the checklist after a step is ticked, and a payment save.

Each act also timed on loopback (median of 5). At 30 ms a round trip, the open
costs `open_round_trips x 30 ms`. Budget: open <= 3 round trips. Ends with one JSON
line and `round_trips_ok`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from bench_common import ROOT, emit, median_ms
from team_server import server_database

sys.path.insert(0, str(ROOT / "tests"))

OPEN_BUDGET = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=50)
    args = parser.parse_args()

    from test_exchange_support import TODAY, SharedClock, seed_portfolio

    from collector_desk.domain.call_flow import Disposition
    from collector_desk.services import (
        calls,
        case_detail,
        cases,
        contact_rules,
        payments,
        worklist,
        worklist_tasks,
    )
    from collector_desk.services.context import Desk
    from collector_desk.store.round_trips import RoundTrips

    with ExitStack() as stack:
        url = server_database(stack)
        desk = Desk.open(Path(tempfile.mkdtemp(prefix="desk-rt-")), url=url,
                         today=lambda: TODAY, now=SharedClock())  # fmt: skip
        stack.callback(desk.close)
        loans = seed_portfolio(desk, args.cases)
        loan = loans[0]
        counter = RoundTrips(desk.db.engine)
        case_detail.open_case(desk, loan)  # warm: the pool's connection, compiled SQL
        with counter.counting():
            case_detail.open_case(desk, loan)
        open_trips, open_kinds = counter.total, dict(counter.by_kind)

        def save() -> None:
            calls.record_call(
                desk,
                calls.CallOutcome(loan_id=loan, disposition=Disposition.NO_ANSWER, note="无人接"),
            )

        save()
        with counter.counting():
            save()
        save_trips, save_kinds = counter.total, dict(counter.by_kind)

        def reload() -> None:  # as the change set's views do, each on its worker
            case_detail.open_case(desk, loan)
            cases.rows_by_id(desk, cases.CaseQuery(), [loan])
            cases.counts(desk, cases.CaseQuery())
            worklist.build(desk)

        reload()
        with counter.counting():
            reload()
        reload_trips, reload_kinds = counter.total, dict(counter.by_kind)
        detail = case_detail.load(desk, loan)
        phone = detail.phones[0].id
        acts = {
            "check": lambda: contact_rules.check_contact(desk, loan, phone),
            "checklist": lambda: worklist_tasks.trace_panel(desk, loan, detail.borrower_id),
            "payment": lambda: payments.record_payment(
                desk, loan, paid_on=TODAY, amount_fen=100, channel="app"
            ),
        }
        more: dict[str, int] = {}
        for name, act in acts.items():
            act()
            with counter.counting():
                act()
            more[f"{name}_round_trips"] = counter.total
        figures = {
            "cases": args.cases,
            "open_round_trips": open_trips,
            "open_kinds": open_kinds,
            "open_ms": median_ms(lambda: case_detail.open_case(desk, loan)),
            "open_at_30ms_network_ms": open_trips * 30,
            "save_round_trips": save_trips,
            "save_kinds": save_kinds,
            "save_ms": median_ms(save),
            "save_at_30ms_network_ms": save_trips * 30,
            "reload_round_trips": reload_trips,
            "reload_kinds": reload_kinds,
            **more,
            "open_budget": OPEN_BUDGET,
            "round_trips_ok": open_trips <= OPEN_BUDGET,
        }
    emit(figures)


if __name__ == "__main__":
    main()
