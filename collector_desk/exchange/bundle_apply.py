"""The steps of a bundle import, each applied in its own short unit of work.

`plan(bundle)` cuts a verified bundle into steps of about `CHUNK_ROWS` rows each,
the tables in foreign-key order (a loan counts with its instalment schedule),
the registers last; a step may end one table and begin the next, so a small
bundle is one step. The last step also finishes the import (facts parked by
earlier imports tried again, the audit record, the final summary; see
`bundle_in`). The plan depends on the bundle alone (and the journal's `PLAN`),
so an import stopped after step k (killed, or the power went) is resumed at
step k + 1 by importing the same bundle again.

Each step reads what is here before it writes, and writes only what it finds
missing or older, so a step applied again changes nothing:

- master rows (collectors, borrowers, contacts, phones, loans): last writer wins
  on (hlc, origin); a loan that wins brings its instalment schedule; a borrower
  that wins derives its loans again (case_state carries the name);
- facts and conflict records: union on their id (an id seen before is skipped;
  of a conflict seen before the greatest winner is kept); a fact whose case has
  not arrived yet waits in `sync_parked` and is applied by the import that brings
  the case;
- registers: `services.registers` (last writer wins, the loser kept as a conflict).

and then brings the case_state of what it wrote up to date (`settle_cases`), so
a step applied again, or a kill after any commit, leaves case_state true.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collector_desk.domain.hlc import wins
from collector_desk.exchange.bundle_alias import translate_rows
from collector_desk.exchange.bundle_read import Bundle
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.synctables import (
    SCHEDULE,
    SyncTable,
    by_name,
    schedule_table,
    sync_tables,
)
from collector_desk.services import case_state, registers
from collector_desk.store import derived, sync
from collector_desk.store.cases_bulk import CaseWriter, loans_of_borrowers

Row = Sequence[Any]
CHUNK_ROWS = 5000  # rows per step: a few tenths of a second of writing
FINISH = ""  # the table named by a step that writes no rows (the last, in plan 1)
# How `plan` cuts a bundle; an import's journal says which one its steps follow, so an
# import begun by an older version is resumed along its own steps.
# 1: a slice of one table per step, then a step of its own for the finish;
# 2: steps filled to `chunk_rows` across tables, the finish in the last one.
PLAN = 2


@dataclass(frozen=True)
class Part:
    table: str  # a synced table
    start: int = 0
    stop: int = 0


@dataclass(frozen=True)
class Step:
    parts: tuple[Part, ...] = ()  # slices of tables, in foreign-key order
    finish: bool = False  # the last step: parked facts, the audit record, the summary

    @property
    def table(self) -> str:
        """The first table the step writes (FINISH when it writes none)."""
        return self.parts[0].table if self.parts else FINISH


def plan(bundle: Bundle, chunk_rows: int = CHUNK_ROWS, version: int = PLAN) -> list[Step]:
    sections = bundle.sections
    per_loan = len(sections.get(SCHEDULE, [])) / max(1, len(sections.get("loan", [])))
    tables = (*(t for t in sync_tables() if t.kind != "register"), by_name()["register"])
    if version == 1:
        steps: list[Step] = []
        for table in tables:
            n = len(sections.get(table.name, []))
            size = max(1, int(chunk_rows / (1 + per_loan))) if table.name == "loan" else chunk_rows
            steps += [Step((Part(table.name, a, min(a + size, n)),)) for a in range(0, n, size)]
        return [*steps, Step(finish=True)]
    parts: list[Part] = []
    steps, room = [], float(chunk_rows)
    for table in tables:
        n = len(sections.get(table.name, []))
        weight = 1 + per_loan if table.name == "loan" else 1  # a loan brings its schedule
        start = 0
        while start < n:
            take = int(room / weight)
            if take < 1 and parts:  # this step is full
                steps.append(Step(tuple(parts)))
                parts, room = [], float(chunk_rows)
                continue
            stop = min(n, start + max(1, take))
            parts.append(Part(table.name, start, stop))
            room -= (stop - start) * weight
            start = stop
    return [*steps, Step(tuple(parts), finish=True)]


@dataclass
class Tally:
    """What an import has done so far (kept in its journal between steps)."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    known: int = 0

    def add(self, table: str, n: int) -> None:
        if n:
            self.added[table] = self.added.get(table, 0) + n

    def update(self, table: str, n: int) -> None:
        if n:
            self.updated[table] = self.updated.get(table, 0) + n

    def doc(self) -> dict[str, Any]:
        return {"added": dict(self.added), "updated": dict(self.updated), "known": self.known}

    @classmethod
    def of(cls, doc: dict[str, Any]) -> Tally:
        return cls(
            dict(doc.get("added", {})), dict(doc.get("updated", {})), int(doc.get("known", 0))
        )


