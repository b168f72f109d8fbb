"""Holiday arrangements beyond the `chinese_calendar` package: shipped and imported files.

Shipped files (resources/holidays/cn-YYYY.toml) are provisional unless they say
otherwise. A supervisor imports the State Council's notice as a file in the same
format; it is kept as a last-writer-wins register (entity "calendar"), so it is
audited and travels in assignment bundles and team mode like the contact limits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collector_desk.domain.holidays import ArrangementError, YearArrangement, parse_arrangement
from collector_desk.domain.workdays import WorkCalendar
from collector_desk.paths import resource
from collector_desk.services import audit, registers, target_counts
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.store.models import Register

ENTITY = "calendar"
FIELD = "arrangement"
AUDIT_KIND = "holiday_import"

__all__ = [
    "ArrangementError",
    "YearArrangement",
    "arrangements",
    "import_arrangement",
    "provisional_warnings",
    "shipped_arrangements",
    "year_status",
]


@cache
def shipped_arrangements() -> dict[int, YearArrangement]:
    out = {}
    folder = resource("holidays")
    for path in sorted(folder.glob("cn-*.toml")) if folder.is_dir() else []:
        arranged = parse_arrangement(path.read_text(encoding="utf-8"), name=path.name)
        out[arranged.year] = arranged
    return out


def imported_arrangements(s: Session) -> dict[int, YearArrangement]:
    # `entity_id >= ""` (always true) steers SQLite to the primary key: with ANALYZE's
    # statistics (at scale nearly every register row is a loan's) it would otherwise
    # scan the whole register, about 0.9 s at 1M loans.
    rows = s.scalars(
        select(Register).where(
            Register.entity == ENTITY, Register.entity_id >= "", Register.field == FIELD
        )
    )
    out = {}
    for row in rows:
        arranged = YearArrangement.from_json(registers.get(s, ENTITY, row.entity_id, FIELD))
        out[arranged.year] = arranged
    return out


def arrangements(s: Session) -> dict[int, YearArrangement]:
    """Per year, the imported file if any, else the shipped one."""
    return {**shipped_arrangements(), **imported_arrangements(s)}


def import_arrangement(desk: Desk, path: Path) -> tuple[YearArrangement, ChangeSet]:
    """Read a holiday file and make it this desk's (and, through bundles, the team's)
    arrangement of its year. Raises ArrangementError with a one-line reason. A
    supervisor's only: the arrangement reaches every desk of the team."""
    if desk.setting("role") != "supervisor":
        raise ArrangementError(
            "only a supervisor imports the holiday arrangement (it reaches the whole team): "
            "import it on the supervisor's desk, or set the role in Tools > Settings",
            "role",
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArrangementError(
            f"{path.name}: cannot read it as UTF-8 text ({exc})", "unreadable", file=path.name
        ) from None
    arranged = parse_arrangement(text, name=path.name)
    with desk.unit() as s:
        registers.put(s, desk, ENTITY, f"cn-{arranged.year}", FIELD, arranged.to_json())
        target_counts.forget_calendar(s)
        audit.record(
            s,
            desk,
            AUDIT_KIND,
            f"cn-{arranged.year}",
            {
                "file": path.name,
                "provisional": arranged.provisional,
                "holidays": len(arranged.holidays),
                "workdays": len(arranged.workdays),
                "source": arranged.source[:120],
            },
        )
    return arranged, ChangeSet.of(ChangeKind.CALENDAR, ChangeKind.WORKLIST)


def year_status(s: Session, cal: WorkCalendar, years: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Per year: "official" or "provisional" or "weekends", and where the days come from."""
    imported, shipped = imported_arrangements(s), shipped_arrangements()
    out = {}
    for y in years:
        src = cal.source(y)
        file = imported.get(y) or shipped.get(y)
        if file is not None and (src != "official" or not file.provisional):
            origin = "imported file" if y in imported else "shipped file"
        else:
            origin = {"official": "chinese_calendar", "provisional": "statutory rules"}.get(
                src, "weekends only"
            )
        out[y] = {"source": src, "provisional": src != "official", "from": origin}
    return out


def provisional_warnings(cal: WorkCalendar, today: date) -> list[str]:
    """One line per year (this one and the next) still on provisional holidays."""
    out = []
    for y in (today.year, today.year + 1):
        src = cal.source(y)
        if src == "provisional":
            out.append(
                f"{y}: holidays are provisional (statutory days from the rules, no make-up "
                "working days): import the State Council's notice with "
                "`collector-desk holidays import FILE`"
            )
        elif src == "weekends":
            out.append(f"{y}: no holiday data at all, Monday to Friday only")
    return out


def holiday_check(url: str | None, today: date) -> list[str]:
    """`collector-desk check`: the provisional-year warnings, reading imported files from
    the database at `url` when there is one (never creating or upgrading it)."""
    from sqlalchemy.exc import DBAPIError

    from collector_desk.store.db import make_engine

    imported: dict[int, YearArrangement] = {}
    if url is not None:
        engine = make_engine(url)
        try:
            with Session(engine) as s:
                imported = imported_arrangements(s)
        except DBAPIError:
            pass  # an unreadable or old database: check_database says so
        finally:
            engine.dispose()
    cal = WorkCalendar({}, {**shipped_arrangements(), **imported})
    return provisional_warnings(cal, today)


def days_off(desk: Desk, year: int) -> dict[str, Any]:
    """`holidays show`: the year's days off and make-up working days, and their source.
    For a year the package covers, its days come from chinese_calendar."""
    import chinese_calendar

    from collector_desk.services.worklist_tasks import work_calendar

    with desk.read() as s:
        cal = work_calendar(s)
        status = year_status(s, cal, [year])[year]
        file = cal.arrangements.get(year)
    holidays: dict[str, str] = {}
    workdays: dict[str, str] = {}
    if status["from"] == "chinese_calendar":
        for d in chinese_calendar.get_holidays(date(year, 1, 1), date(year, 12, 31), False):
            holidays[d.isoformat()] = str(chinese_calendar.get_holiday_detail(d)[1] or "")
        for d in chinese_calendar.get_workdays(date(year, 1, 1), date(year, 12, 31), False):
            if d.weekday() >= 5:
                workdays[d.isoformat()] = "调休上班"
    else:
        if file is None:
            from collector_desk.domain.holidays import statutory_holidays

            file = statutory_holidays(year)
        if file is not None:
            doc = file.to_json()
            holidays, workdays = doc["holidays"], doc["workdays"]
    return {"year": year, **status, "holidays": holidays, "workdays": workdays}
