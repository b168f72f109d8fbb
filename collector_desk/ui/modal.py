"""Modal dialogs that do not outlive their answer.

A dialog made with the window as parent and shown with `exec()` stays the
window's child after it is closed: every Settings, Payment or Flags dialog
opened during a day would live until the window goes, and they are then torn
down together with the window. That teardown, with many Python-made children
whose wrappers were long dropped, is where the full test run crashed inside
Shiboken (a QLabel wrapper freed while still registered). Deleting each dialog
once it is answered keeps the window's children to what is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from collector_desk.ui.ops import OpRunner

T = TypeVar("T")


def run_modal(dialog: QDialog) -> int:
    """`dialog.exec()`, then the dialog is deleted at the next return to the event
    loop. Its values can still be read straight after this returns."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def run_modal_after(
    runner: OpRunner,
    load: Callable[[], T],
    make: Callable[[T], QDialog],
    *,
    parent: QWidget,
    key: str,
) -> None:
    """Read what a dialog shows on a worker, then show it with `run_modal` (a dialog
    opened on a team's server must not freeze the window for its round trips)."""

    def show(data: T) -> None:
        run_modal(make(data))

    runner.query(
        lambda _progress: load(),
        on_done=show,
        key=key,
        parent=parent,
    )
