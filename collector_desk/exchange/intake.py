"""Case intake from a head-office file: preview, column mapping, check, write.

`preview()` reads the file and proposes a column mapping (recognised headers,
then what was remembered for this source, then the user's choices);
`run_intake()` checks every row and writes the good ones in one unit of work,
so a crash or a cancel leaves the database as it was. Rows with problems are
reported (row as Excel numbers it, column header, reason) and not imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from collector_desk.domain.progress import NO_PROGRESS, Progress
from collector_desk.exchange import intake_values
from collector_desk.exchange.intake_fields import BY_KEY, REQUIRED, auto_mapping, source_key
from collector_desk.exchange.intake_read import Table, Unreadable, read_table
from collector_desk.exchange.intake_rows import (
    GoodRow,
    RowChecker,
    RowProblem,
    check_rows,
    lookup_keys,
)
from collector_desk.exchange.intake_write import IntakeWriter
from collector_desk.services import audit
from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.services.portfolio import Stamp

MAPPINGS_SETTING = "intake_mappings"  # {source key: {header: field or ""}}
PROGRESS_EVERY = 2000

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
    encoding: str = ""
    sheet: str = ""
    changes: ChangeSet = field(default_factory=ChangeSet, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "dry_run": self.dry_run,
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
        }


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
    desk: Desk, path: Path, mapping: dict[str, str] | None = None, *, sample: int = 20
) -> IntakePreview:
    table = read_table(path)
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
    )


def run_intake(
    desk: Desk,
    path: Path,
    *,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
) -> IntakeReport:
    """Check every row of `path` and write the good ones in one transaction.

    One intake at a time per workstation: a second is refused at once (BusyError,
    nothing written), and short writers meanwhile are told how far this one is."""
    if dry_run:
        return _run_intake(desk, path, mapping=mapping, dry_run=True, progress=progress)
    from collector_desk.store.busy import NotedProgress, long_write

    with long_write(desk.data_dir, "intake", path.name) as note:
        noted = NotedProgress(progress, note)
        return _run_intake(desk, path, mapping=mapping, dry_run=False, progress=noted)


def _run_intake(
    desk: Desk,
    path: Path,
    *,
    mapping: dict[str, str] | None,
    dry_run: bool,
    progress: Progress,
) -> IntakeReport:
    progress.step(0, 0, "reading")
    table = read_table(path)
    source = source_key(table.headers)
    remembered = _remembered(desk, source)
    resolved = resolve_mapping(table.headers, remembered, mapping)
    unmapped, missing = _describe(table, resolved)
    if missing:
        raise MappingIncomplete(missing, unmapped)
    today = desk.today()
    checker = RowChecker(table.headers, resolved, today)
    problems: list[RowProblem] = []
    accepted = rejected = 0
    total = len(table.rows)
    with desk.unit() as s:
        writer = IntakeWriter(s, Stamp.of(desk), today, path.name, dry_run=dry_run)
        writer.prepare(*lookup_keys(table, resolved))
        for n, outcome in enumerate(check_rows(table.numbered(), checker)):
            if isinstance(outcome, GoodRow):
                writer.take(outcome)
                accepted += 1
            else:
                problems += outcome
                rejected += 1
            if n % PROGRESS_EVERY == 0:
                progress.step(n, total, "checking")
        counts = writer.finish(progress)
        if not dry_run and (counts.new or counts.updated):
            audit.record(
                s,
                desk,
                "intake",
                path.name,
                {
                    "rows": accepted + rejected,
                    "new": counts.new,
                    "updated": counts.updated,
                    "rejected": rejected,
                    "source": source,
                },
            )
    if mapping and not dry_run:
        stored = dict(desk.setting(MAPPINGS_SETTING) or {})
        stored[source] = {**remembered, **mapping}
        desk.set_settings(**{MAPPINGS_SETTING: stored})
    loans = frozenset(counts.loans)
    return IntakeReport(
        path=path,
        dry_run=dry_run,
        rows=accepted + rejected,
        accepted=accepted,
        new=counts.new,
        updated=counts.updated,
        unchanged=counts.unchanged,
        rejected=rejected,
        problems=tuple(problems),
        encoding=table.encoding,
        sheet=table.sheet,
        changes=ChangeSet.of(*([ChangeKind.CASE] if loans else []), loans=loans),
    )
