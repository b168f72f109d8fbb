"""Hostile inputs, one test per kind (issue 15; docs/reliability.md lists them).

Each asserts the one-line message, the exit status, that the database is
unchanged (its rows, or its bytes where it must not even be opened for
writing), and that no personal data reaches the output. The corpus is
generated into tmp_path by tests/data/hostile/make_hostile.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from test_exchange_support import file_state

from collector_desk.cli import main
from collector_desk.errors import EXIT_FAILED, EXIT_USAGE
from collector_desk.exchange.intake import CHUNK_ROWS
from collector_desk.store import busy
from collector_desk.store.db import DB_FILENAME

sys.path.insert(0, str(Path(__file__).parent / "data" / "hostile"))
import make_hostile as hostile

POSIX = os.name == "posix"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_clean_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "sqlalchemy" not in err.lower()
    return lines[0]


def no_personal_data(*outputs: str) -> None:
    for text in outputs:
        for secret in (*hostile.PHONES, *hostile.IDS):
            assert secret not in text, f"{secret} leaked"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- bad databases ---------------------------------------------------------------------


def test_a_data_folder_that_is_a_file(tmp_path, capsys):
    folder = tmp_path / "data"
    folder.write_bytes(b"not a folder")
    code, _, err = run(capsys, "--data-dir", folder, "cases")
    assert code == EXIT_FAILED
    assert "is a file, not a folder" in one_clean_line(err)
    assert folder.read_bytes() == b"not a folder"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (hostile.junk_database, "is not a readable database file"),
        (hostile.foreign_database, "another program's database"),
    ],
)
def test_junk_and_foreign_databases_are_left_alone(tmp_path, capsys, make, words):
    path = make(tmp_path / "data", DB_FILENAME)
    before = digest(path)
    code, _, err = run(capsys, "--data-dir", tmp_path / "data", "cases")
    assert code == EXIT_FAILED and words in one_clean_line(err)
    assert digest(path) == before
    assert not (tmp_path / "data" / "backups").exists()
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == [DB_FILENAME]


def test_a_newer_schema_names_the_version_and_makes_no_backup(seeded, capsys):
    data, _ = seeded
    path = data / DB_FILENAME
    hostile.make_newer(path)
    before = digest(path)
    code, _, err = run(capsys, "--data-dir", data, "payment", "X", "10")
    line = one_clean_line(err)
    assert code == EXIT_FAILED
    assert "written by Collector Desk 9.0.0" in line and "Install 9.0.0 or newer" in line
    assert digest(path) == before
    assert not (data / "backups").exists()
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == 1 and "install 9.0.0 or newer" in out and "start the app once" not in out


def test_a_damaged_database_is_refused_and_restore_goes_back_to_a_backup(seeded, capsys):
    from collector_desk.store import backup

    data, contract = seeded
    path = data / DB_FILENAME
    backup.take(path, data / "backups", reason="daily")
    hostile.damage(path)
    before = digest(path)
    code, _, err = run(capsys, "--data-dir", data, "cases", "--search", hostile.PHONES[0])
    line = one_clean_line(err)
    assert code == EXIT_FAILED and "is damaged" in line and "collector-desk restore" in line
    assert digest(path) == before  # nothing written into it

    code, out, _ = run(capsys, "--data-dir", data, "restore")
    assert code == 0 and "daily" in out and " ok" in out
    code, out, _ = run(capsys, "--data-dir", data, "restore", "1")
    assert code == 0 and "kept as" in out
    kept = [
        p for p in data.iterdir() if "-replaced-" in p.name and p.name.endswith(tuple("0123456789"))
    ]
    assert len(kept) == 1 and digest(kept[0]) == before  # the damaged file is kept
    code, out, _ = run(capsys, "--data-dir", data, "cases")
    assert code == 0 and contract in out
    if POSIX:
        assert path.stat().st_mode & 0o777 == 0o600


def test_restore_refuses_a_number_it_did_not_list(seeded, capsys):
    data, _ = seeded
    code, _, err = run(capsys, "--data-dir", data, "restore", "7")
    assert code == EXIT_USAGE and "no backup number 7" in one_clean_line(err)


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_a_read_only_database_is_refused_before_writing(seeded):
    data, _ = seeded
    path = data / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for extra in ("-wal", "-shm"):
        (data / (DB_FILENAME + extra)).unlink(missing_ok=True)
    before = digest(path)
    cmd = [sys.executable, "-m", "collector_desk", "--data-dir", str(data), "payment", "X", "1"]
    kw: dict[str, object] = {}
    opened: list[tuple[Path, int]] = []
    if os.geteuid() == 0:  # root writes anything: run as nobody, who may read but not write
        for folder in [data, *data.parents]:
            if folder == Path("/"):
                break
            opened.append((folder, folder.stat().st_mode & 0o7777))
            os.chmod(folder, (folder.stat().st_mode | 0o055) & 0o7777)
        os.chmod(path, 0o644)
        kw["user"] = 65534
    else:
        os.chmod(path, 0o444)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kw)  # type: ignore[call-overload]
    finally:
        for folder, mode in opened:
            os.chmod(folder, mode)
    assert done.returncode == EXIT_FAILED, done.stderr
    assert "read-only" in one_clean_line(done.stderr)
    assert digest(path) == before
    assert not (data / (DB_FILENAME + "-wal")).exists()


def test_new_database_and_backups_are_user_only(tmp_path, capsys):
    from collector_desk.store import backup

    data = tmp_path / "data"
    assert run(capsys, "--data-dir", data, "demo", "--cases", "3")[0] == 0
    saved = backup.take(data / DB_FILENAME, data / "backups")
    if POSIX:
        assert (data / DB_FILENAME).stat().st_mode & 0o777 == 0o600
        assert saved.stat().st_mode & 0o777 == 0o600
        assert data.stat().st_mode & 0o777 == 0o700


# --- intake files ----------------------------------------------------------------------


def test_intake_problems_name_rows_and_mask_personal_data(tmp_path, capsys):
    data = tmp_path / "data"
    path = hostile.intake_csv(tmp_path)
    code, dry, err1 = run(capsys, "--data-dir", data, "intake", path, "--dry-run")
    assert code == 0
    code, js, err2 = run(capsys, "--data-dir", data, "intake", path, "--json", "--dry-run")
    assert code == 0
    code, out, err3 = run(capsys, "--data-dir", data, "intake", path)
    assert code == 0 and "Traceback" not in err3
    no_personal_data(dry, js, out, err1, err2, err3)
    problems = {(p["row"], p["code"]) for p in json.loads(js)["problems"]}
    assert {(3, "amount_range"), (4, "amount_format"), (5, "phone_invalid")} <= problems
    assert (7, "id_checksum") in problems and (8, "date_invalid") in problems
    assert "100****5678" in out  # masked, as the window shows it
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        contracts = {r[0] for r in db.execute("SELECT contract_no FROM loan")}
        names = {r[0] for r in db.execute("SELECT name FROM borrower")}
    finally:
        db.close()
    assert "HT-BOM-1" in contracts and "HT-OK-1" in contracts  # BOM and NUL removed, upper
    assert "HT-BIG-1" not in contracts and "HT-FLOAT-1" not in contracts
    assert "王芳" in names and all("\x00" not in n and "\ufeff" not in n for n in names)


def test_text_at_the_boundary_is_nfc_without_invisible_characters():
    from collector_desk.exchange import boundary
    from collector_desk.exchange import intake_values as cell

    assert cell.text("\ufeff王\x00芳\u200b ") == "王芳"
    assert cell.text("e\u0301") == "\u00e9"  # NFC
    assert cell.text("a\tb\nc") == "a b c"
    assert boundary.contract_no(" \ufeffht-2025\x00 ") == "HT-2025"
    with pytest.raises(cell.CellError, match="beyond"):
        cell.amount(2**63)
    with pytest.raises(cell.CellError):
        cell.amount(float("inf"))
    assert cell.amount(boundary.MAX_FEN // 100) == boundary.MAX_FEN // 100 * 100


def test_a_cell_over_the_csv_field_limit_is_one_line(tmp_path, capsys):
    code, _, err = run(
        capsys, "--data-dir", tmp_path / "data", "intake", hostile.huge_cell_csv(tmp_path)
    )
    assert (
        code == EXIT_USAGE
        and "line 2 has a cell of more than 131,072 characters" in one_clean_line(err)
    )


def test_an_unbounded_workbook_format_is_refused(tmp_path, capsys):
    code, _, err = run(
        capsys, "--data-dir", tmp_path / "data", "intake", hostile.ods_file(tmp_path)
    )
    assert code == EXIT_USAGE and "save the file as .xlsx or CSV" in one_clean_line(err)


def test_map_to_no_such_field_lists_the_fields(tmp_path, capsys):
    path = hostile.intake_csv(tmp_path)
    code, _, err = run(
        capsys, "--data-dir", tmp_path / "data", "intake", path, "--map", "X=no_such"
    )
    line = one_clean_line(err)
    assert code == EXIT_USAGE and "no field 'no_such'" in line and "contract_no" in line
    assert not (tmp_path / "data").exists()  # refused before the database was opened


def test_help_documents_the_exit_statuses(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "exit status:" in out and "1  failed or refused" in out and "2  usage" in out


# --- debit files -----------------------------------------------------------------------


def test_a_refused_debit_file_changes_nothing_not_even_the_audit_log(seeded, capsys):
    data, contract = seeded
    before = file_state(data / DB_FILENAME)
    code, out, err = run(capsys, "--data-dir", data, "debit-results",
                         hostile.debit_all_bad_csv(data.parent, contract), "--json")  # fmt: skip
    assert code == 1 and "Traceback" not in err
    codes = [e["code"] for e in json.loads(out)["errors"]]
    assert codes == ["amount_range", "date_invalid", "contract_unknown"]
    assert file_state(data / DB_FILENAME) == before


def test_a_debit_cell_over_the_field_limit_is_one_line(seeded, capsys):
    data, contract = seeded
    before = file_state(data / DB_FILENAME)
    path = hostile.debit_huge_cell_csv(data.parent, contract)
    code, _, err = run(capsys, "--data-dir", data, "debit-results", path)
    assert code == EXIT_USAGE and "more than 131,072 characters" in one_clean_line(err)
    assert file_state(data / DB_FILENAME) == before


def test_a_re_sent_debit_with_another_remark_counts_once(seeded, capsys):
    data, contract = seeded
    first = hostile.debit_csv(data.parent, contract, remark="", name="a.csv")
    again = hostile.debit_csv(data.parent, contract.lower(), remark="扣款成功", name="b.csv")
    assert (
        json.loads(run(capsys, "--data-dir", data, "debit-results", first, "--json")[1])["imported"]
        == 1
    )
    doc = json.loads(run(capsys, "--data-dir", data, "debit-results", again, "--json")[1])
    assert (doc["imported"], doc["already_imported"]) == (0, 1)
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        assert db.execute("SELECT count(*) FROM payment").fetchone() == (1,)
    finally:
        db.close()


# --- bundles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (lambda row, i: row[:-1], "values, not"),
        (lambda row, i: [*row[:i], "abc", *row[i + 1 :]], "whole number expected"),
        (lambda row, i: [*row[:i], None, *row[i + 1 :]], "empty, but required"),
        (lambda row, i: [*row[:i], 1e300, *row[i + 1 :]], "whole number expected, got float"),
    ],
)
def test_a_signed_bundle_with_malformed_rows_is_refused_whole(tmp_path, mutate, words):
    from test_exchange_support import open_workstation, seed_portfolio

    from collector_desk.exchange.bundle_in import apply_bundle
    from collector_desk.exchange.bundle_out import EVERYTHING, export_bundle
    from collector_desk.exchange.bundle_read import Bundle, read_bundle
    from collector_desk.exchange.envelope import BundleRefused
    from collector_desk.exchange.synctables import by_name
    from collector_desk.exchange.teamkey import TeamKey

    key = TeamKey(bytes(range(32)))
    source = open_workstation(tmp_path / "s", "S")
    target = open_workstation(tmp_path / "t", "T")
    try:
        seed_portfolio(source, 2)
        bundle = read_bundle(
            export_bundle(source, tmp_path / "b.cdb", key, kind=EVERYTHING).path, key
        )
        i = by_name()["loan"].index("principal_fen")
        sections = dict(bundle.sections)
        sections["loan"] = [mutate(list(sections["loan"][0]), i), *sections["loan"][1:]]
        before = file_state(target.data_dir / DB_FILENAME)
        with pytest.raises(BundleRefused, match=words) as refused:
            apply_bundle(target, Bundle(bundle.manifest, sections), tmp_path / "b.cdb")
        assert refused.value.code == "malformed" and "loan section's row 1" in str(refused.value)
        assert file_state(target.data_dir / DB_FILENAME) == before
    finally:
        source.close()
        target.close()


# --- output paths ----------------------------------------------------------------------


def test_output_paths_are_checked_before_any_work(seeded, capsys):
    data, _ = seeded
    folder = data.parent / "x.xlsx"
    folder.mkdir()
    code, _, err = run(capsys, "--data-dir", data, "report", folder)
    assert code == 1 and "is a folder" in one_clean_line(err)
    code, _, err = run(capsys, "--data-dir", data, "report", data.parent / "nope" / "r.xlsx")
    assert code == 1 and "does not exist; create it first" in one_clean_line(err)
    assert not (data.parent / "nope").exists()
    under = data.parent / "file.txt"
    under.write_text("x")
    code, _, err = run(capsys, "--data-dir", data, "report", under / "r.xlsx")
    assert code == 1 and "is a file, not a folder" in one_clean_line(err)
    target = data.parent / "r.xlsx"
    target.write_bytes(b"keep me")
    code, _, err = run(capsys, "--data-dir", data, "report", target)
    assert code == 1 and "--force" in one_clean_line(err) and target.read_bytes() == b"keep me"
    code, _, _ = run(capsys, "--data-dir", data, "report", target, "--force")
    assert code == 0 and target.read_bytes() != b"keep me"


# --- writers wait their turn -----------------------------------------------------------


def _count(data: Path, table: str) -> int:
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        return int(db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        db.close()


def _payments(data: Path) -> int:
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        return int(db.execute("SELECT count(*) FROM payment").fetchone()[0])
    finally:
        db.close()


def _held_lock(data: Path) -> sqlite3.Connection:
    """A writer holding SQLite's write lock, as a long intake does."""
    conn = sqlite3.connect(data / DB_FILENAME, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    return conn


def _start_payment(data: Path, contract: str) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "collector_desk", "--data-dir", str(data),
           "payment", contract, "10", "--on", "2026-03-16"]  # fmt: skip
    return subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


