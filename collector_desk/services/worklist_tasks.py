"""What the worklist reads and writes besides the plan itself: tasks done,
callbacks, lost-contact marks, the user's calendar days, strategy texts."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from collector_desk.domain.loan import Instalment
from collector_desk.domain.localtime import lender_zone
from collector_desk.domain.reminders import TaskKind
from collector_desk.domain.strategy import (
    TRACE_STEPS,
    BandStrategy,
    parse_band_text,
    parse_trace_text,
)
from collector_desk.domain.workdays import DayKind, WorkCalendar
from collector_desk.paths import resource
from collector_desk.services import audit, registers, target_counts
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.store.models import (
    Borrower,
    CalendarDay,
    Callback,
    Loan,
    Payment,
    Phone,
    Register,
    TaskDone,
)
from collector_desk.store.models import Instalment as InstalmentRow

CHUNK = 500
UNDO = "undo:"


def desk_tz(desk: Desk) -> ZoneInfo:
    return lender_zone(str(desk.setting("timezone") or ""))


# --- reading facts in chunks ---------------------------------------------------------------


def chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def loan_facts(
    s: Session, ids: Sequence[str]
) -> tuple[dict[str, list[Instalment]], dict[str, list[tuple[date, int]]]]:
    scheds: dict[str, list[Instalment]] = defaultdict(list)
    pays: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for chunk in chunks(ids):
        for r in s.execute(
            select(
                InstalmentRow.loan_id,
                InstalmentRow.seq,
                InstalmentRow.due_on,
                InstalmentRow.amount_fen,
            ).where(InstalmentRow.loan_id.in_(chunk))
        ):
            scheds[r.loan_id].append(Instalment(r.seq, r.due_on, r.amount_fen))
        for p in s.execute(
            select(Payment.loan_id, Payment.paid_on, Payment.amount_fen).where(
                Payment.loan_id.in_(chunk)
            )
        ):
            pays[p.loan_id].append((p.paid_on, p.amount_fen))
    return scheds, pays


def borrower_tzs(s: Session, ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for chunk in chunks(ids):
        for r in s.execute(
            select(Loan.id, Borrower.tz)
            .join(Borrower, Borrower.id == Loan.borrower_id)
            .where(Loan.id.in_(chunk))
        ):
            out[r.id] = r.tz or "Asia/Shanghai"
    return out


# --- tasks done ----------------------------------------------------------------------


def task_state(s: Session, loan_ids: Sequence[str]) -> dict[str, dict[tuple[str, str], bool]]:
    """{loan: {(kind, ref): done}}; the latest fact (done or undo) wins."""
    rows: list[TaskDone] = []
    for start in range(0, len(loan_ids), CHUNK):
        chunk = list(loan_ids[start : start + CHUNK])
        rows += s.scalars(select(TaskDone).where(TaskDone.loan_id.in_(chunk)))
    return tasks_of(rows)


def tasks_of(rows: Iterable[TaskDone]) -> dict[str, dict[tuple[str, str], bool]]:
    """task_state of these rows (read already: a case's opening reads its loan's)."""
    latest: dict[tuple[str, str, str], tuple[datetime, str, bool]] = {}
    for t in rows:
        undo = t.kind.startswith(UNDO)
        kind = t.kind[len(UNDO) :] if undo else t.kind
        key = (t.loan_id or "", kind, t.ref)
        stamp = (t.created_at, t.id, not undo)
        if key not in latest or stamp[:2] > latest[key][:2]:
            latest[key] = stamp
    out: dict[str, dict[tuple[str, str], bool]] = defaultdict(dict)
    for (loan, kind, ref), (_, _, on) in latest.items():
        out[loan][(kind, ref)] = on
    return out


def mark_done(desk: Desk, kind: str, loan_id: str, ref: str, *, undo: bool = False) -> ChangeSet:
    TaskKind(kind)  # only known kinds
    with desk.unit() as s:
        # Done and undo pressed within one clock tick must still order correctly.
        last = s.scalar(
            select(func.max(TaskDone.created_at)).where(
                TaskDone.loan_id == loan_id,
                TaskDone.ref == ref,
                TaskDone.kind.in_([kind, UNDO + kind]),
            )
        )
        now = desk.now()
        if last is not None and last >= now:
            now = last + timedelta(microseconds=1)
        s.add(
            TaskDone(
                id=new_id(),
                created_at=now,
                collector_id=desk.collector_id,
                workstation_id=desk.workstation_id,
                loan_id=loan_id,
                kind=(UNDO + kind) if undo else kind,
                ref=ref,
                on_day=desk.today(),
            )
        )
    return ChangeSet.of(ChangeKind.WORKLIST, loans=[loan_id])


def schedule_callback(desk: Desk, loan_id: str, due_at: datetime, note: str = "") -> str:
    if due_at.tzinfo is None:
        raise ValueError("due_at must be timezone-aware")
    callback_id = new_id()
    with desk.unit() as s:
        if s.get(Loan, loan_id) is None:
            raise KeyError(loan_id)
        s.add(
            Callback(
                id=callback_id,
                created_at=desk.now(),
                collector_id=desk.collector_id,
                workstation_id=desk.workstation_id,
                loan_id=loan_id,
                due_at=due_at,
                note=note.strip(),
            )
        )
    return callback_id


# --- lost contact --------------------------------------------------------------------


def lost_contact_borrowers(s: Session) -> set[str]:
    """Borrowers marked lost, or whose every own number is marked invalid."""
    marked = set(
        s.scalars(
            select(Register.entity_id).where(
                Register.entity == "borrower",
                Register.field == "lost_contact",
                Register.value == "true",
            )
        )
    )
    invalid = set(
        s.scalars(
            select(Register.entity_id).where(
                Register.entity == "phone",
                Register.field == "status",
                Register.value == json.dumps("invalid"),
            )
        )
    )
    candidates: set[str] = set()
    ids = sorted(invalid)
    for start in range(0, len(ids), CHUNK):
        candidates |= set(
            s.scalars(
                select(Phone.borrower_id).where(
                    Phone.id.in_(ids[start : start + CHUNK]), Phone.contact_id.is_(None)
                )
            )
        )
    dead: set[str] = set()
    cand = sorted(candidates)
    for start in range(0, len(cand), CHUNK):
        own: dict[str, list[str]] = defaultdict(list)
        for r in s.execute(
            select(Phone.borrower_id, Phone.id).where(
                Phone.borrower_id.in_(cand[start : start + CHUNK]), Phone.contact_id.is_(None)
            )
        ):
            own[r.borrower_id].append(r.id)
        dead |= {b for b, phones in own.items() if all(p in invalid for p in phones)}
    return marked | dead


def set_lost_contact(desk: Desk, borrower_id: str, lost: bool, *, reason: str = "") -> ChangeSet:
    with desk.unit() as s:
        registers.put(s, desk, "borrower", borrower_id, "lost_contact", bool(lost))
        audit.record(s, desk, audit.Kind.LOST_CONTACT, borrower_id, {"on": lost, "reason": reason})
    return ChangeSet.of(ChangeKind.WORKLIST, ChangeKind.FLAGS)


# --- the user's calendar days --------------------------------------------------------


def work_calendar(s: Session) -> WorkCalendar:
    from collector_desk.services.holidays import arrangements

    return WorkCalendar(
        {r.day: DayKind(r.kind) for r in s.scalars(select(CalendarDay))}, arrangements(s)
    )


@dataclass(frozen=True, slots=True)
class CalendarDayView:
    day: date
    kind: str
    note: str


def calendar_days(desk: Desk, year: int | None = None) -> list[CalendarDayView]:
    stmt = select(CalendarDay).order_by(CalendarDay.day)
    if year is not None:
        stmt = stmt.where(CalendarDay.day.between(date(year, 1, 1), date(year, 12, 31)))
    with desk.read() as s:
        return [CalendarDayView(r.day, r.kind, r.note) for r in s.scalars(stmt)]


def set_calendar_day(desk: Desk, day: date, kind: DayKind | None, note: str = "") -> ChangeSet:
    """Add or change a holiday/working day; kind None removes the user's entry."""
    with desk.unit() as s:
        s.execute(delete(CalendarDay).where(CalendarDay.day == day))
        if kind is not None:
            s.add(CalendarDay(day=day, kind=DayKind(kind).value, note=note.strip()[:64]))
        target_counts.forget_calendar(s)
    return ChangeSet.of(ChangeKind.CALENDAR, ChangeKind.WORKLIST)


