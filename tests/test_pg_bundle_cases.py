"""A bundle imported into a team's server keeps case_state true there too: the
contacts raised in PostgreSQL's dialect, the promises derived again."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from test_exchange_bundle_cases import KEY, _derived_from_scratch, _rows
from test_exchange_support import (
    TODAY,
    SharedClock,
    open_workstation,
    record_call,
    rename_borrower,
    seed_portfolio,
)

from collector_desk.domain.call_flow import Disposition
from collector_desk.domain.promise import PaymentMethod, PromiseTerms
from collector_desk.exchange.bundle_in import import_bundle
from collector_desk.exchange.bundle_out import EVERYTHING, export_bundle
from collector_desk.services import calls
from collector_desk.services.context import Desk


def test_case_state_after_an_import_on_a_server_is_what_deriving_gives(
    pg_url: str, tmp_path: Path
) -> None:
    clock = SharedClock()
    server = Desk.open(tmp_path / "office", url=pg_url, today=lambda: TODAY, now=clock)
    branch = open_workstation(tmp_path / "branch", "C001", now=clock)
    try:
        server.set_settings(collector_id="S01", collector_name="S01")
        loans = seed_portfolio(server, 4)
        cases = export_bundle(server, tmp_path / "cases.cdb", KEY, kind=EVERYTHING).path
        import_bundle(branch, cases, KEY)
        record_call(server, loans[0], "办公室先打过")  # the server's own, older contact
        for n, loan in enumerate(loans):
            for _ in range(n + 1):
                record_call(branch, loan)
        branch.set_settings(lender_accounts=["招商银行 6214830100001234"])
        terms = PromiseTerms(
            TODAY + timedelta(days=2),
            80_000,
            PaymentMethod.BANK_TRANSFER,
            "招商银行 6214830100001234",
        )
        calls.record_call(branch, calls.CallOutcome(loans[2], Disposition.PROMISE, promise=terms))
        before = _rows(server)
        got = import_bundle(server, export_bundle(branch, tmp_path / "day.cdb", KEY).path, KEY)
        assert got.added["call"] == 11 and got.added["promise"] == 1
        after = _rows(server)
        assert after != before
        assert after == _derived_from_scratch(server)
    finally:
        branch.close()
        server.close()


def test_a_borrower_renamed_on_a_workstation_is_renamed_in_the_servers_case_state(
    pg_url: str, tmp_path: Path
) -> None:
    clock = SharedClock()
    server = Desk.open(tmp_path / "office", url=pg_url, today=lambda: TODAY, now=clock)
    branch = open_workstation(tmp_path / "branch", "C001", now=clock)
    try:
        server.set_settings(collector_id="S01", collector_name="S01")
        loans = seed_portfolio(server, 3)
        cases = export_bundle(server, tmp_path / "cases.cdb", KEY, kind=EVERYTHING).path
        import_bundle(branch, cases, KEY)
        rename_borrower(branch, loans[2], "司马改名")
        got = import_bundle(server, export_bundle(branch, tmp_path / "day.cdb", KEY).path, KEY)
        assert got.updated == {"borrower": 1}
        names = {r.loan_id: r.borrower_name for r in _rows(server)}
        assert names[loans[2]] == "司马改名"
        assert _rows(server) == _derived_from_scratch(server)
    finally:
        branch.close()
        server.close()
