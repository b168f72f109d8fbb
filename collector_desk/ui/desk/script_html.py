"""The script panel's text as HTML: the words to say in shaded boxes, goals and tips
in grey. Plain functions over already translated and filled-in text."""

from __future__ import annotations

import html
from collections.abc import Sequence

SAY_BG = "#e8f1fb"
BRANCH_BG = "#fff6df"
WARNING_BG = "#fde7e4"


def say(lines: Sequence[str], bg: str = SAY_BG) -> str:
    if not lines:
        return ""
    rows = "".join(f"<tr><td bgcolor='{bg}'>“{html.escape(line)}”</td></tr>" for line in lines)
    return f"<table width='100%' cellspacing='3' cellpadding='6'>{rows}</table>"


def step(goal: str, lines: Sequence[str], tips: Sequence[str], before: str = "") -> str:
    """A step: its goal, what comes first (an objection's branch), the words, the tips."""
    parts = [f"<p style='color:#555'>{html.escape(goal)}</p>"] if goal else []
    parts.append(before)
    parts.append(say(lines))
    parts.extend(f"<p style='color:#555'>• {html.escape(tip)}</p>" for tip in tips)
    return "".join(parts)


def branch(head: str, technique: str, lines: Sequence[str]) -> str:
    """An objection's branch: what was heard, the technique, the words in amber."""
    return f"<p><b>{html.escape(head)}</b><br><i>{html.escape(technique)}</i></p>" + say(
        lines, BRANCH_BG
    )


def warning(text: str) -> str:
    return (
        f"<table width='100%' cellpadding='6'><tr><td bgcolor='{WARNING_BG}'><b>"
        f"{html.escape(text)}</b></td></tr></table>"
    )


def muted(text: str, *, italic: bool = False) -> str:
    body = f"<i>{html.escape(text)}</i>" if italic else html.escape(text)
    colour = "#555" if italic else "#666"
    return f"<p style='color:{colour}'>{body}</p>"
