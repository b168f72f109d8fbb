"""Case intake from a head-office file: preview, column mapping, check, write.

`preview()` reads the file and proposes a column mapping (recognised headers,
then what was remembered for this source, then the user's choices);
`run_intake()` checks every row and writes the good ones in one unit of work,
so a crash or a cancel leaves the database as it was. Rows with problems are
reported (row as Excel numbers it, column header, reason) and not imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
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
    RowWarning,
    check_rows,
    lookup_keys,
)
from collector_desk.exchange.intake_write import IntakeWriter
from collector_desk.services import assignment, audit
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
    warnings: tuple[RowWarning, ...] = field(default=(), repr=False)
    as_of: date | None = None
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
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "warnings": [
                {"row": w.row, "column": w.column, "code": w.code, "reason": w.message,
                 "stated": w.stated, "computed": w.computed}
                for w in self.warnings
            ],
        }  # fmt: skip


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


@dataclass(frozen=True)
class _Options:
    as_of: date | None
    strict: bool
    accept_identity_change: bool


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
) -> IntakeReport:
    """Check every row of `path` and write the good ones in one transaction.

    One intake at a time per workstation: a second is refused at once (BusyError,
    nothing written), and short writers meanwhile are told how far this one is."""
    options = _Options(as_of, strict, accept_identity_change)
    if dry_run:
        return _run_intake(
            desk, path, mapping=mapping, dry_run=True, progress=progress, options=options
        )
    from collector_desk.store.busy import NotedProgress, long_write

    with long_write(desk.data_dir, "intake", path.name) as note:
        noted = NotedProgress(progress, note)
        return _run_intake(
            desk, path, mapping=mapping, dry_run=False, progress=noted, options=options
        )


def _run_intake(
    desk: Desk,
    path: Path,
    *,
    mapping: dict[str, str] | None,
    dry_run: bool,
    progress: Progress,
    options: _Options,
) -> IntakeReport:
    as_of, strict, accept_identity_change = (
        options.as_of,
        options.strict,
        options.accept_identity_change,
    )
    progress.step(0, 0, "reading")
    table = read_table(path)
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
    problems: list[RowProblem] = []
    warnings: list[RowWarning] = []
    collectors: dict[str, tuple[GoodRow, str]] = {}  # contract -> (row, the file's collector)
    accepted = rejected = 0
    total = len(table.rows)
    with desk.unit() as s:
        writer = IntakeWriter(
            s,
            Stamp.of(desk),
            today,
            path.name,
            dry_run=dry_run,
            accept_identity_change=accept_identity_change,
        )
        writer.prepare(*lookup_keys(table, resolved))
        for n, outcome in enumerate(check_rows(table.numbered(), checker)):
            if isinstance(outcome, GoodRow):
                refused = writer.take(outcome)
                if refused:
                    problems += refused
                    rejected += 1
                    continue
                warnings += outcome.warnings
                accepted += 1
                who = dict(outcome.extras).get("collector")
                if who:
                    collectors[outcome.record.contract_no] = (outcome, str(who))
            else:
                problems += outcome
                rejected += 1
            if n % PROGRESS_EVERY == 0:
                progress.step(n, total, "checking")
        counts = writer.finish(progress)
        if not dry_run:
            for contract, changed in writer.identity_changes:
                # The old values stay on record: the borrower row keeps only the new ones.
                audit.record(s, desk, "identity_change", contract,
                             {f: {"old": old, "new": new} for f, (old, new) in changed.items()})  # fmt: skip
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
                    "warnings": len(warnings),
                    "source": source,
                },
            )
    assigned = ChangeSet()
    if collectors:
        warnings += _unknown_collectors(desk, collectors)
        if not dry_run:
            assigned = _assign(desk, collectors)
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
        warnings=tuple(warnings),
        as_of=as_of or today,
        encoding=table.encoding,
        sheet=table.sheet,
        changes=ChangeSet.of(*([ChangeKind.CASE] if loans else []), loans=loans) | assigned,
    )


def _roster(desk: Desk) -> dict[str, str]:
    """Staff code or (unique) name -> staff code, to read the file's collector column."""
    members = assignment.team(desk)
    by_name: dict[str, list[str]] = {}
    for m in members:
        by_name.setdefault(m.name.strip(), []).append(m.id)
    out = {name: ids[0] for name, ids in by_name.items() if len(ids) == 1}
    out.update({m.id: m.id for m in members})
    return out


def _unknown_collectors(desk: Desk, collectors: dict[str, tuple[GoodRow, str]]) -> list[RowWarning]:
    roster = _roster(desk)
    out = []
    for contract, (g, who) in list(collectors.items()):
        if who.strip() not in roster:
            del collectors[contract]
            out.append(RowWarning(
                g.row, g.headers.get("collector", ""), "collector_unknown",
                f"{who.strip()} is not on the team roster, so the case stays unassigned; add them "
                "to the team (collectors add) and load the file again", who.strip(), ""))  # fmt: skip
    return out


def _assign(desk: Desk, collectors: dict[str, tuple[GoodRow, str]]) -> ChangeSet:
    roster = _roster(desk)
    with desk.read() as s:
        loans = assignment.loans_by_contract(s, collectors)
    plan: dict[str, list[str]] = {}
    for contract, (_g, who) in collectors.items():
        if contract in loans:
            plan.setdefault(roster[who.strip()], []).append(loans[contract])
    if not plan:
        return ChangeSet()
    return assignment.apply_plan(desk, assignment.Plan({k: tuple(v) for k, v in plan.items()}))
