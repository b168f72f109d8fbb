"""Full phone and ID numbers on a team's server: readable by a collector's login only
through an audited reveal.

Row-level security lets a collector's login read its own cases' rows. The full
numbers of those rows (`phone.number`, `borrower.id_number`) are also kept from
direct reading: the collectors' group has no SELECT on those two columns (every
other column stays readable). What the window shows instead comes from two views
made by the owner, `phone_masked` and `borrower_masked`: the same columns, the
numbers masked on the server as `domain.privacy` masks them (138****5678), the
rows limited as the policies limit them.

The clear value comes from `desk_reveal(...)`, a SECURITY DEFINER function: it
checks that the login may see the borrower (assigned to them, the pool, or a
supervisor), writes the audit event in the same transaction (the login stamp
trigger adds the server login) and returns the value; NULL, and no event, for a
case the login may not see. Each reveal (and each refusal) is also a line in the
server's log, which a client rolling back its transaction cannot take back; so is
each search by a full number. `services.audit.reveal` uses it on every server, so a
supervisor's reveals are audited by the server too (a supervisor's login still
reads every column directly: intake, bundles and backups need them). A search by
full number goes through `desk_borrowers_with_number`, which returns only borrowers
the login may see.

Made by `server init` and `server upgrade` (`install`), after the row policies.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import coercions, roles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import Boolean

from collector_desk.store.cases_bulk import stored

# table -> (columns a collector's login may not SELECT, the SQL mask of each)
PROTECTED: dict[str, dict[str, str]] = {
    "phone": {"number": "desk_mask_phone(number)"},
    "borrower": {"id_number": "desk_mask_id_number(id_number)"},
}
COLLECTORS = "desk_collector"
SUPERVISORS = "desk_supervisor"
VIEW_SUFFIX = "_masked"

_OWNER_OR_SUPERVISOR = (
    # inside a SECURITY DEFINER function current_user is the owner: the owner (or a
    # superuser) calling is a member of it
    "pg_has_role(session_user, current_user, 'MEMBER') OR EXISTS (SELECT 1 FROM pg_roles r "
    f"WHERE r.rolname = '{SUPERVISORS}' AND pg_has_role(session_user, r.oid, 'MEMBER'))"
)
_FUNCTIONS: tuple[str, ...] = (
    # domain.privacy.mask_phone / mask_id_number, the same characters
    "CREATE OR REPLACE FUNCTION desk_mask_phone(n text) RETURNS text LANGUAGE sql IMMUTABLE "
    "AS $$ SELECT CASE WHEN length(d) < 7 THEN repeat('*', length(d)) "
    "WHEN length(d) >= 11 THEN left(d, 3) || repeat('*', length(d) - 7) || right(d, 4) "
    "ELSE repeat('*', length(d) - 2) || right(d, 2) END FROM (SELECT CASE "
    "WHEN length(n) = 13 AND left(n, 2) = '86' THEN substr(n, 3) ELSE n END AS d) x $$",
    "CREATE OR REPLACE FUNCTION desk_mask_id_number(v text) RETURNS text LANGUAGE sql "
    "IMMUTABLE AS $$ SELECT CASE WHEN length(v) < 8 THEN repeat('*', length(v)) "
    "WHEN length(v) < 15 THEN repeat('*', length(v) - 2) || right(v, 2) "
    "ELSE left(v, 4) || repeat('*', length(v) - 8) || right(v, 4) END $$",
    # the row policies' rule for a borrower's personal data, for the owner too
    "CREATE OR REPLACE FUNCTION desk_may_read_person(b text) RETURNS boolean LANGUAGE sql "
    "STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT CASE WHEN "
    f"{_OWNER_OR_SUPERVISOR} THEN true ELSE coalesce(desk_may_see_borrower(b), false) END $$",
    # a guess of the 4 starred digits answers too: each search leaves a server log line
    "CREATE OR REPLACE FUNCTION desk_borrowers_with_number(n text) RETURNS SETOF text "
    "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$ BEGIN "
    "RAISE LOG 'collector desk: login % searched by a full phone number', session_user; "
    "RETURN QUERY SELECT p.borrower_id::text FROM phone p WHERE p.number = n "
    "AND desk_may_read_person(p.borrower_id); END $$",
    """CREATE OR REPLACE FUNCTION desk_reveal(what text, subject text, event_id text,
    at text, collector text, workstation text, detail text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
    DECLARE v text; b text;
    BEGIN
      IF what = 'phone' THEN
        SELECT p.number, p.borrower_id INTO v, b FROM phone p WHERE p.id = subject;
      ELSIF what = 'contact_name' THEN
        SELECT c.name, c.borrower_id INTO v, b FROM contact c WHERE c.id = subject;
      ELSIF what = 'debit_account' THEN
        SELECT l.debit_account, l.borrower_id INTO v, b FROM loan l WHERE l.id = subject;
      ELSIF what IN ('id_number', 'borrower_name', 'home_address', 'employer_address',
                     'hukou_address', 'employer_phone') THEN
        SELECT CASE what WHEN 'id_number' THEN x.id_number WHEN 'borrower_name' THEN x.name
          WHEN 'home_address' THEN x.home_address WHEN 'employer_address' THEN x.employer_address
          WHEN 'hukou_address' THEN x.hukou_address ELSE x.employer_phone END, x.id
          INTO v, b FROM borrower x WHERE x.id = subject;
      ELSE
        RAISE EXCEPTION 'desk_reveal: unknown field %', what;
      END IF;
      IF b IS NULL OR NOT desk_may_read_person(b) THEN
        RAISE LOG 'collector desk: login % refused the % of %', session_user, what, subject;
        RETURN NULL;
      END IF;
      -- The audit event goes with the caller's transaction: a client that rolls it
      -- back keeps the value and loses the event, so the server's log has it too.
      RAISE LOG 'collector desk: login % revealed the % of % (audit event %)',
        session_user, what, subject, event_id;
      INSERT INTO audit_event (id, created_at, collector_id, workstation_id, kind, subject,
                               detail)
      VALUES (event_id, at, collector, workstation, 'reveal', left(subject, 64),
              (coalesce(nullif(detail, ''), '{}')::jsonb
               || jsonb_build_object('what', what, 'borrower_id', b))::text);
      RETURN coalesce(v, '');
    END $$""",
)
_GRANTED = ("desk_reveal", "desk_borrowers_with_number", "desk_may_read_person")
_SIGNATURES = {
    "desk_reveal": "(text, text, text, text, text, text, text)",
    "desk_borrowers_with_number": "(text)",
    "desk_may_read_person": "(text)",
}


def _columns(raw: Any, table: str) -> list[str]:
    rows = raw.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND table_name = %s ORDER BY ordinal_position",
        (table,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def install(raw: Any, *, groups: bool) -> None:
    """The mask and reveal functions, the masked views and (with the team's groups) the
    column grants, made again (safe to repeat); after `install_row_security`."""
    from psycopg import sql

    for statement in _FUNCTIONS:
        raw.execute(statement)
    for table, masks in PROTECTED.items():
        cols = _columns(raw, table)
        shown = ", ".join(f"{masks[c]} AS {c}" if c in masks else c for c in cols)
        view = table + VIEW_SUFFIX
        raw.execute(f"DROP VIEW IF EXISTS {view}")
        raw.execute(
            f"CREATE VIEW {view} WITH (security_barrier) AS SELECT {shown} FROM {table} "
            "WHERE desk_may_read_person(" + ("id" if table == "borrower" else "borrower_id") + ")"
        )
        raw.execute(f"REVOKE ALL ON {view} FROM PUBLIC")
        if not groups:
            continue
        for group in (COLLECTORS, SUPERVISORS):
            raw.execute(
                sql.SQL("REVOKE ALL ON {} FROM {}").format(
                    sql.Identifier(view), sql.Identifier(group)
                )
            )
            raw.execute(
                sql.SQL("GRANT SELECT ON {} TO {}").format(
                    sql.Identifier(view), sql.Identifier(group)
                )
            )
        # a table-wide SELECT would cover every column: the collectors get a column list
        g = sql.Identifier(COLLECTORS)
        raw.execute(sql.SQL("REVOKE SELECT ON {} FROM {}").format(sql.Identifier(table), g))
        readable = [sql.Identifier(c) for c in cols if c not in masks]
        raw.execute(
            sql.SQL("GRANT SELECT ({}) ON {} TO {}").format(
                sql.SQL(", ").join(readable), sql.Identifier(table), g
            )
        )
    for name in _GRANTED:
        signature = name + _SIGNATURES[name]
        raw.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        if groups:
            for group in (COLLECTORS, SUPERVISORS):
                raw.execute(f'GRANT EXECUTE ON FUNCTION {signature} TO "{group}"')


def drop_views(raw: Any) -> None:
    """Before a migration (which may change the columns they show); `install` makes
    them again after it."""
    for table in PROTECTED:
        raw.execute(f"DROP VIEW IF EXISTS {table}{VIEW_SUFFIX}")


def note_ready(engine: Engine) -> None:
    """Remember whether this server has the masked views (a server never set up by
    `server init`, or not upgraded since, has not); one query when it is opened."""
    with engine.connect() as conn:
        found = conn.execute(text("SELECT to_regclass('public.phone_masked') IS NOT NULL"))
        # on the engine's own dialect object: the SQL compiler sees it (BorrowerHasNumber)
        engine.dialect.desk_masked = bool(found.scalar())  # type: ignore[attr-defined]


def reveal(
    session: Session,
    *,
    what: str,
    subject: str,
    event_id: str,
    at: datetime,
    collector_id: str,
    workstation_id: str,
    detail: Mapping[str, Any],
) -> str | None:
    """The clear value from the server's audited reveal (the audit event written by
    the server in this transaction); None: no such row, or not the login's to see."""
    value = session.execute(
        text("SELECT desk_reveal(:w, :s, :i, :at, :c, :ws, :d)"),
        {
            "w": what,
            "s": subject,
            "i": event_id,
            "at": stored(at),  # the column's own text form
            "c": collector_id,
            "ws": workstation_id,
            "d": json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
        },
    ).scalar()
    return None if value is None else str(value)


def on_server(session: Session) -> bool:
    """A reveal goes through the server's function: a server set up by `server init`."""
    return bool(getattr(session.get_bind().dialect, "desk_masked", False))


class BorrowerHasNumber(ColumnElement[bool]):
    """`borrower_id` is a borrower with the phone number `number`: a plain lookup on a
    workstation's file, the server's function on a server set up for a team (which
    returns only borrowers the login may see, without reading the column)."""

    type = Boolean()
    inherit_cache = False

    def __init__(
        self, borrower_id: ColumnElement[str] | InstrumentedAttribute[str], number: str
    ) -> None:
        self.borrower_id = coercions.expect(roles.ExpressionElementRole, borrower_id)
        self.number = number


@compiles(BorrowerHasNumber)
def _plain(element: BorrowerHasNumber, compiler: Any, **kw: Any) -> str:
    from sqlalchemy import literal

    number = compiler.process(literal(element.number), **kw)
    left = compiler.process(element.borrower_id, **kw)
    return f"{left} IN (SELECT phone.borrower_id FROM phone WHERE phone.number = {number})"


@compiles(BorrowerHasNumber, "postgresql")
def _server(element: BorrowerHasNumber, compiler: Any, **kw: Any) -> str:
    from sqlalchemy import literal

    if not getattr(compiler.dialect, "desk_masked", False):
        return _plain(element, compiler, **kw)
    number = compiler.process(literal(element.number), **kw)
    left = compiler.process(element.borrower_id, **kw)
    return f"{left} IN (SELECT desk_borrowers_with_number({number}))"
