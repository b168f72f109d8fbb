"""Locks that keep a team's concurrent writes exact on a shared server.

On PostgreSQL (READ COMMITTED) two workstations' transactions interleave: both
read a loan's payments, both check "≤ outstanding", both write, and the cached
state one of them computed misses the other's payment. Each write that depends
on what it read therefore locks first, and reads after the lock (every statement
after it sees what the other committed):

- `lock_loan`: the loan's row, `SELECT ... FOR UPDATE`, for every fact on a loan
  (`locked_loan`: the same statement reads the loan too).
- `lock_key`: a transaction advisory lock on a name (a register's key, "start of
  day"): serialises writers of something that may not have a row yet.

All are released at commit or rollback. On SQLite they do nothing: one
workstation's file has one writer at a time already.

`retrying` runs a unit of work again when the server aborted it for a
serialization failure or a deadlock (a few times, with a short back-off), then
gives up with `Busy`, whose message says to try again. It also runs it once more
when its pooled connection turned out dead before answering anything
(`store.server_conn.is_stale`: nothing of the unit reached the server).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from collector_desk.store.models import Loan
from collector_desk.store.server_conn import is_stale

T = TypeVar("T")
RETRY_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected
ATTEMPTS = 5


class Busy(RuntimeError):
    """The server stayed too busy for this write; nothing was saved."""

    code = "busy"

    def __init__(self) -> None:
        super().__init__("the database server is busy with the same case; try again")


def _server(session: Session) -> bool:
    return session.connection().dialect.name == "postgresql"


def lock_loan(session: Session, loan_id: str) -> bool:
    """Lock the loan's row until the transaction ends. False: no such loan."""
    return lock_loans(session, [loan_id]) == 1


def locked_loan(session: Session, loan_id: str) -> Loan | None:
    """The loan, its row locked until the transaction ends (one statement; SQLite
    renders no FOR UPDATE). None: no such loan."""
    stmt = select(Loan).where(Loan.id == loan_id).with_for_update()
    return session.scalars(stmt.execution_options(populate_existing=True)).first()


def lock_loans(session: Session, loan_ids: Iterable[str]) -> int:
    """Lock these loans' rows, in id order (two writers never deadlock on them)."""
    ids = sorted(set(loan_ids))
    if not ids or not _server(session):
        return len(ids)
    rows = session.execute(
        text("SELECT id FROM loan WHERE id = ANY(:ids) ORDER BY id FOR UPDATE"), {"ids": ids}
    ).all()
    return len(rows)


def lock_key(session: Session, namespace: str, key: str = "") -> None:
    """An advisory lock on (namespace, key) until the transaction ends."""
    if not _server(session):
        return
    session.execute(
        text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"),
        {"k": f"collector-desk:{namespace}:{key}"},
    )


def try_lock_key(session: Session, namespace: str, key: str = "") -> bool:
    """Like lock_key but without waiting: False when another transaction holds it."""
    if not _server(session):
        return True
    return bool(
        session.execute(
            text("SELECT pg_try_advisory_xact_lock(hashtextextended(:k, 0))"),
            {"k": f"collector-desk:{namespace}:{key}"},
        ).scalar()
    )


def is_retryable(exc: BaseException) -> bool:
    if not isinstance(exc, DBAPIError):
        return False
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code in RETRY_SQLSTATES


def retrying(work: Callable[[], T], *, attempts: int = ATTEMPTS) -> T:
    """`work()` (one whole unit of work), again after a serialization failure or a
    deadlock; `Busy` after `attempts` tries. Once more on a stale pooled connection."""
    stale_retried = False
    failures = 0
    while True:
        try:
            return work()
        except DBAPIError as exc:
            if is_stale(exc) and not stale_retried:
                stale_retried = True  # at once: nothing of it reached the server
                continue
            if not is_retryable(exc):
                raise
            failures += 1
            if failures == attempts:
                raise Busy() from exc
            time.sleep(random.uniform(0.01, 0.05) * (2 ** (failures - 1)))
