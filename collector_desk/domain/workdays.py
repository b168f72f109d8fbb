"""Working days on the Chinese official calendar, with the user's own days.

Where a day's answer comes from, first match wins:

1. the user's own `CalendarDay` rows (holiday / workday);
2. an official arrangement file a supervisor imported (`domain.holidays`);
3. the `chinese_calendar` package, which knows the years the State Council had
   published when it was released;
4. a provisional arrangement file (shipped in resources/holidays/);
5. the statutory holidays computed from the rules (`statutory_holidays`);
6. Monday to Friday (only outside the years the lunar converter knows).

Steps 4-6 are provisional: the calendar says so (`fallback_years`) so the UI,
the JSON output and `collector-desk check` can warn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

import chinese_calendar

from collector_desk.domain.holidays import YearArrangement, statutory_holidays

# A due date far beyond anything a worklist asks about; guards the loops below.
_MAX_SCAN_DAYS = 400


class DayKind(StrEnum):
    HOLIDAY = "holiday"
    WORKDAY = "workday"


def official_year_covered(year: int) -> bool:
    """True when the installed chinese_calendar has the official arrangement of `year`."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@dataclass
class WorkCalendar:
    """Which days are working days. `overrides` are the user's CalendarDay rows."""

    overrides: Mapping[date, DayKind] = field(default_factory=dict)
    arrangements: Mapping[int, YearArrangement] = field(default_factory=dict)
    _covered: dict[int, bool] = field(default_factory=dict, repr=False)
    _used_fallback: set[int] = field(default_factory=set, repr=False)
    _days: dict[date, bool] = field(default_factory=dict, repr=False)
    _computed: dict[int, YearArrangement | None] = field(default_factory=dict, repr=False)

    def covered(self, year: int) -> bool:
        if year not in self._covered:
            self._covered[year] = official_year_covered(year)
        return self._covered[year]

    def is_workday(self, day: date) -> bool:
        # chinese_calendar validates every date against its whole table: remember answers.
        known = self._days.get(day)
        if known is None:
            known = self._days[day] = self._is_workday(day)
        return known

    def _is_workday(self, day: date) -> bool:
        kind = self.overrides.get(day)
        if kind is not None:
            return kind is DayKind.WORKDAY
        arranged = self.arrangements.get(day.year)
        if arranged is not None and not arranged.provisional:
            return _arranged(arranged, day)
        if self.covered(day.year):
            return bool(chinese_calendar.is_workday(day))
        self._used_fallback.add(day.year)
        if arranged is None:
            arranged = self._rules(day.year)
        return day.weekday() < 5 if arranged is None else _arranged(arranged, day)

    def _rules(self, year: int) -> YearArrangement | None:
        if year not in self._computed:
            self._computed[year] = statutory_holidays(year)
        return self._computed[year]

    def source(self, year: int) -> str:
        """Where `year`'s official days come from: "official" (the package or an imported
        notice), "provisional" (a provisional file or the rules) or "weekends"."""
        arranged = self.arrangements.get(year)
        if (arranged is not None and not arranged.provisional) or self.covered(year):
            return "official"
        if arranged is not None or self._rules(year) is not None:
            return "provisional"
        return "weekends"

    @property
    def fallback_years(self) -> tuple[int, ...]:
        """Years this calendar answered from provisional data: no official arrangement."""
        return tuple(sorted(self._used_fallback))

    def years_needing_days(self, years: Iterable[int]) -> tuple[int, ...]:
        """Of `years`, those with no official arrangement and no user-added day at all."""
        user_years = {d.year for d in self.overrides}
        return tuple(
            sorted({y for y in years if self.source(y) != "official" and y not in user_years})
        )

    # --- stepping ------------------------------------------------------------

    def next_workday(self, day: date, *, inclusive: bool = True) -> date:
        d = day if inclusive else day + timedelta(days=1)
        for _ in range(_MAX_SCAN_DAYS):
            if self.is_workday(d):
                return d
            d += timedelta(days=1)
        raise ValueError(f"no working day within {_MAX_SCAN_DAYS} days after {day}")

    def previous_workday(self, day: date, *, inclusive: bool = True) -> date:
        d = day if inclusive else day - timedelta(days=1)
        for _ in range(_MAX_SCAN_DAYS):
            if self.is_workday(d):
                return d
            d -= timedelta(days=1)
        raise ValueError(f"no working day within {_MAX_SCAN_DAYS} days before {day}")

    def workdays_before(self, day: date, count: int) -> date:
        """The `count`-th working day strictly before `day` (1 = the last one before it)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        d = day
        for _ in range(count):
            d = self.previous_workday(d, inclusive=False)
        return d

    def workdays_between(self, start: date, end: date) -> list[date]:
        """Working days in [start, end], in order."""
        days = []
        d = start
        while d <= end:
            if self.is_workday(d):
                days.append(d)
            d += timedelta(days=1)
        return days

    def last_due_date_within(self, today: date, workdays_ahead: int) -> date:
        """The latest date D such that the `workdays_ahead`-th working day before D is
        on or before `today`: every due date in [today, D] has a reminder window
        of that many working days that has already opened."""
        d = today
        for _ in range(_MAX_SCAN_DAYS):
            nxt = d + timedelta(days=1)
            if self.workdays_before(nxt, workdays_ahead) > today:
                return d
            d = nxt
        raise ValueError("calendar has no working days")  # pragma: no cover


def _arranged(arranged: YearArrangement, day: date) -> bool:
    kind = arranged.kind_of(day)
    return day.weekday() < 5 if kind is None else kind
