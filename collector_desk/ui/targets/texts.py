"""The Targets tab's words: column titles and the definitions shown as tooltips.

Everything goes through Qt's translation (context "Targets"); the definitions say
exactly what is counted, numerator over denominator (services.targets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    """A translation of a text held in a variable (lupdate sees the literal calls)."""
    return QCoreApplication.translate("Targets", text)


def columns() -> list[tuple[str, str]]:
    """(title, definition) of the figures table's columns, in order."""
    return [
        (
            QCoreApplication.translate("Targets", "Collector"),
            QCoreApplication.translate("Targets", "The collector; the last row is the whole team."),
        ),
        (
            QCoreApplication.translate("Targets", "Calls"),
            QCoreApplication.translate("Targets", "Calls recorded in the month by the collector."),
        ),
        (
            QCoreApplication.translate("Targets", "Contact rate"),
            QCoreApplication.translate(
                "Targets",
                "Right-party contacts ÷ calls made in the month. A right-party contact is a "
                "call that reached the borrower: a promise, no promise, or a refusal.",
            ),
        ),
        (
            QCoreApplication.translate("Targets", "PTP rate"),
            QCoreApplication.translate(
                "Targets", "Promises to pay made ÷ right-party contacts in the month."
            ),
        ),
        (
            QCoreApplication.translate("Targets", "Kept rate"),
            QCoreApplication.translate(
                "Targets",
                "Promises kept ÷ promises whose day fell in the month and is over. Kept: at "
                "least the promised amount was paid between the promise and its day.",
            ),
        ),
        (
            QCoreApplication.translate("Targets", "Part-kept"),
            QCoreApplication.translate(
                "Targets",
                "Promises part-kept (something paid, less than promised) ÷ the same promises "
                "due; counted apart from the kept ones.",
            ),
        ),
        (
            QCoreApplication.translate("Targets", "Collected"),
            QCoreApplication.translate(
                "Targets",
                "Payments received in the month on the loans now assigned to the collector.",
            ),
        ),
        (
            QCoreApplication.translate("Targets", "Target"),
            QCoreApplication.translate(
                "Targets", "The amount the supervisor set for the collector and month."
            ),
        ),
        (
            QCoreApplication.translate("Targets", "Of target"),
            QCoreApplication.translate("Targets", "Collected ÷ target."),
        ),
        (
            QCoreApplication.translate("Targets", "Pace needed"),
            QCoreApplication.translate(
                "Targets", "What must still come in per remaining working day to reach the target."
            ),
        ),
        (
            QCoreApplication.translate("Targets", "Kept target"),
            QCoreApplication.translate(
                "Targets", "The kept rate the supervisor set for the collector and month."
            ),
        ),
    ]


def flow_definition() -> str:
    return QCoreApplication.translate(
        "Targets",
        "Roll rate: loans in this bucket at the end of last month that are in the next bucket "
        "at the end of this month (for the current month: at the end of yesterday), by count "
        "and by outstanding amount.",
    )


def cure_definition() -> str:
    return QCoreApplication.translate(
        "Targets",
        "Cure rate: loans overdue at the end of last month that are current at the end of this "
        "month (for the current month: at the end of yesterday), by count and by overdue "
        "amount.",
    )


def step_text(kind: str) -> str:
    """What the count is doing, for the progress dialog (services.target_counts kinds)."""
    texts = {
        "act": QCoreApplication.translate("Targets", "Counting calls and promises made…"),
        "due": QCoreApplication.translate("Targets", "Judging the promises due…"),
        "pay": QCoreApplication.translate("Targets", "Counting payments by band…"),
        "confirm": QCoreApplication.translate(
            "Targets", "Counting promises confirmed on their day…"
        ),
        "remind": QCoreApplication.translate("Targets", "Counting reminders before the due date…"),
        "notice": QCoreApplication.translate(
            "Targets", "Counting second notices after failed debits…"
        ),
        "move": QCoreApplication.translate(
            "Targets", "Counting where every loan stood at each month end (roll rates)…"
        ),
    }
    return texts.get(kind, QCoreApplication.translate("Targets", "Reading the month's totals…"))


def staff_measures() -> list[tuple[str, str, str]]:
    """(attribute of StaffMeasures, title, definition)."""
    return [
        (
            "reminded_before_due",
            QCoreApplication.translate("Targets", "Reached before the due date"),
            QCoreApplication.translate(
                "Targets",
                "Instalments due in the month whose borrower was reached by a right-party call "
                "in the week before the due date ÷ instalments due.",
            ),
        ),
        (
            "second_notice",
            QCoreApplication.translate("Targets", "Second notice after a failed debit"),
            QCoreApplication.translate(
                "Targets",
                "Failed debits followed by a call or SMS on the loan by the end of the next "
                "working day ÷ failed debits in the month.",
            ),
        ),
        (
            "confirmed_on_day",
            QCoreApplication.translate("Targets", "Promise confirmed on its day"),
            QCoreApplication.translate(
                "Targets",
                "Promises due in the month with a call or SMS on the loan on the promised day "
                "÷ promises due.",
            ),
        ),
    ]


def objection_name(code: str) -> str:
    return {
        "A": QCoreApplication.translate("Targets", "A: forgot / too busy"),
        "B": QCoreApplication.translate("Targets", "B: no time lately"),
        "C": QCoreApplication.translate("Targets", "C: travelling"),
        "D": QCoreApplication.translate("Targets", "D: short this month"),
        "E": QCoreApplication.translate("Targets", "E: borrowed for a friend"),
        "F": QCoreApplication.translate("Targets", "F: wilful refusal"),
        "G": QCoreApplication.translate("Targets", "G: promises to pay"),
        "": QCoreApplication.translate("Targets", "no objection recorded"),
    }.get(code, code)


