"""Persistence of sync bundles: the change-tracking reader for export and the
bookkeeping tables (`sync_mark`, `sync_sent`, `sync_parked`, `sync_log`).

Rows come and go as tuples of stored values in the table's column order (what
SQLite stores and what bundles carry). Every statement is SQLAlchemy Core, so
it is the same on every dialect; on SQLite it is compiled once and run on the
driver's cursor, which hands back stored values without any per-value
conversion (an export of a whole database reads millions of values).

What changed since the last export: facts by `fact_seq` (an explicit, growing
integer key written by triggers; see `store.fact_seq`), master rows and
registers by their version against `sync_sent`. No `rowid`.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    event,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from collector_desk.store import busy
from collector_desk.store.cases_bulk import (
    CHUNK,
    chunks,
    columns,
    sqlite_driver,
    stored,
    table_of,
)

Row = tuple[Any, ...]

_MARK = table_of("sync_mark")
_SENT = table_of("sync_sent")
_PARKED = table_of("sync_parked")
_LOG = table_of("sync_log")
_SEQ = table_of("fact_seq")
_ALIAS = table_of("loan_alias")


def is_sqlite(session: Session) -> bool:
    return session.connection().dialect.name == "sqlite"


def _compiled(
    session: Session, stmt: Select[Any] | Callable[[], Any] | Any, key: tuple[Any, ...] | None
) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    """(SQL text, positional parameter names, fixed values) of a Core statement on
    this session's dialect: with a `key` (naming all the SQL text depends on), built
    and compiled once per process and dialect; without, each time (IN lists)."""
    dialect = session.connection().dialect
    cache_key = None if key is None else (dialect.name, dialect.paramstyle, *key)
    hit = None if cache_key is None else _COMPILED.get(cache_key)
    if hit is None:
        built = stmt() if callable(stmt) else stmt
        compiled = built.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        hit = (compiled.string, tuple(compiled.positiontup or ()), dict(compiled.params))
        if cache_key is not None:
            _COMPILED[cache_key] = hit
    return hit


def stored_rows(
    session: Session,
    stmt: Select[Any] | Callable[[], Select[Any]],
    *,
    key: tuple[Any, ...] | None = None,
    values: Mapping[str, Any] | None = None,
) -> list[Row]:
    """The rows of a Core SELECT (or of what `stmt()` builds) as stored values (ISO
    text dates, 0/1 booleans). With a `key` (naming all the SQL text depends on) it is
    built and compiled once per dialect and key, `values` binding its `bindparam`s;
    without, each time (IN lists)."""
    driver = sqlite_driver(session)
    if driver is None:
        built = stmt() if callable(stmt) else stmt
        return [tuple(stored(v) for v in r) for r in session.execute(built, dict(values or {}))]
    sql, names, fixed = _compiled(session, stmt, key)
    params = {**fixed, **(values or {})}
    found: list[Row] = driver.execute(sql, [params[name] for name in names]).fetchall()
    return found


# SQL text of the keyed statements of `stored_rows` and `run`: (text, parameter names,
# values). SQLAlchemy's own cache of compiled statements belongs to an engine, so each
# Desk opened (a command's, a bench's) compiled every statement again (~0.3 ms each).
_COMPILED: dict[tuple[Any, ...], tuple[str, tuple[str, ...], dict[str, Any]]] = {}


def _bound(value: Any) -> Any:
    """A parameter as its column stores it on SQLite (what the column types' bind
    processors give: UTCDateTime text, ISO dates, 0/1)."""
    if isinstance(value, datetime) and value.tzinfo is None:
        raise ValueError(f"timestamps must be timezone-aware datetimes, got {value!r}")
    return stored(value)


def run(
    session: Session,
    key: tuple[Any, ...],
    build: Callable[[], Any],
    values: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None = None,
) -> Any:
    """Execute the Core statement `build()` makes (its text depends on `key` alone)
    with `values` bound to its `bindparam`s (a list: executemany). On SQLite the text
    is compiled once per process and run on the unit's own driver connection (the
    same transaction), pending ORM rows flushed first; the driver's cursor comes back
    (`lastrowid`, `rowcount`, rows as stored). Elsewhere through SQLAlchemy, as is."""
    driver = sqlite_driver(session)
    if driver is None:
        given = [dict(v) for v in values] if isinstance(values, Sequence) else dict(values or {})
        return session.execute(build(), given)
    session.flush()
    sql, names, fixed = _compiled(session, build, key)
    try:
        if isinstance(values, Sequence):
            return driver.executemany(
                sql, [[_bound({**fixed, **v}[n]) for n in names] for v in values]
            )
        params = {**fixed, **(values or {})}
        return driver.execute(sql, [_bound(params[n]) for n in names])
    except sqlite3.Error as exc:  # the same exception types as through SQLAlchemy
        raise DBAPIError.instance(sql[:200], None, exc, sqlite3.Error) from exc


def _select(table: str) -> Select[Any]:
    t = table_of(table)
    return select(*(t.c[c] for c in columns(table)))


def all_rows(session: Session, table: str) -> list[Row]:
    return stored_rows(session, _select(table))


def rows_where_in(session: Session, table: str, column: str, values: Sequence[Any]) -> list[Row]:
    t = table_of(table)
    out: list[Row] = []
    for part in chunks(list(values)):
        out += stored_rows(session, _select(table).where(t.c[column].in_(part)))
    return out


def ordered_rows(session: Session, table: str) -> Iterator[Row]:
    """Every row, sorted by primary key (a canonical dump)."""
    t = table_of(table)
    yield from stored_rows(session, _select(table).order_by(*t.primary_key.columns))


def count(session: Session, table: str) -> int:
    found = run(
        session, ("count", table), lambda: select(func.count()).select_from(table_of(table))
    )
    return int(found.fetchone()[0] or 0)


# --- export: what changed ------------------------------------------------------------------


def facts_since(
    session: Session, table: str, after: int, origin: str | None = None
) -> tuple[list[Row], int]:
    """The rows of a fact (or conflict) table that arrived after `after` (a `fact_seq`
    mark), only those written at `origin` when given; and the table's highest mark."""
    t = table_of(table)

    def stmt() -> Select[Any]:
        found = (
            _select(table)
            .join(_SEQ, and_(_SEQ.c.row_id == t.c.id, _SEQ.c.table_name == table))
            .where(_SEQ.c.seq > bindparam("after"))
            .order_by(_SEQ.c.seq)
        )
        return found if origin is None else found.where(t.c.workstation_id == bindparam("origin"))

    values = {"after": after} if origin is None else {"after": after, "origin": origin}
    rows = stored_rows(session, stmt, key=("facts_since", table, origin is None), values=values)
    top = select(func.max(_SEQ.c.seq)).where(_SEQ.c.table_name == bindparam("table"))
    last = stored_rows(session, top, key=("last_seq",), values={"table": table})[0][0]
    return rows, int(last or 0)


