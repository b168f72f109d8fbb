"""Words the exchange dialogs show for machine codes: fields, row problems, refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collector_desk.domain.money import format_fen


def field_label(key: str) -> str:
    labels = {
        "contract_no": QCoreApplication.translate("ExchangeTexts", "Contract number"),
        "name": QCoreApplication.translate("ExchangeTexts", "Borrower name"),
        "id_number": QCoreApplication.translate("ExchangeTexts", "ID number"),
        "phone": QCoreApplication.translate("ExchangeTexts", "Mobile phone"),
        "phone2": QCoreApplication.translate("ExchangeTexts", "Second phone"),
        "disbursed_on": QCoreApplication.translate("ExchangeTexts", "Disbursement date"),
        "principal": QCoreApplication.translate("ExchangeTexts", "Principal"),
        "instalment_count": QCoreApplication.translate("ExchangeTexts", "Number of instalments"),
        "instalment_amount": QCoreApplication.translate("ExchangeTexts", "Instalment amount"),
        "paid_amount": QCoreApplication.translate("ExchangeTexts", "Amount repaid so far"),
        "product": QCoreApplication.translate("ExchangeTexts", "Product"),
        "branch": QCoreApplication.translate("ExchangeTexts", "Branch"),
        "debit_bank": QCoreApplication.translate("ExchangeTexts", "Debit bank"),
        "debit_account": QCoreApplication.translate("ExchangeTexts", "Debit account"),
        "employer": QCoreApplication.translate("ExchangeTexts", "Employer"),
        "employer_phone": QCoreApplication.translate("ExchangeTexts", "Employer phone"),
        "employer_address": QCoreApplication.translate("ExchangeTexts", "Employer address"),
        "home_address": QCoreApplication.translate("ExchangeTexts", "Home address"),
        "hukou_address": QCoreApplication.translate(
            "ExchangeTexts", "Household registration address"
        ),
        "contact1_name": QCoreApplication.translate("ExchangeTexts", "Contact 1 name"),
        "contact1_relation": QCoreApplication.translate("ExchangeTexts", "Contact 1 relation"),
        "contact1_phone": QCoreApplication.translate("ExchangeTexts", "Contact 1 phone"),
        "contact2_name": QCoreApplication.translate("ExchangeTexts", "Contact 2 name"),
        "contact2_relation": QCoreApplication.translate("ExchangeTexts", "Contact 2 relation"),
        "contact2_phone": QCoreApplication.translate("ExchangeTexts", "Contact 2 phone"),
        "spouse_name": QCoreApplication.translate("ExchangeTexts", "Spouse name"),
        "spouse_phone": QCoreApplication.translate("ExchangeTexts", "Spouse phone"),
        # head office's stated position and the case's placement
        "paid_count": QCoreApplication.translate("ExchangeTexts", "Instalments repaid"),
        "dpd": QCoreApplication.translate("ExchangeTexts", "Days past due"),
        "overdue_total": QCoreApplication.translate("ExchangeTexts", "Overdue total"),
        "overdue_principal": QCoreApplication.translate("ExchangeTexts", "Overdue principal"),
        "overdue_interest": QCoreApplication.translate("ExchangeTexts", "Overdue interest"),
        "penalty": QCoreApplication.translate("ExchangeTexts", "Penalty interest"),
        "late_fee": QCoreApplication.translate("ExchangeTexts", "Late fee"),
        "outstanding": QCoreApplication.translate("ExchangeTexts", "Outstanding"),
        "last_paid_on": QCoreApplication.translate("ExchangeTexts", "Last payment date"),
        "due_day": QCoreApplication.translate("ExchangeTexts", "Monthly due day"),
        "as_of": QCoreApplication.translate("ExchangeTexts", "Figures as of"),
        "assigned_on": QCoreApplication.translate("ExchangeTexts", "Assignment date"),
        "assigned_amount": QCoreApplication.translate("ExchangeTexts", "Assigned amount"),
        "batch": QCoreApplication.translate("ExchangeTexts", "Batch"),
        "hq_bucket": QCoreApplication.translate("ExchangeTexts", "Head office's bucket"),
        "collector": QCoreApplication.translate("ExchangeTexts", "Assigned collector"),
    }
    return labels.get(key, key)


def problem(code: str, value: str, english: str, computed: str = "") -> str:
    """A row problem in the user's language; the cell's value where it helps."""
    texts = {
        "missing": QCoreApplication.translate("ExchangeTexts", "The cell is empty"),
        "duplicate": QCoreApplication.translate(
            "ExchangeTexts", "The same contract number is already on row {value}"
        ),
        "scientific": QCoreApplication.translate(
            "ExchangeTexts",
            "Excel turned this number into scientific notation ({value}); its last digits "
            "are lost. Ask head office to format the column as text",
        ),
        "id_length": QCoreApplication.translate(
            "ExchangeTexts", "An ID number has 18 characters: {value}"
        ),
        "id_format": QCoreApplication.translate(
            "ExchangeTexts", "An ID number is 17 digits and a digit or X: {value}"
        ),
        "id_checksum": QCoreApplication.translate(
            "ExchangeTexts", "The ID number's check digit is wrong: {value}"
        ),
        "id_birth_date": QCoreApplication.translate(
            "ExchangeTexts", "The ID number's birth date does not exist: {value}"
        ),
        "id_region": QCoreApplication.translate(
            "ExchangeTexts", "The ID number's province code does not exist: {value}"
        ),
        "phone_format": QCoreApplication.translate("ExchangeTexts", "Not a phone number: {value}"),
        "phone_invalid": QCoreApplication.translate(
            "ExchangeTexts", "Not a valid Chinese phone number: {value}"
        ),
        "amount_negative": QCoreApplication.translate(
            "ExchangeTexts", "The amount is negative: {value}"
        ),
        "amount_format": QCoreApplication.translate("ExchangeTexts", "Not an amount: {value}"),
        "amount_fen": QCoreApplication.translate(
            "ExchangeTexts", "More than two decimals: {value}"
        ),
        "amount_zero": QCoreApplication.translate("ExchangeTexts", "The amount is zero"),
        "amount_range": QCoreApplication.translate(
            "ExchangeTexts", "The amount is larger than any amount can be: {value}"
        ),
        "date_range": QCoreApplication.translate(
            "ExchangeTexts", "The date is outside the years a loan can have: {value}"
        ),
        "date_format": QCoreApplication.translate(
            "ExchangeTexts", "Not a date: {value} (write 2025-03-05, 2025/3/5 or 2025年3月5日)"
        ),
        "date_invalid": QCoreApplication.translate("ExchangeTexts", "No such date: {value}"),
        "date_future": QCoreApplication.translate("ExchangeTexts", "The date is in the future"),
        "count_format": QCoreApplication.translate("ExchangeTexts", "Not a whole number: {value}"),
        "count_range": QCoreApplication.translate(
            "ExchangeTexts", "Not a plausible number of instalments: {value}"
        ),
        "paid_too_much": QCoreApplication.translate(
            "ExchangeTexts", "More than all the instalments add up to"
        ),
        "too_long": QCoreApplication.translate("ExchangeTexts", "The text is too long"),
        "day_format": QCoreApplication.translate(
            "ExchangeTexts", "Not a day of the month (1 to 31): {value}"
        ),
        "formula_no_value": QCoreApplication.translate(
            "ExchangeTexts",
            "The cell holds a formula saved without its result. Open the file in Excel or WPS, "
            "let it calculate, save it and load it again",
        ),
        "identity_changed": QCoreApplication.translate(
            "ExchangeTexts",
            "This contract belongs to another borrower here ({value}). Check with head office; "
            "to take the file's, import again and confirm the change",
        ),
    }
    text = texts.get(code)
    if text is None and code.startswith("stated_") and computed:
        # refused with "refuse rows whose figures contradict each other"
        return QCoreApplication.translate("ExchangeTexts", "Refused: {reason}").format(
            reason=warning(code, value, computed, english, refused=True)
        )
    return text.format(value=masked(code, value)) if text else english


def warning(code: str, stated: str, computed: str, english: str, *, refused: bool = False) -> str:
    """A row imported by head office's figures, in the user's language (or, `refused`,
    what contradicts itself in a row that was not imported)."""
    texts = {
        "stated_dpd": QCoreApplication.translate(
            "ExchangeTexts",
            "Head office says {stated} days past due; the schedule gives {computed}",
        ),
        "stated_overdue": QCoreApplication.translate(
            "ExchangeTexts",
            "Head office's overdue total is {stated}; the overdue instalments add up to {computed}",
        ),
        "stated_outstanding": QCoreApplication.translate(
            "ExchangeTexts",
            "Head office says {stated} is still owed; the loan total less repayments is {computed}",
        ),
        "stated_paid": QCoreApplication.translate(
            "ExchangeTexts", "The repaid amount {stated} is above the loan total {computed}"
        ),
        "stated_paid_count": QCoreApplication.translate(
            "ExchangeTexts",
            "{stated} instalments repaid, but the repaid amount covers {computed}",
        ),
        "stated_bucket": QCoreApplication.translate(
            "ExchangeTexts",
            "Head office's bucket is {stated}; its days past due put the case in {computed}",
        ),
        "stated_due_day": QCoreApplication.translate(
            "ExchangeTexts",
            "The due day is the {stated}th; the days past due point at the {computed}th",
        ),
        "repeated_column": QCoreApplication.translate(
            "ExchangeTexts",
            "Two columns have this title and hold the same values in every row; the first was read",
        ),
        "collector_unknown": QCoreApplication.translate(
            "ExchangeTexts",
            "{stated} is not on the team, so the case stays unassigned. Add them to the team "
            "and import again",
        ),
    }
    text = texts.get(code)
    if text is None:
        return english
    money = code in ("stated_overdue", "stated_outstanding", "stated_paid")
    if money:
        stated, computed = (
            yuan(int(v)) if v.lstrip("-").isdigit() else v for v in (stated, computed)
        )
    said = text.format(stated=stated, computed=computed)
    if code == "stated_bucket":
        said += _bucket_days(stated)
    if code in ("stated_dpd", "stated_overdue", "stated_outstanding") and not refused:
        said += QCoreApplication.translate("ExchangeTexts", ". Head office's figure is used")
    return said


def _bucket_days(bucket: str) -> str:
    """The days a bucket stands for in this desk's edges (M1 is 1-29: playbook §1), so a
    warning at an edge explains itself ("M1" at 30 days is M2 here)."""
    from collector_desk.domain.stated import bucket_days

    days = bucket_days(bucket)
    if days is None:
        return QCoreApplication.translate(
            "ExchangeTexts",
            " ({stated} is not a bucket this desk reads: M1, M2, M3, M3+, C or days)",
        ).format(stated=bucket)
    low, high = days
    span = f"{low}+" if high is None else (f"{low}" if low == high else f"{low}-{high}")
    return QCoreApplication.translate(
        "ExchangeTexts", " ({stated} is {span} days past due here)"
    ).format(stated=bucket, span=span)


def masked(code: str, value: str) -> str:
    """An ID number or phone in a problem, masked as everywhere else; the row number
    tells the supervisor where to look in their own file."""
    from collector_desk.domain.privacy import mask_id_number, mask_phone
    from collector_desk.exchange.boundary import redact_numbers, redact_words

    if code.startswith("id_") and len(value) >= 8:
        return mask_id_number(value)
    if code.startswith("phone_") and sum(c.isdigit() for c in value) >= 7:
        return mask_phone("".join(c for c in value if c.isdigit()))
    # a phone, ID or name in another column (a row shifted by a cell)
    return redact_words(redact_numbers(value))


def refusal(code: str, english: str) -> str:
    """Why a bundle was not imported."""
    texts = {
        "not_a_bundle": QCoreApplication.translate(
            "ExchangeTexts", "This file is not a Collector Desk bundle."
        ),
        "truncated": QCoreApplication.translate(
            "ExchangeTexts", "The file is incomplete (cut short while copying?). Ask for it again."
        ),
        "damaged": QCoreApplication.translate(
            "ExchangeTexts", "The file was changed or damaged after it was made. Ask for it again."
        ),
        "wrong_team_key": QCoreApplication.translate(
            "ExchangeTexts",
            "The bundle was signed with another team's key. Check the team key in File > Team key.",
        ),
        "newer_format": QCoreApplication.translate(
            "ExchangeTexts", "The bundle was made by a newer Collector Desk. Update this one."
        ),
        "newer_schema": QCoreApplication.translate(
            "ExchangeTexts", "The bundle was made by a newer Collector Desk. Update this one."
        ),
        "wrong_passphrase": QCoreApplication.translate(
            "ExchangeTexts", "The passphrase is not this bundle's."
        ),
        "passphrase_needed": QCoreApplication.translate(
            "ExchangeTexts", "The bundle is encrypted; its passphrase is needed."
        ),
        "clash": QCoreApplication.translate(
            "ExchangeTexts",
            "The bundle holds a contract that this workstation has under another lender's "
            "name: the two workstations' lender names differ. Make them the same in Tools > "
            "Settings, then export and import again. Nothing was imported.",
        ),
        "incompatible": QCoreApplication.translate(
            "ExchangeTexts", "The bundle does not fit this version of Collector Desk."
        ),
        "unreadable": QCoreApplication.translate("ExchangeTexts", "The file cannot be read."),
    }
    return texts.get(code, english)


def unreadable(code: str, english: str, params: dict[str, str] | None = None) -> str:
    """Why a case file could not be read at all."""
    if code == "repeated_column" and params:
        return QCoreApplication.translate(
            "ExchangeTexts",
            "Columns {first} and {second} are both titled “{title}” but hold different "
            "values. Rename or delete one of them and import again.",
        ).format(**{"first": "", "second": "", "title": "", **params})
    texts = {
        "missing": QCoreApplication.translate("ExchangeTexts", "The file does not exist."),
        "not_a_workbook": QCoreApplication.translate(
            "ExchangeTexts", "The file is not a workbook Collector Desk can read."
        ),
        "empty": QCoreApplication.translate("ExchangeTexts", "The file has no rows."),
        "encoding": QCoreApplication.translate(
            "ExchangeTexts",
            "The text is neither UTF-8, UTF-16 nor GB18030. Save it from Excel as "
            '"CSV UTF-8" or as a workbook.',
        ),
        "wrong_suffix": QCoreApplication.translate(
            "ExchangeTexts", "This is a workbook saved under a text file's name; rename it .xlsx."
        ),
        "binary": QCoreApplication.translate("ExchangeTexts", "The file is not a text file."),
        "unreadable": QCoreApplication.translate("ExchangeTexts", "The file cannot be read."),
    }
    return texts.get(code, english)


def yuan(fen: int) -> str:
    return format_fen(fen)
