"""check, restore, cases, demo."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from collector_desk.commands import open_desk, table


def register(sub: Any) -> None:
    p = sub.add_parser("check", help="verify the database, resources and translations")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "restore",
        help="list the database's backups, or go back to one (the file it replaces is kept)",
    )
    p.add_argument(
        "backup", nargs="?", help="the number `restore` lists, or a backup file (default: list)"
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("cases", help="print the case list with derived fields")
    p.add_argument("--json", action="store_true", help="one JSON document (default: a table)")
    p.add_argument(
        "--bucket", action="append", default=[], help="C, M1, M2, M3, M3+ or a band like M1-1-5"
    )
    p.add_argument("--search", default="", help="name, contract number, phone or ID tail")
    p.add_argument("--batch", default="", help="head office's batch (批次号) the cases are in now")
    p.add_argument("--limit", type=int, default=0, help="at most this many (0: all)")
    p.set_defaults(func=cmd_cases)

    p = sub.add_parser("demo", help="fill an empty database with a demo portfolio")
    p.add_argument("--cases", type=int, default=240)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--force", action="store_true", help="add the demo even if cases exist")
    p.set_defaults(func=cmd_demo)


def cmd_check(args: argparse.Namespace) -> int:
    from collector_desk.services.health import run_checks

    results = run_checks(args.data_dir, getattr(args, "database_url", None))
    from collector_desk.ui.shell.selfcheck import qt_checks  # plugins, Qt translations, window

    results += qt_checks()
    failed = [r for r in results if not r.ok]
    for r in results:
        label = "FAIL" if not r.ok else "warn" if r.warning else "ok  "
        print(f"{label} {r.name}: {r.detail}")
    if failed:
        print(f"{len(failed)} check(s) failed", file=sys.stderr)
        return 1
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from collector_desk.errors import UsageError
    from collector_desk.paths import data_dir
    from collector_desk.store import backup
    from collector_desk.store.db import DB_FILENAME

    folder = data_dir(args.data_dir)
    saved = backup.listing(folder / "backups")
    if args.backup is None:
        if not saved:
            print(f"no backups in {folder / 'backups'}")
            return 1
        for n, b in enumerate(saved, start=1):
            when = b.taken.strftime("%Y-%m-%d %H:%M:%S UTC") if b.taken else "?"
            state = backup.verify(b.path) or "ok"
            print(f"{n:>3}  {when}  {b.reason:<28} {b.size:>12,} bytes  {state}")
        print("restore one with `collector-desk restore N` (close the app first)")
        return 0
    if args.backup.isdigit():
        n = int(args.backup)
        if not 1 <= n <= len(saved):
            raise UsageError(f"no backup number {n}; `collector-desk restore` lists {len(saved)}")
        chosen = saved[n - 1].path
    else:
        chosen = Path(args.backup)
        if not chosen.is_file():
            raise UsageError(f"no such backup file: {chosen}")
    kept = backup.restore(folder / DB_FILENAME, chosen)
    print(f"restored {chosen.name} as the database in {folder}")
    if kept is not None:
        print(f"the file it replaced is kept as {kept.name}")
    return 0


def cmd_cases(args: argparse.Namespace) -> int:
    from collector_desk.services import cases

    desk = open_desk(args)
    try:
        desk.refresh_cases()
        query = cases.CaseQuery(
            buckets=frozenset(args.bucket), search=args.search, batch=args.batch.strip()
        )
        rows: list[cases.CaseRow] = []
        after = None
        while True:
            page = cases.page(desk, query, after=after, limit=1000)
            rows += page
            if len(page) < 1000 or (args.limit and len(rows) >= args.limit):
                break
            after = page[-1].key
        if args.limit:
            rows = rows[: args.limit]
        _print_cases(rows, desk.today().isoformat(), as_json=args.json)
    finally:
        desk.close()
    return 0


def _print_cases(rows: list[Any], today: str, *, as_json: bool) -> None:
    from collector_desk.domain.money import format_fen

    if as_json:
        out = []
        for r in rows:
            d = asdict(r)
            d.pop("sort_value", None)
            d["promise_on"] = r.promise_on.isoformat() if r.promise_on else None
            out.append(d)
        doc = {"today": today, "count": len(out), "cases": out}
        text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    else:
        text = table(
            ("contract", "borrower", "bucket", "dpd", "overdue (yuan)", "promise"),
            [
                (
                    r.contract_no,
                    r.borrower_masked,
                    r.bucket,
                    r.dpd,
                    format_fen(r.overdue_fen, symbol=False),
                    r.promise_status,
                )
                for r in rows
            ],
            right={3, 4},
        )
    if as_json:  # JSON is UTF-8 whatever the console's code page
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:  # a closed pipe (`| head`) is handled by cli
        sys.stdout.write(text)


def cmd_demo(args: argparse.Namespace) -> int:
    from collector_desk.services.demo import create_demo

    desk = open_desk(args)
    try:
        made = create_demo(desk, cases=args.cases, seed=args.seed, force=args.force)
    finally:
        desk.close()
    if made == 0:
        print("the database already has cases; use --force to add the demo anyway")
        return 1
    print(f"created {made} demo cases in {desk.data_dir}")
    return 0