@pytest.mark.skipif(not POSIX, reason="flock and SIGKILL")
def test_a_payment_waits_for_the_intake_and_is_recorded(seeded):
    data, contract = seeded
    before = _payments(data)
    with busy.long_write(data, "intake", "big.csv") as note:
        note.update(40, 100)
        lock = _held_lock(data)
        proc = _start_payment(data, contract)
        assert proc.stderr is not None
        said = proc.stderr.readline()  # blocks until the payment says it is waiting
        lock.rollback()
        lock.close()
    out, err = proc.communicate(timeout=120)
    assert said.startswith("busy: intake of big.csv is running, 40% — waiting"), said + err
    assert proc.returncode == 0, err
    assert "payment recorded" in out and "locked" not in err
    assert _payments(data) == before + 1


@pytest.mark.skipif(not POSIX, reason="SIGKILL")
def test_a_payment_killed_while_it_waits_leaves_nothing(seeded):
    data, contract = seeded
    before = file_state(data / DB_FILENAME)
    lock = _held_lock(data)
    proc = _start_payment(data, contract)
    assert proc.stderr is not None
    assert proc.stderr.readline().startswith("busy: another program is writing")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    lock.rollback()
    lock.close()
    assert file_state(data / DB_FILENAME) == before
    db = sqlite3.connect(data / DB_FILENAME)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        db.close()


