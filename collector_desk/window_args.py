"""The window's command-line options, read without building argparse's parser.

A start without a command (`collector-desk`, `collector-desk-gui`, the frozen
build) reads `--data-dir`, `--database-url`, `--lang` and `--startup-report`
here: building the parser (its translated help texts: gettext look-ups) cost
about 5 ms before the window's first paint. cli.py and app.main both use it;
it imports neither, nor Qt.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

# The window's options by their full names, for `window_options`.
_WINDOW_VALUES = {"--data-dir": "data_dir", "--database-url": "database_url", "--lang": "lang"}


def window_options(given: Sequence[str]) -> argparse.Namespace | None:
    """A start without a command, read without building the parser: argparse's
    translated help texts cost about 5 ms of gettext look-ups before the window's
    first paint. Only the plain forms (full option names, `--opt VALUE` or
    `--opt=VALUE`, `--startup-report`); anything else (a command, help, an
    abbreviation, a value starting with "-") is None and the parser decides, as
    it always did. What it returns equals cli's parser's answer (a test holds it)."""
    found: dict[str, Any] = dict.fromkeys(_WINDOW_VALUES.values())
    found.update(startup_report=False, command=None)
    i = 0
    while i < len(given):
        arg = given[i]
        i += 1
        if arg == "--startup-report":
            found["startup_report"] = True
            continue
        flag, eq, value = arg.partition("=")
        dest = _WINDOW_VALUES.get(flag)
        if dest is None:
            return None
        if not eq:
            if i >= len(given) or given[i].startswith("-"):
                return None
            value = given[i]
            i += 1
        found[dest] = value
    return argparse.Namespace(**found)
