"""Shared helpers for the exchange tests: workstations on real SQLite files, small
portfolios and everyday work. (No tests here; pytest collects nothing from it.)"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from collector_desk.domain.call_flow import Disposition
from collector_desk.domain.idnumber import id_check_char
from collector_desk.exchange.synctables import canonical_dump, sync_tables
from collector_desk.services import calls, case_state, registers
from collector_desk.services.context import Desk, new_id
from collector_desk.services.portfolio import CaseRecord, ContactRecord, add_cases
from collector_desk.store.db import DB_FILENAME, open_database

TODAY = date(2026, 3, 16)
_TEMPLATES: dict[str, Path] = {}


def make_id_number(seed: int, born: date = date(1988, 5, 17)) -> str:
    first17 = f"110101{born:%Y%m%d}{seed % 1000:03d}"
    return first17 + id_check_char(first17)


def make_phone(seed: int) -> str:
    return f"138{seed % 100_000_000:08d}"


def case_record(n: int, *, contract_prefix: str = "HT2025") -> CaseRecord:
    return CaseRecord(
        contract_no=f"{contract_prefix}{n:06d}",
        name=["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"][n % 6],
        id_number=make_id_number(n),
        phones=(make_phone(n),),
        disbursed_on=date(2025, 6, 1 + n % 27),
        principal_fen=1_200_000,
        instalment_count=12,
        instalment_fen=110_000,
        contacts=(ContactRecord("赵敏", "spouse", (make_phone(50_000 + n),)),),
    )


class SharedClock:
    """One clock for every workstation of a test, advancing a millisecond a reading."""

    def __init__(self) -> None:
        self.t = datetime(2026, 3, 16, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.t += timedelta(milliseconds=1)
        return self.t


def open_workstation(
    folder: Path, collector_id: str, *, now: Callable[[], datetime] | None = None
) -> Desk:
    """A desk on a fresh database, copied from a migrated template (fast)."""
    template = _TEMPLATES.get("empty")
    if template is None or not template.exists():
        import tempfile

        tdir = Path(tempfile.mkdtemp(prefix="cd-template-"))
        db = open_database(tdir)
        db.close()
        template = tdir / DB_FILENAME
        _TEMPLATES["empty"] = template
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, folder / DB_FILENAME)
    desk = Desk.open(folder, today=lambda: TODAY, now=now or SharedClock())
    desk.set_settings(collector_id=collector_id, collector_name=collector_id)
    return desk


def loan_ids(desk: Desk) -> list[str]:
    with desk.read() as s:
        return sorted(r[0] for r in s.connection().exec_driver_sql("SELECT id FROM loan"))


def phone_ids(desk: Desk) -> list[str]:
    with desk.read() as s:
        return sorted(r[0] for r in s.connection().exec_driver_sql("SELECT id FROM phone"))


def seed_portfolio(desk: Desk, count: int, start: int = 0) -> list[str]:
    written = add_cases(desk, [case_record(n) for n in range(start, start + count)])
    return list(written.loan_ids)


def record_call(desk: Desk, loan_id: str, note: str = "") -> str:
    saved = calls.record_call(
        desk, calls.CallOutcome(loan_id=loan_id, disposition=Disposition.NO_ANSWER, note=note)
    )
    return saved.call_id


def put_register(desk: Desk, entity: str, entity_id: str, field: str, value: Any) -> Any:
    with desk.unit() as s:
        written = registers.put(s, desk, entity, entity_id, field, value)
        if entity == "loan":
            case_state.refresh(s, [entity_id], desk.today())
    return written


def add_phone(desk: Desk, loan_id: str, number: str) -> str:
    """A collector adds a number they found (a master row written here)."""
    phone_id = new_id()
    with desk.unit() as s:
        conn = s.connection()
        borrower = conn.execute(
            text("SELECT borrower_id FROM loan WHERE id = :id"), {"id": loan_id}
        ).scalar_one()
        conn.execute(
            text(
                "INSERT INTO phone (id, borrower_id, contact_id, number, tail4, label, position, "
                "hlc, origin) VALUES (:id, :b, NULL, :n, :t, 'mobile', 9, :hlc, :o)"
            ),
            {
                "id": phone_id,
                "b": borrower,
                "n": "86" + number,
                "t": number[-4:],
                "hlc": desk.hlc(),
                "o": desk.workstation_id,
            },
        )
    return phone_id


def edit_loan(desk: Desk, loan_id: str, product: str) -> None:
    """Head office changed a loan (as intake's update does): a new master version."""
    with desk.unit() as s:
        s.execute(
            text("UPDATE loan SET product = :p, hlc = :hlc, origin = :o WHERE id = :id"),
            {"p": product, "hlc": desk.hlc(), "o": desk.workstation_id, "id": loan_id},
        )


def rename_borrower(desk: Desk, loan_id: str, name: str) -> None:
    """Head office renamed a loan's borrower (as intake's update does): a new master
    version, and the loan's case_state derived again here."""
    with desk.unit() as s:
        conn = s.connection()
        borrower = conn.execute(
            text("SELECT borrower_id FROM loan WHERE id = :id"), {"id": loan_id}
        ).scalar_one()
        conn.execute(
            text("UPDATE borrower SET name = :n, hlc = :hlc, origin = :o WHERE id = :id"),
            {"n": name, "hlc": desk.hlc(), "o": desk.workstation_id, "id": borrower},
        )
        case_state.refresh(s, [loan_id], desk.today())


def dump(desk: Desk) -> list[str]:
    with desk.read() as s:
        return list(canonical_dump(s))


def fact_ids(desk: Desk) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    with desk.read() as s:
        conn = s.connection()
        for t in sync_tables():
            if t.kind == "fact":
                out |= {(t.name, r[0]) for r in conn.exec_driver_sql(f'SELECT id FROM "{t.name}"')}
    return out


def file_state(path: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Everything in a database file, every table (also local ones), for before/after checks."""
    db = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        rows: list[tuple[Any, ...]] = []
        for t in tables:
            rows += [(t, *r) for r in db.execute(f'SELECT * FROM "{t}"')]
        check = [r[0] for r in db.execute("PRAGMA integrity_check")]
    finally:
        db.close()
    return check, sorted(rows, key=repr)


counter = itertools.count(1)
