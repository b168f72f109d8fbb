"""`dev.py run` and `collector-desk check` name the X11 libraries Qt's xcb plugin lacks."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from collector_desk import qtlibs


def test_debian_package_names() -> None:
    assert qtlibs.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert qtlibs.debian_package("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert qtlibs.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert qtlibs.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    # Not in the table: Debian's rule (a dash when the name ends with a digit).
    assert qtlibs.debian_package("libxcb-xinput.so.0") == "libxcb-xinput0"
    assert qtlibs.debian_package("libfoo2.so.5") == "libfoo2-5"


def test_every_desktop_package_is_in_the_readme() -> None:
    readme = (qtlibs.Path(__file__).parent.parent / "README.md").read_text("utf-8")
    for package in qtlibs.DESKTOP_PACKAGES:
        assert package in readme


def _ldd_missing() -> list[str]:
    (plugin, *_) = qtlibs.xcb_plugin_candidates()
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return sorted(set(re.findall(r"(\S+) => not found", out)))


needs_ldd = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("ldd"), reason="Linux with ldd"
)


@needs_ldd
def test_check_reports_what_ldd_finds_missing(tmp_path) -> None:
    missing = _ldd_missing()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(tmp_path / "d"), "check"],
        capture_output=True,
        text=True,
        env=env,
    )
    (line,) = [x for x in result.stdout.splitlines() if "qt x11 libraries" in x]
    if missing:
        # Offscreen the window does not need them: a warning naming libraries and packages.
        assert line.startswith("warn")
        for name in missing:
            assert name in line and qtlibs.debian_package(name) in line
        assert "apt-get install" in line
    else:
        assert line.startswith("ok   qt x11 libraries: all found")


@needs_ldd
def test_on_a_desktop_missing_libraries_fail_the_check_instead_of_aborting(tmp_path) -> None:
    missing = _ldd_missing()
    if not missing:
        pytest.skip("every X11 library is installed here")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    result = subprocess.run(
        [sys.executable, "-m", "collector_desk", "--data-dir", str(tmp_path / "d"), "check"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 1, result.stderr
    assert "FAIL qt x11 libraries" in result.stdout
    assert "xcb-cursor0" not in result.stderr  # Qt's misleading abort never ran
    # dev.py's pre-flight: the same line, exit 1, before Qt starts.
    pre = subprocess.run(
        [sys.executable, "-m", "collector_desk.qtlibs"], capture_output=True, text=True, env=env
    )
    assert pre.returncode == 1
    assert all(qtlibs.debian_package(n) in pre.stderr for n in missing)
