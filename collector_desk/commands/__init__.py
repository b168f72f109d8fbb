"""Subcommands of `collector-desk`, one module per feature."""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Collection, Sequence

from collector_desk.paths import data_dir, database_url
from collector_desk.services.context import Desk


def open_desk(args: argparse.Namespace) -> Desk:
    """The desk the command works on. A database that cannot be used raises the app's
    DatabaseError, which `cli.main` prints as one line (never the server's password)."""
    from collector_desk.store import busy

    desk = Desk.open(data_dir(args.data_dir), url=database_url(getattr(args, "database_url", None)))
    desk.busy_watch = busy.printing_watch()  # "busy: intake ... is running, 40% — waiting…"
    return desk


def english(args: argparse.Namespace) -> bool:
    """Whether `--lang` asks for English (most commands print English labels either way;
    the practice score card speaks Chinese with `--lang zh_CN`)."""
    return (getattr(args, "lang", None) or "").lower().replace("-", "_").startswith("en")


def _width(text: str) -> int:
    """Columns a terminal gives `text`: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], right: Collection[int] = ()
) -> str:
    """A plain-text table with a header line; `right` holds the indexes of the columns
    aligned right (numbers). Widths count Chinese characters as two columns."""
    cells = [[str(h) for h in headers], *[["" if c is None else str(c) for c in r] for r in rows]]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        parts = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - _width(cell))
            parts.append(pad + cell if i in right else cell + pad)
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"
