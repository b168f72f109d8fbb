"""Every user-visible string of every UI catalogue has its Simplified Chinese,
and the shipped .qm files are built from the current sources."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert _spec and _spec.loader
i18n = importlib.util.module_from_spec(_spec)
sys.modules["i18n_tool"] = i18n
_spec.loader.exec_module(i18n)


@pytest.mark.parametrize("name", sorted(i18n.catalogues()))
def test_catalogue_fully_translated_to_chinese(name: str, tmp_path: Path) -> None:
    files = i18n.catalogues()[name]
    missing = i18n.untranslated(name, files, tmp_path / f"{name}_zh_CN.ts")
    assert not missing, f"{name}: add these to resources/i18n/{name}_zh_CN.json: {missing[:20]}"
    for lang in i18n.LANGS:
        assert (i18n.I18N / f"{name}_{lang}.qm").is_file(), (
            f"run tools/i18n.py to build {name}_{lang}.qm"
        )
