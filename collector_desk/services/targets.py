"""Target management (course section 6): the month's figures per collector, from facts.

Everything is computed from calls, promises, payments and the loans' schedules,
never from cached rows, so a supervisor's merged database and a server give the
same figures. Every rate carries its numerator and denominator.

Definitions (also the tooltips of the Targets tab):

- contact rate: right-party contacts / calls made in the month;
- PTP rate: promises made / right-party contacts in the month;
- kept rate: promises kept / promises whose day fell in the month and is over;
  part-kept (something paid, less than promised) is counted apart;
- collected: payments received in the month on the collector's assigned loans,
  against the supervisor's target, with the pace needed per remaining working day;
- flow (roll) rate: loans in a bucket at the end of last month that are in the next
  bucket at the end of this month (or today), by count and by outstanding amount;
- cure rate: loans overdue at the end of last month that are current at the end of
  this month, by count and by overdue amount.

Calls and promises count for the collector who made them; payments, flows and
cures for the collector the loan is assigned to now.
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collector_desk.domain.call_flow import Disposition
from collector_desk.domain.loan import BUCKET_ORDER, Bucket, Instalment, position
from collector_desk.domain.promise import PromiseStatus, promise_standing
from collector_desk.services import audit
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.services.worklist_tasks import desk_tz, work_calendar
from collector_desk.store.models import (
    Call,
    Collector,
    CollectorTarget,
    Payment,
    Promise,
    Register,
)
from collector_desk.store.models import Instalment as InstalmentRow

AUDIT_KIND = "target_set"
RPC = tuple(d.value for d in Disposition if d.reached_borrower)
FLOWS = tuple(itertools.pairwise(BUCKET_ORDER))  # C→M1 … M3→M3+


class TargetError(ValueError):
    """A target that cannot be set; the message says which field and why."""


@dataclass(frozen=True, slots=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def to_json(self) -> dict[str, Any]:
        rate = self.rate
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "rate": None if rate is None else round(rate, 4),
        }


@dataclass(frozen=True)
class CollectorFigures:
    collector_id: str  # "" for the team
    name: str
    calls: int
    contact_rate: Ratio  # right-party contacts / calls
    ptp_rate: Ratio  # promises / right-party contacts
    kept_rate: Ratio  # kept / promises due
    part_kept: Ratio  # part-kept / promises due
    promised_fen: int
    collected_fen: int
    target_fen: int  # 0: no target set
    target_kept_pct: int
    pace_fen: int  # needed per remaining working day to reach the target (0 when reached)
    collected_by_band: dict[str, int] = field(default_factory=dict)
    daily_collected: tuple[tuple[str, int], ...] = ()  # (day, cumulative fen) for the trend

    @property
    def target_ratio(self) -> Ratio:
        return Ratio(self.collected_fen, self.target_fen)


@dataclass(frozen=True)
class Flow:
    from_bucket: str
    to_bucket: str
    by_count: Ratio
    by_amount: Ratio


@dataclass(frozen=True)
class TargetReport:
    month: str
    first: date
    last: date
    as_of: date  # the figures hold up to this day (today, for the current month)
    workdays_left: int
    collectors: tuple[CollectorFigures, ...]
    team: CollectorFigures
    flows: tuple[Flow, ...]
    cure_by_count: Ratio
    cure_by_amount: Ratio

    def to_json(self) -> dict[str, Any]:
        def fig(f: CollectorFigures) -> dict[str, Any]:
            d = asdict(f)
            for k in ("contact_rate", "ptp_rate", "kept_rate", "part_kept"):
                d[k] = getattr(f, k).to_json()
            d["collected_vs_target"] = f.target_ratio.to_json()
            d["daily_collected"] = [list(p) for p in f.daily_collected]
            return d

        return {
            "month": self.month,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "as_of": self.as_of.isoformat(),
            "workdays_left": self.workdays_left,
            "team": fig(self.team),
            "collectors": [fig(c) for c in self.collectors],
            "flows": [
                {
                    "from": f.from_bucket,
                    "to": f.to_bucket,
                    "by_count": f.by_count.to_json(),
                    "by_amount": f.by_amount.to_json(),
                }
                for f in self.flows
            ],
            "cure": {
                "by_count": self.cure_by_count.to_json(),
                "by_amount": self.cure_by_amount.to_json(),
            },
        }


def parse_month(text: str) -> tuple[date, date]:
    try:
        first = datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        raise TargetError(f"month {text!r}: write it as YYYY-MM, e.g. 2026-03") from None
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


# --- targets ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TargetView:
    collector_id: str
    month: str
    amount_fen: int
    kept_rate_pct: int
    set_by: str


def set_target(
    desk: Desk, collector_id: str, month: str, *, amount_fen: int, kept_rate_pct: int = 0
) -> ChangeSet:
    """The supervisor's target for one collector and month (last writer wins; audited)."""
    parse_month(month)
    if str(desk.settings().get("role")) != "supervisor":
        raise TargetError("only a supervisor sets targets (settings: role)")
    if amount_fen < 0:
        raise TargetError("amount: a target cannot be negative")
    if not 0 <= kept_rate_pct <= 100:
        raise TargetError("kept rate: a percentage from 0 to 100")
    with desk.unit() as s:
        if s.get(Collector, collector_id) is None:
            raise TargetError(f"collector {collector_id!r}: not a member of the team")
        key = f"{collector_id}/{month}"
        row = s.get(CollectorTarget, key)
        stamp = {"hlc": desk.hlc(), "origin": desk.workstation_id}
        before = None if row is None else (row.amount_fen, row.kept_rate_pct)
        if row is None:
            s.add(
                CollectorTarget(
                    id=key,
                    collector_id=collector_id,
                    month=month,
                    amount_fen=amount_fen,
                    kept_rate_pct=kept_rate_pct,
                    set_by=desk.collector_id,
                    **stamp,
                )
            )
        else:
            row.amount_fen, row.kept_rate_pct, row.set_by = (
                amount_fen,
                kept_rate_pct,
                desk.collector_id,
            )
            row.hlc, row.origin = stamp["hlc"], stamp["origin"]
        audit.record(
            s,
            desk,
            AUDIT_KIND,
            key,
            {"before": before, "amount_fen": amount_fen, "kept_rate_pct": kept_rate_pct},
        )
    return ChangeSet.of(ChangeKind.TEAM)


