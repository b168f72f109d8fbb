"""Subcommands of `collector-desk`, one module per feature."""

from __future__ import annotations

import argparse

from collector_desk.paths import data_dir
from collector_desk.services.context import Desk


def open_desk(args: argparse.Namespace) -> Desk:
    return Desk.open(data_dir(args.data_dir), url=getattr(args, "database_url", None))
