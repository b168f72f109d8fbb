"""The demo portfolio and the bulk writer under it: realistic, spread over every band
on any day, consistent histories, deterministic for a seed."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import select
from stdnum.cn import ric

from collector_desk.domain.progress import Cancelled, Progress
from collector_desk.domain.promise import PromiseStatus
from collector_desk.services import cases
from collector_desk.services.context import Desk
from collector_desk.services.demo import DEMO_ACCOUNTS, create_demo
from collector_desk.services.demo_people import COMPOUND_SURNAMES, luhn_digit
from collector_desk.store.models import Borrower, Call, Contact, Loan, Note, Payment, Phone, Promise


def open_desk(folder: Path, today: date) -> Desk:
    now = datetime(today.year, today.month, today.day, 1, 0, tzinfo=UTC)
    return Desk.open(folder, today=lambda: today, now=lambda: now)


def listing(desk: Desk) -> list[cases.CaseRow]:
    return cases.page(desk, cases.CaseQuery(), limit=10_000)


@pytest.mark.parametrize(
    "today", [date(2026, 3, 16), date(2026, 3, 31), date(2028, 2, 29), date(2027, 1, 1)]
)
def test_spread_over_every_band_on_any_day(tmp_path: Path, today: date) -> None:
    desk = open_desk(tmp_path, today)
    try:
        assert create_demo(desk) == 240
        rows = listing(desk)
    finally:
        desk.close()
    bands = Counter(r.band for r in rows)
    assert len(rows) == 240
    for band in ("C", "M1-1-5", "M1-6-20", "M1-21-29", "M2", "M3", "M3+"):
        assert bands[band] >= 20, bands
    statuses = Counter(r.promise_status for r in rows)
    for status in PromiseStatus:
        assert statuses[status.value] >= 5, statuses
    assert any(r.promise_on == today and r.promise_status == "pending" for r in rows)
    assert Counter(r.next_action for r in rows)["remind"] >= 5


def test_people_look_real(tmp_path: Path) -> None:
    today = date(2026, 3, 16)
    desk = open_desk(tmp_path, today)
    try:
        create_demo(desk)
        with desk.read() as s:
            borrowers = list(s.scalars(select(Borrower)))
            phones = list(s.scalars(select(Phone)))
            contacts = list(s.scalars(select(Contact)))
            loans = list(s.scalars(select(Loan)))
    finally:
        desk.close()
    lengths = Counter(len(b.name) for b in borrowers)
    assert lengths[2] > 20 and lengths[3] > 20
    assert all(
        2 <= len(b.name) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", b.name) for b in borrowers
    )
    assert any(b.name[:2] in COMPOUND_SURNAMES for b in borrowers)
    for b in borrowers:
        assert ric.validate(b.id_number) == b.id_number  # checksum, birth date, county code
        assert 22 <= (today - ric.get_birth_date(b.id_number)).days // 365 <= 59
        assert b.id_tail == b.id_number[-4:]
        assert b.gender == ("M" if int(b.id_number[16]) % 2 else "F")
        assert b.tz == "Asia/Shanghai" and b.hukou_address and b.home_address
    for p in phones:
        number = phonenumbers.parse("+" + p.number)
        assert phonenumbers.is_valid_number(number), p.number
        assert number.country_code == 86 and p.tail4 == p.number[-4:] and p.label == "mobile"
    for c in contacts:
        assert c.is_third_party == (c.relation != "guarantor")
    assert {c.relation for c in contacts} >= {"spouse", "parent", "sibling", "friend", "colleague"}
    for loan in loans:
        card = loan.debit_account or ""
        assert luhn_digit(card[:-1]) == card[-1] and loan.debit_bank
        assert loan.disbursed_on < today and loan.contract_no.startswith("JK")


def test_histories_are_past_facts_and_promises_use_allowed_accounts(tmp_path: Path) -> None:
    desk = open_desk(tmp_path, date(2026, 3, 16))
    try:
        create_demo(desk)
        assert desk.setting("lender_accounts") == DEMO_ACCOUNTS
        assert desk.setting("lender_name") == "示例消费金融"  # left at the default
        with desk.read() as s:
            facts = [
                *s.scalars(select(Call)),
                *s.scalars(select(Promise)),
                *s.scalars(select(Payment)),
                *s.scalars(select(Note)),
            ]
            promises = list(s.scalars(select(Promise)))
            debit = {loan.id: loan.debit_account for loan in s.scalars(select(Loan))}
            calls = {c.id: c for c in s.scalars(select(Call))}
    finally:
        desk.close()
    assert len({f.id for f in facts}) == len(facts)
    for f in facts:
        assert f.created_at.tzinfo is not None and f.created_at < desk.now()
    for p in promises:
        assert p.account in (*DEMO_ACCOUNTS, debit[p.loan_id])
        assert calls[p.call_id].disposition == "promise" and p.made_on <= p.promised_on
        assert not calls[p.call_id].third_party
    assert any(p.part_payment for p in promises)
    third = [c for c in calls.values() if c.third_party]
    assert third and all(c.contact_id for c in third)


def test_same_seed_same_portfolio(tmp_path: Path) -> None:
    day = date(2026, 3, 16)
    made = []
    for name in ("a", "b"):
        desk = open_desk(tmp_path / name, day)
        try:
            create_demo(desk, cases=60, seed=5)
            made.append(
                [
                    (
                        r.loan_id,
                        r.contract_no,
                        r.borrower_masked,
                        r.dpd,
                        r.overdue_fen,
                        r.promise_status,
                    )
                    for r in listing(desk)
                ]
            )
        finally:
            desk.close()
    assert made[0] == made[1]
    other = open_desk(tmp_path / "c", day)
    try:
        create_demo(other, cases=60, seed=6)
        assert [r.contract_no for r in listing(other)] != [m[1] for m in made[0]]
    finally:
        other.close()


def test_only_into_an_empty_database_unless_forced(tmp_path: Path) -> None:
    desk = open_desk(tmp_path, date(2026, 3, 16))
    try:
        assert create_demo(desk, cases=30) == 30
        assert create_demo(desk, cases=30) == 0
        assert create_demo(desk, cases=30, force=True) == 30
        assert len(listing(desk)) == 60
    finally:
        desk.close()


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    class CancelHalfway(Progress):
        def step(self, done: int, total: int | None = None, text: str | None = None) -> None:
            self.cancelled = done > 0
            super().step(done, total, text)

    desk = open_desk(tmp_path, date(2026, 3, 16))
    try:
        with pytest.raises(Cancelled):
            create_demo(desk, cases=30, progress=CancelHalfway())
        assert listing(desk) == []
    finally:
        desk.close()


def test_kept_promises_leave_nothing_overdue_and_the_targets_have_figures(
    tmp_path: Path,
) -> None:
    from collector_desk.services import targets

    desk = open_desk(tmp_path, date(2026, 3, 16))
    try:
        create_demo(desk, assign_to=desk.collector_id)
        rows = listing(desk)
        kept = [r for r in rows if r.promise_status == PromiseStatus.KEPT.value]
        assert kept
        # A kept promise was paid in full: no ¥1.00 (or any cent) left overdue by rounding.
        assert not [r for r in kept if 0 < r.overdue_fen <= 100]
        team = targets.report(desk, "2026-03").team
        assert team.target_fen > 0 and team.collected_fen > 0
        assert team.kept_rate.denominator > 0 and team.part_kept.numerator > 0
        staff = team.staff
        assert staff is not None and staff.second_notice.denominator > 0
        # A few loans were paid out a day or two ago: the welcome call is on the plan
        # and the script panel opens the welcome script for them.
        from collector_desk.services import call_scripts, worklist

        welcome = [i for i in worklist.build(desk, None, scope=None).items if i.kind == "welcome"]
        assert welcome
        assert all(call_scripts.suggested_script(desk, i.loan_id) == "welcome" for i in welcome)
        # Reminders reached most borrowers before their due dates (the course's phase 1).
        reached = staff.reminded_before_due
        assert reached.denominator > 0 and reached.numerator / reached.denominator > 0.3
        assert any(k.code for k in team.kept_by_objection)
        # The demo's colleague is on the roster, so the tab names them.
        from collector_desk.services import assignment

        names = {m.id: m.name for m in assignment.team(desk)}
        assert names.get("D2041") == "王强"
        mates = {f.collector_id: f.name for f in targets.report(desk, "2026-03").collectors}
        assert mates.get("D2041") == "王强"
    finally:
        desk.close()


def test_reminders_and_second_notices_fall_on_working_days(tmp_path: Path) -> None:
    """Around the Spring Festival 2027 (5-10 February off): the demo's reminder calls
    come on the working days before a due date, its second notices on the next one."""
    from zoneinfo import ZoneInfo

    from collector_desk.domain.workdays import WorkCalendar
    from collector_desk.services.holidays import shipped_arrangements
    from collector_desk.store.models import Call

    cal = WorkCalendar({}, shipped_arrangements())
    desk = open_desk(tmp_path, date(2027, 2, 26))
    try:
        create_demo(desk)
        with desk.read() as s:
            rows = s.execute(select(Call.created_at, Call.note)).all()
    finally:
        desk.close()
    shanghai = ZoneInfo("Asia/Shanghai")
    days = [
        (at.astimezone(shanghai).date(), note)
        for at, note in rows
        if note.startswith(("还款提醒", "扣款失败二次通知"))
    ]
    assert len(days) > 40
    assert [d for d, _ in days if not cal.is_workday(d)] == []
    assert any(date(2027, 2, 1) <= d <= date(2027, 2, 12) for d, _ in days)
