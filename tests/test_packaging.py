"""A plain (non-editable) install finds its resources, translations and migrations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _source_copy(target: Path) -> Path:
    """What the wheel is built from, copied: setuptools writes build/ and *.egg-info
    beside the sources, and those must never be left in the checkout."""
    target.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for folder in ("collector_desk", "resources"):
        shutil.copytree(ROOT / folder, target / folder, ignore=skip)
    return target


def test_wheel_ships_resources_and_runs_check(tmp_path: Path) -> None:
    had_build = (ROOT / "build").exists()
    source = _source_copy(tmp_path / "src-copy")
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(source),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    assert (ROOT / "build").exists() == had_build  # the checkout is left as it was
    (wheel,) = wheels.glob("collector_desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "collector_desk/resources/scripts/nine_steps.json" in names
    assert "collector_desk/resources/course/sections.toml" in names
    assert any(
        n.startswith("collector_desk/resources/i18n/") and n.endswith("_zh_CN.qm") for n in names
    )
    assert "collector_desk/store/migrations/versions/0001_initial_schema.py" in names

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    data = tmp_path / "data"
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import collector_desk, collector_desk.paths as p;"
        "assert collector_desk.__file__.startswith(sys.argv[1]), collector_desk.__file__;"
        "assert str(p.resources_dir()).startswith(sys.argv[1]), p.resources_dir();"
        "from collector_desk.cli import main; sys.exit(main(['--data-dir', sys.argv[2], 'check']))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(site), str(data)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "database" in run.stdout and "translations zh_CN" in run.stdout
