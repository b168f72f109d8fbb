"""worklist, payment, debit-results, contact-limits."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from collector_desk.commands import open_desk, table


def register(sub: Any) -> None:
    p = sub.add_parser(
        "worklist", help="today's plan: reminders, promises, overdue bands, callbacks"
    )
    p.add_argument("--on", type=date.fromisoformat, help="plan for this date (YYYY-MM-DD)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--all", action="store_true", help="every case, not only the collector's")
    who.add_argument("--collector", help="the cases assigned to this collector")
    p.add_argument("--json", action="store_true", help="one JSON document (default: text)")
    p.set_defaults(func=cmd_worklist)

    p = sub.add_parser("payment", help="record a payment on a case")
    p.add_argument("contract", help="contract number")
    p.add_argument("amount", help="amount in yuan, e.g. 1000.00")
    p.add_argument("--on", type=date.fromisoformat, help="payment date (default: today)")
    p.add_argument(
        "--channel",
        default="bank_transfer",
        help="auto_debit, bank_transfer, app, counter or other",
    )
    p.add_argument("--reference", default="", help="bank reference or receipt number")
    p.set_defaults(func=cmd_payment)

    p = sub.add_parser("debit-results", help="import the bank's debit result file (回盘 CSV)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_debit_results)

    p = sub.add_parser("contact-limits", help="show the contact limits, or change one (supervisor)")
    p.add_argument("--set", nargs=2, metavar=("NAME", "VALUE"))
    p.add_argument("--reason", default="", help="why (required to change a limit)")
    p.set_defaults(func=cmd_limits)


def _item(i: Any) -> dict[str, Any]:
    return {
        "kind": i.kind,
        "reason": i.reason,
        "contract_no": i.contract_no,
        "borrower": i.borrower_masked,
        "loan_id": i.loan_id,
        "ref": i.ref,
        "best_time": f"{i.window_start:%H:%M}-{i.window_end:%H:%M}",
        "tz": i.tz,
        "amount_fen": i.amount_fen,
        "band": i.band or None,
        "dpd": i.dpd,
        "done": i.done,
        "params": i.params,
    }


def cmd_worklist(args: argparse.Namespace) -> int:
    from collector_desk.domain.money import format_fen
    from collector_desk.services import worklist

    desk = open_desk(args)
    try:
        desk.refresh_cases()
        scope: str | bool | None = None if args.all else (args.collector or True)
        wl = worklist.build(desk, args.on, scope=scope)
    finally:
        desk.close()
    if args.json:
        json.dump(
            {
                "day": wl.day.isoformat(),
                "scope": wl.scope,
                "is_workday": wl.is_workday,
                "calendar_fallback_years": list(wl.fallback_years),
                "band_totals": wl.band_totals,
                "count": len(wl.items),
                "items": [_item(i) for i in wl.items],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
        return 0
    if wl.fallback_years:
        years = ", ".join(map(str, wl.fallback_years))
        print(f"warning: no official calendar for {years}; weekends only plus the days you added")
    if not wl.is_workday:
        print(f"{wl.day} is not a working day")
    sections: dict[str, list[Any]] = {}
    for i in wl.items:
        sections.setdefault(i.kind, []).append(i)
    for section, items in sections.items():
        print(f"\n[{section}] {len(items)}")
        sys.stdout.write(
            table(
                ("done", "best time", "contract", "borrower", "dpd", "amount (yuan)", "reason"),
                [
                    (
                        "x" if i.done else "",
                        f"{i.window_start:%H:%M}-{i.window_end:%H:%M}",
                        i.contract_no,
                        i.borrower_masked,
                        i.dpd,
                        format_fen(i.amount_fen, symbol=False),
                        i.reason,
                    )
                    for i in items
                ],
                right={4, 5},
            )
        )
    if wl.band_totals:
        print(
            "\noverdue cases per band: " + ", ".join(f"{b} {n}" for b, n in wl.band_totals.items())
        )
    return 0


def cmd_payment(args: argparse.Namespace) -> int:
    from collector_desk.domain.money import fen_from_yuan_text, format_fen
    from collector_desk.exchange.boundary import redact_numbers, redact_words
    from collector_desk.services import payments

    try:
        amount = fen_from_yuan_text(args.amount)
    except ValueError as exc:
        print(f"error: amount: {exc}", file=sys.stderr)
        return 2
    desk = open_desk(args)
    try:
        with desk.read() as s:
            loan = payments.loan_by_contract(s, args.contract)
            loan_id = loan.id if loan else None
        if loan_id is None:
            # On a team's server a collector's login sees its own cases and the pool only.
            mine = " among the cases this login may see" if desk.server_login else ""
            shown = redact_words(redact_numbers(args.contract))  # a phone typed by mistake
            print(f"error: no case with contract number {shown}{mine}", file=sys.stderr)
            return 1
        try:
            saved = payments.record_payment(  # waits its turn in Desk.unit()
                desk,
                loan_id,
                paid_on=args.on or desk.today(),
                amount_fen=amount,
                channel=args.channel,
                reference=args.reference,
            )
        except payments.PaymentRejected as exc:
            for e in exc.errors:
                print(f"error: {e.field}: {e.message}", file=sys.stderr)
            return 1
    finally:
        desk.close()
    print(
        f"payment recorded; outstanding {format_fen(saved.outstanding_fen)}, "
        f"promise {saved.promise_status}"
    )
    return 0


def cmd_debit_results(args: argparse.Namespace) -> int:
    from collector_desk.errors import UsageError
    from collector_desk.exchange.debit_results import import_debit_results

    # A file that cannot be read at all is a usage error (exit status 2), as for intake;
    # DebitFileError (encoding, no header, a missing column) reaches the top-level handler.
    path = Path(args.file)
    if not path.is_file():
        what = "it is a folder" if path.is_dir() else "no such file"
        raise UsageError(f"{path.name}: {what}; give the bank's debit result file (CSV)")
    desk = open_desk(args)
    try:
        try:
            report = import_debit_results(desk, path)
        except OSError as exc:
            raise UsageError(f"{path.name}: cannot read it: {exc.strerror}") from exc
    finally:
        desk.close()
    if args.json:
        json.dump(
            {
                "file": report.file,
                "rows": report.rows,
                "imported": report.imported,
                "successes": report.successes,
                "failures": report.failures,
                "already_imported": report.already_imported,
                "errors": [
                    {
                        "row": e.row,
                        "column": e.column,
                        "code": e.code,
                        "message": e.message,
                        "value": e.value,
                    }
                    for e in report.errors
                ],
                "warnings": [
                    {"row": e.row, "column": e.column, "code": e.code, "message": e.message}
                    for e in report.warnings
                ],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
    else:
        print(
            f"{report.file}: {report.rows} rows, {report.imported} imported "
            f"({report.successes} succeeded, {report.failures} failed), "
            f"{report.already_imported} already imported, {len(report.errors)} rejected"
        )
        for w in report.warnings:
            print(f"  warning: {w}")
        for e in report.errors:
            print(f"  {e}", file=sys.stderr)
    return 1 if report.errors else 0


def cmd_limits(args: argparse.Namespace) -> int:
    from collector_desk.domain.guardrails import LimitError
    from collector_desk.services import contact_rules

    desk = open_desk(args)
    try:
        if args.set:
            name, value = args.set
            try:
                contact_rules.set_limit(desk, name, value, reason=args.reason)
            except (LimitError, contact_rules.NotSupervisor, contact_rules.ReasonRequired) as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 1
        limits = contact_rules.current_limits(desk)
    finally:
        desk.close()
    for key, val in limits.as_dict().items():
        print(f"{key} = {val}")
    return 0
