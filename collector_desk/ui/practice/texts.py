"""Words for practice codes: score rules, step statuses, debtor kinds, objections.

The domain explains each deduction with a rule code and parameters; these
functions put it in the user's language through Qt's translator (context
"Practice"). lupdate only finds literal QCoreApplication.translate("Practice",
"...") calls, hence the call spelled out at every use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication


def lang_of(ui_lang: str) -> str:
    """The window's language ("zh_CN", "en") as a scenario language ("zh", "en")."""
    return "en" if ui_lang.startswith("en") else "zh"


def rule_message(rule: str, params: Mapping[str, Any], step: int | None = None) -> str:
    p = {k: str(v) for k, v in params.items()}
    expected = p.get("expected", "")
    texts = {
        "forbidden_phrase": QCoreApplication.translate("Practice", "Used a forbidden phrase"),
        "claims_bank": QCoreApplication.translate("Practice", "Claimed to be a bank or bank staff"),
        "claims_judicial": QCoreApplication.translate(
            "Practice", "Posed as police, court or lawyer"
        ),
        "threat": QCoreApplication.translate("Practice", "Threatened the borrower"),
        "insult": QCoreApplication.translate("Practice", "Attacked the person"),
        "third_party_disclosure": QCoreApplication.translate(
            "Practice", "Told a third party about the debt"
        ),
        "private_account": QCoreApplication.translate(
            "Practice", "Asked for money into a private account"
        ),
        "charges_fee": QCoreApplication.translate("Practice", "Asked the borrower for a fee"),
        "waives_debt": QCoreApplication.translate(
            "Practice", "Reduced what is owed on your own authority"
        ),
        "step_skipped": QCoreApplication.translate("Practice", "Step {step} was skipped"),
        "step_not_reached": QCoreApplication.translate(
            "Practice", "The call ended before step {step}"
        ),
        "step_out_of_order": QCoreApplication.translate(
            "Practice", "Step {step} came after a later step"
        ),
        "no_right_party_check": QCoreApplication.translate(
            "Practice", "Did not check you were speaking to the borrower"
        ),
        "detail_before_verification": QCoreApplication.translate(
            "Practice", "Spoke about the debt before the borrower was verified"
        ),
        "no_introduction": QCoreApplication.translate(
            "Practice", "Did not introduce yourself and the company"
        ),
        "no_good_time_check": QCoreApplication.translate(
            "Practice", "Did not ask whether it is a good time to talk"
        ),
        "purpose_unclear": QCoreApplication.translate(
            "Practice", "Did not state the loan, its due date and the missing payment"
        ),
        "no_callback_request": QCoreApplication.translate(
            "Practice", "Did not ask the third party to have the borrower call back"
        ),
        "objection_unanswered": QCoreApplication.translate(
            "Practice", "The objection \u201c{objection}\u201d was not answered: no {expected}"
        ),
        "kind_technique_missing": QCoreApplication.translate(
            "Practice", "Debtor kind {kind}: no {expected}"
        ),
        "wrangling": QCoreApplication.translate(
            "Practice", "Argued with a borrower who has no money instead of seeking family support"
        ),
        "accepted_deferral": QCoreApplication.translate(
            "Practice", "Accepted a later date instead of saying no"
        ),
        "either_or_missing": QCoreApplication.translate(
            "Practice", "An open question where an either-or choice was called for"
        ),
        "no_specific_time": QCoreApplication.translate(
            "Practice", "No specific payment date was agreed"
        ),
        "time_not_specific": QCoreApplication.translate(
            "Practice", "A day without a time of day or an either-or choice"
        ),
        "promise_outside_window": QCoreApplication.translate(
            "Practice", "The promised date {date} is outside the allowed {window} days"
        ),
        "open_question": QCoreApplication.translate(
            "Practice", "An open question where a closed one was called for"
        ),
        "amount_missing": QCoreApplication.translate("Practice", "The amount was not confirmed"),
        "amount_wrong": QCoreApplication.translate(
            "Practice", "Named {amount}, neither the overdue nor the agreed amount"
        ),
        "method_missing": QCoreApplication.translate(
            "Practice", "The payment method was not agreed"
        ),
        "account_missing": QCoreApplication.translate("Practice", "The account was not confirmed"),
        "account_unknown": QCoreApplication.translate(
            "Practice", "Account ending {tail} is neither the debit account nor a published one"
        ),
        "readback_missing": QCoreApplication.translate("Practice", "The promise was not read back"),
        "readback_incomplete": QCoreApplication.translate(
            "Practice", "The read-back left out the {element}"
        ),
        "readback_wrong": QCoreApplication.translate(
            "Practice", "The read-back got the {element} wrong"
        ),
        "no_thanks": QCoreApplication.translate("Practice", "Did not thank the borrower"),
        "no_goodbye": QCoreApplication.translate(
            "Practice", "Did not close with good wishes or goodbye"
        ),
        "form_missing": QCoreApplication.translate(
            "Practice", "The promise was agreed but not recorded in the form"
        ),
        "form_mismatch": QCoreApplication.translate(
            "Practice", "The form's {field} differs from what was agreed"
        ),
        "third_party_promise": QCoreApplication.translate(
            "Practice", "Recorded a promise on a third party's word"
        ),
    }
    if "expected" in p:
        sep = QCoreApplication.translate("Practice", " or ")  # between alternatives
        p["expected"] = sep.join(act(a) for a in expected.split(" or ")) if expected else ""
    for key in ("element", "field"):
        if key in p:
            p[key] = element(p[key])
    if "objection" in p:
        p["objection"] = objection(p["objection"])
    p.setdefault("step", str(step or ""))
    return texts.get(rule, rule).format_map(_Keep(p))


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def rule_title(rule: str) -> str:
    """A short name for a rule without its particulars (for charts)."""
    titles = {
        "step_skipped": QCoreApplication.translate("Practice", "A step skipped"),
        "step_not_reached": QCoreApplication.translate("Practice", "Call ended early"),
        "step_out_of_order": QCoreApplication.translate("Practice", "Steps out of order"),
        "objection_unanswered": QCoreApplication.translate("Practice", "Objection not answered"),
        "kind_technique_missing": QCoreApplication.translate(
            "Practice", "Debtor-kind technique missing"
        ),
        "promise_outside_window": QCoreApplication.translate(
            "Practice", "Promise outside the window"
        ),
        "amount_wrong": QCoreApplication.translate("Practice", "Wrong amount named"),
        "account_unknown": QCoreApplication.translate("Practice", "Unknown account"),
        "readback_incomplete": QCoreApplication.translate("Practice", "Read-back incomplete"),
        "readback_wrong": QCoreApplication.translate("Practice", "Read-back wrong"),
        "form_mismatch": QCoreApplication.translate("Practice", "Form differs from the agreement"),
    }
    return titles.get(rule) or rule_message(rule, {})


