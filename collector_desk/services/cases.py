"""The case list: filtering, sorting, searching and paging done in SQL over the
case_state index, keyset-paged so page 5,000 costs what page 1 does."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, case, func, or_, select
from sqlalchemy.orm import Session

# Re-exported: the list's plain data, for the UI and the CLI (domain/case_rows.py).
from collector_desk.domain.case_rows import LIST_COLUMNS, SORT_COLUMN, case_row
from collector_desk.domain.case_rows import CaseQuery as CaseQuery
from collector_desk.domain.case_rows import CaseRow as CaseRow
from collector_desk.domain.case_rows import SortKey as SortKey
from collector_desk.domain.loan import BUCKET_DPD, DPD_BANDS, Bucket
from collector_desk.domain.promise import PromiseStatus
from collector_desk.services.context import Desk
from collector_desk.store import personal, placements
from collector_desk.store.models import Borrower, CaseState, Loan, Phone

_SORT_COLUMNS: dict[SortKey, Any] = {
    key: getattr(CaseState, column) for key, column in SORT_COLUMN.items()
}


def _dpd_range(name: str) -> tuple[int, int | None]:
    for band, low, high in DPD_BANDS:
        if band == name:
            return low, high
    return BUCKET_DPD[Bucket(name)]


def _due_range(today: date, low: int, high: int | None) -> ColumnElement[bool]:
    col = CaseState.oldest_unpaid_due_on
    if low == 0 and high == 0:
        return col >= today
    conds = [col <= today - timedelta(days=low)]
    if high is not None:
        conds.append(col >= today - timedelta(days=high))
    return and_(*conds)


_DIGITS = re.compile(r"^\d+$")
_ID_TAIL = re.compile(r"^\d{3}[\dXx]$")


def _has_cjk(text: str) -> bool:
    """Any CJK ideograph (U+3400-U+9FFF)? A plain scan: compiling that range as a
    regular expression costs 12 ms, paid at the import, on the GUI thread."""
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def search_condition(text: str) -> ColumnElement[bool] | None:
    """Name prefix, contract number prefix, phone tail or full number, ID tail."""
    q = text.strip().replace(" ", "").replace("-", "")
    if not q:
        return None
    conds: list[ColumnElement[bool]] = []
    if _has_cjk(q):
        conds.append(and_(CaseState.borrower_name >= q, CaseState.borrower_name < q + "\uffff"))
        return or_(*conds)
    # A contract number keeps its dashes and spaces ('HT-2026-0001'): looked for as typed
    # too, not only without them (as a phone is typed: 138-1234-5678).
    for upper in dict.fromkeys((text.strip().upper(), q.upper())):
        conds.append(and_(CaseState.contract_no >= upper, CaseState.contract_no < upper + "\uffff"))
    if q.startswith("+"):
        q = q[1:]
    if _DIGITS.match(q) and len(q) == 4:
        conds.append(
            CaseState.loan_id.in_(
                select(Loan.id)
                .join(Phone, Phone.borrower_id == Loan.borrower_id)
                .where(Phone.tail4 == q)
            )
        )
    if _ID_TAIL.match(q):
        conds.append(
            CaseState.loan_id.in_(
                select(Loan.id)
                .join(Borrower, Borrower.id == Loan.borrower_id)
                .where(Borrower.id_tail == q.upper())
            )
        )
    if _DIGITS.match(q) and len(q) >= 7:
        number = "86" + q if len(q) == 11 else q
        # the server's own lookup where the full numbers are not the login's to read
        conds.append(
            CaseState.loan_id.in_(
                select(Loan.id).where(personal.BorrowerHasNumber(Loan.borrower_id, number))
            )
        )
    return or_(*conds)


def where_clause(query: CaseQuery, today: date) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if query.buckets:
        conds.append(or_(*(_due_range(today, *_dpd_range(b)) for b in sorted(query.buckets))))
    if query.only_overdue:
        conds.append(CaseState.oldest_unpaid_due_on < today)
    if query.promise:
        conds.append(CaseState.promise_status.in_(sorted(query.promise)))
    if query.assigned_to is not None:
        conds.append(CaseState.assigned_to == query.assigned_to)
    if query.batch:
        conds.append(placements.in_current_batch(query.batch))
    found = search_condition(query.search)
    if found is not None:
        conds.append(found)
    return conds


def _page(
    session: Session,
    query: CaseQuery,
    today: date,
    *,
    after: tuple[Any, str] | None = None,
    limit: int = 200,
) -> list[CaseRow]:
    stmt, at = _page_statement(query, today, after is not None, limit)
    params = {} if after is None else {"after_value": after[0], "after_id": after[1]}
    # Through the Core connection: the ORM's row loading costs more than the SQL.
    rows = session.connection().execute(stmt, params).fetchall()
    return [case_row(r, today, r[at]) for r in rows]


@lru_cache(maxsize=64)
def _page_statement(query: CaseQuery, today: date, keyed: bool, limit: int) -> tuple[Any, int]:
    """A page's statement, built once per query and day (the keyset position as bound
    parameters), and where its sort value is in a row.

    Building the conditions and SQLAlchemy's cache lookup of a new statement object
    cost more than the SQL of a first page (about 1 ms against 0.6 ms at 1M cases)."""
    col = _SORT_COLUMNS[query.sort]
    desc = query.descending
    if query.sort is SortKey.DPD:
        desc = not desc  # DPD descending is due date ascending
    conds = where_clause(query, today)
    if keyed:
        value = bindparam("after_value", type_=col.type)
        loan_id = bindparam("after_id", type_=CaseState.loan_id.type)
        if desc:
            conds.append(or_(col < value, and_(col == value, CaseState.loan_id < loan_id)))
        else:
            conds.append(or_(col > value, and_(col == value, CaseState.loan_id > loan_id)))
    order = (col.desc(), CaseState.loan_id.desc()) if desc else (col.asc(), CaseState.loan_id.asc())
    # Plain columns, not ORM entities: 200 entities cost ~20x the SQL itself.
    stmt = select(*_LIST_COLUMNS).where(*conds).order_by(*order).limit(limit)
    return stmt, [c.key for c in _LIST_COLUMNS].index(col.key)


def _count(session: Session, query: CaseQuery, today: date) -> int:
    return int(session.connection().execute(_count_statement(query, today)).scalar() or 0)


# The counts' statements, like a page's, built once per query and day: a list's counts
# are a dozen statements, and building them is Python on a worker that takes the GIL
# from the GUI thread (ui/after_paint.py).
@lru_cache(maxsize=256)
def _count_statement(query: CaseQuery, today: date) -> Any:
    return select(func.count()).select_from(CaseState).where(*where_clause(query, today))


def _bucket_counts(session: Session, query: CaseQuery, today: date) -> dict[str, int]:
    """How many cases each bucket filter would show, with the other filters kept."""
    base = query.with_(buckets=frozenset())
    return {
        b.value: _count(session, base.with_(buckets=frozenset({b.value})), today) for b in Bucket
    }


_LIST_COLUMNS = tuple(getattr(CaseState, name) for name in LIST_COLUMNS)


# --- the service: each call is one short read of its own -------------------------------------


@dataclass(frozen=True, slots=True)
class CaseCounts:
    """The list's total and what each bucket filter would show (key "" is all buckets),
    and each promise filter (keys PROMISE_KEY + status, PROMISE_KEY alone for any)."""

    total: int
    per_filter: dict[str, int]


def page(
    desk: Desk, query: CaseQuery, *, after: tuple[Any, str] | None = None, limit: int = 200
) -> list[CaseRow]:
    """One keyset page: the `limit` rows after `after` (a `CaseRow.key`)."""
    with desk.read() as s:
        return _page(s, query, desk.today(), after=after, limit=limit)


def batches(desk: Desk) -> list[str]:
    """Head office's batches (批次号) the placements name, newest first: the case
    list's batch filter offers them."""
    with desk.read() as s:
        return [str(name) for name in s.scalars(placements.batch_names())]


