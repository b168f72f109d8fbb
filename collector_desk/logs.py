"""The application log: one rotating file under platformdirs' user log folder.

Plain `logging`: modules log with `logging.getLogger(__name__)`; `setup_logging`
attaches one rotating file handler to the root logger (1 MB x 5 files, UTF-8)
and returns the file's path, which the crash dialog shows to the user.
Native crashes (a segfault in Qt) cannot reach Python's handlers, so
faulthandler writes their stack to `faults.log` in the same folder.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import IO

from collector_desk import __version__
from collector_desk.paths import log_dir

LOG_NAME = "collector-desk.log"
FAULT_NAME = "faults.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_fault_file: IO[str] | None = None


class _RotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotation that survives Windows: if another instance of the app holds the
    file open, renaming it fails; keep writing to the current file instead of
    printing an error for every record, and try again on the next start."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            self.maxBytes = 0  # stop trying in this process
            if self.stream is None:
                self.stream = self._open()


def log_file(folder: Path | None = None) -> Path:
    return (folder or log_dir()) / LOG_NAME


def setup_logging(
    folder: Path | None = None, *, level: int = logging.INFO, catch_faults: bool = True
) -> Path:
    """Send the root logger to the rotating file; safe to call more than once.

    `catch_faults` points faulthandler at faults.log (off in tests: pytest owns it)."""
    global _fault_file
    path = log_file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _RotatingFileHandler):
            if Path(handler.baseFilename) == path.resolve():
                return path
            root.removeHandler(handler)
            handler.close()
    handler = _RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    if catch_faults and _fault_file is None:
        with contextlib.suppress(OSError, ValueError):
            _fault_file = open(path.parent / FAULT_NAME, "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_fault_file)
    logging.getLogger("collector_desk").info(
        "Collector Desk %s, Python %s, %s", __version__, sys.version.split()[0], sys.platform
    )
    return path
