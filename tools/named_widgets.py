"""Rewrite `QLabel("x", objectName="n")` as `named(QLabel("x"), "n")` in ui/.

PySide6's stubs reject property keywords in constructors (mypy: call-overload),
so the UI names its widgets through `collector_desk.ui.typed_qt.named`, which
returns the widget with its type. Re-runnable and idempotent: run it after a
merge brings in code written the old way, then `ruff format`.

    python tools/named_widgets.py [PATH ...]   (default: collector_desk/ui)
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMPORT = "from collector_desk.ui.typed_qt import named\n"


def _offsets(text: str) -> list[int]:
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def _span(node: ast.AST, starts: list[int]) -> tuple[int, int]:
    begin = starts[node.lineno - 1] + _char_col(node, starts, node.lineno, node.col_offset)  # type: ignore[attr-defined]
    end = starts[node.end_lineno - 1] + _char_col(
        node, starts, node.end_lineno, node.end_col_offset
    )  # type: ignore[attr-defined]
    return begin, end


_LINES: list[str] = []


def _char_col(_node: ast.AST, _starts: list[int], lineno: int, col: int) -> int:
    # ast columns count UTF-8 bytes; convert to characters of that line.
    return len(_LINES[lineno - 1].encode("utf-8")[:col].decode("utf-8"))


def rewrite(text: str) -> tuple[str, int]:
    global _LINES
    tree = ast.parse(text)
    _LINES = text.splitlines(keepends=True)
    starts = _offsets(text)
    calls = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and any(k.arg == "objectName" for k in n.keywords)
        # super().__init__(..., objectName=...) returns None: set it after instead.
        and not (isinstance(n.func, ast.Attribute) and n.func.attr == "__init__")
    ]
    # Innermost and last first, so earlier spans stay valid.
    calls.sort(key=lambda n: _span(n, starts), reverse=True)
    done = 0
    out = text
    for call in calls:
        begin, end = _span(call, starts)
        segment = out[begin:end]
        if "#" in segment:
            print(f"skipped (comment inside the call): {segment[:60]!r}", file=sys.stderr)
            continue
        name_kw = next(k for k in call.keywords if k.arg == "objectName")

        def src(node: ast.AST) -> str:
            b, e = _span(node, starts)
            return text[b:e]

        parts = [src(a) for a in call.args]
        parts += [
            (f"{k.arg}={src(k.value)}" if k.arg else f"**{src(k.value)}")
            for k in call.keywords
            if k is not name_kw
        ]
        inner = f"{src(call.func)}({', '.join(parts)})"
        # Nested rewrites inside this call were already applied to `out`; rebuild
        # from `out` when the segment changed (rare: a named widget as an argument).
        if segment != text[begin:end]:
            continue  # the next pass takes it
        out = f"{out[:begin]}named({inner}, {src(name_kw.value)}){out[end:]}"
        done += 1
    if done and IMPORT not in out:
        out = _add_import(out)
    return out, done


def _add_import(text: str) -> str:
    lines = text.splitlines(keepends=True)
    # After the last top-level `from collector_desk` / `from PySide6` import.
    last = max(
        (
            i
            for i, line in enumerate(lines)
            if line.startswith(("from collector_desk", "from PySide6", "import "))
        ),
        default=0,
    )
    # Step past a parenthesised import.
    while last < len(lines) and "(" in lines[last] and ")" not in lines[last]:
        last += 1
        while last < len(lines) and ")" not in lines[last]:
            last += 1
    lines.insert(last + 1, IMPORT)
    return "".join(lines)


def main(argv: list[str]) -> int:
    targets = [Path(a) for a in argv] or [ROOT / "collector_desk" / "ui"]
    files = [p for t in targets for p in ([t] if t.is_file() else sorted(t.rglob("*.py")))]
    total = 0
    for path in files:
        if path.name == "typed_qt.py":
            continue
        text = path.read_text(encoding="utf-8")
        new, n = rewrite(text)
        while True:  # nested named widgets: one level per pass
            again, more = rewrite(new)
            if not more:
                break
            new, n = again, n + more
        if n:
            path.write_text(new, encoding="utf-8")
            print(f"{path}: {n}")
            total += n
    print(f"rewrote {total} calls")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
