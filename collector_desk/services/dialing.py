"""Reaching the borrower: click-to-dial and SMS, each checked against the contact
rules first and logged as a ContactAttempt that counts toward the limits.

The dial goes out through a URI the workstation's softphone understands
(setting `dial_uri`: `tel:{number}` by default, or `sip:{number}@pbx`, or a
softphone's own scheme). An SMS is drafted from a template in
`resources/templates/sms/`, checked for forbidden phrases, then copied or
opened through `sms:`; the app never sends anything itself.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import defer

from collector_desk.domain.compliance import Addressee, findings
from collector_desk.domain.guardrails import Person
from collector_desk.domain.loan import FAR_FUTURE, Instalment, position
from collector_desk.domain.money import format_fen
from collector_desk.domain.names import honorific
from collector_desk.paths import resource
from collector_desk.services import audit, case_state
from collector_desk.services.contact_rules import ContactCheck, evaluate
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.store import locks
from collector_desk.store.models import Borrower, ContactAttempt, Loan, Payment, Promise
from collector_desk.store.models import Instalment as InstalmentRow
from collector_desk.store.qa_day import SMS_AUDIT_KIND

URI_FIELDS = ("number", "e164", "digits")
CALL_OUTCOMES = ("conversation", "no_answer", "busy", "phone_off", "wrong_number", "unrecorded")
SMS_HOW = ("copied", "opened")

# What a template may say, and what only the borrower may read.
PLACEHOLDERS = frozenset(
    {
        "name",
        "borrower_title",
        "lender",
        "collector",
        "hotline",
        "amount",
        "due_date",
        "account_tail",
        "contract_tail",
        "overdue_days",
        "overdue_amount",
        "promise_date",
        "promise_amount",
    }
)
DEBT_PLACEHOLDERS = frozenset(
    {
        "amount",
        "due_date",
        "account_tail",
        "contract_tail",
        "overdue_days",
        "overdue_amount",
        "promise_date",
        "promise_amount",
    }
)
# Words that tell a third party there is a debt.


class DialError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class ContactBlocked(Exception):
    """The contact rules refuse; `check.verdict.refusals` says which and until when."""

    def __init__(self, check: ContactCheck) -> None:
        rules = "; ".join(b.message for b in check.verdict.refusals)
        super().__init__(f"refused: {rules}")
        self.check = check


def dial_uri(template: str, number: str) -> str:
    """Fill the dial URI template; `number` is the stored national or 86-prefixed number."""
    digits = number if number.startswith("86") and len(number) == 13 else "86" + number
    national = digits[2:]
    if ":" not in template or not any("{" + f + "}" in template for f in URI_FIELDS):
        raise DialError("dial_uri_invalid", "the dial URI needs a scheme and {number}")
    return template.format(number=national, e164="+" + digits, digits=digits)


# --- calls ----------------------------------------------------------------------


@dataclass(frozen=True)
class DialTicket:
    """A call in progress: the timer runs from `started_at` until `end_call`."""

    check: ContactCheck
    uri: str
    started_at: datetime


@dataclass(frozen=True)
class AttemptSaved:
    attempt_id: str
    duration_s: int
    changes: ChangeSet = field(default_factory=ChangeSet)


def start_call(desk: Desk, loan_id: str, phone_id: str) -> DialTicket:
    """Check the rules and hand back the URI to open; raises ContactBlocked."""
    now = desk.now()
    with desk.read() as s:
        check = evaluate(s, loan_id=loan_id, phone_id=phone_id, channel="call", now=now)
    if not check.allowed:
        raise ContactBlocked(check)
    check = _with_number(desk, check, "dial")
    return DialTicket(
        check, dial_uri(str(desk.setting("dial_uri") or "tel:{number}"), check.number), now
    )


def _with_number(desk: Desk, check: ContactCheck, purpose: str) -> ContactCheck:
    """The number in clear for the softphone or the SMS app. On a team's server the
    check does not read it: the server's audited reveal gives it (store.personal)."""
    if check.number:
        return check
    shown = audit.reveal(
        desk, audit.RevealWhat.PHONE, check.phone_id, loan_id=check.loan_id, reason=purpose
    )
    return replace(check, number=shown.value)


