"""Setting up and looking after a team's PostgreSQL server.

- `init_server`: the schema (once, under the schema lock) and the team's group
  roles with their grants.
- `add_login`: a collector's or supervisor's own login, its password sent to the
  server already hashed (SCRAM-SHA-256), so it appears in no server log.
- `backup_server` / `upgrade_server`: a `pg_dump` first, then the migrations,
  under the schema lock.
- `copy_database` / `table_digests`: a workstation's SQLite database copied to
  an empty server, and the per-table counts and hashes that prove the copy.
- `server_status`: what `collector-desk server status` prints.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, func, insert, select, text
from sqlalchemy.engine import make_url

from collector_desk.store import fact_seq, live, personal, server_audit
from collector_desk.store.db import DatabaseError, _alembic_config, head_revision, mask_url, redact
from collector_desk.store.local_settings import LOCAL_KEYS
from collector_desk.store.models import Base
from collector_desk.store.server_schema import (
    SCHEMA_LOCK,
    create_server_schema,
    server_schema_state,
)

GROUP_COLLECTOR = "desk_collector"
GROUP_SUPERVISOR = "desk_supervisor"
LOGIN_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
# A workstation's own sync bookkeeping (row ids of its file, what it has sent): not
# the team's data, and meaningless on the server.
# Bookkeeping of this database alone: export marks, and the arrival numbering of facts
# (the server's own triggers number the copied facts as they arrive).
LOCAL_TABLES = frozenset({"sync_mark", "sync_sent", "fact_seq"})
COPY_CHUNK = 2000


class ServerError(DatabaseError):
    """A server task cannot be done; the message says why and what to do."""


def _raw(conn: Any) -> Any:
    return conn.connection.driver_connection


# --- roles -------------------------------------------------------------------------------


def _role_exists(conn: Any, name: str) -> bool:
    return bool(
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
    )


def check_owner(engine: Engine, task: str) -> None:
    """`server init|upgrade|add-collector|migrate-from` change the schema, the grants or
    the roles: they run as the database's owner (or a superuser). A supervisor's or a
    collector's login is told so in one line, before anything is tried."""
    with engine.connect() as conn:
        me, owner, may = conn.execute(
            text(
                "SELECT current_user, pg_get_userbyid(d.datdba), "
                "r.rolsuper OR pg_has_role(current_user, d.datdba, 'MEMBER') "
                "FROM pg_database d, pg_roles r "
                "WHERE d.datname = current_database() AND r.rolname = current_user"
            )
        ).one()
    if not may:
        raise ServerError(
            f"the login {me} does not own this database (its owner is {owner}); nothing was "
            f"changed. Run `collector-desk server {task}` with the owner's URL"
        )


def _check_may_make_roles(engine: Engine) -> None:
    """`server init` makes the team's group roles and `add-collector` the logins: the
    database's owner needs CREATEROLE (a plain `createuser` gives none)."""
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT current_user, rolsuper OR rolcreaterole FROM pg_roles "
                "WHERE rolname = current_user"
            )
        ).one()
        missing = [g for g in (GROUP_COLLECTOR, GROUP_SUPERVISOR) if not _role_exists(conn, g)]
    if missing and not row[1]:
        raise ServerError(
            f"the login {row[0]} may not create roles, and the team's roles "
            f"({', '.join(missing)}) are to be made; nothing was changed. As the server's "
            f"administrator: `ALTER ROLE {row[0]} CREATEROLE` (or `createuser --createrole`), "
            "then run `server init` again"
        )


def init_server(engine: Engine) -> dict[str, Any]:
    """Schema (if the database is empty), the group roles, their grants, the live-update
    triggers and the row policies. Safe to run again: it only adds what is missing."""
    from psycopg import sql

    check_owner(engine, "init")
    _check_may_make_roles(engine)  # before the schema: a refusal changes nothing
    created = create_server_schema(engine)
    empty, revision = server_schema_state(engine)
    if empty or revision is None:
        raise ServerError("the schema could not be created")
    made: list[str] = []
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
        raw = _raw(conn)
        for group in (GROUP_COLLECTOR, GROUP_SUPERVISOR):
            if not _role_exists(conn, group):
                raw.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
                made.append(group)
        install_team_objects(conn)
    return {"schema_created": created, "revision": revision, "roles_created": made}


