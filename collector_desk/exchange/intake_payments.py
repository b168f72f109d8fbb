"""Head office's repaid amount against the payments recorded here, payment by payment.

A head-office file states, per contract, how much has been repaid so far and the
day of the last payment (最近还款日期); never the payments one by one. What head
office saw since its previous file is the stated amount less what the payments it
already included add up to. That part is matched, by contract, amount and a date
window, against the payments recorded here that no file has included yet (at the
desk, from the bank's debit file): one payment of exactly that amount, else the
fewest payments that add up to it, else as many as fit: the one nearest the
last-payment day first, then the oldest (head office books payments in the order the
money arrives). What no payment here accounts for becomes one payment of source head
office (channel ``other``, reference "head office FILE"). Each file's placement row
(`store.models.Placement`) lists the payments it matched, so a payment is matched
once, by one file; the head-office payments are included by definition.

The window is the last-payment day (else the file's as-of day) +- WINDOW_DAYS, and
reaches back to WINDOW_DAYS before the previous file's as-of day, so a month with
two payments, or a file after a gap, finds them all. See docs/intake.md.

A loan without a placement that stated a repaid amount (a database from before
placements, or files without a repaid column) starts the old way: every payment here counts as included and only the
excess of the stated amount is new; its first placement row lists them all.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from typing import Any

from sqlalchemy.orm import Session

from collector_desk.domain.head_office import is_head_office
from collector_desk.domain.head_office import reference as head_office_reference
from collector_desk.store.cases_bulk import rows_in

__all__ = ["head_office_reference", "is_head_office"]

WINDOW_DAYS = 7
EXACT_SEARCH_MAX = 12  # candidates searched for an exact sum (2**12 subsets at most)
PLACEMENT_FIELDS = ("batch", "assigned_on", "assigned_amount")  # file fields a placement keeps


@dataclass(frozen=True, slots=True)
class Paid:
    """A payment recorded here."""

    id: str
    paid_on: date
    amount_fen: int
    head_office: bool


# (file, batch, placed_on, placed_fen, paid_fen, last_paid_on): what a placement says;
# a file that says the same as an earlier one, whatever its name, adds no row
Said = tuple[Any, ...]


@dataclass
class LoanHistory:
    """A loan's payments here and what its earlier placements said and included."""

    payments: list[Paid] = field(default_factory=list)
    said: set[Said] = field(default_factory=set)  # without the file's name
    included: set[str] = field(default_factory=set)
    placed: bool = False  # has a placement that stated a repaid amount
    last_as_of: date | None = None  # the latest such placement's as-of day

    @property
    def paid_fen(self) -> int:
        return sum(p.amount_fen for p in self.payments)


def histories(session: Session, loan_ids: Sequence[str]) -> dict[str, LoanHistory]:
    """The payments and placements of these loans, in two reads."""
    out: dict[str, LoanHistory] = defaultdict(LoanHistory)
    for p in rows_in(session, "payment", "loan_id", loan_ids,
                     only=("id", "loan_id", "paid_on", "amount_fen", "reference")):  # fmt: skip
        out[p["loan_id"]].payments.append(Paid(
            p["id"], date.fromisoformat(str(p["paid_on"])), p["amount_fen"],
            is_head_office(p["reference"])))  # fmt: skip
    latest: dict[str, tuple[str, str]] = {}
    for r in rows_in(session, "placement", "loan_id", loan_ids,
                     only=("loan_id", "file", "batch", "placed_on", "placed_fen", "paid_fen",
                           "last_paid_on", "as_of", "matched", "created_at", "id")):  # fmt: skip
        h = out[r["loan_id"]]
        h.said.add(_said(r)[1:])
        h.included.update(json.loads(r["matched"] or "[]"))
        if r["paid_fen"] is None:  # a placement without a repaid amount matched nothing
            continue
        h.placed = True
        key = (str(r["created_at"]), r["id"])
        if key > latest.get(r["loan_id"], ("", "")):
            latest[r["loan_id"]] = key
            h.last_as_of = date.fromisoformat(str(r["as_of"]))
    return dict(out)


def _said(r: dict[str, Any]) -> Said:
    def text(v: Any) -> str | None:
        return None if v is None else str(v)

    return (r["file"], r["batch"], text(r["placed_on"]), r["placed_fen"], r["paid_fen"],
            text(r["last_paid_on"]))  # fmt: skip


@dataclass(frozen=True)
class Outcome:
    new_fen: int  # head office saw this much that no payment here accounts for
    matched: tuple[str, ...]  # payments here this file's repaid amount includes
    matched_fen: int = 0  # what those add up to


