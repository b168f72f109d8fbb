"""What the Targets report counts, from facts or from the stored totals.

`live(...)` counts a month straight from facts (store.target_figures). `stored(...)`
gives the same counts from `target_total`: closed days, closed flow windows and
today's calls and promises are read from the totals, counted from facts and written
first when missing; only today's payments are counted live. The two agree number
for number (tests/test_targets_totals.py, on SQLite and PostgreSQL).

The totals are derived data. `services.target_upkeep.catch_up` brings them up to the
facts that arrived since the last look (fact_seq); writers of schedules and
assignments (intake, bundle import, assignment) call `forget_loans`, calendar
changes `forget_calendar`; `rebuild` forgets everything.

Kinds, each stored per day (`period`) and collector (`who`):
- act: calls, right-party contacts, promises made, promised fen (by who made them);
- due: promises due that day by the call's objections and reason: due, kept, part,
  kept fen;
- pay: fen collected that day by the loan's band at the end of the month before;
- remind / notice / confirm: the staff measures' hits and counts;
- move: per flow window ending that day, loans by band then, bucket at its end and
  settled then: count, outstanding, overdue.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError

from collector_desk.domain.call_flow import Disposition
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.store import target_figures as tf
from collector_desk.store import target_staff as ts
from collector_desk.store import target_totals as tt

RPC = tuple(d.value for d in Disposition if d.reached_borrower)  # right-party contacts
REMIND_DAYS = 7  # a reminder counts when it reached the borrower in the week before the day
TREND_MONTHS = 6  # flows month over month: the report's month and the five before
LOAN_KINDS = ("pay", "move", "remind", "notice")  # what a schedule or assignment changes

DayRow = tuple[date, str, int, int]  # (day, who, hit, count)


@dataclass(frozen=True, slots=True)
class Window:
    """A month's flow window: from the end of the month before to `end` (the month's
    last day, or the last day closed so far); None when no day of it has closed."""

    month: str
    before: date
    end: date | None


@dataclass(frozen=True)
class Scope:
    first: date
    last: date
    as_of: date
    today: date
    collector: str | None
    tz: Any
    cal: Any
    windows: tuple[Window, ...]  # oldest first; the last one is the report's month

    @property
    def last_over(self) -> date:
        return min(self.as_of, self.today - timedelta(days=1))

    def days(self, upto: date) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((upto - self.first).days + 1)]

    def notice_days(self) -> list[date]:
        return [
            d
            for d in self.days(self.as_of)
            if self.cal.next_workday(d, inclusive=False) < self.today
        ]


@dataclass
class Counts:
    acts: dict[str, dict[str, int]] = field(default_factory=dict)
    promises: list[tuple[date, str, str, str, int, int, int, int]] = field(default_factory=list)
    pays: list[tuple[str, date, int, int]] = field(default_factory=list)
    reminded: list[DayRow] = field(default_factory=list)
    noticed: list[DayRow] = field(default_factory=list)
    confirmed: list[DayRow] = field(default_factory=list)
    moves: dict[str, list[tuple[str, int, int, bool, int, int, int]]] = field(default_factory=dict)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def windows_for(first: date, today: date) -> tuple[Window, ...]:
    out = []
    y, m = first.year, first.month
    for _ in range(TREND_MONTHS):
        a, b = month_bounds(y, m)
        closed = b if b < today else today - timedelta(days=1)
        out.append(
            Window(f"{y:04d}-{m:02d}", a - timedelta(days=1), closed if closed >= a else None)
        )
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return tuple(reversed(out))


def stamp(d: date, tz: Any) -> str:
    return datetime.combine(d, time.min, tz).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def span(day: date, start: date, end: date, tz: Any) -> tf.DayWindow:
    return tf.DayWindow(day, stamp(start, tz), stamp(end, tz))


def _due_window(d: date, tz: Any) -> tf.DayWindow:
    return span(d, d - timedelta(days=REMIND_DAYS), d, tz)


def _debit_window(d: date, sc: Scope) -> tf.DayWindow:
    return span(d, d, sc.cal.next_workday(d, inclusive=False) + timedelta(days=1), sc.tz)


def _promise_window(d: date, tz: Any) -> tf.DayWindow:
    return span(d, d, d + timedelta(days=1), tz)


# --- from facts ----------------------------------------------------------------------------


def live(s: Any, sc: Scope, rpc: tuple[str, ...]) -> Counts:
    """The month counted straight from facts (slow at scale: a full scan per window)."""
    c, tz, who = Counts(), sc.tz, sc.collector
    whole = span(sc.first, sc.first, sc.as_of + timedelta(days=1), tz)
    c.acts = tf.activity(s, whole.start, whole.end, rpc, who)
    c.promises = tf.promise_days(s, sc.first, sc.last_over, who)
    c.pays = tf.collected(s, sc.first, sc.as_of, who)
    c.reminded = ts.reminded_before_due(
        s, [_due_window(d, tz) for d in sc.days(sc.as_of)], rpc, who
    )
    c.noticed = ts.second_notice_after_failed_debit(
        s, [_debit_window(d, sc) for d in sc.notice_days()], who
    )
    c.confirmed = ts.confirmed_on_the_day(
        s, [_promise_window(d, tz) for d in sc.days(sc.last_over)], who
    )
    for w in sc.windows:
        c.moves[w.month] = [] if w.end is None else tf.movements(s, w.before, w.end, who)
    return c


# --- from the totals -----------------------------------------------------------------------


def _build_steps(
    sc: Scope, rpc: tuple[str, ...]
) -> list[tuple[str, list[date], Callable[..., Any]]]:
    """(kind, the periods it needs, count(session, missing days) -> {day: rows})."""
    tz = sc.tz
    closed = sc.days(min(sc.as_of, sc.today - timedelta(days=1)))

    def act(s: Any, days: list[date]) -> dict[date, list[tt.Row]]:
        out: dict[date, list[tt.Row]] = {}
        for d in days:
            w = span(d, d, d + timedelta(days=1), tz)
            got = tf.activity(s, w.start, w.end, rpc, None)
            out[d] = [
                (
                    k,
                    "",
                    v.get("calls", 0),
                    v.get("rpc", 0),
                    v.get("ptp", 0),
                    v.get("promised_fen", 0),
                )
                for k, v in got.items()
            ]
        return out

    def due(s: Any, days: list[date]) -> dict[date, list[tt.Row]]:
        out: dict[date, list[tt.Row]] = {d: [] for d in days}
        for d in days:  # one day at a time: a range would judge the days between too
            for day, w, o, r, n, k, p, kf in tf.promise_days(s, d, d, None):
                out[day].append((w, f"{o}|{r}", n, k, p, kf))
        return out

    def pay(s: Any, days: list[date]) -> dict[date, list[tt.Row]]:
        out: dict[date, list[tt.Row]] = {d: [] for d in days}
        if days:
            for w, day, band, fen in tf.collected(
                s, min(days), max(days), None, sc.first - timedelta(days=1)
            ):
                if day in out:
                    out[day].append((w, str(band), fen, 0, 0, 0))
        return out

    def per_day(fetch: Callable[[Any, list[date]], list[DayRow]]) -> Callable[..., Any]:
        def run(s: Any, days: list[date]) -> dict[date, list[tt.Row]]:
            out: dict[date, list[tt.Row]] = {d: [] for d in days}
            for day, w, hit, n in fetch(s, days) if days else []:
                out[day].append((w, "", hit, n, 0, 0))
            return out

        return run

    def move(s: Any, days: list[date]) -> dict[date, list[tt.Row]]:
        out: dict[date, list[tt.Row]] = {}
        for w in sc.windows:
            if w.end in days:
                out[w.end] = [
                    (who, f"{b0}:{b1}:{int(st)}", n, o, v, 0)
                    for who, b0, b1, st, n, o, v in tf.movements(s, w.before, w.end, None)
                ]
        return out

    return [
        ("act", sc.days(sc.as_of) if sc.as_of <= sc.today else [], act),
        ("due", sc.days(sc.last_over), due),
        ("pay", closed, pay),
        ("confirm", sc.days(sc.last_over), per_day(
            lambda s, ds: ts.confirmed_on_the_day(s, [_promise_window(d, tz) for d in ds], None))),
        ("remind", sc.days(sc.as_of), per_day(
            lambda s, ds: ts.reminded_before_due(s, [_due_window(d, tz) for d in ds], rpc, None))),
        ("notice", sc.notice_days(), per_day(
            lambda s, ds: ts.second_notice_after_failed_debit(s, [_debit_window(d, sc) for d in ds], None))),
        ("move", sorted({w.end for w in sc.windows if w.end is not None}), move),
    ]  # fmt: skip


def may_store(desk: Any) -> bool:
    """Whether this desk reads and writes the team's totals. On a server, row-level
    security shows a collector only their own cases' facts, so what their login counts
    is not the team's: only a supervisor (who sees every row) keeps the totals, and a
    collector's figures are counted from the facts they can see."""
    server = desk.db.engine.dialect.name == "postgresql"
    return not server or desk.setting("role") == "supervisor"


