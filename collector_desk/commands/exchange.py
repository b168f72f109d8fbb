"""intake, report, assign, collectors (and, from commands/bundles.py, bundle and team-key).

Exit status: 0 done; 1 something refused (a bundle, a bad argument); 2 a file
could not be read at all (intake) or no team key is set up.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from collector_desk.commands import bundles, open_desk, table


def register(sub: Any) -> None:
    p = sub.add_parser("intake", help="load new and updated cases from a head-office .xlsx/.csv")
    p.add_argument("file", type=Path, nargs="?")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    p.add_argument(
        "--as-of",
        type=date.fromisoformat,
        help="the day the file's figures describe, YYYY-MM-DD (default: its own column, else today)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="refuse rows whose stated figures contradict each other, instead of warning",
    )
    p.add_argument(
        "--accept-identity-change",
        action="store_true",
        help="take a changed borrower name or ID number for a known contract (the old one is kept in the audit log)",
    )
    p.add_argument("--json", action="store_true", help="the report as one JSON document")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="take FIELD from the column HEADER (remembered for files like this one); "
        "FIELD empty ignores the column",
    )
    p.add_argument("--fields", action="store_true", help="list the fields a column can map to")
    p.set_defaults(func=cmd_intake)

    p = sub.add_parser("report", help="the day's worked cases, calls and promises (.xlsx or .csv)")
    p.add_argument(
        "out", type=Path, help="OUT.xlsx, or OUT.csv for OUT-cases.csv, OUT-calls.csv..."
    )
    p.add_argument("--day", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    p.add_argument("--collector", help="only this collector's work")
    p.add_argument("--force", action="store_true", help="overwrite files that exist")
    p.set_defaults(func=cmd_report)

    bundles.register(sub)

    p = sub.add_parser("assign", help="give cases to collectors")
    p.add_argument(
        "contracts", nargs="*", help="contract numbers (default with --spread: unassigned)"
    )
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--to", metavar="COLLECTOR", help="give the contracts to this collector")
    how.add_argument("--clear", action="store_true", help="take the contracts away from anyone")
    how.add_argument("--spread", metavar="C1,C2,...", help="deal cases out evenly")
    p.add_argument("--bucket", action="append", default=[], help="with --spread: only this bucket")
    p.add_argument("--dry-run", action="store_true", help="show the plan, write nothing")
    p.set_defaults(func=cmd_assign)

    p = sub.add_parser("collectors", help="the team roster")
    p.add_argument("--add", nargs=2, metavar=("ID", "NAME"), help="add or rename a member")
    p.add_argument("--role", default="collector", help="collector, supervisor or trainee")
    p.set_defaults(func=cmd_collectors)


def _fail(message: str, status: int = 1) -> int:
    print(f"collector-desk: {message}", file=sys.stderr)
    return status


def _print_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1, default=str)
    print()


# --- intake ----------------------------------------------------------------------------


def cmd_intake(args: argparse.Namespace) -> int:
    from collector_desk.exchange.intake import MappingIncomplete, Unreadable, run_intake
    from collector_desk.exchange.intake_fields import FIELDS

    if args.fields:
        sys.stdout.write(
            table(
                ("field", "required", "label", "headers it recognises"),
                [
                    (f.key, "yes" if f.required else "", f.label, ", ".join(f.aliases[:4]))
                    for f in FIELDS
                ],
            )
        )
        return 0
    if args.file is None:
        return _fail("intake needs the file to load", 2)
    mapping = {}
    known = {f.key for f in FIELDS}
    for item in args.map:
        header, sep, field = item.partition("=")
        if not sep:
            return _fail(f"--map wants HEADER=FIELD, got {item!r}", 2)
        if field.strip() and field.strip() not in known:
            return _fail(
                f"--map {item}: no field {field.strip()!r}; the fields are "
                f"{', '.join(sorted(known))} (`intake --fields` describes them)",
                2,
            )
        mapping[header.strip()] = field.strip()
    desk = open_desk(args)
    try:
        report = run_intake(
            desk,
            args.file,
            mapping=mapping or None,
            dry_run=args.dry_run,
            as_of=args.as_of,
            strict=args.strict,
            accept_identity_change=args.accept_identity_change,
        )
    except (Unreadable, MappingIncomplete) as exc:
        if args.json:
            _print_json(
                {"file": str(args.file), "error": getattr(exc, "code", ""), "reason": str(exc)}
            )
        return _fail(f"{args.file.name}: {exc}", 2)
    finally:
        desk.close()
    if args.json:
        _print_json(report.as_dict())
        return 0
    verb = "would be" if report.dry_run else "were"
    print(
        f"{args.file.name}: {report.rows} rows; {report.new} new and {report.updated} updated "
        f"contracts {verb} written, {report.unchanged} unchanged, {report.rejected} rows rejected, "
        f"{len(report.warnings)} warnings"
    )
    if report.payments_matched or report.payments_new:
        print(
            f"head office's repaid amounts: {report.payments_matched} payments here matched "
            f"({_yuan(report.matched_fen)}), {report.payments_new} head-office payments "
            f"{verb} written ({_yuan(report.new_fen)})"
        )
    _print_listed(report.problems, "problems")
    if report.warnings:
        print(f"warnings (imported by head office's figures as of {report.as_of}):")
    _print_listed(report.warnings, "warnings")
    return 0


# A file whose every row is wrong (a million of them) would print millions of lines:
# the terminal shows the first ones and how many more `--json` lists.
MAX_LISTED = 1000


def _print_listed(items: Sequence[Any], what: str) -> None:
    for p in items[:MAX_LISTED]:
        print(f"  row {p.row}, {p.column or '-'}: {p.message}")
    if len(items) > MAX_LISTED:
        print(f"  ... and {len(items) - MAX_LISTED:,} more {what}; --json lists them all")


def _yuan(fen: int) -> str:
    from collector_desk.domain.money import format_fen

    return format_fen(fen)


# --- report ----------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    from collector_desk.errors import OutputPathError
    from collector_desk.exchange.reports import write_daily_report
    from collector_desk.fsutil import check_output

    out: Path = args.out
    # The path given must be a file's, whatever name is then written: an existing folder
    # is refused, never taken as FOLDER.xlsx beside it.
    if out.is_dir():
        raise OutputPathError(f"{out} is a folder; give the name of a file to write")
    if out.suffix.lower() == ".csv":
        for part in ("cases", "calls", "promises"):
            check_output(out.with_name(f"{out.stem}-{part}.csv"), force=args.force)
    else:
        check_output(out if out.suffix else out.with_suffix(".xlsx"), force=args.force)
    desk = open_desk(args)
    try:
        done = write_daily_report(desk, args.out, args.day, collector=args.collector)
    finally:
        desk.close()
    counts = ", ".join(f"{n} {k}" for k, n in done.counts.items())
    for f in done.files:
        print(f)
    print(f"{done.day}: {counts}")
    return 0


# --- assignment ----------------------------------------------------------------------------


def cmd_assign(args: argparse.Namespace) -> int:
    from collector_desk.services import assignment

    desk = open_desk(args)
    try:
        with desk.read() as s:
            found = assignment.loans_by_contract(s, args.contracts)
        missing = sorted({c.strip().upper() for c in args.contracts} - set(found))
        if missing:
            return _fail(f"no such contract: {', '.join(missing)}")
        loans = list(found.values())
        try:
            if args.spread:
                if not loans:
                    desk.refresh_cases()
                    loans = assignment.unassigned(desk, args.bucket)
                plan = assignment.plan_spread(desk, loans, args.spread.split(","))
            else:
                plan = assignment.Plan({"" if args.clear else args.to: tuple(loans)})
            for who, given in plan.by_collector.items():
                money = plan.overdue_fen.get(who)
                extra = f", {_yuan(money)} overdue" if money is not None else ""
                print(f"{who or '(nobody)'}: {len(given)} cases{extra}")
            if not args.dry_run:
                assignment.apply_plan(desk, plan)
        except assignment.AssignmentError as exc:
            return _fail(str(exc))
    finally:
        desk.close()
    return 0


def cmd_collectors(args: argparse.Namespace) -> int:
    from collector_desk.domain.money import format_fen
    from collector_desk.services import assignment

    desk = open_desk(args)
    try:
        if args.add:
            try:
                assignment.add_member(desk, args.add[0], args.add[1], args.role)
            except assignment.AssignmentError as exc:
                return _fail(str(exc))
        members = assignment.team(desk)
        sys.stdout.write(
            table(
                ("id", "name", "role", "cases", "overdue (yuan)"),
                [
                    (m.id, m.name, m.role, m.cases, format_fen(m.overdue_fen, symbol=False))
                    for m in members
                ],
                right={3, 4},
            )
        )
    finally:
        desk.close()
    return 0
