"""Importing a bundle: verify everything first, then apply it in short chunks.

1. Read and verify the file (`bundle_read`: magic, signature, schema, passphrase,
   section hashes), check every value (`bundle_check`), and check it against this
   database (`bundle_fit`: clashes, missing parents), all before the first write
   and without the write lock. A bundle refused here changes nothing. Before the
   last of these, its ids are translated to ours where a row is here under another
   id (`bundle_alias`: a contract loaded here before convergent ids, say); the
   aliases are recorded by the first step.
2. Apply it in steps (`bundle_apply.plan`), each its own short unit of work, so
   other writers get in between (they wait, told "busy: bundle import of X is
   running, N%"). The first step writes the bundle's `sync_log` line; every step
   records in it, in the same transaction, how far the import has got and what it
   has done so far (its journal). Once writing has begun it runs to its end: a
   cancel stops it only before the first write.
3. Importing a bundle again: after a kill half-way, it resumes at the step after
   the last one committed and ends exactly as an import that was never stopped;
   once complete, a bundle is not applied again ("nothing new", nothing written).
4. Each step brings the case_state of the loans it touched up to date in its own
   unit of work (`StepWork.settle_cases`): a new payment or promise, a loan or an
   assignment derives the loan again; a call or an attempt only raises its latest
   contact; a note changes nothing there. So case_state is true at every commit,
   and nothing is left to do after the last step, or after a kill.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.exchange import bulk_gc
from collector_desk.exchange.bundle_alias import Translation, translate
from collector_desk.exchange.bundle_apply import (
    CHUNK_ROWS,
    PLAN,
    StepWork,
    Tally,
    plan,
    schedules_by_loan,
)
from collector_desk.exchange.bundle_check import check_rows, nfc_sections
from collector_desk.exchange.bundle_fit import check_fits
from collector_desk.exchange.bundle_read import Bundle, read_bundle
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.synctables import by_name
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services import case_state, target_counts
from collector_desk.services.context import ChangeKind, ChangeSet, Desk, new_id
from collector_desk.store import audit, busy, locks, sync

__all__ = ["BundleRefused", "ImportSummary", "apply_bundle", "import_bundle", "read_bundle"]
IMPORTING = "importing"  # the journal's state while the steps run


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


@dataclass
class _Journal:
    """The bundle's sync_log line while it is imported: how far, and what so far."""

    seq: int | None = None
    done: int = 0  # steps committed
    chunk_rows: int = CHUNK_ROWS
    conflicts_before: int = 0
    tally: Tally = field(default_factory=Tally)
    plan: int = PLAN  # how the steps were cut (bundle_apply.PLAN); 1 before it was said

    def text(self) -> str:
        doc = {"state": IMPORTING, "done": self.done, "chunk_rows": self.chunk_rows,
               "conflicts_before": self.conflicts_before, "plan": self.plan,
               **self.tally.doc()}  # fmt: skip
        return json.dumps(doc, sort_keys=True)

    @classmethod
    def of(cls, seq: int, doc: dict[str, Any]) -> _Journal:
        return cls(seq, int(doc.get("done", 0)), int(doc.get("chunk_rows", CHUNK_ROWS)),
                   int(doc.get("conflicts_before", 0)), Tally.of(doc),
                   int(doc.get("plan", 1)))  # fmt: skip


def _summary(
    bundle: Bundle, path: Path, tally: Tally, parked: int, conflicts: int,
    loans: set[str],
) -> ImportSummary:  # fmt: skip
    m = bundle.manifest
    kinds = {ChangeKind.SYNC} | ({ChangeKind.CASE} if loans else set())
    kinds |= {k for name, n in tally.added.items() if n and (k := ChangeKind.of_table(name))}
    return ImportSummary(
        path=path,
        bundle_id=bundle.bundle_id,
        source_workstation=str(m.get("workstation_id", "")),
        source_collector=str(m.get("collector_id", "")),
        kind=str(m.get("kind", "")),
        created_at=str(m.get("created_at", "")),
        added={k: v for k, v in tally.added.items() if v},
        updated={k: v for k, v in tally.updated.items() if v},
        known=tally.known,
        parked=parked,
        conflicts=conflicts,
        loans=frozenset(loans),
        changes=ChangeSet(frozenset(loans), frozenset(kinds)),
    )


@bulk_gc.during
def apply_bundle(
    desk: Desk, bundle: Bundle, path: Path, *, progress: Progress = NO_PROGRESS,
    chunk_rows: int = CHUNK_ROWS,
) -> ImportSummary:  # fmt: skip
    """Apply a verified bundle: every check first, then the steps (see the module)."""
    check_rows(bundle.sections)  # every value sound before anything is written
    # text as intake stores it: NFC (a name sent decomposed is stored composed)
    bundle = Bundle(bundle.manifest, nfc_sections(bundle.sections))
    with desk.read() as s:
        found = sync.import_journal(s, bundle.bundle_id)
        if found is not None and found[1].get("state") != IMPORTING:
            parked = sync.count(s, "sync_parked")
            total = sum(len(rows) for rows in bundle.sections.values())
            done = None
        else:
            # ids another database gave rows held here under ids of their own: ours
            translated = translate(s, bundle)
            bundle = translated.bundle
            check_fits(s, bundle)  # a clash or a missing parent: refused, nothing written
            done = _Journal.of(*found) if found is not None else _Journal(chunk_rows=chunk_rows)
    if done is None:  # imported here before: every row is here, or older than what is
        case_state.bring_up_to_date(desk, what="case update after a bundle import")
        return _summary(bundle, path, Tally(known=total), parked, 0, set())
    progress.step(0, 0, "importing")  # the last point where a cancel stops it
    return _run(desk, bundle, path, done, progress, translated)


