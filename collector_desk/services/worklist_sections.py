"""The sections of today's plan, each one query over an index (see worklist.py).

A `Sections` collects raw items for one day and scope; `worklist.build` turns
them into WorkItems with their done state and best time.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from collector_desk.domain.loan import (
    BUCKET_DPD,
    DPD_BANDS,
    FAR_FUTURE,
    Bucket,
    band_for_dpd,
    position,
)
from collector_desk.domain.privacy import mask_name
from collector_desk.domain.promise import PromiseStatus, promise_standing
from collector_desk.domain.reminders import (
    BEST_TIME,
    PlannedCall,
    ReminderClass,
    TaskKind,
    calls_on,
    due_dates_in_reminder_range,
    reminder_class,
    welcome_window,
)
from collector_desk.domain.strategy import OVERDUE_BANDS
from collector_desk.domain.workdays import WorkCalendar
from collector_desk.services.worklist_tasks import chunks, loan_facts, lost_contact_borrowers
from collector_desk.store.models import Callback, CaseState, Loan, Promise

CHUNK = 500
BAND_LIMIT = 30  # items per overdue band; the rest are counted
SECTION_LIMIT = 300  # items per other section; more means "narrow the scope"
PAGE = 500
BROKEN_LOOKBACK_DAYS = 30
MISSED_CALLBACK_DAYS = 7


class Sections:
    def __init__(
        self, s: Session, day: date, scope: str | None, cal: WorkCalendar, *, cache_day: date
    ) -> None:
        self.s, self.day, self.scope, self.cal = s, day, scope, cal
        # case_state's bucket column holds for the day it was computed (the desk's today).
        self.cache_is_today = day == cache_day
        self.raw: list[dict[str, Any]] = []
        self.truncated: set[str] = set()
        self.series: dict[tuple[date, ReminderClass, bool], list[PlannedCall]] = {}

    def capped(self, stmt: Any, kind: TaskKind) -> list[Any]:
        rows = list(self.s.execute(stmt.limit(SECTION_LIMIT + 1)))
        if len(rows) > SECTION_LIMIT:
            self.truncated.add(kind.value)
        return rows[:SECTION_LIMIT]

    def scoped(self, *conds: Any) -> Any:
        stmt = select(
            CaseState.loan_id,
            CaseState.contract_no,
            CaseState.borrower_name,
            CaseState.oldest_unpaid_due_on,
            CaseState.overdue_fen,
            CaseState.promise_status,
            CaseState.promise_on,
            CaseState.promise_fen,
            CaseState.last_contact_at,
        ).where(*conds)
        if self.scope is not None:
            stmt = stmt.where(CaseState.assigned_to == self.scope)
        return stmt

    def add(self, row: Any, kind: TaskKind, ref: str, reason: str, amount: int, **kw: Any) -> None:
        window = kw.pop("window", BEST_TIME.get(kind))
        due = getattr(row, "oldest_unpaid_due_on", None)
        if "dpd" not in kw and due is not None:  # every item says how late its case is
            kw["dpd"] = max(0, (self.day - due).days)
            kw.setdefault("band", band_for_dpd(kw["dpd"]))
        self.raw.append(
            {
                "kind": kind,
                "loan_id": row.loan_id,
                "contract_no": row.contract_no,
                "borrower_masked": mask_name(row.borrower_name),
                "ref": ref,
                "reason": reason,
                "amount_fen": amount,
                "window": window,
                "params": kw.pop("params", {}),
                **kw,
            }
        )

    # --- sections ---------------------------------------------------------------

    def reminders(self) -> None:
        """Cases whose oldest unpaid instalment falls in the reminder range, a page at
        a time in due-date order, until the section is full."""
        first, last = due_dates_in_reminder_range(self.day, self.cal)
        kinds = {TaskKind.REMINDER, TaskKind.CONFIRM_DUE, TaskKind.FIRST_INSTALMENT}
        after: tuple[date, str] | None = None
        while True:
            stmt = self.scoped(CaseState.oldest_unpaid_due_on.between(first, last))
            if after is not None:
                stmt = stmt.where(
                    or_(
                        CaseState.oldest_unpaid_due_on > after[0],
                        and_(
                            CaseState.oldest_unpaid_due_on == after[0],
                            CaseState.loan_id > after[1],
                        ),
                    )
                )
            stmt = stmt.order_by(CaseState.oldest_unpaid_due_on, CaseState.loan_id).limit(PAGE)
            rows = list(self.s.execute(stmt))
            self._remind(rows)
            if sum(1 for r in self.raw if r["kind"] in kinds) >= SECTION_LIMIT:
                self.truncated.add(TaskKind.REMINDER.value)
                return
            if len(rows) < PAGE:
                return
            after = (rows[-1].oldest_unpaid_due_on, rows[-1].loan_id)

    def _remind(self, rows: list[Any]) -> None:
        scheds, pays = loan_facts(self.s, [r.loan_id for r in rows])
        for r in rows:
            sched, paid = scheds[r.loan_id], pays[r.loan_id]
            pos = position(sched, paid, self.day)
            due = pos.oldest_unpaid_due_on
            if due == FAR_FUTURE or due < self.day:
                continue
            upto = [i for i in sched if i.due_on <= due]
            seq = max((i.seq for i in upto), default=0)
            amount = max(0, sum(i.amount_fen for i in upto) - pos.paid_fen)
            klass = reminder_class(sched, paid, due)
            key = (due, klass, seq == 1)
            if key not in self.series:
                self.series[key] = calls_on(self.day, due, klass, self.cal, first=seq == 1)
            for call in self.series[key]:
                self.add(
                    r,
                    call.kind,
                    call.ref,
                    f"{call.kind.value}_{klass.value}",
                    amount,
                    window=call.window,
                    params={
                        "class": klass.value,
                        "due_on": due.isoformat(),
                        "seq": seq,
                        "number": call.number,
                        "of": call.of,
                    },
                )

    def welcome(self) -> None:
        # Three working days after disbursement span at most ~12 calendar days
        # (Spring Festival); 14 leaves room.
        stmt = (
            self.scoped(Loan.disbursed_on.between(self.day - timedelta(days=14), self.day))
            .add_columns(Loan.disbursed_on)
            .join(Loan, Loan.id == CaseState.loan_id)
            .order_by(Loan.disbursed_on, Loan.id)
        )
        for r in self.capped(stmt, TaskKind.WELCOME):
            days = welcome_window(r.disbursed_on, self.cal)
            if self.day in days:
                self.add(
                    r,
                    TaskKind.WELCOME,
                    r.disbursed_on.isoformat(),
                    "welcome",
                    0,
                    params={
                        "disbursed_on": r.disbursed_on.isoformat(),
                        "number": days.index(self.day) + 1,
                        "of": len(days),
                    },
                )

    def promises(self) -> set[str]:
        pending = self.scoped(
            CaseState.promise_status == PromiseStatus.PENDING.value,
            CaseState.promise_on == self.day,
        )
        # Pending too: planning for a later day sees promises still pending today.
        # One query per status in (status, promise_on) index order, the latest first.
        broken: list[Any] = []
        for status in (PromiseStatus.BROKEN, PromiseStatus.PARTLY_KEPT, PromiseStatus.PENDING):
            stmt = self.scoped(
                CaseState.promise_status == status.value,
                CaseState.promise_on.between(
                    self.day - timedelta(days=BROKEN_LOOKBACK_DAYS), self.day - timedelta(days=1)
                ),
            ).order_by(CaseState.promise_on.desc(), CaseState.loan_id.desc())
            broken += self.s.execute(stmt.limit(SECTION_LIMIT + 1))
        broken.sort(key=lambda r: (r.promise_on, r.loan_id), reverse=True)
        if len(broken) > SECTION_LIMIT:
            self.truncated.add(TaskKind.PROMISE_BROKEN.value)
        rows = [
            (TaskKind.PROMISE_DUE, r)
            for r in self.capped(
                pending.order_by(CaseState.promise_fen.desc(), CaseState.loan_id),
                TaskKind.PROMISE_DUE,
            )
        ]
        rows += [(TaskKind.PROMISE_BROKEN, r) for r in broken[:SECTION_LIMIT]]
        ids = [r.loan_id for _, r in rows]
        _, pays = loan_facts(self.s, ids)
        latest: dict[str, Any] = {}
        for chunk in chunks(ids):
            for pr in self.s.scalars(select(Promise).where(Promise.loan_id.in_(chunk))):
                if pr.loan_id not in latest or (pr.created_at, pr.id) > (
                    latest[pr.loan_id].created_at,
                    latest[pr.loan_id].id,
                ):
                    latest[pr.loan_id] = pr
        for kind, r in rows:
            p = latest.get(r.loan_id)
            if p is None:
                continue
            standing = promise_standing(
                made_on=p.made_on,
                promised_on=p.promised_on,
                amount_fen=p.amount_fen,
                payments=pays[r.loan_id],
                today=self.day,
            )
            if standing.status is PromiseStatus.KEPT or (
                kind is TaskKind.PROMISE_BROKEN and standing.status is PromiseStatus.PENDING
            ):
                continue
            self.add(
                r,
                kind,
                p.promised_on.isoformat(),
                "promise_due"
                if kind is TaskKind.PROMISE_DUE
                else f"promise_{standing.status.value}",
                standing.short_fen,
                params={
                    "promised_on": p.promised_on.isoformat(),
                    "promise_fen": p.amount_fen,
                    "paid_fen": standing.paid_fen,
                    "method": p.method,
                },
            )
        return set(ids)

    def collect(self, skip: set[str]) -> dict[str, int]:
        """Overdue cases per DPD band, the largest amounts first, BAND_LIMIT per band."""
        totals: dict[str, int] = {}
        ranges: dict[str, list[Any]] = {}
        for band, low, high in DPD_BANDS:
            if band not in OVERDUE_BANDS:
                continue
            cond = [CaseState.oldest_unpaid_due_on <= self.day - timedelta(days=low)]
            if high is not None:
                cond.append(CaseState.oldest_unpaid_due_on >= self.day - timedelta(days=high))
            ranges[band] = cond
            count = select(func.count()).select_from(CaseState).where(*cond)
            if self.scope is not None:
                count = count.where(CaseState.assigned_to == self.scope)
            totals[band] = int(self.s.scalar(count) or 0)
        if self.scope is None:
            picked = self._top_by_bucket(skip)
        else:
            picked = self._top_by_range(ranges, skip)
        for band in OVERDUE_BANDS:
            for r in picked.get(band, []):
                dpd = (self.day - r.oldest_unpaid_due_on).days
                self.add(
                    r,
                    TaskKind.COLLECT,
                    self.day.isoformat(),
                    f"collect_{band}",
                    r.overdue_fen,
                    band=band,
                    dpd=dpd,
                    params={"dpd": dpd, "band": band, "promise": r.promise_status},
                    contacted=r.last_contact_at,
                )
        return totals

    def _not_waiting(self) -> Any:
        """Not waiting on a promise that is still running."""
        return or_(
            CaseState.promise_status != PromiseStatus.PENDING.value,
            CaseState.promise_on < self.day,
        )

    def _top_by_range(self, ranges: dict[str, list[Any]], skip: set[str]) -> dict[str, list[Any]]:
        """One query per band (a collector's few thousand cases: the sort is small)."""
        picked: dict[str, list[Any]] = {}
        for band, cond in ranges.items():
            stmt = (
                self.scoped(and_(*cond), self._not_waiting())
                .order_by(CaseState.overdue_fen.desc(), CaseState.loan_id.desc())
                .limit(BAND_LIMIT + len(skip))
            )
            rows = [r for r in self.s.execute(stmt) if r.loan_id not in skip]
            picked[band] = rows[:BAND_LIMIT]
        return picked

    def _top_by_bucket(self, skip: set[str]) -> dict[str, list[Any]]:
        """The whole portfolio: walk each bucket's (bucket, overdue_fen) index from the
        top, a page at a time, sorting rows into bands until every band is full. No
        band's rows are sorted in full. The bucket is the DPD range over the stored
        due date (as the list filters), never the stored bucket column."""
        picked: dict[str, list[Any]] = defaultdict(list)
        for bucket in ("M1", "M2", "M3", "M3+"):
            bands = [b for b in OVERDUE_BANDS if b == bucket or b.startswith(bucket + "-")]
            after: tuple[int, str] | None = None
            while any(len(picked[b]) < BAND_LIMIT for b in bands):
                low, high = BUCKET_DPD[Bucket(bucket)]
                in_bucket = [CaseState.oldest_unpaid_due_on <= self.day - timedelta(days=low)]
                if high is not None:
                    in_bucket.append(
                        CaseState.oldest_unpaid_due_on >= self.day - timedelta(days=high)
                    )
                stmt = self.scoped(*in_bucket, self._not_waiting())
                if after is not None:
                    stmt = stmt.where(
                        or_(
                            CaseState.overdue_fen < after[0],
                            and_(CaseState.overdue_fen == after[0], CaseState.loan_id < after[1]),
                        )
                    )
                stmt = stmt.order_by(CaseState.overdue_fen.desc(), CaseState.loan_id.desc())
                rows = list(self.s.execute(stmt.limit(PAGE)))
                for r in rows:
                    band = band_for_dpd((self.day - r.oldest_unpaid_due_on).days)
                    if band in bands and r.loan_id not in skip and len(picked[band]) < BAND_LIMIT:
                        picked[band].append(r)
                if len(rows) < PAGE:
                    break
                after = (rows[-1].overdue_fen, rows[-1].loan_id)
        return picked

    def callbacks(self, tz: ZoneInfo) -> None:
        start = datetime.combine(self.day, time.min, tz)
        end = start + timedelta(days=1)
        stmt = (
            self.scoped(
                Callback.due_at >= (start - timedelta(days=MISSED_CALLBACK_DAYS)).astimezone(UTC),
                Callback.due_at < end.astimezone(UTC),
            )
            .add_columns(Callback.id.label("cb_id"), Callback.due_at, Callback.note)
            .join(Callback, Callback.loan_id == CaseState.loan_id)
            .order_by(Callback.due_at, Callback.id)
        )
        for r in self.capped(stmt, TaskKind.CALLBACK):
            local = r.due_at.astimezone(tz)
            self.add(
                r,
                TaskKind.CALLBACK,
                r.cb_id,
                "callback" if local.date() == self.day else "callback_missed",
                r.overdue_fen,
                window=None,
                params={"due_at": local.isoformat(timespec="minutes"), "note": r.note},
                callback_at=local,
                tz=str(tz),
            )

    def trace(self) -> set[str]:
        borrowers = sorted(lost_contact_borrowers(self.s))
        ids: set[str] = set()
        for chunk in chunks(borrowers):
            stmt = (
                self.scoped(
                    Loan.borrower_id.in_(chunk), CaseState.oldest_unpaid_due_on != FAR_FUTURE
                )
                .join(Loan, Loan.id == CaseState.loan_id)
                .order_by(CaseState.oldest_unpaid_due_on, CaseState.loan_id)
            )
            for r in self.capped(stmt, TaskKind.TRACE):
                if len(ids) >= SECTION_LIMIT:
                    self.truncated.add(TaskKind.TRACE.value)
                    break
                ids.add(r.loan_id)
                dpd = max(0, (self.day - r.oldest_unpaid_due_on).days)
                self.add(
                    r,
                    TaskKind.TRACE,
                    "checklist",
                    "lost_contact",
                    r.overdue_fen,
                    dpd=dpd,
                    params={"dpd": dpd},
                )
        return ids