def test_a_second_intake_is_refused_while_one_runs(tmp_path, capsys):
    data = tmp_path / "data"
    assert run(capsys, "--data-dir", data, "demo", "--cases", "3")[0] == 0
    before = file_state(data / DB_FILENAME)
    path = hostile.intake_csv(tmp_path)
    with busy.long_write(data, "intake", "first.xlsx"):
        code, _, err = run(capsys, "--data-dir", data, "intake", path)
    line = one_clean_line(err)
    assert code == EXIT_FAILED and "busy: intake of first.xlsx is running" in line
    assert "only one intake at a time" in line
    assert file_state(data / DB_FILENAME) == before
    assert run(capsys, "--data-dir", data, "intake", path)[0] == 0  # the lock went with it


@pytest.mark.skipif(not POSIX, reason="SIGKILL")
def test_an_intake_killed_midway_leaves_whole_chunks_and_frees_the_lock(tmp_path, capsys):
    data = tmp_path / "data"
    assert run(capsys, "--data-dir", data, "demo", "--cases", "3")[0] == 0
    before = file_state(data / DB_FILENAME)
    rows = [
        f"HT-K-{n},张伟,{hostile.GOOD_ID},{hostile.PHONES[0]},2025-03-05,12000,12,1100"
        for n in range(20_000)
    ]
    path = tmp_path / "big.csv"
    path.write_text(hostile.HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(data), "intake", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    seen = threading.Event()

    def watch() -> None:  # the note appears once the intake holds its lock
        while proc.poll() is None and not seen.is_set():
            if (data / busy.NOTE).exists():
                seen.set()
            else:
                seen.wait(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    watcher.join(timeout=120)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert seen.is_set(), "the intake ended before it could be killed"
    after = file_state(data / DB_FILENAME)
    assert after[0] == ["ok"]
    if after != before:  # killed after a chunk: whole chunks only (test_exchange_intake_chunks)
        assert _count(data, "loan") % CHUNK_ROWS == 0
    assert busy.running(data) is None  # a dead writer's note is ignored
    small = hostile.intake_csv(tmp_path)
    assert run(capsys, "--data-dir", data, "intake", small)[0] == 0
