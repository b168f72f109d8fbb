"""Translated names for the domain's codes (dispositions, statuses, error codes...).

Services and the domain speak in machine codes; the window shows these words.
Each function builds its table when called, so the texts follow the translator
installed at that moment. Unknown codes are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collector_desk.domain.call_flow import Disposition, Objection, OverdueReason
from collector_desk.domain.promise import PaymentMethod


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def disposition(code: str) -> str:
    return {
        Disposition.PROMISE: _t("Promise to pay"),
        Disposition.RIGHT_PARTY_NO_PROMISE: _t("Borrower reached, no promise"),
        Disposition.REFUSED: _t("Refused to pay"),
        Disposition.NO_ANSWER: _t("No answer"),
        Disposition.PHONE_OFF: _t("Phone off"),
        Disposition.WRONG_NUMBER: _t("Wrong number"),
        Disposition.THIRD_PARTY: _t("Third party reached"),
        Disposition.LOST_CONTACT: _t("Lost contact"),
    }.get(code, code)  # type: ignore[call-overload]


def overdue_reason(code: str) -> str:
    return {
        OverdueReason.CARELESS: _t("Does not value credit, delays"),
        OverdueReason.BUSINESS: _t("Business or cash-flow trouble"),
        OverdueReason.FAMILY: _t("Family trouble, illness"),
        OverdueReason.TRAVEL: _t("Travelling, cannot reach a bank"),
        OverdueReason.FRAUD: _t("Suspected intent to defraud"),
        OverdueReason.FORGOT: _t("Forgot or too busy"),
        OverdueReason.DEBIT_FAILED: _t("Card or debit problem"),
        OverdueReason.WAITING_INCOME: _t("Waiting for salary or reimbursement"),
        OverdueReason.OTHER: _t("Other"),
    }.get(code, code)  # type: ignore[call-overload]


def objection(code: str) -> str:
    return {
        Objection.A: _t("Forgot / too busy"),
        Objection.B: _t("No time lately"),
        Objection.C: _t("Travelling"),
        Objection.D: _t("Short this month, will pay both next month"),
        Objection.E: _t("Borrowed it for a friend"),
        Objection.F: _t("Refuses to pay"),
        Objection.G: _t("Promises to pay"),
    }.get(code, code)  # type: ignore[call-overload]


def promise_status(code: str) -> str:
    return {
        "none": _t("No promise"),
        "pending": _t("Promise pending"),
        "kept": _t("Promise kept"),
        "partly_kept": _t("Partly kept"),
        "broken": _t("Promise broken"),
    }.get(code, code)


def method(code: str) -> str:
    return {
        PaymentMethod.AUTO_DEBIT: _t("Automatic debit"),
        PaymentMethod.BANK_TRANSFER: _t("Bank transfer"),
        PaymentMethod.APP: _t("Lender's app"),
        PaymentMethod.COUNTER: _t("Bank counter"),
        PaymentMethod.OTHER: _t("Other"),
    }.get(code, code)  # type: ignore[call-overload]


def next_action(code: str) -> str:
    return {
        "": "",
        "confirm_promise": _t("Confirm today's promise"),
        "broken_promise": _t("Follow up broken promise"),
        "await_promise": _t("Await promised payment"),
        "collect": _t("Collect"),
        "remind": _t("Remind before due date"),
    }.get(code, code)


def band(code: str) -> str:
    return {
        "C": _t("C (current)"),
        "M1": _t("M1 (1-29 days)"),
        "M1-1-5": _t("M1, 1-5 days"),
        "M1-6-20": _t("M1, 6-20 days"),
        "M1-21-29": _t("M1, 21-29 days"),
        "M2": _t("M2 (30-59 days)"),
        "M3": _t("M3 (60-89 days)"),
        "M3+": _t("M3+ (90+ days)"),
    }.get(code, code)


def promise_error(code: str) -> str:
    """The field errors of domain.promise.validate_promise and services.calls."""
    return {
        "date_past": _t("The date is in the past."),
        "date_too_far": _t("The date is too far away."),
        "amount_not_positive": _t("Enter an amount above zero."),
        "amount_above_outstanding": _t("More than the borrower owes in total."),
        "amount_not_a_number": _t("Not an amount in yuan, e.g. 1500 or 1500.50."),
        "method_unknown": _t("Choose how the borrower will pay."),
        "account_missing": _t("Choose the account the money goes to."),
        "account_not_allowed": _t("Only the debit account or a published company account."),
        "promise_missing": _t("A promise outcome needs the promise form filled in."),
        "third_party_promise": _t("A third party cannot promise for the borrower."),
        "disposition_missing": _t("Choose how the call ended."),
    }.get(code, code)


def relation(code: str) -> str:
    return {
        "spouse": _t("Spouse"),
        "parent": _t("Parent"),
        "sibling": _t("Sibling"),
        "child": _t("Child"),
        "relative": _t("Relative"),
        "friend": _t("Friend"),
        "colleague": _t("Colleague"),
        "guarantor": _t("Guarantor"),
        "other": _t("Other"),
    }.get(code, code)


def phone_label(code: str) -> str:
    return {"mobile": _t("Mobile"), "home": _t("Home"), "work": _t("Work")}.get(code, code)


def phone_status(code: str) -> str:
    return {
        "": "",
        "invalid": _t("invalid"),
        "ok": _t("ok"),
        "do_not_call": _t("do not call"),
    }.get(code, code)


def instalment_state(code: str) -> str:
    return {"paid": _t("Paid"), "part": _t("Part paid"), "unpaid": _t("Unpaid")}.get(code, code)


def payment_channel(code: str) -> str:
    return method(code)
