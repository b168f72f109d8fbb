"""Keeping the case_state cache true: recompute a loan's derived values from its
facts and a date. Called in the same unit of work as any fact that touches the
loan, and for every loan whose `valid_until` has come (a new day)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

# The version of derive() below: raise it (in domain/case_rows.py, where the list's
# rows read it too) whenever derive() would give a different value for the same facts
# and day. Re-exported.
from collector_desk.domain.case_rows import DERIVATION_VERSION as DERIVATION_VERSION
from collector_desk.domain.loan import FAR_FUTURE, Instalment, position
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.domain.promise import PromiseStatus, current_promise
from collector_desk.store import derived

if TYPE_CHECKING:
    from collector_desk.services.context import Desk

CHUNK = 900


def next_action(
    *, dpd: int, days_to_due: int, promise: PromiseStatus, promise_on: date | None, today: date
) -> str:
    """A short code for the list's 'next action' column; the worklist has the full plan."""
    if promise is PromiseStatus.PENDING and promise_on == today:
        return "confirm_promise"
    if promise is PromiseStatus.BROKEN or promise is PromiseStatus.PARTLY_KEPT:
        return "broken_promise"
    if promise is PromiseStatus.PENDING:
        return "await_promise"
    if dpd > 0:
        return "collect"
    if 0 <= days_to_due <= 5:
        return "remind"
    return ""


def derive(
    *,
    loan: Any,  # .id and .contract_no (a Loan row or store.derived.LoanFacts)
    borrower_name: str,
    schedule: Sequence[Instalment],
    payments: Sequence[tuple[date, int]],
    promises: Sequence[Any],
    last_contact_at: datetime | None,
    assigned_to: str,
    today: date,
) -> dict[str, Any]:
    pos = position(schedule, payments, today)
    status = PromiseStatus.NONE
    promise_on: date | None = None
    promise_fen: int | None = None
    valid_until = pos.valid_until()
    current = current_promise(promises, payments, today)
    if current is not None:
        latest, standing = current
        status, promise_on, promise_fen = standing.status, latest.promised_on, latest.amount_fen
        if status is PromiseStatus.PENDING:
            valid_until = min(valid_until, latest.promised_on + timedelta(days=1))
            if latest.promised_on > today:
                valid_until = min(valid_until, latest.promised_on)
    # The next instalment still to pay (a prepaid one needs no reminder).
    upcoming = pos.oldest_unpaid_due_on
    days_to_due = (upcoming - today).days if upcoming != FAR_FUTURE else 10**6
    if 5 < days_to_due < 10**6:
        # "remind" starts five days before the due date.
        valid_until = min(valid_until, upcoming - timedelta(days=5))
    return {
        "loan_id": loan.id,
        "contract_no": loan.contract_no,
        "borrower_name": borrower_name,
        "oldest_unpaid_due_on": pos.oldest_unpaid_due_on,
        "overdue_fen": pos.overdue_fen,
        "outstanding_fen": pos.outstanding_fen,
        "promise_status": status.value,
        "promise_on": promise_on,
        "promise_fen": promise_fen,
        "last_contact_at": last_contact_at,
        "next_action": next_action(
            dpd=pos.dpd, days_to_due=days_to_due, promise=status, promise_on=promise_on, today=today
        ),
        "assigned_to": assigned_to,
        "computed_on": today,
        "valid_until": max(valid_until, today + timedelta(days=1)),
        "derivation": DERIVATION_VERSION,
    }


def refresh(session: Session, loan_ids: Iterable[str], today: date) -> int:
    """Recompute case_state for these loans from their facts (a few queries and one
    upsert per chunk); idempotent. Returns how many loans were asked for."""
    ids = list(dict.fromkeys(loan_ids))
    for start in range(0, len(ids), CHUNK):
        facts = derived.read_loan_facts(session, ids[start : start + CHUNK])
        derived.upsert_case_state(session, [derive_facts(f, today) for f in facts])
    return len(ids)


def write_fresh(session: Session, facts: Sequence[derived.LoanFacts], today: date) -> int:
    """The case_state rows of loans whose facts the caller has in hand (cases it has
    just written: nothing to read back), derived and upserted like `refresh`."""
    return derived.upsert_case_state(session, [derive_facts(f, today) for f in facts])


def derive_facts(facts: derived.LoanFacts, today: date) -> dict[str, Any]:
    return derive(
        loan=facts,
        borrower_name=facts.borrower_name,
        schedule=facts.schedule,
        payments=facts.payments,
        promises=facts.promises,
        last_contact_at=facts.last_contact_at,
        assigned_to=facts.assigned_to,
        today=today,
    )


