"""Today and now, as the desk sees them: the system clock, or moved for support and
benches. Plain Python, so the window can know today before the database layer is
imported (the first page of cases is read with it).

COLLECTOR_DESK_TODAY=2026-03-16 moves today (and the clock by whole days);
COLLECTOR_DESK_NOW=2026-03-16T09:00:00+08:00 moves the clock to that moment (it
runs on from there) and today with it. Unset: the system clock.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

TODAY_ENV = "COLLECTOR_DESK_TODAY"
NOW_ENV = "COLLECTOR_DESK_NOW"

_SHIFTS: dict[str, timedelta] = {}  # COLLECTOR_DESK_NOW -> its offset, from the first read


def _clock_shift() -> timedelta:
    now_text, today_text = os.environ.get(NOW_ENV, ""), os.environ.get(TODAY_ENV, "")
    if now_text:
        if now_text not in _SHIFTS:
            moment = datetime.fromisoformat(now_text)
            if moment.tzinfo is None:
                moment = moment.astimezone()  # a local time, as a user would write it
            _SHIFTS[now_text] = moment - datetime.now(UTC)
        return _SHIFTS[now_text]
    if today_text:
        return timedelta(days=(date.fromisoformat(today_text) - date.today()).days)
    return timedelta()


def system_now() -> datetime:
    """Now, tz-aware UTC, moved by COLLECTOR_DESK_NOW / COLLECTOR_DESK_TODAY if set."""
    return datetime.now(UTC) + _clock_shift()


def system_today() -> date:
    """Today, moved by COLLECTOR_DESK_TODAY / COLLECTOR_DESK_NOW if set."""
    today_text = os.environ.get(TODAY_ENV, "")
    if today_text:
        return date.fromisoformat(today_text)
    if os.environ.get(NOW_ENV, ""):
        return system_now().astimezone().date()
    return date.today()
