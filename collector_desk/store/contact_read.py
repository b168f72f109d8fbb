"""What the contact check reads of one number, in a single statement on a team's server.

The check (the reach bar's "may be called now", a dial, an SMS) needs the loan, the
number, its person and their do-not-contact flags, the borrower's own numbers and
their status, the borrower's loans, a month of attempts and calls, today's
one-time overrides and the team's limits: about eight SELECTs, each a round trip
on an office network. On PostgreSQL one SELECT brings them back as JSON. On a
server set up for a team (store.personal) the full number is not read: a dial or
an SMS gets it from the server's audited reveal.

When a case opens, the same facts for every number of its borrower travel inside
the opening's own statement (`borrower_document`, store.case_open); `for_phone`
then gives any one number's, as `contact_facts` would have read them.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from collector_desk.store.cases_bulk import python_values, stored
from collector_desk.store.models import Call, ContactAttempt

_BORROWER = "(SELECT borrower_id FROM loan WHERE id = :l)"
_CONTACT = "(SELECT contact_id FROM phone WHERE id = :p)"
_OWN = f"(SELECT id FROM phone WHERE borrower_id = {_BORROWER} AND contact_id IS NULL)"
_LOANS = f"(SELECT id FROM loan WHERE borrower_id = {_BORROWER})"


def _parts(number: bool) -> dict[str, str]:
    phone_cols = "'id', t.id, 'borrower_id', t.borrower_id, 'contact_id', t.contact_id"
    if number:
        phone_cols += ", 'number', t.number"
    return {
        "loan": "SELECT json_build_object('id', t.id, 'borrower_id', t.borrower_id) "
        "FROM loan t WHERE t.id = :l",
        "phone": f"SELECT json_build_object({phone_cols}) FROM phone t WHERE t.id = :p",
        "borrower": "SELECT json_build_object('id', t.id, 'tz', t.tz) FROM borrower t "
        f"WHERE t.id = {_BORROWER}",
        "contact": "SELECT json_build_object('id', t.id, 'is_third_party', t.is_third_party) "
        f"FROM contact t WHERE t.id = {_CONTACT}",
        "own": f"SELECT json_agg(t.id) FROM {_OWN} t",
        "loans": f"SELECT json_agg(t.id) FROM {_LOANS} t",
        "registers": "SELECT json_agg(json_build_object('entity', t.entity, 'entity_id', "
        "t.entity_id, 'field', t.field, 'value', t.value)) FROM register t WHERE "
        f"(t.entity = 'phone' AND t.field = 'status' AND t.entity_id IN {_OWN}) "
        f"OR (t.entity = 'borrower' AND t.entity_id = {_BORROWER} AND t.field LIKE 'dnc%') "
        f"OR (t.entity = 'contact' AND t.entity_id = {_CONTACT} AND t.field LIKE 'dnc%') "
        "OR (t.entity = 'limit' AND t.entity_id = 'team')",
        "attempts": "SELECT json_agg(json_build_object('id', t.id, 'at', t.at, 'phone_id', "
        "t.phone_id, 'channel', t.channel, 'outcome', t.outcome, 'answered', t.answered, "
        "'duration_s', t.duration_s)) FROM contact_attempt t "
        f"WHERE t.loan_id IN {_LOANS} AND t.at >= :since",
        "calls": "SELECT json_agg(json_build_object('id', t.id, 'created_at', t.created_at, "
        "'phone_id', t.phone_id, 'disposition', t.disposition, 'third_party', t.third_party, "
        "'started_at', t.started_at)) FROM call t "
        f"WHERE t.loan_id IN {_LOANS} AND t.created_at >= :since",
        "overrides": "SELECT json_agg(json_build_object('id', e.id, 'created_at', e.created_at, "
        "'subject', e.subject, 'detail', e.detail, 'used', EXISTS (SELECT 1 FROM "
        "contact_attempt a WHERE a.override_id = e.id)) ORDER BY e.created_at DESC) "
        "FROM audit_event e "
        "WHERE e.kind = 'override' AND e.subject = :p AND e.created_at >= :overrides_since",
    }


def _borrower_parts(number: bool) -> dict[str, str]:
    """The same for every number of the loan's borrower at once (the case's opening
    checks whichever number the reach bar shows first): `phones` and `contacts`
    instead of one `phone` and its `contact`; each override names its number."""
    phone_cols = "'id', t.id, 'borrower_id', t.borrower_id, 'contact_id', t.contact_id"
    if number:
        phone_cols += ", 'number', t.number"
    contacts = f"(SELECT id FROM contact WHERE borrower_id = {_BORROWER})"
    parts = _parts(number)
    del parts["phone"], parts["contact"]
    return {
        **parts,
        "phones": f"SELECT json_agg(json_build_object({phone_cols})) FROM phone t "
        f"WHERE t.borrower_id = {_BORROWER}",
        "contacts": "SELECT json_agg(json_build_object('id', t.id, 'is_third_party', "
        f"t.is_third_party)) FROM contact t WHERE t.borrower_id = {_BORROWER}",
        "registers": parts["registers"].replace(
            f"t.entity_id = {_CONTACT}", f"t.entity_id IN {contacts}"
        ),
        "overrides": parts["overrides"].replace(
            "e.subject = :p", f"e.subject IN (SELECT id FROM phone WHERE borrower_id = {_BORROWER})"
        ),
    }


def _document(parts: dict[str, str]) -> str:
    return "json_build_object(" + ", ".join(f"'{n}', ({sql})" for n, sql in parts.items()) + ")"


_SQL = {number: text(f"SELECT {_document(_parts(number))}") for number in (True, False)}
_BORROWER_DOCUMENT = {number: _document(_borrower_parts(number)) for number in (True, False)}


def borrower_document(number: bool) -> str:
    """What the check reads of every number of the loan's borrower, as one JSON
    expression (parameters `:l`, `:since`, `:overrides_since`), for a statement that
    reads more beside it (store.case_open); `for_phone` picks one number's facts."""
    return _BORROWER_DOCUMENT[number]


