"""The contact rules against the database: limits, do-not-contact flags, overrides.

Limits are registers (entity "limit", id "team"), so a supervisor's change
travels with sync bundles like any other register; do-not-contact flags are
registers on the person (entity "borrower" or "contact", field "dnc_<reason>").
Every change and every one-time override is also an audit fact with a reason.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from collector_desk.domain.guardrails import (
    LIMIT_NAMES,
    OVERRIDABLE,
    AttemptRecord,
    CallRecord,
    ContactEvent,
    DoNotContact,
    Limits,
    Outcome,
    Person,
    Rule,
    Situation,
    Target,
    Verdict,
    check,
    limit_text,
    merge_events,
    outcome_of,
    parse_limit,
    reached_borrower,
)
from collector_desk.services import audit, registers
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.store import contact_read
from collector_desk.store.models import (
    AuditEvent,
    Borrower,
    Call,
    Contact,
    ContactAttempt,
    Loan,
    Phone,
    Register,
)

LIMIT_ENTITY = "limit"
LIMIT_ID = "team"
HISTORY_DAYS = 31  # how far back contacts are read (the failure streak may span days)

# ContactAttempt.outcome values and how they count.
ATTEMPT_OUTCOME: dict[str, Outcome] = {
    "conversation": Outcome.CONVERSATION,
    "no_answer": Outcome.UNANSWERED,
    "busy": Outcome.UNANSWERED,
    "phone_off": Outcome.UNANSWERED,
    "unrecorded": Outcome.UNANSWERED,
    "wrong_number": Outcome.FAILED,
    "invalid": Outcome.FAILED,
    "sms_copied": Outcome.SENT,
    "sms_opened": Outcome.SENT,
}


class NotSupervisor(PermissionError):
    code = "not_supervisor"

    def __init__(self) -> None:
        super().__init__("only a supervisor may do this")


class NothingToOverride(ValueError):
    code = "nothing_to_override"

    def __init__(self) -> None:
        super().__init__("no rule that may be overridden refuses this contact now")


class ReasonRequired(ValueError):
    code = "reason_required"

    def __init__(self) -> None:
        super().__init__("a reason is required")


def require_supervisor(desk: Desk) -> None:
    if desk.setting("role") != "supervisor":
        raise NotSupervisor()


# --- limits -------------------------------------------------------------------


def limits(session: Session) -> Limits:
    """The team's limits, the defaults where none is set (one statement)."""
    rows = session.execute(
        select(Register.field, Register.value).where(
            Register.entity == LIMIT_ENTITY, Register.entity_id == LIMIT_ID
        )
    )
    return limits_of({str(r[0]): str(r[1]) for r in rows})


def limits_of(stored: dict[str, str]) -> Limits:
    """Limits from their stored registers (field -> JSON text), defaults elsewhere."""
    current = Limits()
    for name in LIMIT_NAMES:
        if name in stored:
            value = json.loads(stored[name])
            if value is not None:
                current = current.with_value(name, value)
    return current


def current_limits(desk: Desk) -> Limits:
    with desk.read() as s:
        return limits(s)


def set_limit(desk: Desk, name: str, value: Any, *, reason: str) -> ChangeSet:
    require_supervisor(desk)
    if not reason.strip():
        raise ReasonRequired()
    parsed = parse_limit(name, value)
    with desk.unit() as s:
        before = limit_text(getattr(limits(s), name))
        after = limit_text(parsed)
        registers.put(s, desk, LIMIT_ENTITY, LIMIT_ID, name, after)
        audit.record(
            s,
            desk,
            audit.Kind.LIMIT_CHANGE,
            name,
            {"before": before, "after": after, "reason": reason.strip()},
        )
    return ChangeSet.of(ChangeKind.LIMITS, ChangeKind.AUDIT)


# --- do-not-contact flags ------------------------------------------------------


def flags_of(session: Session, entity: str, entity_id: str) -> frozenset[DoNotContact]:
    return frozenset(
        f for f in DoNotContact if registers.get(session, entity, entity_id, f"dnc_{f.value}")
    )


def person_flags(desk: Desk, entity: str, entity_id: str) -> frozenset[DoNotContact]:
    with desk.read() as s:
        return flags_of(s, entity, entity_id)


def set_flag(
    desk: Desk, entity: str, entity_id: str, flag: DoNotContact, on: bool, *, reason: str
) -> ChangeSet:
    """Set or clear a do-not-contact flag on a borrower or a contact."""
    if entity not in ("borrower", "contact"):
        raise ValueError("flags belong to a borrower or a contact")
    if not reason.strip():
        raise ReasonRequired()
    with desk.unit() as s:
        registers.put(s, desk, entity, entity_id, f"dnc_{flag.value}", bool(on))
        audit.record(
            s,
            desk,
            audit.Kind.DO_NOT_CONTACT,
            entity_id,
            {"entity": entity, "flag": flag.value, "on": bool(on), "reason": reason.strip()},
        )
    return ChangeSet.of(ChangeKind.FLAGS, ChangeKind.AUDIT)


