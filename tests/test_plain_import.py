"""`collector_desk.plain_import`: Python's own import back after PySide6 replaced it.

Each case runs in a fresh interpreter (the test process has PySide6 loaded already,
through pytest-qt). The hook really is there after PySide6's import (else the
restore proves nothing), Python's own import is back after `restore()`, and Qt and
SQLAlchemy still work with it; imported after PySide6, the module leaves the hook
alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


def test_restore_puts_pythons_import_back_and_qt_still_works():
    out = _run(
        "import builtins\n"
        "from collector_desk import plain_import\n"
        "plain = builtins.__import__\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QTableView\n"
        "hooked = builtins.__import__ is not plain and not plain_import.active()\n"
        "assert plain_import.restore()\n"
        "assert builtins.__import__ is plain and plain_import.active()\n"
        "assert not plain_import.restore()  # once is enough\n"
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtGui import QAction\n"
        "import sqlalchemy.orm\n"
        "app = QApplication([])\n"
        "view = QTableView()\n"
        "view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)\n"
        "action = QAction('x')\n"
        "print(hooked, view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn)\n"
    )
    assert out == "True True"


def test_imported_after_pyside_it_leaves_the_hook():
    out = _run(
        "import builtins\n"
        "import PySide6.QtCore\n"
        "hook = builtins.__import__\n"
        "from collector_desk import plain_import\n"
        "print(plain_import.restore(), builtins.__import__ is hook, plain_import.active())\n"
    )
    assert out == "False True False"


def test_the_app_module_leaves_pythons_import():
    out = _run(
        "import collector_desk.app\n"
        "from collector_desk import plain_import\n"
        "import sys\n"
        "print(plain_import.active(), 'PySide6.QtCore' in sys.modules)\n"
    )
    assert out == "True True"
