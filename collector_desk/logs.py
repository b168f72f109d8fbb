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
import os
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


class _RotatingFileHandler(logging.FileHandler):
    """The log file and `backups` older ones (`.1` the newest), each up to about
    `max_bytes`: logging.handlers.RotatingFileHandler's rotation, without importing
    logging.handlers (sockets, pickle, queues), which cost more than the rest of
    the log's set-up and ran before the window's first paint.

    Rotation survives Windows: if another instance of the app holds the file open,
    renaming it fails; keep writing to the current file instead of printing an
    error for every record, and try again on the next start."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        end = self.stream.seek(0, os.SEEK_END)
        return end > 0 and end + len(self.format(record)) + 1 >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]  # FileHandler's own idiom
        base = self.baseFilename
        try:
            for n in range(self.backups - 1, 0, -1):
                if os.path.exists(f"{base}.{n}"):
                    os.replace(f"{base}.{n}", f"{base}.{n + 1}")
            os.replace(base, f"{base}.1")
        except OSError:
            self.max_bytes = 0  # stop trying in this process
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
    handler = _RotatingFileHandler(path, max_bytes=MAX_BYTES, backups=BACKUPS)
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
