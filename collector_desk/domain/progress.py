"""Progress and cancellation for long work, without Qt.

Long work (intake, bundles, demo, rebuilds) takes a `Progress`; the UI passes
one that feeds a progress dialog and whose `cancelled` turns true when the user
presses Cancel. Work calls `step()`, which raises `Cancelled` so the unit of
work rolls back and nothing is half-written.
"""

from __future__ import annotations

from dataclasses import dataclass


class Cancelled(Exception):
    """The user cancelled; the unit of work must roll back."""


@dataclass
class Progress:
    done: int = 0
    total: int = 0
    text: str = ""
    cancelled: bool = False

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        if text is not None:
            self.text = text

    def step(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """Report, then stop here if the user cancelled."""
        self.report(done, total, text)
        if self.cancelled:
            raise Cancelled()


NO_PROGRESS = Progress()
