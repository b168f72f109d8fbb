"""The contact rules as pure functions, each at its edge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from collector_desk.domain.guardrails import (
    AttemptRecord,
    CallRecord,
    ContactEvent,
    DoNotContact,
    LimitError,
    Limits,
    Outcome,
    Person,
    Rule,
    Situation,
    Target,
    check,
    merge_events,
    parse_limit,
)

SH = ZoneInfo("Asia/Shanghai")
BORROWER = Target("p-own", Person.BORROWER, "b1")
FRIEND = Target("p-friend", Person.THIRD_PARTY, "c1")


def at(hour: int, minute: int = 0, day: int = 16) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=SH).astimezone(UTC)


def talk(hour: int, phone: str = "p-own") -> ContactEvent:
    return ContactEvent(at(hour), phone, "call", Outcome.CONVERSATION, True)


def miss(hour: int, minute: int = 0, phone: str = "p-own", day: int = 16) -> ContactEvent:
    return ContactEvent(at(hour, minute, day), phone, "call", Outcome.UNANSWERED, phone == "p-own")


def verdict(target: Target, events: list[ContactEvent], now: datetime, **kw: object):  # type: ignore[no-untyped-def]
    situation = Situation("Asia/Shanghai", events, kw.pop("invalid", False), **kw)  # type: ignore[arg-type]
    return check(channel="call", target=target, situation=situation, limits=Limits(), now=now)


def test_quiet_hours_edges() -> None:
    assert verdict(BORROWER, [], at(21, 59)).allowed
    late = verdict(BORROWER, [], at(22, 0))
    assert not late.allowed
    assert [b.rule for b in late.refusals] == [Rule.QUIET_HOURS]
    assert late.allowed_from == at(8, 0, day=17)
    assert not verdict(BORROWER, [], at(7, 59)).allowed
    assert verdict(BORROWER, [], at(7, 59)).allowed_from == at(8, 0)
    assert verdict(BORROWER, [], at(8, 0)).allowed


def test_quiet_hours_use_the_borrowers_time_zone() -> None:
    # 21:30 in Shanghai is 22:30 in Tokyo (a borrower working abroad).
    situation = Situation("Asia/Tokyo", [], False)
    v = check(channel="sms", target=BORROWER, situation=situation, limits=Limits(), now=at(21, 30))
    assert [b.rule for b in v.refusals] == [Rule.QUIET_HOURS]


def test_third_conversation_allowed_fourth_refused() -> None:
    assert verdict(BORROWER, [talk(9), talk(10)], at(11)).allowed
    v = verdict(BORROWER, [talk(9), talk(10), talk(11)], at(12))
    assert [b.rule for b in v.refusals] == [Rule.CONVERSATIONS]
    assert v.allowed_from == at(8, 0, day=17)
    # Yesterday's conversations do not count.
    old = [
        ContactEvent(at(h, day=15), "p-own", "call", Outcome.CONVERSATION, True)
        for h in (9, 10, 11)
    ]
    assert verdict(BORROWER, old, at(9)).allowed


def test_conversation_limit_is_per_borrower_not_per_third_party() -> None:
    events = [talk(9), talk(10), talk(11)]
    # Calling a guarantor is not a conversation with the borrower.
    guarantor = Target("p-g", Person.GUARANTOR, "c9")
    assert verdict(guarantor, events, at(12)).allowed


def test_sixth_unanswered_allowed_seventh_refused() -> None:
    five = [miss(9, m) for m in range(5)]
    assert verdict(BORROWER, five, at(10)).allowed
    six = [miss(9, m) for m in range(6)]
    v = verdict(BORROWER, six, at(10))
    assert [b.rule for b in v.refusals] == [Rule.UNANSWERED]
    # Another number of the same borrower is still allowed.
    other = Target("p-own-2", Person.BORROWER, "b1")
    assert verdict(other, six, at(10)).allowed


def test_sms_counts_toward_the_number_limit() -> None:
    events = [ContactEvent(at(9, m), "p-own", "sms", Outcome.SENT, True) for m in range(6)]
    assert not verdict(BORROWER, events, at(10)).allowed


def test_third_party_only_when_borrower_unreachable() -> None:
    refused = verdict(FRIEND, [], at(10))
    assert [b.rule for b in refused.refusals] == [Rule.THIRD_PARTY]
    assert refused.allowed_from is None
    assert refused.third_party_mode
    two = [miss(9), miss(9, 30)]
    assert not verdict(FRIEND, two, at(10)).allowed
    three = [*two, miss(9, 45)]
    assert verdict(FRIEND, three, at(10)).allowed
    # The streak spans days, and a conversation in between breaks it.
    spanning = [miss(15, day=14), miss(16, day=15), miss(9)]
    assert verdict(FRIEND, spanning, at(10)).allowed
    broken = [miss(9), talk(9), miss(10), miss(11)]
    assert not verdict(FRIEND, broken, at(12)).allowed
    # Every own number invalid: reachable no more.
    assert verdict(FRIEND, [], at(10), invalid=True).allowed


def test_do_not_contact_blocks_and_waiting_does_not_help() -> None:
    target = Target("p-own", Person.BORROWER, "b1", frozenset({DoNotContact.LAWYER_APPOINTED}))
    v = verdict(target, [], at(10))
    assert [b.rule for b in v.refusals] == [Rule.DO_NOT_CONTACT]
    assert v.refusals[0].detail["reasons"] == ["lawyer_appointed"]
    assert v.allowed_from is None
    # An override never lifts do-not-contact or quiet hours.
    v = verdict(target, [], at(23), override_rules=frozenset(Rule))
    assert not v.allowed
    assert {b.rule for b in v.refusals} == {Rule.DO_NOT_CONTACT, Rule.QUIET_HOURS}


def test_override_lifts_the_counted_rules_once_granted() -> None:
    events = [talk(9), talk(10), talk(11)]
    v = verdict(BORROWER, events, at(12), override_rules=frozenset({Rule.CONVERSATIONS}))
    assert v.allowed and v.overridden == (Rule.CONVERSATIONS,)
    v = verdict(FRIEND, [], at(10), override_rules=frozenset({Rule.THIRD_PARTY}))
    assert v.allowed


def test_changed_limits() -> None:
    limits = Limits().with_value("conversations_per_day", "2").with_value("quiet_start", "21:00")
    situation = Situation("Asia/Shanghai", [talk(9), talk(10)], False)
    v = check(channel="call", target=BORROWER, situation=situation, limits=limits, now=at(11))
    assert [b.rule for b in v.refusals] == [Rule.CONVERSATIONS]
    v = check(
        channel="call",
        target=BORROWER,
        situation=Situation("Asia/Shanghai", [], False),
        limits=limits,
        now=at(21),
    )
    assert [b.rule for b in v.refusals] == [Rule.QUIET_HOURS]
    with pytest.raises(LimitError):
        parse_limit("conversations_per_day", 0)
    with pytest.raises(LimitError):
        parse_limit("quiet_start", "25:00")
    with pytest.raises(LimitError):
        parse_limit("nope", 1)


def test_a_dial_and_its_call_form_are_one_contact() -> None:
    dial = AttemptRecord(at(9), "p-own", "call", Outcome.UNANSWERED, True, duration_s=300)
    form = CallRecord(at(9, 12), "p-own", Outcome.CONVERSATION, True)
    later = CallRecord(at(9, 30), "p-own", Outcome.UNANSWERED, True)
    events = merge_events([dial], [form, later])
    assert [(e.at, e.outcome) for e in events] == [
        (at(9), Outcome.CONVERSATION),
        (at(9, 30), Outcome.UNANSWERED),
    ]
    # A form open from 10:00 to 10:40 is the last dial made meanwhile; the
    # earlier dial in it stays an unanswered attempt, the 9:00 one is not its.
    second = AttemptRecord(at(10, 5), "p-own", "call", Outcome.UNANSWERED, True)
    third = AttemptRecord(at(10, 20), "p-own", "call", Outcome.UNANSWERED, True)
    timed = CallRecord(at(10, 40), "p-own", Outcome.CONVERSATION, True, started_at=at(10, 0))
    merged = merge_events([dial, second, third], [timed])
    assert [(e.at, e.outcome) for e in merged] == [
        (at(9), Outcome.UNANSWERED),
        (at(10, 5), Outcome.UNANSWERED),
        (at(10, 20), Outcome.CONVERSATION),
    ]


@given(st.integers(min_value=0, max_value=24 * 60 - 1))
def test_quiet_hours_agree_with_the_clock(minute: int) -> None:
    now = datetime(2026, 3, 16, tzinfo=SH) + timedelta(minutes=minute)
    v = verdict(BORROWER, [], now.astimezone(UTC))
    quiet = minute >= 22 * 60 or minute < 8 * 60
    assert v.allowed is not quiet
    if quiet:
        assert v.allowed_from is not None and v.allowed_from > now
        assert v.allowed_from.astimezone(SH).hour == 8
