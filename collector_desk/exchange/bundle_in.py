"""Importing a bundle: verify everything first, then apply it in one transaction.

- master rows (collectors, borrowers, contacts, phones, loans) by last writer
  wins on (hlc, origin); a loan that wins brings its instalment schedule;
- facts and conflict records by union on their id (an id seen before is skipped);
  a fact whose case has not arrived yet waits in `sync_parked` and is applied
  by the import that brings the case;
- registers by `services.registers` (last writer wins, the loser kept as a
  conflict);
- then the derived case_state of every touched loan is rebuilt.

Any error rolls the whole import back, so the database is exactly as before.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from collector_desk.domain.hlc import wins
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.exchange.bundle_check import check_rows
from collector_desk.exchange.bundle_read import Bundle, read_bundle
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.synctables import (
    SCHEDULE,
    SyncTable,
    by_name,
    chunks,
    existing,
    raw,
    schedule_table,
    sync_tables,
    timestamp_text,
)
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services import case_state, registers
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id

Row = Sequence[Any]


@dataclass(frozen=True)
class ImportSummary:
    path: Path
    bundle_id: str
    source_workstation: str
    source_collector: str
    kind: str
    created_at: str
    added: dict[str, int]  # new rows per table
    updated: dict[str, int]  # master rows and registers that changed to the bundle's value
    known: int  # rows already here (or older than what is here)
    parked: int  # facts still waiting for their case
    conflicts: int  # concurrent register writes newly recorded
    loans: frozenset[str] = field(default=frozenset(), repr=False)
    changes: ChangeSet = field(default_factory=ChangeSet, repr=False)

    @property
    def nothing_new(self) -> bool:
        return not any(self.added.values()) and not any(self.updated.values())


class _Apply:
    def __init__(self, db: sqlite3.Connection, bundle: Bundle) -> None:
        self.db = db
        self.bundle = bundle
        self.added: dict[str, int] = defaultdict(int)
        self.updated: dict[str, int] = defaultdict(int)
        self.known = 0
        self.loans: set[str] = set()
        self.max_hlc = ""

    def versioned(self, table: SyncTable) -> None:
        rows = self.bundle.sections.get(table.name, [])
        if not rows:
            return
        k, h, o = table.index("id"), table.index("hlc"), table.index("origin")
        here: dict[str, tuple[str, str]] = {}
        for part in chunks([r[k] for r in rows]):
            marks = ",".join("?" * len(part))
            for rid, hlc, origin in self.db.execute(
                f'SELECT id, hlc, origin FROM "{table.name}" WHERE id IN ({marks})', part
            ):
                here[rid] = (hlc, origin)
        new: list[Row] = []
        won: list[Row] = []
        for row in rows:
            self.max_hlc = max(self.max_hlc, row[h])
            current = here.get(row[k])
            if current is None:
                new.append(row)
            elif wins((row[h], row[o]), current):
                won.append(row)
            else:
                self.known += 1
        try:
            self.db.executemany(table.insert_sql(), new)
        except sqlite3.IntegrityError as exc:
            raise BundleRefused(
                "clash",
                f"the bundle's {table.name} rows clash with this database ({exc}); the same "
                "contract was probably loaded on two workstations",
            ) from exc
        if won:
            rest = [c for c in table.columns if c != "id"]
            sets = ", ".join(f'"{c}" = ?' for c in rest)
            idx = [table.index(c) for c in rest]
            self.db.executemany(
                f'UPDATE "{table.name}" SET {sets} WHERE id = ?',
                [(*tuple(r[i] for i in idx), r[k]) for r in won],
            )
        self.added[table.name] += len(new)
        self.updated[table.name] += len(won)
        if table.name == "loan":
            changed = {r[k] for r in new} | {r[k] for r in won}
            self.loans |= changed
            self._schedules(changed)

    def _schedules(self, loan_ids: set[str]) -> None:
        if not loan_ids:
            return
        sched = schedule_table()
        li = sched.index("loan_id")
        rows = [r for r in self.bundle.sections.get(SCHEDULE, []) if r[li] in loan_ids]
        for part in chunks(sorted(loan_ids)):
            marks = ",".join("?" * len(part))
            self.db.execute(f'DELETE FROM "{sched.name}" WHERE loan_id IN ({marks})', part)
        self.db.executemany(sched.insert_sql(), rows)
        self.added[SCHEDULE] += len(rows)

    def facts(self, table: SyncTable, parked: list[Row]) -> list[Row]:
        """Insert new facts; return those that must wait for their case."""
        incoming = self.bundle.sections.get(table.name, [])
        if not incoming and not parked:
            return []
        k = table.index("id")
        rows = list({r[k]: r for r in (*parked, *incoming)}.values())
        seen = existing(self.db, table.name, "id", [r[k] for r in rows])
        fresh = [r for r in rows if r[k] not in seen]
        if table.kind == "union":
            self._merge_conflicts(table, [r for r in rows if r[k] in seen])
        self.known += len(incoming) - sum(1 for r in incoming if r[k] not in seen)
        waiting: set[Any] = set()
        for column, parent in table.parents:
            c = table.index(column)
            wanted = {r[c] for r in fresh} - {None}
            if wanted:
                missing = wanted - existing(self.db, parent, "id", sorted(wanted))
                waiting |= {r[k] for r in fresh if r[c] in missing}
        ready = [r for r in fresh if r[k] not in waiting]
        self.db.executemany(table.insert_sql(), ready)
        self.added[table.name] += len(ready)
        if ("loan_id", "loan") in table.parents:
            li = table.index("loan_id")
            self.loans.update(r[li] for r in ready if r[li] is not None)
        return [r for r in fresh if r[k] in waiting]

    def _merge_conflicts(self, table: SyncTable, rows: list[Row]) -> None:
        """A conflict's id names the losing write; two workstations may have seen it
        beaten by different later writes. Keep the greatest winner everywhere."""
        if not rows:
            return
        k, h, o = table.index("id"), table.index("winner_hlc"), table.index("winner_origin")
        here: dict[str, tuple[str, str]] = {}
        for part in chunks([r[k] for r in rows]):
            marks = ",".join("?" * len(part))
            for cid, hlc, origin in self.db.execute(
                f"SELECT id, winner_hlc, winner_origin FROM conflict WHERE id IN ({marks})", part
            ):
                here[cid] = (hlc, origin)
        better = [r for r in rows if wins((r[h], r[o]), here[r[k]])]
        if better:
            cols = ("winner_value", "winner_hlc", "winner_origin")
            idx = [table.index(c) for c in cols]
            self.db.executemany(
                "UPDATE conflict SET winner_value = ?, winner_hlc = ?, winner_origin = ? "
                "WHERE id = ?",
                [(*tuple(r[i] for i in idx), r[k]) for r in better],
            )
            self.updated[table.name] += len(better)

    def registers(self, session: Any) -> None:
        table = by_name()["register"]
        rows = self.bundle.sections.get(table.name, [])
        if not rows:
            return
        here: dict[tuple[str, str, str], tuple[str, str]] = {}
        ids = sorted({r[1] for r in rows})
        for part in chunks(ids):
            marks = ",".join("?" * len(part))
            for e, i, f, h, o in self.db.execute(
                "SELECT entity, entity_id, field, hlc, origin FROM register "
                f"WHERE entity_id IN ({marks})",
                part,
            ):
                here[(e, i, f)] = (h, o)
        new: list[Row] = []
        col = {name: table.index(name) for name in table.columns}
        for row in rows:
            entity, entity_id, fld = row[col["entity"]], row[col["entity_id"]], row[col["field"]]
            value, hlc, origin = row[col["value"]], row[col["hlc"]], row[col["origin"]]
            self.max_hlc = max(self.max_hlc, hlc)
            current = here.get((entity, entity_id, fld))
            if current is None:
                new.append(row)
            elif current == (hlc, origin):
                self.known += 1
            else:
                won = registers.apply(
                    session,
                    registers.RegisterValue(
                        entity, entity_id, fld, json.loads(value), hlc, origin, row[col["prev_hlc"]]
                    ),
                )
                if won:
                    self.updated["register"] += 1
                    if entity == "loan":
                        self.loans.add(entity_id)
                else:
                    self.known += 1
        self.db.executemany(table.insert_sql(), new)
        self.added["register"] += len(new)
        self.loans.update(r[1] for r in new if r[0] == "loan")


def _load_parked(db: sqlite3.Connection) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    tables = by_name()
    for name, text in db.execute("SELECT table_name, row FROM sync_parked"):
        doc = json.loads(text)
        table = tables.get(name)
        if table is None:
            continue
        values = dict(zip(doc["columns"], doc["values"], strict=True))
        out[name].append(tuple(values.get(c) for c in table.columns))
    db.execute("DELETE FROM sync_parked")
    return out


def _park(db: sqlite3.Connection, table: SyncTable, rows: list[Row]) -> None:
    k = table.index("id")
    db.executemany(
        "INSERT INTO sync_parked (table_name, id, row) VALUES (?, ?, ?)",
        [(table.name, r[k], json.dumps({"columns": table.columns, "values": r})) for r in rows],
    )


def apply_bundle(
    desk: Desk, bundle: Bundle, path: Path, *, progress: Progress = NO_PROGRESS
) -> ImportSummary:
    """Apply a verified bundle in one unit of work."""
    check_rows(bundle.sections)  # every value sound before anything is written
    m = bundle.manifest
    with desk.unit() as s:
        db = raw(s)
        db.execute("PRAGMA synchronous=FULL")
        # The first write takes SQLite's write lock for the whole import.
        cur = db.execute(
            "INSERT INTO sync_log (bundle_id, direction, at, workstation_id, collector_id, "
            "file_name, summary) VALUES (?, 'import', ?, ?, ?, ?, '{}')",
            (
                bundle.bundle_id,
                timestamp_text(desk.now()),
                str(m.get("workstation_id", "")),
                str(m.get("collector_id", "")),
                str(path),
            ),
        )
        log_seq = cur.lastrowid
        conflicts_before = db.execute("SELECT count(*) FROM conflict").fetchone()[0]
        work = _Apply(db, bundle)
        tables = sync_tables()
        parked = _load_parked(db)
        for i, table in enumerate(tables):
            progress.step(i, len(tables) + 1, table.name)
            if table.kind == "versioned":
                work.versioned(table)
            elif table.kind in ("fact", "union"):
                waiting = work.facts(table, parked.pop(table.name, []))
                _park(db, table, waiting)
            elif table.kind == "register":
                pass  # after every fact, below
        work.registers(s)
        s.flush()
        if work.max_hlc:
            desk.observe_hlc(work.max_hlc, s)
        loans = sorted(work.loans & existing(db, "loan", "id", sorted(work.loans)))
        progress.step(len(tables), len(tables) + 1, "case_state")
        case_state.refresh(s, loans, desk.today())
        parked_count = db.execute("SELECT count(*) FROM sync_parked").fetchone()[0]
        conflicts = db.execute("SELECT count(*) FROM conflict").fetchone()[0] - conflicts_before
        content = {
            k: v for k, v in work.added.items() if v and k not in ("audit_event", "conflict")
        }
        summary = {
            "added": dict(work.added),
            "updated": dict(work.updated),
            "known": work.known,
            "parked": parked_count,
            "conflicts": conflicts,
        }
        if content or any(work.updated.values()):
            _audit(db, desk, bundle, summary)
        db.execute(
            "UPDATE sync_log SET summary = ? WHERE seq = ?",
            (json.dumps(summary, sort_keys=True), log_seq),
        )
    kinds = {ChangeKind.SYNC} | ({ChangeKind.CASE} if loans else set())
    kinds |= {k for name, n in work.added.items() if n and (k := ChangeKind.of_table(name))}
    return ImportSummary(
        path=path,
        bundle_id=bundle.bundle_id,
        source_workstation=str(m.get("workstation_id", "")),
        source_collector=str(m.get("collector_id", "")),
        kind=str(m.get("kind", "")),
        created_at=str(m.get("created_at", "")),
        added={k: v for k, v in work.added.items() if v},
        updated={k: v for k, v in work.updated.items() if v},
        known=work.known,
        parked=parked_count,
        conflicts=conflicts,
        loans=frozenset(loans),
        changes=ChangeSet(frozenset(loans), frozenset(kinds)),
    )


def _audit(db: sqlite3.Connection, desk: Desk, bundle: Bundle, summary: dict[str, Any]) -> None:
    table = by_name()["audit_event"]
    detail = {
        "bundle_id": bundle.bundle_id,
        "from_workstation": bundle.manifest.get("workstation_id"),
        "from_collector": bundle.manifest.get("collector_id"),
        **summary,
    }
    row = {
        "id": new_id(),
        "created_at": timestamp_text(desk.now()),
        "collector_id": desk.collector_id,
        "workstation_id": desk.workstation_id,
        "kind": "bundle_import",
        "subject": bundle.bundle_id,
        "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True),
    }
    db.execute(table.insert_sql(), tuple(row[c] for c in table.columns))


def import_bundle(
    desk: Desk,
    path: Path,
    key: TeamKey,
    passphrase: str | None = None,
    *,
    progress: Progress = NO_PROGRESS,
) -> ImportSummary:
    progress.step(0, 0, "verifying")
    bundle = read_bundle(path, key, passphrase)
    return apply_bundle(desk, bundle, path, progress=progress)
