"""A year's holiday arrangement: the statutory days from the rules, or a file.

The State Council publishes each year's arrangement (holidays, plus the weekend
days worked in exchange, 调休) around November of the year before, and the
`chinese_calendar` package only knows the years published when it was released.
For any other year we compute the statutory holidays from the rules of the
National Holidays Regulation (全国年节及纪念日放假办法, as revised in 2024):

- 元旦 1 January;
- 春节 Spring Festival eve and the first three days of the lunar year;
- 清明节 the day of the Qingming solar term;
- 劳动节 1 and 2 May;
- 端午节 the 5th day of the 5th lunar month;
- 中秋节 the 15th day of the 8th lunar month;
- 国庆节 1 to 3 October;

and, by the Regulation's article 6, a statutory day that falls on a Saturday or
Sunday is given back on the next working day after its holiday (补假). So is a
day two holidays share (中秋节 on 1-3 October, as in 2020 and 2028): each holiday
keeps its day off.

Lunar dates come from `lunardate`, the solar term from `chinese_calendar`.
Such a year is *provisional*: the official notice usually adds bridging days
and make-up working weekends, which no rule predicts. A supervisor replaces it
by importing the notice as a file in the format below (`parse_arrangement`).

File format (TOML, UTF-8), one year per file, e.g. ``cn-2027.toml``::

    year = 2027
    provisional = false          # true for a file derived from the rules
    source = "国务院办公厅关于2027年部分节假日安排的通知"
    holidays = [                 # days off, each a TOML date
        { day = 2027-01-01, name = "元旦" },
    ]
    workdays = [                 # weekend days worked in exchange (may be empty)
        { day = 2027-02-20, name = "春节调休上班" },
    ]
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import chinese_calendar
from lunardate import LunarDate

# lunardate knows lunar years 1900-2099; the Spring Festival eve needs the year before.
RULE_YEARS = range(1901, 2100)


@dataclass(frozen=True)
class YearArrangement:
    year: int
    holidays: Mapping[date, str]
    workdays: Mapping[date, str] = field(default_factory=dict)
    provisional: bool = True
    source: str = ""

    def kind_of(self, day: date) -> bool | None:
        """True for a working day, False for a day off, None when the file says nothing."""
        if day in self.holidays:
            return False
        if day in self.workdays:
            return True
        return None

    def to_toml(self) -> str:
        lines = [
            f"year = {self.year}",
            f"provisional = {'true' if self.provisional else 'false'}",
            f"source = {_quote(self.source)}",
            "holidays = [",
            *(
                f"    {{ day = {d.isoformat()}, name = {_quote(n)} }},"
                for d, n in _sorted(self.holidays)
            ),
            "]",
            "workdays = [",
            *(
                f"    {{ day = {d.isoformat()}, name = {_quote(n)} }},"
                for d, n in _sorted(self.workdays)
            ),
            "]",
        ]
        return "\n".join(lines) + "\n"

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "provisional": self.provisional,
            "source": self.source,
            "holidays": {d.isoformat(): n for d, n in _sorted(self.holidays)},
            "workdays": {d.isoformat(): n for d, n in _sorted(self.workdays)},
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> YearArrangement:
        return cls(
            year=int(doc["year"]),
            holidays={date.fromisoformat(k): str(v) for k, v in doc["holidays"].items()},
            workdays={date.fromisoformat(k): str(v) for k, v in doc["workdays"].items()},
            provisional=bool(doc["provisional"]),
            source=str(doc.get("source", "")),
        )


def _sorted(days: Mapping[date, str]) -> list[tuple[date, str]]:
    return sorted(days.items())


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def statutory_holidays(year: int) -> YearArrangement | None:
    """The statutory days off of `year` from the rules; None outside `RULE_YEARS`."""
    if year not in RULE_YEARS:
        return None
    new_year = LunarDate(year, 1, 1).to_solar_date()
    qingming = [
        d
        for d, term in chinese_calendar.get_solar_terms(date(year, 4, 1), date(year, 4, 10))
        if term == "清明"
    ]
    festivals: list[tuple[str, list[date]]] = [
        ("元旦", [date(year, 1, 1)]),
        ("春节", [new_year + timedelta(days=k) for k in range(-1, 3)]),
        ("清明节", qingming),
        ("劳动节", [date(year, 5, 1), date(year, 5, 2)]),
        ("端午节", [LunarDate(year, 5, 5).to_solar_date()]),
        ("中秋节", [LunarDate(year, 8, 15).to_solar_date()]),
        ("国庆节", [date(year, 10, d) for d in (1, 2, 3)]),
    ]
    days: dict[date, str] = {}
    owed_by: dict[str, int] = {}
    for name, ds in festivals:
        owed_by[name] = 0
        for d in ds:
            # A day on a weekend is owed; so is a day another holiday already has
            # (中秋 on 1-3 October: 2020, 2028, 2031): two holidays give two days off.
            if d.weekday() >= 5 or d in days:
                owed_by[name] += 1
            days[d] = f"{days[d]}、{name}" if d in days else name
    for name, ds in festivals:
        owed = owed_by[name]
        d = max(ds)
        while owed:
            d += timedelta(days=1)
            if d.weekday() < 5 and d not in days:
                days[d] = f"{name}（补假）"
                owed -= 1
    return YearArrangement(
        year,
        {d: days[d] for d in sorted(days) if d.year == year},
        provisional=True,
        source="computed from the statutory rules; replace with the State Council's notice",
    )


class ArrangementError(ValueError):
    """A holiday file that cannot be used; the message names the field and what to do.

    `code` and `params` (the file's name, the list, the entry's number, a day: never
    personal data) let the window word it in its own language."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}


