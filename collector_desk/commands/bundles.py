"""bundle export/import/digest/conflicts and team-key new/set/show.

Exit status: 0 done; 1 a bundle was refused or an argument is wrong; 2 no team
key is set up (or its file cannot be read).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from collector_desk.commands import open_desk
from collector_desk.exchange.bundle_policy import CLEAR_WARNING, PASSPHRASE_ENV, team_passphrase


def register(sub: Any) -> None:
    p = sub.add_parser("bundle", help="sync bundles between workstations")
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    e = bsub.add_parser("export", help="write a bundle of this workstation's work")
    e.add_argument("out", type=Path)
    e.add_argument("--all", action="store_true", help="everything, not only what is new")
    e.add_argument("--for", dest="for_collector", metavar="COLLECTOR",
                   help="an assignment bundle: that collector's cases")  # fmt: skip
    e.add_argument(
        "--encrypt",
        action="store_true",
        help=f"ask for a passphrase and encrypt (default when ${PASSPHRASE_ENV} or "
        "--passphrase-file gives the team passphrase)",
    )
    e.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
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
        path: Path = args.passphrase_file
        return path.read_text(encoding="utf-8-sig").strip("\r\n")
    if team_passphrase():
        return team_passphrase()
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
    from collector_desk.fsutil import check_output

    check_output(args.out, force=args.force)
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
    if not done.encrypted and not done.empty:
        print(
            f"warning: {CLEAR_WARNING}. Use --encrypt, or set ${PASSPHRASE_ENV} to the team "
            "passphrase so that every export is encrypted",
            file=sys.stderr,
        )
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
    refused = unreadable = 0
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
                # a file that cannot be read at all (missing, a folder, not allowed)
                # is a usage error, as --help says; a bundle read and refused is not
                unreadable += exc.code == "unreadable"
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
    return 2 if unreadable else 1 if refused else 0


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
