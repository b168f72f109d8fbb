"""Local and team settings: each workstation keeps its identity, collector, role,
language, own-cases switch and clock in its data folder; the lender, accounts and
limits are the team's, on the server."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from collector_desk.domain.hlc import decode, encode
from collector_desk.services.context import Desk
from collector_desk.store.local_settings import LOCAL_FILE
from collector_desk.store.models import Setting

TODAY = date(2026, 3, 16)


def open_desk(data_dir: Path, url: str | None = None) -> Desk:
    return Desk.open(
        data_dir,
        url=url,
        today=lambda: TODAY,
        now=lambda: datetime(2026, 3, 16, 2, 0, tzinfo=UTC),
    )


@pytest.mark.pg
def test_two_workstations_on_one_server_keep_their_own_identity(
    pg_url: str, tmp_path: Path
) -> None:
    a = open_desk(tmp_path / "a", pg_url)
    b = open_desk(tmp_path / "b", pg_url)
    try:
        assert a.workstation_id and b.workstation_id
        assert a.workstation_id != b.workstation_id
        a.set_settings(collector_id="C001", role="supervisor", language="en", list_own_cases=True)
        b.set_settings(collector_id="C002", lender_name="联合消费金融", promise_window_days=5)
        a.invalidate_settings()  # (live updates tell a; here the test does)
        assert (a.collector_id, a.setting("role"), a.setting("language")) == (
            "C001",
            "supervisor",
            "en",
        )
        assert (b.collector_id, b.setting("role"), b.setting("language")) == (
            "C002",
            "collector",
            "",
        )
        assert a.setting("list_own_cases") is True and not b.setting("list_own_cases")
        # the team's settings are one, whoever wrote them
        assert a.setting("lender_name") == b.setting("lender_name") == "联合消费金融"
        assert a.setting("promise_window_days") == 5
        with a.read() as s:
            shared = {r.key for r in s.scalars(select(Setting))}
        assert shared == {"lender_name", "promise_window_days"}
    finally:
        a.close()
        b.close()
    # a restart keeps each one's identity
    again = open_desk(tmp_path / "a", pg_url)
    try:
        assert again.collector_id == "C001"
        assert json.loads((tmp_path / "a" / LOCAL_FILE).read_text())["workstation_id"] == (
            again.workstation_id
        )
    finally:
        again.close()


@pytest.mark.pg
def test_clock_high_stamp_survives_a_restart_locally(pg_url: str, tmp_path: Path) -> None:
    a = open_desk(tmp_path / "a", pg_url)
    try:
        stamp = a.hlc()
        ms, _ = decode(stamp)
        far = encode(ms + 3_600_000, 7)  # from a workstation whose clock runs an hour ahead
        with a.unit() as s:
            a.observe_hlc(far, s)
    finally:
        a.close()
    again = open_desk(tmp_path / "a", pg_url)
    try:
        assert again.hlc() > far
    finally:
        again.close()
    other = open_desk(tmp_path / "b", pg_url)
    try:
        assert other.hlc() < far  # the high stamp was this workstation's, not the team's
    finally:
        other.close()


def test_a_data_folder_from_before_the_file_keeps_its_identity(tmp_path: Path) -> None:
    """An existing single-workstation database kept identity in its setting table: the
    first start with the file moves it over, so bundles still come from the same
    workstation."""
    d = open_desk(tmp_path)
    wid = d.workstation_id
    d.close()
    (tmp_path / LOCAL_FILE).unlink()
    with d.db.engine.begin() as conn:  # the table as the older app left it
        for key, value in {"workstation_id": wid, "collector_id": "C009", "language": "en"}.items():
            conn.execute(Setting.__table__.insert().values(key=key, value=json.dumps(value)))
    d.db.engine.dispose()
    again = open_desk(tmp_path)
    try:
        assert again.workstation_id == wid
        assert again.collector_id == "C009" and again.setting("language") == "en"
        assert json.loads((tmp_path / LOCAL_FILE).read_text())["collector_id"] == "C009"
    finally:
        again.close()
