"""Case intake from a head-office file: preview, column mapping, check, write.

`preview()` reads the file and proposes a column mapping (recognised headers,
then what was remembered for this source, then the user's choices);
`run_intake()` checks every row and writes the good ones in chunks of
CHUNK_ROWS rows, each its own unit of work, so other writers are not locked out
for the whole run, and a crash or a cancel leaves whole chunks that loading the
file again completes. Rows with problems are reported (row as Excel numbers it,
column header, reason) and not imported.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from collector_desk.domain.progress import NO_PROGRESS, Cancelled, Progress
from collector_desk.exchange import intake_values
from collector_desk.exchange.intake_assign import assign, roster, unknown_collectors
from collector_desk.exchange.intake_fields import BY_KEY, REQUIRED, auto_mapping, source_key
from collector_desk.exchange.intake_read import Table, Unreadable, read_table, still_current
from collector_desk.exchange.intake_rows import (
    COLLECTOR,
    STATED_FIELDS,
    GoodRow,
    RowChecker,
    RowProblem,
    RowWarning,
    check_parts_marked,
)
from collector_desk.exchange.intake_write import IntakeWriter, WriteCounts
from collector_desk.services import audit
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.services.portfolio import Stamp
from collector_desk.store import sync

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAPPINGS_SETTING = "intake_mappings"  # {source key: {header: field or ""}}
STATED = frozenset(STATED_FIELDS)
P = ParamSpec("P")
R = TypeVar("R")

__all__ = [
    "IntakePreview",
    "IntakeReport",
    "MappingIncomplete",
    "RowProblem",
    "Unreadable",
    "preview",
    "run_intake",
]


class MappingIncomplete(ValueError):
    """Required fields have no column; the user must map them (exit status 2)."""

    def __init__(self, missing: tuple[str, ...], unmapped: tuple[str, ...]) -> None:
        labels = ", ".join(BY_KEY[f].label for f in missing)
        extra = f"; columns not recognised: {', '.join(unmapped)}" if unmapped else ""
        super().__init__(f"no column for: {labels}{extra}")
        self.code = "mapping_incomplete"
        self.missing = missing
        self.unmapped = unmapped


@dataclass(frozen=True)
class IntakePreview:
    path: Path
    kind: str
    encoding: str
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    mapping: dict[int, str]  # column index -> field
    remembered: bool  # the mapping came (partly) from an earlier file of this source
    unmapped: tuple[str, ...]  # headers no field is taken from
    missing: tuple[str, ...]  # required fields without a column
    sample: tuple[tuple[str, ...], ...]  # the first rows, as text
    first_row: int
    total_rows: int
    source: str
    # The table read, for the import to take while the file is unchanged (`run_intake`'s
    # `table`); None when it is too large to keep in memory meanwhile (KEEP_CELLS).
    table: Table | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class IntakeReport:
    path: Path
    dry_run: bool
    rows: int
    accepted: int
    new: int
    updated: int
    unchanged: int
    rejected: int
    problems: tuple[RowProblem, ...] = field(repr=False)
    warnings: tuple[RowWarning, ...] = field(default=(), repr=False)
    as_of: date | None = None
    encoding: str = ""
    sheet: str = ""
    changes: ChangeSet = field(default_factory=ChangeSet, repr=False)
    stopped: bool = False  # cancelled after some chunks were written; load again to finish
    # Head office's repaid amounts (`WriteCounts`): payments here they were matched with,
    # and head-office payments written for the rest (a dry run: would be).
    payments_matched: int = 0
    matched_fen: int = 0
    payments_new: int = 0
    new_fen: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "dry_run": self.dry_run,
            "stopped": self.stopped,
            "encoding": self.encoding,
            "sheet": self.sheet,
            "rows": self.rows,
            "accepted": self.accepted,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "problems": [
                {"row": p.row, "column": p.column, "code": p.code, "reason": p.message}
                for p in self.problems
            ],
            "as_of": self.as_of.isoformat() if self.as_of else None,
            # head office's repaid amounts: matched with payments here / written as new
            "payments": {
                "matched": self.payments_matched,
                "matched_fen": self.matched_fen,
                "new": self.payments_new,
                "new_fen": self.new_fen,
            },
            "warnings": [
                {"row": w.row, "column": w.column, "code": w.code, "reason": w.message,
                 "stated": w.stated, "computed": w.computed}
                for w in self.warnings
            ],
        }  # fmt: skip


def repeated_warnings(table: Table) -> list[RowWarning]:
    """A column repeated with the same values in every row: one was read, and why."""
    return [
        RowWarning(
            table.header_row,
            title,
            "repeated_column",
            f"columns {first} and {second} are both titled {title!r} and hold the same "
            f"values; column {first} was read",
            "",
            "",
        )
        for title, first, second in table.repeated
    ]


def _remembered(desk: Desk, source: str) -> dict[str, str]:
    stored = desk.setting(MAPPINGS_SETTING) or {}
    return dict(stored.get(source, {}))


def resolve_mapping(
    headers: list[str], remembered: dict[str, str], chosen: dict[str, str] | None
) -> dict[int, str]:
    """Column index -> field: recognised names, then remembered choices, then `chosen`.

    In `remembered`/`chosen` a header maps to a field key, or to "" to ignore it."""
    mapping = auto_mapping(headers)
    for choices in (remembered, chosen or {}):
        for i, header in enumerate(headers):
            if header in choices:
                wanted = choices[header]
                mapping.pop(i, None)
                if wanted:
                    for j in [j for j, f in mapping.items() if f == wanted]:
                        del mapping[j]  # a field comes from one column only
                    mapping[i] = wanted
    return mapping


def _describe(table: Table, mapping: dict[int, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    unmapped = tuple(h for i, h in enumerate(table.headers) if h and i not in mapping)
    missing = tuple(f for f in REQUIRED if f not in mapping.values())
    return unmapped, missing


def preview(
    desk: Desk,
    path: Path,
    mapping: dict[str, str] | None = None,
    *,
    sample: int = 20,
    progress: Progress = NO_PROGRESS,
) -> IntakePreview:
    """The file's columns and first rows; a Cancel on `progress` stops the reading."""
    table = read_table(path, poll=lambda: progress.step(progress.done))
    source = source_key(table.headers)
    remembered = _remembered(desk, source)
    resolved = resolve_mapping(table.headers, remembered, mapping)
    unmapped, missing = _describe(table, resolved)
    width = len(table.headers)
    rows = tuple(
        tuple(intake_values.text(c) for c in (r + [""] * width)[:width])
        for r in table.rows[:sample]
    )
    return IntakePreview(
        path=path,
        kind=table.kind,
        encoding=table.encoding,
        sheet=table.sheet,
        header_row=table.header_row,
        headers=tuple(table.headers),
        mapping=resolved,
        remembered=bool(remembered),
        unmapped=unmapped,
        missing=missing,
        sample=rows,
        first_row=table.first_row,
        total_rows=len(table.rows),
        source=source,
        table=table if len(table.rows) * max(1, width) <= KEEP_CELLS else None,
    )


