"""The window's start runs without Python's automatic garbage collection.

From the entry point (before PySide6 is imported) until the window's OpRunner hands
collection to the GUI thread's timer (`ui.gui_gc`, which keeps automatic collection
off for the rest of the run). A start allocates modules, classes, Qt's enums and the
window: objects that live as long as the app, which a collection only scans. By the
first page ("usable", 1M cases) that was 45 gen-0 and 4 gen-1 collections, ~6 ms of
CPU, where a bare PySide6 window's start has ~3 ms. Once the window is wired the app
freezes what is alive (`ui.ops.freeze_gc`), so the collections that follow scan only
what is new. Standard library only: called before anything else is imported.
"""

from __future__ import annotations

import gc


def pause() -> None:
    """Automatic collection off for the start (`ui.gui_gc` takes over from the window)."""
    gc.disable()