def end_call(desk: Desk, ticket: DialTicket, outcome: str) -> AttemptSaved:
    """Log the attempt when the collector hangs up (or the window closes: 'unrecorded')."""
    if outcome not in CALL_OUTCOMES:
        raise DialError("outcome_unknown", f"unknown call outcome {outcome!r}")
    now = desk.now()
    duration = max(0, int((now - ticket.started_at).total_seconds()))
    return _log(desk, ticket.check, "call", outcome, ticket.started_at, duration)


def _log(
    desk: Desk,
    check: ContactCheck,
    channel: str,
    outcome: str,
    at: datetime,
    duration: int,
    *,
    sms_text: str | None = None,
) -> AttemptSaved:
    attempt_id = new_id()
    with desk.unit() as s:
        locks.lock_loan(s, check.loan_id)  # the case_state recompute sees the others' facts
        s.add(
            ContactAttempt(
                id=attempt_id,
                created_at=desk.now(),
                collector_id=desk.collector_id,
                workstation_id=desk.workstation_id,
                loan_id=check.loan_id,
                phone_id=check.phone_id,
                channel=channel,
                answered=outcome == "conversation",
                outcome=outcome,
                at=at,
                duration_s=duration,
                override_id=check.override_id,
            )
        )
        if sms_text is not None:
            # The text itself, for the supervisor's daily QA (services.qa): an SMS
            # leaves the desk, so what it said is kept like any other audited act.
            to = "third_party" if check.person is Person.THIRD_PARTY else "borrower"
            audit.record(
                s, desk, SMS_AUDIT_KIND, check.loan_id,
                {"attempt": attempt_id, "to": to, "text": sms_text},
            )  # fmt: skip
        s.flush()
        case_state.refresh(s, [check.loan_id], desk.today())
    return AttemptSaved(
        attempt_id,
        duration,
        ChangeSet.of(ChangeKind.ATTEMPT, ChangeKind.CASE, loans=[check.loan_id]),
    )


# --- SMS -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SmsTemplate:
    id: str
    audience: str  # borrower|third_party
    title: dict[str, str]
    body: dict[str, str]


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def parse_template(template_id: str, data: dict[str, Any]) -> SmsTemplate:
    audience = data.get("audience")
    if audience not in ("borrower", "third_party"):
        raise DialError(
            "template_invalid", f"{template_id}: audience must be borrower or third_party"
        )
    body, title = data.get("body") or {}, data.get("title") or {}
    for lang in ("zh_CN", "en"):
        if not isinstance(body.get(lang), str) or not isinstance(title.get(lang), str):
            raise DialError("template_invalid", f"{template_id}: title and body need {lang}")
        unknown = _fields(body[lang]) - PLACEHOLDERS
        if unknown:
            raise DialError(
                "template_invalid", f"{template_id}: unknown placeholder {sorted(unknown)}"
            )
        if audience == "third_party" and _fields(body[lang]) & DEBT_PLACEHOLDERS:
            raise DialError(
                "template_invalid", f"{template_id}: debt details in a third-party text"
            )
        to = Addressee.THIRD_PARTY if audience == "third_party" else Addressee.BORROWER
        found = findings(body[lang], to)
        if found:
            raise DialError(
                "template_invalid",
                f"{template_id}: forbidden wording in {lang} ({found[0].rule}: {found[0].words})",
            )
    return SmsTemplate(template_id, audience, dict(title), dict(body))