NOTHING = Outcome(0, ())


def reconcile_paid(
    history: LoanHistory,
    stated_fen: int | None,
    last_paid_on: date | None,
    as_of: date,
    window: int = WINDOW_DAYS,
) -> Outcome:
    """What a file's repaid amount adds to the payments here (see the module's words)."""
    if stated_fen is None:
        return NOTHING
    if not history.placed:  # before placements: every payment here counts as included
        local = [p for p in history.payments if not p.head_office]
        return Outcome(max(0, stated_fen - history.paid_fen), tuple(p.id for p in local),
                       sum(p.amount_fen for p in local))  # fmt: skip
    included = history.included
    counted = sum(p.amount_fen for p in history.payments if p.head_office or p.id in included)
    owed = stated_fen - counted
    if owed <= 0:
        return NOTHING
    around = last_paid_on or as_of
    reach = timedelta(days=window)
    since = around - reach
    if history.last_as_of is not None:
        since = min(since, history.last_as_of - reach)
    candidates = [
        p
        for p in history.payments
        if not p.head_office and p.id not in included and since <= p.paid_on <= around + reach
    ]
    chosen = pick(owed, candidates, around)
    found = sum(p.amount_fen for p in chosen)
    return Outcome(owed - found, tuple(p.id for p in chosen), found)


def pick(owed: int, candidates: Sequence[Paid], around: date) -> list[Paid]:
    """The payments that make up `owed`: the fewest whose amounts add up to it exactly,
    else as many as fit. Payments made by `around` (the file's last-payment day) are
    searched first: head office cannot have seen money that came after the last
    payment it names, so an exact sum of those beats a single payment made later.
    The payment nearest `around` (one made by then before one made after) is tried
    first, since head office names that day; then the oldest. Head office books
    payments as the money arrives, in the order they were made, so a file that has
    seen some of the payments here has seen the earliest: the later ones are the ones
    still on their way."""
    if not candidates:
        return []
    anchor = min(
        candidates,
        key=lambda p: (p.paid_on > around, abs((p.paid_on - around).days), p.paid_on, p.id),
    )
    rest = sorted((p for p in candidates if p is not anchor), key=lambda p: (p.paid_on, p.id))
    fitting = [p for p in [anchor, *rest] if p.amount_fen <= owed]
    made_by = [p for p in fitting if p.paid_on <= around]
    for pool in (made_by, fitting) if len(made_by) < len(fitting) else (fitting,):
        exact = _exact_sum(owed, pool)
        if exact is not None:
            return exact
    chosen, left = [], owed
    for p in fitting:
        if p.amount_fen <= left:
            chosen.append(p)
            left -= p.amount_fen
    return chosen


def _exact_sum(owed: int, ordered: Sequence[Paid]) -> list[Paid] | None:
    """The fewest of `ordered` (tried in order) whose amounts add up to `owed`."""
    if len(ordered) > EXACT_SEARCH_MAX:
        return None
    for size in range(1, len(ordered) + 1):
        for combo in combinations(ordered, size):
            if sum(p.amount_fen for p in combo) == owed:
                return list(combo)
    return None


def placement_said(
    file: str, extras: dict[str, Any], paid_fen: int | None, last_paid_on: date | None
) -> Said | None:
    """What a file's row says for a placement; None: nothing (no batch, placement or
    repaid amount)."""
    if paid_fen is None and not any(extras.get(k) is not None for k in PLACEMENT_FIELDS):
        return None
    placed_on = extras.get("assigned_on")
    batch = extras.get("batch")
    return (
        file[:128],
        None if batch in (None, "") else str(batch)[:64],
        None if placed_on is None else placed_on.isoformat(),
        extras.get("assigned_amount"),
        paid_fen,
        None if last_paid_on is None else last_paid_on.isoformat(),
    )


def placement_row(
    said: Said, loan_id: str, as_of: date, matched: Sequence[str], fact: dict[str, Any]
) -> dict[str, Any]:
    """The stored row (`fact`: id, created_at, collector_id, workstation_id)."""
    file, batch, placed_on, placed_fen, paid_fen, last_paid_on = said
    return {"loan_id": loan_id, "batch": batch, "placed_on": placed_on,
            "placed_fen": placed_fen, "as_of": as_of.isoformat(), "paid_fen": paid_fen,
            "last_paid_on": last_paid_on, "file": file,
            "matched": json.dumps(sorted(matched)) if matched else "[]", **fact}  # fmt: skip
