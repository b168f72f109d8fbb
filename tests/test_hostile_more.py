"""Hostile inputs found by the second audit of issue 15 (docs/reliability.md, "M").

Each test asserts the one-line message, the exit status, the database unchanged
(or, for a damaged one, untouched) and no personal data in any output. Files
are written here, byte by byte, into tmp_path.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_exchange_support import file_state

from collector_desk.cli import main
from collector_desk.errors import EXIT_FAILED, EXIT_USAGE
from collector_desk.store.db import DB_FILENAME

sys.path.insert(0, str(Path(__file__).parent / "data" / "hostile"))
from make_workbooks import _BOOK, _BOOK_RELS, _CT, _RELS

PHONE = "13912345678"
ID = "110101198805171231"
NAME = "赵秘密"
SECRETS = (PHONE, ID, NAME, "139123", "1101011988")
DEBIT_HEADER = "合同编号,扣款日期,扣款金额,扣款结果,失败原因\n"
INTAKE_HEADER = "合同编号,客户姓名,身份证号,手机号,放款日期,借款金额,期数,月还款额\n"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_clean_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "internal error" not in err
    return lines[0]


def no_personal_data(*outputs: str) -> None:
    for text in outputs:
        for secret in SECRETS:
            assert secret not in text, f"{secret} leaked: {text[:300]}"


def _count(path: Path, table: str) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        db.close()


# --- debit files -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("{c},2026-03-20,{phone},成功,", "扣款金额"),  # a phone where the amount goes
        ("{c},2026-03-20,{id},成功,", "扣款金额"),  # an ID number there
        ("{c},2026-03-20,{name},成功,", "扣款金额"),  # a name there
        ("{c},{name},10,成功,", "扣款日期"),
        ("{c},{phone},10,成功,", "扣款日期"),
        ("{phone},2026-03-20,10,成功,", "合同编号"),
        ("{c},2026-03-20,10,{name},", "扣款结果"),
    ],
)
def test_a_debit_line_s_values_are_masked_in_every_output(seeded, capsys, line, column):
    data, contract = seeded
    path = data.parent / "debit.csv"
    row = line.format(c=contract, phone=PHONE, id=ID, name=NAME)
    path.write_text(DEBIT_HEADER + row + "\n", encoding="utf-8")
    before = file_state(data / DB_FILENAME)
    code, out, err = run(capsys, "--data-dir", data, "debit-results", path)
    assert code == EXIT_FAILED and f"column {column}" in one_clean_line(err)
    code, out_json, err_json = run(capsys, "--data-dir", data, "debit-results", path, "--json")
    assert code == EXIT_FAILED and json.loads(out_json)["errors"][0]["column"] == column
    no_personal_data(out, err, out_json, err_json)
    assert file_state(data / DB_FILENAME) == before


def test_a_debit_file_refused_by_the_outstanding_check_writes_no_audit_event(seeded, capsys):
    """Every line passes the value checks but asks for more than the loan owes: the
    file is refused, and nothing is recorded, the audit log included."""
    data, contract = seeded
    path = data.parent / "debit.csv"
    path.write_text(DEBIT_HEADER + f"{contract},2026-03-20,99999999.00,成功,\n", encoding="utf-8")
    before = file_state(data / DB_FILENAME)
    code, _, err = run(capsys, "--data-dir", data, "debit-results", path)
    assert code == EXIT_FAILED and "more than is outstanding" in one_clean_line(err)
    assert file_state(data / DB_FILENAME) == before


def test_a_debit_file_with_no_lines_records_nothing(seeded, capsys):
    data, _ = seeded
    path = data.parent / "debit.csv"
    path.write_text(DEBIT_HEADER, encoding="utf-8")
    before = file_state(data / DB_FILENAME)
    code, out, _ = run(capsys, "--data-dir", data, "debit-results", path)
    assert code == 0 and "0 rows" in out
    assert file_state(data / DB_FILENAME) == before


def _written(name: str, data: bytes) -> object:
    def make(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return make


def _folder(folder: Path) -> Path:
    (folder / "folder.csv").mkdir()
    return folder / "folder.csv"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: d / "missing.csv", "no such file"),
        (_folder, "it is a folder"),
        (_written("empty.csv", b""), "the file is empty"),
        (
            _written("cols.csv", "合同编号,扣款日期\nX,2026-03-20\n".encode()),
            "no column for amount",
        ),
        (_written("junk.csv", bytes(range(128, 256)) * 40), "not UTF-8 or GB18030"),
    ],
)
def test_a_debit_file_that_cannot_be_read_is_a_usage_error(seeded, capsys, make, words):
    """As `--help` says and as intake does: exit status 2, one `collector-desk:` line."""
    data, _ = seeded
    before = file_state(data / DB_FILENAME)
    code, _, err = run(capsys, "--data-dir", data, "debit-results", make(data.parent))
    line = one_clean_line(err)
    assert code == EXIT_USAGE and line.startswith("collector-desk: ") and words in line
    assert file_state(data / DB_FILENAME) == before


def test_a_debit_file_saved_as_unicode_text_reads(seeded, capsys):
    """Excel's "Unicode text" (UTF-16 with a BOM, tabs), as intake reads it."""
    data, contract = seeded
    path = data.parent / "debit.txt"
    text = DEBIT_HEADER + f"{contract},2026-03-20,1000.00,成功,\n"
    path.write_bytes(text.replace(",", "\t").encode("utf-16"))
    code, out, err = run(capsys, "--data-dir", data, "debit-results", path, "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 1


# --- workbooks -------------------------------------------------------------------------


def _xlsx(path: Path, cell_xml: str) -> Path:
    row = "".join(
        f'<c r="{col}1" t="inlineStr"><is><t>{title}</t></is></c>'
        for col, title in zip("ABCD", ("合同编号", "客户姓名", "身份证号", "手机号"), strict=True)
    )
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        f'.org/spreadsheetml/2006/main"><sheetData><row r="1">{row}</row><row r="2">'
        f'<c r="A2" t="inlineStr"><is><t>HT-1</t></is></c>{cell_xml}</row></sheetData></worksheet>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _BOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


@pytest.mark.parametrize(
    "cell",
    [
        f'<c r="B2" t="b"><v>{NAME}</v></c>',  # "Unrecognized boolean cell value: ..."
        f'<c r="B2" t="e"><v>{NAME}</v></c>',  # "Unsupported cell error value '...'"
        f'<c r="D2" t="e"><v>{PHONE}</v></c>',
        f'<c r="C2" t="b"><v>{ID}</v></c>',
    ],
)
def test_the_workbook_reader_s_message_does_not_quote_a_cell(tmp_path, capsys, cell):
    path = _xlsx(tmp_path / "book.xlsx", cell)
    code, out, err = run(capsys, "--data-dir", tmp_path / "data", "intake", "--dry-run", path)
    assert code == EXIT_USAGE and "book.xlsx: the workbook cannot be read" in one_clean_line(err)
    no_personal_data(out, err)


# --- intake values ---------------------------------------------------------------------


@pytest.mark.parametrize("day", ["1899-12-31", "0001-01-01", "2201-01-01"])
def test_an_intake_date_outside_the_boundary_s_years_is_refused(tmp_path, capsys, day):
    path = tmp_path / "in.csv"
    row = f"HT-D-1,{NAME},{ID},{PHONE},{day},12000,12,1100"
    path.write_text(INTAKE_HEADER + row + "\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", tmp_path / "data", "intake", "--json", path)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["accepted"] == 0 and [p["code"] for p in doc["problems"]] in (
        ["date_range"],
        ["date_range", "date_future"],
    )
    no_personal_data(out, err)


def test_a_file_whose_every_row_is_wrong_prints_a_bounded_report(tmp_path, capsys):
    path = tmp_path / "in.csv"
    path.write_text(INTAKE_HEADER + "x\n" * 3000, encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", tmp_path / "data", "intake", "--dry-run", path)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) < 1100 and "more problems; --json lists them all" in lines[-1]
    code, out, _ = run(capsys, "--data-dir", tmp_path / "data", "intake", "--dry-run", "--json",
                       path)  # fmt: skip
    assert len(json.loads(out)["problems"]) > 3000


# --- output paths and full disks -------------------------------------------------------


def test_a_report_to_an_existing_folder_is_refused_not_written_beside_it(seeded, capsys):
    data, _ = seeded
    folder = data.parent / "reports"
    folder.mkdir()
    code, _, err = run(capsys, "--data-dir", data, "report", folder)
    assert code == EXIT_FAILED and "is a folder" in one_clean_line(err)
    assert not (data.parent / "reports.xlsx").exists() and not any(folder.iterdir())


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_report_on_a_full_disk_is_one_line_and_leaves_no_partial_file(seeded, suffix):
    """The writer meets EFBIG/ENOSPC part-way: one line, no traceback of openpyxl's
    row writers at exit, no `.partial` file."""
    data, _ = seeded
    out = data.parent / f"r{suffix}"
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "from collector_desk.exchange import reports\n"
        "real = reports.collect\n"
        "def many(desk, day, collector):\n"
        "    sheets = real(desk, day, collector)\n"
        "    rows = [('HT-%d' % i,) * len(sheets[0].headers) for i in range(20000)]\n"
        "    return [type(sheets[0])(s.name, s.title, s.headers, rows) for s in sheets]\n"
        "reports.collect = many\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))\n"
        "from collector_desk.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(data)!r}, 'report', {str(out)!r}]))\n"
    )
    env = dict(os.environ, HOME=str(data.parent), XDG_STATE_HOME=str(data.parent / "state"))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == EXIT_FAILED, proc.stderr
    line = one_clean_line(proc.stderr)
    assert "the file was not written" in line, line
    assert not [p.name for p in data.parent.iterdir() if p.name.endswith(".partial")]


# --- databases -------------------------------------------------------------------------


def test_an_empty_database_file_beside_backups_is_refused(seeded, capsys):
    """Zero bytes where a database was (backups exist): not a first start. Restore is
    offered; no new database is begun over it."""
    from collector_desk.store import backup

    data, _ = seeded
    backup.take(data / DB_FILENAME, data / "backups", reason="manual")
    os.truncate(data / DB_FILENAME, 0)
    for extra in ("-wal", "-shm"):
        (data / (DB_FILENAME + extra)).unlink(missing_ok=True)
    code, _, err = run(capsys, "--data-dir", data, "cases")
    assert code == EXIT_FAILED and "collector-desk restore" in one_clean_line(err)
    assert (data / DB_FILENAME).stat().st_size == 0
    assert sorted(p.name for p in data.iterdir() if p.name.startswith(DB_FILENAME)) == [DB_FILENAME]


def _drop_table(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys=OFF")
    db.execute("DROP TABLE payment")
    db.commit()
    db.close()


def _drop_column(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE payment DROP COLUMN reference")
    db.commit()
    db.close()


def _foreign_with_our_names(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    from collector_desk.store.db import head_from_files

    db = sqlite3.connect(path)
    db.execute("CREATE TABLE loan (id TEXT, contract_no TEXT)")
    db.execute("CREATE TABLE alembic_version (version_num TEXT)")
    db.execute("INSERT INTO alembic_version VALUES (?)", (head_from_files(),))
    db.commit()
    db.close()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (_drop_table, "lacks the table payment"),
        (_drop_column, "lacks the column payment.reference"),
        (_foreign_with_our_names, "lacks the table"),
    ],
)
def test_a_database_stamped_at_head_but_lacking_its_tables_is_refused_at_open(
    seeded, capsys, change, words
):
    data, contract = seeded
    path = data / DB_FILENAME
    change(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = file_state(path)
    for argv in (("cases",), ("payment", contract, "10")):
        code, _, err = run(capsys, "--data-dir", data, *argv)
        assert code == EXIT_FAILED and words in one_clean_line(err)
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == EXIT_FAILED and words in out
    assert file_state(path) == before  # `check` did not open it for writing either


def test_a_database_with_two_schema_versions_is_one_line_in_check(seeded, capsys):
    data, _ = seeded
    db = sqlite3.connect(data / DB_FILENAME)
    db.execute("INSERT INTO alembic_version VALUES ('0099_elsewhere')")
    db.commit()
    db.close()
    code, out, err = run(capsys, "--data-dir", data, "check")
    assert code == EXIT_FAILED and "internal error" not in err
    assert "2 schema versions" in out


def test_a_database_link_to_nowhere_is_named(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    (data / DB_FILENAME).symlink_to(tmp_path / "unmounted" / "desk.sqlite")
    code, _, err = run(capsys, "--data-dir", data, "cases")
    assert code == EXIT_FAILED and "which does not exist" in one_clean_line(err)
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == EXIT_FAILED and "which does not exist" in out


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_new_database_that_cannot_be_finished_is_not_left_half_made(tmp_path):
    """The disk fills while the first start creates the schema: one line, and no
    half-made file that the next start would call another program's database."""
    data = tmp_path / "data"
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))\n"
        "from collector_desk.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(data)!r}, 'cases']))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert proc.returncode == EXIT_FAILED and "disk" in one_clean_line(proc.stderr)
    assert not (data / DB_FILENAME).exists()
    assert main(["--data-dir", str(data), "cases"]) == 0  # the next start begins afresh


# --- bundles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "column", "value", "words"),
    [
        ("loan", "principal_fen", -1, "out of range"),  # an amount is never negative
        ("loan", "contract_no", "ht-lower-1", "not a contract number as intake stores it"),
        ("loan", "contract_no", "\ufeffHT-BOM", "not a contract number as intake stores it"),
        ("loan", "contract_no", " HT-SPACE ", "not a contract number as intake stores it"),
        ("loan", "contract_no", "", "not a contract number as intake stores it"),
        ("loan", "contract_no", "X" * 5000, "more than the 40 the column holds"),
        ("borrower", "name", "N" * 100_000, "more than the 64 the column holds"),
        ("phone", "number", "1" * 200, "more than the 20 the column holds"),
    ],
)
def test_a_signed_bundle_with_values_no_boundary_lets_in_is_refused_whole(
    tmp_path, table, column, value, words
):
    """Signed, well-formed, and with a value that intake or the window never store (a
    team's server would also refuse an over-long one half-way through the import)."""
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
        i = by_name()[table].columns.index(column)
        sections = dict(bundle.sections)
        row = list(sections[table][0])
        row[i] = value
        sections[table] = [row, *sections[table][1:]]
        before = file_state(target.data_dir / DB_FILENAME)
        with pytest.raises(BundleRefused, match=words) as refused:
            apply_bundle(target, Bundle(bundle.manifest, sections), tmp_path / "b.cdb")
        assert refused.value.code == "malformed"
        assert f"{table} section's row 1, column {column}" in str(refused.value)
        assert file_state(target.data_dir / DB_FILENAME) == before
    finally:
        source.close()
        target.close()


# --- restore, payment ------------------------------------------------------------------


def _foreign_backup(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    db.commit()
    db.close()


def _newer_backup(path: Path, data: Path) -> None:
    import shutil

    shutil.copy(data / DB_FILENAME, path)
    db = sqlite3.connect(path)
    db.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    db.execute("PRAGMA user_version=90000")
    db.commit()
    db.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p, data: _foreign_backup(p), "another program's database"),
        (_newer_backup, "written by Collector Desk 9.0.0"),
    ],
)
def test_restore_refuses_a_file_this_version_could_not_open(seeded, capsys, make, words):
    """Restoring it would put the database aside for a file the next start refuses."""
    data, _ = seeded
    db = sqlite3.connect(data / DB_FILENAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    chosen = data.parent / "other.sqlite"
    make(chosen, data)
    before = file_state(data / DB_FILENAME)
    code, _, err = run(capsys, "--data-dir", data, "restore", chosen)
    assert code == EXIT_FAILED and words in one_clean_line(err)
    assert file_state(data / DB_FILENAME) == before
    assert not [p for p in data.iterdir() if "replaced" in p.name]


def test_a_payment_finds_its_case_as_intake_stores_the_contract(seeded, capsys):
    data, contract = seeded
    code, _, err = run(capsys, "--data-dir", data, "payment", f" {contract.lower()}\ufeff",
                         "10", "--on", "2026-03-10")  # fmt: skip
    assert code == 0, err


def test_a_payment_s_reference_longer_than_its_column_is_refused(seeded, capsys):
    data, contract = seeded
    before = file_state(data / DB_FILENAME)
    code, _, err = run(capsys, "--data-dir", data, "payment", contract, "10", "--on",
                       "2026-03-10", "--reference", "R" * 65)  # fmt: skip
    assert code == EXIT_FAILED and "at most 64" in one_clean_line(err)
    assert file_state(data / DB_FILENAME) == before


def test_a_payment_to_a_phone_number_does_not_echo_it(seeded, capsys):
    data, _ = seeded
    code, _, err = run(capsys, "--data-dir", data, "payment", PHONE, "10")
    assert code == EXIT_FAILED and "no case with contract number" in one_clean_line(err)
    no_personal_data(err)


@pytest.mark.parametrize(
    "far",
    [
        "<c r='XFD1048576'><v>1</v></c>",  # XML's other quote
        '<c\tr="XFD1048576"><v>1</v></c>',  # a tab before the attribute
        '<c r = "XFD1048576"><v>1</v></c>',  # spaces around "="
        '<c r="xfd1048576"><v>1</v></c>',  # lower case, which the reader takes
        '<c r="XFD01048576"><v>1</v></c>',  # a leading zero
        '<c r="A99999999"><v>1</v></c>',  # past Excel's last row, which the reader takes
    ],
)
def test_a_far_cell_written_in_another_form_is_refused_before_reading(tmp_path, capsys, far):
    """Each of these once slipped past the extent scan, leaving the reader to allocate
    a grid of 17 billion cells (caught only by the memory budget, without the cell)."""
    path = _xlsx(tmp_path / "book.xlsx", "")
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("</sheetData>", f"<row>{far}</row></sheetData>")
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    code, _, err = run(capsys, "--data-dir", tmp_path / "data", "intake", "--dry-run", path)
    line = one_clean_line(err)
    assert code == EXIT_USAGE and "has a cell as far out as" in line and "grid of" in line


@pytest.mark.parametrize(
    "command", [["intake"], ["debit-results"], ["payment"], ["bundle", "import"], ["restore"]]
)
def test_every_command_s_help_documents_the_exit_statuses(capsys, command):
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert "exit status:" in out and "1  failed or refused" in out and "2  usage" in out


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_disk_that_cannot_take_the_wal_at_open_is_a_disk_line_not_damage(seeded):
    """SQLite's "disk I/O error" at open (here: no file may grow past 2 KB, so the WAL
    index cannot be made) is the disk's line, not "damaged, restore a backup"."""
    data, _ = seeded
    db = sqlite3.connect(data / DB_FILENAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    for extra in ("-wal", "-shm"):
        (data / (DB_FILENAME + extra)).unlink(missing_ok=True)
    before = file_state(data / DB_FILENAME)
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))\n"
        "from collector_desk.cli import main\n"
        f"sys.exit(main(['--data-dir', {str(data)!r}, 'cases']))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    line = one_clean_line(proc.stderr)
    assert proc.returncode == EXIT_FAILED and "disk" in line and "restore" not in line, line
    assert file_state(data / DB_FILENAME) == before
