"""Live updates for a workstation on a team's server: the other workstations'
commits as the same typed change sets the window's own writes broadcast.

`listen(desk, on_change)` starts a listener thread (nothing on a SQLite file,
which has no other writer) and returns it; `stop()` ends it. `on_change(change)`
runs on the listener's thread with a `RemoteChange`: the caller posts it to its
GUI thread, never touching widgets from there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from collector_desk.services.context import ChangeKind, ChangeSet, Desk
from collector_desk.store.live import Heard, Listener, own_pids


@dataclass(frozen=True)
class RemoteChange:
    changes: ChangeSet
    by: str  # the login that wrote
    at: datetime  # when this workstation heard it


def change_set(heard: Heard) -> ChangeSet:
    kind = ChangeKind.CASE if heard.table == "case_state" else ChangeKind.of_table(heard.table)
    kinds = {ChangeKind.CASE} if kind is None else {kind, ChangeKind.CASE}
    if heard.table == "register":
        kinds.add(ChangeKind.ASSIGNMENT)
    return ChangeSet.of(*kinds, loans=heard.loans)


def listen(
    desk: Desk,
    on_change: Callable[[RemoteChange], None],
    *,
    on_state: Callable[[bool], None] | None = None,
) -> Listener | None:
    engine = desk.db.engine
    if engine.dialect.name != "postgresql":
        return None

    def heard(h: Heard) -> None:
        on_change(RemoteChange(change_set(h), h.by, desk.now()))

    return Listener(
        engine.url, heard, ignore_pids=lambda: own_pids(engine), on_state=on_state
    ).start()
