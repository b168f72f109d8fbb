"""Translating a bundle's ids to this database's before it is checked and applied.

New loans and borrowers get ids derived from (lender, contract number / ID number)
(`domain.identity`), so two workstations that load the same head-office file agree
on them. Where they do not (a database from before convergent ids, a contract head
office gave another disbursement day, the numbers and contacts each intake gave
random ids), the bundle's rows are translated here, generically, from the synced
tables' own description (`synctables.SyncTable.parents`):

- a loan whose id is not here but whose contract number is, under another id: the
  bundle's id is an alias of the local one (`loan_alias`), and so is its borrower's
  id of the local loan's borrower (when that id is not a borrower here itself);
- a contact not here whose (borrower, name, relation) is, and a phone not here whose
  (borrower, contact, number) is: aliases of those (no second row for one number);
- then every reference to an aliased id is the local id: the rows' own ids, every
  column that points at a loan, borrower, contact or phone (facts' loan_id, phones'
  contact_id, a call's phone_id...), the loans' schedules, registers and conflict
  records on those entities, and audit events about them.
- a head-office payment or a placement (what intake made from a file) that this
  loan has here already, made by an intake of the same file before convergent ids
  (same reference, day and amount; same file, as-of day and figures): the same
  fact, left out.

Aliases are recorded in the import's first step and never removed, so an import
resumed after a kill translates the same way, and a later bundle (facts only)
referring to an aliased id lands on the local row. Export keeps the local ids; the
other side aliases them back the same way.

A contract here under a derived id that another lender's name made (both ids
derived, their hashes differ) is a real clash: the two workstations' `lender_name`
settings differ. Refused in one line, nothing written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from collector_desk.domain.head_office import is_head_office
from collector_desk.domain.identity import is_derived, same_source
from collector_desk.exchange.bundle_read import Bundle
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.synctables import SCHEDULE, SyncTable, by_name, schedule_table
from collector_desk.store import sync
from collector_desk.store.cases_bulk import present, rows_in

Row = Sequence[Any]
ENTITIES = ("loan", "borrower", "contact", "phone")  # rows that may be held under two ids


@dataclass
class Translation:
    bundle: Bundle
    new: list[tuple[str, str, str]] = field(default_factory=list)  # (remote, local, entity)
    dropped: int = 0  # facts left out as the same as one here


def _ids(rows: Sequence[Row], at: int) -> list[str]:
    return [r[at] for r in rows if r[at] is not None]


def _columns(table: SyncTable) -> list[tuple[int, str]]:
    """(column index, entity) of the columns of `table` that name an entity row."""
    out = [(table.index("id"), table.name)] if table.name in ENTITIES else []
    out += [(table.index(c), p) for c, p in table.parents if p in ENTITIES]
    if table.name == SCHEDULE:
        out.append((table.index("loan_id"), "loan"))
    return out


def _referenced(sections: dict[str, list[Row]]) -> set[str]:
    """Every id in the bundle that may be an alias recorded here."""
    out: set[str] = set()
    for name, rows in sections.items():
        table = schedule_table() if name == SCHEDULE else by_name().get(name)
        if table is None or not rows:
            continue
        for at, _entity in _columns(table):
            out.update(_ids(rows, at))
        if table.name in ("register", "conflict"):
            e, i = table.index("entity"), table.index("entity_id")
            out.update(r[i] for r in rows if r[e] in ENTITIES)
        elif table.name == "audit_event":
            out.update(_ids(rows, table.index("subject")))
    return out


class _Translator:
    def __init__(self, session: Session, sections: dict[str, list[Row]]) -> None:
        self.session, self.sections = session, sections
        self.map: dict[str, str] = (
            sync.aliases(session, sorted(_referenced(sections)))
            if sync.any_aliases(session)
            else {}
        )
        self.new: list[tuple[str, str, str]] = []

    def to(self, value: Any) -> Any:
        return self.map.get(value, value) if value is not None else None

    def alias(self, remote: str, local: str, entity: str) -> None:
        if remote != local and remote not in self.map:
            self.map[remote] = local
            self.new.append((remote, local, entity))

    def unknown(self, table: str) -> list[Row]:
        """The bundle's rows of `table` whose id (translated) is not a row here."""
        rows = self.sections.get(table, [])
        k = by_name()[table].index("id")
        ids = [self.to(r[k]) for r in rows]
        here = sync.present_ids(self.session, table, "id", ids)
        return [r for r, i in zip(rows, ids, strict=True) if i not in here]

    def loans(self) -> None:
        table = by_name()["loan"]
        k, c, b = table.index("id"), table.index("contract_no"), table.index("borrower_id")
        rows = self.unknown("loan")
        if not rows:
            return
        # the contracts here first (reads the column when the table is the smaller)
        here = present(self.session, "loan", "contract_no", sorted({r[c] for r in rows}))
        if not here:
            return
        held = sync.key_holders(self.session, "loan", ("contract_no",), [(x,) for x in here])
        locals_ = rows_in(self.session, "loan", "id", sorted(held.values()),
                          only=("id", "borrower_id"))  # fmt: skip
        borrower_of = {r["id"]: r["borrower_id"] for r in locals_}
        remote_borrowers = [r[b] for r in rows if (r[c],) in held]
        known_borrowers = sync.present_ids(self.session, "borrower", "id", remote_borrowers)
        for row in rows:
            local = held.get((row[c],))
            if local is None:
                continue
            if is_derived(row[k]) and is_derived(local) and not same_source(row[k], local):
                raise BundleRefused(
                    "clash",
                    "the bundle's loans include a contract that is here under another "
                    "lender's id: the two workstations' lender name settings differ. Make "
                    "the lender name the same on both (Settings), export again, and import "
                    "that. Nothing was imported",
                )
            self.alias(row[k], local, "loan")
            if row[b] not in known_borrowers:
                self.alias(row[b], borrower_of[local], "borrower")

    def matching(
        self, table: str, key: Callable[[Row], tuple[Any, ...]], local_key: Sequence[str]
    ) -> None:
        """Alias the bundle's unknown rows of `table` to the rows here with the same key
        (its first element the borrower's id, translated)."""
        rows = self.unknown(table)
        if not rows:
            return
        people = present(self.session, "borrower", "id", sorted({key(r)[0] for r in rows}))
        if not people:
            return
        found = rows_in(self.session, table, "borrower_id", people, only=("id", *local_key))
        here: dict[tuple[Any, ...], str] = {}
        for r in sorted(found, key=lambda r: r["id"]):
            here.setdefault(tuple(r[c] for c in local_key), r["id"])
        k = by_name()[table].index("id")
        for row in rows:
            local = here.get(key(row))
            if local is not None:
                self.alias(row[k], local, table)

    def people(self) -> None:
        contact = by_name()["contact"]
        cb, cn, cr = (contact.index(c) for c in ("borrower_id", "name", "relation"))
        self.matching(
            "contact",
            lambda r: (self.to(r[cb]), r[cn], r[cr]),
            ("borrower_id", "name", "relation"),
        )
        phone = by_name()["phone"]
        pb, pc, pn = (phone.index(c) for c in ("borrower_id", "contact_id", "number"))
        self.matching(
            "phone",
            lambda r: (self.to(r[pb]), self.to(r[pc]), r[pn]),
            ("borrower_id", "contact_id", "number"),
        )

    def rewrite(self) -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        for name, rows in self.sections.items():
            table = schedule_table() if name == SCHEDULE else by_name().get(name)
            out[name] = rows if table is None else translate_rows(table, rows, self.map)
        return out


