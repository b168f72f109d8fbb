"""The scoring rules: what each costs and which part of the playbook it comes from.

Sections name COLLECTIONS-PLAYBOOK.md: "§9.4" is step 4 of the nine-step call
in §9, "§7.6" is rule 6 of the rules a collector must never break.
Messages are English templates; the UI translates by rule code.
"""

from __future__ import annotations

from dataclasses import dataclass

PASS_MARK = 80
BREACH_POINTS = 50  # each compliance breach; it also fails the attempt
# Points each step of the nine is worth; a call with fewer steps (a third party
# answered) shares 100 among its own steps in the same proportions.
STEP_WEIGHTS: dict[int, int] = {1: 12, 2: 8, 3: 18, 4: 14, 5: 10, 6: 8, 7: 8, 8: 14, 9: 8}
FORM_CAP = 10  # most the promise form can cost


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    section: str
    points: int
    message: str  # str.format template over the deduction's params
    auto_fail: bool = False


_RULES = (
    # --- compliance: playbook §7, each fails the attempt --------------------------
    Rule(
        "forbidden_phrase",
        "§7.8",
        BREACH_POINTS,
        "used a forbidden phrase: \u201c{phrase}\u201d",
        True,
    ),
    Rule(
        "claims_bank",
        "§7.1",
        BREACH_POINTS,
        "claimed to be a bank or bank staff: \u201c{phrase}\u201d",
        True,
    ),
    Rule(
        "claims_judicial",
        "§7.4",
        BREACH_POINTS,
        "posed as police, court or lawyer: \u201c{phrase}\u201d",
        True,
    ),
    Rule("threat", "§7.2", BREACH_POINTS, "threatened the borrower: \u201c{phrase}\u201d", True),
    Rule("insult", "§7.2", BREACH_POINTS, "attacked the person: \u201c{phrase}\u201d", True),
    Rule(
        "third_party_disclosure",
        "§7.8",
        BREACH_POINTS,
        "told a third party about the debt: \u201c{phrase}\u201d",
        True,
    ),
    Rule(
        "false_legal",
        "§7.4",
        BREACH_POINTS,
        "invented legal consequences: \u201c{phrase}\u201d",
        True,
    ),
    Rule(
        "private_account",
        "§7.6",
        BREACH_POINTS,
        "asked for money into a private account: \u201c{phrase}\u201d",
        True,
    ),
    Rule(
        "charges_fee",
        "§7.7",
        BREACH_POINTS,
        "asked the borrower for a fee: \u201c{phrase}\u201d",
        True,
    ),
    Rule(
        "waives_debt",
        "§7.5",
        BREACH_POINTS,
        "reduced what is owed on your own authority: \u201c{phrase}\u201d",
        True,
    ),
    # --- the nine steps: §9 -----------------------------------------------------------
    Rule("step_skipped", "§9.{step}", 0, "step {step} was skipped"),
    Rule("step_not_reached", "§9.{step}", 0, "the call ended before step {step}"),
    Rule("step_out_of_order", "§9", 3, "step {step} came after a later step"),
    Rule("no_right_party_check", "§9.1", 6, "did not check that you were speaking to the borrower"),
    # Debt detail before verification is the same privacy breach as telling a
    # third party (§7.8): it fails the attempt.
    Rule(
        "detail_before_verification",
        "§9.1",
        BREACH_POINTS,
        "spoke about the debt before the borrower was verified: \u201c{phrase}\u201d",
        True,
    ),
    Rule("no_introduction", "§9.1", 3, "did not introduce yourself and the company"),
    Rule("no_good_time_check", "§9.1", 2, "did not ask whether it is a good time to talk"),
    Rule(
        "purpose_unclear",
        "§9.2",
        5,
        "did not state the purpose: the loan, its due date, no payment seen",
    ),
    Rule(
        "no_callback_request",
        "§7.3",
        5,
        "did not ask the third party to have the borrower call back",
    ),
    Rule(
        "objection_unanswered", "§9.3", 6, "objection {objection} was not answered: no {expected}"
    ),
    Rule("kind_technique_missing", "§8", 5, "debtor kind {kind}: no {expected}"),
    Rule(
        "wrangling",
        "§8",
        4,
        "argued with a borrower who has no money instead of seeking family support",
    ),
    Rule("accepted_deferral", "§8", 6, "accepted a later date instead of saying no"),
    Rule(
        "either_or_missing",
        "§8",
        5,
        "asked an open question where an either-or choice was called for",
    ),
    Rule("no_specific_time", "§9.4", 8, "no specific payment date was agreed"),
    Rule("time_not_specific", "§8", 3, "a day without a time of day or either-or choice"),
    # The desk refuses such a promise, so step 4 is lost whole (capped at its share).
    Rule(
        "promise_outside_window",
        "§6",
        100,
        "the promised date {date} is outside the allowed window ({window} days)",
    ),
    Rule("open_question", "§8", 3, "an open question where a closed one was called for"),
    Rule("amount_missing", "§9.5", 8, "the amount was not confirmed"),
    Rule(
        "amount_wrong",
        "§9.5",
        6,
        "named {amount}, which is neither the overdue nor the agreed amount",
    ),
    Rule("method_missing", "§9.6", 6, "the payment method was not agreed"),
    Rule("account_missing", "§9.7", 6, "the account was not confirmed"),
    Rule(
        "account_unknown",
        "§7.6",
        8,
        "account ending {tail} is neither the debit account nor a published one",
    ),
    Rule("readback_missing", "§9.8", 14, "the promise was not read back"),
    Rule("readback_incomplete", "§9.8", 3, "the read-back left out the {element}"),
    Rule("readback_wrong", "§9.8", 4, "the read-back got the {element} wrong"),
    Rule("no_thanks", "§9.9", 4, "did not thank the borrower"),
    Rule("no_goodbye", "§9.9", 2, "did not close with good wishes or goodbye"),
    # --- the promise form -------------------------------------------------------------
    Rule("form_missing", "§9.8", 5, "the promise was agreed but not recorded in the form"),
    Rule("form_mismatch", "§9.8", 3, "the form's {field} differs from what was agreed"),
    Rule("third_party_promise", "§7.3", 6, "recorded a promise on a third party's word"),
)

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}
