"""Settings that belong to one workstation, kept in a file in its data folder.

A team's workstations share one database, and with it the `setting` table; what
tells them apart cannot live there. Kept here: the workstation's id, who works
at it (collector id, name, role), its language, its own-cases switch, its dial
URI, whether its first start is done, and the newest clock stamp it has seen
(so a restart never issues a stamp older than one already seen).

Plain JSON, no SQLAlchemy: the window reads the language from it before the
database opens. Written through fsutil's atomic writer: a crash leaves the old file or the
new, never half of one.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from collector_desk.fsutil import atomic_write_text

LOCAL_FILE = "workstation.json"
HLC_HIGH = "hlc_high"
LOCAL_KEYS = frozenset(
    {
        "workstation_id",
        "collector_id",
        "collector_name",
        "role",
        "language",
        "list_own_cases",
        "dial_uri",
        "first_run_done",
        HLC_HIGH,
    }
)


class LocalSettingsError(RuntimeError):
    """The workstation's settings file cannot be read or written; the message says which."""


def local_path(data_dir: Path) -> Path:
    return data_dir / LOCAL_FILE


def read_local(data_dir: Path) -> dict[str, Any] | None:
    """The file's settings, or None when there is no file yet (or it is unreadable)."""
    path = local_path(data_dir)
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


class LocalSettings:
    """The workstation's own settings, read once and written through."""

    def __init__(self, data_dir: Path) -> None:
        self.path = local_path(data_dir)
        self._lock = threading.Lock()
        self._values: dict[str, Any] | None = None

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    def values(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._load())

    def get(self, key: str, default: Any = None) -> Any:
        with self._lock:
            return self._load().get(key, default)

    def update(self, values: Mapping[str, Any]) -> None:
        unknown = set(values) - LOCAL_KEYS
        if unknown:
            raise ValueError(f"not workstation settings: {sorted(unknown)}")
        with self._lock:
            merged = {**self._load(), **values}
            self._write(merged)
            self._values = merged

    def raise_hlc_high(self, stamp: str) -> bool:
        """Remember `stamp` if it is newer than the one kept. True when it was."""
        with self._lock:
            current = self._load()
            if str(current.get(HLC_HIGH) or "") >= stamp:
                return False
            merged = {**current, HLC_HIGH: stamp}
            self._write(merged)
            self._values = merged
            return True

    def _load(self) -> dict[str, Any]:
        if self._values is None:
            if not self.path.exists():
                self._values = {}
            else:
                try:
                    loaded = json.loads(self.path.read_text(encoding="utf-8"))
                except (OSError, ValueError) as exc:
                    raise LocalSettingsError(
                        f"{self.path}: the workstation's settings cannot be read ({exc}); "
                        "move the file aside and start again to make a new one"
                    ) from exc
                if not isinstance(loaded, dict):
                    raise LocalSettingsError(
                        f"{self.path}: not a settings file (expected a JSON object); "
                        "move it aside and start again to make a new one"
                    )
                self._values = loaded
        return self._values

    def _write(self, values: Mapping[str, Any]) -> None:
        text = json.dumps(values, ensure_ascii=False, indent=1, sort_keys=True)
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:
            raise LocalSettingsError(
                f"{self.path}: the workstation's settings cannot be saved ({exc})"
            ) from exc
