"""The borrower's voice through Qt's text-to-speech, when the system has one.

QtTextToSpeech ships in PySide6-Addons (the optional `speech` extra) and needs
a speech engine with a voice for the language. Any of these missing means no
voice: `BorrowerVoice.available` is False and the practice call hides the
switch. Nothing here may raise.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QLocale, QObject

log = logging.getLogger(__name__)

_TextToSpeech: Any
try:  # PySide6-Addons may be absent, or present without its system libraries.
    from PySide6.QtTextToSpeech import QTextToSpeech as _TextToSpeech
except Exception:  # ImportError, or OSError from a missing libpulse
    _TextToSpeech = None

# Faster for a borrower in a hurry, slower for an anxious one (-1.0 .. 1.0).
RATE = {"hurried": 0.25, "irritable": 0.15, "hostile": 0.1, "anxious": -0.1, "calm": -0.05}


def _locale(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Chinese, QLocale.Country.China)


class BorrowerVoice(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine: Any = None
        if _TextToSpeech is None:
            return
        try:
            if _TextToSpeech.availableEngines():
                self._engine = _TextToSpeech(self)
        except Exception:
            log.info("text-to-speech is installed but no engine starts", exc_info=True)
            self._engine = None

    def available(self, lang: str) -> bool:
        """Is there a voice for this language ("zh" or "en")?"""
        if self._engine is None:
            return False
        try:
            wanted = _locale(lang).language()
            return any(loc.language() == wanted for loc in self._engine.availableLocales())
        except Exception:
            return False

    def say(self, text: str, lang: str, temperament: str = "") -> None:
        if not self.available(lang):
            return
        try:
            self._engine.stop()
            self._engine.setLocale(_locale(lang))
            self._engine.setRate(RATE.get(temperament, 0.0))
            self._engine.say(text)
        except Exception:
            log.info("could not speak", exc_info=True)

    def stop(self) -> None:
        if self._engine is not None:
            with contextlib.suppress(Exception):
                self._engine.stop()
