"""The demo's follow-up facts: failed debits (回盘) with their second notices, reminder
calls before the due dates (the course's reminders, so "reached before the due date"
has figures), and the month's targets per collector.

Each failed debit is drawn from a generator seeded by its loan id, so adding or
changing these leaves the rest of the demo as it was."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import cache
from typing import Any

from collector_desk.domain.call_flow import Disposition, OverdueReason
from collector_desk.domain.workdays import WorkCalendar

DEMO_TARGET_FEN = 30_000_000  # ¥300,000.00
DEMO_KEPT_PCT = 70

DEBIT_DAYS = 20
DEBIT_SHARE = 0.6
NOTICE_SHARE = 0.7
DEBIT_REASONS = ("余额不足", "余额不足", "账户冻结", "账户已销户")
CST = timezone(timedelta(hours=8))


@cache
def _calendar() -> WorkCalendar:
    """The working days the desk plans by before any import: the package, the shipped
    files and the statutory rules (no call of the demo falls on 春节 or a weekend)."""
    from collector_desk.services.holidays import shipped_arrangements

    return WorkCalendar({}, shipped_arrangements())


@dataclass
class DebitFollowups:
    """Rows of failed debits and the calls that gave their second notice."""

    today: date
    workstation: str
    collectors: tuple[str, ...]
    debits: list[dict[str, Any]] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)

    def add(self, loan_id: str, due_on: date, amount_fen: int, phones: list[str]) -> None:
        """A recent overdue case's debit failed on its due date `due_on`; most of them
        got a second notice (a call on the borrower's first phone) the next working day."""
        if not 0 < (self.today - due_on).days <= DEBIT_DAYS:
            return
        rng = random.Random(f"demo-debit:{loan_id}")
        if rng.random() >= DEBIT_SHARE:
            return
        who = rng.choice(self.collectors)

        def at(day: date, hour: int) -> datetime:
            local = datetime.combine(day, time(hour, rng.randint(0, 59)), CST)
            return local.astimezone(UTC)

        def fid() -> str:
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))

        fact = {"collector_id": who, "workstation_id": self.workstation, "loan_id": loan_id}
        self.debits.append(
            {
                **fact,
                "id": fid(),
                "created_at": at(due_on, 20),
                "debit_on": due_on,
                "amount_fen": amount_fen,
                "success": False,
                "reason": rng.choice(DEBIT_REASONS),
                "payment_id": None,
            }
        )
        notice = _calendar().next_workday(due_on, inclusive=False)
        if rng.random() < NOTICE_SHARE and notice < self.today:
            self.calls.append(
                {
                    **fact,
                    "id": fid(),
                    "created_at": at(notice, 10),
                    "phone_id": phones[0],
                    "contact_id": None,
                    "started_at": at(notice, 9),
                    "ended_at": at(notice, 10),
                    "disposition": Disposition.RIGHT_PARTY_NO_PROMISE.value,
                    "overdue_reason": OverdueReason.DEBIT_FAILED.value,
                    "objections": "",
                    "third_party": False,
                    "last_step": 3,
                    "note": "扣款失败二次通知：已告知客户本期扣款未成功及应还金额",
                    "flagged": "",
                }
            )


REMIND_DAYS = 40  # instalments due this long before today got their reminder calls
REMIND_SHARE = 0.65  # of the instalments that were then paid
REMIND_SHARE_LAPSED = 0.3  # of the instalment that then went overdue


@dataclass
class PreDueReminders:
    """Rows of the reminder calls made in the working days before recent due dates."""

    today: date
    workstation: str
    collectors: tuple[str, ...]
    calls: list[dict[str, Any]] = field(default_factory=list)

    def add(self, loan_id: str, due_dates: list[date], lapsed: date | None, phone: str) -> None:
        """A reminder reached the borrower 1-3 working days before some of the due dates
        of the last REMIND_DAYS days (fewer before `lapsed`, the one that went overdue)."""
        rng = random.Random(f"demo-remind:{loan_id}")
        for due_on in due_dates:
            if not 0 < (self.today - due_on).days <= REMIND_DAYS:
                continue
            share = REMIND_SHARE_LAPSED if due_on == lapsed else REMIND_SHARE
            if rng.random() >= share:
                continue
            day = _calendar().workdays_before(due_on, rng.randint(1, 3))
            local = datetime.combine(day, time(rng.randint(9, 11), rng.randint(0, 59)), CST)
            at = local.astimezone(UTC)
            self.calls.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "created_at": at,
                    "collector_id": rng.choice(self.collectors),
                    "workstation_id": self.workstation,
                    "loan_id": loan_id,
                    "phone_id": phone,
                    "contact_id": None,
                    "started_at": at - timedelta(minutes=rng.randint(1, 4)),
                    "ended_at": at,
                    "disposition": Disposition.RIGHT_PARTY_NO_PROMISE.value,
                    "overdue_reason": None,
                    "objections": "",
                    "third_party": False,
                    "last_step": 1,
                    "note": "还款提醒：已与客户确认还款日期、金额和扣款账户",
                    "flagged": "",
                }
            )


def target_rows(
    collectors: tuple[str, ...], month: str, *, set_by: str, hlc: str, origin: str
) -> list[dict[str, Any]]:
    """The month's demo target for each collector, once per collector."""
    return [
        {
            "id": f"{who}/{month}",
            "collector_id": who,
            "month": month,
            "amount_fen": DEMO_TARGET_FEN,
            "kept_rate_pct": DEMO_KEPT_PCT,
            "set_by": set_by,
            "hlc": hlc,
            "origin": origin,
        }
        for who in dict.fromkeys(collectors)
    ]