def targets(desk: Desk, month: str) -> list[TargetView]:
    with desk.read() as s:
        rows = s.scalars(select(CollectorTarget).where(CollectorTarget.month == month))
        return [
            TargetView(r.collector_id, r.month, r.amount_fen, r.kept_rate_pct, r.set_by)
            for r in sorted(rows, key=lambda r: r.collector_id)
        ]


# --- figures -----------------------------------------------------------------------------


def report(desk: Desk, month: str, *, collector: str | None = None) -> TargetReport:
    """The month's figures; `collector` limits them to one collector's (a collector sees
    their own, the supervisor the team)."""
    first, last = parse_month(month)
    tz = desk_tz(desk)
    today = desk.today()
    as_of = min(last, today)
    if as_of < first:
        as_of = first
    start = datetime.combine(first, time.min, tz).astimezone(UTC)
    end = datetime.combine(as_of + timedelta(days=1), time.min, tz).astimezone(UTC)
    with desk.read() as s:
        cal = work_calendar(s)
        names = {r.id: r.name for r in s.execute(select(Collector.id, Collector.name))}
        assigned = _assignments(s)
        facts = _LoanFacts.load(s)
        call_rows = list(
            s.execute(
                select(Call.collector_id, Call.disposition).where(
                    Call.created_at >= start, Call.created_at < end
                )
            )
        )
        made = list(
            s.execute(
                select(Promise.collector_id, Promise.amount_fen).where(
                    Promise.created_at >= start, Promise.created_at < end
                )
            )
        )
        due = list(s.scalars(select(Promise).where(Promise.promised_on.between(first, as_of))))
        goal = {
            r.collector_id: r
            for r in s.scalars(select(CollectorTarget).where(CollectorTarget.month == month))
        }
    # Promises: each one whose day fell in the month and is over is judged by the payments
    # made from its making to its day.
    per: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(int))
    for who, disp in call_rows:
        per[who]["calls"] += 1
        per[who]["rpc"] += disp in RPC
    for who, amount in made:
        per[who]["ptp"] += 1
        per[who]["promised_fen"] += amount
    for p in due:
        if p.promised_on >= today:
            continue  # its day is not over
        standing = promise_standing(
            made_on=p.made_on,
            promised_on=p.promised_on,
            amount_fen=p.amount_fen,
            payments=facts.payments.get(p.loan_id, []),
            today=today,
        )
        per[p.collector_id]["due"] += 1
        per[p.collector_id]["kept"] += standing.status is PromiseStatus.KEPT
        per[p.collector_id]["part"] += standing.status is PromiseStatus.PARTLY_KEPT
    # Payments, by the loan's assignee, its band at the start of the month, and day.
    before = first - timedelta(days=1)
    daily: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    by_band: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    flows_n: dict[tuple[Bucket, Bucket], list[int]] = {f: [0, 0, 0, 0] for f in FLOWS}
    cure = [0, 0, 0, 0]  # cured count, overdue count, cured amount, overdue amount
    for loan, sched in facts.schedules.items():
        who = assigned.get(loan, "")
        if collector is not None and who != collector:
            continue
        pays = facts.payments.get(loan, [])
        p0 = position(sched, pays, before)
        p1 = position(sched, pays, as_of)
        for d, amount in pays:
            if first <= d <= as_of:
                daily[who][d] += amount
                by_band[who][p0.band] += amount
        for f in FLOWS:
            if p0.bucket is f[0] and not p0.settled:
                n = flows_n[f]
                n[1] += 1
                n[3] += p0.outstanding_fen
                if p1.bucket is f[1]:
                    n[0] += 1
                    n[2] += p0.outstanding_fen
        if p0.bucket is not Bucket.C:
            cure[1] += 1
            cure[3] += p0.overdue_fen
            if p1.bucket is Bucket.C:
                cure[0] += 1
                cure[2] += p0.overdue_fen
    left = list(cal.workdays_between(max(today, first), last)) if today <= last else []
    who_all = sorted(
        ({collector} if collector is not None else set(per) | set(daily) | set(goal)) - {""}
    )

    def figures(ids: list[str], cid: str, name: str) -> CollectorFigures:
        n: dict[str, int] = defaultdict(int)
        for i in ids:
            for k, v in per.get(i, {}).items():
                n[k] += v
        days: dict[date, int] = defaultdict(int)
        bands: dict[str, int] = defaultdict(int)
        for i in ids:
            for d, v in daily.get(i, {}).items():
                days[d] += v
            for b, v in by_band.get(i, {}).items():
                bands[b] += v
        collected = sum(days.values())
        target = sum(goal[i].amount_fen for i in ids if i in goal)
        kept_pct = goal[cid].kept_rate_pct if cid in goal else 0
        pace = -(-(target - collected) // len(left)) if left and target > collected else 0
        cumulative, running = [], 0
        d = first
        while d <= as_of:
            running += days.get(d, 0)
            cumulative.append((d.isoformat(), running))
            d += timedelta(days=1)
        return CollectorFigures(
            collector_id=cid,
            name=name,
            calls=n["calls"],
            contact_rate=Ratio(n["rpc"], n["calls"]),
            ptp_rate=Ratio(n["ptp"], n["rpc"]),
            kept_rate=Ratio(n["kept"], n["due"]),
            part_kept=Ratio(n["part"], n["due"]),
            promised_fen=n["promised_fen"],
            collected_fen=collected,
            target_fen=target,
            target_kept_pct=kept_pct,
            pace_fen=pace,
            collected_by_band=dict(sorted(bands.items())),
            daily_collected=tuple(cumulative),
        )

    rows = tuple(figures([c], c, names.get(c, c)) for c in who_all)
    team_ids = who_all if collector is not None else [*who_all, ""]
    team = figures(team_ids, "", "")
    return TargetReport(
        month=month,
        first=first,
        last=last,
        as_of=as_of,
        workdays_left=len(left),
        collectors=rows,
        team=team,
        flows=tuple(
            Flow(a.value, b.value, Ratio(n[0], n[1]), Ratio(n[2], n[3]))
            for (a, b), n in flows_n.items()
        ),
        cure_by_count=Ratio(cure[0], cure[1]),
        cure_by_amount=Ratio(cure[2], cure[3]),
    )


def _assignments(s: Session) -> dict[str, str]:
    rows = s.execute(
        select(Register.entity_id, Register.value).where(
            Register.entity == "loan", Register.field == "assigned_to"
        )
    )
    return {loan: str(json.loads(v) or "") for loan, v in rows}


@dataclass
class _LoanFacts:
    schedules: dict[str, list[Instalment]]
    payments: dict[str, list[tuple[date, int]]]

    @classmethod
    def load(cls, s: Session) -> _LoanFacts:
        """Every loan's schedule and payments, one scan of each table."""
        scheds: dict[str, list[Instalment]] = defaultdict(list)
        for loan, seq, due_on, amount in s.execute(
            select(
                InstalmentRow.loan_id,
                InstalmentRow.seq,
                InstalmentRow.due_on,
                InstalmentRow.amount_fen,
            )
        ):
            scheds[loan].append(Instalment(seq, due_on, amount))
        pays: dict[str, list[tuple[date, int]]] = defaultdict(list)
        for loan, paid_on, amount in s.execute(
            select(Payment.loan_id, Payment.paid_on, Payment.amount_fen)
        ):
            pays[loan].append((paid_on, amount))
        return cls(dict(scheds), dict(pays))
