"""A bundle import keeps case_state true at every step: after it (and after each of
its steps) every touched loan's row is what deriving the loan from all its facts
gives, whether the step derived it again or only raised its latest contact."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from test_exchange_support import (
    TODAY,
    SharedClock,
    loan_ids,
    open_workstation,
    put_register,
    record_call,
    rename_borrower,
    seed_portfolio,
)

from collector_desk.domain.call_flow import Disposition
from collector_desk.domain.promise import PaymentMethod, PromiseTerms
from collector_desk.exchange.bundle_apply import CHUNK_ROWS
from collector_desk.exchange.bundle_in import apply_bundle, import_bundle, read_bundle
from collector_desk.exchange.bundle_out import EVERYTHING, export_bundle
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services import calls, case_state
from collector_desk.services.context import Desk
from collector_desk.services.payments import record_payment
from collector_desk.store import derived

KEY = TeamKey(bytes(range(32)))


def _rows(desk: Desk) -> list[tuple[object, ...]]:
    with desk.read() as s:
        return list(s.connection().exec_driver_sql("SELECT * FROM case_state ORDER BY loan_id"))


def _derived_from_scratch(desk: Desk) -> list[tuple[object, ...]]:
    """case_state as deriving every loan again gives it (then put back as it was)."""
    with desk.unit() as s:
        case_state.refresh(s, loan_ids(desk), desk.today())
        fresh = list(s.connection().exec_driver_sql("SELECT * FROM case_state ORDER BY loan_id"))
        s.rollback()
    return fresh


@pytest.fixture
def sent(tmp_path: Path) -> tuple[Desk, Desk, Path, str]:
    """S has cases and a day's work on them; A has the same cases and calls of its own,
    made after S's (so S's older calls must not lower A's latest contact)."""
    clock = SharedClock()
    s = open_workstation(tmp_path / "S", "S", now=clock)
    a = open_workstation(tmp_path / "A", "A", now=clock)
    loans = seed_portfolio(s, 6)
    import_bundle(a, export_bundle(s, tmp_path / "cases.cdb", KEY, kind=EVERYTHING).path, KEY)
    for n, loan in enumerate(loans):
        for k in range(n):
            record_call(s, loan, f"第{k}次")
    s.set_settings(lender_accounts=["招商银行 6214830100001234"])
    account = "招商银行 6214830100001234"
    terms = PromiseTerms(TODAY + timedelta(days=3), 110_000, PaymentMethod.BANK_TRANSFER, account)
    calls.record_call(s, calls.CallOutcome(loans[1], Disposition.PROMISE, promise=terms))
    record_payment(s, loans[2], paid_on=TODAY, amount_fen=50_000, channel="bank_transfer")
    put_register(s, "loan", loans[3], "assigned_to", "A")
    record_call(a, loans[4], "A 的最新联系")
    path = export_bundle(s, tmp_path / "day.cdb", KEY).path
    yield s, a, path, loans[4]
    s.close()
    a.close()


@pytest.mark.parametrize("chunk_rows", [1, 3, CHUNK_ROWS])
def test_case_state_after_an_import_is_what_deriving_gives(sent, chunk_rows):
    s, a, path, called_here = sent
    before = _rows(a)
    got = apply_bundle(a, read_bundle(path, KEY), path, chunk_rows=chunk_rows)
    assert got.added["call"] >= 15 and got.added["promise"] == 1 and got.added["payment"] == 1
    after = _rows(a)
    assert after != before
    assert after == _derived_from_scratch(a)
    # The sender derived the same facts on the same day: the same rows, but for the
    # loan A called after it.
    theirs = {r[0]: r for r in _rows(s)}
    assert [r[0] for r in after if r != theirs[r[0]]] == [called_here]


def test_a_contact_older_than_the_latest_here_changes_nothing(tmp_path):
    clock = SharedClock()
    s = open_workstation(tmp_path / "S", "S", now=clock)
    a = open_workstation(tmp_path / "A", "A", now=clock)
    try:
        loan = seed_portfolio(s, 1)[0]
        import_bundle(a, export_bundle(s, tmp_path / "c.cdb", KEY, kind=EVERYTHING).path, KEY)
        record_call(s, loan)
        record_call(a, loan)  # later
        latest = _rows(a)
        import_bundle(a, export_bundle(s, tmp_path / "d.cdb", KEY).path, KEY)
        assert _rows(a) == latest == _derived_from_scratch(a)
    finally:
        s.close()
        a.close()


def test_a_borrower_renamed_by_a_bundle_is_renamed_in_case_state(tmp_path):
    clock = SharedClock()
    s = open_workstation(tmp_path / "S", "S", now=clock)
    a = open_workstation(tmp_path / "A", "A", now=clock)
    try:
        loans = seed_portfolio(s, 3)
        import_bundle(a, export_bundle(s, tmp_path / "c.cdb", KEY, kind=EVERYTHING).path, KEY)
        rename_borrower(s, loans[1], "欧阳改名")
        got = import_bundle(a, export_bundle(s, tmp_path / "d.cdb", KEY).path, KEY)
        assert got.updated == {"borrower": 1}
        assert loans[1] in got.loans
        names = {r.loan_id: r.borrower_name for r in _rows(a)}
        assert names[loans[1]] == "欧阳改名"
        assert _rows(a) == _derived_from_scratch(a) == _rows(s)
    finally:
        s.close()
        a.close()


def test_the_fast_paths_cover_what_derive_reads():
    """Every fact table `read_loan_facts` reads is either derived again on import
    (`DERIVED_FACTS`) or raised (`CONTACT_TIMES`); the rest are case rows."""
    import re

    texts = [derived._SCHEDULE, derived._PAYMENTS, derived._PROMISES, derived._ASSIGNED]
    texts += [derived._LOANS, *derived._CONTACTS]
    read = {t for text in texts for t in re.findall(r"(?:FROM|JOIN) (\w+)", text)}
    cases = {"loan", "borrower", "instalment", "register"}
    assert read - cases == set(derived.DERIVED_FACTS) | set(derived.CONTACT_TIMES)


def test_the_bulk_writer_refuses_rows_of_the_wrong_width(tmp_path):
    """Many rows go into one INSERT statement: a short row next to a long one must not
    shift the values of the rows after it."""
    from sqlalchemy.exc import DBAPIError

    from collector_desk.store.cases_bulk import CaseWriter, columns

    desk = open_workstation(tmp_path / "W", "W")
    try:
        loan = seed_portfolio(desk, 1)[0]
        width = len(columns("note"))
        row = dict.fromkeys(columns("note"), "x") | {"loan_id": loan}
        good = tuple(row[c] for c in columns("note"))
        short, long = good[:-1], (*good, "extra")
        assert len(short) + len(long) == 2 * width
        with pytest.raises(DBAPIError), desk.unit() as s:
            CaseWriter(s).insert("note", [short, long])
        with desk.read() as s:
            assert s.connection().exec_driver_sql("SELECT count(*) FROM note").scalar() == 0
    finally:
        desk.close()
