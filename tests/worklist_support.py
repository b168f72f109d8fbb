"""Builders shared by the worklist and guardrail tests (real SQLite, real services)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from collector_desk.services import case_state, registers
from collector_desk.services.context import Desk, new_id
from collector_desk.services.portfolio import CaseRecord, ContactRecord, PaymentRecord, add_cases
from collector_desk.store.models import Phone, Promise

SH = ZoneInfo("Asia/Shanghai")


@dataclass
class Clock:
    """A settable wall clock for a Desk: `at` is local Shanghai time."""

    at: datetime

    def now(self) -> datetime:
        return self.at.astimezone(UTC)

    def today(self) -> date:
        return self.at.astimezone(SH).date()

    def set(self, y: int, mo: int, d: int, h: int = 10, mi: int = 0) -> None:
        self.at = datetime(y, mo, d, h, mi, tzinfo=SH)


def open_desk(tmp_path: Path, clock: Clock, *, role: str = "collector") -> Desk:
    desk = Desk.open(tmp_path / "data", today=clock.today, now=clock.now)
    desk.set_settings(
        collector_id="C001",
        collector_name="测试员",
        role=role,
        lender_name="示例消费金融",
        hotline="400-800-1234",
        lender_accounts=["招商银行 6214830100001234"],
    )
    return desk


_serial = iter(range(1, 10**6))


def make_case(
    desk: Desk,
    *,
    disbursed: date,
    paid: Sequence[tuple[date, int]] = (),
    count: int = 12,
    inst: int = 100_000,
    name: str = "张伟",
    phones: Sequence[str] = (),
    contacts: Sequence[ContactRecord] = (),
    tz: str | None = None,
) -> str:
    n = next(_serial)
    rec = CaseRecord(
        contract_no=f"HT2026{n:06d}",
        name=name,
        id_number="110101199003078515",
        phones=tuple(phones) or (f"139{n:08d}",),
        disbursed_on=disbursed,
        principal_fen=inst * count,
        instalment_count=count,
        instalment_fen=inst,
        debit_bank="招商银行",
        debit_account=f"62148301{n:011d}",
        tz=tz,
        contacts=tuple(contacts),
        payments=tuple(PaymentRecord(d, a) for d, a in paid),
    )
    return add_cases(desk, [rec]).loan_ids[0]


def add_promise(
    desk: Desk, loan_id: str, *, made_on: date, promised_on: date, amount_fen: int
) -> str:
    pid = new_id()
    with desk.unit() as s:
        s.add(
            Promise(
                id=pid,
                created_at=datetime.combine(made_on, datetime.min.time(), SH).astimezone(UTC)
                + timedelta(hours=3),
                collector_id="C001",
                workstation_id=desk.workstation_id,
                loan_id=loan_id,
                call_id=None,
                made_on=made_on,
                promised_on=promised_on,
                amount_fen=amount_fen,
                method="bank_transfer",
                account="招商银行 6214830100001234",
                part_payment=False,
            )
        )
        s.flush()
        case_state.refresh(s, [loan_id], desk.today())
    return pid


def phones_of(desk: Desk, loan_id: str) -> list[Phone]:
    from collector_desk.store.models import Loan

    with desk.read() as s:
        loan = s.get(Loan, loan_id)
        assert loan is not None
        rows = list(
            s.scalars(
                select(Phone).where(Phone.borrower_id == loan.borrower_id).order_by(Phone.position)
            )
        )
        s.expunge_all()
        return rows


def set_register(desk: Desk, entity: str, entity_id: str, field: str, value: object) -> None:
    with desk.unit() as s:
        registers.put(s, desk, entity, entity_id, field, value)
