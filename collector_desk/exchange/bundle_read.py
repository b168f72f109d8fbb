"""Reading a bundle file: every check first (see docs/bundle-format.md), then its rows."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from collector_desk.exchange import envelope
from collector_desk.exchange.bundle_out import schema_version
from collector_desk.exchange.envelope import BundleRefused
from collector_desk.exchange.synctables import SCHEDULE, schedule_table, sync_tables
from collector_desk.exchange.teamkey import TeamKey

Row = Sequence[Any]


@dataclass(frozen=True)
class Bundle:
    """A verified bundle: its manifest and its rows per table, in our column order."""

    manifest: dict[str, Any]
    sections: dict[str, list[Row]]

    @property
    def bundle_id(self) -> str:
        return str(self.manifest.get("bundle_id", ""))


def read_bundle(
    path: Path, key: TeamKey, passphrase: str | None = None, *, data: bytes | None = None
) -> Bundle:
    """Read and verify a bundle file; raises BundleRefused saying why not."""
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BundleRefused("unreadable", f"cannot read {path}: {exc.strerror}") from exc
    sealed = envelope.open_sealed(data, key.secret, key.key_id, schema_version(), passphrase)
    return _parse(sealed)


def _parse(sealed: envelope.Sealed) -> Bundle:
    listed = sealed.manifest.get("tables")
    if not isinstance(listed, dict):
        raise BundleRefused("damaged", "the bundle's manifest lists no tables")
    known = {t.name: t for t in sync_tables()}
    known[SCHEDULE] = schedule_table()
    sections: dict[str, list[Row]] = {}
    lines_of: dict[str, list[bytes]] = defaultdict(list)
    lines = sealed.payload.split(b"\n") if sealed.payload else []
    for line in lines:
        try:
            doc = json.loads(line)
            name, columns, rows = doc["table"], doc["columns"], doc["rows"]
        except (ValueError, KeyError, TypeError) as exc:
            raise BundleRefused("damaged", "a section of the bundle cannot be read") from exc
        table = known.get(name)
        if table is None or not isinstance(listed.get(name), dict):
            raise BundleRefused("damaged", f"the bundle carries an unknown table {name!r}")
        if list(columns) != list(table.columns):
            if set(columns) - set(table.columns) or set(table.columns) - set(columns):
                raise BundleRefused(
                    "incompatible", f"the {name} section's columns do not match this version"
                )
            order = [columns.index(c) for c in table.columns]
            rows = [[r[i] for i in order] for r in rows]
        sections.setdefault(name, []).extend(rows)
        lines_of[name].append(line)
    if set(listed) != set(sections):
        raise BundleRefused("damaged", "the bundle's content does not match its manifest")
    for name, entry in listed.items():
        if entry.get("count") != len(sections[name]) or entry.get("sha256") != (
            envelope.section_hash(lines_of[name])
        ):
            raise BundleRefused("damaged", f"the {name} section does not match the manifest")
    return Bundle(sealed.manifest, sections)
