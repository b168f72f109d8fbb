"""Full numbers on a team's server: a collector's own login cannot read a phone or ID
number directly (psql, psycopg), sees them masked, and gets one only through the
server's reveal, which checks the case is theirs and writes the audit event itself.
A supervisor's login reads every column; the app's reveals go through the server
for both (store.personal)."""

from __future__ import annotations

import json
import re
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from pg_fixture import pg_bindir
from sqlalchemy import make_url
from test_exchange_support import TODAY, SharedClock
from test_pg_row_security import borrower_of, read, team  # noqa: F401  (the fixture)

from collector_desk.domain.privacy import mask_id_number, mask_phone
from collector_desk.services import audit, case_detail, cases, contact_rules, dialing
from collector_desk.services.context import Desk

pytestmark = pytest.mark.pg
MASKED_MOBILE = re.compile(r"^\d{3}\*{4}\d{4}$")
REVEAL = (
    "SELECT desk_reveal(%s, %s, gen_random_uuid()::text, "
    "'2026-03-16T02:00:00.000000Z', 'X', 'ws', '{}')"
)


def _dsn(url: str) -> str:
    u = make_url(url)
    return (
        f"host={u.host} port={u.port} dbname={u.database} user={u.username} password={u.password}"
    )


def _fails(dsn: str, sql: str, *params: object) -> str:
    with (
        psycopg.connect(dsn) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege) as refused,
    ):
        conn.execute(sql, params)
    return str(refused.value)


def _one(dsn: str, sql: str, *params: object) -> list[tuple[object, ...]]:
    with psycopg.connect(dsn) as conn:
        return list(conn.execute(sql, params).fetchall())


def _phones(pg_url: str, loan: str) -> list[tuple[str, str]]:
    b = borrower_of(pg_url, loan)
    rows = read(
        pg_url,
        "SELECT id, number FROM phone WHERE borrower_id = :b AND contact_id IS NULL "
        "ORDER BY position, id",
        b=b,
    )
    return [(str(i), str(n)) for i, n in rows]


def _in_server_log(pg_url: str, line: str, *, absent: str = "") -> None:
    """The throwaway cluster's log (tests/pg_fixture.py: beside its data folder)."""
    ((data,),) = read(pg_url, "SHOW data_directory")
    log = Path(str(data)).parent / "server.log"
    if not log.is_file():
        pytest.skip("the server's log is not on this machine")
    deadline = time.monotonic() + 10
    while line not in log.read_text(errors="replace"):
        assert time.monotonic() < deadline, line
        time.sleep(0.05)  # the server writes it as it goes: poll, not a fixed wait
    (found,) = [x for x in log.read_text(errors="replace").splitlines() if line in x][-1:]
    assert not absent or absent[-8:] not in found  # ids only, never the value


def _reveals(pg_url: str, subject: str) -> list[dict[str, object]]:
    rows = read(
        pg_url,
        "SELECT detail FROM audit_event WHERE kind = 'reveal' AND subject = :s ORDER BY created_at",
        s=subject,
    )
    return [json.loads(str(r[0])) for r in rows]