def stale_loan_ids(session: Session, today: date, limit: int | None = None) -> list[str]:
    """Loans whose cached state no longer holds today (or was never computed)."""
    return derived.stale_loan_ids(session, today, DERIVATION_VERSION, limit)


def advance(session: Session, today: date, loan_ids: Sequence[str] | None = None) -> int:
    """The set-based part of a new day: the rows (of `loan_ids`, or all) that the date
    alone changes, computed in SQL (store/day_advance.py); returns how many."""
    derived.large_cache(session)
    return derived.advance_case_state(session, today, DERIVATION_VERSION, loan_ids)


def advance_span(session: Session, today: date, span: derived.Span) -> list[str]:
    """`advance` of one span of the table (`derived.expired_spans`); returns the loans
    it brought up."""
    derived.large_cache(session)
    return derived.advance_span(session, today, DERIVATION_VERSION, span)


def mark_stale(session: Session, loan_ids: Iterable[str]) -> None:
    """Inside a long write: these loans must be re-derived; `bring_up_to_date` does it
    after the commit, in short units (and the next start does, if it was killed)."""
    derived.mark_stale(session, loan_ids)


def refresh_stale(session: Session, today: date) -> int:
    """Everything stale brought up to today: set-based first, derive() for the rest."""
    advanced = advance(session, today)
    return advanced + refresh(session, stale_loan_ids(session, today), today)


# --- start of day: in the background, in short units of work --------------------------------

# One unit of work per chunk: a few hundred milliseconds at most, so a collector's
# save between two chunks never waits long for the database.
DAY_CHUNK = 500
# Loans per unit of work of the set-based form (a few statements of 900 each), and
# how many such units between two checkpoints (store.day_advance.checkpoint).
ADVANCE_CHUNK = 4500
CHECKPOINT_EVERY = 8


def bring_up_to_date(
    desk: Desk,
    *,
    first: Iterable[str] = (),
    chunk: int = DAY_CHUNK,
    progress: Progress = NO_PROGRESS,
    on_step: Callable[[int, int, frozenset[str]], None] | None = None,
    what: str = "start of day",
) -> int:
    """Bring every stale case_state row up to `desk.today()`; returns how many were stale.

    In order: the loans in `first` that are stale (the rows on screen), then the
    set-based form for what the date alone changes (`ADVANCE_CHUNK` loans per
    unit of work), then `derive()` for the rest, `chunk` loans at a time. Each step is its own unit of work; after each,
    `on_step(done, total, loan_ids)` says which rows are now current (it runs on
    the caller's thread). `progress.step()` is called between steps, so a cancel
    stops at the next step and keeps what is written (every step is complete).
    """
    from collector_desk.store import busy

    with busy.holding(desk.data_dir, what) as held:

        def stepped(done: int, total: int, loan_ids: frozenset[str]) -> None:
            held(done / total if total else 1.0)  # the holder record: "..., 40%"
            if on_step is not None:
                on_step(done, total, loan_ids)

        return _bring_up_to_date(desk, first=first, chunk=chunk, progress=progress, step=stepped)


def _bring_up_to_date(
    desk: Desk,
    *,
    first: Iterable[str],
    chunk: int,
    progress: Progress,
    step: Callable[[int, int, frozenset[str]], None],
) -> int:
    today = desk.today()
    with desk.read() as s:
        stale = stale_loan_ids(s, today)
    total = len(stale)
    progress.step(0, total)
    if not stale:
        return 0
    step(0, total, frozenset())
    stale_set = set(stale)
    visible = [i for i in dict.fromkeys(first) if i in stale_set]
    if visible:
        with desk.unit() as s:
            refresh(s, visible, today)
        step(len(visible), total, frozenset(visible))
        progress.step(len(visible), total)
    done = len(visible)
    # The set-based form, span by span of the table's order (each page is visited
    # once). The visible rows are current already, so no span holds them.
    with desk.read() as s:
        spans = derived.expired_spans(s, today, ADVANCE_CHUNK)
    for n, span in enumerate(spans, start=1):
        with desk.unit() as s:
            brought = advance_span(s, today, span)
        done += len(brought)
        if n % CHECKPOINT_EVERY == 0 or n == len(spans):
            with desk.read() as s:
                derived.checkpoint(s)
        step(min(done, total), total, frozenset(brought))
        progress.step(min(done, total), total)
    with desk.read() as s:
        rest = stale_loan_ids(s, today)
    done = total - len(rest)
    progress.step(done, total)
    for start in range(0, len(rest), chunk):
        ids = rest[start : start + chunk]
        with desk.unit() as s:
            refresh(s, ids, today)
        done += len(ids)
        step(min(done, total), total, frozenset(ids))
        progress.step(min(done, total), total)
    return total
