"""Who works which case: the team roster, assignment by hand, and even spreading.

A case's collector is the register ("loan", id, "assigned_to"): last writer
wins, so a supervisor's reassignment reaches every workstation through bundles
and a concurrent one is kept as a conflict. case_state.assigned_to mirrors the
register in the same unit of work, through the store's set-based case_state
writer (the assignment is all a refresh of those loans would change). Buckets
are DPD ranges over the stored due date, as the case list filters them.

Spreading deals the cases of each bucket out in a snake order over the
collectors, largest overdue amount first (1, 2, 3, 3, 2, 1, ...), so everyone
gets about as many cases of each bucket and about as much money to collect.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from collector_desk.domain.loan import BUCKET_ORDER, bucket_for_dpd
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.services import registers, target_counts
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.store import derived, locks
from collector_desk.store.models import CaseState, Collector, Loan, Register

ROLES = ("collector", "supervisor", "trainee")
CHUNK = 500


class AssignmentError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    name: str
    role: str
    cases: int = 0
    overdue_fen: int = 0


@dataclass(frozen=True)
class Plan:
    """Which loans go to whom; `apply_plan` writes it."""

    by_collector: dict[str, tuple[str, ...]]
    overdue_fen: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.by_collector.values())


def team(desk: Desk) -> list[Member]:
    """The roster with each member's current cases and overdue total."""
    with desk.read() as s:
        load = {
            r.assigned_to: (r.n, r.overdue or 0)
            for r in s.execute(
                select(
                    CaseState.assigned_to,
                    func.count().label("n"),
                    func.sum(CaseState.overdue_fen).label("overdue"),
                ).group_by(CaseState.assigned_to)
            )
        }
        rows = list(s.execute(select(Collector.id, Collector.name, Collector.role)))
    members = [Member(r.id, r.name, r.role, *load.get(r.id, (0, 0))) for r in rows]
    return sorted(members, key=lambda m: (m.role != "collector", m.id))


def add_member(desk: Desk, collector_id: str, name: str, role: str = "collector") -> ChangeSet:
    collector_id, name = collector_id.strip(), name.strip()
    if not collector_id or len(collector_id) > 32:
        raise AssignmentError("bad_id", "a staff code has 1 to 32 characters")
    if role not in ROLES:
        raise AssignmentError("bad_role", f"the role is one of {', '.join(ROLES)}")
    with desk.unit() as s:
        row = s.get(Collector, collector_id)
        stamp = {"hlc": desk.hlc(), "origin": desk.workstation_id}
        if row is None:
            s.add(Collector(id=collector_id, name=name or collector_id, role=role, **stamp))
        elif (row.name, row.role) != (name or row.name, role):
            row.name, row.role = name or row.name, role
            row.hlc, row.origin = stamp["hlc"], stamp["origin"]
    return ChangeSet.of(ChangeKind.TEAM)


def loans_by_contract(session: Session, contracts: Iterable[str]) -> dict[str, str]:
    wanted = sorted({c.strip().upper() for c in contracts})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start : start + CHUNK]
        found.update(
            (r.contract_no, r.id)
            for r in session.execute(
                select(Loan.contract_no, Loan.id).where(Loan.contract_no.in_(part))
            )
        )
    return found


def unassigned(desk: Desk, buckets: Iterable[str] = ()) -> list[str]:
    from collector_desk.services.cases import CaseQuery, where_clause

    query = CaseQuery(buckets=frozenset(buckets), assigned_to="")
    with desk.read() as s:
        stmt = select(CaseState.loan_id).where(*where_clause(query, desk.today()))
        return list(s.scalars(stmt.order_by(CaseState.loan_id)))


