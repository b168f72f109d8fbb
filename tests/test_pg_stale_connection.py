"""A pooled connection the server has closed, without the pool's pre-ping round trip.

The server kills the workstation's idle connection (`pg_terminate_backend`, as a
restart or an administrator would). The next read and the next write still work:
the checkout sees the closed socket without sending anything and connects afresh
(store.server_conn). A connection killed after the checkout, before its first
answer, fails its first statement; `locks.retrying` runs that unit again, once. A
disconnect after an answer is not retried (the work may have reached the server).
No read or write pays a ping: `RoundTrips` counts none.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool
from test_exchange_support import TODAY, SharedClock, seed_portfolio

from collector_desk.domain.call_flow import Disposition
from collector_desk.services import calls, case_detail
from collector_desk.services.context import Desk
from collector_desk.store import locks, server_conn
from collector_desk.store.models import Loan
from collector_desk.store.round_trips import RoundTrips

pytestmark = pytest.mark.pg


@pytest.fixture
def admin(pg_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_url, poolclass=NullPool)
    yield engine
    engine.dispose()


def _kill(admin: Engine, pid: int) -> None:
    """Terminate the backend `pid` and wait until the server has let it go."""
    with admin.connect() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with admin.connect() as conn:
            left = conn.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE pid = :p"), {"p": pid}
            ).scalar()
        if not left:
            return
        time.sleep(0.02)  # the server's own pace: nothing to wait on but its table
    raise AssertionError(f"backend {pid} still there")


def _pid(session: Session) -> int:
    return int(session.connection().connection.driver_connection.info.backend_pid)  # type: ignore[union-attr]


def _pooled_pids(desk: Desk) -> list[int]:
    with desk.read() as s:
        return [_pid(s)]


def _save(desk: Desk, loan: str) -> calls.CallSaved:
    return calls.record_call(
        desk, calls.CallOutcome(loan_id=loan, disposition=Disposition.NO_ANSWER, note="无人接")
    )


def test_a_killed_idle_connection_is_replaced_at_checkout_without_a_ping(
    pg_url: str, tmp_path: Path, admin: Engine
) -> None:
    desk = Desk.open(tmp_path / "ws", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        loan = seed_portfolio(desk, 2)[0]
        case_detail.open_case(desk, loan)
        counter = RoundTrips(desk.db.engine)
        with counter.counting():
            case_detail.open_case(desk, loan)
        assert dict(counter.by_kind) == {"statement": 1}  # no ping: the pane in one trip

        connects: list[object] = []
        event.listen(desk.db.engine, "connect", lambda *_a: connects.append(1))
        for _ in range(5):  # a live connection is kept: the look finds nothing waiting
            case_detail.open_case(desk, loan)
            _save(desk, loan)
        assert connects == []

        (pid,) = _pooled_pids(desk)
        _kill(admin, pid)
        opened = case_detail.open_case(desk, loan)  # a fresh connection, no error
        assert opened.detail.loan_id == loan
        (again,) = _pooled_pids(desk)
        assert again != pid

        _kill(admin, again)
        with counter.counting():
            saved = _save(desk, loan)
        assert saved is not None and counter.by_kind["ping"] == 0
        assert counter.by_kind["commit"] == 1
        assert len(case_detail.load(desk, loan).history) == 6  # each save once
    finally:
        desk.close()


def test_a_connection_killed_after_checkout_runs_the_unit_once_more(
    pg_url: str, tmp_path: Path, admin: Engine
) -> None:
    desk = Desk.open(tmp_path / "ws", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        loan = seed_portfolio(desk, 2)[0]
        tries: list[int] = []

        def work() -> str:
            with desk.unit() as s:
                pid = _pid(s)  # checked out: the look at the socket has passed
                tries.append(pid)
                if len(tries) == 1:
                    _kill(admin, pid)  # dies before its first answer
                found = s.get(Loan, loan)
                assert found is not None
                return found.contract_no

        assert locks.retrying(work)
        assert len(tries) == 2 and tries[0] != tries[1]
    finally:
        desk.close()


def test_a_disconnect_after_an_answer_is_not_run_again(
    pg_url: str, tmp_path: Path, admin: Engine
) -> None:
    desk = Desk.open(tmp_path / "ws", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        loan = seed_portfolio(desk, 2)[0]
        tries: list[int] = []

        def work() -> None:
            with desk.unit() as s:
                tries.append(1)
                s.execute(text("SELECT 1"))  # answered: from here the work may count
                _kill(admin, _pid(s))
                s.get(Loan, loan)

        with pytest.raises(DBAPIError) as raised:
            locks.retrying(work)
        assert not server_conn.is_stale(raised.value)
        assert len(tries) == 1
        assert case_detail.open_case(desk, loan).detail.loan_id == loan  # the next read works
    finally:
        desk.close()
