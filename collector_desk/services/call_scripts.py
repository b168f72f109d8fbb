"""Which call script the script panel opens for a case (domain.script_choice)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from collector_desk.domain.loan import Instalment
from collector_desk.domain.script_choice import ScriptKind, choose_script, offered
from collector_desk.domain.workdays import WorkCalendar
from collector_desk.services.context import Desk
from collector_desk.services.worklist_tasks import loan_facts, work_calendar
from collector_desk.store.models import Loan

__all__ = ["ScriptKind", "offered", "suggested_script"]


def suggested_script(desk: Desk, loan_id: str) -> ScriptKind:
    with desk.read() as s:
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise KeyError(loan_id)
        scheds, pays = loan_facts(s, [loan_id])
        return choose_script(
            scheds[loan_id],
            pays[loan_id],
            disbursed_on=loan.disbursed_on,
            today=desk.today(),
            cal=work_calendar(s),
        )


def script_for(
    s: Session,
    loan: Loan,
    instalments: list[Any],
    payments: list[Any],
    today: date,
    calendar: tuple[list[Any], list[Any]] | None,
) -> ScriptKind:
    """The script for a case whose rows are read already (case_detail.open_case); the
    calendar's rows too when given, else read here."""
    from collector_desk.domain.holidays import YearArrangement
    from collector_desk.domain.workdays import DayKind
    from collector_desk.services.holidays import shipped_arrangements

    if calendar is None:
        cal = work_calendar(s)
    else:
        days, registers = calendar
        imported = {}
        for r in registers:
            arranged = YearArrangement.from_json(json.loads(r.value))
            imported[arranged.year] = arranged
        cal = WorkCalendar(
            {d.day: DayKind(d.kind) for d in days}, {**shipped_arrangements(), **imported}
        )
    return choose_script(
        [Instalment(i.seq, i.due_on, i.amount_fen) for i in instalments],
        [(p.paid_on, p.amount_fen) for p in payments],
        disbursed_on=loan.disbursed_on,
        today=today,
        cal=cal,
    )
