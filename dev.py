#!/usr/bin/env python3
"""One command to set up and run: `python3 dev.py run` (the app) or `python3 dev.py test`.

Creates .venv next to this file on first use, installs the project into it
(with the test extras for `test`), then runs. Works on Windows and Linux.
Extra arguments are passed on: `python3 dev.py test -k promise`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env(extras: str) -> None:
    if not PY.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT)
    stamp.write_text(digest)


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "run"
    rest = argv[1:]
    if what == "run":
        ensure_env("")
        return subprocess.call([str(PY), "-m", "collector_desk", *rest], cwd=ROOT)
    if what == "test":
        ensure_env("test")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        for step in (
            [str(BIN / "ruff"), "check", "."],
            [str(BIN / "ruff"), "format", "--check", "."],
            [str(BIN / "lint-imports")],
            [str(PY), "-m", "mypy"],
            [str(PY), "-m", "pytest", *rest],
        ):
            print(
                "$",
                " ".join(Path(step[0]).name if i == 0 else s for i, s in enumerate(step)),
                flush=True,
            )
            code = subprocess.call(step, cwd=ROOT, env=env)
            if code:
                return code
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