# The preview's table is kept for the import up to this many cells (about 60-120 MB of
# Python objects): reading the workbook again costs its reader child's whole run
# (a 20,000 x 50 sheet: several seconds); a larger one is read again.
KEEP_CELLS = 2_000_000


CHUNK_ROWS = 2000  # rows per transaction: other writers get their turn between chunks
# Chunks between two checkpoints (copying the WAL back into the database file, which
# syncs it): each chunk's commit would otherwise copy the pages it changed, and the
# index pages several chunks share would be copied again each time. The last chunk
# always checkpoints; so does every CHECKPOINT_EVERY-th, which bounds the WAL (about
# 60 MB a chunk).
CHECKPOINT_EVERY = 8


@contextmanager
def _one_at_a_time(
    desk: Desk, path: Path, *, dry_run: bool, progress: Progress
) -> Iterator[Progress]:
    """One intake at a time per workstation: a second is refused at once (BusyError,
    nothing written), and short writers meanwhile are told how far this one is
    ("busy: intake is running, 40%"). The holder record names no file: a file's
    name may be a borrower's. A dry run writes nothing and takes no turn."""
    if dry_run:
        yield progress
        return
    from collector_desk.store.busy import NotedProgress, long_write

    with long_write(desk.data_dir, "intake", "") as note:
        yield NotedProgress(progress, note)


