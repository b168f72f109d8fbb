"""What to do with an overdue case (playbook §5-§6), as codes and structure.

The words a collector reads live in `resources/strategy/` (zh_CN and en) so a
trainer can edit them; this module owns which bands and tracing steps exist,
their order, and the check that the text file covers all of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from collector_desk.domain.loan import DPD_BANDS

# The overdue bands the worklist groups by, in the order a collector works them
# (the freshest first: the earlier a lapse is cured the more comes back).
OVERDUE_BANDS: tuple[str, ...] = tuple(name for name, low, _ in DPD_BANDS if low > 0)

LANGS = ("zh_CN", "en")


@dataclass(frozen=True, slots=True)
class BandStrategy:
    band: str
    title: str
    goal: str
    points: tuple[str, ...]
    channels: tuple[str, ...]
    cadence: str


@dataclass(frozen=True, slots=True)
class TraceStep:
    """A step of the tracing flow for a lost borrower.

    `after`/`when` say which earlier step's finding leads here (None: always open).
    `company_only` steps are asked of the supervisor, never done by the collector.
    """

    code: str
    after: str | None = None
    when: str | None = None
    company_only: bool = False


TRACE_STEPS: tuple[TraceStep, ...] = (
    TraceStep("ask_contacts"),
    TraceStep("employer_call"),
    TraceStep("employer_reach", "employer_call", "still_employed"),
    TraceStep("new_employer", "employer_call", "left"),
    TraceStep("home_check"),
    TraceStep("home_visit", "home_check", "still_there"),
    TraceStep("neighbours", "home_check", "still_there"),
    TraceStep("hukou", "home_check", "moved"),
    TraceStep("official_enquiry", "hukou", "not_found", company_only=True),
)
TRACE_CODES: tuple[str, ...] = tuple(s.code for s in TRACE_STEPS)


class StrategyTextError(ValueError):
    """The strategy text file misses a band, a language or a field. `code` is
    "strategy_text"; `params["file"]` names the file ("bands.json" or
    "tracing.json"), for the window to word it in its own language."""

    code = "strategy_text"

    def __init__(self, message: str, *, file: str) -> None:
        super().__init__(message)
        self.params: dict[str, str] = {"file": file}


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise StrategyTextError(f"{where}: expected a list of text", file="bands.json")
    return tuple(value)


def parse_band_text(data: Mapping[str, Any]) -> dict[str, dict[str, BandStrategy]]:
    """{band: {lang: BandStrategy}} from the JSON of resources/strategy/bands.json."""
    out: dict[str, dict[str, BandStrategy]] = {}
    for band in OVERDUE_BANDS:
        entry = data.get(band)
        if not isinstance(entry, Mapping):
            raise StrategyTextError(f"band {band}: missing", file="bands.json")
        out[band] = {}
        for lang in LANGS:
            text = entry.get(lang)
            where = f"band {band} ({lang})"
            if not isinstance(text, Mapping):
                raise StrategyTextError(f"{where}: missing", file="bands.json")
            for key in ("title", "goal", "cadence"):
                if not isinstance(text.get(key), str) or not text[key]:
                    raise StrategyTextError(f"{where}: '{key}' missing", file="bands.json")
            out[band][lang] = BandStrategy(
                band=band,
                title=text["title"],
                goal=text["goal"],
                points=_str_list(text.get("points"), f"{where} points"),
                channels=_str_list(text.get("channels"), f"{where} channels"),
                cadence=text["cadence"],
            )
    return out


def parse_trace_text(data: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """{step code: {lang: text}} from resources/strategy/tracing.json."""
    out: dict[str, dict[str, str]] = {}
    for code in TRACE_CODES:
        entry = data.get(code)
        if not isinstance(entry, Mapping):
            raise StrategyTextError(f"tracing step {code}: missing", file="tracing.json")
        out[code] = {}
        for lang in LANGS:
            if not isinstance(entry.get(lang), str) or not entry[lang]:
                raise StrategyTextError(
                    f"tracing step {code} ({lang}): missing", file="tracing.json"
                )
            out[code][lang] = entry[lang]
    return out