def ensure(
    desk: Any,
    sc: Scope,
    rpc: tuple[str, ...],
    progress: Progress = NO_PROGRESS,
    describe: Callable[[str], str] = str,
) -> int:
    """Catch up with new facts, then count and store every missing period the report
    needs (each kind counted in a read, written in its own short unit of work). A
    cancel stops between kinds or, on SQLite, inside a long count. Returns how many
    periods were counted."""
    from collector_desk.services.target_upkeep import catch_up

    catch_up(desk, sc.tz, sc.cal)
    steps = _build_steps(sc, rpc)
    counted = 0
    for i, (kind, periods, count) in enumerate(steps):
        progress.step(i, len(steps), describe(kind))
        if not periods:
            continue
        with desk.read() as s:
            have = tt.built(s, kind, min(periods), max(periods))
            missing = [d for d in periods if d.isoformat() not in have]
            if not missing:
                continue
            seq = tt.high_water(s)
            with tt.cancel_when(s, lambda: progress.cancelled):
                found = count(s, missing)
        with suppress(IntegrityError), desk.unit() as s:  # another workstation's stand
            for d in missing:
                tt.write(s, kind, d, found.get(d, []), seq)
        counted += len(missing)
    progress.step(len(steps), len(steps), describe(""))
    return counted