def _without_collections(run: Callable[P, R]) -> Callable[P, R]:
    """No automatic runs of Python's cycle collector while `run` checks and writes
    rows: an intake makes millions of short-lived objects, and at the default
    threshold (700) it ran hundreds of collections over the rows in hand, 5-10 % of
    intake's time; at 50,000 each young-generation run still walked every chunk's
    row tuples (60-70 ms a run). Reference counting frees nearly everything at
    once; the few cycles (a unit of work's session) wait for the next collection,
    which finds little young: `run`'s rows are freed when it returns, before the
    collector is switched back on."""

    @functools.wraps(run)
    def without(*args: P.args, **kwargs: P.kwargs) -> R:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return run(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return without


@dataclass
class _Tally:
    """What the chunks written so far add up to."""

    accepted: int = 0
    rejected: int = 0
    rows: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    collectors: dict[str, tuple[GoodRow, str]] = field(default_factory=dict)
    as_of: set[date] = field(default_factory=set)  # the days the accepted rows describe
    assigned: list[str] = field(default_factory=list)  # new loans assigned as written
    counts: WriteCounts = field(default_factory=WriteCounts)
    committed: int = 0  # chunks written


@_without_collections
def run_intake(
    desk: Desk,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    as_of: date | None = None,
    strict: bool = False,
    accept_identity_change: bool = False,
    progress: Progress = NO_PROGRESS,
    table: Table | None = None,
) -> IntakeReport:
    """Check every row of `path` and write the good ones, CHUNK_ROWS rows per transaction.

    Between chunks other writers get the database (a 40,000-row intake no longer
    holds SQLite's write lock for its whole run). Each chunk is whole: its cases
    with their schedules, payments, case_state and audit events, or nothing of
    it; and loading the same file again after a crash or a cancel writes what is
    missing and leaves the rest unchanged, so both end in the same database.
    Cancel stops at the next chunk: what was written stays (the report says
    `stopped`); a cancel before the first chunk is written raises Cancelled.
    `table`: the preview's (`IntakePreview.table`), taken instead of reading the file
    again while the file is unchanged (`intake_read.still_current`)."""
    with _one_at_a_time(desk, path, dry_run=dry_run, progress=progress) as progress:
        progress.step(0, 0, "reading")
        if table is None or not still_current(table, path):
            table = read_table(path, poll=lambda: progress.step(0, 0, "reading"))
        source = source_key(table.headers)
        remembered = _remembered(desk, source)
        resolved = resolve_mapping(table.headers, remembered, mapping)
        unmapped, missing = _describe(table, resolved)
        if missing:
            raise MappingIncomplete(missing, unmapped)
        today = desk.today()
        checker = RowChecker(
            table.headers,
            resolved,
            today,
            as_of=as_of,
            strict=strict,
            uncalculated=table.uncalculated,
        )
        stamp = Stamp.of(desk)
        on_team = roster(desk) if "collector" in resolved.values() and not dry_run else {}
        states = bool(STATED & set(resolved.values()))  # known schedules may move
        tally = _Tally()
        total = len(table.rows)
        stopped = False
        parts = check_parts_marked(table.numbered(), checker, CHUNK_ROWS)
        # The next chunk is checked on a thread while this one is written: SQLite lets
        # go of the interpreter while it inserts, so the check runs on the other core
        # meanwhile (and no lock is held while a chunk is checked, as before).
        from concurrent.futures import ThreadPoolExecutor

        ahead = ThreadPoolExecutor(1, thread_name_prefix="intake-check")
        # each chunk's unit keeps the pages the one before had in hand (a large cache)
        bulk = sync.bulk_writes()
        bulk.__enter__()
        try:
            checking = ahead.submit(next, parts, None)
            while (item := checking.result()) is not None:
                part, last = item
                if not last:
                    checking = ahead.submit(next, parts, None)
                with desk.unit() as s:
                    sync.bulk_cache(s)
                    if not last and (tally.committed + 1) % CHECKPOINT_EVERY:
                        sync.defer_checkpoints(s)
                    writer = IntakeWriter(s, stamp, today, path.name, dry_run=dry_run,
                                          accept_identity_change=accept_identity_change,
                                          roster=on_team)  # fmt: skip
                    _write_part(desk, s, writer, part, tally, states=states, progress=progress)
                    if last and not dry_run:
                        _audit_intake(desk, s, path, tally, source, on_team)
                tally.committed += 1
                # The one place per chunk written: the dialog's progress and the busy
                # note; a long-writer record's progress(tally.rows / total) goes here too.
                progress.step(tally.rows, total, "checking" if dry_run else "writing")
                if last:
                    break
        except Cancelled:
            if not tally.committed or dry_run:
                raise
            stopped = True
        finally:
            bulk.__exit__(None, None, None)
            # A cancel or an error while the next chunk is checked: that check ends first
            # (a part's check, a few tens of ms); its rows are dropped.
            ahead.shutdown(wait=True, cancel_futures=True)
        warnings = [*repeated_warnings(table), *tally.warnings]
        assigned = (
            ChangeSet.of(ChangeKind.ASSIGNMENT, loans=tally.assigned)
            if tally.assigned
            else ChangeSet()
        )
        if tally.collectors and not stopped:
            warnings += unknown_collectors(desk, tally.collectors)
            if not dry_run:
                assigned |= assign(desk, tally.collectors)
        if mapping and not dry_run:
            stored = dict(desk.setting(MAPPINGS_SETTING) or {})
            stored[source] = {**remembered, **mapping}
            desk.set_settings(**{MAPPINGS_SETTING: stored})
        counts = tally.counts
        loans = frozenset(counts.loans)
        return IntakeReport(
            path=path,
            dry_run=dry_run,
            rows=tally.accepted + tally.rejected,
            accepted=tally.accepted,
            new=counts.new,
            updated=counts.updated,
            unchanged=counts.unchanged,
            rejected=tally.rejected,
            problems=tuple(tally.problems),
            warnings=tuple(warnings),
            # The file's own date column wins over the day asked for (row by row).
            as_of=next(iter(tally.as_of)) if len(tally.as_of) == 1 else as_of or today,
            encoding=table.encoding,
            sheet=table.sheet,
            changes=ChangeSet.of(
                *([ChangeKind.CASE, ChangeKind.PLACEMENT] if loans else []), loans=loans
            )
            | assigned,
            stopped=stopped,
            payments_matched=counts.payments_matched,
            matched_fen=counts.matched_fen,
            payments_new=counts.payments_new,
            new_fen=counts.new_fen,
        )


def _write_part(
    desk: Desk,
    s: Session,
    writer: IntakeWriter,
    part: list[GoodRow | list[RowProblem]],
    tally: _Tally,
    *,
    states: bool,
    progress: Progress,
) -> None:
    """One chunk, in the caller's unit of work: its lookups, its rows, its audit events.
    The tally is changed only once the chunk's rows are all written."""
    good = [o for o in part if isinstance(o, GoodRow)]
    writer.prepare([g.contract_no for g in good], [g.id_number for g in good], states=states)
    accepted, rejected = 0, 0
    problems: list[RowProblem] = []
    warnings: list[RowWarning] = []
    collectors: dict[str, tuple[GoodRow, str]] = {}
    days: set[date] = set()
    for outcome in part:
        if not isinstance(outcome, GoodRow):
            problems += outcome
            rejected += 1
            continue
        refused = writer.take(outcome)
        if refused:
            problems += refused
            rejected += 1
            continue
        warnings += outcome.warnings
        accepted += 1
        if outcome.as_of is not None:
            days.add(outcome.as_of)
        who = outcome.values[COLLECTOR]
        if who and outcome.contract_no not in writer.assigned:
            collectors[outcome.contract_no] = (outcome, str(who))
    counts = writer.finish(progress)
    if not writer.dry_run:
        for contract, changed in writer.identity_changes:
            # The old values stay on record: the borrower row keeps only the new ones.
            audit.record(s, desk, "identity_change", contract,
                         {f: {"old": old, "new": new} for f, (old, new) in changed.items()})  # fmt: skip
    tally.accepted += accepted
    tally.rejected += rejected
    tally.rows += len(part)
    tally.problems += problems
    tally.warnings += warnings
    tally.collectors.update(collectors)
    tally.as_of |= days
    tally.counts.add(counts)
    if writer.fast is not None:
        tally.assigned += writer.fast.assigned


def _audit_intake(
    desk: Desk, s: Session, path: Path, tally: _Tally, source: str, team: dict[str, str]
) -> None:
    """The `intake` event, written with the last chunk (a re-run after a crash writes
    its own, counting what it found written as unchanged). Its warnings count the
    collectors not on the team too (`unknown_collectors` words them once it is in)."""
    counts = tally.counts
    off_team = sum(1 for _g, who in tally.collectors.values() if who.strip() not in team)
    if counts.new or counts.updated:
        audit.record(s, desk, "intake", path.name, {
            "rows": tally.accepted + tally.rejected, "new": counts.new,
            "updated": counts.updated, "rejected": tally.rejected,
            "warnings": len(tally.warnings) + off_team, "source": source,
            "chunks": tally.committed + 1,
        })  # fmt: skip
