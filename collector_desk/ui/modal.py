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

from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """`dialog.exec()`, then the dialog is deleted at the next return to the event
    loop. Its values can still be read straight after this returns."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
