"""Contact rules, on by default (DESIGN.md "Guardrails", playbook §7).

Before a dial or an SMS the app asks `check()`; a refusal names the rule and,
when waiting helps, the moment the action becomes allowed. The rules:

- no calls or SMS between 22:00 and 08:00 in the borrower's local time;
- at most 3 conversations with the borrower per (local) day;
- at most 6 unanswered attempts per number per day (an SMS counts as one);
- third parties only while the borrower is unreachable (every own number
  marked invalid, or the last 3 attempts on them failed), and then with the
  third-party script and no debt details;
- do-not-contact flags on a person block dialling and SMS to that person.

A supervisor may change a limit or grant a one-time override of the counted
rules and the third-party gate (never of quiet hours or do-not-contact); both
are audit facts written by the service. Everything here is pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from collector_desk.domain.call_flow import Disposition


class Rule(StrEnum):
    DO_NOT_CONTACT = "do_not_contact"
    QUIET_HOURS = "quiet_hours"
    THIRD_PARTY = "third_party"
    CONVERSATIONS = "conversations"
    UNANSWERED = "unanswered"


OVERRIDABLE: frozenset[Rule] = frozenset({Rule.THIRD_PARTY, Rule.CONVERSATIONS, Rule.UNANSWERED})


class DoNotContact(StrEnum):
    CEASE_REQUEST = "cease_request"
    COMPLAINT_OPEN = "complaint_open"
    DECEASED = "deceased"
    CONTACT_REFUSED = "contact_refused"
    LAWYER_APPOINTED = "lawyer_appointed"


class Person(StrEnum):
    BORROWER = "borrower"
    GUARANTOR = "guarantor"
    THIRD_PARTY = "third_party"


class Outcome(StrEnum):
    CONVERSATION = "conversation"
    UNANSWERED = "unanswered"  # no answer, phone off, busy
    FAILED = "failed"  # wrong number, number invalid
    SENT = "sent"  # an SMS


FAILED_OUTCOMES = frozenset({Outcome.UNANSWERED, Outcome.FAILED})


@dataclass(frozen=True, slots=True)
class Limits:
    quiet_start: time = time(22, 0)
    quiet_end: time = time(8, 0)
    conversations_per_day: int = 3
    unanswered_per_number: int = 6
    failures_for_unreachable: int = 3

    def with_value(self, name: str, value: Any) -> Limits:
        return replace(self, **{name: parse_limit(name, value)})

    def as_dict(self) -> dict[str, Any]:
        return {f.name: limit_text(getattr(self, f.name)) for f in fields(self)}


LIMIT_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Limits))
_COUNT_BOUNDS = (1, 20)


class LimitError(ValueError):
    def __init__(self, name: str, code: str, message: str) -> None:
        super().__init__(message)
        self.name = name
        self.code = code


def limit_text(value: Any) -> Any:
    return value.strftime("%H:%M") if isinstance(value, time) else value


def parse_limit(name: str, value: Any) -> Any:
    """A limit value from a register/JSON/command line, checked."""
    if name not in LIMIT_NAMES:
        raise LimitError(name, "limit_unknown", f"no limit called {name!r}")
    if name in ("quiet_start", "quiet_end"):
        if isinstance(value, time):
            return value
        try:
            return time.fromisoformat(str(value))
        except ValueError:
            raise LimitError(name, "limit_bad_time", f"{name}: expected HH:MM") from None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise LimitError(name, "limit_not_number", f"{name}: expected a whole number") from None
    low, high = _COUNT_BOUNDS
    if not low <= number <= high:
        raise LimitError(name, "limit_out_of_range", f"{name}: between {low} and {high}")
    return number


@dataclass(frozen=True, slots=True)
class ContactEvent:
    """One contact with this borrower's case, from either record (see merge_events)."""

    at: datetime  # aware UTC
    phone_id: str | None
    channel: str  # call|sms
    outcome: Outcome
    with_borrower: bool  # conversation with the borrower, or an attempt on an own number


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """A ContactAttempt row: logged by the dial/SMS buttons."""

    at: datetime
    phone_id: str | None
    channel: str
    outcome: Outcome
    own_number: bool
    duration_s: int = 0


@dataclass(frozen=True, slots=True)
class CallRecord:
    """A Call row: the outcome the collector recorded on the call form."""

    at: datetime  # when it was recorded
    phone_id: str | None
    outcome: Outcome
    with_borrower: bool
    started_at: datetime | None = None  # when the form knows it (the dial button's time)


