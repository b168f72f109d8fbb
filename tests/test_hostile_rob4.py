"""The last shortfalls of issue 15's second audit (docs/reliability.md): duplicate
columns, a NUL in a debit cell, unreadable bundles, an unknown collector in a report,
full-width contract numbers and a junk journal. Real CLI, real files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_exchange_support import file_state
from test_hostile_more import DEBIT_HEADER, ID, NAME, PHONE, no_personal_data, one_clean_line, run

from collector_desk.errors import EXIT_FAILED, EXIT_USAGE
from collector_desk.store.db import DB_FILENAME

# --- two columns of the same title -----------------------------------------------------


def test_a_debit_file_with_two_amount_columns_that_differ_is_refused(seeded, capsys):
    data, contract = seeded
    path = data.parent / "debit.csv"
    path.write_text(
        "合同编号,扣款日期,扣款金额,扣款结果,扣款金额\n"
        f"{contract},2026-03-20,10.00,成功,10.00\n"
        f"{contract},2026-03-21,20.00,成功,2000.00\n",
        encoding="utf-8",
    )
    before = file_state(data / DB_FILENAME)
    code, _, err = run(capsys, "--data-dir", data, "debit-results", path)
    line = one_clean_line(err)
    assert code == EXIT_USAGE and "columns C and E are both titled '扣款金额'" in line, line
    assert file_state(data / DB_FILENAME) == before


def test_a_debit_file_with_a_column_repeated_with_the_same_values_reads(seeded, capsys):
    data, contract = seeded
    path = data.parent / "debit.csv"
    path.write_text(
        f"合同编号,扣款日期,扣款金额,扣款结果,扣款金额\n{contract},2026-03-20,10.00,成功,10.00\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--data-dir", data, "debit-results", path, "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["imported"] == 1
    assert [(w["column"], w["code"]) for w in doc["warnings"]] == [("扣款金额", "repeated_column")]
    assert "column C was read" in doc["warnings"][0]["message"]


def _intake(tmp_path, text: str):
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_intake_file_with_two_columns_of_the_same_title_that_differ_is_refused(tmp_path, capsys):
    path = _intake(
        tmp_path,
        "合同编号,客户姓名,身份证号,手机号,放款日期,借款金额,期数,月还款额,借款金额\n"
        f"HT-R-1,{NAME},{ID},{PHONE},2026-01-10,12000,12,1100,12000\n"
        f"HT-R-2,{NAME},{ID},{PHONE},2026-01-10,12000,12,1100,1200\n",
    )
    code, out, err = run(capsys, "--data-dir", tmp_path / "data", "intake", path)
    line = one_clean_line(err)
    assert code == EXIT_USAGE and "columns F and I are both titled '借款金额'" in line, line
    assert not (tmp_path / "data" / DB_FILENAME).exists() or "HT-R" not in out
    no_personal_data(out, err)


def test_an_intake_column_repeated_with_the_same_values_is_read_once_with_a_warning(
    tmp_path, capsys
):
    path = _intake(
        tmp_path,
        "合同编号,客户姓名,身份证号,手机号,放款日期,借款金额,期数,月还款额,合同编号\n"
        f"HT-R-1,{NAME},{ID},{PHONE},2026-01-10,12000,12,1100,HT-R-1\n",
    )
    code, out, err = run(capsys, "--data-dir", tmp_path / "data", "intake", "--json", path)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["accepted"] == 1
    assert [w["code"] for w in doc["warnings"]] == ["repeated_column"]
    assert "column A was read" in doc["warnings"][0]["reason"]


# --- a NUL in a debit cell ---------------------------------------------------------------


def test_a_nul_inside_a_debit_amount_refuses_the_line_with_its_column(seeded, capsys):
    data, contract = seeded
    path = data.parent / "debit.csv"
    path.write_text(DEBIT_HEADER + f"{contract},2026-03-20,10\x0000,成功,\n", encoding="utf-8")
    before = file_state(data / DB_FILENAME)
    code, out, err = run(capsys, "--data-dir", data, "debit-results", path, "--json")
    assert code == EXIT_FAILED, err
    doc = json.loads(out)
    assert doc["imported"] == 0
    assert [(e["row"], e["column"], e["code"]) for e in doc["errors"]] == [
        (2, "扣款金额", "control_character")
    ]
    assert file_state(data / DB_FILENAME) == before


# --- a bundle file that cannot be read at all ------------------------------------------


def _keyed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "data"
    key = tmp_path / "team.key"
    assert run(capsys, "--data-dir", data, "team-key", "new", key, "--use")[0] == 0
    return data


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: d / "missing.cdb", "No such file"),
        (lambda d: (d / "folder.cdb").mkdir() or d / "folder.cdb", "Is a directory"),
    ],
)
def test_bundle_import_of_a_file_that_cannot_be_read_is_a_usage_error(
    tmp_path, capsys, make, words
):
    data = _keyed(tmp_path, capsys)
    before = file_state(data / DB_FILENAME)
    code, _, err = run(capsys, "--data-dir", data, "bundle", "import", make(tmp_path))
    line = one_clean_line(err)
    assert code == EXIT_USAGE and "refused, cannot read" in line and words in line, line
    assert file_state(data / DB_FILENAME) == before


def test_bundle_import_of_a_file_read_and_refused_stays_exit_1(tmp_path, capsys):
    data = _keyed(tmp_path, capsys)
    junk = tmp_path / "junk.cdb"
    junk.write_bytes(b"not a bundle at all" * 10)
    code, _, err = run(capsys, "--data-dir", data, "bundle", "import", junk)
    assert code == EXIT_FAILED and "not a Collector Desk bundle" in one_clean_line(err)


# --- a report for a staff code nobody has ----------------------------------------------


def test_a_report_for_a_staff_code_nobody_has_is_one_line_and_writes_nothing(seeded, capsys):
    data, _ = seeded
    out = data.parent / "r.xlsx"
    code, _, err = run(capsys, "--data-dir", data, "report", out, "--collector", "NOBODY")
    line = one_clean_line(err)
    assert code == EXIT_USAGE and "no one has the staff code 'NOBODY'" in line, line
    assert not out.exists()
    code, _, err = run(capsys, "--data-dir", data, "report", out, "--collector", PHONE)
    assert code == EXIT_USAGE
    no_personal_data(err)


def test_a_report_for_a_roster_member_with_no_work_that_day_is_written(seeded, capsys):
    data, _ = seeded
    assert run(capsys, "--data-dir", data, "collectors", "--add", "C77", "Lin")[0] == 0
    out = data.parent / "r.xlsx"
    code, stdout, err = run(capsys, "--data-dir", data, "report", out, "--collector", "C77")
    assert code == 0, err
    assert out.exists() and "0 cases" in stdout


# --- a bundle's text: NFC, no controls -------------------------------------------------


def _bundle_with(tmp_path: Path, table: str, column: str, value: object):
    """Two workstations, the target's state, and a signed bundle of the source's with
    `value` in the first `table` row's `column`."""
    from test_exchange_support import open_workstation, seed_portfolio

    from collector_desk.exchange.bundle_out import EVERYTHING, export_bundle
    from collector_desk.exchange.bundle_read import Bundle, read_bundle
    from collector_desk.exchange.synctables import by_name
    from collector_desk.exchange.teamkey import TeamKey

    key = TeamKey(bytes(range(32)))
    source = open_workstation(tmp_path / "s", "S")
    target = open_workstation(tmp_path / "t", "T")
    seed_portfolio(source, 2)
    bundle = read_bundle(export_bundle(source, tmp_path / "b.cdb", key, kind=EVERYTHING).path, key)
    i = by_name()[table].columns.index(column)
    sections = dict(bundle.sections)
    row = list(sections[table][0])
    row[i] = value
    sections[table] = [row, *sections[table][1:]]
    return source, target, Bundle(bundle.manifest, sections), row[0]


