"""Which call script the script panel opens for a case (domain.script_choice)."""

from __future__ import annotations

from collector_desk.domain.script_choice import ScriptKind, choose_script, offered
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
