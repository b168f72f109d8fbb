"""Write the "Every recognised title" section of docs/intake.md from the field table.

    .venv/bin/python tools/intake_titles.py          # rewrite the section
    .venv/bin/python tools/intake_titles.py --check  # exit 1 if it is out of date

Titles are listed as intake compares them (after `intake_fields.normalise`: no
spaces, punctuation, units or required markers; English in lower case).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collector_desk.exchange.intake_fields import FIELDS  # noqa: E402

DOC = ROOT / "docs" / "intake.md"
BEGIN = "<!-- every-title: begin (tools/intake_titles.py writes this) -->"
END = "<!-- every-title: end -->"


def section() -> str:
    lines = [BEGIN, "", "| field | needed | kind | titles |", "|---|---|---|---|"]
    for f in FIELDS:
        titles = ", ".join(f.aliases)
        lines.append(
            f"| `{f.key}` ({f.label}) | {'yes' if f.required else ''} | {f.kind} | {titles} |"
        )
    return "\n".join([*lines, "", END])


def rewritten(text: str) -> str:
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return head + section() + tail


def main() -> int:
    text = DOC.read_text(encoding="utf-8")
    if BEGIN not in text:
        raise SystemExit(f"{DOC}: no '{BEGIN}' marker")
    new = rewritten(text)
    if "--check" in sys.argv:
        if new != text:
            print(f"{DOC} is out of date: run tools/intake_titles.py")
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
