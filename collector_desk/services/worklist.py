"""Today's plan: who to remind, whose promise falls due or broke, which overdue
cases to push, callbacks, and lost borrowers to trace (playbook §3-§6).

Every section is a range query over the case_state index (or the loan,
callback and register indexes), so the plan costs what the day's work costs,
not what the portfolio holds; facts are then read only for those loans
(worklist_sections.py). Sections are capped (SECTION_LIMIT, BAND_LIMIT per
overdue band) and say so. Items done are TaskDone facts; an undo is a later
TaskDone of kind "undo:<kind>".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from collector_desk.domain.reminders import TaskKind
from collector_desk.domain.strategy import OVERDUE_BANDS, TRACE_STEPS
from collector_desk.services.context import Desk
from collector_desk.services.debit_followup import debit_followups
from collector_desk.services.worklist_sections import Sections
from collector_desk.services.worklist_tasks import borrower_tzs, desk_tz, task_state, work_calendar
from collector_desk.store.models import CaseState

SECTION_ORDER: tuple[TaskKind, ...] = (
    TaskKind.CALLBACK,
    TaskKind.SECOND_NOTICE,
    TaskKind.PROMISE_DUE,
    TaskKind.PROMISE_BROKEN,
    TaskKind.CONFIRM_DUE,
    TaskKind.REMINDER,
    TaskKind.FIRST_INSTALMENT,
    TaskKind.WELCOME,
    TaskKind.COLLECT,
    TaskKind.TRACE,
    TaskKind.DEBIT_ACCOUNT_CHANGE,
)


@dataclass(frozen=True, slots=True)
class WorkItem:
    kind: str  # a TaskKind value
    loan_id: str
    contract_no: str
    borrower_masked: str
    ref: str  # with kind and loan: what marking it done records
    reason: str  # machine code of why it is on the list
    params: dict[str, Any]  # the values that reason's text uses
    window_start: time
    window_end: time
    tz: str  # the zone of the window (the borrower's; the desk's for callbacks)
    amount_fen: int  # due, at stake or overdue
    done: bool
    band: str = ""
    dpd: int = 0


@dataclass(frozen=True)
class Worklist:
    day: date
    scope: str | None  # the collector whose cases these are; None: every case
    is_workday: bool
    fallback_years: tuple[int, ...]  # years planned on weekends only: warn the user
    items: tuple[WorkItem, ...]
    band_totals: dict[str, int] = field(default_factory=dict)
    truncated: frozenset[str] = frozenset()  # sections cut at SECTION_LIMIT

    def section(self, kind: TaskKind) -> list[WorkItem]:
        return [i for i in self.items if i.kind == kind.value]


def default_scope(desk: Desk) -> str | None:
    """The collector's own cases when any are assigned to them, else every case."""
    me = desk.collector_id
    with desk.read_once() as s:
        mine = s.scalar(select(CaseState.loan_id).where(CaseState.assigned_to == me).limit(1))
    return me if mine is not None else None


def build(desk: Desk, day: date | None = None, *, scope: str | bool | None = True) -> Worklist:
    """The plan for `day` (default today). scope=True picks `default_scope`."""
    day = day or desk.today()
    who: str | None = default_scope(desk) if scope is True else (scope or None)
    tz = desk_tz(desk)
    # Read only (a few dozen statements): on a team's server without a transaction, so
    # no BEGIN and ROLLBACK travel; under READ COMMITTED each statement has its own
    # snapshot either way. A file: a read as before.
    with desk.read_once() as s:
        cal = work_calendar(s)
        b = Sections(s, day, who, cal, cache_day=desk.today())
        b.callbacks(tz)
        promised = b.promises()
        lost = b.trace()
        b.reminders()
        b.welcome()
        debit_followups(b)
        totals = b.collect(promised | lost)
        loan_ids = sorted({r["loan_id"] for r in b.raw})
        done = task_state(s, loan_ids)
        tzs = borrower_tzs(s, loan_ids)
        steps_done = {
            loan: {ref for (kind, ref), on in state.items() if kind == "trace" and on}
            for loan, state in done.items()
        }
    needed = [t.code for t in TRACE_STEPS if not t.company_only]
    items = []
    day_start = datetime.combine(day, time.min, tz).astimezone(UTC)
    for r in b.raw:
        kind: TaskKind = r["kind"]
        state = done.get(r["loan_id"], {})
        is_done = bool(state.get((kind.value, r["ref"])))
        params = dict(r["params"])
        if kind is TaskKind.COLLECT and r.get("contacted") and r["contacted"] >= day_start:
            is_done = True
            params["contacted_today"] = True
        if kind is TaskKind.SECOND_NOTICE and r.get("contacted"):
            since = datetime.combine(r["notice_since"], time.min, tz).astimezone(UTC)
            if r["contacted"] >= since:
                is_done = True
                params["notice_given"] = True
        if kind is TaskKind.TRACE:
            finished = steps_done.get(r["loan_id"], set())
            params.update(steps_done=len(finished & set(needed)), steps=len(needed))
            is_done = set(needed) <= finished
        window = r["window"]
        if kind is TaskKind.CALLBACK:
            at: datetime = r["callback_at"]
            start = at.time().replace(tzinfo=None)
            end = (at + timedelta(minutes=30)).time().replace(tzinfo=None)
            zone = r["tz"]
        else:
            start, end, zone = window.start, window.end, tzs.get(r["loan_id"], "Asia/Shanghai")
        items.append(
            WorkItem(
                kind=kind.value,
                loan_id=r["loan_id"],
                contract_no=r["contract_no"],
                borrower_masked=r["borrower_masked"],
                ref=r["ref"],
                reason=r["reason"],
                params=params,
                window_start=start,
                window_end=end,
                tz=zone,
                amount_fen=r["amount_fen"],
                done=is_done,
                band=r.get("band", ""),
                dpd=r.get("dpd", 0),
            )
        )
    order = {k.value: n for n, k in enumerate(SECTION_ORDER)}
    band_order = {b: n for n, b in enumerate(OVERDUE_BANDS)}
    items.sort(
        key=lambda i: (
            order[i.kind],
            band_order.get(i.band, 0) if i.kind == TaskKind.COLLECT.value else 0,
            i.window_start,
            -i.amount_fen,
            i.contract_no,
        )
    )
    return Worklist(
        day=day,
        scope=who,
        is_workday=cal.is_workday(day),
        fallback_years=cal.fallback_years,
        items=tuple(items),
        band_totals=totals,
        truncated=frozenset(b.truncated),
    )
