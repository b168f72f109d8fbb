"""Letters to the borrower: a reminder and a formal demand (playbook §6, channels).

Templates are data files in resources/templates/letters/ (a trainer edits them like
the SMS templates): title, salutation, paragraphs and closing per language, with the
SMS placeholders plus {today} and {deadline}. A letter goes to the borrower only: a
template for anyone else is refused, and so is wording the language rules flag.
The lender's name and published accounts come from the settings.

Rendering (PDF, PNG) is Qt's job and lives in ui/letters; this module returns the
filled letter as plain data. Sending one is a fact: a note on the case and a
`task_done` row of kind "letter" with the template as ref.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy.orm import defer

from collector_desk.domain.compliance import Addressee, findings
from collector_desk.paths import resource
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.services.dialing import case_values
from collector_desk.services.worklist_tasks import work_calendar
from collector_desk.store.models import Borrower, Loan, Note, TaskDone

DEADLINE_DAYS = 7  # the formal demand's date to pay by: a week on, the next working day
TASK_KIND = "letter"
LANGS = ("zh_CN", "en")
_FIELD = re.compile(r"\{([a-z_]+)\}")


class LetterError(ValueError):
    pass


class NotOverdue(LetterError):
    """Both letters are about money overdue: a case with nothing overdue gets none (no
    letter may say "逾期0天")."""

    def __init__(self) -> None:
        super().__init__("this case has nothing overdue: no reminder or demand letter")


def letter_date(day: date, lang: str) -> str:
    """A date as a letter writes it: 2026年3月16日, 16 March 2026."""
    if lang == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class LetterTemplate:
    id: str
    title: dict[str, str]
    salutation: dict[str, str]
    paragraphs: dict[str, tuple[str, ...]]
    accounts_heading: dict[str, str]
    closing: dict[str, str]


@dataclass(frozen=True)
class Letter:
    template_id: str
    lang: str
    title: str
    lender: str
    recipient: str  # the borrower, with honorific
    address: str  # the borrower's home address ("" when unknown)
    date: str
    salutation: str
    paragraphs: tuple[str, ...]
    accounts_heading: str
    accounts: tuple[str, ...]  # the lender's published accounts
    closing: str
    missing: tuple[str, ...]  # placeholders with no value


def parse_template(template_id: str, doc: dict[str, Any]) -> LetterTemplate:
    if doc.get("audience") != "borrower":
        raise LetterError(f"{template_id}: a letter is addressed to the borrower only")
    tpl = LetterTemplate(
        template_id,
        dict(doc["title"]),
        dict(doc["salutation"]),
        {k: tuple(v) for k, v in doc["paragraphs"].items()},
        dict(doc["accounts_heading"]),
        dict(doc["closing"]),
    )
    for lang in LANGS:
        if lang not in tpl.paragraphs:
            raise LetterError(f"{template_id}: no {lang} text")
        text = "\n".join(tpl.paragraphs[lang])
        found = findings(text, Addressee.BORROWER)
        if found:
            raise LetterError(
                f"{template_id}: forbidden wording in {lang} ({found[0].rule}: {found[0].words})"
            )
    return tpl


@cache
def templates() -> tuple[LetterTemplate, ...]:
    folder = resource("templates", "letters")
    out = []
    for p in sorted(folder.glob("*.json")):
        try:
            out.append(parse_template(p.stem, json.loads(p.read_text(encoding="utf-8"))))
        except json.JSONDecodeError as exc:
            raise LetterError(f"{p.name}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, LetterError):
                raise
            raise LetterError(f"{p.name}: a field is missing or malformed ({exc!s})") from None
    return tuple(out)


def _fill(text: str, values: dict[str, str], missing: set[str]) -> str:
    def one(m: re.Match[str]) -> str:
        if m.group(1) in values:
            return values[m.group(1)]
        missing.add(m.group(1))
        return m.group(0)

    return _FIELD.sub(one, text)


def draft(desk: Desk, loan_id: str, template_id: str, lang: str = "zh_CN") -> Letter:
    by_id = {t.id: t for t in templates()}
    if template_id not in by_id:
        raise LetterError(f"no letter template {template_id!r}")
    tpl = by_id[template_id]
    lang = lang if lang in LANGS else "zh_CN"
    today = desk.today()
    values = case_values(desk, loan_id, lang)
    if "overdue_amount" not in values:  # nothing overdue today
        raise NotOverdue()
    if "due_date" in values:
        values["due_date"] = letter_date(date.fromisoformat(values["due_date"]), lang)
    values["today"] = letter_date(today, lang)
    with desk.read() as s:
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise KeyError(loan_id)
        # The date to pay by is a working day: never New Year's Day or the Spring Festival.
        deadline = work_calendar(s).next_workday(today + timedelta(days=DEADLINE_DAYS))
        borrower = s.get(Borrower, loan.borrower_id, options=[defer(Borrower.id_number)])
        address = (borrower.home_address if borrower else None) or ""
    values["deadline"] = letter_date(deadline, lang)
    missing: set[str] = set()
    letter = Letter(
        template_id=tpl.id,
        lang=lang,
        title=tpl.title[lang],
        lender=values.get("lender", ""),
        recipient=values.get("name", ""),
        address=address,
        date=letter_date(today, lang),
        salutation=_fill(tpl.salutation[lang], values, missing),
        paragraphs=tuple(_fill(p, values, missing) for p in tpl.paragraphs[lang]),
        accounts_heading=tpl.accounts_heading[lang],
        accounts=tuple(str(a) for a in desk.setting("lender_accounts") or []),
        closing=tpl.closing[lang],
        missing=(),
    )
    return Letter(**{**letter.__dict__, "missing": tuple(sorted(missing))})


def record_sent(desk: Desk, letter: Letter, loan_id: str) -> ChangeSet:
    """The letter was sent to the borrower: a note on the case and a task-done fact."""
    if letter.missing:
        raise LetterError("fill every placeholder before sending: " + ", ".join(letter.missing))
    body = (
        f"已寄出《{letter.title}》给借款人本人（{letter.date}）。"
        if letter.lang == "zh_CN"
        else f"Sent the letter “{letter.title}” to the borrower ({letter.date})."
    )
    with desk.unit() as s:
        if s.get(Loan, loan_id) is None:
            raise KeyError(loan_id)
        fact = {
            "created_at": desk.now(),
            "collector_id": desk.collector_id,
            "workstation_id": desk.workstation_id,
            "loan_id": loan_id,
        }
        s.add(Note(id=new_id(), body=body, **fact))
        s.add(
            TaskDone(
                id=new_id(), kind=TASK_KIND, ref=letter.template_id, on_day=desk.today(), **fact
            )
        )
    return ChangeSet.of(ChangeKind.NOTE, ChangeKind.WORKLIST, loans=[loan_id])