@cache
def templates() -> tuple[SmsTemplate, ...]:
    folder = resource("templates", "sms")
    return tuple(
        parse_template(p.stem, json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(folder.glob("*.json"))
    )


@dataclass(frozen=True)
class SmsDraft:
    template_id: str
    text: str
    missing: tuple[str, ...]  # placeholders with no value (left as {name} in the text)
    flagged: tuple[str, ...]  # forbidden phrases found
    check: ContactCheck


def _values(desk: Desk, loan_id: str, lang: str) -> dict[str, str]:
    today = desk.today()
    with desk.read() as s:
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise KeyError(loan_id)
        b = s.get(Borrower, loan.borrower_id, options=[defer(Borrower.id_number)])
        assert b is not None
        sched = [
            Instalment(r.seq, r.due_on, r.amount_fen)
            for r in s.scalars(select(InstalmentRow).where(InstalmentRow.loan_id == loan_id))
        ]
        pays = [
            (p.paid_on, p.amount_fen)
            for p in s.scalars(select(Payment).where(Payment.loan_id == loan_id))
        ]
        promise = s.scalars(
            select(Promise)
            .where(Promise.loan_id == loan_id)
            .order_by(Promise.created_at.desc())
            .limit(1)
        ).first()
    pos = position(sched, pays, today)
    upcoming = pos.oldest_unpaid_due_on if pos.oldest_unpaid_due_on != FAR_FUTURE else None
    cumulative = sum(i.amount_fen for i in sched if upcoming and i.due_on <= upcoming)
    title = honorific(b.name, b.gender, lang)
    out = {
        "name": title,
        "borrower_title": title,
        "lender": str(desk.setting("lender_name") or ""),
        "collector": str(desk.setting("collector_name") or ""),
        "hotline": str(desk.setting("hotline") or ""),
        "contract_tail": loan.contract_no[-4:],
        "account_tail": (loan.debit_account or "")[-4:],
        "overdue_days": str(pos.dpd) if pos.dpd else "",
        "overdue_amount": format_fen(pos.overdue_fen, symbol=False) if pos.overdue_fen else "",
        "amount": format_fen(max(0, cumulative - pos.paid_fen), symbol=False) if upcoming else "",
        "due_date": upcoming.isoformat() if upcoming else "",
    }
    if promise is not None and promise.promised_on >= today:
        out["promise_date"] = promise.promised_on.isoformat()
        out["promise_amount"] = format_fen(promise.amount_fen, symbol=False)
    return {k: v for k, v in out.items() if v}


def case_values(desk: Desk, loan_id: str, lang: str) -> dict[str, str]:
    """The placeholders a borrower's text is filled from (SMS and letters)."""
    return _values(desk, loan_id, lang)


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def draft_sms(
    desk: Desk, loan_id: str, phone_id: str, template_id: str, lang: str = "zh_CN"
) -> SmsDraft:
    by_id = {t.id: t for t in templates()}
    if template_id not in by_id:
        raise DialError("template_unknown", f"no SMS template {template_id!r}")
    tpl = by_id[template_id]
    with desk.read() as s:
        check = evaluate(s, loan_id=loan_id, phone_id=phone_id, channel="sms", now=desk.now())
    if check.person is Person.THIRD_PARTY and tpl.audience != "third_party":
        raise DialError(
            "template_not_for_third_party", "only a third-party template may go to a third party"
        )
    body = tpl.body.get(lang) or tpl.body["zh_CN"]
    values = _values(desk, loan_id, lang)
    missing = tuple(sorted(_fields(body) - values.keys()))
    text = body.format_map(_Keep(values))
    to = Addressee.THIRD_PARTY if check.person is Person.THIRD_PARTY else Addressee.BORROWER
    return SmsDraft(template_id, text, missing, tuple(f.words for f in findings(text, to)), check)


_UNFILLED = re.compile(r"\{[a-z_]+\}")


@dataclass(frozen=True)
class SmsSent:
    uri: str
    attempt: AttemptSaved


def send_sms(desk: Desk, draft: SmsDraft, text: str, *, how: str = "copied") -> SmsSent:
    """Check the final (possibly edited) text and the rules again, then log the SMS."""
    if how not in SMS_HOW:
        raise DialError("sms_how_unknown", "an SMS is copied or opened")
    if _UNFILLED.search(text):
        raise DialError("sms_unfilled", "fill every placeholder before sending")
    # The words first (the same rules as the draft's); the third-party rules below
    # need to know who the number belongs to.
    if findings(text):
        raise DialError("sms_forbidden", "the text contains forbidden wording")
    with desk.read() as s:
        check = evaluate(
            s,
            loan_id=draft.check.loan_id,
            phone_id=draft.check.phone_id,
            channel="sms",
            now=desk.now(),
        )
        loan = s.get(Loan, check.loan_id)
        assert loan is not None
        contract_no = loan.contract_no
    if not check.allowed:
        raise ContactBlocked(check)
    if check.person is Person.THIRD_PARTY and (
        contract_no[-4:] in text
        or findings(text, Addressee.THIRD_PARTY)
        or re.search(r"\d+\.\d{2}", text)
    ):
        raise DialError("sms_debt_to_third_party", "no debt details in a message to a third party")
    check = _with_number(desk, check, "sms")
    uri = f"sms:{check.number}?body={quote(text)}"
    saved = _log(desk, check, "sms", f"sms_{how}", desk.now(), 0, sms_text=text)
    return SmsSent(uri, saved)