@pytest.mark.parametrize(
    "value", ["Jose\u0301 \u8d75", "\u1100\u1161 name", "A\u030a\u0327 mark order"]
)
def test_a_bundle_s_decomposed_text_is_stored_in_nfc_as_intake_stores_it(tmp_path, value):
    import sqlite3
    import unicodedata

    from collector_desk.exchange.bundle_in import apply_bundle
    from collector_desk.exchange.synctables import canonical_dump

    assert not unicodedata.is_normalized("NFC", value)
    source, target, bundle, borrower_id = _bundle_with(tmp_path, "borrower", "name", value)
    try:
        apply_bundle(target, bundle, tmp_path / "b.cdb")
        db = sqlite3.connect(target.data_dir / DB_FILENAME)
        try:
            (stored,) = db.execute(
                "SELECT name FROM borrower WHERE id = ?", (borrower_id,)
            ).fetchone()
        finally:
            db.close()
        assert stored == unicodedata.normalize("NFC", value)
        # the sender holding the NFD form and the receiver the NFC form agree
        db = sqlite3.connect(source.data_dir / DB_FILENAME)
        db.execute("UPDATE borrower SET name = ? WHERE id = ?", (value, borrower_id))
        db.commit()
        db.close()
        with source.read() as s, target.read() as t:
            sent, got = (
                [line for line in canonical_dump(d) if borrower_id in line] for d in (s, t)
            )
        assert sent == got and len(sent) >= 1
    finally:
        source.close()
        target.close()


