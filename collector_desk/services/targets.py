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
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from collector_desk.domain.loan import BUCKET_ORDER, Bucket
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.errors import AppError
from collector_desk.services import audit
from collector_desk.services import target_counts as tc
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.services.target_report import (
    CollectorFigures as CollectorFigures,
)
from collector_desk.services.target_report import (
    Flow as Flow,
)
from collector_desk.services.target_report import (
    KeptBy as KeptBy,
)
from collector_desk.services.target_report import (
    MonthFlows as MonthFlows,
)
from collector_desk.services.target_report import (
    Ratio as Ratio,
)
from collector_desk.services.target_report import (
    StaffMeasures as StaffMeasures,
)
from collector_desk.services.target_report import (
    TargetReport as TargetReport,
)
from collector_desk.services.worklist_tasks import desk_tz, work_calendar
from collector_desk.store import target_figures as tf
from collector_desk.store import target_totals as tt
from collector_desk.store.models import Collector, CollectorTarget

AUDIT_KIND = "target_set"
RPC = tc.RPC
FLOWS = tuple(itertools.pairwise(BUCKET_ORDER))  # C→M1 … M3→M3+


class TargetError(AppError, ValueError):
    """A target that cannot be set; the message says which field and why, `code` (with
    `params`) is what the window words: target_bad_month (month),
    target_not_supervisor, target_negative, target_kept_rate, target_unknown_collector
    (collector: the staff code)."""


def parse_month(text: str) -> tuple[date, date]:
    try:
        first = datetime.strptime(text.strip(), "%Y-%m").date()
    except ValueError:
        raise TargetError(
            f"month {text!r}: write it as YYYY-MM, e.g. 2026-03",
            code="target_bad_month",
            month=text.strip(),
        ) from None
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
        raise TargetError(
            "only a supervisor sets targets (settings: role)", code="target_not_supervisor"
        )
    if amount_fen < 0:
        raise TargetError("amount: a target cannot be negative", code="target_negative")
    if not 0 <= kept_rate_pct <= 100:
        raise TargetError("kept rate: a percentage from 0 to 100", code="target_kept_rate")
    with desk.unit() as s:
        if s.get(Collector, collector_id) is None:
            raise TargetError(
                f"collector {collector_id!r}: not a member of the team",
                code="target_unknown_collector",
                collector=collector_id,
            )
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


def report(
    desk: Desk,
    month: str,
    *,
    collector: str | None = None,
    progress: Progress = NO_PROGRESS,
    from_facts: bool = False,
    describe: Callable[[str], str] = str,
) -> TargetReport:
    """The month's figures; `collector` limits them to one collector's (a collector sees
    their own, the supervisor the team). Read from the stored totals, which are counted
    from facts first where missing (`services.target_counts`); `from_facts` counts
    everything straight from facts instead (the same numbers, slowly at scale).
    `progress.step()` runs between the steps, so a cancel stops the count; `describe`
    turns a step's kind into the progress text."""
    first, last = parse_month(month)
    today = desk.today()
    as_of = max(first, min(last, today))
    with desk.read() as s:
        cal = work_calendar(s)
    sc = tc.Scope(
        first, last, as_of, today, collector, desk_tz(desk), cal, tc.windows_for(first, today)
    )
    from_facts = from_facts or not tc.may_store(desk)
    if not from_facts:
        tc.ensure(desk, sc, RPC, progress, describe)
    with desk.read() as s:
        with tt.cancel_when(s, lambda: progress.cancelled):
            counts = tc.live(s, sc, RPC) if from_facts else tc.stored(s, sc, RPC)
        names = tf.collector_names(s)
        goal = tf.month_targets(s, month)
    own = str(desk.setting("collector_name") or "").strip()
    if own and not names.get(desk.collector_id):  # a desk of its own, with no roster
        names[desk.collector_id] = own
    return _assemble(month, sc, counts, names, goal)


