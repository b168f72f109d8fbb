"""Exporting a bundle: what this workstation has not exported before, everything,
or one collector's cases (an assignment bundle).

One unit of work: the export's own audit event is written first (so it travels in
the bundle it describes), the rows are read, the file is written under a temporary
name, flushed to disk and renamed into place, and only then are the marks of what
went out saved. A crash before the rename leaves no file under the final name; a
crash after it leaves the marks unsaved, so the next export repeats those rows,
which importing treats as already known.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from collector_desk import __version__
from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.exchange import bulk_gc, envelope
from collector_desk.exchange.synctables import (
    SCHEDULE,
    SyncTable,
    by_name,
    register_key,
    schedule_table,
    sync_tables,
)
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services.context import Desk, new_id
from collector_desk.store import audit as store_audit
from collector_desk.store import sync

CHANGES, EVERYTHING, ASSIGNMENT = "changes", "all", "assignment"
CASE_ENTITIES = ("loan", "borrower", "contact", "phone")


@cache
def schema_version() -> int:
    from collector_desk.store.db import head_from_files, head_revision

    # The migration files' text, not Alembic (importing it costs a first export or
    # import about 0.4 s); "0003_case_state_version" -> 3.
    return int((head_from_files() or head_revision()).split("_", 1)[0])


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    kind: str
    counts: dict[str, int]
    size: int
    encrypted: bool

    @property
    def empty(self) -> bool:
        """Nothing but the export's own audit record."""
        return sum(self.counts.values()) <= 1


def _select_in(
    session: Session, table: SyncTable, column: str, values: Sequence[Any]
) -> list[tuple[Any, ...]]:
    return sync.rows_where_in(session, table.name, column, values)


class _Selection:
    """The rows going out, per table, keyed by primary key."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[Any, tuple[Any, ...]]] = {t.name: {} for t in sync_tables()}
        self.schedule: list[tuple[Any, ...]] = []
        self.fact_marks: dict[str, int] = {}

    def add(self, table: SyncTable, rows: Sequence[tuple[Any, ...]]) -> None:
        target = self.rows[table.name]
        if len(table.key) == 1:
            k = table.index(table.key[0])
            for row in rows:
                target[row[k]] = row
        else:
            idx = [table.index(c) for c in table.key]
            for row in rows:
                target[tuple(row[i] for i in idx)] = row


def _close_over_parents(session: Session, sel: _Selection) -> None:
    """Add every row a selected row points at (a phone's contact and borrower, a
    promise's call), so the bundle never needs a row it does not carry... except
    a fact's case, which the receiver keeps waiting if it lacks it."""
    tables = by_name()
    for table in reversed(sync_tables()):
        for column, parent_name in table.parents:
            parent = tables.get(parent_name)
            if parent is None or parent.kind != table.kind:
                continue  # facts do not pull whole cases along
            col = table.index(column)
            have = sel.rows[parent.name]
            wanted = {r[col] for r in sel.rows[table.name].values()} - have.keys() - {None}
            if wanted:
                sel.add(parent, _select_in(session, parent, "id", sorted(wanted)))


def _select_facts(
    session: Session, table: SyncTable, after: int, origin: str | None, sel: _Selection
) -> None:
    """Facts added since the last export (written here, when `origin` is given)."""
    rows, last = sync.facts_since(session, table.name, after, origin)
    if last > after:
        sel.fact_marks[table.name] = last
    sel.add(table, rows)


def _select_assignment(session: Session, collector_id: str, sel: _Selection) -> None:
    tables = by_name()
    loans = sync.assigned_loans(session, collector_id)
    loan_t, borrower_t = tables["loan"], tables["borrower"]
    sel.add(loan_t, _select_in(session, loan_t, "id", loans))
    b_idx = loan_t.index("borrower_id")
    borrowers = sorted({r[b_idx] for r in sel.rows["loan"].values()})
    sel.add(borrower_t, _select_in(session, borrower_t, "id", borrowers))
    for name in ("contact", "phone"):
        sel.add(tables[name], _select_in(session, tables[name], "borrower_id", borrowers))
    sel.add(tables["collector"], sync.all_rows(session, "collector"))
    sel.add(
        tables["collector_target"], sync.all_rows(session, "collector_target")
    )  # the team's targets
    case_ids = set(loans) | set(borrowers) | set(sel.rows["contact"]) | set(sel.rows["phone"])
    for table in sync_tables():
        if table.kind == "fact" and ("loan_id", "loan") in table.parents:
            sel.add(table, _select_in(session, table, "loan_id", loans))
    reg = tables["register"]
    entity_i, id_i, field_i = reg.index("entity"), reg.index("entity_id"), reg.index("field")
    sel.add(
        reg,
        [
            r
            for r in sync.all_rows(session, "register")
            if r[entity_i] not in CASE_ENTITIES
            or r[id_i] in case_ids
            or (r[entity_i] == "loan" and r[field_i] == "assigned_to")
        ],
    )


def _by_loan(table: SyncTable, rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """A fact section's rows grouped by loan, in their order within each loan: the
    importer's steps each take a slice of the section, so a loan's case_state is then
    brought up to date by about one step per table instead of by every step."""
    if table.kind != "fact" or "loan_id" not in table.columns:
        return list(rows)
    li = table.index("loan_id")
    return sorted(rows, key=lambda r: r[li] or "")


LINE_ROWS = 10_000  # rows per payload line: big enough to be cheap, small enough to overlap


def _payload(sel: _Selection, tables: dict[str, Any], progress: Progress) -> Iterator[bytes]:
    """The payload's lines, table by table; fills `tables` with counts and hashes."""
    sections: list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]] = []
    for table in sync_tables():
        selected = sel.rows[table.name]
        if selected:
            sections.append((table.name, table.columns, _by_loan(table, selected.values())))
        if table.name == "loan" and sel.schedule:
            sections.append((SCHEDULE, schedule_table().columns, sel.schedule))
    total = sum(len(rows) for _n, _c, rows in sections)
    done = 0
    for name, columns, rows in sections:
        digest = hashlib.sha256()
        for start in range(0, len(rows), LINE_ROWS):
            progress.step(done, total, name)
            part = rows[start : start + LINE_ROWS]
            line = json.dumps(
                {"table": name, "columns": columns, "rows": part},
                ensure_ascii=False,
                separators=(",", ":"),
            ).encode("utf-8")
            digest.update(line)
            digest.update(b"\n")
            done += len(part)
            yield line
        tables[name] = {"count": len(rows), "sha256": digest.hexdigest()}


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.partial"):
        stale.unlink(missing_ok=True)  # left by an export that was killed
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _save_marks(session: Session, sel: _Selection, site: str) -> None:
    sync.save_marks(session, sel.fact_marks, site)
    sent: list[tuple[str, str, str]] = []
    for table in sync_tables():
        if table.kind not in ("versioned", "register"):
            continue
        h, o = table.index("hlc"), table.index("origin")
        for key, row in sel.rows[table.name].items():
            row_key = register_key(*key) if table.kind == "register" else key
            sent.append((table.name, row_key, f"{row[h]} {row[o]}"))
    sync.save_sent(session, sent, site)


