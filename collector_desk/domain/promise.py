"""Promises to pay: what may be promised, and how a promise stands.

A promise counts the payments made from the day it was given up to and
including its promised date. It is pending until that date passes; then it
is kept (paid in full), partly kept (something paid) or broken (nothing).
Paid in full before the date it is kept at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol, TypeVar


class PromiseStatus(StrEnum):
    NONE = "none"
    PENDING = "pending"
    KEPT = "kept"
    PARTLY_KEPT = "partly_kept"
    BROKEN = "broken"


class PaymentMethod(StrEnum):
    AUTO_DEBIT = "auto_debit"
    BANK_TRANSFER = "bank_transfer"
    APP = "app"
    COUNTER = "counter"
    OTHER = "other"


DEFAULT_WINDOW_DAYS = 7


@dataclass(frozen=True, slots=True)
class PromiseTerms:
    promised_on: date
    amount_fen: int
    method: PaymentMethod
    account: str  # an authorised debit account or a lender's published account


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str  # "date", "amount", "method", "account"
    code: str  # machine code the UI translates
    message: str  # English text for logs and the command line


def validate_promise(
    terms: PromiseTerms,
    *,
    today: date,
    outstanding_fen: int,
    allowed_accounts: Iterable[str],
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> list[FieldError]:
    """Every reason these terms cannot be saved; empty when they can."""
    errors: list[FieldError] = []
    latest = today + timedelta(days=window_days)
    if terms.promised_on < today:
        errors.append(FieldError("date", "date_past", "the promised date is in the past"))
    elif terms.promised_on > latest:
        errors.append(
            FieldError(
                "date",
                "date_too_far",
                f"the promised date is more than {window_days} days away (latest {latest.isoformat()})",
            )
        )
    if terms.amount_fen <= 0:
        errors.append(FieldError("amount", "amount_not_positive", "the amount must be above zero"))
    elif terms.amount_fen > outstanding_fen:
        errors.append(
            FieldError(
                "amount", "amount_above_outstanding", "the amount is above what is outstanding"
            )
        )
    if not isinstance(terms.method, PaymentMethod):
        errors.append(FieldError("method", "method_unknown", "unknown payment method"))
    accounts = {a.strip() for a in allowed_accounts if a and a.strip()}
    if not terms.account.strip():
        errors.append(
            FieldError("account", "account_missing", "choose the account the money goes to")
        )
    elif terms.account.strip() not in accounts:
        # Playbook §7 rule 6: never into a staff member's or other private account.
        errors.append(
            FieldError(
                "account",
                "account_not_allowed",
                "only the borrower's authorised debit account or a published company account",
            )
        )
    return errors


def is_part_payment(amount_fen: int, overdue_fen: int) -> bool:
    """A promise below what is overdue now is a part payment (allowed, marked)."""
    return 0 < amount_fen < overdue_fen


@dataclass(frozen=True, slots=True)
class PromiseStanding:
    status: PromiseStatus
    paid_fen: int
    amount_fen: int

    @property
    def short_fen(self) -> int:
        return max(0, self.amount_fen - self.paid_fen)


def promise_standing(
    *,
    made_on: date,
    promised_on: date,
    amount_fen: int,
    payments: Iterable[tuple[date, int]],
    today: date,
) -> PromiseStanding:
    paid = sum(a for d, a in payments if made_on <= d <= min(promised_on, today))
    if paid >= amount_fen:
        status = PromiseStatus.KEPT
    elif today <= promised_on:
        status = PromiseStatus.PENDING
    elif paid > 0:
        status = PromiseStatus.PARTLY_KEPT
    else:
        status = PromiseStatus.BROKEN
    return PromiseStanding(status, paid, amount_fen)


class PromiseLike(Protocol):
    # Read-only, so frozen dataclasses and ORM rows both qualify.
    @property
    def id(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def made_on(self) -> date: ...
    @property
    def promised_on(self) -> date: ...
    @property
    def amount_fen(self) -> int: ...


P = TypeVar("P", bound=PromiseLike)


def current_promise(
    promises: Iterable[P], payments: Sequence[tuple[date, int]], today: date
) -> tuple[P, PromiseStanding] | None:
    """The newest promise on a loan (a new promise replaces the old) and how it stands."""
    latest = max(promises, key=lambda p: (p.created_at, p.id), default=None)
    if latest is None:
        return None
    return latest, promise_standing(
        made_on=latest.made_on,
        promised_on=latest.promised_on,
        amount_fen=latest.amount_fen,
        payments=payments,
        today=today,
    )
