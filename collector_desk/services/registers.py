"""Last-writer-wins registers: the few mutable things (assignment, phone status,
do-not-contact flags, limits). The greater (hlc, origin) wins on every
workstation; a losing concurrent write is kept as a Conflict row."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collector_desk.domain.hlc import wins
from collector_desk.services.context import Desk
from collector_desk.store import locks
from collector_desk.store.models import UUID, Conflict, Register


@dataclass(frozen=True, slots=True)
class RegisterValue:
    entity: str
    entity_id: str
    field: str
    value: Any
    hlc: str
    origin: str
    prev_hlc: str = ""  # the hlc of the value it replaced where it was written


def get(session: Session, entity: str, entity_id: str, field: str, default: Any = None) -> Any:
    row = session.get(Register, (entity, entity_id, field))
    return default if row is None else json.loads(row.value)


def values(session: Session, entity: str, field: str, ids: list[str]) -> dict[str, Any]:
    rows = session.execute(
        select(Register.entity_id, Register.value).where(
            Register.entity == entity, Register.field == field, Register.entity_id.in_(ids)
        )
    )
    return {r.entity_id: json.loads(r.value) for r in rows}


def put(
    session: Session, desk: Desk, entity: str, entity_id: str, field: str, value: Any
) -> RegisterValue:
    """A local write: always wins locally (its clock is the newest here) and, having seen
    the current value, never makes a conflict.

    On a shared server, writers of one register take turns (an advisory lock: the
    first write has no row to lock), and the stamp is taken after reading the
    current value and moving the clock past it: the later write has the later
    stamp, whichever workstation's clock is ahead, so every workstation (and every
    bundle) agrees on the winner."""
    locks.lock_key(session, "register", f"{entity}/{entity_id}/{field}")
    current = session.get(Register, (entity, entity_id, field), populate_existing=True)
    prev = current.hlc if current is not None else ""
    if prev:
        desk.clock.observe(prev)
    incoming = RegisterValue(entity, entity_id, field, value, desk.hlc(), desk.workstation_id, prev)
    apply(session, incoming)
    return incoming


def apply(session: Session, incoming: RegisterValue) -> bool:
    """Merge a write (local or from a bundle). Returns True when it became the value.

    Two writes are concurrent when neither had seen the other: a write had seen a value
    when the value it replaced is at least as new (hybrid clocks only grow along what a
    workstation has seen). The loser of two different concurrent values is recorded once
    as a Conflict; an update made after seeing the current value is not a conflict.
    """
    text = json.dumps(incoming.value, ensure_ascii=False, sort_keys=True)
    key = (incoming.entity, incoming.entity_id, incoming.field)
    row = session.get(Register, key)
    if row is None:
        session.add(
            Register(
                entity=key[0],
                entity_id=key[1],
                field=key[2],
                value=text,
                hlc=incoming.hlc,
                origin=incoming.origin,
                prev_hlc=incoming.prev_hlc,
            )
        )
        return True
    if (row.hlc, row.origin) == (incoming.hlc, incoming.origin):
        return False  # the same write seen again
    incoming_wins = wins((incoming.hlc, incoming.origin), (row.hlc, row.origin))
    winner = (
        (text, incoming.hlc, incoming.origin) if incoming_wins else (row.value, row.hlc, row.origin)
    )
    loser = (
        (row.value, row.hlc, row.origin) if incoming_wins else (text, incoming.hlc, incoming.origin)
    )
    concurrent = not (incoming.prev_hlc >= row.hlc or row.prev_hlc >= incoming.hlc)
    if concurrent and winner[0] != loser[0]:
        _record_conflict(session, key, winner, loser)
    if incoming_wins:
        row.value, row.hlc, row.origin = text, incoming.hlc, incoming.origin
        row.prev_hlc = incoming.prev_hlc
    return incoming_wins


ID_LENGTH = UUID.length or 36


def _record_conflict(
    session: Session,
    key: tuple[str, str, str],
    winner: tuple[str, str, str],
    loser: tuple[str, str, str],
) -> None:
    exists = session.scalar(
        select(Conflict.id).where(
            Conflict.entity == key[0],
            Conflict.entity_id == key[1],
            Conflict.field == key[2],
            Conflict.loser_hlc == loser[1],
            Conflict.loser_origin == loser[2],
        )
    )
    if exists:
        return
    # The id is derived from the loser so every workstation records the same row: its
    # stamp (21 characters) and as much of its origin as an id column holds (36; a
    # longer id passed on SQLite, which keeps any length, and failed on a team's server,
    # where a bundle bringing a losing register write could not be imported).
    cid = f"{loser[1]}:{loser[2]}"[:ID_LENGTH]
    session.add(
        Conflict(
            id=cid,
            entity=key[0],
            entity_id=key[1],
            field=key[2],
            winner_value=winner[0],
            winner_hlc=winner[1],
            winner_origin=winner[2],
            loser_value=loser[0],
            loser_hlc=loser[1],
            loser_origin=loser[2],
        )
    )
