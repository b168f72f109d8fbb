"""Words for the worklist's codes: sections, reasons, contact rules, audit kinds.

Services speak in codes with parameters; these functions turn them into the
user's language through Qt's translator (context "Worklist").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from collector_desk.domain.money import format_fen
from collector_desk.ui import labels, localtime

# lupdate finds only literal QCoreApplication.translate("context", "text") calls,
# hence the full spelling at every use.


def section(kind: str) -> str:
    return {
        "callback": QCoreApplication.translate("Worklist", "Callbacks"),
        "promise_due": QCoreApplication.translate("Worklist", "Promises due today"),
        "promise_broken": QCoreApplication.translate("Worklist", "Broken promises"),
        "confirm_due": QCoreApplication.translate("Worklist", "Due today: confirm"),
        "reminder": QCoreApplication.translate("Worklist", "Reminders before the due date"),
        "first_instalment": QCoreApplication.translate("Worklist", "First-instalment reminders"),
        "welcome": QCoreApplication.translate("Worklist", "Welcome calls"),
        "collect": QCoreApplication.translate("Worklist", "Overdue cases"),
        "trace": QCoreApplication.translate("Worklist", "Lost contact: tracing"),
        "second_notice": QCoreApplication.translate("Worklist", "Failed debits: second notice"),
        "debit_account_change": QCoreApplication.translate(
            "Worklist", "Debit account changes: new mandate in person"
        ),
    }.get(kind, kind)


def debit_reason(code: str) -> str:
    return {
        "insufficient": QCoreApplication.translate("Worklist", "insufficient balance"),
        "frozen": QCoreApplication.translate("Worklist", "card frozen"),
        "closed": QCoreApplication.translate("Worklist", "account closed"),
    }.get(code, QCoreApplication.translate("Worklist", "other reason"))


def section_meaning(kind: str, days: int) -> str:
    """What a section's count counts (its header's tooltip)."""
    if kind == "promise_broken":
        return QCoreApplication.translate(
            "Worklist",
            "Promises dated in the last {days} days and not paid in full: broken (nothing "
            "paid) and partly kept (part paid), each counted under its own heading as in the "
            "case list's promise filter. The header shows how many are still to do of all.",
        ).format(days=days)
    return QCoreApplication.translate(
        "Worklist", "The header shows how many are still to do of all in this section."
    )


def promise_group(reason: str, days: int) -> str:
    """The sub-headings of the promises not kept: the case list's promise filter names,
    and the period (the list counts every date, so it may show more)."""
    return {
        "promise_broken": QCoreApplication.translate(
            "Worklist", "Broken: nothing paid (last {days} days)"
        ),
        "promise_partly_kept": QCoreApplication.translate(
            "Worklist", "Partly kept: part paid (last {days} days)"
        ),
    }.get(reason, reason).format(days=days)


def reminder_class(code: str) -> str:
    return {
        "A": QCoreApplication.translate("Worklist", "A (always on time)"),
        "B": QCoreApplication.translate("Worklist", "B (late once in 3 months)"),
        "C": QCoreApplication.translate("Worklist", "C (often late)"),
    }.get(code, code)


def band(code: str) -> str:
    return {
        "M1-1-5": QCoreApplication.translate("Worklist", "1-5 days"),
        "M1-6-20": QCoreApplication.translate("Worklist", "6-20 days"),
        "M1-21-29": QCoreApplication.translate("Worklist", "21-29 days"),
        "M2": QCoreApplication.translate("Worklist", "M2 (30-59 days)"),
        "M3": QCoreApplication.translate("Worklist", "M3 (60-89 days)"),
        "M3+": QCoreApplication.translate("Worklist", "M3+ (90+ days)"),
    }.get(code, code)


def reason(item: Any, *, short: bool = False) -> str:
    """Why an item is on today's list, in a sentence. `short`: for the list's narrow
    column, without what the amount column beside it already says."""
    p = item.params
    code: str = item.reason
    if short and code == "promise_due":
        return QCoreApplication.translate("Worklist", "Promised for today: confirm the payment")
    if short and code == "promise_broken":
        return QCoreApplication.translate("Worklist", "Promised for {day}; nothing paid").format(
            day=p["promised_on"][5:]
        )
    if short and code == "promise_partly_kept":
        return QCoreApplication.translate("Worklist", "Promised for {day}; {paid} paid").format(
            day=p["promised_on"][5:], paid=format_fen(p["paid_fen"])
        )
    if code.startswith("reminder_"):
        return QCoreApplication.translate(
            "Worklist", "Class {cls} reminder, morning {n} of {of}; due {due}"
        ).format(cls=reminder_class(p["class"]), n=p["number"], of=p["of"], due=p["due_on"])
    if code.startswith("confirm_due_"):
        return QCoreApplication.translate(
            "Worklist", "Due {due}: confirm the money is in the account"
        ).format(due=p["due_on"])
    if code.startswith("first_instalment_"):
        return QCoreApplication.translate(
            "Worklist",
            "First instalment due {due}: have the borrower state date, amount and account",
        ).format(due=p["due_on"])
    if code == "welcome":
        return QCoreApplication.translate(
            "Worklist", "Disbursed {day}: welcome call (day {n} of {of})"
        ).format(day=p["disbursed_on"], n=p["number"], of=p["of"])
    if code == "promise_due":
        return QCoreApplication.translate(
            "Worklist", "Promised {amount} for today: confirm the payment"
        ).format(amount=format_fen(p["promise_fen"]))
    if code == "promise_broken":
        return QCoreApplication.translate(
            "Worklist", "Promised {amount} on {day}; nothing paid"
        ).format(amount=format_fen(p["promise_fen"]), day=p["promised_on"])
    if code == "promise_partly_kept":
        return QCoreApplication.translate(
            "Worklist", "Promised {amount} on {day}; {paid} paid"
        ).format(
            amount=format_fen(p["promise_fen"]),
            day=p["promised_on"],
            paid=format_fen(p["paid_fen"]),
        )
    if code.startswith("collect_"):
        text = QCoreApplication.translate("Worklist", "{dpd} days past due, {band}").format(
            dpd=p["dpd"], band=band(p["band"])
        )
        if p.get("promise") in ("broken", "partly_kept"):
            text += QCoreApplication.translate("Worklist", "; last promise broken")
        if p.get("contacted_today"):
            text += QCoreApplication.translate("Worklist", "; contacted today")
        return text
    if code in ("callback", "callback_missed"):
        when = datetime.fromisoformat(p["due_at"])
        lead = (
            QCoreApplication.translate("Worklist", "Callback at {time}").format(
                time=when.strftime("%H:%M")
            )
            if code == "callback"
            else QCoreApplication.translate("Worklist", "Missed callback of {when}").format(
                when=when.strftime("%m-%d %H:%M")
            )
        )
        return labels.labelled(lead, p["note"]) if p.get("note") else lead
    if code == "second_notice":
        return QCoreApplication.translate(
            "Worklist", "Debit of {amount} on {day} failed ({why}): call again"
        ).format(
            amount=format_fen(p["amount_fen"]), day=p["debit_on"], why=debit_reason(p["reason"])
        )
    if code == "debit_account_change":
        return QCoreApplication.translate(
            "Worklist",
            "Asked on {day} to change the debit account: the borrower signs a new mandate in person",
        ).format(day=p["requested_on"])
    if code == "lost_contact":
        return QCoreApplication.translate(
            "Worklist", "Cannot be reached: tracing steps {done} of {steps} done"
        ).format(done=p.get("steps_done", 0), steps=p.get("steps", 0))
    return code


# --- contact rules ------------------------------------------------------------------------


def dnc_reason(code: str) -> str:
    return {
        "cease_request": QCoreApplication.translate("Worklist", "asked us to stop contacting"),
        "complaint_open": QCoreApplication.translate("Worklist", "a complaint is open"),
        "deceased": QCoreApplication.translate("Worklist", "deceased"),
        "contact_refused": QCoreApplication.translate(
            "Worklist", "refused contact, do not call again"
        ),
        "lawyer_appointed": QCoreApplication.translate(
            "Worklist", "a lawyer is appointed: contact the lawyer"
        ),
    }.get(code, code)


def block(b: Any) -> str:
    """One refusing rule, in a sentence, with when it lapses."""
    d = b.detail
    text = {
        "do_not_contact": lambda: QCoreApplication.translate(
            "Worklist", "Do not contact: {reasons}."
        ).format(reasons=", ".join(dnc_reason(r) for r in d.get("reasons", []))),
        "quiet_hours": lambda: QCoreApplication.translate(
            "Worklist",
            "No calls or SMS from 22:00 to 08:00 in the borrower's time (now {time}, {tz}).",
        ).format(time=d.get("local_time", ""), tz=d.get("tz", "")),
        "third_party_borrower_reachable": lambda: QCoreApplication.translate(
            "Worklist",
            "Third parties only while the borrower cannot be reached: every own number "
            "invalid, or {n} failed attempts in a row.",
        ).format(n=d.get("needed_failures", 3)),
        "conversations_limit": lambda: QCoreApplication.translate(
            "Worklist", "Already {count} conversations with the borrower today (at most {limit})."
        ).format(count=d.get("count"), limit=d.get("limit")),
        "unanswered_limit": lambda: QCoreApplication.translate(
            "Worklist",
            "Already {count} unanswered attempts on this number today (at most {limit}).",
        ).format(count=d.get("count"), limit=d.get("limit")),
    }.get(b.code)
    line = text() if text else b.message
    if b.allowed_from is not None:
        line += " " + QCoreApplication.translate("Worklist", "Allowed again from {when}.").format(
            when=localtime.when(b.allowed_from, "%m-%d %H:%M")
        )
    elif b.code == "do_not_contact":
        line += " " + QCoreApplication.translate("Worklist", "Only clearing the flag lifts this.")
    return line


def audit_kind(code: str) -> str:
    return {
        "reveal": QCoreApplication.translate("Worklist", "Personal data shown"),
        "limit_change": QCoreApplication.translate("Worklist", "Contact limit changed"),
        "override": QCoreApplication.translate("Worklist", "One-time override"),
        "do_not_contact": QCoreApplication.translate("Worklist", "Do-not-contact flag"),
        "lost_contact": QCoreApplication.translate("Worklist", "Lost-contact mark"),
        "debit_import": QCoreApplication.translate("Worklist", "Debit results imported"),
        "sms": QCoreApplication.translate("Worklist", "SMS sent"),
    }.get(code, code)


def reveal_what(code: str) -> str:
    return {
        "phone": QCoreApplication.translate("Worklist", "phone number"),
        "id_number": QCoreApplication.translate("Worklist", "ID number"),
        "borrower_name": QCoreApplication.translate("Worklist", "borrower's name"),
        "contact_name": QCoreApplication.translate("Worklist", "contact's name"),
        "debit_account": QCoreApplication.translate("Worklist", "debit account"),
        "home_address": QCoreApplication.translate("Worklist", "home address"),
        "employer_address": QCoreApplication.translate("Worklist", "work address"),
        "hukou_address": QCoreApplication.translate("Worklist", "household-registration address"),
        "employer_phone": QCoreApplication.translate("Worklist", "employer's phone"),
    }.get(code, code)


def limit_name(code: str) -> str:
    return {
        "quiet_start": QCoreApplication.translate("Worklist", "Quiet hours start"),
        "quiet_end": QCoreApplication.translate("Worklist", "Quiet hours end"),
        "conversations_per_day": QCoreApplication.translate(
            "Worklist", "Conversations per borrower per day"
        ),
        "unanswered_per_number": QCoreApplication.translate(
            "Worklist", "Unanswered attempts per number per day"
        ),
        "failures_for_unreachable": QCoreApplication.translate(
            "Worklist", "Failed attempts before third parties"
        ),
    }.get(code, code)


def call_outcome(code: str) -> str:
    return {
        "conversation": QCoreApplication.translate("Worklist", "Talked"),
        "no_answer": QCoreApplication.translate("Worklist", "No answer"),
        "busy": QCoreApplication.translate("Worklist", "Busy"),
        "phone_off": QCoreApplication.translate("Worklist", "Phone off"),
        "wrong_number": QCoreApplication.translate("Worklist", "Wrong number"),
        "unrecorded": QCoreApplication.translate("Worklist", "Not recorded"),
    }.get(code, code)


def channel(code: str) -> str:
    return {
        "auto_debit": QCoreApplication.translate("Worklist", "Automatic debit"),
        "bank_transfer": QCoreApplication.translate("Worklist", "Bank transfer"),
        "app": QCoreApplication.translate("Worklist", "App"),
        "counter": QCoreApplication.translate("Worklist", "Counter"),
        "other": QCoreApplication.translate("Worklist", "Other"),
    }.get(code, code)


def error(code: str, fallback: str = "") -> str:
    """Service error codes (payments, dialing, limits)."""
    return {
        "date_future": QCoreApplication.translate("Worklist", "The date is in the future."),
        "date_before_loan": QCoreApplication.translate(
            "Worklist", "The date is before the loan was paid out."
        ),
        "amount_not_positive": QCoreApplication.translate(
            "Worklist", "Enter an amount above zero."
        ),
        "amount_above_outstanding": QCoreApplication.translate(
            "Worklist", "The amount is more than what is outstanding."
        ),
        "channel_unknown": QCoreApplication.translate("Worklist", "Choose how the money was paid."),
        "not_supervisor": QCoreApplication.translate("Worklist", "Only a supervisor may do this."),
        "reason_required": QCoreApplication.translate("Worklist", "Give a reason."),
        "nothing_to_override": QCoreApplication.translate(
            "Worklist", "No rule that may be overridden refuses this contact."
        ),
        "dial_uri_invalid": QCoreApplication.translate(
            "Worklist", "The dial address in the settings needs a scheme and {number}."
        ),
        "sms_unfilled": QCoreApplication.translate(
            "Worklist", "Fill in every {placeholder} before sending."
        ),
        "sms_forbidden": QCoreApplication.translate(
            "Worklist", "The text contains forbidden wording."
        ),
        "sms_debt_to_third_party": QCoreApplication.translate(
            "Worklist", "No debt details in a message to a third party."
        ),
        "template_not_for_third_party": QCoreApplication.translate(
            "Worklist", "Only a third-party template may go to a third party."
        ),
        "limit_out_of_range": QCoreApplication.translate(
            "Worklist", "Choose a number between 1 and 20."
        ),
        "limit_bad_time": QCoreApplication.translate("Worklist", "Enter a time as HH:MM."),
        "limit_not_number": QCoreApplication.translate("Worklist", "Enter a whole number."),
        "limit_unknown": QCoreApplication.translate(
            "Worklist", "This version has no such limit; update Collector Desk."
        ),
        "outcome_unknown": QCoreApplication.translate(
            "Worklist", "Choose how the call ended from the list."
        ),
        "template_unknown": QCoreApplication.translate(
            "Worklist", "That SMS template is not there any more; choose another."
        ),
        "template_invalid": QCoreApplication.translate(
            "Worklist", "The SMS templates file is written wrongly; reinstall Collector Desk."
        ),
        "sms_how_unknown": QCoreApplication.translate(
            "Worklist", "Copy the message or open it in the messaging app."
        ),
    }.get(code, fallback or code)


def plan_notices(plan: Any) -> list[str]:
    """The Today tab's banner lines for a plan (rich text): a calendar computed from
    the rules, a day off, sections cut short."""
    lines = []
    if plan.fallback_years:
        years = ", ".join(str(y) for y in plan.fallback_years)
        lines.append(
            QCoreApplication.translate(
                "TodayView",
                "No official holiday calendar for {years} yet: the statutory holidays are "
                "computed from the rules (provisional, no make-up working days). "
                "<a href='calendar'>Add holidays and make-up working days…</a>",
            ).format(years=years)
        )
    if not plan.is_workday:
        lines.append(
            QCoreApplication.translate("TodayView", "{day} is not a working day.").format(
                day=plan.day.isoformat()
            )
        )
    if plan.truncated:
        names = ", ".join(section(k) for k in sorted(plan.truncated))
        lines.append(
            QCoreApplication.translate(
                "TodayView", "Only the first part of these sections is shown: {names}."
            ).format(names=names)
        )
    return lines
