"""On the team's server, facts are numbered in the order they commit, not the order
they were inserted: a reader that took "everything up to N" never later meets a
smaller number (an export mark or the Targets totals would skip that fact for good).
Two real transactions on the real server, one left open while the other commits."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from collector_desk.exchange.synctables import by_name
from collector_desk.services.context import Desk
from collector_desk.store import sync
from collector_desk.store.models import AuditEvent

pytestmark = pytest.mark.pg


def _event(n: int) -> dict[str, object]:
    return {
        "id": f"order-{n}",
        "kind": "test",
        "subject": str(n),
        "detail": "{}",
        "created_at": datetime(2026, 3, 16, 2, n, tzinfo=UTC),
        "collector_id": "C001",
        "workstation_id": "w",
    }


def test_a_fact_committed_late_is_not_skipped_by_a_reader_in_between(
    pg_url: str, tmp_path: Path
) -> None:
    desk = Desk.open(tmp_path / "a", url=pg_url, today=lambda: date(2026, 3, 16))
    try:
        with desk.read() as s:
            _rows, start = sync.facts_since(s, "audit_event", 0)
        slow = desk.db.sessions()
        slow.execute(insert(AuditEvent), [_event(1)])  # inserted first, committed last
        slow.flush()
        with desk.unit() as s:
            s.execute(insert(AuditEvent), [_event(2)])
        with desk.read() as s:
            rows, mark = sync.facts_since(s, "audit_event", start)
        k = by_name()["audit_event"].index("id")
        assert [r[k] for r in rows if str(r[k]).startswith("order-")] == ["order-2"]
        slow.commit()
        slow.close()
        with desk.read() as s:
            later, _ = sync.facts_since(s, "audit_event", mark)
        assert "order-1" in {r[k] for r in later}  # after the mark, not behind it
    finally:
        desk.close()


def test_server_upgrade_numbers_an_older_servers_facts_at_commit(
    pg_url: str, tmp_path: Path
) -> None:
    """A server set up by an older version numbers facts at insert (plain triggers);
    `server upgrade` at head replaces them with the deferred ones."""
    from sqlalchemy import text

    from collector_desk.store import fact_seq
    from collector_desk.store.db import make_engine
    from collector_desk.store.server import upgrade_server

    Desk.open(tmp_path / "a", url=pg_url).close()  # the schema is there
    engine = make_engine(pg_url)
    deferred = text(
        "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'fact_seq_%' AND tgdeferrable"
    )
    try:
        with engine.begin() as conn:  # as an older version made them
            for name in fact_seq.TRACKED:
                conn.execute(text(f'DROP TRIGGER IF EXISTS "fact_seq_{name}" ON "{name}"'))
                conn.execute(
                    text(
                        f'CREATE TRIGGER "fact_seq_{name}" AFTER INSERT ON "{name}" '
                        f"FOR EACH ROW EXECUTE FUNCTION {fact_seq.PG_FUNCTION}()"
                    )
                )
        with engine.connect() as conn:
            assert conn.execute(deferred).scalar() == 0
        upgrade_server(engine)
        with engine.connect() as conn:
            assert conn.execute(deferred).scalar() == len(fact_seq.TRACKED)
    finally:
        engine.dispose()
