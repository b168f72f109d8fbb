"""Replacing files safely on Windows workstations.

Exports and reports are written to a temporary file in the target's folder
and then moved over the target in one step (`os.replace`), so a reader never
sees half a file and a failure leaves the old file as it was.

On Windows that last step fails with a sharing violation (winerror 32) or
"access denied" (winerror 5) while another program holds the target open:
antivirus scanners do this for a moment after every write, Excel for as long
as the workbook is open. So the replace is retried a few times with a short
back-off, and if the file stays locked the caller gets `FileInUseError`,
whose message names the file and says what to do.

API:
    with atomic_writer(path, "wb") as f:   # or "w" with encoding=...
        f.write(...)                       # openpyxl: workbook.save(f)
    atomic_write_bytes(path, data)
    atomic_write_text(path, text, encoding="utf-8")
    replace_with_retries(src, dst)         # for a file you wrote yourself
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

# Windows error codes that mean "someone else has the file open right now".
SHARING_ERRORS = frozenset({5, 32, 33})  # access denied, sharing violation, lock violation
DELAYS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.5, 0.8)  # about 2.5 s in all, then give up


class FileInUseError(OSError):
    """The target stayed locked by another program; the old file is unchanged."""

    code = "file_in_use"

    def __init__(self, path: Path, cause: OSError) -> None:
        self.path = path
        self.cause = cause
        super().__init__(
            f"could not write {path}: the file is in use by another program "
            f"(is it open in Excel, or being scanned by antivirus?). Close it and try again; "
            f"the existing file was left unchanged. ({cause.strerror or cause})"
        )


def is_sharing_violation(exc: OSError) -> bool:
    """True for the errors that a retry may cure: another program holds the file."""
    winerror = getattr(exc, "winerror", None)
    if winerror is not None:
        return winerror in SHARING_ERRORS
    return isinstance(exc, PermissionError)


def replace_with_retries(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    *,
    delays: tuple[float, ...] = DELAYS,
    sleep: Callable[[float], None] = time.sleep,
    replace: Callable[[Any, Any], None] = os.replace,
) -> None:
    """`os.replace(src, dst)`, retried while the target is locked.

    Raises FileInUseError when it stays locked; other OSErrors pass through.
    `replace` and `sleep` exist so a test can stand in for an antivirus lock.
    """
    for attempt in range(len(delays) + 1):
        try:
            replace(src, dst)
            return
        except OSError as exc:
            if not is_sharing_violation(exc):
                raise
            if attempt == len(delays):
                raise FileInUseError(Path(dst), exc) from exc
            sleep(delays[attempt])


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(
    path: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
    **retry: Any,
) -> Iterator[IO[Any]]:
    """Write to a temporary file next to `path`; on success move it over `path`.

    If the body raises, the temporary file is removed and `path` is untouched.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_writer writes whole files: mode 'w' or 'wb', not {mode!r}")
    target = Path(path)
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        if mode == "w":
            f: IO[Any] = open(fd, "w", encoding=encoding or "utf-8", newline=newline)  # noqa: SIM115
        else:
            f = open(fd, "wb")  # noqa: SIM115
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        replace_with_retries(tmp, target, **retry)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):
        _fsync_dir(folder)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, **retry: Any) -> None:
    with atomic_writer(path, "wb", **retry) as f:
        f.write(data)


def atomic_write_text(
    path: str | os.PathLike[str],
    text: str,
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
    **retry: Any,
) -> None:
    with atomic_writer(path, "w", encoding=encoding, newline=newline, **retry) as f:
        f.write(text)


def check_output(path: Path, *, force: bool) -> None:
    """Refuse an output path that cannot or should not be written, before any work:
    its folder is missing (never created silently) or is a file; the path is a
    folder; the file exists and `force` is not given."""
    from collector_desk.errors import OutputPathError

    folder = path.parent
    if path.is_dir():
        raise OutputPathError(
            f"{path} is a folder; give the name of a file to write",
            code="output_is_folder",
            file=path.name,
        )
    if not folder.exists():
        raise OutputPathError(
            f"the folder {folder} does not exist; create it first",
            code="output_no_folder",
            folder=str(folder),
        )
    if not folder.is_dir():
        raise OutputPathError(
            f"{folder} is a file, not a folder; choose another place",
            code="output_folder_is_file",
            folder=str(folder),
        )
    if path.exists() and not force:
        raise OutputPathError(
            f"{path} exists; add --force to overwrite it", code="output_exists", file=path.name
        )