def translate_rows(table: SyncTable, rows: Sequence[Row], mapping: dict[str, str]) -> list[Row]:
    """The rows with every reference to an aliased entity translated."""
    if not mapping or not rows:
        return list(rows)
    at = [i for i, _entity in _columns(table)]
    if table.name in ("register", "conflict"):
        e, i = table.index("entity"), table.index("entity_id")
    elif table.name == "audit_event":
        e, i = -1, table.index("subject")
    else:
        e = i = -1
    out: list[Row] = []
    for row in rows:
        new: list[Any] | None = None
        for a in at:
            v = row[a]
            if v is not None and v in mapping:
                new = new or list(row)
                new[a] = mapping[v]
        if i >= 0 and (e < 0 or row[e] in ENTITIES) and row[i] in mapping:
            new = new or list(row)
            new[i] = mapping[row[i]]
        out.append(row if new is None else tuple(new))
    return out


def _same_facts(
    session: Session, sections: dict[str, list[Row]]
) -> tuple[dict[str, list[Row]], int]:
    """Leave out the head-office payments and placements this database has already
    (from an intake of the same file made before their ids followed from it)."""
    dropped = 0
    out = dict(sections)
    keys = {
        "payment": ("loan_id", "reference", "paid_on", "amount_fen"),
        "placement": ("loan_id", "file", "as_of", "batch", "placed_on", "placed_fen",
                      "paid_fen", "last_paid_on"),
    }  # fmt: skip
    for name, cols in keys.items():
        rows = sections.get(name, [])
        table = by_name()[name]
        idx = [table.index(c) for c in cols]
        if name == "payment":
            ref = table.index("reference")
            rows_here = [r for r in rows if is_head_office(r[ref])]
        else:
            rows_here = list(rows)
        if not rows_here:
            continue
        k = table.index("id")
        known = sync.present_ids(session, name, "id", [r[k] for r in rows_here])
        fresh = [r for r in rows_here if r[k] not in known]
        if not fresh:
            continue
        found = rows_in(session, name, "loan_id", sorted({r[idx[0]] for r in fresh}),
                        only=("id", *cols))  # fmt: skip
        here = {tuple(str(f[c]) if f[c] is not None else None for c in cols) for f in found}
        same = {
            r[k]
            for r in fresh
            if tuple(str(r[i]) if r[i] is not None else None for i in idx) in here
        }
        if same:
            out[name] = [r for r in rows if r[k] not in same]
            dropped += len(same)
    return out, dropped


def translate(session: Session, bundle: Bundle) -> Translation:
    """The bundle with this database's ids (see the module); reads only."""
    sections = bundle.sections
    if not any(sections.get(t) for t in ENTITIES) and not sync.any_aliases(session):
        return Translation(bundle)  # no master rows to match, no aliases to apply
    t = _Translator(session, sections)
    t.loans()
    t.people()
    rewritten, dropped = _same_facts(session, t.rewrite())
    return Translation(Bundle(bundle.manifest, rewritten), t.new, dropped)
