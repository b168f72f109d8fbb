"""The read-only pass of a bundle import: everything that could refuse the bundle,
checked against this database before the first write, so that its rows can then be
applied in short chunks (`bundle_in`) with nothing left to refuse half-way.

`bundle_check.check_rows` has checked every value on its own already (arity,
types, ranges, dates, text). Here, with what is stored:

- a key twice in one section (a master row's id, an instalment, a register): the
  bundle is malformed;
- a master row that will be written (new here, or newer than what is here) whose
  unique key (a loan's contract number) another row holds, here or in the bundle:
  a clash, "the same contract was probably loaded on two workstations";
- a master row that will be written pointing at a parent (a loan's borrower) that
  is neither here nor in the bundle: malformed.

Facts whose case has not arrived are not refused: they wait in `sync_parked`.
Nothing here writes or takes the write lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Session

from collector_desk.domain.hlc import wins
from collector_desk.exchange.bundle_read import Bundle
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.synctables import SyncTable, schedule_table, sync_tables
from collector_desk.store import sync
from collector_desk.store.models import Base

Row = Sequence[Any]
_AGAIN = "the bundle was not imported. Ask its sender to export again"


def unique_keys(table: str) -> list[tuple[str, ...]]:
    """The table's unique keys other than its primary key."""
    t = Base.metadata.tables[table]
    keys = [
        tuple(c.name for c in k.columns) for k in t.constraints if isinstance(k, UniqueConstraint)
    ]
    keys += [tuple(c.name for c in i.columns) for i in t.indexes if i.unique]
    return [k for k in dict.fromkeys(keys) if k]


def _no_twice(table: SyncTable, rows: Sequence[Row]) -> None:
    idx = [table.index(c) for c in table.key]
    seen: set[tuple[Any, ...]] = set()
    for n, row in enumerate(rows, start=1):
        key = tuple(row[i] for i in idx)
        if key in seen:
            raise BundleRefused(
                "malformed",
                f"the {table.name} section's row {n} repeats a key of an earlier row; {_AGAIN}",
            )
        seen.add(key)


def written_rows(session: Session, table: SyncTable, rows: Sequence[Row]) -> list[Row]:
    """The master rows an import writes: new here, or newer than what is here."""
    k, h, o = table.index("id"), table.index("hlc"), table.index("origin")
    here = sync.versions(session, table.name, [r[k] for r in rows])
    return [r for r in rows if (v := here.get(r[k])) is None or wins((r[h], r[o]), v)]


def _unique(session: Session, table: SyncTable, rows: list[Row]) -> None:
    k = table.index("id")
    for key in unique_keys(table.name):
        idx = [table.index(c) for c in key]
        values: dict[tuple[Any, ...], Any] = {}
        for row in rows:
            value = tuple(row[i] for i in idx)
            if None in value:
                continue
            if values.setdefault(value, row[k]) != row[k]:
                raise _clash(table, key)
        held = sync.key_holders(session, table.name, key, list(values))
        if any(holder != values[value] for value, holder in held.items()):
            raise _clash(table, key)


def _clash(table: SyncTable, key: tuple[str, ...]) -> BundleRefused:
    return BundleRefused(
        "clash",
        f"the bundle's {table.name} rows clash with this database (the same {', '.join(key)} "
        "under another id); the same contract was probably loaded on two workstations. "
        "Nothing was imported",
    )


def _parents(
    session: Session, table: SyncTable, rows: list[Row], sections: dict[str, list[Row]]
) -> None:
    for column, parent in table.parents:
        c = table.index(column)
        wanted = {r[c] for r in rows} - {None}
        if not wanted:
            continue
        pk = Base.metadata.tables[parent].primary_key.columns.keys()[0]
        brought = {r[_index(parent, pk)] for r in sections.get(parent, [])}
        missing = wanted - brought
        if missing and missing - sync.present_ids(session, parent, pk, sorted(missing)):
            raise BundleRefused(
                "malformed",
                f"the bundle's {table.name} rows point at a {parent} that is neither in the "
                f"bundle nor here; {_AGAIN}",
            )


def _index(table: str, column: str) -> int:
    return list(Base.metadata.tables[table].columns.keys()).index(column)


def check_fits(session: Session, bundle: Bundle) -> None:
    """Raise BundleRefused if applying the bundle here would fail anywhere."""
    sections = bundle.sections
    for table in (*sync_tables(), schedule_table()):
        rows = sections.get(table.name, [])
        if not rows or table.kind in ("fact", "union"):
            continue  # facts and conflicts: union on their id, repeats are harmless
        _no_twice(table, rows)
        if table.kind != "versioned":
            continue
        written = written_rows(session, table, rows)
        _unique(session, table, written)
        _parents(session, table, written, sections)
