"""A demo portfolio: realistic cases with histories, so the desk can be tried at once.

Every date is placed relative to `desk.today()`, so the spread over C, M1
(1-5, 6-20, 21-29 days), M2, M3 and M3+ holds on whatever day the demo is made.
Each case is planned first (band, days past due, instalments already paid),
then its loan is dated backwards from the due date that gives that DPD. Due
days stay within 1-28 (as many lenders do), so no month-end clamping moves a
due date. Histories (calls, promises, payments, notes) all lie before today
and are consistent with the promise status they are meant to show.
Deterministic: the same seed on the same day gives the same portfolio.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collector_desk.domain.call_flow import Disposition, Objection, OverdueReason
from collector_desk.domain.loan import Instalment, add_months, position
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.domain.promise import PaymentMethod, is_part_payment
from collector_desk.services import case_state
from collector_desk.services.context import Desk
from collector_desk.services.demo_followups import DebitFollowups, PreDueReminders, target_rows
from collector_desk.services.demo_people import (
    NO_CONTACT_NOTES,
    NOTES,
    OBJECTION_FOR,
    REASONS,
    People,
)
from collector_desk.services.portfolio import (
    CaseRecord,
    ContactRecord,
    PaymentRecord,
    Stamp,
    write_cases,
)
from collector_desk.store.cases_bulk import CaseWriter
from collector_desk.store.models import Collector, CollectorTarget, Loan, Phone

WELCOME_SHARE = 0.08  # of the current cases: disbursed a day or two ago

# The colleague whose calls the demo has besides this desk's own: on the roster, so
# the Targets tab names them (not "D2041 D2041").
COLLEAGUE = ("D2041", "王强")

# The month's targets the demo sets for each of its collectors (course section 6).
# Recent overdue cases whose due-date debit failed, and how many got a second notice.
DEMO_ACCOUNTS = ["中国工商银行 0200004509200123456", "招商银行 110906123410201"]
CST = timezone(timedelta(hours=8))

# (band, share of the portfolio, lowest DPD, highest DPD). Band "C" means current.
BANDS: tuple[tuple[str, float, int, int], ...] = (
    ("C", 0.20, 0, 0),
    ("M1-1-5", 0.15, 1, 5),
    ("M1-6-20", 0.16, 6, 20),
    ("M1-21-29", 0.11, 21, 29),
    ("M2", 0.14, 30, 59),
    ("M3", 0.11, 60, 89),
    ("M3+", 0.13, 90, 420),
)
# How often each outcome of a call without a promise occurs (NO_CONTACT_NOTES order).
DISPOSITION_WEIGHTS = (6, 3, 1, 2, 1, 3)
PRODUCTS = ("工薪贷", "精英贷", "业主贷", "生意贷")
PRINCIPALS = (20_000, 30_000, 50_000, 50_000, 80_000, 100_000, 150_000, 200_000)  # yuan
TERMS = (12, 18, 24, 24, 36)
RELATION_WEIGHTS = (("parent", 3), ("sibling", 2), ("friend", 3), ("colleague", 2))


@dataclass
class _Plan:
    record: CaseRecord
    band: str
    t: date  # due date of the oldest unpaid instalment
    schedule: list[Instalment]
    payments: list[PaymentRecord] = field(default_factory=list)


class _Builder:
    def __init__(self, desk: Desk, seed: int, offset: int) -> None:
        self.rng = random.Random(f"collector-desk-demo:{seed}:{offset}")
        self.people = People(self.rng)
        self.today = desk.today()
        self.offset = offset
        self.workstation = desk.workstation_id
        self.collectors = (desk.collector_id, desk.collector_id, COLLEAGUE[0])
        self.calls: list[dict[str, Any]] = []
        self.promises: list[dict[str, Any]] = []
        self.notes: list[dict[str, Any]] = []
        self.extra_payments: list[dict[str, Any]] = []
        self.followups = DebitFollowups(self.today, self.workstation, self.collectors)
        self.reminders = PreDueReminders(self.today, self.workstation, self.collectors)
        self.registers: list[dict[str, Any]] = []
        self.hlc = desk.hlc()
        self.stamp = Stamp.of(desk)  # who writes the cases, and their ids
        # loan id -> (the borrower's phone ids, [(contact id, phone id)])
        self.lines: dict[str, tuple[list[str], list[tuple[str, str]]]] = {}

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def at(self, day: date, start: int = 9, end: int = 19) -> datetime:
        """A moment during local working hours of `day`, as aware UTC."""
        local = datetime.combine(day, time(self.rng.randint(start, end - 1)), CST)
        return (local + timedelta(minutes=self.rng.randint(0, 59))).astimezone(UTC)

    def due_with_day_le_28(self, low: int, high: int, ahead: bool) -> date:
        choices = list(range(low, high + 1))
        self.rng.shuffle(choices)
        for d in choices:
            day = self.today + timedelta(days=d) if ahead else self.today - timedelta(days=d)
            if day.day <= 28:
                return day
        raise AssertionError("every band is wider than the month-end days")  # pragma: no cover

    def plan(self, i: int, band: str, low: int, high: int) -> _Plan:
        rng, people = self.rng, self.people
        if band == "C":
            ahead = (0, 5) if rng.random() < 0.4 else (6, 27)
            t = self.due_with_day_le_28(*ahead, ahead=True)
        else:
            t = self.due_with_day_le_28(low, min(high, 400), ahead=False)
        count = rng.choice(TERMS)
        months_late = (self.today - t).days // 30
        k = rng.randint(0, max(0, min(count - 2, 14)))
        if band.startswith("M1") and rng.random() < 0.25:
            k = 0  # first-instalment lapses
        k = min(k, max(0, count - 1 - months_late // 2))
        disbursed = add_months(t, -(k + 1))
        # A few current loans were paid out in the last days: the welcome call is due
        # (its own draw, so every other case stays as it was).
        fresh = random.Random(f"collector-desk-demo-welcome:{self.offset}:{i}")
        if band == "C" and fresh.random() < WELCOME_SHARE:
            paid_out = self.today - timedelta(days=fresh.randint(1, 2))
            if paid_out.day <= 28:
                k, disbursed, t = 0, paid_out, add_months(paid_out, 1)
        principal = rng.choice(PRINCIPALS) * 100
        monthly_rate = rng.choice((0.0049, 0.0065, 0.0079, 0.0099))
        instalment = round(principal / count + principal * monthly_rate)
        region = people.region()
        borrower = people.person()
        birth = people.birth_date(self.today, region)
        home = people.region() if rng.random() < 0.3 else region
        bank, card = people.debit_card()
        phones = [people.mobile()]
        if rng.random() < 0.3:
            phones.append(people.mobile())
        record = CaseRecord(
            contract_no=f"JK{disbursed:%Y%m%d}{self.offset + i + 1:05d}",
            name=borrower.name,
            id_number=people.id_number(region, birth, borrower.gender),
            phones=tuple(phones),
            disbursed_on=disbursed,
            principal_fen=principal,
            instalment_count=count,
            instalment_fen=instalment,
            product=rng.choice(PRODUCTS),
            branch=f"{home.city.removesuffix('市')}营业部",
            debit_bank=bank,
            debit_account=card,
            employer=(employer := people.employer(home)),
            employer_phone=people.landline(home) if employer else None,
            employer_address=people.address(home) if employer else None,
            home_address=people.address(home),
            hukou_address=people.address(region),
            contacts=self.contacts(borrower.surname, borrower.gender),
        )
        # The ids every writer gives (`Stamp.loan_id`); the seeded draws that made them
        # once are still drawn, so the rest of the demo stays what it was.
        self.uuid()
        record = replace(
            record,
            loan_id=self.stamp.loan_id(record.contract_no, record.disbursed_on),
            borrower_id=self.uuid(),
        )
        plan = _Plan(record, band, t, record.instalments())
        for inst in plan.schedule[:k]:
            late = rng.choice((0, 0, 0, 0, 1, 2, 3, 6, 11)) if inst.due_on < t else 0
            channel = "auto_debit" if late == 0 else rng.choice(("bank_transfer", "app"))
            paid_on = min(inst.due_on + timedelta(days=late), self.today - timedelta(days=1))
            plan.payments.append(PaymentRecord(paid_on, inst.amount_fen, channel))
        return plan

    def contacts(self, surname: str, gender: str) -> tuple[ContactRecord, ...]:
        rng, people = self.rng, self.people
        out = []
        if rng.random() < 0.6:
            spouse = people.person(gender="F" if gender == "M" else "M")
            out.append(ContactRecord(spouse.name, "spouse", (people.mobile(),)))
        relations = [r for r, w in RELATION_WEIGHTS for _ in range(w)]
        for relation in rng.sample(relations, rng.randint(1, 3)):
            if any(c.relation == relation for c in out):
                continue
            family = surname if relation in ("sibling", "parent") and rng.random() < 0.7 else None
            p = people.person(surname=family)
            out.append(ContactRecord(p.name, relation, (people.mobile(),)))
        if rng.random() < 0.05:
            g = people.person()
            out.append(ContactRecord(g.name, "guarantor", (people.mobile(),)))
        return tuple(out)

    def find_lines(self, session: Session, plans: list[_Plan]) -> None:
        by_borrower = {p.record.borrower_id: p.record.loan_id for p in plans}
        for loan_id in by_borrower.values():
            self.lines[str(loan_id)] = ([], [])
        rows = session.execute(
            select(Phone.id, Phone.borrower_id, Phone.contact_id)
            .where(Phone.borrower_id.in_(list(by_borrower)))
            .order_by(Phone.borrower_id, Phone.position, Phone.id)
        )
        for phone_id, borrower_id, contact_id in rows:
            own, contacts = self.lines[str(by_borrower[borrower_id])]
            if contact_id is None:
                own.append(phone_id)
            else:
                contacts.append((contact_id, phone_id))

    # --- histories ---------------------------------------------------------------

    def fact(self, when: datetime, loan_id: str) -> dict[str, Any]:
        return {
            "id": self.uuid(),
            "created_at": when,
            "collector_id": self.rng.choice(self.collectors),
            "workstation_id": self.workstation,
            "loan_id": loan_id,
        }

    def call(
        self,
        loan_id: str,
        day: date,
        disposition: Disposition,
        note: str,
        *,
        reason: OverdueReason | None = None,
        objections: tuple[Objection, ...] = (),
        third_party: bool = False,
    ) -> dict[str, Any]:
        row = self.fact(self.at(day), loan_id)
        own, contacts = self.lines[loan_id]
        contact_id, phone_id = self.rng.choice(contacts) if third_party else (None, own[0])
        if disposition is Disposition.WRONG_NUMBER:
            self.registers.append(
                {
                    "entity": "phone",
                    "entity_id": phone_id,
                    "field": "status",
                    "value": '"invalid"',
                    "hlc": self.hlc,
                    "origin": self.workstation,
                    "prev_hlc": "",
                }
            )
        row.update(
            phone_id=phone_id,
            contact_id=contact_id,
            started_at=row["created_at"] - timedelta(minutes=self.rng.randint(1, 8)),
            ended_at=row["created_at"],
            disposition=disposition.value,
            overdue_reason=reason.value if reason else None,
            objections=",".join(sorted(o.value for o in objections)),
            third_party=third_party,
            last_step=9 if disposition is Disposition.PROMISE else (3 if reason else 1),
            note=note,
            flagged="",
        )
        self.calls.append(row)
        return row

    def history(self, plan: _Plan, loan_id: str, accounts: list[str]) -> None:
        rng, today = self.rng, self.today
        for p in plan.payments:  # stamped when they happened, not when the demo was made
            self.extra_payments.append(
                {
                    **self.fact(self.at(p.paid_on, 18, 21), loan_id),
                    "paid_on": p.paid_on,
                    "amount_fen": p.amount_fen,
                    "channel": p.channel,
                    "reference": None,
                }
            )
        debit = plan.record.debit_account or accounts[0]
        self.reminders.add(
            loan_id,
            [i.due_on for i in plan.schedule],
            None if plan.band == "C" else plan.t,
            self.lines[loan_id][0][0],
        )
        if plan.band == "C":
            if (plan.t - today).days <= 5 and rng.random() < 0.5:
                self.call(
                    loan_id,
                    today - timedelta(days=1),
                    Disposition.RIGHT_PARTY_NO_PROMISE,
                    "还款提醒：已与客户确认还款日期、金额和扣款账户",
                )
            return
        self.followups.add(
            loan_id,
            plan.t,
            plan.schedule[len(plan.payments)].amount_fen,
            self.lines[loan_id][0],
        )
        first_call = plan.t + timedelta(days=1)
        span = (today - first_call).days  # days of collection before today
        reason = rng.choice(list(REASONS))
        for _ in range(rng.randint(0, min(3, span))):
            day = first_call + timedelta(days=rng.randint(0, max(0, span - 1)))
            disposition = rng.choices(list(NO_CONTACT_NOTES), DISPOSITION_WEIGHTS)[0]
            self.call(
                loan_id,
                day,
                disposition,
                rng.choice(NO_CONTACT_NOTES[disposition]),
                third_party=disposition is Disposition.THIRD_PARTY,
                reason=reason if disposition.reached_borrower else None,
            )
        if rng.random() < 0.35:
            day = first_call + timedelta(days=rng.randint(0, max(0, span - 1)))
            row = self.fact(self.at(day), loan_id)
            body = rng.choice(NOTES)
            if (
                day < today
            ):  # a case late since yesterday has no note yet (not one from later today)
                self.notes.append({**row, "body": body, "flagged": ""})
        scenario = rng.choices(
            ("none", "today", "future", "kept", "partly", "broken"), (5, 3, 2, 2, 2, 3)
        )[0]
        window = self.promise_window(plan, scenario)
        if window is None:
            return
        made_on, promised_on = window
        schedule_pos = position(
            plan.schedule, [(p.paid_on, p.amount_fen) for p in plan.payments], made_on
        )
        overdue = max(schedule_pos.overdue_fen, plan.schedule[0].amount_fen)
        part = rng.random() < 0.4
        amount = int(round(overdue * rng.choice((0.3, 0.5)), -4)) if part else overdue
        amount = max(10_000, min(amount, schedule_pos.outstanding_fen))
        method = rng.choice(list(PaymentMethod)[:3])
        account = debit if method is PaymentMethod.AUTO_DEBIT else rng.choice(accounts)
        call = self.call(
            loan_id,
            made_on,
            Disposition.PROMISE,
            rng.choice(REASONS[reason]),
            reason=reason,
            objections=OBJECTION_FOR[reason][: rng.randint(1, 2)],
        )
        self.promises.append(
            {
                **self.fact(call["created_at"], loan_id),
                "collector_id": call["collector_id"],
                "call_id": call["id"],
                "made_on": made_on,
                "promised_on": promised_on,
                "amount_fen": amount,
                "method": method.value,
                "account": account,
                "part_payment": is_part_payment(amount, schedule_pos.overdue_fen),
            }
        )
        paid = {"kept": amount, "partly": int(round(amount * rng.choice((0.3, 0.5, 0.6)), -2))}
        if scenario in paid:
            if scenario == "kept":
                # Kept means paid in full: no ¥1.00 left on the instalment. A promise of
                # the whole overdue amount cures the case (the cure rate counts it).
                value = amount
            else:
                # Keep the oldest unpaid instalment open so the planned DPD still holds.
                inst = plan.schedule[len(plan.payments)].amount_fen
                value = min(paid[scenario], inst - 100)
            day = made_on + timedelta(days=rng.randint(0, (promised_on - made_on).days))
            self.extra_payments.append(
                {
                    **self.fact(self.at(day, 16, 20), loan_id),
                    "paid_on": day,
                    "amount_fen": value,
                    "channel": method.value,
                    "reference": None,
                }
            )

    def promise_window(self, plan: _Plan, scenario: str) -> tuple[date, date] | None:
        """(made_on, promised_on) for the scenario, or None if the case is too young."""
        today, rng = self.today, self.rng
        earliest = plan.t + timedelta(days=1)
        if scenario == "none":
            return None
        if scenario in ("today", "future"):
            made_on = max(earliest, today - timedelta(days=rng.randint(1, 3)))
            if made_on >= today:
                return None
            ahead = 0 if scenario == "today" else rng.randint(1, 5)
            return made_on, today + timedelta(days=ahead)
        latest = today - timedelta(days=2)
        if latest < earliest:
            return None
        made_on = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
        promised_on = min(made_on + timedelta(days=rng.randint(0, 5)), today - timedelta(days=1))
        return made_on, promised_on


def _bands(cases: int) -> list[tuple[str, int, int]]:
    plan: list[tuple[str, int, int]] = []
    for name, share, low, high in BANDS:
        plan += [(name, low, high)] * round(cases * share)
    while len(plan) < cases:
        plan.append(("C", 0, 0))
    return plan[:cases]


def create_demo(
    desk: Desk,
    *,
    cases: int = 240,
    seed: int = 7,
    force: bool = False,
    progress: Progress = NO_PROGRESS,
    assign_to: str = "",
) -> int:
    """Add a demo portfolio; returns how many cases were made (0 when cases exist).
    `assign_to`: the collector the cases are given to ("" leaves them unassigned)."""
    with desk.read() as s:
        existing = int(s.scalar(select(func.count()).select_from(Loan)) or 0)
    if existing and not force:
        return 0
    accounts = [str(a) for a in desk.setting("lender_accounts") or []]
    if not accounts:
        accounts = list(DEMO_ACCOUNTS)
        desk.set_settings(lender_accounts=accounts)
    b = _Builder(desk, seed, existing)
    bands = _bands(cases)
    b.rng.shuffle(bands)
    plans = [b.plan(i, *band) for i, band in enumerate(bands)]
    progress.step(0, cases, "demo")
    records = [p.record for p in plans]
    stamp = b.stamp
    with desk.unit() as s:
        written = write_cases(s, records, stamp, ids=b.uuid)
        b.find_lines(s, plans)
        for plan, loan_id in zip(plans, written.loan_ids, strict=True):
            b.history(plan, loan_id, accounts)
        writer = CaseWriter(s)
        registers = list({(r["entity_id"]): r for r in b.registers}.values())
        # From the welcome the demo's cases are the collector's own, so the list's
        # "only my cases" shows them.
        me = assign_to
        if me:
            registers += [
                {"entity": "loan", "entity_id": loan_id, "field": "assigned_to",
                 "value": json.dumps(me, ensure_ascii=False), "hlc": stamp.hlc,
                 "origin": desk.workstation_id, "prev_hlc": ""}
                for loan_id in written.loan_ids
            ]  # fmt: skip
        month = desk.today().strftime("%Y-%m")
        targets = [
            row
            for row in target_rows(
                b.collectors, month, set_by=desk.collector_id, hlc=stamp.hlc,
                origin=desk.workstation_id,
            )
            if s.get(CollectorTarget, row["id"]) is None
        ]  # fmt: skip
        if s.get(Collector, COLLEAGUE[0]) is None:
            s.add(
                Collector(
                    id=COLLEAGUE[0], name=COLLEAGUE[1], role="collector",
                    hlc=stamp.hlc, origin=desk.workstation_id,
                )
            )  # fmt: skip
        for table, rows in (
            ("collector_target", targets),
            ("call", b.calls + b.followups.calls + b.reminders.calls),
            ("promise", b.promises),
            ("payment", b.extra_payments),
            ("debit_result", b.followups.debits),
            ("note", b.notes),
            ("register", registers),
        ):
            writer.insert_values(table, rows)
        progress.step(cases // 2, cases, "demo")
        case_state.refresh(s, written.loan_ids, desk.today())
    progress.step(cases, cases, "demo")
    return cases
