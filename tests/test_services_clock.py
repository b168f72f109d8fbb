"""The hybrid clock survives a restart: no stamp older than one already seen."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from collector_desk.domain.hlc import decode, encode
from collector_desk.services.context import Desk


def test_clock_remembers_a_stamp_from_a_workstation_ahead(tmp_path: Path) -> None:
    now = datetime(2026, 3, 16, 2, 30, tzinfo=UTC)
    desk = Desk.open(tmp_path, now=lambda: now)
    ahead = encode(int(now.timestamp() * 1000) + 3_600_000, 7)  # an hour ahead
    with desk.unit() as s:
        desk.observe_hlc(ahead, s)
    assert desk.hlc() > ahead
    desk.close()

    reopened = Desk.open(tmp_path, now=lambda: now)
    try:
        stamp = reopened.hlc()
        assert stamp > ahead
        assert decode(stamp)[0] == decode(ahead)[0]
    finally:
        reopened.close()