# --- the check --------------------------------------------------------------------


@dataclass(frozen=True)
class ContactCheck:
    loan_id: str
    phone_id: str
    channel: str
    person: Person
    person_id: str
    number: str  # in clear, for the dial/SMS URI only; never shown
    tz: str
    verdict: Verdict
    override_id: str | None  # the one-time override the action would use
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def allowed(self) -> bool:
        return self.verdict.allowed


def _events(
    attempt_rows: Sequence[ContactAttempt], call_rows: Sequence[Call], own: set[str]
) -> list[ContactEvent]:
    attempts = [
        AttemptRecord(
            a.at,
            a.phone_id,
            a.channel,
            ATTEMPT_OUTCOME.get(
                a.outcome, Outcome.CONVERSATION if a.answered else Outcome.UNANSWERED
            ),
            a.phone_id in own,
            a.duration_s,
        )
        for a in attempt_rows
    ]
    calls = []
    for c in call_rows:
        outcome = outcome_of(c.disposition)
        if outcome is Outcome.CONVERSATION:
            with_borrower = reached_borrower(c.disposition) and not c.third_party
        else:
            with_borrower = (c.phone_id in own) if c.phone_id else not c.third_party
        calls.append(CallRecord(c.created_at, c.phone_id, outcome, with_borrower, c.started_at))
    return merge_events(attempts, calls)


@dataclass(frozen=True)
class _Seen:
    """What the check reads of one number, from either backend."""

    borrower_id: str
    tz: str
    person: Person
    person_id: str
    flags: frozenset[DoNotContact]
    own_phones: list[str]
    own_invalid: bool
    attempts: list[ContactAttempt]
    calls: list[Call]
    overrides: list[tuple[AuditEvent, bool]]  # today's candidates, newest first; used?
    limits: Limits
    number: str  # "" where the server keeps it from direct reading


def _seen_orm(session: Session, loan_id: str, phone_id: str, now: datetime) -> _Seen:
    loan = session.get(Loan, loan_id)
    phone = session.get(Phone, phone_id)
    if loan is None or phone is None or phone.borrower_id != loan.borrower_id:
        raise KeyError(f"no phone {phone_id} on loan {loan_id}")
    borrower = session.get(Borrower, loan.borrower_id, options=[defer(Borrower.id_number)])
    assert borrower is not None
    if phone.contact_id is None:
        person, person_id = Person.BORROWER, borrower.id
        flags = flags_of(session, "borrower", borrower.id)
    else:
        contact = session.get(Contact, phone.contact_id)
        assert contact is not None
        person = Person.THIRD_PARTY if contact.is_third_party else Person.GUARANTOR
        person_id, flags = contact.id, flags_of(session, "contact", contact.id)
    own_phones = list(
        session.scalars(
            select(Phone.id).where(Phone.borrower_id == borrower.id, Phone.contact_id.is_(None))
        )
    )
    status = registers.values(session, "phone", "status", own_phones)
    loan_ids = list(session.scalars(select(Loan.id).where(Loan.borrower_id == borrower.id)))
    since = now - timedelta(days=HISTORY_DAYS)
    attempts = list(
        session.scalars(
            select(ContactAttempt).where(
                ContactAttempt.loan_id.in_(loan_ids), ContactAttempt.at >= since
            )
        )
    )
    calls = list(
        session.scalars(select(Call).where(Call.loan_id.in_(loan_ids), Call.created_at >= since))
    )
    overrides = [
        (
            e,
            session.scalar(
                select(ContactAttempt.id).where(ContactAttempt.override_id == e.id).limit(1)
            )
            is not None,
        )
        for e in session.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.kind == audit.Kind.OVERRIDE.value,
                AuditEvent.subject == phone_id,
                AuditEvent.created_at >= now - timedelta(days=2),
            )
            .order_by(AuditEvent.created_at.desc())
        )
    ]
    return _Seen(
        borrower.id, borrower.tz or "Asia/Shanghai", person, person_id, flags, own_phones,
        all(status.get(p) == "invalid" for p in own_phones), attempts, calls, overrides,
        limits(session), phone.number,
    )  # fmt: skip


def history_since(now: datetime) -> dict[str, datetime]:
    """How far back the check reads contacts, and one-time overrides."""
    return {"since": now - timedelta(days=HISTORY_DAYS), "overrides_since": now - timedelta(days=2)}


def _seen_server(session: Session, loan_id: str, phone_id: str, now: datetime) -> _Seen | None:
    """The same, in one statement on a team's server (store.contact_read)."""
    found = contact_read.contact_facts(
        session, loan_id=loan_id, phone_id=phone_id, **history_since(now)
    )
    return None if found is None else _seen_of(found, loan_id, phone_id)


