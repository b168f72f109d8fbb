"""What the case list asks for and what it shows: plain data, no SQL, no Qt.

`CaseQuery` is what the list selects (the UI edits it, `services.cases` turns it
into SQL); `CaseRow` is one row of it. `case_row` makes a row from a case_state
row's `LIST_COLUMNS` and a day: DPD, bucket and band are computed from the stored
oldest-unpaid due date *at that day*, and a row whose stored values no longer
hold (expired, from a later day, an older derivation) is marked `updating`. The
service's pages and the start's first page (`store/first_page.py`, read with
sqlite3 before SQLAlchemy is imported) both go through it, so the two agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from collector_desk.domain.loan import FAR_FUTURE, band_for_dpd, bucket_for_dpd
from collector_desk.domain.privacy import mask_name
from collector_desk.domain.promise import PromiseStatus

# Raise whenever derive() (services/case_state.py) would give a different value for
# the same facts and day: every row computed by an older version is stale and is
# refreshed at the next start.
DERIVATION_VERSION = 1


class SortKey(StrEnum):
    DPD = "dpd"
    OVERDUE = "overdue"
    NAME = "name"
    CONTRACT = "contract"


# The case_state column each sort orders by. Higher DPD = older oldest-unpaid due
# date, so "DPD descending" is due date ascending.
SORT_COLUMN: dict[SortKey, str] = {
    SortKey.DPD: "oldest_unpaid_due_on",
    SortKey.OVERDUE: "overdue_fen",
    SortKey.NAME: "borrower_name",
    SortKey.CONTRACT: "contract_no",
}


@dataclass(frozen=True)
class CaseQuery:
    """What the list shows. Plain data: the UI edits it, the service turns it into SQL."""

    buckets: frozenset[str] = frozenset()  # Bucket values or DPD band names ("M1-1-5")
    promise: frozenset[str] = frozenset()  # PromiseStatus values
    search: str = ""
    assigned_to: str | None = None  # None: everyone's cases
    sort: SortKey = SortKey.DPD
    descending: bool = True  # DPD descending = most overdue first
    only_overdue: bool = False
    batch: str = ""  # head office's batch (批次号) of the current placement; "": any

    def with_(self, **changes: Any) -> CaseQuery:
        return replace(self, **changes)


# This workstation's switch (a local setting): the list shows only my cases.
OWN_CASES_SETTING = "list_own_cases"


def list_scope(settings: Mapping[str, Any]) -> str | None:
    """Whose cases the list shows at start (`CaseQuery.assigned_to`): the collector's
    own when the workstation's switch says so (by default for the collector role),
    else everyone's (None). No collector id: everyone's."""
    me = str(settings.get("collector_id") or "")
    stored = settings.get(OWN_CASES_SETTING)
    default = settings.get("role", "collector") == "collector"
    own = bool(me) and (default if stored is None else bool(stored))
    return me if own else None


@dataclass(frozen=True, slots=True)
class CaseRow:
    loan_id: str
    contract_no: str
    borrower_masked: str
    dpd: int
    bucket: str
    band: str
    overdue_fen: int
    outstanding_fen: int
    promise_status: str
    promise_on: date | None
    promise_fen: int | None
    next_action: str
    assigned_to: str
    sort_value: Any = field(repr=False, default=None)
    # The stored amounts, promise and next action are from an earlier day (or an
    # older derive()); DPD and bucket are today's, computed from the due date.
    updating: bool = False

    @property
    def key(self) -> tuple[Any, str]:
        return (self.sort_value, self.loan_id)


# The case_state columns a row is made of, in `case_row`'s order.
LIST_COLUMNS: tuple[str, ...] = (
    "loan_id",
    "contract_no",
    "borrower_name",
    "oldest_unpaid_due_on",
    "overdue_fen",
    "outstanding_fen",
    "promise_status",
    "promise_on",
    "promise_fen",
    "next_action",
    "assigned_to",
    "computed_on",
    "valid_until",
    "derivation",
)

# CaseRow's slots, set straight: a frozen dataclass's __init__ sets each field through
# object.__setattr__, ~10x the cost of a plain one (a page is 200 rows).
_SLOTS = tuple(getattr(CaseRow, f.name).__set__ for f in fields(CaseRow))
_NO_PROMISE = PromiseStatus.NONE.value


def _new_row(*values: Any) -> CaseRow:
    row = object.__new__(CaseRow)
    for put, value in zip(_SLOTS, values, strict=True):
        put(row, value)
    return row


@lru_cache(maxsize=4096)
def _bucket_band(dpd: int) -> tuple[str, str]:
    return bucket_for_dpd(dpd).value, band_for_dpd(dpd)


def case_row(values: Any, today: date, sort_value: Any) -> CaseRow:
    """The list row of one case_state row (its `LIST_COLUMNS`, dates as `date`) on `today`."""
    # Positional unpacking: named access on 200 rows costs more than the SQL.
    (
        loan_id,
        contract_no,
        name,
        due,
        overdue,
        outstanding,
        status,
        p_on,
        p_fen,
        action,
        who,
        computed_on,
        valid_until,
        derivation,
    ) = values
    dpd = 0 if due == FAR_FUTURE else max(0, (today - due).days)
    bucket, band = _bucket_band(dpd)
    return _new_row(
        loan_id,
        contract_no,
        mask_name(name),
        dpd,
        bucket,
        band,
        overdue,
        outstanding,
        status or _NO_PROMISE,
        p_on,
        p_fen,
        action,
        who,
        sort_value,
        valid_until <= today or computed_on > today or derivation < DERIVATION_VERSION,
    )