# On a team's server each workstation exporting "changes" keeps marks of its own (two
# supervisors must not take each other's): keyed "table@site" in sync_mark and
# "site:key" in sync_sent, the site being the first SITE_CHARS of its workstation id.
# A workstation's own SQLite file keeps the plain keys (`site` is ignored there).
SITE_CHARS = 12


def _site(session: Session, site: str | None) -> str | None:
    return None if site is None or is_sqlite(session) else site.replace("-", "")[:SITE_CHARS]


def marks(session: Session, site: str | None = None) -> dict[str, int]:
    """The highest fact number of each table already exported (by this site, on a
    server; before its first export there, the marks shared by earlier versions)."""
    found = {
        name: int(seq)
        for name, seq in run(
            session, ("marks",), lambda: select(_MARK.c.table_name, _MARK.c.last_seq)
        )
    }
    shared = {n: v for n, v in found.items() if "@" not in n}
    own = _site(session, site)
    if own is None:
        return shared
    mine = {n.split("@", 1)[0]: v for n, v in found.items() if n.endswith(f"@{own}")}
    return {**shared, **mine}


def _upsert(session: Session, table: Any, keys: Sequence[str], rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    sqlite_here = is_sqlite(session)

    def build() -> Any:
        make = sqlite.insert if sqlite_here else postgresql.insert
        stmt = make(table).values({c.name: bindparam(c.name) for c in table.columns})
        rest = [c.name for c in table.columns if c.name not in keys]
        return stmt.on_conflict_do_update(
            index_elements=list(keys), set_={c: stmt.excluded[c] for c in rest}
        )

    run(session, ("upsert", table.name, tuple(keys)), build, rows)


def save_marks(session: Session, last: Mapping[str, int], site: str | None = None) -> None:
    own = _site(session, site)
    suffix = "" if own is None else f"@{own}"
    _upsert(
        session, _MARK, ("table_name",),
        [{"table_name": n + suffix, "last_seq": s} for n, s in last.items()],
    )  # fmt: skip


def _row_key(table: str) -> ColumnElement[str]:
    t = table_of(table)
    if table == "register":
        return t.c.entity + literal("/") + t.c.entity_id + literal("/") + t.c.field
    return t.c.id


def unsent(session: Session, table: str, origin: str | None, site: str | None = None) -> list[Row]:
    """Master rows or registers written at `origin` (None: anywhere) whose current
    version ("hlc origin") has not been put in a bundle here (by this site) yet."""
    t = table_of(table)
    own = _site(session, site)

    def stmt() -> Select[Any]:
        version = t.c.hlc + literal(" ") + t.c.origin
        key = _row_key(table) if own is None else literal(f"{own}:") + _row_key(table)
        found = (
            _select(table)
            .outerjoin(_SENT, and_(_SENT.c.table_name == table, _SENT.c.row_key == key))
            .where(or_(_SENT.c.version.is_(None), _SENT.c.version != version))
        )
        return found if origin is None else found.where(t.c.origin == bindparam("origin"))

    cached = ("unsent", table, own, origin is None)
    values = {} if origin is None else {"origin": origin}
    return stored_rows(session, stmt, key=cached, values=values)


def save_sent(
    session: Session, sent: Sequence[tuple[str, str, str]], site: str | None = None
) -> None:
    """(table, row key, version) of rows just exported."""
    own = _site(session, site)
    prefix = "" if own is None else f"{own}:"
    rows = [{"table_name": t, "row_key": prefix + k, "version": v} for t, k, v in sent]
    for start in range(0, len(rows), 5000):
        _upsert(session, _SENT, ("table_name", "row_key"), rows[start : start + 5000])


def assigned_loans(session: Session, collector_id: str) -> list[str]:
    """Loans whose assignment register names this collector."""
    r = table_of("register")
    stmt = select(r.c.entity_id).where(
        r.c.entity == "loan",
        r.c.field == "assigned_to",
        r.c.value == json.dumps(collector_id, ensure_ascii=False),
    )
    return list(session.scalars(stmt))


# --- import ----------------------------------------------------------------------------------


def durable(session: Session, full: bool = True) -> None:
    """Sync this unit to disk at its commit (FULL), or not (NORMAL, this app's default:
    in WAL mode a commit then survives the app being killed, and a power cut may take
    back the last commits, never half of one; the next FULL commit syncs them too)."""
    driver = sqlite_driver(session)
    if driver is None:
        return
    level = 2 if full else 1
    if driver.execute("PRAGMA synchronous").fetchone()[0] == level:
        return
    if not driver.in_transaction:
        driver.execute(f"PRAGMA synchronous={level}")
        return
    # The unit began with BEGIN IMMEDIATE, and SQLite takes no safety level inside a
    # transaction: called first in the unit, nothing is written yet, so end the empty
    # transaction, set the level and take the write lock again.
    driver.commit()
    driver.execute(f"PRAGMA synchronous={level}")
    busy.begin_write(driver, data_dir=None)


WAL_AUTOCHECKPOINT = 1000  # pages: SQLite's default, which this app keeps
_DEFERRED = "collector_desk.checkpoints_deferred"


def defer_checkpoints(session: Session) -> None:
    """This unit's commit does not copy the WAL back into the database (a checkpoint,
    which syncs the database file: every few chunks of a long write that commits in
    chunks). The connection checkpoints as usual again once it is handed back to the
    pool, so the first commit without this (the long write's last chunk, or any other
    writer) checkpoints once for all."""
    driver = sqlite_driver(session)
    if driver is None:
        return
    session.connection().connection.info[_DEFERRED] = True
    driver.execute("PRAGMA wal_autocheckpoint=0")


@event.listens_for(Pool, "checkin")
def _checkpoint_again(dbapi_connection: Any, record: Any) -> None:
    if record.info.pop(_DEFERRED, False) and dbapi_connection is not None:
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")


def versions(
    session: Session, table: str, ids: Sequence[str], *, hlc: str = "hlc", origin: str = "origin"
) -> dict[str, tuple[str, str]]:
    """id -> (hlc, origin) of the rows here among `ids`."""
    t = table_of(table)
    out: dict[str, tuple[str, str]] = {}
    for part in chunks(list(ids)):
        stmt = select(t.c.id, t.c[hlc], t.c[origin]).where(t.c.id.in_(part))
        out.update({rid: (h, o) for rid, h, o in session.execute(stmt)})
    return out


def register_versions(
    session: Session, entity_ids: Sequence[str]
) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(entity, entity_id, field) -> (hlc, origin) of registers here of these entities."""
    r = table_of("register")
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    for part in chunks(sorted(set(entity_ids))):
        stmt = select(r.c.entity, r.c.entity_id, r.c.field, r.c.hlc, r.c.origin).where(
            r.c.entity_id.in_(part)
        )
        out.update({(e, i, f): (h, o) for e, i, f, h, o in session.execute(stmt)})
    return out


def set_conflict_winners(session: Session, rows: Sequence[tuple[str, str, str, str]]) -> None:
    """(winner value, winner hlc, winner origin, conflict id): a later winner seen elsewhere."""
    c = table_of("conflict")
    for value, hlc, origin, cid in rows:
        session.execute(
            update(c)
            .where(c.c.id == cid)
            .values(winner_value=value, winner_hlc=hlc, winner_origin=origin)
        )


def present_ids(session: Session, table: str, column: str, values: Sequence[Any]) -> set[Any]:
    """Which of `values` appear in table.column (an indexed column), by IN lookups."""
    t = table_of(table)
    wanted = sorted(set(values) - {None})
    if not wanted:
        return set()
    driver = sqlite_driver(session)
    if driver is not None:  # the driver's cursor: no statement to build per call
        empty = driver.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is None
    else:
        empty = session.scalar(select(literal(1)).select_from(t).limit(1)) is None
    if empty:
        return set()
    out: set[Any] = set()
    size = (
        CHUNK
        if driver is None
        else max(CHUNK, driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // 4)
    )
    for part in chunks(wanted, size):
        if driver is not None:  # one statement text per size, no compile per call
            sql = f'SELECT "{column}" FROM "{table}" WHERE "{column}" IN ({",".join("?" * len(part))})'
            out.update(r[0] for r in driver.execute(sql, part))
        else:
            out.update(session.scalars(select(t.c[column]).where(t.c[column].in_(part))))
    return out


def key_holders(
    session: Session, table: str, key: Sequence[str], values: Sequence[tuple[Any, ...]]
) -> dict[tuple[Any, ...], str]:
    """Of these values of a unique key (columns `key`), which row id holds each here."""
    t = table_of(table)
    wanted = set(values)
    out: dict[tuple[Any, ...], str] = {}
    for part in chunks(sorted({v[0] for v in wanted})):
        stmt = select(t.c.id, *(t.c[c] for c in key)).where(t.c[key[0]].in_(part))
        for rid, *found in session.execute(stmt):
            if tuple(found) in wanted:
                out[tuple(found)] = rid
    return out


def take_parked(session: Session) -> list[tuple[str, dict[str, Any]]]:
    """Every parked fact as (table, {"columns": [...], "values": [...]}), emptying the table."""
    found = run(session, ("parked",), lambda: select(_PARKED.c.table_name, _PARKED.c.row))
    out = [(name, json.loads(doc)) for name, doc in found]
    if out:
        run(session, ("unpark",), _PARKED.delete)
    return out


def park(
    session: Session, table: str, cols: Sequence[str], rows: Sequence[Sequence[Any]], key: int
) -> None:
    """Keep facts whose case has not arrived yet, for a later import (a fact parked
    already stays as it is)."""
    if not rows:
        return
    make = sqlite.insert if is_sqlite(session) else postgresql.insert
    session.execute(
        make(_PARKED).on_conflict_do_nothing(index_elements=["table_name", "id"]),
        [
            {"table_name": table, "id": r[key], "row": json.dumps({"columns": cols, "values": r})}
            for r in rows
        ],
    )


def log_bundle(
    session: Session,
    *,
    bundle_id: str,
    direction: str,
    at: datetime,
    workstation_id: str,
    collector_id: str,
    file_name: str,
    summary: str = "{}",
) -> int:
    """A line of `sync_log`; returns its seq."""
    values = {
        "bundle_id": bundle_id,
        "direction": direction,
        "at": at,
        "workstation_id": workstation_id,
        "collector_id": collector_id,
        "file_name": file_name,
        "summary": summary,
    }
    if sqlite_driver(session) is not None:
        build = lambda: insert(_LOG).values({k: bindparam(k) for k in values})  # noqa: E731
        return int(run(session, ("log_bundle",), build, values).lastrowid)
    result = session.connection().execute(insert(_LOG).values(values))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def set_log_summary(session: Session, seq: int, summary: str) -> None:
    def build() -> Any:
        return update(_LOG).where(_LOG.c.seq == bindparam("k_seq")).values(summary=bindparam("s"))

    run(session, ("set_log_summary",), build, {"k_seq": seq, "s": summary})


def import_journal(session: Session, bundle_id: str) -> tuple[int, dict[str, Any]] | None:
    """The latest import line of this bundle here: (seq, its summary), or None."""

    def build() -> Any:
        return (
            select(_LOG.c.seq, _LOG.c.summary)
            .where(_LOG.c.bundle_id == bindparam("bundle"), _LOG.c.direction == "import")
            .order_by(_LOG.c.seq.desc())
            .limit(1)
        )

    found = run(session, ("import_journal",), build, {"bundle": bundle_id}).fetchone()
    if found is None:
        return None
    try:
        summary = json.loads(found[1] or "{}")
    except ValueError:
        summary = {}
    return int(found[0]), summary if isinstance(summary, dict) else {}


def any_aliases(session: Session) -> bool:
    found = run(session, ("any_aliases",), lambda: select(literal(1)).select_from(_ALIAS).limit(1))
    return found.fetchone() is not None


def aliases(session: Session, ids: Sequence[str]) -> dict[str, str]:
    """remote id -> local id, for those of `ids` that `loan_alias` holds."""
    out: dict[str, str] = {}
    wanted = sorted(set(ids) - {None})  # type: ignore[arg-type]
    if not wanted or not any_aliases(session):
        return out
    for part in chunks(wanted):
        stmt = select(_ALIAS.c.remote_id, _ALIAS.c.local_id).where(_ALIAS.c.remote_id.in_(part))
        out.update((r, loc) for r, loc in session.execute(stmt))
    return out


def add_aliases(session: Session, rows: Sequence[tuple[str, str, str]]) -> None:
    """Record (remote id, local id, entity) pairs; a pair recorded already stays."""
    if not rows:
        return
    make = sqlite.insert if is_sqlite(session) else postgresql.insert
    session.execute(
        make(_ALIAS).on_conflict_do_nothing(index_elements=["remote_id"]),
        [{"remote_id": r, "local_id": loc, "entity": e} for r, loc, e in rows],
    )


# SQLite's page cache (KiB) for the units of a long write that commits in chunks (an
# intake): the default 2 MiB holds fewer index pages than one chunk's new rows dirty
# (2,000 cases write about 27 rows each), so SQLite spilled dirty pages into the WAL
# in the middle of a chunk and read them back, and each chunk read again the index
# pages the one before had just had in hand: the more so the larger the database.
BULK_CACHE_KIB = 65_536
DEFAULT_CACHE_KIB = 2000  # SQLite's default, which this app keeps otherwise
# With it, the statement journals of the chunk's many-row INSERTs (SQLite keeps one per
# statement inside a transaction: the fact tables have triggers) stay in memory instead
# of spilling into temporary files past 64 KiB.
BULK_PRAGMAS = (f"PRAGMA cache_size=-{BULK_CACHE_KIB}", "PRAGMA temp_store=MEMORY")
_DEFAULT_PRAGMAS = (f"PRAGMA cache_size=-{DEFAULT_CACHE_KIB}", "PRAGMA temp_store=DEFAULT")
_LARGE_CACHE = "collector_desk.large_cache"
_bulk_lock = threading.Lock()
_bulk_running = [0]  # long writes of this process between whose units the cache stays


@contextlib.contextmanager
def bulk_writes() -> Iterator[None]:
    """While this runs, a connection given `bulk_cache` keeps its cache (and the pages
    in it) when it goes back to the pool between two units; the first time it goes
    back afterwards it gets SQLite's default again, which frees the rest."""
    with _bulk_lock:
        _bulk_running[0] += 1
    try:
        yield
    finally:
        with _bulk_lock:
            _bulk_running[0] -= 1


def bulk_cache(session: Session) -> None:
    """This unit's connection keeps up to BULK_CACHE_KIB of pages and its temporary
    files in memory (BULK_PRAGMAS; SQLite, nothing on a server), for as long as
    `bulk_writes` runs."""
    driver = sqlite_driver(session)
    if driver is None:
        return
    session.connection().connection.info[_LARGE_CACHE] = True
    driver.execute(BULK_PRAGMAS[0])
    _temp_in_memory(driver)


def _temp_in_memory(driver: Any) -> None:
    """temp_store=MEMORY, where SQLite takes it: inside a transaction it refuses once
    the connection has a temporary database open (a temporary table of the day's
    advance, say); then it is set when the connection goes back to the pool."""
    with contextlib.suppress(sqlite3.OperationalError):
        driver.execute(BULK_PRAGMAS[1])


@event.listens_for(Pool, "checkin")
def _default_cache_again(dbapi_connection: Any, record: Any) -> None:
    if not record.info.get(_LARGE_CACHE) or dbapi_connection is None:
        return
    if _bulk_running[0]:
        _temp_in_memory(dbapi_connection)  # outside a transaction now: taken
        return
    record.info.pop(_LARGE_CACHE, None)
    for pragma in _DEFAULT_PRAGMAS:
        dbapi_connection.execute(pragma)