def _seen_of(found: dict[str, Any], loan_id: str, phone_id: str) -> _Seen:
    loan, phone, borrower = found["loan"], found["phone"], found["borrower"]
    if loan is None or phone is None or phone["borrower_id"] != loan["borrower_id"]:
        raise KeyError(f"no phone {phone_id} on loan {loan_id}")
    regs = {
        (r["entity"], r["entity_id"], r["field"]): json.loads(r["value"])
        for r in found["registers"]
    }
    contact = found["contact"]
    if phone["contact_id"] is None or contact is None:
        person, entity, person_id = Person.BORROWER, "borrower", borrower["id"]
    else:
        third = bool(contact["is_third_party"])
        person = Person.THIRD_PARTY if third else Person.GUARANTOR
        entity, person_id = "contact", contact["id"]
    flags = frozenset(f for f in DoNotContact if regs.get((entity, person_id, f"dnc_{f.value}")))
    current = Limits()
    for name in LIMIT_NAMES:
        if (LIMIT_ENTITY, LIMIT_ID, name) in regs:
            current = current.with_value(name, regs[LIMIT_ENTITY, LIMIT_ID, name])
    own = [str(p) for p in found["own"]]
    return _Seen(
        borrower["id"], borrower["tz"] or "Asia/Shanghai", person, person_id, flags, own,
        all(regs.get(("phone", p, "status")) == "invalid" for p in own), found["attempts"],
        found["calls"], [(AuditEvent(**{k: v for k, v in o.items() if k != "used"}), o["used"])
                         for o in found["overrides"]],
        current, str(phone.get("number") or ""),
    )  # fmt: skip


def evaluate(
    session: Session, *, loan_id: str, phone_id: str, channel: str, now: datetime
) -> ContactCheck:
    seen = _seen_server(session, loan_id, phone_id, now) or _seen_orm(
        session, loan_id, phone_id, now
    )
    return _checked(seen, loan_id=loan_id, phone_id=phone_id, channel=channel, now=now)


def check_of(facts: dict[str, Any], loan_id: str, phone_id: str, now: datetime) -> ContactCheck:
    """The call check of one number from the facts a case's opening read about every
    number of its borrower (store.contact_read.borrower_facts). KeyError: not one."""
    seen = _seen_of(contact_read.for_phone(facts, phone_id), loan_id, phone_id)
    return _checked(seen, loan_id=loan_id, phone_id=phone_id, channel="call", now=now)


def _checked(
    seen: _Seen, *, loan_id: str, phone_id: str, channel: str, now: datetime
) -> ContactCheck:
    events = _events(seen.attempts, seen.calls, set(seen.own_phones))
    tz = ZoneInfo(seen.tz)
    local = now.astimezone(tz)
    day_start = datetime.combine(local.date(), datetime.min.time(), tz)
    override = next(
        (e for e, used in seen.overrides if not used and e.created_at >= day_start), None
    )
    override_rules = frozenset(
        Rule(r) for r in (json.loads(override.detail).get("rules", []) if override else [])
    )
    situation = Situation(str(tz), events, seen.own_invalid, override_rules)
    verdict = check(
        channel=channel,
        target=Target(phone_id, seen.person, seen.person_id, seen.flags),
        situation=situation,
        limits=seen.limits,
        now=now,
    )
    number = seen.number
    number = number[2:] if len(number) == 13 and number.startswith("86") else number
    return ContactCheck(
        loan_id,
        phone_id,
        channel,
        seen.person,
        seen.person_id,
        number,
        str(tz),
        verdict,
        override.id if override is not None and verdict.overridden else None,
    )


def check_contact(desk: Desk, loan_id: str, phone_id: str, channel: str = "call") -> ContactCheck:
    with desk.read_once() as s:  # on a server: one statement, no transaction
        return evaluate(s, loan_id=loan_id, phone_id=phone_id, channel=channel, now=desk.now())


def grant_override(
    desk: Desk, loan_id: str, phone_id: str, *, reason: str, channel: str = "call"
) -> ChangeSet:
    """Lift today's refusal of the counted rules for one more contact on this number."""
    require_supervisor(desk)
    if not reason.strip():
        raise ReasonRequired()
    with desk.unit() as s:
        verdict = evaluate(
            s, loan_id=loan_id, phone_id=phone_id, channel=channel, now=desk.now()
        ).verdict
        rules = sorted({b.rule.value for b in verdict.blocks if b.rule in OVERRIDABLE})
        if not rules:
            raise NothingToOverride()
        audit.record(
            s,
            desk,
            audit.Kind.OVERRIDE,
            phone_id,
            {"loan_id": loan_id, "rules": rules, "channel": channel, "reason": reason.strip()},
        )
    return ChangeSet.of(ChangeKind.AUDIT, loans=[loan_id])