def test_a_collectors_login_reads_full_numbers_only_through_the_audited_reveal(team) -> None:  # noqa: F811
    pg_url, owners, urls = team
    mine = next(loan for loan, who in owners.items() if who == "RLS1")
    theirs = next(loan for loan, who in owners.items() if who == "RLS2")
    dsn = _dsn(urls["rls1"])
    own_borrower = borrower_of(pg_url, mine)
    for sql in (
        "SELECT number FROM phone",
        "SELECT * FROM phone",
        "SELECT id FROM phone WHERE number LIKE '86%%'",
        "SELECT id_number FROM borrower",
        "SELECT * FROM borrower",
    ):
        assert "permission denied" in _fails(dsn, sql), sql
    # psql, as a collector at a terminal would
    bindir = pg_bindir()
    assert bindir is not None
    done = subprocess.run(
        [str(bindir / "psql"), dsn, "-c", "SELECT number FROM phone LIMIT 1"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode != 0 and "permission denied for table phone" in done.stderr
    assert not re.search(r"\d{11}", done.stdout)

    # masked, as the window shows them, for its own cases only
    (phone_id, number), *_ = _phones(pg_url, mine)
    shown = _one(dsn, "SELECT id, number FROM phone_masked WHERE borrower_id = %s", own_borrower)
    assert shown and all(MASKED_MOBILE.match(str(n)) for _, n in shown)
    assert dict(shown)[phone_id] == mask_phone(number)
    ((id_shown,),) = _one(dsn, "SELECT id_number FROM borrower_masked WHERE id = %s", own_borrower)
    real_id = read(pg_url, "SELECT id_number FROM borrower WHERE id = :b", b=own_borrower)[0][0]
    assert id_shown == mask_id_number(str(real_id)) != real_id
    assert (
        _one(dsn, "SELECT 1 FROM phone_masked WHERE borrower_id = %s", borrower_of(pg_url, theirs))
        == []
    )
    assert "permission denied" in _fails(dsn, "UPDATE phone_masked SET label = 'x'")

    # the reveal: the value, and the server's own audit event under the login
    assert _reveals(pg_url, phone_id) == []
    assert _one(dsn, REVEAL, "phone", phone_id) == [(number,)]
    ((event,),) = [_reveals(pg_url, phone_id)]
    assert event["login"] == "rls1" and event["what"] == "phone"
    assert event["borrower_id"] == own_borrower
    assert _one(dsn, REVEAL, "id_number", own_borrower) == [(real_id,)]
    # another collector's case: nothing, and nothing logged
    their_phone, their_number = _phones(pg_url, theirs)[0]
    assert _one(dsn, REVEAL, "phone", their_phone) == [(None,)]
    assert _reveals(pg_url, their_phone) == []
    # a client that rolls its transaction back keeps no event, but the server's log
    # has the reveal (and every search by a full number) all the same
    with psycopg.connect(dsn) as conn:
        ((event_id,),) = conn.execute("SELECT gen_random_uuid()::text").fetchall()
        conn.execute(
            "SELECT desk_reveal('phone', %s, %s, '2026-03-16T02:00:00.000000Z', 'X', 'ws', '')",
            (phone_id, event_id),
        )
        conn.rollback()
    assert len(_reveals(pg_url, phone_id)) == 1
    _in_server_log(
        pg_url,
        f"login rls1 revealed the phone of {phone_id} (audit event {event_id})",
        absent=number,
    )
    # the search by a full number answers for its own cases only
    ask = "SELECT desk_borrowers_with_number(%s)"
    assert _one(dsn, ask, number) == [(own_borrower,)]
    assert _one(dsn, ask, their_number) == []
    _in_server_log(pg_url, "login rls1 searched by a full phone number")

    # a supervisor reads every column directly (intake, bundles, backups need them)
    lead = _dsn(urls["rlslead"])
    assert (their_number,) in _one(lead, "SELECT number FROM phone")
    assert _one(lead, REVEAL, "phone", their_phone) == [(their_number,)]
    assert _reveals(pg_url, their_phone)[0]["login"] == "rlslead"


def test_the_app_on_a_collectors_login_shows_masked_and_reveals_through_the_server(
    team,  # noqa: F811
    tmp_path: Path,
) -> None:
    pg_url, owners, urls = team
    mine = next(loan for loan, who in owners.items() if who == "RLS1")
    theirs = next(loan for loan, who in owners.items() if who == "RLS2")
    (phone_id, number), *_ = _phones(pg_url, mine)
    local = number[2:] if number.startswith("86") else number
    desk = Desk.open(tmp_path / "rls1", url=urls["rls1"], today=lambda: TODAY, now=SharedClock())
    try:
        desk.set_settings(collector_id="RLS1", collector_name="RLS1")
        detail = case_detail.open_case(desk, mine).detail
        assert {p.id: p.masked for p in detail.phones}[phone_id] == mask_phone(number)
        assert detail.id_masked.count("*") == 10

        shown = audit.reveal(desk, audit.RevealWhat.PHONE, phone_id, loan_id=mine)
        assert shown.value == local
        (event,) = _reveals(pg_url, phone_id)
        assert event["login"] == "rls1" and event["loan_id"] == mine
        their_phone, their_number = _phones(pg_url, theirs)[0]
        with pytest.raises(audit.NotFound):
            audit.reveal(desk, audit.RevealWhat.PHONE, their_phone, loan_id=theirs)

        found = {r.loan_id for r in cases.page(desk, cases.CaseQuery(search=local))}
        assert found == {mine}
        assert cases.page(desk, cases.CaseQuery(search=their_number[2:])) == []

        # the check reads no full number; the dial gets it from the audited reveal
        check = contact_rules.check_contact(desk, mine, phone_id)
        assert check.number == "" and check.allowed
        ticket = dialing.start_call(desk, mine, phone_id)
        assert ticket.uri == f"tel:{local}"
        assert [e.get("reason") for e in _reveals(pg_url, phone_id)] == ["", "dial"]
        dialing.end_call(desk, ticket, "no_answer")
    finally:
        desk.close()


def test_a_collectors_login_cannot_run_intake_and_says_so_in_one_line(
    team,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Intake matches repeat borrowers by their full ID number, which a collector's
    login may not read: refused, in one line without a traceback or personal data."""
    from collector_desk.cli import main

    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    _pg_url, _owners, urls = team
    data = Path(__file__).parent / "data" / "intake" / "cases_en.csv"
    code = main(["--data-dir", str(tmp_path / "rls1"), "--database-url", urls["rls1"],
                 "intake", str(data)])  # fmt: skip
    out, err = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in err and "supervisor's login" in err
    assert len(err.strip().splitlines()) == 1
    assert "Team-2026-secret" not in err + out and not re.search(r"\d{11}", err + out)


def test_the_window_on_a_collectors_login_shows_masked_and_reveals_on_the_server(
    qtbot,  # type: ignore[no-untyped-def]
    team,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window as a collector: the case opens (pane, reach bar check, checklist)
    with no error shown, the numbers masked; "Show number" shows the full number,
    which the server logged under the login."""
    from PySide6.QtWidgets import QMessageBox
    from test_worklist_ui import feature, opened, when_open
    from ui_desk_support import close_window, open_case, settle

    from collector_desk.app import build_window

    pg_url, owners, urls = team
    mine = next(loan for loan, who in owners.items() if who == "RLS1")
    (phone_id, number), *_ = _phones(pg_url, mine)
    first = Desk.open(tmp_path / "rls1", url=urls["rls1"])
    first.set_settings(first_run_done=True, collector_id="RLS1", collector_name="RLS1")
    first.close()
    window = build_window(tmp_path / "rls1", today=TODAY, lang="en", database_url=urls["rls1"])
    # 10:30 in Shanghai on TODAY: within contact hours whenever the suite runs (the
    # real clock at 22:00-08:00 there made the case "not now" and this wait time out)
    assert window.desk is not None
    window.desk.now = lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 2, 30, tzinfo=UTC)
    failures: list[str] = []  # what a worker's failure would show (a dialog)
    monkeypatch.setattr(
        "collector_desk.ui.shell.errors.show_failure",
        lambda _parent, title, exc: failures.append(f"{title}: {exc}"),
    )
    try:
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        open_case(qtbot, window, mine)
        reach = feature(window).reach
        qtbot.waitUntil(lambda: "May be called now" in reach.status.text())
        assert mask_phone(number) in reach.number.itemText(0)
        assert reach.chosen().get("phone") == phone_id
        when_open(QMessageBox, lambda box: (opened.append(box.text()), box.accept()))
        reach.reveal()
        qtbot.waitUntil(lambda: bool(opened) and number[2:] in opened[-1])
        settle(qtbot)
        assert failures == []
        (event,) = _reveals(pg_url, phone_id)
        assert event["login"] == "rls1"
    finally:
        close_window(window)