def stored(s: Any, sc: Scope, rpc: tuple[str, ...]) -> Counts:
    """The month from the totals (`ensure` first), today's payments live."""
    c, who = Counts(), sc.collector

    def mine(w: str) -> bool:
        return who is None or w == who

    acts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for _p, w, _k, calls, rpc_n, ptp, fen in tt.rows(s, "act", sc.first, sc.as_of):
        if mine(w):
            for k, v in (("calls", calls), ("rpc", rpc_n), ("ptp", ptp), ("promised_fen", fen)):
                acts[w][k] += v
    today_live = sc.as_of == sc.today and sc.first <= sc.today
    c.acts = {w: dict(got) for w, got in acts.items()}
    for p, w, key, n, kept, pt, kf in tt.rows(s, "due", sc.first, sc.last_over):
        if mine(w):
            o, r = key.split("|", 1)
            c.promises.append((date.fromisoformat(p), w, o, r, n, kept, pt, kf))
    for p, w, key, fen, *_ in tt.rows(s, "pay", sc.first, sc.as_of):
        if mine(w):
            c.pays.append((w, date.fromisoformat(p), int(key), fen))
    if today_live:
        c.pays += tf.collected(s, sc.today, sc.today, who, sc.first - timedelta(days=1))
    for kind, dest in (("remind", c.reminded), ("notice", c.noticed), ("confirm", c.confirmed)):
        for p, w, _k, hit, n, *_ in tt.rows(s, kind, sc.first, sc.as_of):
            if mine(w):
                dest.append((date.fromisoformat(p), w, hit, n))
    for win in sc.windows:
        c.moves[win.month] = []
        if win.end is None:
            continue
        for _p, w, key, n, out0, over0, _ in tt.rows(s, "move", win.end, win.end):
            if mine(w):
                b0, b1, st = (int(x) for x in key.split(":"))
                c.moves[win.month].append((w, b0, b1, bool(st), n, out0, over0))
    return c


# --- forgetting -------------------------------------------------------------------------


def forget_loans(s: Any) -> None:
    """Schedules or assignments changed (intake, a bundle, assignment): every stored
    period that depends on them is counted again by the next report."""
    tt.invalidate(s, LOAN_KINDS)


def forget_calendar(s: Any) -> None:
    """Working days changed: the second-notice windows end elsewhere."""
    tt.invalidate(s, ("notice",))


def rebuild(desk: Any) -> None:
    with desk.unit() as s:
        tt.rebuild_all(s)