def act(words: str) -> str:
    """The plain words of expect.ACT_WORDS, translated."""
    return {
        "either-or choice": QCoreApplication.translate("Practice", "either-or choice"),
        "specific time": QCoreApplication.translate("Practice", "specific time"),
        "date": QCoreApplication.translate("Practice", "date"),
        "other way to pay": QCoreApplication.translate("Practice", "other way to pay"),
        "question about when they are back": QCoreApplication.translate(
            "Practice", "question about when they are back"
        ),
        "reference to the contract": QCoreApplication.translate(
            "Practice", "reference to the contract"
        ),
        "word on the credit record": QCoreApplication.translate(
            "Practice", "word on the credit record"
        ),
        "question about payday": QCoreApplication.translate("Practice", "question about payday"),
        "question about where the money comes from": QCoreApplication.translate(
            "Practice", "question about where the money comes from"
        ),
        "part payment": QCoreApplication.translate("Practice", "part payment"),
        "reminder that the borrower signed and is liable": QCoreApplication.translate(
            "Practice", "reminder that the borrower signed and is liable"
        ),
        "appeal to their own interest": QCoreApplication.translate(
            "Practice", "appeal to their own interest"
        ),
        "request to call after paying": QCoreApplication.translate(
            "Practice", "request to call after paying"
        ),
        "understanding": QCoreApplication.translate("Practice", "understanding"),
        "question about what happened": QCoreApplication.translate(
            "Practice", "question about what happened"
        ),
        "suggestion of family support": QCoreApplication.translate(
            "Practice", "suggestion of family support"
        ),
        "request to pay this lender first": QCoreApplication.translate(
            "Practice", "request to pay this lender first"
        ),
    }.get(words, words)


