"""The window's one way to show a time: in the lender's time zone (setting `timezone`)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from collector_desk.domain.localtime import DEFAULT_TIMEZONE, format_local, lender_zone

_zone: ZoneInfo = lender_zone(DEFAULT_TIMEZONE)


def set_zone(name: str | None) -> None:
    """Called when the desk opens and when the settings change."""
    global _zone
    _zone = lender_zone(name)


def zone() -> ZoneInfo:
    return _zone


def when(at: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return format_local(at, _zone, fmt)
