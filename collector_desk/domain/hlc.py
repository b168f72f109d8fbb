"""Hybrid logical clock: wall-clock milliseconds plus a counter, as sortable text.

(hlc, origin) totally orders writes across workstations: the greater wins.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH_MS = 15
WIDTH_COUNT = 5


def encode(millis: int, counter: int) -> str:
    return f"{millis:0{WIDTH_MS}d}-{counter:0{WIDTH_COUNT}d}"


def decode(text: str) -> tuple[int, int]:
    ms, count = text.split("-")
    return int(ms), int(count)


@dataclass
class Clock:
    """Ticks monotonically; `observe` moves it past a remote stamp."""

    last_ms: int = 0
    counter: int = 0

    def tick(self, now_ms: int) -> str:
        if now_ms > self.last_ms:
            self.last_ms, self.counter = now_ms, 0
        else:
            self.counter += 1
        return encode(self.last_ms, self.counter)

    def observe(self, stamp: str) -> None:
        ms, count = decode(stamp)
        if (ms, count) > (self.last_ms, self.counter):
            self.last_ms, self.counter = ms, count


def wins(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """True when write a = (hlc, origin) beats write b."""
    return a > b
