"""Translated names for the domain's codes (dispositions, statuses, error codes...).

Services and the domain speak in machine codes; the window shows these words.
Each function builds its table when called, so the texts follow the translator
installed at that moment. Unknown codes are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# The domain's enums are imported by the functions that name them: the case list
# uses this module before its first page, and needs none of them (domain.promise's
# dataclasses alone cost ~5 ms there).


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate, typed (lupdate finds translate("Labels", "...") calls)."""
    return QCoreApplication.translate(context, text)


def labelled(label: str, text: str) -> str:
    """ "label: text" with the language's colon (full-width in Chinese)."""
    return QCoreApplication.translate("Labels", "{label}: {text}").format(label=label, text=text)


def sentences(first: str, second: str) -> str:
    """Two sentences in a row: a space between them in English, none in Chinese."""
    return QCoreApplication.translate("Labels", "{first} {second}").format(
        first=first, second=second
    )


def disposition(code: str) -> str:
    from collector_desk.domain.call_flow import Disposition

    return str(
        {
            Disposition.PROMISE: translate("Labels", "Promise to pay"),
            Disposition.RIGHT_PARTY_NO_PROMISE: translate("Labels", "Borrower reached, no promise"),
            Disposition.REFUSED: translate("Labels", "Refused to pay"),
            Disposition.NO_ANSWER: translate("Labels", "No answer"),
            Disposition.PHONE_OFF: translate("Labels", "Phone off"),
            Disposition.WRONG_NUMBER: translate("Labels", "Wrong number"),
            Disposition.THIRD_PARTY: translate("Labels", "Third party reached"),
            Disposition.LOST_CONTACT: translate("Labels", "Lost contact"),
        }.get(code, code)  # type: ignore[call-overload]
    )


def overdue_reason(code: str) -> str:
    from collector_desk.domain.call_flow import OverdueReason

    return str(
        {
            OverdueReason.CARELESS: translate("Labels", "Does not value credit, delays"),
            OverdueReason.BUSINESS: translate("Labels", "Business or cash-flow trouble"),
            OverdueReason.FAMILY: translate("Labels", "Family trouble, illness"),
            OverdueReason.TRAVEL: translate("Labels", "Travelling, cannot reach a bank"),
            OverdueReason.FRAUD: translate("Labels", "Suspected intent to defraud"),
            OverdueReason.FORGOT: translate("Labels", "Forgot or too busy"),
            OverdueReason.DEBIT_FAILED: translate("Labels", "Card or debit problem"),
            OverdueReason.WAITING_INCOME: translate(
                "Labels", "Waiting for salary or reimbursement"
            ),
            OverdueReason.OTHER: translate("Labels", "Other"),
        }.get(code, code)  # type: ignore[call-overload]
    )


def objection(code: str) -> str:
    from collector_desk.domain.call_flow import Objection

    return str(
        {
            Objection.A: translate("Labels", "Forgot / too busy"),
            Objection.B: translate("Labels", "No time lately"),
            Objection.C: translate("Labels", "Travelling"),
            Objection.D: translate("Labels", "Short this month, will pay both next month"),
            Objection.E: translate("Labels", "Borrowed it for a friend"),
            Objection.F: translate("Labels", "Refuses to pay"),
            Objection.G: translate("Labels", "Promises to pay"),
        }.get(code, code)  # type: ignore[call-overload]
    )


def objection_short(code: str) -> str:
    """For check boxes in the narrow outcome pane; the tooltip has the long text."""
    from collector_desk.domain.call_flow import Objection

    return str(
        {
            Objection.A: translate("Labels", "Forgot, busy"),
            Objection.B: translate("Labels", "No time"),
            Objection.C: translate("Labels", "Away"),
            Objection.D: translate("Labels", "Short this month"),
            Objection.E: translate("Labels", "For a friend"),
            Objection.F: translate("Labels", "Won't pay"),
            Objection.G: translate("Labels", "Will pay"),
        }.get(code, code)  # type: ignore[call-overload]
    )


def promise_status(code: str) -> str:
    return {
        "none": translate("Labels", "No promise"),
        "pending": translate("Labels", "Promise pending"),
        "kept": translate("Labels", "Promise kept"),
        "partly_kept": translate("Labels", "Partly kept"),
        "broken": translate("Labels", "Promise broken"),
    }.get(code, code)


