"""Sync bundles between workstations: round trips, idempotence, assignment bundles,
concurrent register writes, facts waiting for their case, and every refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text as sql
from test_exchange_support import (
    SharedClock,
    add_phone,
    dump,
    edit_loan,
    fact_ids,
    file_state,
    loan_ids,
    open_workstation,
    phone_ids,
    put_register,
    record_call,
    seed_portfolio,
)

from collector_desk.exchange import envelope
from collector_desk.exchange.bundle_in import import_bundle, read_bundle
from collector_desk.exchange.bundle_out import ASSIGNMENT, EVERYTHING, export_bundle
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.teamkey import KeyStore, TeamKey, TeamKeyError, write_key_file
from collector_desk.services.context import Desk
from collector_desk.store.db import DB_FILENAME

KEY = TeamKey(bytes(range(32)))


@pytest.fixture
def team(tmp_path: Path) -> dict[str, Desk]:
    clock = SharedClock()
    desks = {name: open_workstation(tmp_path / name, name, now=clock) for name in ("S", "A", "B")}
    yield desks
    for d in desks.values():
        d.close()


def db_file(desk: Desk) -> Path:
    return desk.data_dir / DB_FILENAME


# A workstation's file sends only what it wrote; a team's server relays what bundles
# brought too (docs/team-mode.md, "bundles to and from the server").
@pytest.mark.sqlite_only
def test_round_trip_then_back_gives_identical_databases(team, tmp_path):
    s, a = team["S"], team["A"]
    loans = seed_portfolio(s, 5)
    record_call(s, loans[0], "首次联系")
    out = export_bundle(s, tmp_path / "s1.cdb", KEY)
    assert out.counts["loan"] == 5 and out.counts["call"] == 1

    got = import_bundle(a, out.path, KEY)
    assert got.added["loan"] == 5 and got.added["instalment"] == 60
    assert got.added["call"] == 1 and got.parked == 0
    assert set(got.loans) == set(loans)

    back = export_bundle(a, tmp_path / "a1.cdb", KEY)
    # A sends only what it wrote itself: its import and export records.
    assert back.counts == {"audit_event": 2}
    import_bundle(s, back.path, KEY)
    assert dump(s) == dump(a)


def test_importing_twice_changes_nothing(team, tmp_path):
    s, a = team["S"], team["A"]
    loans = seed_portfolio(s, 4)
    record_call(s, loans[1])
    put_register(s, "loan", loans[1], "assigned_to", "A")
    path = export_bundle(s, tmp_path / "s.cdb", KEY).path
    import_bundle(a, path, KEY)
    before = dump(a)
    with a.read() as x:
        cache_before = list(x.connection().exec_driver_sql("SELECT * FROM case_state"))
    again = import_bundle(a, path, KEY)
    assert again.nothing_new and again.known > 0
    assert dump(a) == before
    with a.read() as x:
        assert list(x.connection().exec_driver_sql("SELECT * FROM case_state")) == cache_before


def test_export_carries_only_what_was_not_exported_before(team, tmp_path):
    s = team["S"]
    loans = seed_portfolio(s, 3)
    first = export_bundle(s, tmp_path / "1.cdb", KEY)
    assert first.counts["loan"] == 3
    second = export_bundle(s, tmp_path / "2.cdb", KEY)
    assert second.counts == {"audit_event": 1} and second.empty
    record_call(s, loans[2])
    edit_loan(s, loans[0], "新产品")
    third = export_bundle(s, tmp_path / "3.cdb", KEY)
    assert third.counts["call"] == 1
    assert third.counts["loan"] == 1  # the edited loan, with its schedule and borrower
    assert third.counts["instalment"] == 12 and third.counts["borrower"] == 1
    everything = export_bundle(s, tmp_path / "all.cdb", KEY, kind=EVERYTHING)
    assert everything.counts["loan"] == 3 and everything.counts["call"] == 1


def test_master_row_last_writer_wins_and_schedule_follows(team, tmp_path):
    s, a = team["S"], team["A"]
    loans = seed_portfolio(s, 2)
    import_bundle(a, export_bundle(s, tmp_path / "1.cdb", KEY).path, KEY)
    edit_loan(s, loans[0], "新产品")
    got = import_bundle(a, export_bundle(s, tmp_path / "2.cdb", KEY).path, KEY)
    assert got.updated == {"loan": 1}
    with a.read() as x:
        product = (
            x.connection()
            .execute(sql("SELECT product FROM loan WHERE id = :id"), {"id": loans[0]})
            .scalar_one()
        )
    assert product == "新产品"


def test_assignment_bundle_holds_only_that_collectors_cases(team, tmp_path):
    s, a = team["S"], team["A"]
    loans = seed_portfolio(s, 6)
    for loan in loans[:2]:
        put_register(s, "loan", loan, "assigned_to", "A")
    put_register(s, "loan", loans[2], "assigned_to", "B")
    record_call(s, loans[0])
    record_call(s, loans[3])
    out = export_bundle(s, tmp_path / "for-a.cdb", KEY, kind=ASSIGNMENT, for_collector="A")
    assert out.counts["loan"] == 2 and out.counts["call"] == 1
    assert out.counts["register"] == 3  # A's two, and B's so A knows it is not theirs
    import_bundle(a, out.path, KEY)
    assert loan_ids(a) == sorted(loans[:2])
    with a.read() as x:
        mine = dict(
            x.connection().exec_driver_sql("SELECT loan_id, assigned_to FROM case_state").all()
        )
    assert mine == {loans[0]: "A", loans[1]: "A"}


def test_concurrent_register_writes_converge_and_keep_the_loser(team, tmp_path):
    s, a, b = team["S"], team["A"], team["B"]
    loans = seed_portfolio(s, 1)
    base = export_bundle(s, tmp_path / "base.cdb", KEY).path
    import_bundle(a, base, KEY)
    import_bundle(b, base, KEY)
    phone = phone_ids(a)[0]
    wa = put_register(a, "phone", phone, "status", "invalid")
    wb = put_register(b, "phone", phone, "status", "ok")
    winner, loser = (wa, wb) if (wa.hlc, wa.origin) > (wb.hlc, wb.origin) else (wb, wa)
    fa = export_bundle(a, tmp_path / "a.cdb", KEY).path
    fb = export_bundle(b, tmp_path / "b.cdb", KEY).path
    import_bundle(a, fb, KEY)
    import_bundle(b, fa, KEY)
    import_bundle(s, fb, KEY)
    import_bundle(s, fa, KEY)
    for desk in (s, a, b):
        with desk.read() as x:
            conn = x.connection()
            value = conn.execute(
                sql("SELECT value FROM register WHERE entity='phone' AND entity_id=:id"),
                {"id": phone},
            ).scalar_one()
            conflicts = conn.exec_driver_sql(
                "SELECT loser_value, loser_origin, winner_value FROM conflict"
            ).all()
        assert json.loads(value) == winner.value
        assert [(json.loads(c[0]), c[1], json.loads(c[2])) for c in conflicts] == [
            (loser.value, loser.origin, winner.value)
        ]
    assert loans


def test_an_update_made_after_seeing_the_value_is_not_a_conflict(team, tmp_path):
    """A supervisor's reassignment, or a collector changing a status they had received,
    replaces the value everywhere without filling the conflict list."""
    s, a = team["S"], team["A"]
    loans = seed_portfolio(s, 1)
    put_register(s, "loan", loans[0], "assigned_to", "A")
    import_bundle(a, export_bundle(s, tmp_path / "first.cdb", KEY).path, KEY)
    put_register(s, "loan", loans[0], "assigned_to", "B")  # reassigned later, at S
    phone = phone_ids(a)[0]
    put_register(a, "phone", phone, "status", "invalid")
    put_register(a, "phone", phone, "status", "ok")  # corrected at A
    import_bundle(a, export_bundle(s, tmp_path / "second.cdb", KEY).path, KEY)
    import_bundle(s, export_bundle(a, tmp_path / "back.cdb", KEY).path, KEY)
    for desk in (s, a):
        with desk.read() as x:
            conn = x.connection()
            assigned = conn.exec_driver_sql(
                "SELECT value FROM register WHERE entity='loan' AND field='assigned_to'"
            ).scalar_one()
            status = conn.execute(
                sql("SELECT value FROM register WHERE entity='phone' AND entity_id=:id"),
                {"id": phone},
            ).scalar_one()
            conflicts = conn.exec_driver_sql("SELECT count(*) FROM conflict").scalar_one()
        assert (json.loads(assigned), json.loads(status), conflicts) == ("B", "ok", 0)


# A workstation's file sends only what it wrote; a team's server relays what bundles
# brought too (docs/team-mode.md, "bundles to and from the server").
@pytest.mark.sqlite_only
def test_a_fact_waits_for_its_case_then_lands(team, tmp_path):
    s, a, b = team["S"], team["A"], team["B"]
    loans = seed_portfolio(s, 2)
    base = export_bundle(s, tmp_path / "base.cdb", KEY).path
    import_bundle(a, base, KEY)
    new_phone = add_phone(a, loans[0], "13900001111")
    record_call(a, loans[0])
    from_a = export_bundle(a, tmp_path / "a.cdb", KEY).path
    early = import_bundle(b, from_a, KEY)  # B has not got the cases yet
    assert early.parked == 1 and "call" not in early.added
    late = import_bundle(b, base, KEY)
    assert late.parked == 0 and late.added["call"] == 1
    assert new_phone in phone_ids(b)
    assert fact_ids(b) >= {f for f in fact_ids(a) if f[0] == "call"}


def test_encrypted_bundle_needs_its_passphrase(team, tmp_path):
    s, a = team["S"], team["A"]
    seed_portfolio(s, 2)
    out = export_bundle(s, tmp_path / "e.cdb", KEY, passphrase="春眠不觉晓")
    assert out.encrypted
    raw = out.path.read_bytes()
    assert "张伟".encode() not in raw and b"HT2025" not in raw
    assert envelope.read_manifest(raw)["encryption"]["cipher"] == "AES-256-GCM"
    assert import_bundle(a, out.path, KEY, "春眠不觉晓").added["loan"] == 2


@pytest.fixture
def sent(team, tmp_path) -> tuple[Desk, Path]:
    """A bundle from S, and A with some cases of its own so 'untouched' means something."""
    s, a = team["S"], team["A"]
    seed_portfolio(s, 3)
    seed_portfolio(a, 2, start=100)
    return a, export_bundle(s, tmp_path / "good.cdb", KEY, passphrase="secret").path


def _refused(desk: Desk, path: Path, code: str, *, key=KEY, passphrase="secret") -> str:
    before = file_state(db_file(desk))
    with pytest.raises(BundleRefused) as info:
        import_bundle(desk, path, key, passphrase)
    assert info.value.code == code, str(info.value)
    after = file_state(db_file(desk))
    assert after == before and after[0] == ["ok"]
    return str(info.value)


@pytest.mark.parametrize("where", [0.0, 0.3, 0.6, 0.999])
def test_refuses_a_flipped_byte(sent, tmp_path, where):
    a, good = sent
    data = bytearray(good.read_bytes())
    header_end = 13 + int.from_bytes(data[9:13], "big")
    pos = header_end + 8 + int((len(data) - header_end - 8 - 1) * where)
    data[pos] ^= 0x01
    bad = tmp_path / "flipped.cdb"
    bad.write_bytes(bytes(data))
    assert "changed or damaged" in _refused(a, bad, "damaged")


def test_refuses_a_flipped_byte_in_the_header(sent, tmp_path):
    a, good = sent
    data = bytearray(good.read_bytes())
    data[data.index(b'"kind"') + 2] ^= 0x20
    bad = tmp_path / "flipped.cdb"
    bad.write_bytes(bytes(data))
    _refused(a, bad, "damaged")


@pytest.mark.parametrize("keep", [4, 11, 40, 0.5, -1])
def test_refuses_a_truncated_file(sent, tmp_path, keep):
    a, good = sent
    data = good.read_bytes()
    n = int(len(data) * keep) if isinstance(keep, float) else keep % len(data)
    bad = tmp_path / "cut.cdb"
    bad.write_bytes(data[:n])
    assert "cut short" in _refused(a, bad, "truncated")


def test_refuses_another_teams_bundle(sent):
    a, good = sent
    message = _refused(a, good, "wrong_team_key", key=TeamKey.generate())
    assert KEY.key_id in message


def test_refuses_a_wrong_or_missing_passphrase(sent):
    a, good = sent
    _refused(a, good, "wrong_passphrase", passphrase="not it")
    _refused(a, good, "passphrase_needed", passphrase=None)


def test_refuses_a_bundle_from_a_newer_schema(sent, tmp_path):
    a, _ = sent
    newer = tmp_path / "newer.cdb"
    newer.write_bytes(
        envelope.seal({"schema": 99, "tables": {}}, envelope.pack([]), KEY.secret, None)
    )
    assert "newer version" in _refused(a, newer, "newer_schema")


@pytest.mark.parametrize(
    "content", [b"", b"PK\x03\x04 a spreadsheet", "合同编号,姓名\n".encode(), b"CDBUNDLX" * 9]
)
def test_refuses_what_is_not_a_bundle(sent, tmp_path, content):
    a, _ = sent
    other = tmp_path / "other.xlsx"
    other.write_bytes(content)
    _refused(a, other, "not_a_bundle")


def test_refusal_during_apply_rolls_everything_back(team, tmp_path):
    """The same contract under two lenders' ids (the workstations' lender names
    differ): refused whole, nothing written."""
    s, a = team["S"], team["A"]
    seed_portfolio(s, 3)
    a.set_settings(lender_name="另一家消费金融")
    seed_portfolio(a, 1)  # HT2025000000 again, another lender's id
    path = export_bundle(s, tmp_path / "s.cdb", KEY).path
    assert "lender name settings differ" in _refused(a, path, "clash", passphrase=None)


def test_bundle_sections_are_checked_against_the_manifest(sent):
    _a, good = sent
    bundle = read_bundle(good, KEY, "secret")
    assert bundle.manifest["tables"]["loan"]["count"] == 3
    assert {"bundle_id", "schema", "workstation_id", "collector_id", "key_id"} <= set(
        bundle.manifest
    )


def test_team_key_text_round_trip_and_files(tmp_path):
    key = TeamKey.generate()
    text = key.text()
    assert text.startswith("CDK1-") and TeamKey.parse(text) == key
    assert TeamKey.parse(text.lower().replace("-", " ")) == key
    with pytest.raises(TeamKeyError):
        TeamKey.parse(text[:-3])
    path = tmp_path / "team.key"
    write_key_file(path, key)
    assert TeamKey.from_file(path) == key
    assert path.stat().st_mode & 0o077 == 0
    with pytest.raises(TeamKeyError):
        write_key_file(path, TeamKey.generate())


def test_key_store_falls_back_to_a_private_file(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    store = KeyStore(tmp_path, "ws-1")
    assert store.load() is None
    key = TeamKey.generate()
    assert store.save(key) == str(tmp_path / "team-key.txt")
    assert KeyStore(tmp_path, "ws-1").load() == key


def test_the_sync_log_takes_its_time_from_the_desks_clock(tmp_path):
    from datetime import UTC, datetime

    from sqlalchemy import select

    from collector_desk.store.models import SyncLog

    then = datetime(2031, 7, 1, 9, 30, tzinfo=UTC)  # far from the machine's clock
    s = open_workstation(tmp_path / "S", "S", now=lambda: then)
    a = open_workstation(tmp_path / "A", "A", now=lambda: then)
    try:
        seed_portfolio(s, 2)
        out = export_bundle(s, tmp_path / "s.cdb", KEY)
        import_bundle(a, out.path, KEY)
        for desk in (s, a):
            with desk.read() as session:
                ats = list(session.scalars(select(SyncLog.at)))
            assert ats == [then]
    finally:
        s.close()
        a.close()
