"""targets: the month's target-management figures; set a collector's target."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from collector_desk.commands import open_desk


def register(sub: Any) -> None:
    p = sub.add_parser(
        "targets", help="PTP, kept, contact, collected-vs-target, roll and cure rates"
    )
    p.add_argument("--month", default=date.today().strftime("%Y-%m"), help="YYYY-MM")
    p.add_argument("--collector", help="one collector's figures (staff code)")
    p.add_argument(
        "--json", action="store_true", help="one JSON document with numerators and denominators"
    )
    p.add_argument(
        "--set", metavar="YUAN", help="supervisor: set --collector's target amount for --month"
    )
    p.add_argument(
        "--kept-rate", type=int, default=0, help="with --set: kept-rate target in percent"
    )
    p.add_argument(
        "--rebuild",
        action="store_true",
        help="forget the stored totals and count them again from facts",
    )
    p.add_argument(
        "--from-facts",
        action="store_true",
        help="count straight from facts, not from the stored totals (slow at scale)",
    )
    p.set_defaults(func=cmd_targets)


def _pct(r: Any) -> str:
    return "-" if r.rate is None else f"{r.rate:6.1%} ({r.numerator}/{r.denominator})"


def _money_pct(r: Any) -> str:
    """A rate by amount: its numerator and denominator are fen, shown as yuan."""
    from collector_desk.domain.money import format_fen

    if r.rate is None:
        return "-"
    return f"{r.rate:6.1%} ({format_fen(r.numerator)}/{format_fen(r.denominator)})"


def cmd_targets(args: argparse.Namespace) -> int:
    from collector_desk.domain.money import fen_from_yuan_text, format_fen
    from collector_desk.services import target_counts, targets

    desk = open_desk(args)
    try:
        if args.set is not None:
            if not args.collector:
                print("error: --set needs --collector", file=sys.stderr)
                return 2
            try:
                amount = fen_from_yuan_text(args.set)
            except ValueError:
                print(f"error: --set {args.set!r}: an amount in yuan, e.g. 150000", file=sys.stderr)
                return 2
            targets.set_target(
                desk, args.collector, args.month, amount_fen=amount, kept_rate_pct=args.kept_rate
            )
        if args.rebuild:
            target_counts.rebuild(desk)
        rep = targets.report(desk, args.month, collector=args.collector, from_facts=args.from_facts)
    except targets.TargetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        desk.close()
    if args.json:
        json.dump(rep.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{rep.month} as of {rep.as_of}, {rep.workdays_left} working days left")
    for f in (*rep.collectors, rep.team):
        who = f"{f.collector_id} {f.name}" if f.collector_id else "team"
        print(
            f"{who:<16} calls {f.calls:>6}  contact {_pct(f.contact_rate)}  PTP {_pct(f.ptp_rate)}  "
            f"kept {_pct(f.kept_rate)}  part {_pct(f.part_kept)}  "
            f"collected {format_fen(f.collected_fen)} / {format_fen(f.target_fen)}"
            + (f"  pace {format_fen(f.pace_fen)}/day" if f.pace_fen else "")
        )
    for m in rep.trend:
        if m.end is None:
            continue
        for fl in m.flows:
            print(
                f"roll {m.month} {fl.from_bucket}->{fl.to_bucket}: {_pct(fl.by_count)} by count, "
                f"{_money_pct(fl.by_amount)} by amount (to {m.end})"
            )
    print(f"cure: {_pct(rep.cure_by_count)} by count, {_money_pct(rep.cure_by_amount)} by amount")
    team = rep.team
    if team.staff is not None:
        print(
            f"reached before the due date {_pct(team.staff.reminded_before_due)}  "
            f"second notice after a failed debit {_pct(team.staff.second_notice)}  "
            f"promise confirmed on its day {_pct(team.staff.confirmed_on_day)}"
        )
    for title, items in (
        ("objection", team.kept_by_objection),
        ("reason", team.kept_by_reason),
    ):
        for k in items:
            print(f"kept by {title} {k.code or '-':<15} {_pct(k.kept_rate)}  part {k.part}")
    return 0
