"""Subcommands of `collector-desk`, one module per feature."""

from __future__ import annotations

import argparse

from collector_desk.paths import data_dir, database_url
from collector_desk.services.context import Desk


def open_desk(args: argparse.Namespace) -> Desk:
    """The desk the command works on; a database that cannot be used ends the command
    with one line (the server's password never in it), not a traceback."""
    from collector_desk.store.db import DatabaseError

    try:
        return Desk.open(
            data_dir(args.data_dir), url=database_url(getattr(args, "database_url", None))
        )
    except DatabaseError as exc:
        raise SystemExit(f"collector-desk: {exc}") from None