def parse_arrangement(text: str, *, name: str = "holiday file") -> YearArrangement:
    """Read a holiday file (format in the module docstring)."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ArrangementError(
            f"{name}: not valid TOML ({exc}); see docs/holidays.md", "toml", file=name
        ) from None
    year = doc.get("year")
    if not isinstance(year, int) or not 1900 < year < 2200:
        raise ArrangementError(
            f"{name}: field 'year' must be a year such as 2027", "year", file=name
        )
    provisional = doc.get("provisional", False)
    if not isinstance(provisional, bool):
        raise ArrangementError(
            f"{name}: field 'provisional' must be true or false", "provisional", file=name
        )
    source = doc.get("source", "")
    if not isinstance(source, str):
        raise ArrangementError(f"{name}: field 'source' must be text", "source", file=name)
    lists: dict[str, dict[date, str]] = {}
    for key in ("holidays", "workdays"):
        entries = doc.get(key, [])
        if not isinstance(entries, list):
            raise ArrangementError(
                f"{name}: field '{key}' must be a list of {{ day = …, name = … }}",
                "list",
                file=name,
                key=key,
            )
        out: dict[date, str] = {}
        for i, entry in enumerate(entries, start=1):
            where = f"{name}: {key} entry {i}"
            day = entry.get("day") if isinstance(entry, dict) else None
            if not isinstance(day, date) or hasattr(day, "hour"):
                raise ArrangementError(
                    f"{where}: 'day' must be a date written as {year}-01-01",
                    "day",
                    file=name,
                    key=key,
                    entry=i,
                    year=year,
                )
            if day.year != year:
                raise ArrangementError(
                    f"{where}: {day.isoformat()} is not in {year}",
                    "day_year",
                    file=name,
                    key=key,
                    entry=i,
                    day=day.isoformat(),
                    year=year,
                )
            out[day] = str(entry.get("name", ""))[:64]
        lists[key] = out
    both = sorted(set(lists["holidays"]) & set(lists["workdays"]))
    if both:
        raise ArrangementError(
            f"{name}: {both[0].isoformat()} is listed both as a holiday and as a working day",
            "both",
            file=name,
            day=both[0].isoformat(),
        )
    if not lists["holidays"]:
        raise ArrangementError(
            f"{name}: no holidays listed for {year}", "none", file=name, year=year
        )
    return YearArrangement(year, lists["holidays"], lists["workdays"], provisional, source)