def _assemble(
    month: str,
    sc: tc.Scope,
    counts: tc.Counts,
    names: dict[str, str],
    goal: dict[str, tuple[int, int]],
) -> TargetReport:
    first, last, as_of, today, collector, cal = (
        sc.first, sc.last, sc.as_of, sc.today, sc.collector, sc.cal
    )  # fmt: skip
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for who, acts in counts.acts.items():
        for k, v in acts.items():
            per[who][k] += v
    outcomes: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for _day, who, objs, reason, due_n, kept_n, part_n, kept_fen in counts.promises:
        for k, v in (("due", due_n), ("kept", kept_n), ("part", part_n), ("kept_fen", kept_fen)):
            per[who][k] += v
        o = outcomes[(who, objs, reason)]
        for slot, v in enumerate((due_n, kept_n, part_n)):
            o[slot] += v
    daily: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    by_band: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for who, day, band, fen in counts.pays:
        daily[who][day] += fen
        by_band[who][tf.BANDS[band]] += fen

    def by_who(found: list[tc.DayRow]) -> dict[str, tuple[int, int]]:
        sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for _d, w, hit, n in found:
            sums[w][0] += hit
            sums[w][1] += n
        return {w: (h, n) for w, (h, n) in sums.items()}

    reminded, noticed, confirmed = (
        by_who(counts.reminded), by_who(counts.noticed), by_who(counts.confirmed)
    )  # fmt: skip
    trend = tuple(_month_flows(w.month, w.end, counts.moves.get(w.month, [])) for w in sc.windows)
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
        target = sum(goal[i][0] for i in ids if i in goal)
        kept_pct = goal[cid][1] if cid in goal else 0
        pace = -(-(target - collected) // len(left)) if left and target > collected else 0
        cumulative, running = [], 0
        d = first
        while d <= as_of:
            running += days.get(d, 0)
            cumulative.append((d.isoformat(), running))
            d += timedelta(days=1)

        def measure(found: dict[str, tuple[int, int]]) -> Ratio:
            return Ratio(
                sum(found.get(i, (0, 0))[0] for i in ids),
                sum(found.get(i, (0, 0))[1] for i in ids),
            )

        objections: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        reasons: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for (who, objs, reason), (due_n, kept_n, part_n) in sorted(outcomes.items()):
            if who not in ids:
                continue
            for code in [o for o in objs.split(",") if o] or [""]:
                for slot, v in enumerate((due_n, kept_n, part_n)):
                    objections[code][slot] += v
            for slot, v in enumerate((due_n, kept_n, part_n)):
                reasons[reason][slot] += v
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
            collected_by_band=dict(sorted(bands.items(), key=lambda kv: tf.BANDS.index(kv[0]))),
            daily_collected=tuple(cumulative),
            kept_by_objection=tuple(KeptBy(c, *v) for c, v in sorted(objections.items())),
            kept_by_reason=tuple(KeptBy(c, *v) for c, v in sorted(reasons.items())),
            staff=StaffMeasures(measure(reminded), measure(noticed), measure(confirmed)),
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
        flows=trend[-1].flows,
        cure_by_count=trend[-1].cure_by_count,
        cure_by_amount=trend[-1].cure_by_amount,
        flows_as_of=trend[-1].end,
        trend=trend,
    )


def _month_flows(
    month: str, end: date | None, moves: list[tuple[str, int, int, bool, int, int, int]]
) -> MonthFlows:
    """Flows and cures from the end of the month before to `end`, by count and amount."""
    flows_n: dict[tuple[Bucket, Bucket], list[int]] = {f: [0, 0, 0, 0] for f in FLOWS}
    cure = [0, 0, 0, 0]  # cured count, overdue count, cured amount, overdue amount
    for _who, band0, bucket1, settled0, n, out0, over0 in moves:
        bucket0 = _BAND_BUCKET[band0]
        if bucket0 < len(FLOWS) and not settled0:
            f = flows_n[FLOWS[bucket0]]
            f[1] += n
            f[3] += out0
            if bucket1 == bucket0 + 1:
                f[0] += n
                f[2] += out0
        if bucket0 > 0:
            cure[1] += n
            cure[3] += over0
            if bucket1 == 0:
                cure[0] += n
                cure[2] += over0
    return MonthFlows(
        month,
        end,
        tuple(
            Flow(a.value, b.value, Ratio(n[0], n[1]), Ratio(n[2], n[3]))
            for (a, b), n in flows_n.items()
        ),
        Ratio(cure[0], cure[1]),
        Ratio(cure[2], cure[3]),
    )


# band index (store.target_figures.BANDS) -> bucket index (BUCKET_ORDER)
_BAND_BUCKET = (0, 1, 1, 1, 2, 3, 4)
