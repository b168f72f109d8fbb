"""Chinese text takes full-width punctuation: ，：；？！（） instead of ,:;?!() next to Chinese.

Rewrites the Chinese strings of the translation catalogues (resources/i18n/*_zh_CN.json)
and of the resources (call script, strategy, SMS templates, practice scenarios) in
place; run tools/i18n.py afterwards to rebuild the .ts and .qm files.

  python tools/fullwidth.py            # fix every file
  python tools/fullwidth.py --check    # exit 1 and list what would change

Left alone: Qt's accelerators "(&R)", file-dialog filters "(*.csv)", format fields
"{m}:{s:02d}", times "22:00", and the call script's surname table "王:Wang".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IDEO = "\u4e00-\u9fff"
FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_NEXT_TO_CHINESE = re.compile(
    rf"(?<=[{IDEO}…）」』”])\s*([,:;?!])\s*|\s*([,:;?!])\s*(?=[{IDEO}（「『“])"
)
_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def _parens(text: str) -> str:
    out = list(text)
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            start = stack.pop()
            inner = text[start + 1 : i]
            if re.fullmatch(r"&\w", inner) or inner.startswith("*"):
                continue  # Qt accelerator or file filter
            if re.search(f"[{IDEO}]", inner) or re.search(
                f"[{IDEO}]", text[max(0, start - 1) : start] + text[i + 1 : i + 2]
            ):
                out[start], out[i] = "（", "）"
    fixed = "".join(out)
    return re.sub(rf"(?<=[{IDEO}])\s+(?=（)|(?<=）)\s+(?=[{IDEO}])", "", fixed)


def fix(text: str) -> str:
    """`text` with full-width punctuation where it touches Chinese."""
    if not re.search(f"[{IDEO}]", text):
        return text
    if ";;" in text:  # a file-dialog filter list: fix each entry, keep the separators
        return ";;".join(fix(part) for part in text.split(";;"))
    text = _parens(text)
    text = re.sub(  # "角色(&R):" -> "角色(&R)："
        rf"(?<=[{IDEO}])(\(&\w\))\s*([,:;?!])", lambda m: m.group(1) + FULL[m.group(2)], text
    )
    return _NEXT_TO_CHINESE.sub(lambda m: FULL[m.group(1) or m.group(2)], text)


def targets() -> list[Path]:
    res = ROOT / "resources"
    return [
        *sorted((res / "i18n").glob("*_zh_CN.json")),
        *sorted((res / "scripts").glob("*.json")),
        *sorted((res / "strategy").glob("*.json")),
        *sorted((res / "templates").rglob("*.json")),
        *sorted((res / "practice").glob("*.toml")),
    ]


def fix_file(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".toml":
        # Only the Chinese of a {zh, en} pair or a reply's `zh = "..."`.
        return re.sub(
            r'(\bzh\s*=\s*")((?:[^"\\\n]|\\.)*)(")',
            lambda m: m.group(1) + fix(m.group(2)) + m.group(3),
            text,
        )

    def one(m: re.Match[str]) -> str:
        if text[max(0, m.start() - 16) : m.start()].rstrip().endswith('"surnames_en":'):
            return m.group(0)
        if text[m.end() : m.end() + 3].lstrip().startswith(":"):
            return m.group(0)  # a key (an English source text): never changed
        return '"' + fix(m.group(1)) + '"'

    return _STRING.sub(one, text)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = []
    for path in targets():
        before = path.read_text(encoding="utf-8")
        after = fix_file(path)
        if after != before:
            changed.append(path.relative_to(ROOT))
            if not check:
                path.write_text(after, encoding="utf-8")
    for p in changed:
        print(f"{'needs full-width punctuation' if check else 'fixed'}: {p}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
