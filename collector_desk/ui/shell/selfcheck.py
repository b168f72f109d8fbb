"""The Qt half of `collector-desk check`: can this installation show its window?

A frozen build (PyInstaller) can lose a Qt plugin, Qt's own translations or a
feature module that is only imported by name; each check below names what is
missing. Runs without a display when QT_QPA_PLATFORM=offscreen (set here on a
Linux machine that has no display, so the check never aborts).
"""

from __future__ import annotations

import importlib
import os
import sys

from collector_desk.paths import resources_dir
from collector_desk.services.health import CheckResult

NEEDED_IMAGE_FORMATS = ("png", "ico")


def _app() -> object:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "collector-desk"])


def xcb_check() -> CheckResult | None:
    """The X11 plugin's system libraries, found by `ldd` before Qt starts (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    from collector_desk import qtlibs

    plugins = qtlibs.xcb_plugin_candidates()
    if not plugins:
        return CheckResult("qt x11 libraries", False, "libqxcb.so not found next to PySide6")
    problem = qtlibs.xcb_problem()
    if problem is None:
        return CheckResult("qt x11 libraries", True, f"all found ({plugins[0]})")
    if qtlibs.needs_x11():
        return CheckResult("qt x11 libraries", False, problem)
    # Offscreen (tests, a build check) the window does not need them; a desktop start would.
    return CheckResult(
        "qt x11 libraries", True, f"{problem} (needed on a desktop, not offscreen)", warning=True
    )


def qt_checks() -> list[CheckResult]:
    xcb = xcb_check()
    first = [xcb] if xcb else []
    if xcb and not xcb.ok:
        return first  # creating the QApplication now would abort the process
    try:
        _app()
    except Exception as exc:  # the message is the result
        return [*first, CheckResult("qt", False, f"Qt cannot start: {exc}")]
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
    from PySide6.QtGui import QGuiApplication, QIcon, QImageReader
    from PySide6.QtWidgets import QStyleFactory

    out = [
        *first,
        CheckResult(
            "qt platform plugin",
            bool(QGuiApplication.platformName()),
            f"{QGuiApplication.platformName()} from {', '.join(QCoreApplication.libraryPaths())}",
        ),
    ]
    native = {"win32": "qwindows.dll", "darwin": "libqcocoa.dylib"}.get(sys.platform, "libqxcb.so")
    found = [
        f"{d}/platforms/{native}"
        for d in QCoreApplication.libraryPaths()
        if os.path.isfile(os.path.join(d, "platforms", native))
    ]
    out.append(
        CheckResult(
            "qt desktop platform plugin",
            bool(found),
            found[0] if found else f"platforms/{native} not in {QCoreApplication.libraryPaths()}",
        )
    )
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in NEEDED_IMAGE_FORMATS if f not in formats]
    out.append(
        CheckResult(
            "qt image formats",
            not missing,
            f"missing {missing}" if missing else ", ".join(sorted(formats)),
        )
    )
    styles = QStyleFactory.keys()
    out.append(CheckResult("qt styles", bool(styles), ", ".join(styles) or "none"))

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = f"{qt_dir}/qtbase_zh_CN.qm"
    out.append(CheckResult("qt translations zh_CN", QTranslator().load(qtbase), qtbase))
    bad = [
        p.name
        for p in sorted((resources_dir() / "i18n").glob("*.qm"))
        if not QTranslator().load(str(p))
    ]
    out.append(
        CheckResult("app translations load", not bad, f"not loadable: {bad}" if bad else "ok")
    )

    icon_png, icon_ico = (
        resources_dir() / "icons" / "app.png",
        resources_dir() / "icons" / "app.ico",
    )
    icon_ok = not QIcon(str(icon_png)).isNull() and not QIcon(str(icon_ico)).isNull()
    out.append(CheckResult("app icon", icon_ok, f"{icon_png}, {icon_ico}"))

    from collector_desk.ui import features

    failed = []
    for spec in ("collector_desk.ui.main_window:MainWindow", *features.FEATURES):
        module, _, name = spec.partition(":")
        try:
            getattr(importlib.import_module(module), name)
        except Exception as exc:
            failed.append(f"{spec} ({exc})")
    out.append(
        CheckResult(
            "window and features",
            not failed,
            "; ".join(failed) or f"{len(features.FEATURES)} feature(s) importable",
        )
    )
    return out
