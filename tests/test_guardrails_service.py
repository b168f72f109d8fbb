"""Contact rules through the services: dial, SMS, call records, flags, limits,
overrides and the audit trail, on a real database with a settable clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from worklist_support import SH, Clock, make_case, open_desk, phones_of, set_register

from collector_desk.domain.call_flow import Disposition
from collector_desk.domain.guardrails import DoNotContact, Rule
from collector_desk.services import audit, contact_rules, dialing
from collector_desk.services.calls import CallOutcome, record_call
from collector_desk.services.context import Desk
from collector_desk.services.portfolio import ContactRecord


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH))


@pytest.fixture
def wdesk(tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    d = open_desk(tmp_path, clock)
    yield d
    d.close()


@pytest.fixture
def case(wdesk: Desk) -> tuple[str, str, str]:
    """(loan, the borrower's phone, a friend's phone) of a case 10 days overdue."""
    loan = make_case(
        wdesk,
        disbursed=date(2026, 2, 6),
        phones=["13812345678"],
        contacts=[ContactRecord("李娜", "friend", ("13700000001",))],
    )
    phones = phones_of(wdesk, loan)
    own = next(p.id for p in phones if p.contact_id is None)
    friend = next(p.id for p in phones if p.contact_id is not None)
    return loan, own, friend


def dial(desk: Desk, loan: str, phone: str, outcome: str) -> None:
    ticket = dialing.start_call(desk, loan, phone)
    dialing.end_call(desk, ticket, outcome)


def refused_by(desk: Desk, loan: str, phone: str, channel: str = "call") -> list[Rule]:
    return [
        b.rule for b in contact_rules.check_contact(desk, loan, phone, channel).verdict.refusals
    ]


def test_dial_uri_templates() -> None:
    assert dialing.dial_uri("tel:{number}", "8613812345678") == "tel:13812345678"
    assert dialing.dial_uri("sip:{e164}@pbx.local", "13812345678") == "sip:+8613812345678@pbx.local"
    assert dialing.dial_uri("softphone://call?n={digits}", "13812345678").endswith("8613812345678")
    with pytest.raises(dialing.DialError):
        dialing.dial_uri("tel:", "13812345678")


def test_third_conversation_allowed_fourth_refused(
    wdesk: Desk, case: tuple[str, str, str], clock: Clock
) -> None:
    loan, own, _ = case
    ticket = dialing.start_call(wdesk, loan, own)
    assert ticket.uri == "tel:13812345678"
    clock.set(2026, 3, 16, 10, 4)
    saved = dialing.end_call(wdesk, ticket, "conversation")
    assert saved.duration_s == 240
    # A call recorded on the call form alone (dialled from a desk phone) counts too.
    clock.set(2026, 3, 16, 10, 30)
    record_call(wdesk, CallOutcome(loan, Disposition.RIGHT_PARTY_NO_PROMISE, phone_id=own))
    clock.set(2026, 3, 16, 11, 0)
    dial(wdesk, loan, own, "conversation")  # the third: allowed
    clock.set(2026, 3, 16, 11, 30)
    with pytest.raises(dialing.ContactBlocked) as refused:
        dialing.start_call(wdesk, loan, own)
    [block] = refused.value.check.verdict.refusals
    assert block.rule is Rule.CONVERSATIONS and block.detail["count"] == 3
    assert block.allowed_from == datetime(2026, 3, 17, 8, 0, tzinfo=SH)
    clock.set(2026, 3, 17, 8, 0)
    assert refused_by(wdesk, loan, own) == []


def test_a_dial_and_its_call_form_count_once(
    wdesk: Desk, case: tuple[str, str, str], clock: Clock
) -> None:
    loan, own, _ = case
    for minute in (0, 20, 40):
        clock.set(2026, 3, 16, 10, minute)
        ticket = dialing.start_call(wdesk, loan, own)
        clock.set(2026, 3, 16, 10, minute + 5)
        dialing.end_call(wdesk, ticket, "conversation")
        record_call(
            wdesk,
            CallOutcome(
                loan, Disposition.RIGHT_PARTY_NO_PROMISE, phone_id=own, started_at=ticket.started_at
            ),
        )
        if minute < 40:
            assert refused_by(wdesk, loan, own) == []
    assert refused_by(wdesk, loan, own) == [Rule.CONVERSATIONS]


def test_quiet_hours_at_the_edge(wdesk: Desk, case: tuple[str, str, str], clock: Clock) -> None:
    loan, own, _ = case
    clock.set(2026, 3, 16, 21, 59)
    assert dialing.start_call(wdesk, loan, own).uri
    clock.set(2026, 3, 16, 22, 0)
    with pytest.raises(dialing.ContactBlocked) as refused:
        dialing.start_call(wdesk, loan, own)
    assert refused.value.check.verdict.allowed_from == datetime(2026, 3, 17, 8, 0, tzinfo=SH)
    clock.set(2026, 3, 17, 7, 59)
    assert refused_by(wdesk, loan, own, "sms") == [Rule.QUIET_HOURS]


def test_unanswered_attempts_per_number(
    wdesk: Desk, case: tuple[str, str, str], clock: Clock
) -> None:
    loan, own, _ = case
    for n in range(6):
        clock.set(2026, 3, 16, 9, n * 5)
        dial(wdesk, loan, own, "no_answer")
    assert refused_by(wdesk, loan, own) == [Rule.UNANSWERED]


def test_third_party_after_three_failed_attempts(
    wdesk: Desk, case: tuple[str, str, str], clock: Clock
) -> None:
    loan, own, friend = case
    assert refused_by(wdesk, loan, friend) == [Rule.THIRD_PARTY]
    dial(wdesk, loan, own, "no_answer")
    clock.set(2026, 3, 16, 10, 30)
    record_call(wdesk, CallOutcome(loan, Disposition.PHONE_OFF, phone_id=own))
    assert refused_by(wdesk, loan, friend) == [Rule.THIRD_PARTY]
    clock.set(2026, 3, 16, 11, 30)
    dial(wdesk, loan, own, "no_answer")
    check = contact_rules.check_contact(wdesk, loan, friend)
    assert check.allowed and check.verdict.third_party_mode


def test_third_party_when_every_own_number_is_invalid(
    wdesk: Desk, case: tuple[str, str, str]
) -> None:
    loan, own, friend = case
    set_register(wdesk, "phone", own, "status", "invalid")
    assert refused_by(wdesk, loan, friend) == []


def test_sms_to_a_third_party_carries_no_debt(wdesk: Desk, case: tuple[str, str, str]) -> None:
    loan, own, friend = case
    set_register(wdesk, "phone", own, "status", "invalid")
    with pytest.raises(dialing.DialError) as wrong:
        dialing.draft_sms(wdesk, loan, friend, "overdue_notice")
    assert wrong.value.code == "template_not_for_third_party"
    draft = dialing.draft_sms(wdesk, loan, friend, "third_party_callback")
    assert "张先生" in draft.text and "400-800-1234" in draft.text and not draft.missing
    with pytest.raises(dialing.DialError) as leak:
        dialing.send_sms(wdesk, draft, draft.text + "他的借款已逾期")
    assert leak.value.code == "sms_debt_to_third_party"
    sent = dialing.send_sms(wdesk, draft, draft.text, how="opened")
    assert sent.uri.startswith("sms:13700000001?body=")


def test_sms_templates_fill_and_count(
    wdesk: Desk, case: tuple[str, str, str], clock: Clock
) -> None:
    loan, own, _ = case
    draft = dialing.draft_sms(wdesk, loan, own, "overdue_notice")
    assert "10 天" in draft.text and "1,000.00" in draft.text and draft.flagged == ()
    english = dialing.draft_sms(wdesk, loan, own, "overdue_notice", "en")
    assert english.text.startswith("Hello Mr 张")
    with pytest.raises(dialing.DialError) as bad:
        dialing.send_sms(wdesk, draft, draft.text + "随便你")
    assert bad.value.code == "sms_forbidden"
    with pytest.raises(dialing.DialError):
        dialing.send_sms(wdesk, draft, "{hotline} 请回电")
    for n in range(6):
        clock.set(2026, 3, 16, 10, n)
        dialing.send_sms(wdesk, draft, draft.text)
    assert refused_by(wdesk, loan, own, "sms") == [Rule.UNANSWERED]


def test_every_template_is_valid() -> None:
    ids = {t.id for t in dialing.templates()}
    assert {"reminder_before_due", "overdue_notice", "third_party_callback"} <= ids
    assert all(
        t.audience == "borrower" or t.id.startswith("third_party") for t in dialing.templates()
    )


def test_do_not_contact_flags(wdesk: Desk, case: tuple[str, str, str]) -> None:
    loan, own, _ = case
    with wdesk.read() as s:
        from collector_desk.store.models import Loan

        borrower = s.get(Loan, loan).borrower_id  # type: ignore[union-attr]
    contact_rules.set_flag(
        wdesk, "borrower", borrower, DoNotContact.COMPLAINT_OPEN, True, reason="投诉处理中"
    )
    check = contact_rules.check_contact(wdesk, loan, own)
    assert [b.rule for b in check.verdict.refusals] == [Rule.DO_NOT_CONTACT]
    assert check.verdict.allowed_from is None
    assert refused_by(wdesk, loan, own, "sms") == [Rule.DO_NOT_CONTACT]
    with pytest.raises(contact_rules.ReasonRequired):
        contact_rules.set_flag(
            wdesk, "borrower", borrower, DoNotContact.COMPLAINT_OPEN, False, reason=" "
        )
    contact_rules.set_flag(
        wdesk, "borrower", borrower, DoNotContact.COMPLAINT_OPEN, False, reason="已结案"
    )
    assert refused_by(wdesk, loan, own) == []
    kinds = [e.kind for e in audit.events(wdesk)]
    assert kinds.count("do_not_contact") == 2


def test_supervisor_changes_a_limit_with_an_audit_fact(
    wdesk: Desk, case: tuple[str, str, str]
) -> None:
    loan, own, _ = case
    with pytest.raises(contact_rules.NotSupervisor):
        contact_rules.set_limit(wdesk, "conversations_per_day", 2, reason="stricter")
    wdesk.set_settings(role="supervisor", collector_id="S01")
    contact_rules.set_limit(wdesk, "conversations_per_day", 1, reason="投诉高发期")
    assert contact_rules.current_limits(wdesk).conversations_per_day == 1
    dial(wdesk, loan, own, "conversation")
    assert refused_by(wdesk, loan, own) == [Rule.CONVERSATIONS]
    [event] = audit.events(wdesk, kinds=["limit_change"])
    assert event.collector_id == "S01"
    detail = {k: v for k, v in event.detail.items() if k != "login"}  # a server adds its login
    assert detail == {"before": 3, "after": 1, "reason": "投诉高发期"}


def test_override_once(wdesk: Desk, case: tuple[str, str, str], clock: Clock) -> None:
    loan, own, _ = case
    for n in range(3):
        clock.set(2026, 3, 16, 9, n * 10)
        dial(wdesk, loan, own, "conversation")
    with pytest.raises(contact_rules.NotSupervisor):
        contact_rules.grant_override(wdesk, loan, own, reason="客户主动要求回电")
    wdesk.set_settings(role="supervisor")
    with pytest.raises(contact_rules.ReasonRequired):
        contact_rules.grant_override(wdesk, loan, own, reason="")
    contact_rules.grant_override(wdesk, loan, own, reason="客户主动要求回电")
    clock.set(2026, 3, 16, 10, 0)
    check = contact_rules.check_contact(wdesk, loan, own)
    assert check.allowed and check.verdict.overridden == (Rule.CONVERSATIONS,)
    dial(wdesk, loan, own, "conversation")  # uses the override
    assert refused_by(wdesk, loan, own) == [Rule.CONVERSATIONS]
    [event] = audit.events(wdesk, kinds=["override"])
    assert event.detail["rules"] == ["conversations"] and event.subject == own
    # Quiet hours cannot be overridden: on a fresh day at 23:00 nothing may be lifted.
    clock.set(2026, 3, 17, 23, 0)
    with pytest.raises(contact_rules.NothingToOverride):
        contact_rules.grant_override(wdesk, loan, own, reason="late")


def test_reveal_is_logged_without_the_value(wdesk: Desk, case: tuple[str, str, str]) -> None:
    loan, own, _ = case
    shown = audit.reveal(wdesk, audit.RevealWhat.PHONE, own, loan_id=loan)
    assert shown.value == "13812345678"
    [event] = audit.events(wdesk, kinds=["reveal"])
    assert event.subject == own and event.collector_id == "C001"
    assert event.detail["what"] == "phone" and event.detail["loan_id"] == loan
    assert event.contract_no.startswith("HT2026")
    assert "13812345678" not in str(event.detail)
