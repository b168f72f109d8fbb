"""The month's target figures as a workbook: figures per collector (every rate with its
numerator and denominator), roll and cure rates (the month's, and month over month),
what works, the staff-side measures.

Headers are English keys; the UI passes their translations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from collector_desk.exchange.reports import Sheet, write_xlsx
from collector_desk.services.targets import Ratio, TargetReport

FIGURE_HEADERS = (
    "Collector",
    "Name",
    "Calls",
    "Right-party contacts",
    "Contact rate",
    "Promises",
    "PTP rate",
    "Promises due",
    "Kept",
    "Kept rate",
    "Part-kept",
    "Part-kept rate",
    "Promised (yuan)",
    "Collected (yuan)",
    "Target (yuan)",
    "Of target",
    "Pace needed (yuan per working day)",
    "Kept target %",
)
FLOW_HEADERS = (
    "Movement",
    "Loans moved",
    "Loans",
    "Rate by count",
    "Amount moved (yuan)",
    "Amount (yuan)",
    "Rate by amount",
)
TREND_HEADERS = ("Month", "To the end of", *FLOW_HEADERS)
WORKS_HEADERS = ("Collector", "Kind", "Code", "Promises due", "Kept", "Part-kept", "Kept rate")
BAND_HEADERS = ("Collector", "Band at the end of last month", "Collected (yuan)")
STAFF_HEADERS = ("Collector", "Measure", "Numerator", "Denominator", "Rate")
HEADERS = (
    *FIGURE_HEADERS,
    *FLOW_HEADERS,
    "Month",
    "To the end of",
    "Roll month over month",
    *WORKS_HEADERS,
    *STAFF_HEADERS,
    "Band at the end of last month",
    "Collected by band",
    "Figures",
    "Roll and cure",
    "What works",
    "Staff measures",
    "Team",
    "Objection",
    "Reason for overdue",
    "Cured",
)


def _yuan(fen: int) -> float:
    return round(fen / 100, 2)


def _rate(r: Ratio) -> float | None:
    return None if r.rate is None else round(r.rate, 4)


def _flow_cells(label: str, by_count: Ratio, by_amount: Ratio) -> tuple[Any, ...]:
    return (
        label,
        by_count.numerator,
        by_count.denominator,
        _rate(by_count),
        _yuan(by_amount.numerator),
        _yuan(by_amount.denominator),
        _rate(by_amount),
    )


def sheets(
    report: TargetReport, headers: dict[str, str] | None = None, *, with_team: bool = True
) -> list[Sheet]:
    """`with_team`: the team's row after the collectors' (one collector's figures are
    their row alone)."""
    h = headers or {}
    rows: list[tuple[Any, ...]] = []
    everyone = [*report.collectors, report.team] if with_team else [*report.collectors]
    for f in everyone:
        rows.append(
            (
                f.collector_id or h.get("Team", "Team"),
                f.name,
                f.calls,
                f.contact_rate.numerator,
                _rate(f.contact_rate),
                f.ptp_rate.numerator,
                _rate(f.ptp_rate),
                f.kept_rate.denominator,
                f.kept_rate.numerator,
                _rate(f.kept_rate),
                f.part_kept.numerator,
                _rate(f.part_kept),
                _yuan(f.promised_fen),
                _yuan(f.collected_fen),
                _yuan(f.target_fen),
                _rate(f.target_ratio),
                _yuan(f.pace_fen),
                f.target_kept_pct,
            )
        )
    flows: list[tuple[Any, ...]] = [
        (
            f"{fl.from_bucket} → {fl.to_bucket}",
            fl.by_count.numerator,
            fl.by_count.denominator,
            _rate(fl.by_count),
            _yuan(fl.by_amount.numerator),
            _yuan(fl.by_amount.denominator),
            _rate(fl.by_amount),
        )
        for fl in report.flows
    ]
    flows.append(
        (
            h.get("Cured", "Cured"),
            report.cure_by_count.numerator,
            report.cure_by_count.denominator,
            _rate(report.cure_by_count),
            _yuan(report.cure_by_amount.numerator),
            _yuan(report.cure_by_amount.denominator),
            _rate(report.cure_by_amount),
        )
    )
    trend: list[tuple[Any, ...]] = []
    for m in report.trend:
        end = "" if m.end is None else m.end.isoformat()
        for label, by_count, by_amount in (
            *((f"{fl.from_bucket} → {fl.to_bucket}", fl.by_count, fl.by_amount) for fl in m.flows),
            (h.get("Cured", "Cured"), m.cure_by_count, m.cure_by_amount),
        ):
            trend.append((m.month, end, *_flow_cells(label, by_count, by_amount)))
    works: list[tuple[Any, ...]] = []
    staff: list[tuple[Any, ...]] = []
    for f in everyone:
        who = f.collector_id or h.get("Team", "Team")
        for kind, items in (
            ("Objection", f.kept_by_objection),
            ("Reason for overdue", f.kept_by_reason),
        ):
            for k in items:
                works.append(
                    (who, h.get(kind, kind), k.code, k.due, k.kept, k.part, _rate(k.kept_rate))
                )
        if f.staff is not None:
            for attr in ("reminded_before_due", "second_notice", "confirmed_on_day"):
                r = getattr(f.staff, attr)
                staff.append((who, h.get(attr, attr), r.numerator, r.denominator, _rate(r)))
    bands: list[tuple[Any, ...]] = [
        (f.collector_id or h.get("Team", "Team"), band, _yuan(fen))
        for f in everyone
        for band, fen in f.collected_by_band.items()
    ]
    return [
        Sheet("figures", "Figures", FIGURE_HEADERS, rows),
        Sheet("bands", "Collected by band", BAND_HEADERS, bands),
        Sheet("flows", "Roll and cure", FLOW_HEADERS, flows),
        Sheet("trend", "Roll month over month", TREND_HEADERS, trend),
        Sheet("works", "What works", WORKS_HEADERS, works),
        Sheet("staff", "Staff measures", STAFF_HEADERS, staff),
    ]


def write_targets_xlsx(
    path: Path,
    report: TargetReport,
    *,
    headers: dict[str, str] | None = None,
    with_team: bool = True,
) -> Path:
    out = path if path.suffix else path.with_suffix(".xlsx")
    write_xlsx(out, sheets(report, headers, with_team=with_team), headers)
    return out