def calendar_status(desk: Desk, years: Sequence[int]) -> dict[int, str]:
    """Per year: "official" (the package or an imported notice), "provisional"
    (statutory days from a file or the rules, user days or not), "user" (no data at
    all, user days present) or "weekends"."""
    user_years = {d.day.year for d in calendar_days(desk)}
    with desk.read() as s:
        cal = work_calendar(s)
    out = {}
    for y in years:
        src = cal.source(y)
        out[y] = "user" if src == "weekends" and y in user_years else src
    return out


# --- strategy texts ------------------------------------------------------------------


@cache
def _band_texts() -> dict[str, dict[str, BandStrategy]]:
    path = resource("strategy", "bands.json")
    return parse_band_text(json.loads(path.read_text(encoding="utf-8")))


@cache
def _trace_texts() -> dict[str, dict[str, str]]:
    path = resource("strategy", "tracing.json")
    return parse_trace_text(json.loads(path.read_text(encoding="utf-8")))


def band_strategy(band: str, lang: str = "zh_CN") -> BandStrategy | None:
    texts = _band_texts().get(band)
    if texts is None:
        return None
    return texts.get(lang) or texts["zh_CN"]


@dataclass(frozen=True, slots=True)
class TraceItem:
    code: str
    text: str
    done: bool
    after: str | None
    when: str | None
    company_only: bool


