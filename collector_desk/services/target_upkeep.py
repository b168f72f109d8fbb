"""Keeping the Targets totals true as facts arrive (services.target_counts stores them).

Every fact gets a `fact_seq` number from a trigger, whatever wrote it. Before each
report, `catch_up` looks at the facts numbered since its last look:

- calls and promises made are added to the stored `act` days (a count that only
  grows);
- a payment changes only its own loan: each stored flow window, payments-by-band
  day and promises-judged day it reaches gets that loan's counts with the payment
  less the counts without it (`_bring_up_paying_loans`);
- a call likewise for the reminders due in the week after it
  (`_bring_up_called_loans`);
- the rest is forgotten where it can matter (`affected`): a call's day of promise
  confirmations and second notices, a promise's promised day, a debit result's day;
  the next report counts those days again from facts.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import suppress
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError

from collector_desk.services.target_counts import REMIND_DAYS, RPC, _due_window
from collector_desk.store import target_figures as tf
from collector_desk.store import target_staff as ts
from collector_desk.store import target_totals as tt


def catch_up(desk: Any, tz: Any, cal: Any) -> None:
    """Forget the stored periods that facts arrived since the last look can change.
    Nothing new (the usual report): a read only, no write lock is asked for."""
    with desk.read() as s:
        if tt.mark(s) == tt.high_water(s):
            return
    with suppress(IntegrityError):  # another workstation caught up at the same time
        _catch_up(desk, tz, cal)


def _catch_up(desk: Any, tz: Any, cal: Any) -> None:
    with desk.unit() as s:
        seen, upto = tt.mark(s), tt.high_water(s)
        if seen is not None and upto > seen:
            spans = tt.facts_since(s, seen, upto)
            for kinds, first, last in affected(spans, tz, cal):
                tt.invalidate(s, kinds, first, last)
            if "call" in spans:  # a promise got on the call: grouped by what it recorded
                for d in tt.promised_days_of_new_calls(s, seen, upto):
                    tt.invalidate(s, ("due",), d, d)
            if "payment" in spans:
                _bring_up_paying_loans(s, seen, upto)
            if "call" in spans or "promise" in spans:
                _add_activity(s, seen, upto, tz)
            if "call" in spans:
                _bring_up_called_loans(s, seen, upto, tz)
        if seen != upto:
            tt.set_mark(s, upto)


def affected(
    spans: dict[str, dict[str, tt.Span]], tz: Any, cal: Any
) -> list[tuple[tuple[str, ...], date, date | None]]:
    """(kinds, first, last or open) that facts with these spans can change."""

    def day(v: Any) -> date:
        return v.astimezone(tz).date() if isinstance(v, datetime) else v

    def before_workday(d: date) -> date:  # the working day before d: its notice window reaches d
        back = d - timedelta(days=1)
        for _ in range(40):
            if cal.is_workday(back):
                return back
            back -= timedelta(days=1)
        return back

    out: list[tuple[tuple[str, ...], date, date | None]] = []
    # Payments change only the paying loans' periods: _bring_up_paying_loans.
    if (d := spans.get("debit_result")) is not None:
        out.append((("notice",), day(d["debit_on"].first), day(d["debit_on"].last)))
    if (pr := spans.get("promise")) is not None:
        out.append((("due", "confirm"), day(pr["promised_on"].first), day(pr["promised_on"].last)))
    for table, col in (("call", "created_at"), ("contact_attempt", "at")):
        if (c := spans.get(table)) is None:
            continue
        a, b = day(c[col].first), day(c[col].last)
        out.append((("confirm",), a, b))
        out.append((("notice",), before_workday(a), b))
        # A call's reminders (due in the week after it): _bring_up_called_loans.
    return out


_NEVER = 2**31 - 1  # above any fact_seq number (an INTEGER on PostgreSQL)


def _add_activity(s: Any, seen: int, upto: int, tz: Any) -> None:
    """Calls and promises are counted per day: each stored day gets the new ones added
    (those numbered after the day was counted), today's included."""
    seqs = tt.built_seqs(s, "act")
    if not seqs:
        return
    delta: dict[str, dict[tuple[str, str], list[int]]] = defaultdict(
        lambda: defaultdict(lambda: [0, 0, 0, 0])
    )
    for n, at, who, calls, reached, made, fen in tt.new_activity(s, seen, upto, RPC):
        period = at.astimezone(tz).date().isoformat()
        if period in seqs and n > seqs[period]:
            d = delta[period][(who, "")]
            for i, v in enumerate((calls, reached, made, fen)):
                d[i] += v
    for period in delta:
        tt.merge(s, "act", date.fromisoformat(period), delta[period], upto)


