"""Python's own `import` back once PySide6 is loaded.

Importing PySide6.QtCore replaces `builtins.__import__` with its `__feature__` hook
(for `from __feature__ import snake_case, true_property`, which this app does not
use). After every import the hook asks whether the new module uses PySide6 by
reading its whole source (`inspect.getsource`), so each module imported later costs
more: SQLAlchemy and the ORM took about 100 ms more CPU on the worker that opens the
database (350 ms instead of 250), and our own modules after PySide6 a few ms each.

`app.py` imports this module before PySide6 (it keeps the import function it finds)
and calls `restore()` right after. Imported after PySide6 (a test process, say), it
keeps the hook and `restore()` does nothing. Standard library only.
"""

from __future__ import annotations

import builtins
import sys

_PLAIN = builtins.__import__


def restore() -> bool:
    """`import` as it was before PySide6 replaced it; whether anything was restored."""
    if builtins.__import__ is _PLAIN or "PySide6.QtCore" not in sys.modules:
        return False
    builtins.__import__ = _PLAIN
    return True


def active() -> bool:
    """Whether `import` is Python's own now (PySide6's hook is `__feature_import__`)."""
    return getattr(builtins.__import__, "__name__", "") == "__import__"