@pytest.mark.parametrize("value", ["a\x00b", "bell\x07", "esc\x1b[31m", "del\x7f"])
def test_a_bundle_s_text_with_a_control_character_is_refused_whole(tmp_path, value):
    from collector_desk.exchange.bundle_in import apply_bundle
    from collector_desk.exchange.envelope import BundleRefused

    source, target, bundle, _ = _bundle_with(tmp_path, "borrower", "name", value)
    try:
        before = file_state(target.data_dir / DB_FILENAME)
        with pytest.raises(BundleRefused, match="a control character in the text"):
            apply_bundle(target, bundle, tmp_path / "b.cdb")
        assert file_state(target.data_dir / DB_FILENAME) == before
    finally:
        source.close()
        target.close()


# --- full-width contract numbers ---------------------------------------------------------

INTAKE_HEADER = "合同编号,客户姓名,身份证号,手机号,放款日期,借款金额,期数,月还款额\n"


def _wide(text: str) -> str:
    """The full-width form an input method's full-width mode types: ＨＴ－１."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_a_payment_typed_full_width_finds_a_contract_stored_half_width(seeded, capsys):
    data, contract = seeded
    code, _, err = run(capsys, "--data-dir", data, "payment", _wide(contract), "10",
                         "--on", "2026-03-10")  # fmt: skip
    assert code == 0, err
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        assert db.execute(
            "SELECT count(*) FROM loan WHERE contract_no = ?", (contract,)
        ).fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM payment").fetchone() == (1,)
    finally:
        db.close()


def _stored_wide(tmp_path: Path, capsys, numbers: list[str]) -> Path:
    """Cases whose contract numbers intake stored as typed, full-width."""
    data = tmp_path / "data"
    rows = "".join(f"{n},{NAME},{ID},{PHONE},2026-01-10,12000,12,1100\n" for n in numbers)
    path = tmp_path / "wide.csv"
    path.write_text(INTAKE_HEADER + rows, encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", data, "intake", "--json", "--as-of",
                         "2026-03-16", path)  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["accepted"] == len(numbers), out
    return data


def _stored(data: Path) -> list[str]:
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        return sorted(r[0] for r in db.execute("SELECT contract_no FROM loan"))
    finally:
        db.close()


# 48 contract numbers in the shapes head offices use, every printable ASCII sign among them
_NUMBERS = [
    f"{p}{n:04d}{s}"
    for n, (p, s) in enumerate(
        [("HT-", ""), ("JK2026", "-A"), ("CD/", "/01"), ("X_", "#1"), ("LN.", "(B)"),
         ("Q+", "&Z"), ("A@", "!"), ("M~", "*"), ("R", "$%"), ("K:", ";"), ("W=", "?"),
         ("P[", "]"), ("T{", "}"), ("V^", "`"), ("Z|", "'"), ("B<", ">")] * 3
    )
]  # fmt: skip


def test_payments_typed_half_width_find_contracts_stored_full_width(tmp_path, capsys):
    wide = [_wide(n) for n in _NUMBERS]
    data = _stored_wide(tmp_path, capsys, wide)
    stored = _stored(data)
    assert stored == sorted(wide)  # stored as typed; the lookup does not change keys
    for number in _NUMBERS:
        for typed in (number, number.lower(), f" {number}\ufeff"):
            code, _, err = run(capsys, "--data-dir", data, "payment", typed, "1",
                               "--on", "2026-03-10")  # fmt: skip
            assert code == 0, (typed, err)
    assert _stored(data) == stored
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        per_loan = db.execute("SELECT count(*) FROM payment GROUP BY loan_id").fetchall()
    finally:
        db.close()
    assert per_loan == [(3,)] * len(_NUMBERS)


def test_a_debit_line_half_width_finds_a_contract_stored_full_width(tmp_path, capsys):
    data = _stored_wide(tmp_path, capsys, [_wide("HT-9"), _wide("HT-10")])
    path = tmp_path / "debit.csv"
    path.write_text(
        DEBIT_HEADER
        + "HT-9,2026-03-12,10.00,成功,\n"
        + f"{_wide('ht-10')},2026-03-12,5.00,失败,余额不足\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--data-dir", data, "debit-results", path, "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert (doc["imported"], doc["successes"], doc["errors"]) == (2, 1, [])
    # the same lines again, in the other width: already imported, nothing added
    path.write_text(
        DEBIT_HEADER
        + f"{_wide('HT-9')},2026-03-12,10.00,成功,\n"
        + "HT-10,2026-03-12,5.00,失败,\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--data-dir", data, "debit-results", path, "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 0 and json.loads(out)["already_imported"] == 2


def test_a_folded_number_two_stored_contracts_share_finds_the_exact_one_or_none(tmp_path, capsys):
    data = _stored_wide(tmp_path, capsys, ["HT-5", _wide("HT-5"), _wide("HT-6"), "ＨＴ-6"])
    code, _, err = run(capsys, "--data-dir", data, "payment", "HT-5", "1", "--on", "2026-03-10")
    assert code == 0, err  # the exact key wins
    code, _, err = run(capsys, "--data-dir", data, "payment", "HT-6", "1", "--on", "2026-03-10")
    assert code == EXIT_FAILED and "no case with contract number" in one_clean_line(err)


# --- a junk -journal beside a sound database ---------------------------------------------


def _no_wal(data: Path) -> None:
    """As the folder is when no program has the database open: no -wal, no -shm."""
    db = sqlite3.connect(data / DB_FILENAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for extra in ("-wal", "-shm"):
        (data / (DB_FILENAME + extra)).unlink(missing_ok=True)


@pytest.mark.parametrize(
    "junk",
    [
        bytes(range(1, 256)) * 20,  # no journal header
        b"SQLite format 3\x00" + bytes(4000),  # a database file's copy under that name
        b"\x01",  # one byte
    ],
)
def test_a_junk_journal_beside_a_sound_database_is_named_with_what_to_do(seeded, junk):
    data, contract = seeded
    before = file_state(data / DB_FILENAME)  # (a read-write open takes a junk journal away)
    _no_wal(data)
    journal = data / (DB_FILENAME + "-journal")
    journal.write_bytes(junk)
    env = dict(os.environ, HOME=str(data.parent), XDG_STATE_HOME=str(data.parent / "state"))
    for argv in (["cases"], ["payment", contract, "10"]):
        proc = subprocess.run(
            [sys.executable, "-m", "collector_desk", "--data-dir", str(data), *argv],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert proc.returncode == EXIT_FAILED, (argv, proc.stdout, proc.stderr)
        line = one_clean_line(proc.stderr)
        assert "is not a journal SQLite wrote" in line and "itself is sound" in line, line
        assert "Move that file out of the data folder" in line and "restore" not in line
    proc = subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(data), "check"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == EXIT_FAILED and "is not a journal SQLite wrote" in proc.stdout
    assert journal.read_bytes() == junk  # nothing moved or deleted: the user decides
    journal.rename(data.parent / "moved-journal")  # as the line says
    assert file_state(data / DB_FILENAME) == before
    proc = subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(data), "cases"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0 and contract in proc.stdout, proc.stderr


def test_a_zeroed_journal_is_ignored_as_sqlite_ignores_it(seeded, capsys):
    data, _ = seeded
    _no_wal(data)
    (data / (DB_FILENAME + "-journal")).write_bytes(bytes(4096))
    code, _, err = run(capsys, "--data-dir", data, "cases")
    assert code == 0, err


def test_a_junk_journal_beside_a_damaged_database_gets_the_damage_line(seeded, capsys):
    data, _ = seeded
    _no_wal(data)
    with open(data / DB_FILENAME, "r+b") as f:
        f.seek(4096 * 3)
        f.write(os.urandom(4096 * 2))
    (data / (DB_FILENAME + "-journal")).write_bytes(b"junk" * 100)
    code, _, err = run(capsys, "--data-dir", data, "cases")
    line = one_clean_line(err)
    assert code == EXIT_FAILED and "is not a journal SQLite wrote" not in line, line
