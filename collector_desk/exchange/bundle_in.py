"""Importing a bundle: verify everything first, then apply it in one transaction.

- master rows (collectors, borrowers, contacts, phones, loans) by last writer
  wins on (hlc, origin); a loan that wins brings its instalment schedule;
- facts and conflict records by union on their id (an id seen before is skipped);
  a fact whose case has not arrived yet waits in `sync_parked` and is applied
  by the import that brings the case;
- registers by `services.registers` (last writer wins, the loser kept as a
  conflict);
- every touched loan's case_state is marked stale, and re-derived after the
  commit in short units (`case_state.bring_up_to_date`), so the write lock is
  not held for the rebuild; if that is killed, the next start finishes it.

Any error rolls the whole import back, so the database is exactly as before.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collector_desk.domain.hlc import wins
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.exchange.bundle_check import check_rows
from collector_desk.exchange.bundle_read import Bundle, read_bundle
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.synctables import (
    SCHEDULE,
    SyncTable,
    by_name,
    existing,
    schedule_table,
    sync_tables,
)
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services import case_state, registers, target_counts
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.store import audit, sync
from collector_desk.store.cases_bulk import CaseWriter

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
    def __init__(self, session: Session, bundle: Bundle) -> None:
        self.session = session
        self.writer = CaseWriter(session)
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
        here = sync.versions(self.session, table.name, [r[k] for r in rows])
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
            self.writer.insert(table.name, new)
        except IntegrityError as exc:
            raise BundleRefused(
                "clash",
                f"the bundle's {table.name} rows clash with this database ({exc}); the same "
                "contract was probably loaded on two workstations",
            ) from exc
        self.writer.update(table.name, won)
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
        self.writer.replace_schedules(sorted(loan_ids), rows)
        self.added[SCHEDULE] += len(rows)

    def facts(self, table: SyncTable, parked: list[Row]) -> list[Row]:
        """Insert new facts; return those that must wait for their case."""
        incoming = self.bundle.sections.get(table.name, [])
        if not incoming and not parked:
            return []
        k = table.index("id")
        rows = list({r[k]: r for r in (*parked, *incoming)}.values())
        seen = existing(self.session, table.name, "id", [r[k] for r in rows])
        fresh = [r for r in rows if r[k] not in seen]
        if table.kind == "union":
            self._merge_conflicts(table, [r for r in rows if r[k] in seen])
        self.known += len(incoming) - sum(1 for r in incoming if r[k] not in seen)
        waiting: set[Any] = set()
        for column, parent in table.parents:
            c = table.index(column)
            wanted = {r[c] for r in fresh} - {None}
            if wanted:
                missing = wanted - existing(self.session, parent, "id", sorted(wanted))
                waiting |= {r[k] for r in fresh if r[c] in missing}
        ready = [r for r in fresh if r[k] not in waiting]
        self.writer.insert(table.name, ready)
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
        here = sync.versions(
            self.session, table.name, [r[k] for r in rows], hlc="winner_hlc", origin="winner_origin"
        )
        better = [r for r in rows if wins((r[h], r[o]), here[r[k]])]
        if better:
            cols = ("winner_value", "winner_hlc", "winner_origin")
            idx = [table.index(c) for c in cols]
            sync.set_conflict_winners(
                self.session, [(*tuple(r[i] for i in idx), r[k]) for r in better]
            )
            self.updated[table.name] += len(better)

    def registers(self, session: Any) -> None:
        table = by_name()["register"]
        rows = self.bundle.sections.get(table.name, [])
        if not rows:
            return
        col = {name: table.index(name) for name in table.columns}
        here = sync.register_versions(self.session, [r[col["entity_id"]] for r in rows])
        new: list[Row] = []
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
        self.writer.insert(table.name, new)
        self.added["register"] += len(new)
        self.loans.update(r[1] for r in new if r[0] == "loan")


def _load_parked(session: Session) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    tables = by_name()
    for name, doc in sync.take_parked(session):
        table = tables.get(name)
        if table is None:
            continue
        values = dict(zip(doc["columns"], doc["values"], strict=True))
        out[name].append(tuple(values.get(c) for c in table.columns))
    return out


def _park(session: Session, table: SyncTable, rows: list[Row]) -> None:
    sync.park(session, table.name, table.columns, rows, table.index("id"))


def apply_bundle(
    desk: Desk, bundle: Bundle, path: Path, *, progress: Progress = NO_PROGRESS
) -> ImportSummary:
    """Apply a verified bundle in one unit of work."""
    check_rows(bundle.sections)  # every value sound before anything is written
    m = bundle.manifest
    from collector_desk.store.busy import holding

    with holding(desk.data_dir, "bundle import", path.name) as held, desk.unit() as s:
        sync.durable(s)
        # The first write takes SQLite's write lock for the whole import.
        log_seq = sync.log_bundle(
            s,
            bundle_id=bundle.bundle_id,
            direction="import",
            at=desk.now(),
            workstation_id=str(m.get("workstation_id", "")),
            collector_id=str(m.get("collector_id", "")),
            file_name=str(path),
        )
        conflicts_before = sync.count(s, "conflict")
        work = _Apply(s, bundle)
        tables = sync_tables()
        parked = _load_parked(s)
        for i, table in enumerate(tables):
            progress.step(i, len(tables) + 1, table.name)
            held(i / (len(tables) + 1))  # what a writer that waits is told
            if table.kind == "versioned":
                work.versioned(table)
            elif table.kind in ("fact", "union"):
                waiting = work.facts(table, parked.pop(table.name, []))
                _park(s, table, waiting)
            elif table.kind == "register":
                pass  # after every fact, below
        work.registers(s)
        s.flush()
        if any(work.added.get(k) or work.updated.get(k) for k in ("loan", SCHEDULE, "register")):
            target_counts.forget_loans(s)  # schedules or assignments: Targets totals again
        if work.max_hlc:
            desk.observe_hlc(work.max_hlc, s)
        loans = sorted(work.loans & existing(s, "loan", "id", sorted(work.loans)))
        progress.step(len(tables), len(tables) + 1, "case_state")
        case_state.mark_stale(s, loans)  # re-derived after the commit, in short units
        parked_count = sync.count(s, "sync_parked")
        conflicts = sync.count(s, "conflict") - conflicts_before
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
            _audit(s, desk, bundle, summary)
        sync.set_log_summary(s, log_seq, json.dumps(summary, sort_keys=True))
    case_state.bring_up_to_date(desk, first=loans, what="case update after a bundle import")
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


def _audit(session: Session, desk: Desk, bundle: Bundle, summary: dict[str, Any]) -> None:
    detail = {
        "bundle_id": bundle.bundle_id,
        "from_workstation": bundle.manifest.get("workstation_id"),
        "from_collector": bundle.manifest.get("collector_id"),
        **summary,
    }
    audit.append(
        session,
        event_id=new_id(),
        at=desk.now(),
        collector_id=desk.collector_id,
        workstation_id=desk.workstation_id,
        kind="bundle_import",
        subject=bundle.bundle_id,
        detail=detail,
    )


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
