"""Which system libraries Qt's X11 platform plugin cannot find, and which packages bring them.

Qt on Linux shows its window through the `xcb` plugin (`libqxcb.so`), which links
to a dozen `libxcb-*` libraries that a bare Debian or Ubuntu machine does not have.
When one is missing Qt aborts with a message about `xcb-cursor0` whatever the
missing library is. This module asks `ldd` (or, without it, the dynamic loader)
before Qt starts and names the Debian packages to install.

Standard library only: `dev.py` imports it before the project's environment exists,
and `collector-desk check` runs it before it creates a QApplication (which would abort).
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Library file names (as `ldd` prints them) -> the Debian/Ubuntu package that installs them.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

# Everything the window needs on a bare Debian/Ubuntu machine (README lists the same).
DESKTOP_PACKAGES: tuple[str, ...] = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "fonts-noto-cjk",
)


def debian_package(soname: str) -> str:
    """The package that installs `soname`; Debian's naming rule for libraries not in the table."""
    if soname in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[soname]
    m = re.fullmatch(r"lib(.+)\.so\.(\d+)(?:\..*)?", soname)
    if not m:
        return soname
    name, version = m.group(1).lower(), m.group(2)
    return f"lib{name}{'-' if name[-1].isdigit() else ''}{version}"


def xcb_plugin_candidates() -> list[Path]:
    """Where `libqxcb.so` may be, found without importing Qt."""
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "PySide6")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        roots += [Path(p) for p in spec.submodule_search_locations]
    out: list[Path] = []
    for root in roots:
        for rel in ("Qt/plugins/platforms/libqxcb.so", "plugins/platforms/libqxcb.so"):
            if (root / rel).is_file() and root / rel not in out:
                out.append(root / rel)
    return out


def missing_libraries(plugin: Path) -> list[str]:
    """The library names the plugin (or a library it links to) cannot find; [] when all load."""
    ldd = shutil.which("ldd")
    if ldd:
        try:
            res = subprocess.run(
                [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.SubprocessError):
            res = None
        if res is not None and res.returncode == 0:
            names = re.findall(r"^\s*(\S+)\s+=>\s+not found", res.stdout, flags=re.M)
            return sorted(set(names))
    try:  # no ldd: the loader names the first library it cannot find
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        m = re.search(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object", str(exc))
        return [m.group(1)] if m else [str(exc)]
    return []


def xcb_problem() -> str | None:
    """One line naming what stops the X11 window, or None when nothing does (or not on Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    plugins = xcb_plugin_candidates()
    if not plugins:
        return None  # no Qt installed here, or a layout we do not know: Qt will say
    missing = missing_libraries(plugins[0])
    if not missing:
        return None
    packages = sorted({debian_package(n) for n in missing})
    return (
        f"Qt's X11 plugin cannot load: missing {', '.join(missing)}. "
        f"On Debian/Ubuntu: sudo apt-get install {' '.join(packages)}"
    )


def needs_x11() -> bool:
    """Whether Qt will use the xcb plugin in this environment."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def main() -> int:
    """`python -m collector_desk.qtlibs`: exit 1 with one line when the window could not start."""
    problem = xcb_problem() if needs_x11() else None
    if problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
