"""The set-based start of day on a team's server: the same UPDATEs, PostgreSQL's
dialect (greatest/least, date arithmetic), equal to derive() row for row."""

from __future__ import annotations

from pathlib import Path

from test_exchange_support import TODAY, SharedClock
from test_store_derived import walk_the_promise_window

from collector_desk.services.context import Desk


def test_the_set_based_form_equals_derive_on_a_server(pg_url: str, tmp_path: Path) -> None:
    desk = Desk.open(tmp_path / "w", url=pg_url, today=lambda: TODAY, now=SharedClock())
    try:
        desk.set_settings(collector_id="C001", collector_name="C001")
        walk_the_promise_window(desk)
    finally:
        desk.close()
