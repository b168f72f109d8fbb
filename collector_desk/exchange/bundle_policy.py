"""When a bundle is encrypted: the same rule in the CLI and the window.

A team that sets its passphrase (`$COLLECTOR_DESK_PASSPHRASE`, or the CLI's
`--passphrase-file`) has every export encrypted by default. An export in clear
carries names, phones and ID numbers readable by anyone with the file: the CLI
warns on stderr, the window asks before writing it.
"""

from __future__ import annotations

import os

PASSPHRASE_ENV = "COLLECTOR_DESK_PASSPHRASE"
CLEAR_WARNING = (
    "the bundle carries names, phones and ID numbers unencrypted; anyone with the file "
    "can read them"
)


def team_passphrase() -> str | None:
    """The team passphrase this workstation was given, if any."""
    return os.environ.get(PASSPHRASE_ENV) or None
