"""`collector-desk server init|upgrade|add-collector|migrate-from|status`: setting up
and looking after the team's PostgreSQL server. Every subcommand needs the server's
URL (--database-url or COLLECTOR_DESK_DATABASE_URL) with a role that owns the
database; no output shows its password."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from collector_desk.paths import data_dir, database_url


def register(sub: Any) -> None:
    p = sub.add_parser("server", help="set up and look after the team's database server")
    ssub = p.add_subparsers(dest="server_command", metavar="TASK", required=True)

    q = ssub.add_parser("init", help="create the schema and the team's roles on an empty server")
    q.set_defaults(func=cmd_init)

    q = ssub.add_parser("upgrade", help="back up with pg_dump, then upgrade the schema once")
    q.add_argument("--pg-dump", help="path of pg_dump (default: found on PATH)")
    q.add_argument(
        "--backup-dir", help="where the backup goes (default: backups/ in the data folder)"
    )
    q.set_defaults(func=cmd_upgrade)

    q = ssub.add_parser("add-collector", help="create a collector's (or supervisor's) login")
    q.add_argument("login", help="the login name, for example c002")
    q.add_argument("--supervisor", action="store_true", help="may see and change every case")
    q.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    q.set_defaults(func=cmd_add_collector)

    q = ssub.add_parser(
        "migrate-from", help="copy a workstation's database folder to an empty server"
    )
    q.add_argument("folder", help="the workstation's data folder (with collector-desk.sqlite)")
    q.set_defaults(func=cmd_migrate_from)

    q = ssub.add_parser(
        "remember-password",
        help="keep this login's password in the computer's credential store (keyring)",
    )
    q.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    q.set_defaults(func=cmd_remember_password)

    q = ssub.add_parser("status", help="server version, schema, cases, connections, logins")
    q.set_defaults(func=cmd_status)


def _url(args: argparse.Namespace) -> str:
    from collector_desk.store.db import is_server_url

    url = database_url(getattr(args, "database_url", None))
    if url is None or not is_server_url(url):
        raise SystemExit(
            "collector-desk server: give the server with --database-url "
            "postgresql://USER@HOST/DATABASE (or COLLECTOR_DESK_DATABASE_URL)"
        )
    return url


def _run(args: argparse.Namespace, task: Any) -> int:
    from collector_desk.store.db import DatabaseError, make_server_engine
    from collector_desk.store.server_schema import describe_server_error

    url = _url(args)
    engine = make_server_engine(url)
    try:
        return int(task(engine, url) or 0)
    except DatabaseError as exc:
        print(f"collector-desk server: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        import psycopg
        from sqlalchemy.exc import DBAPIError

        # psycopg's own errors too: the role and grant statements run on the driver's
        # connection, outside SQLAlchemy (a login without CREATEROLE, say).
        if not isinstance(exc, DBAPIError | psycopg.Error):
            raise
        print(f"collector-desk server: {describe_server_error(exc, url)}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()


def cmd_init(args: argparse.Namespace) -> int:
    from collector_desk.store.db import mask_url
    from collector_desk.store.server import init_server

    def task(engine: Any, url: str) -> int:
        done = init_server(engine)
        schema = "created" if done["schema_created"] else "already there"
        roles = ", ".join(done["roles_created"]) or "already there"
        print(f"{mask_url(url)}: schema {schema} (at {done['revision']}); team roles {roles}")
        return 0

    return _run(args, task)


def cmd_upgrade(args: argparse.Namespace) -> int:
    from collector_desk.store.db import head_revision, mask_url
    from collector_desk.store.server import (
        ServerError,
        backup_server,
        check_owner,
        find_pg_dump,
        upgrade_server,
    )
    from collector_desk.store.server_schema import server_schema_state

    def task(engine: Any, url: str) -> int:
        check_owner(engine, "upgrade")
        empty, current = server_schema_state(engine)
        if empty or current is None:
            raise ServerError(
                "no Collector Desk schema to upgrade: run `collector-desk server init`"
            )
        head = head_revision()
        if current == head:  # nothing to migrate: the triggers and policies are made again
            upgrade_server(engine)
            print(
                f"{mask_url(url)}: schema already at {head}; live-update triggers, grants, "
                "row policies and masked numbers made again"
            )
            return 0
        folder = Path(args.backup_dir) if args.backup_dir else data_dir(args.data_dir) / "backups"
        saved = backup_server(url, folder, pg_dump=args.pg_dump or find_pg_dump(), label=current)
        print(f"backup: {saved}")
        before, after = upgrade_server(engine)
        print(
            f"{mask_url(url)}: schema upgraded from {before} to {after}; live-update "
            "triggers, grants, row policies and masked numbers made again"
        )
        return 0

    return _run(args, task)


def cmd_add_collector(args: argparse.Namespace) -> int:
    from collector_desk.store.server import add_login

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            password = getpass.getpass(f"password for {args.login}: ")
            again = getpass.getpass("again: ")
        except EOFError:
            print(
                "collector-desk server: no password was typed (no terminal?); nothing done. "
                "Run it in a terminal, or pipe the password with --password-stdin",
                file=sys.stderr,
            )
            return 1
        if again != password:
            print("collector-desk server: the two passwords differ; nothing done", file=sys.stderr)
            return 1

    def task(engine: Any, _url: str) -> int:
        made = add_login(engine, args.login, password, supervisor=args.supervisor)
        role = "supervisor" if args.supervisor else "collector"
        print(f"login {args.login} ({role}) {'created' if made else 'updated'}")
        return 0

    return _run(args, task)


def cmd_migrate_from(args: argparse.Namespace) -> int:
    from collector_desk.store.db import DB_FILENAME, mask_url, open_database, refuse_network_path
    from collector_desk.store.server import (
        ServerError,
        check_owner,
        copy_database,
        table_digests,
    )

    folder = Path(args.folder).expanduser().resolve()
    if not (folder / DB_FILENAME).is_file():
        print(f"collector-desk server: {folder} has no {DB_FILENAME}", file=sys.stderr)
        return 1

    def task(engine: Any, url: str) -> int:
        check_owner(engine, "migrate-from")
        refuse_network_path(folder)
        source = open_database(folder)  # brought to this app's schema first (with a backup)
        try:
            target = open_database(folder, url=url)  # empty: the schema is made here
            try:
                counts = copy_database(
                    source.engine, target.engine, progress=lambda t, n: print(f"  {t}: {n} rows")
                )
                want, got = table_digests(source.engine), table_digests(target.engine)
                bad = [t for t in want if want[t] != got.get(t)]
                if bad:
                    raise ServerError(
                        f"the copy differs from {folder} in {', '.join(bad)}; "
                        "empty the server database and run migrate-from again"
                    )
            finally:
                target.close()
        finally:
            source.close()
        print(
            f"{folder} copied to {mask_url(url)}: {sum(counts.values())} rows in "
            f"{len(counts)} tables, counts and hashes equal"
        )
        return 0

    return _run(args, task)


def cmd_remember_password(args: argparse.Namespace) -> int:
    """Check the password against the server, then keep it in the OS credential store;
    the URL then needs none (`postgresql://c002@db/desk`)."""
    from sqlalchemy import make_url

    from collector_desk.store import credentials
    from collector_desk.store.db import mask_url, server_url
    from collector_desk.store.server_schema import describe_server_error

    url = make_url(_url(args))
    if not credentials.usable():
        print(f"collector-desk server: {credentials.NoKeyring()}", file=sys.stderr)
        return 1
    if url.password:
        password = str(url.password)
    elif args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        try:
            password = getpass.getpass(f"password of {url.username} on {mask_url(url)}: ")
        except EOFError:
            print(
                "collector-desk server: no password was typed (no terminal?); nothing kept. "
                "Run it in a terminal, or pipe the password with --password-stdin",
                file=sys.stderr,
            )
            return 1
    with_password = url.set(password=password)
    from sqlalchemy import create_engine, text

    engine = create_engine(server_url(with_password), connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        print(
            f"collector-desk server: {describe_server_error(exc, with_password)}", file=sys.stderr
        )
        return 1
    finally:
        engine.dispose()
    try:
        credentials.remember(url, password)
    except credentials.NoKeyring as exc:
        print(f"collector-desk server: {exc}", file=sys.stderr)
        return 1
    print(f"password of {url.username} for {mask_url(url)} kept in the credential store")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from collector_desk.store.server import server_status

    def task(engine: Any, url: str) -> int:
        st = server_status(engine, url)
        print(f"server: {st.where} (PostgreSQL {st.server_version})")
        if st.revision is None:
            print("schema: none yet (`collector-desk server init`)")
        else:
            state = "at head" if st.at_head else f"this app needs {st.head}: `server upgrade`"
            print(f"schema: {st.revision} ({state})")
        print(f"cases: {st.loans if st.loans is not None else 0}")
        print(f"connections from Collector Desk: {st.connections}")
        print(f"logins: {', '.join(st.logins) or 'none yet (`server add-collector`)'}")
        return 0 if st.revision is None or st.at_head else 1

    return _run(args, task)
