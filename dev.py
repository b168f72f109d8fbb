#!/usr/bin/env python3
"""One command to set up and run: `python3 dev.py run` (the app), `python3 dev.py test`
or `python3 dev.py build` (the installer bundle).

Creates .venv next to this file on first use, installs the project into it
(with the test extras for `test`), then runs. `build` uses its own .venv-build
with the `build` extra (PyInstaller) so the bundle holds no test tools, then runs
installer/build-linux.sh (on Windows it builds the same spec with PyInstaller;
docs/install.md has the Inno Setup step). Works on Windows and Linux.
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
BUILD_VENV = ROOT / ".venv-build"


def bin_dir(env: Path) -> Path:
    return env / ("Scripts" if os.name == "nt" else "bin")


def python_of(env: Path) -> Path:
    return bin_dir(env) / ("python.exe" if os.name == "nt" else "python")


BIN = bin_dir(VENV)
PY = python_of(VENV)


def ensure_env(extras: str, env: Path = VENV) -> None:
    py = python_of(env)
    if not py.exists():
        print(f"creating {env}", flush=True)
        venv.EnvBuilder(with_pip=True).create(env)
    stamp = env / f".installed-{extras or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extras}]" if extras else "."
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT)
    stamp.write_text(digest)


def build(rest: list[str]) -> int:
    ensure_env("build", BUILD_VENV)
    py = python_of(BUILD_VENV)
    if os.name == "nt":
        spec = ROOT / "installer" / "collector-desk.spec"
        cmd = [str(py), "-m", "PyInstaller", "--noconfirm", "--clean", str(spec), *rest]
        print("$", " ".join(cmd), flush=True)
        return subprocess.call(cmd, cwd=ROOT)
    env = {**os.environ, "PYTHON": str(py)}
    return subprocess.call(
        ["bash", str(ROOT / "installer" / "build-linux.sh"), *rest], cwd=ROOT, env=env
    )


def main(argv: list[str]) -> int:
    what = argv[0] if argv else "run"
    rest = argv[1:]
    if what == "run":
        ensure_env("")
        # Qt aborts with a misleading "xcb-cursor0" line when any X11 library is
        # missing; name the missing ones and their packages first.
        if subprocess.call([str(PY), "-m", "collector_desk.qtlibs"], cwd=ROOT):
            return 1
        return subprocess.call([str(PY), "-m", "collector_desk", *rest], cwd=ROOT)
    if what == "build":
        return build(rest)
    if what == "test":
        ensure_env("test")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        for step in (
            [str(BIN / "ruff"), "check", "."],
            [str(BIN / "ruff"), "format", "--check", "."],
            [str(BIN / "lint-imports")],
            [str(PY), "-m", "mypy"],
            *([[str(PY), "-m", "pytest", *rest]] if rest else []),
        ):
            print(
                "$",
                " ".join(Path(step[0]).name if i == 0 else s for i, s in enumerate(step)),
                flush=True,
            )
            code = subprocess.call(step, cwd=ROOT, env=env)
            if code:
                return code
        return 0 if rest else test_files_apart(env)
    print(__doc__)
    return 2


def test_files_apart(env: dict[str, str]) -> int:
    """pytest, one process per test file. In one process for the whole suite, Qt
    segfaulted inside Shiboken after many earlier windows had been torn down (a
    freed QLabel wrapper still registered; not yet found, see docs/session-notes-4.md).
    Each file in its own process keeps one file's windows from corrupting the next
    file's. A file whose process dies of a signal runs once more: if that run passes,
    it is listed as "crashed once" at the end (not a failure: every assertion held);
    if it fails or crashes again, it fails. tests/test_targets_ui.py died of SIGSEGV
    inside Qt's event processing about once in 12-30 runs under load (session 7),
    with no worker running, and has not been reproduced under gdb."""
    failed, crashed_once = [], []
    files = sorted((ROOT / "tests").glob("test_*.py"))
    for i, path in enumerate(files, 1):
        rel = path.relative_to(ROOT).as_posix()
        print(f"$ pytest {rel}  [{i}/{len(files)}]", flush=True)
        code = subprocess.call([str(PY), "-m", "pytest", "-q", rel], cwd=ROOT, env=env)
        if code < 0:  # killed by a signal: the intermittent Qt teardown crash (see below)
            print(f"$ pytest {rel}  (again: the first run died of signal {-code})", flush=True)
            again = subprocess.call([str(PY), "-m", "pytest", "-q", rel], cwd=ROOT, env=env)
            if again in (0, 5):
                crashed_once.append(f"{rel} (signal {-code}, then passed)")
                continue
            code = again
        if code not in (0, 5):  # 5: nothing collected (every test skipped by marker)
            failed.append(f"{rel} (exit {code})")
    if crashed_once:
        # A file whose first run died of a signal and whose second run passed: every
        # assertion held twice over, but a process crashed, which is a bug of its own
        # (docs/session-notes-7.md). Named here on every run, never silent.
        print("crashed once, passed when run again:", *crashed_once, sep="\n  ", flush=True)
    # The second pass: the service, store and exchange files listed in
    # tests/server_pass.txt again, every desk on the test PostgreSQL server.
    listed = (ROOT / "tests" / "server_pass.txt").read_text(encoding="utf-8").splitlines()
    again = [line.strip() for line in listed if line.strip() and not line.startswith("#")]
    server_env = {**env, "COLLECTOR_DESK_TEST_BACKEND": "postgresql"}
    for i, rel in enumerate(again, 1):
        print(f"$ pytest {rel}  [server {i}/{len(again)}]", flush=True)
        code = subprocess.call([str(PY), "-m", "pytest", "-q", rel], cwd=ROOT, env=server_env)
        if code not in (0, 5):
            failed.append(f"{rel} on the server (exit {code})")
    if failed:
        print("failed:", *failed, sep="\n  ", flush=True)
        return 1
    print(f"all {len(files)} test files passed, and {len(again)} again on the server", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
