"""The service context: the open database, who is working where, and today."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collector_desk.domain.hlc import Clock
from collector_desk.store.db import Database, open_database
from collector_desk.store.models import Setting

# Settings with their defaults. Values are stored as JSON text.
DEFAULTS: dict[str, Any] = {
    "lender_name": "示例消费金融",
    "lender_accounts": [],  # published repayment accounts: ["招商银行 6214 8301 0000 1234"]
    "collector_id": "",
    "collector_name": "",
    "role": "collector",  # collector|supervisor|trainee
    "language": "",  # "" follows the system locale; "zh_CN" or "en"
    "promise_window_days": 7,
    "dial_uri": "tel:{number}",
    "first_run_done": False,
}


HLC_HIGH = "hlc_high"  # the newest clock stamp seen from another workstation


@dataclass(frozen=True)
class ChangeSet:
    """What a service call changed, so each view decides whether to refresh."""

    loans: frozenset[str] = frozenset()
    kinds: frozenset[str] = (
        frozenset()
    )  # "case", "call", "promise", "payment", "note", "settings", ...

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.loans | other.loans, self.kinds | other.kinds)


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Desk:
    """Everything a service needs. Built once by the composition root."""

    db: Database
    data_dir: Path
    today: Callable[[], date] = date.today
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    clock: Clock = field(default_factory=Clock)

    @classmethod
    def open(cls, data_dir: Path, *, url: str | None = None, **kw: Any) -> Desk:
        desk = cls(open_database(data_dir, url=url), data_dir, **kw)
        desk._ensure_identity()
        return desk

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self.db.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.sessions() as session:
            yield session

    def refresh_cases(self) -> int:
        """Bring the case_state cache up to today (start of day, or after the date changed)."""
        from collector_desk.services import case_state

        with self.unit() as s:
            return case_state.refresh_stale(s, self.today())

    # --- identity and clocks -------------------------------------------------

    @property
    def workstation_id(self) -> str:
        return str(self.setting("workstation_id"))

    @property
    def collector_id(self) -> str:
        return str(self.setting("collector_id") or "local")

    def hlc(self) -> str:
        return self.clock.tick(int(self.now().timestamp() * 1000))

    def observe_hlc(self, stamp: str, session: Session) -> None:
        """Move the clock past a stamp from another workstation, and remember it in the
        same transaction, so a restart never issues a stamp older than one already seen."""
        self.clock.observe(stamp)
        row = session.get(Setting, HLC_HIGH)
        if row is None or json.loads(row.value) < stamp:
            session.merge(Setting(key=HLC_HIGH, value=json.dumps(stamp)))

    def _ensure_identity(self) -> None:
        with self.unit() as s:
            if s.get(Setting, "workstation_id") is None:
                s.add(Setting(key="workstation_id", value=json.dumps(new_id())))
            high = s.get(Setting, HLC_HIGH)
            if high is not None:
                self.clock.observe(json.loads(high.value))

    # --- settings --------------------------------------------------------------

    def setting(self, key: str) -> Any:
        with self.read() as s:
            row = s.get(Setting, key)
        if row is None:
            return DEFAULTS.get(key)
        return json.loads(row.value)

    def settings(self) -> dict[str, Any]:
        with self.read() as s:
            stored = {r.key: json.loads(r.value) for r in s.scalars(select(Setting))}
        return {**DEFAULTS, **stored}

    def set_settings(self, **values: Any) -> ChangeSet:
        with self.unit() as s:
            for key, value in values.items():
                s.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
        return ChangeSet(kinds=frozenset({"settings"}))


def monotonic_ms() -> int:
    return int(time.monotonic() * 1000)