# A call form describes a dial on the same number made while the form was open:
# from its start (the case opened; 2 minutes' slack) to its saving. A form that
# does not know its start covers dials that ended up to 10 minutes before it.
FORM_AFTER_DIAL = timedelta(minutes=10)
SLACK = timedelta(minutes=2)


def _same_call(a: AttemptRecord, c: CallRecord) -> bool:
    if a.channel != "call" or a.phone_id is None or a.phone_id != c.phone_id:
        return False
    if c.started_at is not None:
        return c.started_at - SLACK <= a.at <= c.at + SLACK
    return a.at <= c.at <= a.at + timedelta(seconds=a.duration_s) + FORM_AFTER_DIAL


def merge_events(
    attempts: Iterable[AttemptRecord], calls: Iterable[CallRecord]
) -> list[ContactEvent]:
    """One event per real contact. A dial logged by the app and the call form filled
    for it describe the same call, so a form is merged into the latest unmatched
    dial on its number made while it was open (see _same_call); the form's
    outcome wins, the dial's time stays."""
    pending = sorted(attempts, key=lambda a: a.at)
    used = [False] * len(pending)
    events: list[ContactEvent] = []
    for c in sorted(calls, key=lambda c: c.started_at or c.at):
        # The latest matching dial: earlier ones in the same form went unanswered.
        match = max(
            (i for i, a in enumerate(pending) if not used[i] and _same_call(a, c)), default=None
        )
        at = c.started_at or c.at
        if match is not None:
            used[match] = True
            at = pending[match].at
        events.append(ContactEvent(at, c.phone_id, "call", c.outcome, c.with_borrower))
    for i, a in enumerate(pending):
        if not used[i]:
            with_borrower = a.own_number
            events.append(ContactEvent(a.at, a.phone_id, a.channel, a.outcome, with_borrower))
    return sorted(events, key=lambda e: e.at)


@dataclass(frozen=True, slots=True)
class Target:
    phone_id: str | None
    person: Person
    person_id: str  # borrower id or contact id
    flags: frozenset[DoNotContact] = frozenset()


@dataclass(frozen=True, slots=True)
class Situation:
    """What the rules need to know about the borrower, beyond the target itself."""

    tz: str
    events: Sequence[ContactEvent]  # all known contacts on this borrower's case
    own_numbers_invalid: bool  # every own number has status "invalid" (or there is none)
    override_rules: frozenset[Rule] = frozenset()  # from an unused one-time override


@dataclass(frozen=True, slots=True)
class Block:
    rule: Rule
    code: str  # machine code for the UI
    message: str  # English, for the command line and logs
    allowed_from: datetime | None  # aware UTC; None: waiting does not help
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Verdict:
    blocks: tuple[Block, ...]  # every rule that refuses, overridden or not
    overridden: tuple[Rule, ...]  # refusals lifted by the one-time override
    third_party_mode: bool  # show the third-party script, hide debt details

    @property
    def allowed(self) -> bool:
        return all(b.rule in self.overridden for b in self.blocks)

    @property
    def refusals(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.rule not in self.overridden)

    @property
    def allowed_from(self) -> datetime | None:
        """When every refusal has lapsed; None if some refusal never lapses by waiting."""
        times = [b.allowed_from for b in self.refusals]
        if not times:
            return None
        if any(t is None for t in times):
            return None
        return max(t for t in times if t is not None)


def local_day(at: datetime, tz: ZoneInfo) -> date:
    return at.astimezone(tz).date()


def in_quiet_hours(local: time, limits: Limits) -> bool:
    start, end = limits.quiet_start, limits.quiet_end
    if start <= end:
        return start <= local < end
    return local >= start or local < end


def quiet_hours_end(now_local: datetime, limits: Limits) -> datetime:
    """The next moment quiet hours end, in local time."""
    end_today = datetime.combine(now_local.date(), limits.quiet_end, now_local.tzinfo)
    return end_today if end_today > now_local else end_today + timedelta(days=1)


def next_contact_day_start(now_local: datetime, limits: Limits) -> datetime:
    """Tomorrow (local), at the end of quiet hours: when daily counts restart."""
    tomorrow = now_local.date() + timedelta(days=1)
    return datetime.combine(tomorrow, limits.quiet_end, now_local.tzinfo)


