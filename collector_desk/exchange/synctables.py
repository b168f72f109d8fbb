"""Which tables travel in sync bundles, and how their rows are read and written.

The list is derived from the models, so a new fact table (a class with
`FactMixin`) or master table (`VersionedMixin`) travels without touching this
module. Kinds:

- ``versioned``: master rows (collector, borrower, contact, phone, loan), last
  writer wins by (hlc, origin); a loan carries its instalment schedule;
- ``fact``: append-only rows, merged by union on their UUID;
- ``union``: conflict records, whose ids are derived from the losing write, so
  union on the id gives every workstation the same rows;
- ``register``: last-writer-wins values, merged by `services.registers`.

Rows travel as the values SQLite stores (ISO text for dates and timestamps,
0/1 for booleans), read and written by `store.sync` and `store.cases_bulk`:
exact and fast, on SQLite; a team's server gives back the same stored values
(`store.sync.stored_rows`), so bundles travel between a server and SQLite
workstations both ways.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from collector_desk.store import sync
from collector_desk.store.cases_bulk import chunks, present, timestamp_text
from collector_desk.store.models import Base, Conflict, FactMixin, Register, VersionedMixin
from collector_desk.store.models import Instalment as InstalmentRow

__all__ = ["chunks", "timestamp_text"]  # used by the bundle modules


@dataclass(frozen=True)
class SyncTable:
    name: str
    kind: str  # versioned | fact | union | register
    columns: tuple[str, ...]
    key: tuple[str, ...]
    # Columns that point at other synced rows: column -> referenced table.
    parents: tuple[tuple[str, str], ...] = ()

    def index(self, column: str) -> int:
        return self.columns.index(column)


SCHEDULE = "instalment"  # travels with its loan


def _table_of(cls: type) -> Table:
    table = cls.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


@cache
def sync_tables() -> tuple[SyncTable, ...]:
    """Every synced table in an order that satisfies foreign keys."""
    kinds: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        name = _table_of(cls).name
        if issubclass(cls, FactMixin):
            kinds[name] = "fact"
        elif issubclass(cls, VersionedMixin):
            kinds[name] = "versioned"
    kinds[_table_of(Conflict).name] = "union"
    kinds[_table_of(Register).name] = "register"
    out = []
    for table in Base.metadata.sorted_tables:
        kind = kinds.get(table.name)
        if kind is None:
            continue
        parents = tuple(
            (fk.parent.name, fk.column.table.name)
            for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name)
        )
        out.append(
            SyncTable(
                name=table.name,
                kind=kind,
                columns=tuple(c.name for c in table.columns),
                key=tuple(c.name for c in table.primary_key.columns),
                parents=parents,
            )
        )
    return tuple(out)


@cache
def by_name() -> dict[str, SyncTable]:
    return {t.name: t for t in sync_tables()}


@cache
def schedule_table() -> SyncTable:
    table = _table_of(InstalmentRow)
    return SyncTable(
        name=table.name,
        kind="schedule",
        columns=tuple(c.name for c in table.columns),
        key=tuple(c.name for c in table.primary_key.columns),
    )


def existing(session: Session, table: str, column: str, values: Sequence[Any]) -> set[Any]:
    """Which of `values` appear in table.column."""
    return set(present(session, table, column, list(values)))


def register_key(entity: str, entity_id: str, field: str) -> str:
    return f"{entity}/{entity_id}/{field}"


def canonical_dump(session: Session) -> Iterator[str]:
    """Every synced row, sorted, as JSON lines: equal on two workstations exactly
    when they hold the same cases, facts, registers and conflicts."""
    for table in (*sync_tables(), schedule_table()):
        yield json.dumps({"table": table.name, "columns": table.columns}, ensure_ascii=False)
        for row in sync.ordered_rows(session, table.name):
            line = json.dumps(row, ensure_ascii=False)
            # text compared in NFC: a bundle's receiver stores the NFC form of text
            # its sender may hold decomposed (`bundle_check.nfc_sections`)
            yield line if line.isascii() else unicodedata.normalize("NFC", line)


def canonical_digest(session: Session) -> str:
    digest = hashlib.sha256()
    for line in canonical_dump(session):
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()
