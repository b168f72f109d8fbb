"""qa: the supervisor's daily QA of notes, call outcomes and SMS texts."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from collector_desk.commands import english, open_desk, table


def register(sub: Any) -> None:
    p = sub.add_parser(
        "qa",
        help="judge every note, call outcome and SMS of a day (whole team) against the rules",
    )
    p.add_argument("--day", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    p.add_argument("--json", action="store_true", help="one JSON document")
    p.add_argument("--out", type=Path, help="also write the flagged items to this .xlsx")
    p.add_argument("--force", action="store_true", help="with --out: overwrite the file")
    p.add_argument(
        "--learned",
        action="store_true",
        help="add the learned back-off's findings (rule learned.*, to be confirmed by a reviewer) even where the team setting language_learned is off",
    )
    p.set_defaults(func=cmd_qa)


def cmd_qa(args: argparse.Namespace) -> int:
    from collector_desk.fsutil import check_output
    from collector_desk.services.qa import daily_qa

    if args.out is not None:
        check_output(
            args.out if args.out.suffix else args.out.with_suffix(".xlsx"), force=args.force
        )
    desk = open_desk(args)
    try:
        report = daily_qa(desk, args.day or desk.today(), learned=args.learned or None)
    finally:
        desk.close()
    lang = "en" if english(args) else "zh"
    if args.out is not None:
        from collector_desk.exchange.qa_report import write_qa_xlsx

        written = write_qa_xlsx(args.out, report, lang=lang)
        print(written, file=sys.stderr if args.json else sys.stdout)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    read = ", ".join(f"{n} {k}" for k, n in report.checked.items())
    print(f"{report.day}: read {read}; {report.flagged_items} flagged")
    if report.flags:
        en = lang == "en"
        rows = [
            (
                f.local_time,
                f.collector_id,
                f.contract_no,
                f.borrower_masked,
                f.kind,
                f.category_en if en else f.category_zh,
                f.rule,
                f.text,
            )
            for f in report.flags
        ]
        headers = ("time", "who", "contract", "borrower", "kind", "category", "rule", "text")
        sys.stdout.write(table(headers, rows))
    return 0
