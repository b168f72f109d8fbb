"""The server's own stamp on every audit event (reveals of personal data, limit
changes, overrides, imports, exports) on a team's server.

A workstation writes its audit events itself, naming the collector from its own
settings, which the server cannot check. A BEFORE INSERT trigger therefore adds
the server login that wrote the row to its detail (`"login": "c002"`), whatever
the workstation claims; events are append-only (store.fact_guard), so a login can
neither change nor remove one. Events a bundle brings are stamped with the login
that imported them. Made by `server init`, `server upgrade` and a new server's
schema.
"""

from __future__ import annotations

from typing import Any

PG_FUNCTION = "collector_desk_stamp_audit_login"
TRIGGER = "audit_event_login"


def install(raw: Any) -> None:
    """Function and trigger, made again (safe to repeat); `raw` is the driver's connection."""
    raw.execute(
        f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger AS $$ BEGIN "
        "NEW.detail := (coalesce(nullif(NEW.detail, ''), '{}')::jsonb "
        "|| jsonb_build_object('login', session_user::text))::text; "
        "RETURN NEW; END $$ LANGUAGE plpgsql"
    )
    raw.execute(f'DROP TRIGGER IF EXISTS "{TRIGGER}" ON audit_event')
    raw.execute(
        f'CREATE TRIGGER "{TRIGGER}" BEFORE INSERT ON audit_event '
        f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
    )
