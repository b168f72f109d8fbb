"""Build the Qt translation catalogues: source -> .ts (lupdate) -> fill -> .qm (lrelease).

A catalogue is a UI subpackage: "desk" covers collector_desk/app.py,
collector_desk/ui/*.py and collector_desk/ui/desk/; any other name covers
collector_desk/ui/<name>/. Source strings are English. The Chinese lives in
resources/i18n/<catalogue>_zh_CN.json as {"English source": "中文"} (a key
"Context|source" pins a translation to one Qt context when a source string
needs different Chinese in different places).

Usage:
  python tools/i18n.py            # rebuild every catalogue
  python tools/i18n.py --check    # exit 1 if a zh_CN string lacks a translation
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "collector_desk" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it ships with PySide6)")
    return found


def catalogues() -> dict[str, list[Path]]:
    cats: dict[str, list[Path]] = {
        "desk": [
            ROOT / "collector_desk" / "app.py",
            *sorted(UI.glob("*.py")),
            *sorted((UI / "desk").rglob("*.py")),
        ]
    }
    for sub in sorted(
        p for p in UI.iterdir() if p.is_dir() and p.name not in ("desk", "__pycache__")
    ):
        files = sorted(sub.rglob("*.py"))
        if files:
            cats[sub.name] = files
    return {name: [f for f in files if f.exists()] for name, files in cats.items()}


def fill(ts_path: Path, mapping: dict[str, str]) -> list[str]:
    """Write translations from mapping into the .ts; return sources still untranslated."""
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        ctx_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            text = mapping.get(f"{ctx_name}|{source}", mapping.get(source))
            if text:
                tr.text = text
                tr.attrib.pop("type", None)
            elif tr.get("type") == "unfinished" or not tr.text:
                missing.append(f"{ctx_name}: {source}")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def extract(files: list[Path], lang: str, ts: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *map(str, files),
            "-no-obsolete",
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def untranslated(name: str, files: list[Path], ts: Path) -> list[str]:
    """Extract the catalogue's strings into `ts`, fill the Chinese, return what is missing."""
    extract(files, "zh_CN", ts)
    mapping_path = I18N / f"{name}_zh_CN.json"
    mapping = json.loads(mapping_path.read_text("utf-8")) if mapping_path.exists() else {}
    return fill(ts, mapping)


def build(check_only: bool = False) -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    lrelease = tool("pyside6-lrelease")
    problems = 0
    for name, files in catalogues().items():
        for lang in LANGS:
            ts = I18N / f"{name}_{lang}.ts"
            missing: list[str] = []
            if lang == "zh_CN":
                missing = untranslated(name, files, ts)
            else:
                extract(files, lang, ts)
            if missing:
                problems += len(missing)
                print(f"{ts.name}: {len(missing)} untranslated")
                for m in missing[:50]:
                    print(f"    {m}")
            if not check_only:
                subprocess.run(
                    [lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))],
                    check=True,
                    capture_output=True,
                )
        print(f"{name}: {len(files)} source files")
    return 1 if (check_only and problems) else 0


if __name__ == "__main__":
    sys.exit(build(check_only="--check" in sys.argv))