def count(desk: Desk, query: CaseQuery) -> int:
    with desk.read() as s:
        return _count(s, query, desk.today())


def bucket_counts(desk: Desk, query: CaseQuery) -> dict[str, int]:
    """How many cases each bucket filter would show, with the other filters kept."""
    with desk.read() as s:
        return _bucket_counts(s, query, desk.today())


def counts(desk: Desk, query: CaseQuery) -> CaseCounts:
    """The total and every bucket and DPD band filter's count, in one read.

    Without a search each filter is a range count over an index (a million cases
    take ~10 ms each); a search's lookup (a phone or ID tail, a name) would run
    once per filter that way, so with one all filters are summed in one pass."""
    with desk.read_once() as s:  # on a server: no transaction, one statement (below)
        today = desk.today()
        if search_condition(query.search) is not None:
            total, per = _filter_counts(s, query, today)
        elif s.connection().dialect.name == "postgresql":
            return _server_counts(s, query, today)
        else:
            total, per = _count(s, query, today), _bucket_counts(s, query, today)
            base = query.with_(buckets=frozenset())
            for band, _, _ in DPD_BANDS:
                if band not in per:
                    per[band] = _count(s, base.with_(buckets=frozenset({band})), today)
            per[""] = _count(s, base, today)
        per.update(_promise_counts(s, query, today))
    return CaseCounts(total, per)


