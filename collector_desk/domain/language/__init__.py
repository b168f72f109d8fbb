"""One language engine for everything a collector says or writes.

Desk notes, SMS drafts, practice answers and the simulated borrower's
understanding all ask this package. The rules are data in
resources/language/*.toml (see resources/language/README.md); the engine is
built from them on first use, never at import.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from collector_desk.domain.language.engine import Engine
from collector_desk.domain.language.loading import load
from collector_desk.domain.language.model import Model
from collector_desk.domain.language.model import loads as load_model
from collector_desk.domain.language.rules import Addressee, Hit, RuleError, Text

__all__ = [
    "Addressee",
    "Engine",
    "Finding",
    "Hit",
    "RuleError",
    "Text",
    "engine",
    "findings",
    "load",
    "load_folder",
    "load_model",
    "model",
    "rules_dir",
]


def rules_dir() -> Path:
    """resources/language: inside the installed package, else the checkout's.

    The rules ship with the code like the code's own constants; reading them is
    the one file access this layer makes.
    """
    package = Path(__file__).resolve().parents[2]
    for root in (package / "resources", package.parent / "resources"):
        if (root / "language").is_dir():
            return root / "language"
    raise FileNotFoundError(f"resources/language not found next to {package}")


def load_folder(folder: Path) -> Engine:
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise RuleError(f"{folder}: no rule files (*.toml)")
    return load((p.name, p.read_text(encoding="utf-8")) for p in files)


_lock = threading.Lock()
_engine: Engine | None = None


def engine() -> Engine:
    """The engine over the shipped rules, built once (thread-safe)."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = load_folder(rules_dir())
    return _engine


@dataclass(frozen=True, slots=True)
class Finding:
    """A breach found in the text: which rule, the words, and why it matters."""

    rule: str
    category: str
    words: str
    quote: str  # the sentence as written
    why: Text
    score: str  # the practice rule code (rules.py) it costs

    @property
    def phrase(self) -> str:
        return self.words

    def explain(self, lang: str = "zh") -> str:
        return f"\u201c{self.words}\u201d: {self.why.pick(lang)}"


_model: Model | None = None


def model() -> Model:
    """The learned back-off (resources/language/model.json), read once on first use.

    findings() leaves it out unless asked (findings(learned=True)). Since session 9
    the daily QA asks by default (the "language_learned" setting), the desk note
    shows its findings as a softer "please check", and practice credits its
    either-or questions; breaches that fail a call or stop a send stay the rules'
    (resources/language/README.md).
    """
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = load_model((rules_dir() / "model.json").read_text(encoding="utf-8"))
    return _model


def findings(
    text: str, addressee: Addressee = Addressee.BORROWER, learned: bool = False
) -> list[Finding]:
    """The breaches in the text, one per rule, in the order they appear; with
    `learned`, also the learned back-off's (rule "learned.<category>", to confirm)."""
    eng = engine()
    out: list[Finding] = []
    seen: set[str] = set()
    for hit in eng.hits(text, addressee, model() if learned else None):
        rule = hit.rule
        if eng.categories[rule.category].kind != "breach" or rule.id in seen:
            continue
        seen.add(rule.id)
        out.append(Finding(rule.id, rule.category, hit.words, hit.quote, rule.why, rule.score))
    return out
