"""Round trips to a team's server: opening a case from the window takes at most 3
(the issue's budget), none of them on the GUI thread; saving a call runs on a worker
too. Counted on the engine (store.round_trips)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from test_exchange_support import SharedClock, record_call, seed_portfolio
from ui_desk_support import TODAY, close_window, daytime_now, open_case, settle

from collector_desk.app import build_window
from collector_desk.services import case_detail, payments
from collector_desk.services.call_scripts import suggested_script
from collector_desk.services.context import Desk
from collector_desk.store import case_read
from collector_desk.store.round_trips import RoundTrips

pytestmark = pytest.mark.pg
OPEN_BUDGET = 3


def test_one_statement_gives_the_same_case_as_the_orm_queries(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = Desk.open(tmp_path / "ws", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        loan = seed_portfolio(desk, 2)[0]
        record_call(desk, loan, "说下周一还")
        payments.record_payment(desk, loan, paid_on=TODAY, amount_fen=12_300, channel="app")
        counter = RoundTrips(desk.db.engine)
        with counter.counting():
            opened = case_detail.open_case(desk, loan)
        assert counter.total <= OPEN_BUDGET, (dict(counter.by_kind), counter.statements)
        assert len(opened.detail.history) == 2 and opened.detail.phones
        monkeypatch.setattr(case_read, "case_rows", lambda _s, _l: None)  # the ORM's queries
        assert case_detail.load(desk, loan) == opened.detail
        assert suggested_script(desk, loan) == opened.script
        with pytest.raises(KeyError):
            case_detail.open_case(desk, "no-such-loan")
    finally:
        desk.close()


def _window(qtbot, pg_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    owner = Desk.open(tmp_path / "owner", url=pg_url, today=lambda: TODAY)
    loans = seed_portfolio(owner, 3)
    owner.close()
    first = Desk.open(tmp_path / "ws", url=pg_url)
    first.set_settings(first_run_done=True, collector_id="C001", collector_name="C001")
    first.close()
    window = build_window(tmp_path / "ws", today=TODAY, lang="en", database_url=pg_url)
    window.desk.now = daytime_now()  # its calls are never saved in quiet hours
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    return window, loans


def _open(qtbot, window, loan: str) -> RoundTrips:  # type: ignore[no-untyped-def]
    counter = RoundTrips(window.desk.db.engine)
    with counter.counting():
        open_case(qtbot, window, loan)
        settle(qtbot)
    return counter


GUI = threading.main_thread().name


def test_the_window_opens_a_case_and_saves_a_call_without_waiting_on_the_server(
    qtbot, pg_url: str, tmp_path: Path
) -> None:
    """Not one round trip on the GUI thread: the case pane's read (2 round trips, see
    above), the reach bar's contact check and the strategy tab's checklist all run on
    the OpRunner, and so do the call's write and what its change set reloads."""
    window, loans = _window(qtbot, pg_url, tmp_path)
    try:
        counter = _open(qtbot, window, loans[0])
        assert counter.threads[GUI] == 0, counter.statements
        opened = counter.total

        combo = window.call_outcome.disposition
        combo.setCurrentIndex(combo.findData("no_answer"))
        with counter.counting():
            with qtbot.waitSignal(window.changed, timeout=10_000):
                window.findChild(QPushButton, "promiseSave").click()
            settle(qtbot)
        assert counter.by_kind["commit"] == 1
        assert counter.threads[GUI] == 0, counter.statements
        print({"window_open_case": opened, "window_save_call_and_reopen": counter.total})
    finally:
        close_window(window)


def test_the_contact_check_in_one_statement_judges_as_the_orm_queries(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted limits, a one-time override (used and unused), a do-not-contact flag on
    a contact, a team limit: the server's one statement gives the same check, for
    every number of the case and both channels, in 2 round trips."""
    from collector_desk.domain.guardrails import DoNotContact
    from collector_desk.services import contact_rules, dialing, worklist_tasks
    from collector_desk.store import contact_read

    desk = Desk.open(tmp_path / "ws", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        desk.set_settings(role="supervisor", collector_id="C001", collector_name="C001")
        loan = seed_portfolio(desk, 2)[0]
        detail = case_detail.load(desk, loan)
        phone = detail.phones[0].id
        contact_rules.set_limit(desk, "unanswered_per_number", 2, reason="test")
        for _ in range(2):
            dialing.end_call(desk, dialing.start_call(desk, loan, phone), "no_answer")
        assert not contact_rules.check_contact(desk, loan, phone).allowed
        contact_rules.grant_override(desk, loan, phone, reason="family emergency")
        record_call(desk, loan, "客户说下周还")
        contact = detail.contacts[0]
        contact_rules.set_flag(
            desk, "contact", contact.id, DoNotContact.CEASE_REQUEST, True, reason="asked"
        )
        worklist_tasks.set_lost_contact(desk, detail.borrower_id, True, reason="test")
        numbers = [p.id for p in detail.phones] + [p.id for c in detail.contacts for p in c.phones]
        counter = RoundTrips(desk.db.engine)
        server = {}
        for number in numbers:
            for channel in ("call", "sms"):
                with counter.counting():
                    server[number, channel] = contact_rules.check_contact(
                        desk, loan, number, channel
                    )
                assert counter.total <= 2, counter.statements
        assert server[phone, "call"].allowed and server[phone, "call"].override_id
        assert not server[contact.phones[0].id, "call"].allowed
        with counter.counting():
            lost, steps = worklist_tasks.trace_panel(desk, loan, detail.borrower_id)
        assert lost and steps and counter.total <= 3, counter.statements

        monkeypatch.setattr(contact_read, "contact_facts", lambda *_a, **_k: None)
        for (number, channel), check in server.items():
            assert contact_rules.check_contact(desk, loan, number, channel) == check
    finally:
        desk.close()
