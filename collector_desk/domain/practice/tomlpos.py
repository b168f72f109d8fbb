"""Which line of a TOML file a field is written on, so errors can name it.

`tomllib` returns plain dicts without positions. Scenario files are simple
(tables, arrays of tables, `key = value`), so a line scan that follows the
table headers is enough; a field without its own line is reported at the
line of the nearest enclosing one.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]#]+?)\s*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*=")
_SYNTAX_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")


def field_lines(text: str) -> dict[str, int]:
    """Map "persona.kind", "step.3.reply[2].zh"... to 1-based line numbers."""
    lines: dict[str, int] = {}
    counts: dict[str, int] = {}
    table = ""
    in_multiline: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if raw.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        header = _HEADER.match(raw)
        if header:
            name = re.sub(r"\s*\.\s*", ".", header.group(2))
            if header.group(1) == "[[":
                counts[name] = counts.get(name, 0) + 1
                table = f"{name}[{counts[name]}]"
            else:
                table = name
            lines.setdefault(table, number)
            parts = name.split(".")
            for end in range(len(parts), 0, -1):
                lines.setdefault(".".join(parts[:end]), number)
            continue
        key = _KEY.match(raw)
        if key:
            name = re.sub(r"\s*\.\s*", ".", key.group(1))
            path = f"{table}.{name}" if table else name
            lines.setdefault(path, number)
            rest = raw[key.end() :]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_multiline = quote
    return lines


def line_of(lines: dict[str, int], path: str) -> int:
    """The line of `path`, else of its nearest parent; 0 when nothing matches."""
    probe = path
    while probe:
        if probe in lines:
            return lines[probe]
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return 0


def syntax_error_position(message: str) -> tuple[int, int]:
    """(line, column) from a tomllib.TOMLDecodeError message, (0, 0) if absent."""
    m = _SYNTAX_LINE.search(message)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)
