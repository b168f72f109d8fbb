"""Live updates on a team's server: what one workstation commits, the others hear.

Triggers send it, so no write path can forget: after each INSERT or UPDATE
statement on a loan's facts, its cached state or its registers, one
`pg_notify(CHANNEL, payload)` per statement, delivered when (and only if) the
transaction commits. The payload holds ids, never personal data:

    {"t": "case_state", "l": ["<loan id>", ...], "by": "c002"}

`t` is the table, `l` the loans the statement touched (empty: more than
MAX_IDS, read as "any loan"; a statement that touched no loan sends nothing), `by`
the server login that wrote.

`Listener` hears them on a connection of its own, in a plain Python thread: it
hands each change to a callback (the caller decides how it reaches its GUI),
drops what this process's own connections sent (by backend pid: their views
are refreshed already), and reconnects after a lost connection.

`install` makes the triggers: when a server's schema is created, and again by
`collector-desk server init` (a server set up before them gets them that way).
"""

from __future__ import annotations

import json
import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import URL, Connection, Engine, event

CHANNEL = "collector_desk_changes"
PG_FUNCTION = "collector_desk_notify_change"
MAX_IDS = 100  # 100 uuids keep a payload well under PostgreSQL's 8000 bytes
# table -> the column that names the loan ("" for register: entity_id of a loan)
NOTIFYING: dict[str, str] = {
    "case_state": "loan_id",
    "payment": "loan_id",
    "debit_result": "loan_id",
    "call": "loan_id",
    "promise": "loan_id",
    "note": "loan_id",
    "contact_attempt": "loan_id",
    "callback": "loan_id",
    "task_done": "loan_id",
    "placement": "loan_id",
    "register": "",
}
RECONNECT_S = (0.5, 1.0, 2.0, 5.0, 10.0)
log = logging.getLogger(__name__)


def postgresql_function() -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}() RETURNS trigger AS $$ "
        "DECLARE ids text[]; n integer; BEGIN "
        "IF TG_ARGV[0] = '' THEN "
        "SELECT array_agg(DISTINCT entity_id), count(DISTINCT entity_id) INTO ids, n "
        "FROM changed WHERE entity = 'loan'; "
        "ELSE "
        "EXECUTE format('SELECT array_agg(DISTINCT %I), count(DISTINCT %I) FROM changed', "
        "TG_ARGV[0], TG_ARGV[0]) INTO ids, n; "
        "END IF; "
        "IF ids IS NULL THEN RETURN NULL; END IF; "  # no loan's row changed
        f"IF n > {MAX_IDS} THEN ids := '{{}}'; END IF; "
        f"PERFORM pg_notify('{CHANNEL}', json_build_object("
        "'t', TG_TABLE_NAME, 'l', ids, 'by', session_user)::text); "
        "RETURN NULL; END $$ LANGUAGE plpgsql"
    )


def postgresql_statements(table: str, column: str) -> list[str]:
    """Two statement triggers (a transition table serves one event only)."""
    return [
        f'CREATE TRIGGER "notify_{table}_{verb.lower()}" AFTER {verb} ON "{table}" '
        f"REFERENCING NEW TABLE AS changed FOR EACH STATEMENT "
        f"EXECUTE FUNCTION {PG_FUNCTION}('{column}')"
        for verb in ("INSERT", "UPDATE")
    ]


def install(conn: Connection) -> None:
    """The function and its triggers, made again (safe to repeat): by `server init`
    and when the schema is created. Server set-up like the roles: it belongs to the
    database's owner, and no workstation's login may change it."""
    raw = conn.connection.driver_connection  # no parameters: plpgsql's % stays as it is
    assert raw is not None
    raw.execute(postgresql_function())
    for table, column in NOTIFYING.items():
        for verb in ("insert", "update"):
            raw.execute(f'DROP TRIGGER IF EXISTS "notify_{table}_{verb}" ON "{table}"')
        for sql in postgresql_statements(table, column):
            raw.execute(sql)


# --- this process's own connections -----------------------------------------------------

_OWN: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


def track_own_connections(engine: Engine) -> None:
    """Remember the backend pid of each connection the engine opens (libpq knows it:
    no round trip), so a listener can tell this process's changes from the team's."""
    pids: set[int] = _OWN.setdefault(engine, set())

    def opened(dbapi_conn: Any, _record: Any) -> None:
        pid = getattr(getattr(dbapi_conn, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            pids.add(pid)

    def closed(dbapi_conn: Any, _record: Any) -> None:
        pid = getattr(getattr(dbapi_conn, "info", None), "backend_pid", None)
        pids.discard(pid)  # type: ignore[arg-type]

    event.listen(engine, "connect", opened)
    event.listen(engine, "close", closed)


def own_pids(engine: Engine) -> frozenset[int]:
    return frozenset(_OWN.get(engine, ()))


# --- hearing them ------------------------------------------------------------------------


@dataclass(frozen=True)
class Heard:
    table: str
    loans: tuple[str, ...]  # empty: any loan
    by: str  # the server login that wrote
    pid: int = 0  # the backend pid of the connection that committed it


def parse(payload: str, pid: int = 0) -> Heard | None:
    try:
        doc = json.loads(payload)
        loans = tuple(str(x) for x in (doc.get("l") or ()))
        return Heard(str(doc["t"]), loans, str(doc.get("by") or ""), pid)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class Listener:
    """LISTEN on its own connection in a daemon thread; `on_change(Heard)` is called on
    that thread (it must not touch Qt: post to the GUI instead). `stop()` ends it."""

    def __init__(
        self,
        url: URL,
        on_change: Callable[[Heard], None],
        *,
        ignore_pids: Callable[[], frozenset[int]] = frozenset,
        on_state: Callable[[bool], None] | None = None,
    ) -> None:
        self.url = url
        self.on_change = on_change
        self.ignore_pids = ignore_pids
        self.on_state = on_state
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._conn: Any = None
        self._thread = threading.Thread(target=self._run, name="live-updates", daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def wait_listening(self, timeout: float) -> bool:
        return self._listening.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _connect(self) -> Any:
        import psycopg

        u = self.url
        params: dict[str, Any] = {k: v for k, v in u.query.items() if isinstance(v, str)}
        params.update(host=u.host, port=u.port, dbname=u.database, user=u.username)
        params.update(password=u.password, connect_timeout=10, application_name="collector-desk")
        given = {k: v for k, v in params.items() if v is not None}
        conn = psycopg.connect(psycopg.conninfo.make_conninfo(**given), autocommit=True)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as exc:
                log.info("live updates: cannot connect (%s)", type(exc).__name__)
                self._set_state(False)
                self._stop.wait(RECONNECT_S[min(failures, len(RECONNECT_S) - 1)])
                failures += 1
                continue
            failures = 0
            self._listening.set()
            self._set_state(True)
            try:
                with conn:
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=0.5, stop_after=64):
                            self._hear(note.pid, note.payload)
            except Exception as exc:
                log.info("live updates: connection lost (%s)", type(exc).__name__)
                self._set_state(False)

    def _hear(self, pid: int, payload: str) -> None:
        if pid in self.ignore_pids():
            return
        heard = parse(payload, pid)
        if heard is not None:
            try:
                self.on_change(heard)
            except Exception:
                log.exception("live updates: the change could not be handed on")

    def _set_state(self, connected: bool) -> None:
        if self.on_state is not None:
            self.on_state(connected)
