"""Row-level security on a team's server: a collector's own login reads the personal
data (names, ID numbers, phones, addresses) of its own cases and the team's unassigned
pool only; a supervisor's login reads every case."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from test_exchange_support import TODAY, SharedClock, record_call, seed_portfolio

from collector_desk.services import assignment
from collector_desk.services.cases import CaseQuery, count
from collector_desk.services.context import Desk
from collector_desk.store.server import add_login, init_server

pytestmark = pytest.mark.pg
PASSWORD = "Team-2026-secret"


ROLES = ("rls1", "rls2", "rlslead", "desk_collector", "desk_supervisor")


def _roles(pg_url: str) -> set[str]:
    return {str(r[0]) for r in read(pg_url, "SELECT rolname FROM pg_roles")}


@pytest.fixture
def team(pg_url: str, tmp_path: Path) -> Iterator[tuple[str, dict[str, str], dict[str, str]]]:
    """The server with four cases: two of RLS1's, one of RLS2's, one in the pool.
    Logins are the server's (every test database shares them): names of this file's
    own. Yields (url, loan -> assignee, login -> URL)."""
    before = _roles(pg_url)
    owner = Desk.open(tmp_path / "owner", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        init_server(owner.db.engine)
        loans = seed_portfolio(owner, 4)
        for who in ("RLS1", "RLS2"):
            assignment.add_member(owner, who, who)
        assignment.assign(owner, loans[:2], "RLS1")
        assignment.assign(owner, loans[2:3], "RLS2")
        for login, supervisor in (("rls1", False), ("rls2", False), ("rlslead", True)):
            add_login(owner.db.engine, login, PASSWORD, supervisor=supervisor)
    finally:
        owner.close()
    base = make_url(pg_url)
    urls = {
        login: base.set(username=login, password=PASSWORD).render_as_string(hide_password=False)
        for login in ("rls1", "rls2", "rlslead")
    }
    owners = dict(zip(loans, ["RLS1", "RLS1", "RLS2", ""], strict=True))
    yield pg_url, owners, urls
    # Roles belong to the whole server: leave it with the ones it had (the server
    # tests count the logins and see the team's roles made by their own init).
    made = [r for r in ROLES if r not in before]
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for role in made:
                conn.execute(text(f'DROP OWNED BY "{role}"'))
            for role in made:
                conn.execute(text(f'DROP ROLE "{role}"'))
    finally:
        engine.dispose()


def read(url: str, sql: str, **params: object) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def borrower_of(pg_url: str, loan: str) -> str:
    return str(read(pg_url, "SELECT borrower_id FROM loan WHERE id = :l", l=loan)[0][0])


def test_a_collector_cannot_read_another_collectors_borrower(team) -> None:
    pg_url, owners, urls = team
    theirs = next(loan for loan, who in owners.items() if who == "RLS2")
    borrower = borrower_of(pg_url, theirs)
    # the owner (here the server's admin) sees it: the rows are there
    assert read(pg_url, "SELECT number FROM phone WHERE borrower_id = :b", b=borrower)
    for sql in (
        "SELECT tail4 FROM phone WHERE borrower_id = :b",
        "SELECT number FROM phone_masked WHERE borrower_id = :b",
        "SELECT id_tail, name, home_address FROM borrower WHERE id = :b",
        "SELECT id_number FROM borrower_masked WHERE id = :b",
        "SELECT name FROM contact WHERE borrower_id = :b",
        "SELECT debit_account FROM loan WHERE borrower_id = :b",
        "SELECT borrower_name FROM case_state cs JOIN loan l ON l.id = cs.loan_id "
        "WHERE l.borrower_id = :b",
    ):
        assert read(urls["rls1"], sql, b=borrower) == [], sql
        assert read(urls["rls2"], sql, b=borrower), sql  # their own
        assert read(urls["rlslead"], sql, b=borrower), sql  # the supervisor's
    # what rls1 sees: its own two cases and the pool's one
    seen = {r[0] for r in read(urls["rls1"], "SELECT loan_id FROM case_state")}
    assert seen == {loan for loan, who in owners.items() if who in ("RLS1", "")}
    phones = read(urls["rls1"], "SELECT count(DISTINCT borrower_id) FROM phone")
    assert phones == [(3,)]
    assert read(urls["rlslead"], "SELECT count(*) FROM case_state") == [(4,)]


def test_a_collector_works_its_own_cases_through_the_app(team, tmp_path: Path) -> None:
    _pg_url, owners, urls = team
    desk = Desk.open(tmp_path / "rls1", url=urls["rls1"], today=lambda: TODAY, now=SharedClock())
    try:
        desk.set_settings(collector_id="RLS1", collector_name="RLS1")
        assert count(desk, CaseQuery()) == 3
        mine = next(loan for loan, who in owners.items() if who == "RLS1")
        record_call(desk, mine, "客户说周五还")
        assert desk.refresh_cases() >= 0  # start of day sees only its own rows, no error
    finally:
        desk.close()


def test_a_reveal_is_audited_on_the_server_under_the_login_that_made_it(
    team, tmp_path: Path
) -> None:
    import json

    from collector_desk.services import audit

    pg_url, owners, urls = team
    mine = next(loan for loan, who in owners.items() if who == "RLS1")
    borrower = borrower_of(pg_url, mine)
    desk = Desk.open(tmp_path / "rls1", url=urls["rls1"], today=lambda: TODAY, now=SharedClock())
    try:
        desk.set_settings(collector_id="RLS2")  # a workstation claiming to be someone else
        shown = audit.reveal(desk, audit.RevealWhat.ID_NUMBER, borrower, loan_id=mine)
    finally:
        desk.close()
    ((collector, detail),) = read(
        pg_url, "SELECT collector_id, detail FROM audit_event WHERE id = :i", i=shown.event_id
    )
    stamped = json.loads(str(detail))
    assert collector == "RLS2" and stamped["login"] == "rls1"  # the server's word
    assert stamped["what"] == "id_number" and stamped["loan_id"] == mine
    for sql in ("DELETE FROM audit_event", "UPDATE audit_event SET detail = '{}'"):
        with pytest.raises(Exception, match=r"append-only|permission denied"):
            read(urls["rls1"], sql)
    assert read(pg_url, "SELECT count(*) FROM audit_event WHERE id = :i", i=shown.event_id) == [
        (1,)
    ]


def test_a_collector_cannot_read_another_collectors_facts_or_registers(
    team, tmp_path: Path
) -> None:
    from collector_desk.services import payments, registers

    pg_url, owners, urls = team
    theirs = next(loan for loan, who in owners.items() if who == "RLS2")
    mine = next(loan for loan, who in owners.items() if who == "RLS1")
    owner = Desk.open(tmp_path / "owner", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        for loan in (theirs, mine):
            record_call(owner, loan, "客户说工资卡在工商银行")
            payments.record_payment(owner, loan, paid_on=TODAY, amount_fen=100, channel="app")
            with owner.unit() as s:
                registers.put(s, owner, "borrower", borrower_of(pg_url, loan), "flag", "x")
    finally:
        owner.close()
    # the ids are given, not looked up: the lookup itself would hide them
    facts = (
        "SELECT note FROM call WHERE loan_id = :l",
        "SELECT amount_fen FROM payment WHERE loan_id = :l",
        "SELECT value FROM register WHERE entity = 'borrower' AND entity_id = :b",
    )
    for sql in facts:
        of = {loan: {"l": loan, "b": borrower_of(pg_url, loan)} for loan in (theirs, mine)}
        assert read(pg_url, sql, **of[theirs]), sql  # there, for the owner
        assert read(urls["rls1"], sql, **of[theirs]) == [], sql
        assert read(urls["rls1"], sql, **of[mine]), sql  # its own
        assert read(urls["rls2"], sql, **of[theirs]), sql
        assert read(urls["rlslead"], sql, **of[theirs]), sql