def schedules_by_loan(bundle: Bundle) -> dict[str, list[Row]]:
    li = schedule_table().index("loan_id")
    out: dict[str, list[Row]] = defaultdict(list)
    for row in bundle.sections.get(SCHEDULE, []):
        out[row[li]].append(row)
    return out


class StepWork:
    """One step's writes, in the caller's unit of work."""

    def __init__(
        self,
        session: Session,
        tally: Tally,
        schedules: dict[str, list[Row]],
        seen: dict[str, set[Any]] | None = None,
    ) -> None:
        self.session = session
        self.writer = CaseWriter(session)
        self.tally = tally
        self.schedules = schedules
        # Ids found here by earlier steps of this import (rows are never deleted).
        self.seen: dict[str, set[Any]] = seen if seen is not None else defaultdict(set)
        self.loans: set[str] = set()  # loans this step wrote something of
        self.derive: set[str] = set()  # loans whose case_state must be derived again
        self.contacts: dict[str, str] = {}  # loan -> its latest new contact (stored time)
        self.max_hlc = ""

    def run(self, table: SyncTable, rows: Sequence[Row]) -> None:
        if table.kind == "versioned":
            self.versioned(table, rows)
        elif table.kind == "register":
            self.registers(table, rows)
        else:
            self.park(table, self.facts(table, rows))

    def versioned(self, table: SyncTable, rows: Sequence[Row]) -> None:
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
                self.tally.known += 1
        try:
            self.writer.insert(table.name, new)
        except IntegrityError as exc:  # checked before the first write: written meanwhile
            raise BundleRefused(
                "clash",
                f"the bundle's {table.name} rows clash with a row written here during the "
                "import (an intake of the same file, say). What came before is kept; import "
                "the bundle again to finish",
            ) from exc
        self.writer.update(table.name, won)
        self.seen[table.name].update(r[k] for r in new)
        self.tally.add(table.name, len(new))
        self.tally.update(table.name, len(won))
        if table.name == "borrower" and won:
            # case_state carries the borrower's name: a renamed borrower's loans again.
            theirs = loans_of_borrowers(self.session, [r[k] for r in won])
            self.loans |= theirs
            self.derive |= theirs
        if table.name == "loan":
            changed = sorted({r[k] for r in new} | {r[k] for r in won})
            self.loans.update(changed)
            self.derive.update(changed)
            if changed:
                sched = [r for loan in changed for r in self.schedules.get(loan, ())]
                self.writer.replace_schedules(changed, sched)
                self.tally.add(SCHEDULE, len(sched))

    def facts(self, table: SyncTable, incoming: Sequence[Row]) -> list[Row]:
        """Insert new facts; return those that must wait for their case."""
        k = table.index("id")
        rows = list({r[k]: r for r in incoming}.values())
        seen = sync.present_ids(self.session, table.name, "id", [r[k] for r in rows])
        fresh = [r for r in rows if r[k] not in seen]
        if table.kind == "union":
            self._merge_conflicts(table, [r for r in rows if r[k] in seen])
        self.tally.known += len(incoming) - len(fresh)
        ready = self._ready(table, fresh)
        self.writer.insert(table.name, ready)
        self.tally.add(table.name, len(ready))
        self._touch(table, ready)
        ids = {r[k] for r in ready}
        return [r for r in fresh if r[k] not in ids]

    def _touch(self, table: SyncTable, rows: Sequence[Row]) -> None:
        """What new facts change in their loans' case_state: the latest contact (a
        call, an attempt), everything (a payment, a promise), or nothing (a note)."""
        if ("loan_id", "loan") not in table.parents or not rows:
            return
        li = table.index("loan_id")
        loans = {r[li] for r in rows} - {None}
        self.loans |= loans
        if table.name in derived.DERIVED_FACTS:
            self.derive |= loans
        elif (column := derived.CONTACT_TIMES.get(table.name)) is not None:
            at, latest = table.index(column), self.contacts
            for row in rows:
                if row[at] is not None and row[at] > latest.get(row[li], ""):
                    latest[row[li]] = row[at]

    def settle_cases(self, today: date) -> None:
        """The case_state of what this step wrote, in the step's own unit of work:
        derived again where that is needed, the latest contact raised where it is all
        that changed (no re-reading of the rows just written)."""
        case_state.refresh(self.session, sorted(self.derive), today)
        derived.raise_last_contact(
            self.session, {k: v for k, v in self.contacts.items() if k not in self.derive}
        )

    def present(self, table: str, ids: set[Any]) -> set[Any]:
        """Which of these ids `table` holds (remembered for the later steps)."""
        known: set[Any] = self.seen[table]
        ask = ids - known
        if ask:
            known |= sync.present_ids(self.session, table, "id", sorted(ask))
        return ids & known

    def _ready(self, table: SyncTable, rows: list[Row]) -> list[Row]:
        """The rows whose parents (case, call, phone) are here."""
        k = table.index("id")
        waiting: set[Any] = set()
        for column, parent in table.parents:
            c = table.index(column)
            wanted = {r[c] for r in rows} - {None}
            if wanted:
                missing = wanted - self.present(parent, wanted)
                waiting |= {r[k] for r in rows if r[c] in missing}
        return [r for r in rows if r[k] not in waiting]

    def park(self, table: SyncTable, rows: list[Row]) -> None:
        sync.park(self.session, table.name, table.columns, rows, table.index("id"))

    def retry_parked(self) -> None:
        """Facts parked by earlier imports (or earlier steps): in if their case is here now."""
        tables = by_name()
        parked: dict[str, list[Row]] = defaultdict(list)
        for name, doc in sync.take_parked(self.session):
            table = tables.get(name)
            if table is not None:
                values = dict(zip(doc["columns"], doc["values"], strict=True))
                parked[name].append(tuple(values.get(c) for c in table.columns))
        # a case that arrived since under an alias: the parked facts name the other id
        mentioned = {v for rows in parked.values() for r in rows for v in r if isinstance(v, str)}
        aliases = sync.aliases(self.session, sorted(mentioned)) if parked else {}
        for table in sync_tables():
            rows = translate_rows(table, parked.pop(table.name, []), aliases)
            if not rows:
                continue
            k = table.index("id")
            seen = sync.present_ids(self.session, table.name, "id", [r[k] for r in rows])
            fresh = [r for r in rows if r[k] not in seen]
            ready = self._ready(table, fresh)
            self.writer.insert(table.name, ready)
            self.tally.add(table.name, len(ready))
            self._touch(table, ready)
            ids = {r[k] for r in ready}
            self.park(table, [r for r in fresh if r[k] not in ids])

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
            self.tally.update(table.name, len(better))

    def registers(self, table: SyncTable, rows: Sequence[Row]) -> None:
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
                if entity == "loan":
                    self.loans.add(entity_id)
                    self.derive.add(entity_id)
            elif current == (hlc, origin):
                self.tally.known += 1
            elif registers.apply(
                self.session,
                registers.RegisterValue(
                    entity, entity_id, fld, json.loads(value), hlc, origin, row[col["prev_hlc"]]
                ),
            ):
                self.tally.update("register", 1)
                if entity == "loan":
                    self.loans.add(entity_id)
                    self.derive.add(entity_id)
            else:
                self.tally.known += 1
        self.session.flush()  # registers.apply's rows before the bulk insert
        self.writer.insert(table.name, new)
        self.tally.add("register", len(new))
