"""Scenario sets a trainer assigns (resources/practice/_sets.toml)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from collector_desk.domain.practice.fields import SCHEMA_VERSION, Problem, Reader, read_list
from collector_desk.domain.practice.model import Text


@dataclass(frozen=True, slots=True)
class ScenarioSet:
    """Scenarios a trainer assigns together (resources/practice/_sets.toml)."""

    id: str
    title: Text
    scenarios: tuple[str, ...]


def parse_sets(
    data: Mapping[str, Any], known: set[str]
) -> tuple[tuple[ScenarioSet, ...], list[Problem]]:
    """Sets naming unknown scenarios are reported; the known ones still count."""
    r = Reader()
    root = r.table(data, "", {"schema", "set"})
    r.integer(root, "schema", "", SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION)
    sets: list[ScenarioSet] = []
    seen: set[str] = set()
    for i, item in enumerate(read_list(r, root.get("set"), "set"), 1):
        where = f"set[{i}]"
        sd = r.table(item, where, {"id", "title", "scenarios"})
        sid = r.string(sd, "id", where)
        title = r.text(sd, "title", where)
        ids = sd.get("scenarios")
        if not isinstance(ids, list) or not ids or not all(isinstance(x, str) for x in ids):
            r.err(f"{where}.scenarios", "bad_value", f"{where}.scenarios must list scenario ids")
            continue
        for x in ids:
            if x not in known:
                r.err(f"{where}.scenarios", "unknown_scenario", f"{where}: no scenario {x!r}")
        if sid in seen:
            r.err(f"{where}.id", "duplicate_id", f"set id {sid!r} is used twice")
        seen.add(sid)
        if sid and title:
            sets.append(ScenarioSet(sid, title, tuple(x for x in ids if x in known)))
    return tuple(sets), r.problems