def borrower_unreachable(situation: Situation, limits: Limits) -> bool:
    if situation.own_numbers_invalid:
        return True
    relevant = [e for e in situation.events if e.with_borrower and e.channel == "call"]
    last = relevant[-limits.failures_for_unreachable :]
    return len(last) >= limits.failures_for_unreachable and all(
        e.outcome in FAILED_OUTCOMES for e in last
    )


def check(
    *, channel: str, target: Target, situation: Situation, limits: Limits, now: datetime
) -> Verdict:
    """May this call or SMS happen now? Every refusing rule is listed."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    tz = ZoneInfo(situation.tz)
    local = now.astimezone(tz)
    today = local.date()
    blocks: list[Block] = []

    if target.flags:
        reasons = sorted(f.value for f in target.flags)
        blocks.append(
            Block(
                Rule.DO_NOT_CONTACT,
                "do_not_contact",
                f"this person must not be contacted ({', '.join(reasons)})",
                None,
                {"reasons": reasons},
            )
        )
    if in_quiet_hours(local.timetz().replace(tzinfo=None), limits):
        allowed = quiet_hours_end(local, limits)
        blocks.append(
            Block(
                Rule.QUIET_HOURS,
                "quiet_hours",
                f"no calls or SMS {limits.quiet_start:%H:%M}-{limits.quiet_end:%H:%M} "
                f"borrower's local time; allowed from {allowed:%Y-%m-%d %H:%M} ({situation.tz})",
                allowed.astimezone(UTC),
                {"local_time": local.strftime("%H:%M"), "tz": situation.tz},
            )
        )
    third_party = target.person is Person.THIRD_PARTY
    if third_party and not borrower_unreachable(situation, limits):
        blocks.append(
            Block(
                Rule.THIRD_PARTY,
                "third_party_borrower_reachable",
                "third parties may be contacted only while the borrower is unreachable "
                f"(own numbers invalid or {limits.failures_for_unreachable} failed attempts in a row)",
                None,
                {"needed_failures": limits.failures_for_unreachable},
            )
        )
    todays = [e for e in situation.events if local_day(e.at, tz) == today]
    if channel == "call" and target.person is Person.BORROWER:
        talks = sum(1 for e in todays if e.with_borrower and e.outcome is Outcome.CONVERSATION)
        if talks >= limits.conversations_per_day:
            allowed = next_contact_day_start(local, limits)
            blocks.append(
                Block(
                    Rule.CONVERSATIONS,
                    "conversations_limit",
                    f"{talks} conversations with the borrower today (limit "
                    f"{limits.conversations_per_day}); allowed from {allowed:%Y-%m-%d %H:%M}",
                    allowed.astimezone(UTC),
                    {"count": talks, "limit": limits.conversations_per_day},
                )
            )
    if target.phone_id is not None:
        misses = sum(
            1
            for e in todays
            if e.phone_id == target.phone_id
            and (e.outcome in FAILED_OUTCOMES or e.outcome is Outcome.SENT)
        )
        if misses >= limits.unanswered_per_number:
            allowed = next_contact_day_start(local, limits)
            blocks.append(
                Block(
                    Rule.UNANSWERED,
                    "unanswered_limit",
                    f"{misses} unanswered attempts on this number today (limit "
                    f"{limits.unanswered_per_number}); allowed from {allowed:%Y-%m-%d %H:%M}",
                    allowed.astimezone(UTC),
                    {"count": misses, "limit": limits.unanswered_per_number},
                )
            )
    overridden = tuple(
        b.rule for b in blocks if b.rule in OVERRIDABLE and b.rule in situation.override_rules
    )
    return Verdict(tuple(blocks), overridden, third_party_mode=third_party)


def outcome_of(disposition: str) -> Outcome:
    """How a recorded call outcome counts against the contact limits.

    The conversation rules themselves live on `call_flow.Disposition`; this only
    maps them onto the limit categories. Unknown values count as unanswered.
    """
    try:
        d = Disposition(disposition)
    except ValueError:
        return Outcome.UNANSWERED
    if d.conversation:
        return Outcome.CONVERSATION
    if d in (Disposition.NO_ANSWER, Disposition.PHONE_OFF):
        return Outcome.UNANSWERED
    return Outcome.FAILED


def reached_borrower(disposition: str) -> bool:
    try:
        return Disposition(disposition).reached_borrower
    except ValueError:
        return False
