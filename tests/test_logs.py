"""The log file rotates by size and keeps a fixed number of older files."""

from __future__ import annotations

import logging

from collector_desk.logs import _RotatingFileHandler


def _logger(handler: logging.Handler, name: str) -> logging.Logger:
    log = logging.getLogger(name)
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    return log


def test_the_log_rotates_by_size_and_keeps_its_backups(tmp_path):
    path = tmp_path / "collector-desk.log"
    handler = _RotatingFileHandler(path, max_bytes=400, backups=3)
    log = _logger(handler, "test_logs.rotate")
    try:
        for n in range(100):
            log.info("line %03d %s", n, "x" * 40)
    finally:
        log.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [
        "collector-desk.log",
        "collector-desk.log.1",
        "collector-desk.log.2",
        "collector-desk.log.3",
    ]
    for p in tmp_path.iterdir():
        assert 0 < p.stat().st_size < 400
    # .3 is the oldest, then .2, .1 and the file itself: the lines run on without a gap.
    lines = []
    for name in [*reversed(files[1:]), files[0]]:  # oldest first
        lines += (tmp_path / name).read_text(encoding="utf-8").splitlines()
    numbers = [int(line.split()[1]) for line in lines]
    assert numbers == list(range(numbers[0], 100))
    assert numbers[0] > 0  # the oldest lines were dropped


def test_a_rotation_that_cannot_rename_keeps_writing_to_the_file(tmp_path, capsys):
    """Another instance holding the file (Windows) makes the rename fail: the log goes
    on in the current file, with no error per record."""
    path = tmp_path / "collector-desk.log"
    (tmp_path / "collector-desk.log.1").mkdir()  # the rename target cannot be replaced
    (tmp_path / "collector-desk.log.1" / "keep").write_text("", encoding="utf-8")
    handler = _RotatingFileHandler(path, max_bytes=200, backups=1)
    log = _logger(handler, "test_logs.locked")
    try:
        for n in range(20):
            log.info("line %03d %s", n, "y" * 40)
    finally:
        log.removeHandler(handler)
        handler.close()
    assert capsys.readouterr().err == ""  # logging reports a failing handler on stderr
    text = path.read_text(encoding="utf-8")
    assert "line 000" in text and "line 019" in text