def promise_status_short(code: str) -> str:
    """For the case list's narrow column."""
    return {
        "none": "",
        "pending": translate("Labels", "Pending"),
        "kept": translate("Labels", "Kept"),
        "partly_kept": translate("Labels", "Part kept"),
        "broken": translate("Labels", "Broken"),
    }.get(code, code)


def method(code: str) -> str:
    from collector_desk.domain.promise import PaymentMethod

    return str(
        {
            PaymentMethod.AUTO_DEBIT: translate("Labels", "Automatic debit"),
            PaymentMethod.BANK_TRANSFER: translate("Labels", "Bank transfer"),
            PaymentMethod.APP: translate("Labels", "Lender's app"),
            PaymentMethod.COUNTER: translate("Labels", "Bank counter"),
            PaymentMethod.OTHER: translate("Labels", "Other"),
        }.get(code, code)  # type: ignore[call-overload]
    )


def next_action(code: str) -> str:
    return {
        "": "",
        "confirm_promise": translate("Labels", "Confirm today's promise"),
        "broken_promise": translate("Labels", "Follow up broken promise"),
        "await_promise": translate("Labels", "Await promised payment"),
        "collect": translate("Labels", "Collect"),
        "remind": translate("Labels", "Remind before due date"),
    }.get(code, code)


def next_action_short(code: str) -> str:
    """The list column's word for the next action (the full words in its tooltip)."""
    return {
        "": "",
        "confirm_promise": translate("Labels", "Confirm today"),
        "broken_promise": translate("Labels", "Broken: follow up"),
        "await_promise": translate("Labels", "Await payment"),
        "collect": translate("Labels", "Collect"),
        "remind": translate("Labels", "Remind"),
    }.get(code, code)


def band(code: str) -> str:
    return {
        "C": translate("Labels", "C (current)"),
        "M1": translate("Labels", "M1 (1-29 days)"),
        "M1-1-5": translate("Labels", "M1, 1-5 days"),
        "M1-6-20": translate("Labels", "M1, 6-20 days"),
        "M1-21-29": translate("Labels", "M1, 21-29 days"),
        "M2": translate("Labels", "M2 (30-59 days)"),
        "M3": translate("Labels", "M3 (60-89 days)"),
        "M3+": translate("Labels", "M3+ (90+ days)"),
    }.get(code, code)


def promise_error(code: str) -> str:
    """The field errors of domain.promise.validate_promise and services.calls."""
    return {
        "date_past": translate("Labels", "The date is in the past."),
        "date_too_far": translate("Labels", "The date is too far away."),
        "amount_not_positive": translate("Labels", "Enter an amount above zero."),
        "amount_above_outstanding": translate("Labels", "More than the borrower owes in total."),
        "amount_not_a_number": translate("Labels", "Not an amount in yuan, e.g. 1500 or 1500.50."),
        "method_unknown": translate("Labels", "Choose how the borrower will pay."),
        "account_missing": translate("Labels", "Choose the account the money goes to."),
        "account_not_allowed": translate(
            "Labels", "Only the debit account or a published company account."
        ),
        "promise_missing": translate(
            "Labels", "A promise outcome needs the promise form filled in."
        ),
        "third_party_promise": translate(
            "Labels", "A third party cannot promise for the borrower."
        ),
        "disposition_missing": translate("Labels", "Choose how the call ended."),
    }.get(code, code)


def relation(code: str) -> str:
    return {
        "spouse": translate("Labels", "Spouse"),
        "parent": translate("Labels", "Parent"),
        "sibling": translate("Labels", "Sibling"),
        "child": translate("Labels", "Child"),
        "relative": translate("Labels", "Relative"),
        "friend": translate("Labels", "Friend"),
        "colleague": translate("Labels", "Colleague"),
        "guarantor": translate("Labels", "Guarantor"),
        "other": translate("Labels", "Other"),
    }.get(code, code)


def phone_label(code: str) -> str:
    return {
        "mobile": translate("Labels", "Mobile"),
        "home": translate("Labels", "Home"),
        "work": translate("Labels", "Work"),
    }.get(code, code)


def phone_status(code: str) -> str:
    return {
        "": "",
        "invalid": translate("Labels", "invalid"),
        "ok": translate("Labels", "ok"),
        "do_not_call": translate("Labels", "do not call"),
    }.get(code, code)


def instalment_state(code: str) -> str:
    return {
        "paid": translate("Labels", "Paid"),
        "part": translate("Labels", "Part paid"),
        "unpaid": translate("Labels", "Unpaid"),
    }.get(code, code)


def payment_channel(code: str) -> str:
    return method(code)
