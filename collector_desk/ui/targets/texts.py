"""The Targets tab's words: column titles and the definitions shown as tooltips.

Everything goes through Qt's translation (context "Targets"); the definitions say
exactly what is counted, numerator over denominator (services.targets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Targets", text)


def columns() -> list[tuple[str, str]]:
    """(title, definition) of the figures table's columns, in order."""
    return [
        (tr("Collector"), tr("The collector; the last row is the whole team.")),
        (tr("Calls"), tr("Calls recorded in the month by the collector.")),
        (
            tr("Contact rate"),
            tr(
                "Right-party contacts ÷ calls made in the month. A right-party contact is a "
                "call that reached the borrower: a promise, no promise, or a refusal."
            ),
        ),
        (tr("PTP rate"), tr("Promises to pay made ÷ right-party contacts in the month.")),
        (
            tr("Kept rate"),
            tr(
                "Promises kept ÷ promises whose day fell in the month and is over. Kept: at "
                "least the promised amount was paid between the promise and its day."
            ),
        ),
        (
            tr("Part-kept"),
            tr(
                "Promises part-kept (something paid, less than promised) ÷ the same promises "
                "due; counted apart from the kept ones."
            ),
        ),
        (
            tr("Collected"),
            tr("Payments received in the month on the loans now assigned to the collector."),
        ),
        (tr("Target"), tr("The amount the supervisor set for the collector and month.")),
        (tr("Of target"), tr("Collected ÷ target.")),
        (
            tr("Pace needed"),
            tr("What must still come in per remaining working day to reach the target."),
        ),
        (tr("Kept target"), tr("The kept rate the supervisor set for the collector and month.")),
    ]


def flow_definition() -> str:
    return tr(
        "Roll rate: loans in this bucket at the end of last month that are in the next bucket "
        "at the end of this month (or today), by count and by outstanding amount."
    )


def cure_definition() -> str:
    return tr(
        "Cure rate: loans overdue at the end of last month that are current at the end of this "
        "month (or today), by count and by overdue amount."
    )


def staff_measures() -> list[tuple[str, str, str]]:
    """(attribute of StaffMeasures, title, definition)."""
    return [
        (
            "reminded_before_due",
            tr("Reached before the due date"),
            tr(
                "Instalments due in the month whose borrower was reached by a right-party call "
                "in the week before the due date ÷ instalments due."
            ),
        ),
        (
            "second_notice",
            tr("Second notice after a failed debit"),
            tr(
                "Failed debits followed by a call or SMS on the loan by the end of the next "
                "working day ÷ failed debits in the month."
            ),
        ),
        (
            "confirmed_on_day",
            tr("Promise confirmed on its day"),
            tr(
                "Promises due in the month with a call or SMS on the loan on the promised day "
                "÷ promises due."
            ),
        ),
    ]


def objection_name(code: str) -> str:
    return {
        "A": tr("A: forgot / too busy"),
        "B": tr("B: no time lately"),
        "C": tr("C: travelling"),
        "D": tr("D: short this month"),
        "E": tr("E: borrowed for a friend"),
        "F": tr("F: wilful refusal"),
        "G": tr("G: promises to pay"),
        "": tr("no objection recorded"),
    }.get(code, code)


def reason_name(code: str) -> str:
    return {
        "careless": tr("does not value credit"),
        "business": tr("business or cash-flow trouble"),
        "family": tr("family trouble"),
        "travel": tr("travelling"),
        "fraud": tr("intent to defraud"),
        "forgot": tr("forgot or too busy"),
        "debit_failed": tr("debit or card problem"),
        "waiting_income": tr("waiting for salary or reimbursement"),
        "other": tr("other"),
        "": tr("no reason recorded"),
    }.get(code, code)


def rate_text(numerator: int, denominator: int) -> str:
    """ "75.0% (3/4)", or "– (0/0)" when nothing was counted."""
    if not denominator:
        return f"– ({numerator}/{denominator})"
    return f"{numerator / denominator:.1%} ({numerator}/{denominator})"
