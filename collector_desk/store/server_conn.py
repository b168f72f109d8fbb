"""A pooled connection to the team's server, checked at checkout without a round trip.

SQLAlchemy's `pool_pre_ping` sends a ping each time a connection leaves the pool: a
round trip before every read and every write, 30 ms on an office network (a case's
opening is one statement: the ping would double it). Instead (`attach(engine)`):

- **At checkout, a look at the socket, no waiting.** An idle connection the server
  has closed (`pg_terminate_backend`, a restart, `idle_session_timeout`) has the
  server's "terminating connection" message and the end of the stream waiting to be
  read, and libpq says BAD for one it already saw broken. Either way the pool drops
  it and connects afresh before anything is sent. (A pooled connection never
  LISTENs, so nothing else arrives unasked; what would be a false alarm costs one
  reconnection, never an error.)
- **`pool_recycle`** (`store.db.SERVER_RECYCLE_S`): a connection older than that is
  replaced at checkout, so a firewall or a server limit that cuts long-lived
  connections without a word is met less often.
- **A retry once.** A connection that dies between the look and its first answer
  fails that statement with a disconnect. `is_stale(exc)` says so when nothing had
  been answered on it since checkout: nothing of the unit of work reached the
  server (an unanswered BEGIN or first statement; the server rolls back what it
  had), so `store.locks.retrying` runs the unit once more on a new connection.

A silent network (a cable out, no reset) is not seen by the look; a ping would not
have answered either: the first statement waits for TCP, as the ping would have.
"""

from __future__ import annotations

import select
from typing import Any

from sqlalchemy import Engine, event, exc

_ANSWERED = "desk_answered"  # statements answered on the connection since its checkout
STALE = "desk_stale"  # set on a disconnect error met before any answer since checkout


def dead(dbapi_conn: Any) -> bool:
    """The server has closed this idle connection (or libpq saw it broken), told
    without sending anything."""
    from psycopg import pq

    if dbapi_conn.closed or dbapi_conn.broken:
        return True
    pgconn = dbapi_conn.pgconn
    if pgconn.status != pq.ConnStatus.OK:
        return True
    if pgconn.transaction_status != pq.TransactionStatus.IDLE:
        return True  # a pooled connection comes back idle; anything else is not reusable
    try:
        readable, _, _ = select.select([pgconn.socket], [], [], 0)
    except (OSError, ValueError, TypeError):
        return True  # no socket to look at: a new connection costs less than a doubt
    # An idle connection's server has nothing to say unasked: what waits is its goodbye.
    return bool(readable)


def attach(engine: Engine) -> None:
    """Check each checkout without a round trip and mark stale-connection errors."""

    def checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        if dead(dbapi_conn):
            raise exc.DisconnectionError("the server closed this pooled connection")
        record.info[_ANSWERED] = 0

    def answered(conn: Any, *_a: Any) -> None:
        info = conn.info
        info[_ANSWERED] = info.get(_ANSWERED, 0) + 1

    def failed(context: Any) -> None:
        conn = context.connection
        error = context.sqlalchemy_exception
        if not context.is_disconnect or conn is None or error is None:
            return
        try:
            count = conn.info.get(_ANSWERED, 0)  # (handle_error runs before invalidation)
        except exc.SQLAlchemyError:
            return
        if count == 0:
            setattr(error, STALE, True)

    event.listen(engine.pool, "checkout", checkout)
    event.listen(engine, "after_cursor_execute", answered)
    event.listen(engine, "handle_error", failed)


def is_stale(error: BaseException) -> bool:
    """A disconnect met before the connection had answered anything since checkout:
    the work may be run again on a new connection, as if never tried."""
    return isinstance(error, exc.DBAPIError) and bool(getattr(error, STALE, False))