def element(code: str) -> str:
    return {
        "date": QCoreApplication.translate("Practice", "date"),
        "time": QCoreApplication.translate("Practice", "time"),
        "amount": QCoreApplication.translate("Practice", "amount"),
        "method": QCoreApplication.translate("Practice", "method"),
        "account": QCoreApplication.translate("Practice", "account"),
    }.get(code, code)


def status(code: str) -> str:
    return {
        "done": QCoreApplication.translate("Practice", "Done"),
        "weak": QCoreApplication.translate("Practice", "Weak"),
        "skipped": QCoreApplication.translate("Practice", "Skipped"),
        "not_reached": QCoreApplication.translate("Practice", "Not reached"),
        "not_applicable": QCoreApplication.translate("Practice", "Not in this call"),
    }.get(code, code)


def objection(code: str) -> str:
    return {
        "A": QCoreApplication.translate("Practice", "A: forgot / too busy"),
        "B": QCoreApplication.translate("Practice", "B: no time lately"),
        "C": QCoreApplication.translate("Practice", "C: travelling"),
        "D": QCoreApplication.translate("Practice", "D: short this month"),
        "E": QCoreApplication.translate("Practice", "E: borrowed it for a friend"),
        "F": QCoreApplication.translate("Practice", "F: refuses to pay"),
        "G": QCoreApplication.translate("Practice", "G: promises to pay"),
        "atm_failed": QCoreApplication.translate("Practice", "The machine failed"),
        "someone_else_pays": QCoreApplication.translate("Practice", "Someone else will pay"),
        "waiting_income": QCoreApplication.translate(
            "Practice", "Waiting for salary or reimbursement"
        ),
        "family_emergency": QCoreApplication.translate("Practice", "Family emergency"),
        "none": QCoreApplication.translate("Practice", "A third party answers"),
    }.get(code, code)


def kind(code: str) -> str:
    return {
        "able_to_pay": QCoreApplication.translate("Practice", "1 able to pay"),
        "cash_flow": QCoreApplication.translate("Practice", "2 cash-flow trouble"),
        "family_rich": QCoreApplication.translate("Practice", "3 broke, family well-off"),
        "many_lenders": QCoreApplication.translate("Practice", "4 owes many lenders"),
    }.get(code, code)


def ability(code: str) -> str:
    return {
        "full": QCoreApplication.translate("Practice", "able to pay"),
        "partial": QCoreApplication.translate("Practice", "can pay part"),
        "none": QCoreApplication.translate("Practice", "cannot pay now"),
    }.get(code, code)


def willingness(code: str) -> str:
    return {
        "good": QCoreApplication.translate("Practice", "willing"),
        "average": QCoreApplication.translate("Practice", "lukewarm"),
        "malicious": QCoreApplication.translate("Practice", "unwilling"),
    }.get(code, code)


def temperament(code: str) -> str:
    return {
        "friendly": QCoreApplication.translate("Practice", "friendly"),
        "calm": QCoreApplication.translate("Practice", "calm"),
        "hurried": QCoreApplication.translate("Practice", "in a hurry"),
        "evasive": QCoreApplication.translate("Practice", "evasive"),
        "anxious": QCoreApplication.translate("Practice", "anxious"),
        "irritable": QCoreApplication.translate("Practice", "irritable"),
        "hostile": QCoreApplication.translate("Practice", "hostile"),
    }.get(code, code)


def reply_kind(code: str) -> str:
    return {
        "best": QCoreApplication.translate("Practice", "best"),
        "ok": QCoreApplication.translate("Practice", "acceptable"),
        "weak": QCoreApplication.translate("Practice", "weak"),
        "breach": QCoreApplication.translate("Practice", "breaks a rule"),
    }.get(code, code)


def call_error(code: str) -> str:
    return {
        "call_ended": QCoreApplication.translate("Practice", "The call is over."),
        "empty_answer": QCoreApplication.translate(
            "Practice", "Type what you would say, or skip the step."
        ),
        "unknown_reply": QCoreApplication.translate("Practice", "Choose one of the replies."),
        "bad_step": QCoreApplication.translate("Practice", "There is no such step."),
    }.get(code, code)


def ended_by(code: str) -> str:
    return {
        "completed": QCoreApplication.translate("Practice", "The call was completed."),
        "hung_up": QCoreApplication.translate("Practice", "The borrower hung up."),
        "trainee": QCoreApplication.translate("Practice", "You ended the call."),
    }.get(code, code)
