"""The hostile corpus: files and databases that must be refused with one line.

Generated at test time into a temporary folder (nothing binary is committed);
`python tests/data/hostile/make_hostile.py OUT` writes the files to OUT to try
them by hand. Each function returns the path it wrote. The personal data used
(PHONES, IDS) must never appear in any output: tests grep for it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

HEADER = (
    "Contract No.,Borrower Name,ID Number,Mobile,Disbursement Date,Loan Amount,Term,"
    "Monthly Payment\n"
)
# A valid row, then the values the hostile rows put in its place.
GOOD_ID = "110101198805171231"
PHONES = ("13812345678", "10012345678", "1381234567")  # good, no such range, too short
OTHER_ID = "110101199003078515"
IDS = (GOOD_ID, "110101198805171232", OTHER_ID)  # good, wrong check digit, good
BIG = 2**63  # yuan: 2^65 fen, far past any integer column


def intake_csv(out: Path) -> Path:
    """Rows that each must be rejected (or cleaned), none that may crash."""
    rows = [
        f"HT-OK-1,张伟,{GOOD_ID},{PHONES[0]},2025-03-05,12000,12,1100",
        f"HT-BIG-1,张伟,{GOOD_ID},{PHONES[0]},2025-03-05,{BIG},12,1100",  # amount overflow
        f"HT-FLOAT-1,张伟,{GOOD_ID},{PHONES[0]},2025-03-05,1e300,12,1100",  # float amount
        f"HT-PHONE-1,张伟,{GOOD_ID},{PHONES[1]},2025-03-05,12000,12,1100",  # phone range
        f"HT-PHONE-2,张伟,{GOOD_ID},{PHONES[2]},2025-03-05,12000,12,1100",  # phone short
        f"HT-ID-1,张伟,{IDS[1]},{PHONES[0]},2025-03-05,12000,12,1100",  # ID checksum
        f"HT-DATE-1,张伟,{GOOD_ID},{PHONES[0]},2025-02-30,12000,12,1100",  # no such date
        # a BOM and zero-width characters inside the contract number and the name: stored
        # clean (a NUL makes the whole CSV "not a text file"; test_hostile checks NUL per cell)
        f"\ufeffht-bom-1\u200b,王\u200b芳\ufeff,{OTHER_ID},{PHONES[0]},2025-03-05,12000,12,1100",
    ]
    path = out / "hostile_intake.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def huge_cell_csv(out: Path) -> Path:
    """A cell of 200,000 characters (past the csv module's 131,072 limit)."""
    path = out / "huge_cell.csv"
    path.write_text(
        HEADER + f'HT-1,"{"x" * 200_000}",{GOOD_ID},{PHONES[0]},2025-03-05,1,1,1\n',
        encoding="utf-8",
    )
    return path


def ods_file(out: Path) -> Path:
    """An OpenDocument sheet: its used range cannot be bounded before reading."""
    path = out / "sheet.ods"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    return path


def debit_csv(out: Path, contract: str, *, remark: str = "", name: str = "debit.csv") -> Path:
    path = out / name
    path.write_text(
        f"合同编号,扣款日期,扣款金额,扣款结果,失败原因\n{contract},2026-03-20,1000.00,成功,{remark}\n",
        encoding="utf-8",
    )
    return path


def debit_all_bad_csv(out: Path, contract: str) -> Path:
    """Every line refused: 2^63 yuan, a date that does not exist, an unknown contract."""
    path = out / "debit_bad.csv"
    path.write_text(
        "合同编号,扣款日期,扣款金额,扣款结果,失败原因\n"
        f"{contract},2026-03-20,{BIG},成功,\n"
        f"{contract},2026-02-30,10,成功,\n"
        "HT-NOPE,2026-03-20,10,成功,\n",
        encoding="utf-8",
    )
    return path


def debit_huge_cell_csv(out: Path, contract: str) -> Path:
    path = out / "debit_huge.csv"
    path.write_text(
        f'合同编号,扣款日期,扣款金额,扣款结果,失败原因\n{contract},2026-03-20,10,成功,"{"y" * 200_000}"\n',
        encoding="utf-8",
    )
    return path


# --- databases ------------------------------------------------------------------------


def junk_database(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(os.urandom(8192))
    return path


def foreign_database(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.commit()
    finally:
        conn.close()
    return path


def damage(path: Path) -> None:
    """Overwrite pages in the middle of a database file (its header stays intact)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(min(4096 * 4, size // 3))
        f.write(b"\xa5" * (4096 * 6))


def make_newer(path: Path, version: int = 90000) -> None:
    """As if Collector Desk 9.0.0 had written it with a schema this version lacks."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
        conn.execute(f"PRAGMA user_version={version}")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-out")
    target.mkdir(parents=True, exist_ok=True)
    for make in (intake_csv, huge_cell_csv, ods_file):
        print(make(target))
    print(debit_all_bad_csv(target, "HT2025030001"))
    print(junk_database(target / "junk", "collector-desk.sqlite"))
    print(foreign_database(target / "foreign", "collector-desk.sqlite"))
