"""Recording a call when the collector hangs up: outcome and promise in one unit.

A call made is always recorded. One saved in the borrower's quiet hours for a call not
dialled through the app (quiet_hours.quiet_hours_contact) is refused until the
collector confirms it was really made (`quiet_hours_confirmed`); it is then saved with
a quiet-hours audit fact that the daily QA lists."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime

from collector_desk.domain.call_flow import Disposition, Objection, OverdueReason
from collector_desk.domain.compliance import Addressee, findings
from collector_desk.domain.loan import position
from collector_desk.domain.promise import (
    FieldError,
    PromiseTerms,
    is_part_payment,
    validate_promise,
)
from collector_desk.services import audit, case_state, quiet_hours
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.store import derived, locks
from collector_desk.store.models import Call, Promise

QUIET_HOURS_UNCONFIRMED = "quiet_hours_unconfirmed"  # FieldError code: ask, then confirm


@dataclass(frozen=True)
class CallOutcome:
    loan_id: str
    disposition: Disposition
    overdue_reason: OverdueReason | None = None
    objections: tuple[Objection, ...] = ()
    note: str = ""
    third_party: bool = False
    last_step: int = 0
    phone_id: str | None = None
    contact_id: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    promise: PromiseTerms | None = None
    # The collector confirmed a call saved in the borrower's quiet hours was made.
    quiet_hours_confirmed: bool = False


class CallRejected(ValueError):
    """Nothing was saved; `errors` says which field and why."""

    def __init__(
        self, errors: list[FieldError], quiet: quiet_hours.QuietContact | None = None
    ) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors
        self.quiet = quiet  # with QUIET_HOURS_UNCONFIRMED: when, in the borrower's time

    @property
    def needs_quiet_hours_confirmation(self) -> bool:
        """Refused only because the call falls in quiet hours: ask, then save confirmed."""
        return self.quiet is not None and [e.code for e in self.errors] == [QUIET_HOURS_UNCONFIRMED]


@dataclass(frozen=True)
class CallSaved:
    call_id: str
    promise_id: str | None
    flagged: tuple[str, ...]
    changes: ChangeSet = field(default_factory=ChangeSet)
    quiet_hours: quiet_hours.QuietContact | None = None  # saved as a quiet-hours contact


def allowed_accounts(desk: Desk, debit_account: str | None) -> list[str]:
    accounts = [str(a) for a in desk.setting("lender_accounts") or []]
    if debit_account:
        accounts.insert(0, debit_account)
    return accounts


def record_call(desk: Desk, outcome: CallOutcome) -> CallSaved:
    """Save the call (and its promise) and the case's new state in one unit of work,
    again after a deadlock or serialization failure on a team's server."""
    return locks.retrying(lambda: _record_call(desk, outcome))


def _record_call(desk: Desk, outcome: CallOutcome) -> CallSaved:
    """On a team's server: BEGIN, the loan locked and read, its facts read (after the
    lock: what the others committed counts), the call (and promise) inserted, the
    case_state row written from those facts and this call, COMMIT."""
    today = desk.today()
    now = desk.now()
    flagged = tuple(f.words for f in findings(outcome.note, Addressee.RECORD))
    with desk.unit() as s:
        # a promise is checked against what is owed now
        loan = locks.locked_loan(s, outcome.loan_id)
        if loan is None:
            raise KeyError(outcome.loan_id)
        (facts,) = derived.read_loan_facts(s, [loan.id])
        errors: list[FieldError] = []
        if outcome.disposition is Disposition.PROMISE and outcome.promise is None:
            errors.append(
                FieldError("promise", "promise_missing", "a promise outcome needs the promise")
            )
        if outcome.promise is not None and outcome.third_party:
            errors.append(
                FieldError(
                    "promise",
                    "third_party_promise",
                    "a third party cannot promise for the borrower",
                )
            )
        part = False
        if outcome.promise is not None:
            pos = position(facts.schedule, facts.payments, today)
            errors += validate_promise(
                outcome.promise,
                today=today,
                outstanding_fen=pos.outstanding_fen,
                allowed_accounts=allowed_accounts(desk, loan.debit_account),
                window_days=int(desk.setting("promise_window_days")),
            )
            part = is_part_payment(outcome.promise.amount_fen, pos.overdue_fen)
        if errors:
            raise CallRejected(errors)
        quiet = quiet_hours.quiet_hours_contact(s, loan, now=now, since=outcome.started_at)
        if quiet is not None and not outcome.quiet_hours_confirmed:
            raise CallRejected(
                [
                    FieldError(
                        "quiet_hours",
                        QUIET_HOURS_UNCONFIRMED,
                        f"it is {quiet.local_time} in the borrower's time zone ({quiet.tz}), "
                        f"inside the quiet hours {quiet.quiet_start}-{quiet.quiet_end}: "
                        "confirm the call was really made",
                    )
                ],
                quiet,
            )
        who = {"collector_id": desk.collector_id, "workstation_id": desk.workstation_id}
        call = Call(
            id=new_id(),
            created_at=now,
            loan_id=loan.id,
            phone_id=outcome.phone_id,
            contact_id=outcome.contact_id,
            started_at=outcome.started_at,
            ended_at=outcome.ended_at or now,
            disposition=outcome.disposition.value,
            overdue_reason=outcome.overdue_reason.value if outcome.overdue_reason else None,
            objections=",".join(sorted(o.value for o in outcome.objections)),
            third_party=outcome.third_party,
            last_step=outcome.last_step,
            note=outcome.note,
            flagged=json.dumps(flagged, ensure_ascii=False) if flagged else "",
            **who,
        )
        s.add(call)
        if quiet is not None:
            audit.record(
                s,
                desk,
                audit.Kind.QUIET_HOURS_CONTACT,
                loan.id,
                {"call_id": call.id, **quiet.detail()},
            )
        promises = list(facts.promises)
        promise_id = None
        if outcome.promise is not None:
            promise_id = new_id()
            s.add(
                Promise(
                    id=promise_id,
                    created_at=now,
                    loan_id=loan.id,
                    call_id=call.id,
                    made_on=today,
                    promised_on=outcome.promise.promised_on,
                    amount_fen=outcome.promise.amount_fen,
                    method=outcome.promise.method.value,
                    account=outcome.promise.account.strip(),
                    part_payment=part,
                    **who,
                )
            )
            terms = outcome.promise
            promises.append(
                derived.PromiseFact(promise_id, now, today, terms.promised_on, terms.amount_fen)
            )
        last = facts.last_contact_at
        # The facts as a fresh read would give them now: this call is the latest contact
        # (the cached state is written from them, without reading them back).
        after = replace(
            facts, promises=promises, last_contact_at=now if last is None else max(last, now)
        )
        case_state.write_fresh(s, [after], today)  # flushes the call and promise first
    kinds = {ChangeKind.CALL, ChangeKind.CASE} | ({ChangeKind.PROMISE} if promise_id else set())
    if quiet is not None:
        kinds.add(ChangeKind.AUDIT)
    return CallSaved(
        call.id, promise_id, flagged, ChangeSet(frozenset({loan.id}), frozenset(kinds)), quiet
    )