def install_team_objects(conn: Any) -> dict[str, bool]:
    """What the migrations do not carry, made again from this app's definitions (safe to
    repeat): the live-update triggers, the audit events' login stamp, the groups' grants
    (on tables a migration may have added too), the row policies, and the masked views
    and audited reveal of full numbers (store.personal). By `server init`, and by `server upgrade` after the
    migrations (or alone, at head), so a server set up by an older app gets this one's."""
    live.install(conn)
    fact_seq.install_pg(conn)  # numbered in commit order (an older server: insert order)
    raw = _raw(conn)
    server_audit.install(raw)
    groups = all(_role_exists(conn, g) for g in (GROUP_COLLECTOR, GROUP_SUPERVISOR))
    if groups:
        _grant(conn, raw)
    install_row_security(raw)
    personal.install(raw, groups=groups)  # full numbers: an audited reveal only
    return {"triggers": True, "grants": groups, "row_policies": True, "audit_login": True}


def _grant(conn: Any, raw: Any) -> None:
    from psycopg import sql

    database = conn.execute(text("SELECT current_database()")).scalar_one()
    for group in (GROUP_COLLECTOR, GROUP_SUPERVISOR):
        g = sql.Identifier(group)
        raw.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), g)
        )
        raw.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(g))
        raw.execute(
            sql.SQL("GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {}").format(g)
        )
        # Identity columns and the change tracker's numbering (fact_seq) draw from
        # sequences: every login that writes facts needs them.
        raw.execute(
            sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(g)
        )
    # Cached and local rows are rewritten wholesale; facts stay append-only (triggers).
    raw.execute(
        sql.SQL(
            "GRANT DELETE ON case_state, sync_parked, target_total, target_total_built TO {}"
        ).format(sql.Identifier(GROUP_COLLECTOR))
    )
    raw.execute(
        sql.SQL("GRANT DELETE ON ALL TABLES IN SCHEMA public TO {}").format(
            sql.Identifier(GROUP_SUPERVISOR)
        )
    )
    # The schema (and its upgrades) belong to the owner, never to a workstation's login.
    raw.execute(sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))


# --- row-level security: a collector's login reads only its own cases' personal data ----

# The login of collector C001 is c001 (add-collector's names are lower case). A case is
# the collector's when case_state assigns it to them; cases assigned to nobody are the
# team's pool, which everyone sees. Supervisors see everything; the owner (who runs
# `server init`) is not subject to the policies at all.
_ME = "upper(session_user::text)"
_SUPERVISOR = f"pg_has_role(session_user, '{GROUP_SUPERVISOR}', 'MEMBER')"
# SECURITY DEFINER: they read case_state and loan as the owner, past the policies below,
# so "assigned to somebody else" is seen even though that row itself is hidden.
_FUNCTIONS: tuple[str, ...] = (
    "CREATE OR REPLACE FUNCTION desk_may_see_loan(l text) RETURNS boolean "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
    f"SELECT {_SUPERVISOR} OR coalesce((SELECT assigned_to FROM case_state "
    f"WHERE loan_id = l), '') IN ('', {_ME}) $$",
    "CREATE OR REPLACE FUNCTION desk_may_see_borrower(b text) RETURNS boolean "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
    f"SELECT {_SUPERVISOR} OR NOT EXISTS (SELECT 1 FROM loan WHERE borrower_id = b) "
    "OR EXISTS (SELECT 1 FROM loan x LEFT JOIN case_state cs ON cs.loan_id = x.id "
    f"WHERE x.borrower_id = b AND coalesce(cs.assigned_to, '') IN ('', {_ME})) $$",
)
# A case's facts and registers (notes, promised accounts, payment references, what was
# said on a call) follow its borrower: every loan of a borrower one may see, so the
# per-borrower and per-number limits still count the borrower's other loans' calls.
# The lookups run as the owner too: a hidden phone or loan must not read as NULL.
_FUNCTIONS += (
    "CREATE OR REPLACE FUNCTION desk_may_see_loan_facts(l text) RETURNS boolean "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
    "SELECT coalesce((SELECT desk_may_see_borrower(borrower_id) FROM loan WHERE id = l), "
    "false) $$",
    "CREATE OR REPLACE FUNCTION desk_may_see_register(e text, i text) RETURNS boolean "
    "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ "
    "SELECT CASE e WHEN 'loan' THEN desk_may_see_loan_facts(i) "
    "WHEN 'borrower' THEN desk_may_see_borrower(i) "
    "WHEN 'phone' THEN coalesce((SELECT desk_may_see_borrower(borrower_id) FROM phone "
    "WHERE id = i), false) "
    "WHEN 'contact' THEN coalesce((SELECT desk_may_see_borrower(borrower_id) FROM contact "
    "WHERE id = i), false) ELSE true END $$",
)
_FACTS = f"{_SUPERVISOR} OR desk_may_see_loan_facts(loan_id)"
# table -> who may read (and change) a row of it
ROW_POLICIES = {
    "case_state": f"{_SUPERVISOR} OR assigned_to IN ('', {_ME})",
    "loan": "desk_may_see_loan(id)",
    "borrower": "desk_may_see_borrower(id)",
    "contact": "desk_may_see_borrower(borrower_id)",
    "phone": "desk_may_see_borrower(borrower_id)",
    **dict.fromkeys(
        (
            "call",
            "note",
            "promise",
            "payment",
            "debit_result",
            "contact_attempt",
            "callback",
            "placement",
        ),
        _FACTS,
    ),
    "register": f"{_SUPERVISOR} OR desk_may_see_register(entity, entity_id)",
}


