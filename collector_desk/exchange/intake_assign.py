"""The file's assigned-collector column (催收员/处理人): who is on the roster gets the
case once the whole file is in; anyone else is a warning and the case stays unassigned."""

from __future__ import annotations

from collector_desk.exchange.intake_rows import GoodRow, RowWarning
from collector_desk.services import assignment
from collector_desk.services.context import ChangeSet, Desk


def roster(desk: Desk) -> dict[str, str]:
    """Staff code or (unique) name -> staff code, to read the file's collector column."""
    members = assignment.team(desk)
    by_name: dict[str, list[str]] = {}
    for m in members:
        by_name.setdefault(m.name.strip(), []).append(m.id)
    out = {name: ids[0] for name, ids in by_name.items() if len(ids) == 1}
    out.update({m.id: m.id for m in members})
    return out


def unknown_collectors(desk: Desk, collectors: dict[str, tuple[GoodRow, str]]) -> list[RowWarning]:
    team = roster(desk)
    out = []
    for contract, (g, who) in list(collectors.items()):
        if who.strip() not in team:
            del collectors[contract]
            out.append(RowWarning(
                g.row, g.headers.get("collector", ""), "collector_unknown",
                f"{who.strip()} is not on the team roster, so the case stays unassigned; add them "
                "to the team (collectors --add ID NAME) and load the file again", who.strip(), ""))  # fmt: skip
    return out


def assign(desk: Desk, collectors: dict[str, tuple[GoodRow, str]]) -> ChangeSet:
    team = roster(desk)
    with desk.read() as s:
        loans = assignment.loans_by_contract(s, collectors)
    plan: dict[str, list[str]] = {}
    for contract, (_g, who) in collectors.items():
        if contract in loans:
            plan.setdefault(team[who.strip()], []).append(loans[contract])
    if not plan:
        return ChangeSet()
    return assignment.apply_plan(desk, assignment.Plan({k: tuple(v) for k, v in plan.items()}))