def params(*, since: datetime, overrides_since: datetime) -> dict[str, Any]:
    # timestamps are kept as text (store.types)
    return {"since": stored(since), "overrides_since": stored(overrides_since)}


def _parsed(found: dict[str, Any]) -> dict[str, Any]:
    found["attempts"] = [
        ContactAttempt(**python_values("contact_attempt", r)) for r in found["attempts"] or ()
    ]
    found["calls"] = [Call(**python_values("call", r)) for r in found["calls"] or ()]
    found["overrides"] = [
        {**python_values("audit_event", r), "used": bool(r["used"])}
        for r in found["overrides"] or ()
    ]
    for name in ("own", "loans", "registers", "phones", "contacts"):
        if name in found:
            found[name] = list(found[name] or ())
    return found


def borrower_facts(doc: Any) -> dict[str, Any]:
    """The value of a `borrower_document()`, parsed as `contact_facts` parses its own."""
    return _parsed(json.loads(doc) if isinstance(doc, str) else dict(doc))


def for_phone(facts: dict[str, Any], phone_id: str) -> dict[str, Any]:
    """One number's facts out of `borrower_facts`, shaped as `contact_facts` gives them
    (`phone` None: not a number of this borrower)."""
    phone = next((p for p in facts["phones"] if p["id"] == phone_id), None)
    contact_id = phone["contact_id"] if phone is not None else None
    return {
        **{k: v for k, v in facts.items() if k not in ("phones", "contacts", "overrides")},
        "phone": phone,
        "contact": next((c for c in facts["contacts"] if c["id"] == contact_id), None),
        "overrides": [o for o in facts["overrides"] if o.get("subject") == phone_id],
    }


def contact_facts(
    session: Session, *, loan_id: str, phone_id: str, since: datetime, overrides_since: datetime
) -> dict[str, Any] | None:
    """The check's rows in one statement; None where the dialect has no such form
    (SQLite: its queries cost no network). `phone["number"]` is absent on a server
    whose full numbers are kept from direct reading."""
    dialect = session.connection().dialect
    if dialect.name != "postgresql":
        return None
    number = not getattr(dialect, "desk_masked", False)
    doc = session.execute(
        _SQL[number],
        {"l": loan_id, "p": phone_id, **params(since=since, overrides_since=overrides_since)},
    ).scalar_one()
    return _parsed(json.loads(doc) if isinstance(doc, str) else doc)
