"""holidays: where each year's days off come from; import the State Council's notice."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from collector_desk.commands import open_desk


def register(sub: Any) -> None:
    p = sub.add_parser("holidays", help="holiday arrangements beyond the chinese_calendar package")
    hs = p.add_subparsers(dest="holidays_command", metavar="ACTION", required=True)

    q = hs.add_parser("show", help="the days off of a year and where they come from")
    q.add_argument("--year", type=int, default=date.today().year + 1)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show)

    q = hs.add_parser("import", help="import a year's arrangement file (the official notice)")
    q.add_argument("file", type=Path)
    q.set_defaults(func=cmd_import)

    q = hs.add_parser("rules", help="print a provisional file for a year, from the statutory rules")
    q.add_argument("--year", type=int, required=True)
    q.set_defaults(func=cmd_rules)


def cmd_show(args: argparse.Namespace) -> int:
    from collector_desk.services.holidays import days_off

    desk = open_desk(args)
    try:
        doc = days_off(desk, args.year)
    finally:
        desk.close()
    if args.json:
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{args.year}: {doc['source'].upper()}, from {doc['from']}")
    for day, name in doc["holidays"].items():
        print(f"  {day}  off      {name}")
    for day, name in doc["workdays"].items():
        print(f"  {day}  working  {name}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from collector_desk.services.holidays import ArrangementError, import_arrangement

    desk = open_desk(args)
    try:
        arranged, _ = import_arrangement(desk, args.file)
    except ArrangementError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        desk.close()
    kind = "provisional" if arranged.provisional else "official"
    print(
        f"imported {kind} {arranged.year}: {len(arranged.holidays)} days off, "
        f"{len(arranged.workdays)} make-up working days"
    )
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from collector_desk.domain.holidays import statutory_holidays

    arranged = statutory_holidays(args.year)
    if arranged is None:
        print(
            f"error: {args.year} is outside the lunar calendar's years (1901-2099)", file=sys.stderr
        )
        return 2
    sys.stdout.write(arranged.to_toml())
    return 0
