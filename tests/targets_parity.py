"""Shared by the totals parity tests (SQLite and PostgreSQL): a random portfolio, the
figures from the stored totals against the figures counted straight from facts, then
back-dated facts and a reassignment, and the comparison again."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from collector_desk.services import assignment, targets
from collector_desk.services.context import Desk, new_id
from collector_desk.services.demo import create_demo
from collector_desk.store.models import Call, ContactAttempt, DebitResult, Loan, Payment, Promise

SH = ZoneInfo("Asia/Shanghai")
TEAM = (("C001", "李娜"), ("D2041", "王强"), ("D2042", "赵敏"))


class Today:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def portfolio(desk: Desk, seed: int, cases: int) -> list[str]:
    desk.set_settings(collector_id="C001", collector_name="李娜", role="supervisor")
    for cid, name in TEAM:
        assignment.add_member(desk, cid, name)
    create_demo(desk, cases=cases, seed=seed, assign_to="C001")
    with desk.read() as s:
        loans = sorted(s.scalars(select(Loan.id)))
    rng = random.Random(seed)
    for who in ("D2041", "D2042"):
        assignment.assign(desk, rng.sample(loans, len(loans) // 3), who)
    return loans


def compare(desk: Desk, months: list[str], collectors: list[str | None]) -> int:
    """Totals-based figures equal from-facts figures; returns how many were compared."""
    n = 0
    for month in months:
        for who in collectors:
            stored = targets.report(desk, month, collector=who).to_json()
            counted = targets.report(desk, month, collector=who, from_facts=True).to_json()
            assert stored == counted, (month, who)
            n += 1
    return n


def back_dated(desk: Desk, loans: list[str], rng: random.Random, today: date) -> None:
    """Facts arriving now, most dated before today (as a bundle or an intake brings
    them), some today's."""

    def at(d: date) -> datetime:
        return datetime.combine(d, datetime.min.time(), SH).astimezone(UTC) + timedelta(
            hours=rng.randint(1, 12)
        )

    def day() -> date:  # now and then today's own (what a collector records now)
        return today - timedelta(days=rng.choice((0, 0, *range(1, 46))))

    with desk.unit() as s:
        for _ in range(rng.randint(1, 4)):
            loan, d = rng.choice(loans), day()
            base: dict[str, Any] = {
                "id": new_id(),
                "created_at": at(d),
                "collector_id": rng.choice(TEAM)[0],
                "workstation_id": "elsewhere",
                "loan_id": loan,
            }
            kind = rng.choice(("payment", "call", "promise", "pair", "debit", "attempt"))
            if kind == "payment":
                s.add(Payment(**base, paid_on=d, amount_fen=rng.choice((50_000, 200_000)),
                              channel="other", reference="late"))  # fmt: skip
            elif kind == "call":
                s.add(Call(**base, disposition=rng.choice(("promise", "no_answer", "refused")),
                           objections=rng.choice(("", "A", "B,C")), overdue_reason="forgot"))  # fmt: skip
            elif kind == "pair":  # a call and the promise it got, as a bundle brings them
                call = Call(**base, disposition="promise", objections="D", overdue_reason="ill")
                s.add(call)
                s.flush()
                s.add(Promise(**{**base, "id": new_id()}, call_id=call.id, made_on=d,
                              promised_on=d + timedelta(days=rng.randint(0, 3)),
                              amount_fen=80_000, method="app", account="x",
                              part_payment=False))  # fmt: skip
            elif kind == "promise":
                s.add(Promise(**base, call_id=None, made_on=d,
                              promised_on=d + timedelta(days=rng.randint(0, 4)),
                              amount_fen=100_000, method="bank_transfer", account="x",
                              part_payment=False))  # fmt: skip
            elif kind == "debit":
                s.add(DebitResult(**base, debit_on=d, amount_fen=100_000, success=False,
                                  reason="insufficient"))  # fmt: skip
            else:
                s.add(ContactAttempt(**base, phone_id=None, channel="sms", at=at(d)))


def stored_rows(desk: Desk) -> int:
    from collector_desk.store.target_tables import TOTAL

    with desk.read() as s:
        return int(s.scalar(select(func.count()).select_from(TOTAL)) or 0)