def _bring_up_paying_loans(s: Any, seen: int, upto: int) -> None:
    """Payments numbered in (seen, upto] change only their own loans: each stored
    period they reach gets those loans' counts with them less the counts without
    them (payments numbered after the period was counted are left out), instead of a
    count of every loan again. Flows, payments by band and promises judged alike."""
    paid = tt.new_payments(s, seen, upto)
    if not paid:
        return
    since = min(on for _loan, on in paid)
    for kind, count in (("move", _move_delta), ("pay", _pay_delta), ("due", _due_delta)):
        groups: dict[tuple[str, int], list[date]] = defaultdict(list)
        for period, seq in tt.built_seqs(s, kind).items():
            day = date.fromisoformat(period)
            if day >= since and max(seen, seq) < upto:
                groups[(period[:7], max(seen, seq))].append(day)
        for (_month, lo), days in sorted(groups.items()):
            loans = sorted({loan for loan, on in paid if on <= max(days)})
            delta: dict[date, dict[tuple[str, str], list[int]]] = defaultdict(
                lambda: defaultdict(lambda: [0, 0, 0, 0])
            )
            for start in range(0, len(loans), 400):
                part = loans[start : start + 400]
                for sign, unseen in ((1, (upto, _NEVER)), (-1, (lo, _NEVER))):
                    for day, key, values in count(s, sorted(days), part, unseen):
                        into = delta[day][key]
                        for i, v in enumerate(values):
                            into[i] += sign * v
            for day, changes in delta.items():  # a day nothing changed keeps its mark
                tt.merge(s, kind, day, changes, upto)


def _bring_up_called_loans(s: Any, seen: int, upto: int, tz: Any) -> None:
    """Calls numbered in (seen, upto] change the stored reminders only for their own
    loans (instalments due in the week after each call): those loans' counts with the
    calls less the counts without them."""
    called: list[tuple[str, date]] = [
        (loan, at.astimezone(tz).date()) for loan, at in tt.new_calls(s, seen, upto)
    ]
    if not called:
        return
    groups: dict[int, list[date]] = defaultdict(list)
    for period, seq in tt.built_seqs(s, "remind").items():
        day = date.fromisoformat(period)
        reach = any(0 < (day - on).days <= REMIND_DAYS for _loan, on in called)
        if reach and max(seen, seq) < upto:
            groups[max(seen, seq)].append(day)
    for lo, days in sorted(groups.items()):
        loans = sorted(
            {loan for loan, on in called if any(0 < (d - on).days <= REMIND_DAYS for d in days)}
        )
        windows = [_due_window(d, tz) for d in sorted(days)]
        delta: dict[date, dict[tuple[str, str], list[int]]] = defaultdict(
            lambda: defaultdict(lambda: [0, 0, 0, 0])
        )
        for start in range(0, len(loans), 400):
            part = loans[start : start + 400]
            for sign, unseen in ((1, (upto, _NEVER)), (-1, (lo, _NEVER))):
                for day, who, hit, n in ts.reminded_before_due(s, windows, RPC, None, part, unseen):
                    into = delta[day][(who, "")]
                    into[0] += sign * hit
                    into[1] += sign * n
        for day, changes in delta.items():
            tt.merge(s, "remind", day, changes, upto)


def _move_delta(
    s: Any, days: list[date], loans: list[str], unseen: tuple[int, int]
) -> list[tuple[date, tuple[str, str], tuple[int, ...]]]:
    out: list[tuple[date, tuple[str, str], tuple[int, ...]]] = []
    for end in days:
        before = end.replace(day=1) - timedelta(days=1)
        for who, b0, b1, st, n, o, v in tf.movements(s, before, end, None, loans, unseen):
            out.append((end, (who, f"{b0}:{b1}:{int(st)}"), (n, o, v)))
    return out


def _pay_delta(
    s: Any, days: list[date], loans: list[str], unseen: tuple[int, int]
) -> list[tuple[date, tuple[str, str], tuple[int, ...]]]:
    before = days[0].replace(day=1) - timedelta(days=1)  # the days are of one month
    wanted = set(days)
    return [
        (day, (who, str(band)), (fen,))
        for who, day, band, fen in tf.collected(s, days[0], days[-1], None, before, loans, unseen)
        if day in wanted
    ]


def _due_delta(
    s: Any, days: list[date], loans: list[str], unseen: tuple[int, int]
) -> list[tuple[date, tuple[str, str], tuple[int, ...]]]:
    wanted = set(days)
    return [
        (day, (who, f"{o}|{r}"), (n, k, pt, kf))
        for day, who, o, r, n, k, pt, kf in tf.promise_days(
            s, days[0], days[-1], None, loans, unseen
        )
        if day in wanted
    ]
