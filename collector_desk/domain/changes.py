"""What a service call changed, named so that each view decides whether to refresh.

Plain Python (no SQLAlchemy, no Qt): services build change sets, the UI's views
read them, and the window imports this before it shows without pulling in the
database layer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    """What kind of thing a service call changed. A view refreshes only for the
    kinds that concern it (a reveal, say, changes no row of the case list)."""

    CASE = "case"  # a case's list row: amounts, promise status, next action, assignment
    CALL = "call"
    PROMISE = "promise"
    PAYMENT = "payment"
    DEBIT = "debit"  # debit (回盘) results
    NOTE = "note"
    ATTEMPT = "attempt"  # a contact attempt: dial, SMS
    WORKLIST = "worklist"  # tasks done, callbacks
    CALENDAR = "calendar"
    FLAGS = "flags"  # do-not-contact and lost-contact flags
    LIMITS = "limits"
    AUDIT = "audit"
    TEAM = "team"
    ASSIGNMENT = "assignment"
    SETTINGS = "settings"
    PRACTICE = "practice"
    SYNC = "sync"  # a bundle was imported
    DAY = "day"  # the date moved on: every derived value may have changed
    PLACEMENT = "placement"  # head office's placements (batches) of these loans

    @classmethod
    def of_table(cls, table: str) -> ChangeKind | None:
        """The kind a bundle's table stands for (None: no view shows it)."""
        return _TABLE_KINDS.get(table)


_TABLE_KINDS: dict[str, ChangeKind] = {
    "borrower": ChangeKind.CASE,
    "contact": ChangeKind.CASE,
    "phone": ChangeKind.CASE,
    "loan": ChangeKind.CASE,
    "instalment": ChangeKind.CASE,
    "payment": ChangeKind.PAYMENT,
    "debit_result": ChangeKind.DEBIT,
    "call": ChangeKind.CALL,
    "promise": ChangeKind.PROMISE,
    "note": ChangeKind.NOTE,
    "contact_attempt": ChangeKind.ATTEMPT,
    "callback": ChangeKind.WORKLIST,
    "task_done": ChangeKind.WORKLIST,
    "audit_event": ChangeKind.AUDIT,
    "placement": ChangeKind.CASE,
    "register": ChangeKind.FLAGS,
    "calendar_day": ChangeKind.CALENDAR,
    "collector": ChangeKind.TEAM,
    "practice_attempt": ChangeKind.PRACTICE,
}


@dataclass(frozen=True)
class ChangeSet:
    """What a service call changed, so each view decides whether to refresh.

    `loans` names the loans whose rows changed; empty with a row-changing kind
    (CASE, DAY, SYNC...) means "any loan may have changed".
    """

    loans: frozenset[str] = frozenset()
    kinds: frozenset[ChangeKind] = frozenset()

    @classmethod
    def of(cls, *kinds: ChangeKind, loans: Iterable[str] = ()) -> ChangeSet:
        return cls(frozenset(loans), frozenset(kinds))

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.loans | other.loans, self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.loans or self.kinds)

    def touches(self, kinds: Iterable[ChangeKind | str]) -> bool:
        """Whether any of `kinds` changed (a StrEnum equals its value: a kind's
        string matches it too)."""
        return not self.kinds.isdisjoint(kinds)
