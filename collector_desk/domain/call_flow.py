"""The vocabulary of a call: outcomes, reasons for overdue, objections (playbook §2, §9)."""

from __future__ import annotations

from enum import StrEnum


class Disposition(StrEnum):
    PROMISE = "promise"
    RIGHT_PARTY_NO_PROMISE = "rpc_no_promise"
    REFUSED = "refused"
    NO_ANSWER = "no_answer"
    PHONE_OFF = "phone_off"
    WRONG_NUMBER = "wrong_number"
    THIRD_PARTY = "third_party"
    LOST_CONTACT = "lost_contact"

    @property
    def reached_borrower(self) -> bool:
        return self in (
            Disposition.PROMISE,
            Disposition.RIGHT_PARTY_NO_PROMISE,
            Disposition.REFUSED,
        )

    @property
    def conversation(self) -> bool:
        """Counts toward the daily conversation limit."""
        return self.reached_borrower or self is Disposition.THIRD_PARTY


class OverdueReason(StrEnum):
    """Playbook §2: why the loan went overdue, borrower side."""

    CARELESS = "careless"  # does not value credit, drags on
    BUSINESS = "business"  # business trouble, cash flow, bankruptcy
    FAMILY = "family"  # family trouble, illness, emergency
    TRAVEL = "travel"  # travelling, cannot reach a bank
    FRAUD = "fraud"  # borrowed with intent to defraud
    FORGOT = "forgot"  # forgot or too busy
    DEBIT_FAILED = "debit_failed"  # ATM/card/debit problem
    WAITING_INCOME = "waiting_income"  # waiting for salary or reimbursement
    OTHER = "other"


class Objection(StrEnum):
    """Step 3 objections A-G of the course."""

    A = "A"  # forgot / too busy
    B = "B"  # no time lately
    C = "C"  # travelling
    D = "D"  # short this month, will pay both next month
    E = "E"  # borrowed it for a friend
    F = "F"  # wilful refusal
    G = "G"  # promises to pay


STEP_COUNT = 9
# Steps whose answers fill the promise form: 4 date, 5 amount, 6 method, 7 account.
STEP_FIELD = {4: "date", 5: "amount", 6: "method", 7: "account"}
