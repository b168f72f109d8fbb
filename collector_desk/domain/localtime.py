"""Times as the lender's people read them: in the lender's time zone, not the machine's.

Timestamps are stored in UTC. A workstation may run with its clock in UTC (a
server image, a fresh Linux install), which showed a 12:17 call as 04:17. Every
time on screen, in a report or on the command line goes through `format_local`
with the `timezone` setting (default Asia/Shanghai).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIMEZONE = "Asia/Shanghai"


def lender_zone(name: str | None) -> ZoneInfo:
    """The zone called `name`; the default for an empty or unknown name."""
    try:
        return ZoneInfo(name or DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIMEZONE)


def is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def format_local(at: datetime, zone: ZoneInfo | str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """`at` (UTC when naive, as stored) in the lender's zone."""
    tz = zone if isinstance(zone, ZoneInfo) else lender_zone(zone)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(tz).strftime(fmt)