def trace_checklist(desk: Desk, loan_id: str, lang: str = "zh_CN") -> list[TraceItem]:
    with desk.read_once() as s:
        state = task_state(s, [loan_id]).get(loan_id, {})
    return _trace_items(state, lang)


def trace_panel(
    desk: Desk, loan_id: str, borrower_id: str, lang: str = "zh_CN"
) -> tuple[bool, list[TraceItem]]:
    """The strategy tab's checklist: (marked lost by hand, the trace steps) in one read
    without a transaction (on a team's server: the pool's check and two statements)."""
    with desk.read_once() as s:
        lost, state = checklist_state(s, loan_id, borrower_id)
    return lost, _trace_items(state, lang)


def checklist_state(
    s: Session, loan_id: str, borrower_id: str
) -> tuple[bool, dict[tuple[str, str], bool]]:
    """(marked lost by hand, {(kind, ref): done}) of one case: what the checklist shows."""
    lost = bool(registers.get(s, "borrower", borrower_id, "lost_contact", False))
    return lost, task_state(s, [loan_id]).get(loan_id, {})


def trace_of(state: Mapping[tuple[str, str], bool], lang: str) -> list[TraceItem]:
    """The trace steps of a case whose task state was read already (with its opening)."""
    return _trace_items(state, lang)


def _trace_items(state: Mapping[tuple[str, str], bool], lang: str) -> list[TraceItem]:
    texts = _trace_texts()
    return [
        TraceItem(
            step.code,
            texts[step.code].get(lang) or texts[step.code]["zh_CN"],
            bool(state.get((TaskKind.TRACE.value, step.code))),
            step.after,
            step.when,
            step.company_only,
        )
        for step in TRACE_STEPS
    ]