def reason_name(code: str) -> str:
    return {
        "careless": QCoreApplication.translate("Targets", "does not value credit"),
        "business": QCoreApplication.translate("Targets", "business or cash-flow trouble"),
        "family": QCoreApplication.translate("Targets", "family trouble"),
        "travel": QCoreApplication.translate("Targets", "travelling"),
        "fraud": QCoreApplication.translate("Targets", "intent to defraud"),
        "forgot": QCoreApplication.translate("Targets", "forgot or too busy"),
        "debit_failed": QCoreApplication.translate("Targets", "debit or card problem"),
        "waiting_income": QCoreApplication.translate(
            "Targets", "waiting for salary or reimbursement"
        ),
        "other": QCoreApplication.translate("Targets", "other"),
        "": QCoreApplication.translate("Targets", "no reason recorded"),
    }.get(code, code)


def rate_text(numerator: int, denominator: int) -> str:
    """ "75.0% (3/4)", or "– (0/0)" when nothing was counted."""
    if not denominator:
        return f"– ({numerator}/{denominator})"
    return f"{numerator / denominator:.1%} ({numerator}/{denominator})"


def export_headers() -> dict[str, str]:
    """The workbook's English header keys (exchange.targets_report.HEADERS) translated."""
    return {
        "Collector": QCoreApplication.translate("Targets", "Collector"),
        "Name": QCoreApplication.translate("Targets", "Name"),
        "Calls": QCoreApplication.translate("Targets", "Calls"),
        "Right-party contacts": QCoreApplication.translate("Targets", "Right-party contacts"),
        "Contact rate": QCoreApplication.translate("Targets", "Contact rate"),
        "Promises": QCoreApplication.translate("Targets", "Promises"),
        "PTP rate": QCoreApplication.translate("Targets", "PTP rate"),
        "Promises due": QCoreApplication.translate("Targets", "Promises due"),
        "Kept": QCoreApplication.translate("Targets", "Kept"),
        "Kept rate": QCoreApplication.translate("Targets", "Kept rate"),
        "Part-kept": QCoreApplication.translate("Targets", "Part-kept"),
        "Part-kept rate": QCoreApplication.translate("Targets", "Part-kept rate"),
        "Promised (yuan)": QCoreApplication.translate("Targets", "Promised (yuan)"),
        "Collected (yuan)": QCoreApplication.translate("Targets", "Collected (yuan)"),
        "Target (yuan)": QCoreApplication.translate("Targets", "Target (yuan)"),
        "Of target": QCoreApplication.translate("Targets", "Of target"),
        "Pace needed (yuan per working day)": QCoreApplication.translate(
            "Targets", "Pace needed (yuan per working day)"
        ),
        "Kept target %": QCoreApplication.translate("Targets", "Kept target %"),
        "Movement": QCoreApplication.translate("Targets", "Movement"),
        "Loans moved": QCoreApplication.translate("Targets", "Loans moved"),
        "Loans": QCoreApplication.translate("Targets", "Loans"),
        "Rate by count": QCoreApplication.translate("Targets", "Rate by count"),
        "Amount moved (yuan)": QCoreApplication.translate("Targets", "Amount moved (yuan)"),
        "Amount (yuan)": QCoreApplication.translate("Targets", "Amount (yuan)"),
        "Rate by amount": QCoreApplication.translate("Targets", "Rate by amount"),
        "Month": QCoreApplication.translate("Targets", "Month"),
        "To the end of": QCoreApplication.translate("Targets", "To the end of"),
        "Roll month over month": QCoreApplication.translate("Targets", "Roll month over month"),
        "Kind": QCoreApplication.translate("Targets", "Kind"),
        "Code": QCoreApplication.translate("Targets", "Code"),
        "Measure": QCoreApplication.translate("Targets", "Measure"),
        "Numerator": QCoreApplication.translate("Targets", "Numerator"),
        "Denominator": QCoreApplication.translate("Targets", "Denominator"),
        "Rate": QCoreApplication.translate("Targets", "Rate"),
        "Figures": QCoreApplication.translate("Targets", "Figures"),
        "Band at the end of last month": QCoreApplication.translate(
            "Targets", "Band at the end of last month"
        ),
        "Collected by band": QCoreApplication.translate("Targets", "Collected by band"),
        "Roll and cure": QCoreApplication.translate("Targets", "Roll and cure"),
        "What works": QCoreApplication.translate("Targets", "What works"),
        "Staff measures": QCoreApplication.translate("Targets", "Staff measures"),
        "Team": QCoreApplication.translate("Targets", "Team"),
        "Objection": QCoreApplication.translate("Targets", "Objection"),
        "Reason for overdue": QCoreApplication.translate("Targets", "Reason for overdue"),
        "Cured": QCoreApplication.translate("Targets", "Cured"),
        **{attr: title for attr, title, _d in staff_measures()},
        **{f"reason:{code}": reason_name(code) for code in REASON_CODES},
    }


REASON_CODES = (
    "careless",
    "business",
    "family",
    "travel",
    "fraud",
    "forgot",
    "debit_failed",
    "waiting_income",
    "other",
    "",
)