def install_row_security(raw: Any) -> None:
    """The policies, made again (safe to repeat). Reading, changing and deleting a row
    need it to be visible; adding one does not (intake, demo: the new case has no
    assignee yet, so it is the team's)."""
    for statement in _FUNCTIONS:
        raw.execute(statement)
    for table, visible in ROW_POLICIES.items():
        raw.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        for name, rule in (
            ("desk_read", f"FOR SELECT USING ({visible})"),
            ("desk_add", "FOR INSERT WITH CHECK (true)"),
            ("desk_change", f"FOR UPDATE USING ({visible}) WITH CHECK (true)"),
            ("desk_remove", f"FOR DELETE USING ({visible})"),
        ):
            raw.execute(f'DROP POLICY IF EXISTS {name} ON "{table}"')
            raw.execute(f'CREATE POLICY {name} ON "{table}" {rule}')


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = 4096) -> str:
    """PostgreSQL's SCRAM-SHA-256 verifier for a password (RFC 5802 / 7677)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(b: bytes) -> str:
        return base64.b64encode(b).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def add_login(engine: Engine, name: str, password: str, *, supervisor: bool = False) -> bool:
    """A login for one collector (or supervisor), in the team's group role. True: made;
    False: it existed, and only its password and group were set."""
    from psycopg import sql

    if not LOGIN_NAME.match(name):
        raise ServerError(
            f"login name {name!r}: use lower-case letters, digits and _ (a letter first), "
            "for example c002"
        )
    if len(password) < 8:
        raise ServerError("the password must have at least 8 characters")
    group = GROUP_SUPERVISOR if supervisor else GROUP_COLLECTOR
    check_owner(engine, "add-collector")
    with engine.begin() as conn:
        if not _role_exists(conn, group):
            raise ServerError("the team's roles are missing: run `collector-desk server init`")
        me, may = conn.execute(
            text(
                "SELECT current_user, rolsuper OR rolcreaterole FROM pg_roles "
                "WHERE rolname = current_user"
            )
        ).one()
        if not may:
            raise ServerError(
                f"the login {me} may not create logins; nothing was changed. As the "
                f"server's administrator: `ALTER ROLE {me} CREATEROLE`, then run "
                "add-collector again"
            )
        raw = _raw(conn)
        existed = _role_exists(conn, name)
        verb = "ALTER" if existed else "CREATE"
        raw.execute(
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(scram_verifier(password))
            )
        )
        raw.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))
    return not existed


# --- backup and upgrade ---------------------------------------------------------------


def find_pg_dump() -> str | None:
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), reverse=True)
    return str(candidates[0]) if candidates else None


def _conninfo(u: Any) -> str:
    """libpq's connection string for pg_dump: the URL's database, host, port and login
    and its query's options (sslmode, sslrootcert...: TLS passes through), never the
    password (that goes by PGPASSWORD)."""
    from psycopg.conninfo import make_conninfo

    params: dict[str, Any] = {k: v for k, v in u.query.items() if isinstance(v, str)}
    params.update(dbname=u.database, host=u.host, port=u.port, user=u.username)
    params.pop("password", None)
    return str(make_conninfo(**{k: v for k, v in params.items() if v is not None}))


def backup_server(url: str, folder: Path, *, pg_dump: str | None, label: str) -> Path:
    """`pg_dump -Fc` of the database into `folder`; the password goes by environment,
    never on the command line."""
    if pg_dump is None or not Path(pg_dump).is_file():
        raise ServerError(
            "pg_dump was not found, so no backup can be taken before the upgrade; nothing "
            "was changed. Install PostgreSQL's client tools (Debian: postgresql-client) or "
            "give its path with --pg-dump"
        )
    from collector_desk.store import credentials

    u = credentials.complete(make_url(url))
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"server-{u.database}-{label}-{stamp}.dump"
    # The dump holds every name, phone and ID number: readable by this user only
    # (pg_dump writes into the file made here and keeps its mode).
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    env = {**os.environ}
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    args = [pg_dump, "-Fc", "-f", str(target), "-d", _conninfo(u)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
        target.unlink(missing_ok=True)
        raise ServerError(
            redact(f"pg_dump failed, nothing was changed: {done.stderr.strip()}", url)
        )
    return target


def upgrade_server(engine: Engine) -> tuple[str | None, str]:
    """The migrations to head, once, under the schema lock, then the triggers, grants
    and row policies made again (`install_team_objects`), also when the schema was at
    head already. (from, to)."""
    from alembic import command

    head = head_revision()
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": SCHEMA_LOCK})
        conn.commit()
        try:
            current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            conn.commit()
            with conn.begin():
                if current != head:
                    # a view pins its tables' columns: a migration may change them
                    personal.drop_views(_raw(conn))
                    cfg = _alembic_config(engine)
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                install_team_objects(conn)
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": SCHEMA_LOCK})
            conn.commit()
    return current, head


# --- migrate a workstation's SQLite database to the server ---------------------------


def team_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES]


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _rows(conn: Any, table: Table) -> Iterable[Any]:
    stmt = select(table).order_by(*table.primary_key.columns)
    if table.name == "setting":  # the workstation's own settings stay with it
        stmt = stmt.where(table.c.key.not_in(sorted(LOCAL_KEYS)))
    result: Iterable[Any] = conn.execution_options(yield_per=COPY_CHUNK).execute(stmt)
    return result


def table_digests(engine: Engine) -> dict[str, tuple[int, str]]:
    """Per team table: (rows, sha256 of the rows in key order, values as the app reads them)."""
    out: dict[str, tuple[int, str]] = {}
    with engine.connect() as conn:
        for table in team_tables():
            digest = hashlib.sha256()
            n = 0
            for row in _rows(conn, table):
                line = json.dumps([_canonical(v) for v in row], ensure_ascii=False, default=str)
                digest.update(line.encode("utf-8") + b"\n")
                n += 1
            out[table.name] = (n, digest.hexdigest())
    return out


def copy_database(
    source: Engine, target: Engine, *, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Copy every team table from `source` into the empty server at `target`, in one
    transaction (all or nothing). Refuses a server that already has cases or facts."""
    counts: dict[str, int] = {}
    with target.begin() as dst:
        dst.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
        for table in team_tables():
            if dst.execute(select(func.count()).select_from(table)).scalar():
                raise ServerError(
                    f"the server already has data (table {table.name}); migrate-from copies "
                    "into an empty server only and overwrites nothing"
                )
        with source.connect() as src:
            for table in team_tables():
                n = 0
                batch: list[dict[str, Any]] = []
                for row in _rows(src, table):
                    batch.append(dict(row._mapping))
                    if len(batch) >= COPY_CHUNK:
                        dst.execute(insert(table), batch)
                        n += len(batch)
                        batch = []
                if batch:
                    dst.execute(insert(table), batch)
                    n += len(batch)
                counts[table.name] = n
                if progress is not None:
                    progress(table.name, n)
    return counts


# --- status -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerStatus:
    where: str
    server_version: str
    revision: str | None
    head: str
    loans: int | None
    connections: int
    logins: list[str]

    @property
    def at_head(self) -> bool:
        return self.revision == self.head


def server_status(engine: Engine, url: str) -> ServerStatus:
    empty, revision = server_schema_state(engine)
    with engine.connect() as conn:
        version = str(conn.execute(text("SHOW server_version")).scalar())
        loans = None if empty else int(conn.execute(text("SELECT count(*) FROM loan")).scalar_one())
        connected = int(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'collector-desk' "
                    "AND datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
        )
        logins = [
            str(r[0])
            for r in conn.execute(
                text(
                    "SELECT m.rolname FROM pg_roles m JOIN pg_auth_members am ON am.member = m.oid "
                    "JOIN pg_roles g ON g.oid = am.roleid WHERE g.rolname IN (:c, :s) "
                    "ORDER BY m.rolname"
                ),
                {"c": GROUP_COLLECTOR, "s": GROUP_SUPERVISOR},
            )
        ]
    return ServerStatus(mask_url(url), version, revision, head_revision(), loans, connected, logins)
