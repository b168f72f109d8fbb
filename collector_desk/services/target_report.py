"""The Targets report's data: rates with their numerators and denominators, each
collector's figures, the month's flows and the flows month over month, and the
report's JSON (`collector-desk targets --json` prints it)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class KeptBy:
    """Promises due and over that a call with this objection or reason got."""

    code: str  # an objection "A".."G", or an overdue reason ("" when none was recorded)
    due: int
    kept: int
    part: int

    @property
    def kept_rate(self) -> Ratio:
        return Ratio(self.kept, self.due)


@dataclass(frozen=True, slots=True)
class StaffMeasures:
    """The course's staff-side causes of overdue, as rates (section 2)."""

    reminded_before_due: Ratio  # instalments due: a right-party call in the week before
    second_notice: Ratio  # failed debits: a call or SMS by the end of the next working day
    confirmed_on_day: Ratio  # promises due: a call or SMS on the loan on the promised day


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
    kept_by_objection: tuple[KeptBy, ...] = ()  # what works: objections met on the call
    kept_by_reason: tuple[KeptBy, ...] = ()  # what works: the recorded reason for overdue
    staff: StaffMeasures | None = None

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
class MonthFlows:
    """One month's flows: from the end of the month before to `end` (its last day, or
    the last day closed so far; None before any has)."""

    month: str
    end: date | None
    flows: tuple[Flow, ...]
    cure_by_count: Ratio
    cure_by_amount: Ratio

    def to_json(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "as_of": None if self.end is None else self.end.isoformat(),
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
    flows_as_of: date | None = None  # the month's flows hold to the end of this day
    trend: tuple[MonthFlows, ...] = ()  # month over month, oldest first, this month last

    def to_json(self) -> dict[str, Any]:
        def fig(f: CollectorFigures) -> dict[str, Any]:
            d = asdict(f)
            for k in ("contact_rate", "ptp_rate", "kept_rate", "part_kept"):
                d[k] = getattr(f, k).to_json()
            d["collected_vs_target"] = f.target_ratio.to_json()
            d["daily_collected"] = [list(p) for p in f.daily_collected]
            for k in ("kept_by_objection", "kept_by_reason"):
                d[k] = [
                    {
                        "code": x.code,
                        "due": x.due,
                        "kept": x.kept,
                        "part": x.part,
                        "kept_rate": x.kept_rate.to_json(),
                    }
                    for x in getattr(f, k)
                ]
            if f.staff is not None:
                d["staff"] = {
                    k: getattr(f.staff, k).to_json()
                    for k in ("reminded_before_due", "second_notice", "confirmed_on_day")
                }
            return d

        return {
            "month": self.month,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "as_of": self.as_of.isoformat(),
            "workdays_left": self.workdays_left,
            "team": fig(self.team),
            "collectors": [fig(c) for c in self.collectors],
            **{k: v for k, v in self.trend[-1].to_json().items() if k in ("flows", "cure")},
            "flows_as_of": None if self.flows_as_of is None else self.flows_as_of.isoformat(),
            "flow_trend": [m.to_json() for m in self.trend],
        }
