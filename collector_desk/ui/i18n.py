"""Language and fonts: Simplified Chinese by default, English on request.

The language is chosen, in order, by `--lang`, the `language` setting, then the
system locale (a Chinese locale gives zh_CN, an English one en, anything else
the default zh_CN). Every `resources/i18n/*_{lang}.qm` is loaded, plus Qt's own
`qtbase_{lang}.qm` so stock dialogs and buttons speak the same language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from collector_desk.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

# Latin text in the first family that exists; Chinese glyphs fall back along the list.
FONT_FAMILIES = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimSun",
]

_installed: list[QTranslator] = []


def normalise(lang: str | None) -> str | None:
    """ "zh", "zh_CN", "zh-Hans-CN" -> "zh_CN"; "en", "en_US" -> "en"; else None."""
    if not lang:
        return None
    code = lang.replace("-", "_").lower()
    if code.startswith("zh"):
        return "zh_CN"
    if code.startswith("en"):
        return "en"
    return None


def choose_language(explicit: str | None, stored: str | None, system: str | None = None) -> str:
    for candidate in (explicit, stored):
        found = normalise(candidate)
        if found:
            return found
    if system is None:
        system = QLocale.system().name()
    return normalise(system) or DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Replace the installed translators with those of `lang`; return the files loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded: list[str] = []
    folder = resources_dir() / "i18n"
    files = sorted(folder.glob(f"*_{lang}.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in [*files, f"{qt_dir}/qtbase_{lang}.qm"]:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(str(path))
        elif not str(path).endswith("qtbase_en.qm"):
            log.warning("translation %s could not be loaded", path)
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if lang == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    return loaded


def apply_font(app: QApplication) -> None:
    """A font that draws Chinese everywhere (Windows: Microsoft YaHei UI)."""
    font = QFont(app.font())
    families = [f for f in FONT_FAMILIES if f]
    font.setFamilies(families)
    if font.pointSizeF() < 9:
        font.setPointSizeF(9)
    app.setFont(font)
