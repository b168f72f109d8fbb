"""intake, report, bundle, team-key, assign, collectors.

Exit status: 0 done; 1 something refused (a bundle, a bad argument); 2 a file
could not be read at all (intake) or no team key is set up.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from collector_desk.commands import open_desk

PASSPHRASE_ENV = "COLLECTOR_DESK_PASSPHRASE"


def register(sub: Any) -> None:
    p = sub.add_parser("intake", help="load new and updated cases from a head-office .xlsx/.csv")
    p.add_argument("file", type=Path, nargs="?")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
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
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("bundle", help="sync bundles between workstations")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    e = bsub.add_parser("export", help="write a bundle of this workstation's work")
    e.add_argument("out", type=Path)
    e.add_argument("--all", action="store_true", help="everything, not only what is new")
    e.add_argument("--for", dest="for_collector", metavar="COLLECTOR",
                   help="an assignment bundle: that collector's cases")  # fmt: skip
    e.add_argument("--encrypt", action="store_true", help="ask for a passphrase and encrypt")
    _key_args(e)
    e.set_defaults(func=cmd_bundle_export)
    i = bsub.add_parser("import", help="import bundles from other workstations")
    i.add_argument("files", type=Path, nargs="+")
    _key_args(i)
    i.set_defaults(func=cmd_bundle_import)
    d = bsub.add_parser("digest", help="a fingerprint of the synced data, to compare workstations")
    d.set_defaults(func=cmd_bundle_digest)
    c = bsub.add_parser("conflicts", help="concurrent changes that lost (kept for review)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_bundle_conflicts)

    p = sub.add_parser("team-key", help="the key that signs the team's bundles")
    ksub = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    k = ksub.add_parser("new", help="write a fresh team key to FILE")
    k.add_argument("file", type=Path)
    k.add_argument("--force", action="store_true", help="overwrite FILE")
    k.add_argument("--use", action="store_true", help="also keep it as this workstation's key")
    k.set_defaults(func=cmd_key_new)
    k = ksub.add_parser("set", help="keep the key in FILE as this workstation's team key")
    k.add_argument("file", type=Path)
    k.set_defaults(func=cmd_key_set)
    k = ksub.add_parser("show", help="the key id of this workstation's team key")
    k.set_defaults(func=cmd_key_show)

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


def _key_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--team-key-file", type=Path, help="the team key (default: this workstation's)")
    p.add_argument("--passphrase-file", type=Path, help=f"the passphrase (or ${PASSPHRASE_ENV})")
    p.add_argument("--json", action="store_true")


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
        for f in FIELDS:
            print(
                f"{f.key:<20} {'required' if f.required else '':<9} {f.label}: {', '.join(f.aliases[:4])}"
            )
        return 0
    if args.file is None:
        return _fail("intake needs the file to load", 2)
    mapping = {}
    for item in args.map:
        header, sep, field = item.partition("=")
        if not sep:
            return _fail(f"--map wants HEADER=FIELD, got {item!r}")
        mapping[header.strip()] = field.strip()
    desk = open_desk(args)
    try:
        report = run_intake(desk, args.file, mapping=mapping or None, dry_run=args.dry_run)
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
        f"contracts {verb} written, {report.unchanged} unchanged, {report.rejected} rows rejected"
    )
    for p in report.problems:
        print(f"  row {p.row}, {p.column or '-'}: {p.message}")
    return 0


# --- report ----------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    from collector_desk.exchange.reports import write_daily_report

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


# --- bundles ---------------------------------------------------------------------------


def _team_key(args: argparse.Namespace, desk: Any) -> Any:
    from collector_desk.exchange.teamkey import KeyStore, TeamKey

    if args.team_key_file:
        return TeamKey.from_file(args.team_key_file)
    key = KeyStore(desk.data_dir, desk.workstation_id).load()
    if key is None:
        raise LookupError(
            "this workstation has no team key: `collector-desk team-key set FILE` with the "
            "supervisor's key file, or pass --team-key-file"
        )
    return key


def _passphrase(args: argparse.Namespace, *, ask: bool) -> str | None:
    if args.passphrase_file:
        return args.passphrase_file.read_text(encoding="utf-8-sig").strip("\r\n")
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if ask:
        import getpass

        first = getpass.getpass("passphrase: ")
        if first != getpass.getpass("again: "):
            raise ValueError("the two passphrases differ")
        return first
    return None


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from collector_desk.exchange.bundle_out import ASSIGNMENT, CHANGES, EVERYTHING, export_bundle
    from collector_desk.exchange.teamkey import TeamKeyError

    desk = open_desk(args)
    try:
        try:
            key = _team_key(args, desk)
            phrase = _passphrase(args, ask=args.encrypt)
        except (LookupError, TeamKeyError) as exc:
            return _fail(str(exc), 2)
        except ValueError as exc:
            return _fail(str(exc))
        kind = ASSIGNMENT if args.for_collector else EVERYTHING if args.all else CHANGES
        done = export_bundle(desk, args.out, key, kind=kind, for_collector=args.for_collector,
                             passphrase=phrase)  # fmt: skip
    finally:
        desk.close()
    if args.json:
        _print_json({"file": str(done.path), "bundle_id": done.bundle_id, "kind": done.kind,
                     "bytes": done.size, "encrypted": done.encrypted, "counts": done.counts})  # fmt: skip
    else:
        rows = ", ".join(f"{n} {t}" for t, n in done.counts.items())
        print(f"{done.path}: {done.size:,} bytes{' (encrypted)' if done.encrypted else ''}; {rows}")
        if done.empty:
            print("nothing new since the last export")
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from collector_desk.exchange.bundle_in import import_bundle
    from collector_desk.exchange.envelope import BundleRefused
    from collector_desk.exchange.teamkey import TeamKeyError

    desk = open_desk(args)
    results: list[dict[str, Any]] = []
    refused = 0
    try:
        try:
            key = _team_key(args, desk)
        except (LookupError, TeamKeyError) as exc:
            return _fail(str(exc), 2)
        phrase = _passphrase(args, ask=False)
        for path in args.files:
            try:
                got = import_bundle(desk, path, key, phrase)
            except BundleRefused as exc:
                refused += 1
                results.append({"file": str(path), "refused": exc.code, "reason": str(exc)})
                if not args.json:
                    print(f"{path}: refused, {exc}", file=sys.stderr)
                continue
            results.append({"file": str(path), "bundle_id": got.bundle_id,
                            "from": got.source_collector, "added": got.added,
                            "updated": got.updated, "known": got.known, "parked": got.parked,
                            "conflicts": got.conflicts})  # fmt: skip
            if not args.json:
                added = ", ".join(f"{n} {t}" for t, n in got.added.items()) or "nothing new"
                extra = f"; {got.conflicts} conflicts" if got.conflicts else ""
                extra += f"; {got.parked} facts wait for their case" if got.parked else ""
                print(f"{path}: from {got.source_collector or '?'}: {added}{extra}")
    finally:
        desk.close()
    if args.json:
        _print_json(results)
    return 1 if refused else 0


def cmd_bundle_digest(args: argparse.Namespace) -> int:
    from collector_desk.exchange.synctables import canonical_digest

    desk = open_desk(args)
    try:
        with desk.read() as s:
            print(canonical_digest(s))
    finally:
        desk.close()
    return 0


def cmd_bundle_conflicts(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        with desk.read() as s:
            rows = (
                s.connection()
                .exec_driver_sql(
                    "SELECT entity, entity_id, field, winner_value, winner_origin, loser_value, "
                    "loser_origin, loser_hlc FROM conflict ORDER BY loser_hlc"
                )
                .all()
            )
    finally:
        desk.close()
    docs = [dict(zip(("entity", "entity_id", "field", "kept", "kept_from", "lost", "lost_from",
                      "lost_at"), r, strict=True)) for r in rows]  # fmt: skip
    if args.json:
        _print_json(docs)
    else:
        for d in docs:
            print(
                f"{d['entity']} {d['entity_id']} {d['field']}: kept {d['kept']}, lost {d['lost']}"
            )
        print(f"{len(docs)} conflicts")
    return 0


# --- team key ----------------------------------------------------------------------------


def cmd_key_new(args: argparse.Namespace) -> int:
    from collector_desk.exchange.teamkey import TeamKey, TeamKeyError, write_key_file

    key = TeamKey.generate()
    try:
        write_key_file(args.file, key, overwrite=args.force)
    except TeamKeyError as exc:
        return _fail(str(exc))
    print(f"{args.file}: team key {key.key_id}; give this file to each workstation of the team")
    if args.use:
        return _store_key(args, key)
    return 0


def _store_key(args: argparse.Namespace, key: Any) -> int:
    from collector_desk.exchange.teamkey import KeyStore

    desk = open_desk(args)
    try:
        where = KeyStore(desk.data_dir, desk.workstation_id).save(key)
    finally:
        desk.close()
    print(f"team key {key.key_id} kept in {where}")
    return 0


def cmd_key_set(args: argparse.Namespace) -> int:
    from collector_desk.exchange.teamkey import TeamKey, TeamKeyError

    try:
        key = TeamKey.from_file(args.file)
    except TeamKeyError as exc:
        return _fail(str(exc), 2)
    return _store_key(args, key)


def cmd_key_show(args: argparse.Namespace) -> int:
    from collector_desk.exchange.teamkey import KeyStore

    desk = open_desk(args)
    try:
        key = KeyStore(desk.data_dir, desk.workstation_id).load()
    finally:
        desk.close()
    if key is None:
        return _fail("no team key on this workstation", 2)
    print(key.key_id)
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
                extra = f", {money / 100:,.2f} yuan overdue" if money is not None else ""
                print(f"{who or '(nobody)'}: {len(given)} cases{extra}")
            if not args.dry_run:
                assignment.apply_plan(desk, plan)
        except assignment.AssignmentError as exc:
            return _fail(str(exc))
    finally:
        desk.close()
    return 0


def cmd_collectors(args: argparse.Namespace) -> int:
    from collector_desk.services import assignment

    desk = open_desk(args)
    try:
        if args.add:
            try:
                assignment.add_member(desk, args.add[0], args.add[1], args.role)
            except assignment.AssignmentError as exc:
                return _fail(str(exc))
        for m in assignment.team(desk):
            print(
                f"{m.id:<10} {m.name:<10} {m.role:<10} {m.cases:>6} cases {m.overdue_fen / 100:>14,.2f}"
            )
    finally:
        desk.close()
    return 0