def deal(
    by_bucket: Mapping[str, Sequence[tuple[int, str]]], people: Sequence[str]
) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Loans (overdue fen, loan id) per bucket dealt to `people`: in every bucket each
    person gets the same number of cases to one, and so in total; amounts are spread
    by a snake draft over full rounds, largest first. Returns (loans, money) per person."""
    order = {b.value: i for i, b in enumerate(BUCKET_ORDER)}
    out: dict[str, list[str]] = {p: [] for p in people}
    money: dict[str, int] = dict.fromkeys(people, 0)
    k = len(people)
    for bucket in sorted(by_bucket, key=lambda b: (-order.get(b, -1), b)):
        loans = sorted(by_bucket[bucket], key=lambda t: (-t[0], t[1]))
        # Whoever has the fewest cases so far (then the least money) comes first.
        seats = sorted(people, key=lambda p: (len(out[p]), money[p], people.index(p)))
        full = len(loans) - len(loans) % k
        for turn, (overdue, loan_id) in enumerate(loans):
            if turn < full:
                lap, seat = divmod(turn, k)
                who = seats[seat if lap % 2 == 0 else k - 1 - seat]
            else:  # the part round (smallest amounts) to the first seats: the fewest
                who = seats[turn - full]
            out[who].append(loan_id)
            money[who] += overdue
    return out, money


def plan_spread(desk: Desk, loan_ids: Sequence[str], collectors: Sequence[str]) -> Plan:
    """Deal `loan_ids` out over `collectors`, evenly per bucket and by overdue amount."""
    people = list(dict.fromkeys(c.strip() for c in collectors if c.strip()))
    if not people:
        raise AssignmentError("no_collectors", "choose at least one collector")
    by_bucket: dict[str, list[tuple[int, str]]] = defaultdict(list)
    today = desk.today()
    with desk.read() as s:
        ids = list(dict.fromkeys(loan_ids))
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            for r in s.execute(
                select(
                    CaseState.loan_id, CaseState.oldest_unpaid_due_on, CaseState.overdue_fen
                ).where(CaseState.loan_id.in_(part))
            ):
                dpd = max(0, (today - r.oldest_unpaid_due_on).days)
                by_bucket[bucket_for_dpd(dpd).value].append((r.overdue_fen, r.loan_id))
    out, money = deal(by_bucket, people)
    return Plan({p: tuple(v) for p, v in out.items()}, money)


def assign(
    desk: Desk, loan_ids: Sequence[str], collector_id: str, *, progress: Progress = NO_PROGRESS
) -> ChangeSet:
    """Give these loans to one collector ("" takes them away from anyone)."""
    return apply_plan(desk, Plan({collector_id: tuple(loan_ids)}), progress=progress)


def apply_plan(desk: Desk, plan: Plan, *, progress: Progress = NO_PROGRESS) -> ChangeSet:
    """Write every assignment of the plan in one unit of work. On a server, two
    supervisors' overlapping plans lock loans in different orders: the one the
    server picks as a deadlock's victim runs again (`locks.retrying`)."""
    return locks.retrying(lambda: _apply_plan(desk, plan, progress))


def _apply_plan(desk: Desk, plan: Plan, progress: Progress) -> ChangeSet:
    touched: list[str] = []
    done = 0
    with desk.unit() as s:
        known = {r.id for r in s.execute(select(Collector.id))}
        for who, loans in plan.by_collector.items():
            if who and who not in known and who != desk.collector_id:
                raise AssignmentError("unknown_collector", f"{who} is not on the team")
            for start in range(0, len(loans), CHUNK):
                part = list(loans[start : start + CHUNK])
                # a save on one of these cases writes its cached state from the
                # assignment it read: it must not be read between ours and our commit
                locks.lock_loans(s, part)
                _put_many(s, desk, part, who)
                done += len(part)
                progress.step(done, plan.total, who)
                touched += part
        target_counts.forget_loans(s)  # the Targets totals by assignee are counted again
    return ChangeSet.of(ChangeKind.CASE, ChangeKind.ASSIGNMENT, loans=touched)


def _put_many(session: Session, desk: Desk, loan_ids: list[str], who: str) -> None:
    text = json.dumps(who, ensure_ascii=False, sort_keys=True)
    current = {
        r.entity_id: r.value
        for r in session.execute(
            select(Register.entity_id, Register.value).where(
                Register.entity == "loan",
                Register.field == "assigned_to",
                Register.entity_id.in_(loan_ids),
            )
        )
    }
    stamp = desk.hlc()
    fresh = [i for i in loan_ids if i not in current]
    if fresh:
        session.execute(
            insert(Register),
            [
                {"entity": "loan", "entity_id": i, "field": "assigned_to", "value": text,
                 "hlc": stamp, "origin": desk.workstation_id}
                for i in fresh
            ],
        )  # fmt: skip
    for loan_id, value in current.items():
        if value != text:
            registers.put(session, desk, "loan", loan_id, "assigned_to", who)
    derived.set_assigned(session, loan_ids, who)