def _server_counts(session: Session, query: CaseQuery, today: date) -> CaseCounts:
    """The same counts as one statement of scalar subqueries: on a team's server each
    count would be a round trip (a dozen, 30 ms apiece on an office network)."""
    base = query.with_(buckets=frozenset())
    wanted: dict[str, CaseQuery] = {"": base}
    for name in _filter_names():
        wanted[name] = base.with_(buckets=frozenset({name}))
    counts = {name: _count_statement(q, today) for name, q in wanted.items()}
    counts["total"] = _count_statement(query, today)
    promised = query.with_(promise=frozenset())
    where = where_clause(promised, today)
    counts[PROMISE_KEY] = _count_statement(promised, today)
    for p in PromiseStatus:
        key = PROMISE_KEY + p.value
        counts[key] = (
            select(func.count())
            .select_from(CaseState)
            .where(*where, CaseState.promise_status == p.value)
        )
    row = (
        session.connection()
        .execute(select(*(stmt.scalar_subquery() for stmt in counts.values())))
        .one()
    )
    found = {name: int(n or 0) for name, n in zip(counts, row, strict=True)}
    total = found.pop("total")
    return CaseCounts(total, found)


def _filter_names() -> list[str]:
    """The bucket filters, then the DPD bands that are not a bucket too."""
    names = [b.value for b in Bucket]
    return names + [band for band, _, _ in DPD_BANDS if band not in names]


def _filter_counts(session: Session, query: CaseQuery, today: date) -> tuple[int, dict[str, int]]:
    """(the query's total, what each bucket or band filter would show with the other
    filters kept, and "" for all buckets): one pass over the cases the other filters
    select, each filter a sum (a search's phone or ID lookup runs once, not 12 times)."""
    names = _filter_names()
    found = [int(n or 0) for n in session.connection().execute(_sums_statement(query, today)).one()]
    per = dict(zip(names, found[1:], strict=False))
    per[""] = found[0]
    return (found[-1] if query.buckets else found[0]), per


@lru_cache(maxsize=64)
def _sums_statement(query: CaseQuery, today: date) -> Any:
    """_filter_counts' one statement: the count, then one sum per filter name (and
    one for the query's own buckets, if any), over the other filters' cases."""

    def cases_in(*filters: str) -> Any:
        inside = or_(*(_due_range(today, *_dpd_range(f)) for f in sorted(filters)))
        return func.coalesce(func.sum(case((inside, 1), else_=0)), 0)

    sums = [cases_in(name) for name in _filter_names()]
    if query.buckets:
        sums.append(cases_in(*query.buckets))
    base = query.with_(buckets=frozenset())
    return select(func.count(), *sums).select_from(CaseState).where(*where_clause(base, today))


PROMISE_KEY = "promise:"  # per_filter keys of the promise filter: "promise:broken", ...


def _promise_counts(session: Session, query: CaseQuery, today: date) -> dict[str, int]:
    """What each promise filter would show, the other filters kept: one grouped read.
    A case counts under its latest promise's status, whatever that promise's date."""
    stmt = _promise_statement(query.with_(promise=frozenset()), today)
    found = {str(status): int(n) for status, n in session.connection().execute(stmt)}
    out = {PROMISE_KEY + p.value: found.get(p.value, 0) for p in PromiseStatus}
    out[PROMISE_KEY] = sum(found.values())
    return out


@lru_cache(maxsize=64)
def _promise_statement(base: CaseQuery, today: date) -> Any:
    return (
        select(CaseState.promise_status, func.count())
        .where(*where_clause(base, today))
        .group_by(CaseState.promise_status)
    )


def rows_by_id(desk: Desk, query: CaseQuery, loan_ids: Iterable[str]) -> dict[str, CaseRow]:
    """The current rows of these loans, for those the query still selects.

    A view refreshes the rows a write changed with this, instead of reloading
    every page: a loan missing from the answer has left the query.
    """
    ids = sorted(set(loan_ids))
    if not ids:
        return {}
    col = _SORT_COLUMNS[query.sort]
    at = [c.key for c in _LIST_COLUMNS].index(col.key)
    out: dict[str, CaseRow] = {}
    with desk.read_once() as s:
        today = desk.today()
        conds = where_clause(query, today)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            stmt = select(*_LIST_COLUMNS).where(CaseState.loan_id.in_(chunk), *conds)
            for r in s.connection().execute(stmt).fetchall():
                row = case_row(r, today, r[at])
                out[row.loan_id] = row
    return out
