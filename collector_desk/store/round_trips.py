"""Counting the round trips a piece of work makes to the database server.

A round trip is one request the client waits for: each statement, each BEGIN,
COMMIT or ROLLBACK psycopg sends, and the liveness ping of a pooled connection
being checked out where the engine has `pool_pre_ping` (the team's server engine
has not: store.server_conn looks at the socket instead, with no round trip). On a
30 ms network each costs 30 ms, which
is why the case pane and the call save are budgeted in them, not in
milliseconds on loopback.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event


class RoundTrips:
    """Counts round trips on an engine while `counting()` is open (any thread)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.by_kind: Counter[str] = Counter()
        self.statements: list[str] = []
        self.threads: Counter[str] = Counter()  # round trips per thread name
        self.kinds_by_thread: Counter[tuple[str, str]] = Counter()  # (thread, kind)
        self._lock = threading.Lock()
        self._on = False
        self._pings = bool(getattr(engine.pool, "_pre_ping", False))

    def _add(self, kind: str, statement: str = "") -> None:
        if not self._on:
            return
        with self._lock:
            self.by_kind[kind] += 1
            thread = threading.current_thread().name
            self.threads[thread] += 1
            self.kinds_by_thread[thread, kind] += 1
            if statement:
                self.statements.append(" ".join(statement.split())[:120])

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())

    @contextmanager
    def counting(self) -> Iterator[RoundTrips]:
        def statement(_c: Any, _cur: Any, sql: str, *_a: Any) -> None:
            self._add("statement", sql)

        def auto(conn: Any) -> bool:  # autocommit: psycopg sends no BEGIN/COMMIT/ROLLBACK
            return bool(conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT")

        def begin(conn: Any) -> None:
            # psycopg sends BEGIN before the first statement of a transaction, and waits
            if not auto(conn):
                self._add("begin")

        def commit(conn: Any) -> None:
            if not auto(conn):
                self._add("commit")

        def rollback(conn: Any) -> None:
            if not auto(conn):
                self._add("rollback")

        def checkout(*_a: Any) -> None:
            if self._pings:
                self._add("ping")

        listeners: list[tuple[Any, str, Callable[..., Any]]] = [
            (self.engine, "before_cursor_execute", statement),
            (self.engine, "begin", begin),
            (self.engine, "commit", commit),
            (self.engine, "rollback", rollback),
            (self.engine.pool, "checkout", checkout),
        ]
        for target, name, fn in listeners:
            event.listen(target, name, fn)
        self.by_kind.clear()
        self.statements.clear()
        self.threads.clear()
        self.kinds_by_thread.clear()
        self._on = True
        try:
            yield self
        finally:
            self._on = False
            for target, name, fn in listeners:
                event.remove(target, name, fn)