@bulk_gc.during
def export_bundle(
    desk: Desk,
    out: Path,
    key: TeamKey,
    *,
    kind: str = CHANGES,
    for_collector: str | None = None,
    passphrase: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> ExportResult:
    if kind == ASSIGNMENT and not for_collector:
        raise ValueError("an assignment bundle names its collector")
    bundle_id = new_id()
    now = desk.now()
    audit = by_name()["audit_event"]
    progress.step(0, 0, "reading")
    with desk.unit() as s:
        detail = {"bundle_id": bundle_id, "kind": kind, "file": out.name}
        if for_collector:
            detail["for_collector"] = for_collector
        # The first write takes SQLite's write lock: nothing changes under the export.
        audit_row = store_audit.append(
            s,
            event_id=new_id(),
            at=now,
            collector_id=desk.collector_id,
            workstation_id=desk.workstation_id,
            kind="bundle_export",
            subject=bundle_id,
            detail=detail,
        )
        sel = _Selection()
        if kind == ASSIGNMENT:
            assert for_collector is not None
            _select_assignment(s, for_collector, sel)
            sel.add(audit, [audit_row])
        else:
            # marks of this workstation's own on a server (store.sync: site)
            marks = {} if kind == EVERYTHING else sync.marks(s, desk.workstation_id)
            # A workstation's own file: what it wrote. A team's server is one site for
            # the SQLite workstations it exchanges with: what any of its workstations
            # wrote (or a bundle brought) since its last export.
            mine = None if kind == EVERYTHING or not sync.is_sqlite(s) else desk.workstation_id
            for table in sync_tables():
                progress.step(0, 0, table.name)
                if table.kind == "fact":
                    _select_facts(s, table, marks.get(table.name, 0), mine, sel)
                elif table.kind == "union":
                    _select_facts(s, table, marks.get(table.name, 0), None, sel)
                elif kind == EVERYTHING:
                    sel.add(table, sync.all_rows(s, table.name))
                else:
                    sel.add(table, sync.unsent(s, table.name, mine, desk.workstation_id))
        _close_over_parents(s, sel)
        loans = sorted(sel.rows["loan"])
        sel.schedule = sorted(_select_in(s, schedule_table(), "loan_id", loans))
        tables: dict[str, Any] = {}
        body = envelope.pack(_payload(sel, tables, progress))
        manifest = {
            "bundle_id": bundle_id,
            "created_at": now.isoformat(),
            "workstation_id": desk.workstation_id,
            "collector_id": desk.collector_id,
            "collector_name": str(desk.setting("collector_name") or ""),
            "kind": kind,
            "for_collector": for_collector,
            "schema": schema_version(),
            "app_version": __version__,
            "key_id": key.key_id,
            "tables": tables,
        }
        progress.step(1, 1, "writing")
        data = envelope.seal(manifest, body, key.secret, passphrase)
        _write_atomically(out, data)
        if kind != ASSIGNMENT:
            _save_marks(s, sel, desk.workstation_id)
        counts = {name: int(t["count"]) for name, t in tables.items()}
        sync.log_bundle(
            s,
            bundle_id=bundle_id,
            direction="export",
            at=desk.now(),
            workstation_id=desk.workstation_id,
            collector_id=desk.collector_id,
            file_name=str(out),
            summary=json.dumps(counts, sort_keys=True),
        )
    return ExportResult(out, bundle_id, kind, counts, len(data), bool(passphrase))
