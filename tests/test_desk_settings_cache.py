"""Desk identity and settings are read once and kept until set_settings: asking for
the collector id once per written row costs no query."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

from collector_desk.services.context import ChangeKind, ChangeSet, Desk


def test_identity_reads_cost_no_query_until_settings_change(tmp_path: Path) -> None:
    desk = Desk.open(
        tmp_path,
        today=lambda: date(2026, 3, 16),
        now=lambda: datetime(2026, 3, 16, 2, 0, tzinfo=UTC),
    )
    try:
        statements: list[str] = []

        def count(_c: Any, _cur: Any, statement: str, *_: Any) -> None:
            statements.append(statement)

        event.listen(desk.db.engine, "before_cursor_execute", count)
        first = desk.workstation_id
        assert first
        reads = len(statements)
        assert reads <= 1
        for _ in range(1000):
            assert desk.workstation_id == first
            assert desk.collector_id == "local"
            assert desk.setting("role") == "collector"
        assert len(statements) == reads  # no query per row

        changes = desk.set_settings(collector_id="C007")
        assert changes == ChangeSet.of(ChangeKind.SETTINGS)
        assert desk.collector_id == "C007"  # the cache was dropped by the write
        assert desk.settings()["collector_id"] == "C007"
    finally:
        desk.close()


def test_change_kinds_are_typed_and_still_compare_as_text() -> None:
    changes = ChangeSet.of(ChangeKind.PAYMENT, loans=["L1"])
    assert "payment" in changes.kinds and changes.touches({ChangeKind.PAYMENT})
    assert not ChangeSet() and changes
    assert ChangeKind.of_table("promise") is ChangeKind.PROMISE
    assert ChangeKind.of_table("sync_log") is None
