"""Chinese text uses full-width punctuation: ，：；？！（） next to Chinese characters."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import fullwidth  # noqa: E402

CJK = "\u4e00-\u9fff"
# A half-width mark with a Chinese character on either side (spaces allowed). Qt's
# accelerators "(&R)" and file filters "(*.csv)" keep their ASCII brackets.
HALF = re.compile(rf"[{CJK}…]\s*[,:;?!()]|[,:;?!()]\s*[{CJK}]")


def _bad(text: str) -> list[str]:
    text = re.sub(r"\(&\w\)|\(\*[^)]*\)|;;", " ", text)
    return [text[max(0, m.start() - 6) : m.end() + 6] for m in HALF.finditer(text)]


@pytest.mark.parametrize("ts", sorted((ROOT / "resources" / "i18n").glob("*_zh_CN.ts")), ids=str)
def test_translations_use_full_width_punctuation(ts: Path) -> None:
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        text = message.findtext("translation") or ""
        found += _bad(text)
    assert not found, found


def test_the_today_view_strings_from_the_report() -> None:
    ts = (ROOT / "resources" / "i18n" / "worklist_zh_CN.ts").read_text("utf-8")
    assert "已完成 {done} 项" in ts
    for half in ("项,已完成", "回车:打开案件", ":确认是否到账"):
        assert half not in ts


def test_resource_texts_use_full_width_punctuation() -> None:
    unfixed = [
        str(p.relative_to(ROOT))
        for p in fullwidth.targets()
        if fullwidth.fix_file(p) != p.read_text(encoding="utf-8")
    ]
    assert not unfixed, "run python tools/fullwidth.py: " + ", ".join(unfixed)


def test_the_fixer_leaves_accelerators_filters_and_times_alone() -> None:
    assert fullwidth.fix("角色(&R):") == "角色(&R)："
    assert fullwidth.fix("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)") == (
        "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"
    )
    assert fullwidth.fix("通话已记录:{o},时长 {m}:{s:02d}") == "通话已记录：{o}，时长 {m}:{s:02d}"
    assert fullwidth.fix("M2(30-59 天)") == "M2（30-59 天）"
    assert fullwidth.fix("当地 22:00 至 08:00") == "当地 22:00 至 08:00"
    assert _bad("待办 182 项,已完成 0 项") and not _bad("待办 182 项，已完成 0 项")


def test_a_label_and_its_text_are_joined_with_the_languages_colon(qapp: object) -> None:
    """Texts put together at run time (a reminder's title and its list, a limit and
    its error) take the colon from the translation: full-width in Chinese."""
    from collector_desk.ui import labels
    from collector_desk.ui.i18n import install_translators

    install_translators(qapp, "zh_CN")  # type: ignore[arg-type]
    try:
        joined = labels.labelled("还款日前提醒", "现在有 3 项待办")
        assert joined == "还款日前提醒：现在有 3 项待办" and not _bad(joined)
        assert labels.sentences("及格线 80 分。", "通话已完成。") == "及格线 80 分。通话已完成。"
    finally:
        install_translators(qapp, "en")  # type: ignore[arg-type]
    assert labels.labelled("Reminders", "3 to do") == "Reminders: 3 to do"
    assert labels.sentences("Pass mark 80.", "The call ended.") == "Pass mark 80. The call ended."