class _Steps:
    """The steps of one import run, with what they share."""

    def __init__(
        self, desk: Desk, bundle: Bundle, path: Path, journal: _Journal,
        translated: Translation | None = None,
    ) -> None:  # fmt: skip
        self.desk, self.bundle, self.path, self.journal = desk, bundle, path, journal
        # aliases found by the translation, recorded with the first step of this run
        self.aliases = translated.new if translated is not None else []
        self.steps = plan(bundle, journal.chunk_rows, journal.plan)
        self.schedules = schedules_by_loan(bundle)
        self.loans: set[str] = set()  # touched so far (for the summary and the views)
        self.today = desk.today()
        self.seen: dict[str, set[Any]] = defaultdict(set)
        self.parked = self.conflicts = 0

    def apply(self, i: int) -> None:
        step, journal = self.steps[i], self.journal
        last = step.finish
        with self.desk.unit() as s:
            # On a server two workstations may import the same bundle at once: their
            # steps take turns, so each sees what the other's step wrote.
            locks.lock_key(s, "bundle import", self.bundle.bundle_id)
            # The last step's commit syncs to disk, and with it every step before
            # (WAL); a power cut before it takes back a few steps, whole, and
            # importing again resumes after those that were kept.
            sync.durable(s, full=last)
            if not last:
                sync.defer_checkpoints(s)  # the last step checkpoints once for all
            if journal.seq is None:
                journal.conflicts_before = sync.count(s, "conflict")
                journal.seq = _log(s, self.desk, self.bundle, self.path, journal)
            if self.aliases:
                sync.add_aliases(s, self.aliases)
                self.aliases = []
            self._write(s, i)

    def _write(self, s: Session, i: int) -> None:
        step, journal = self.steps[i], self.journal
        work = StepWork(s, journal.tally, self.schedules, self.seen)
        tables = by_name()
        for part in step.parts:
            work.run(tables[part.table], self.bundle.sections[part.table][part.start : part.stop])
        if {p.table for p in step.parts} & {"loan", "register"}:  # schedules, assignments
            target_counts.forget_loans(s)  # the Targets totals by loan: counted again
        if step.finish:
            work.retry_parked()
        if work.max_hlc:
            self.desk.observe_hlc(work.max_hlc, s)
        work.settle_cases(self.today)  # case_state true at every commit
        self.loans |= work.present("loan", work.loans - self.loans)
        journal.done = i + 1
        assert journal.seq is not None
        if step.finish:
            self.parked = sync.count(s, "sync_parked")
            self.conflicts = sync.count(s, "conflict") - journal.conflicts_before
            _finish(s, self.desk, self.bundle, journal, self.parked, self.conflicts)
        else:
            sync.set_log_summary(s, journal.seq, journal.text())


def _run(
    desk: Desk, bundle: Bundle, path: Path, journal: _Journal, progress: Progress,
    translated: Translation | None = None,
) -> ImportSummary:  # fmt: skip
    run = _Steps(desk, bundle, path, journal, translated)
    with busy.long_write(desk.data_dir, "bundle import", path.name) as note:
        for i in range(journal.done, len(run.steps)):
            note.fraction(i / len(run.steps))  # what a writer that waits is told
            progress.report(i, len(run.steps), run.steps[i].table or "finishing")
            run.apply(i)
    return _summary(bundle, path, journal.tally, run.parked, run.conflicts, run.loans)


def _log(s: Session, desk: Desk, bundle: Bundle, path: Path, journal: _Journal) -> int:
    m = bundle.manifest
    return sync.log_bundle(
        s,
        bundle_id=bundle.bundle_id,
        direction="import",
        at=desk.now(),
        workstation_id=str(m.get("workstation_id", "")),
        collector_id=str(m.get("collector_id", "")),
        file_name=str(path),
        summary=journal.text(),
    )


def _finish(
    s: Session, desk: Desk, bundle: Bundle, journal: _Journal, parked: int, conflicts: int
) -> None:
    tally = journal.tally
    summary = {**tally.doc(), "parked": parked, "conflicts": conflicts}
    assert journal.seq is not None
    content = {k: v for k, v in tally.added.items() if v and k not in ("audit_event", "conflict")}
    if content or any(tally.updated.values()):
        _audit(s, desk, bundle, summary)
    sync.set_log_summary(s, journal.seq, json.dumps(summary, sort_keys=True))


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


@bulk_gc.during
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
