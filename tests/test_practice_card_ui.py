"""The score card names each step, and each § reference opens the course's page in
the app (written in the app's own words, never the course's sentences)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from collector_desk.domain.language.normalise import normalise
from collector_desk.domain.practice.call import PracticeCall
from collector_desk.domain.practice.lint import best_reply
from collector_desk.domain.practice.render import CallSetup
from collector_desk.domain.practice.rules import RULES
from collector_desk.domain.practice.scoring import score_call
from collector_desk.services import practice
from collector_desk.ui.practice.course_page import CoursePageDialog
from collector_desk.ui.practice.scorecard import ScoreCardDialog

SHOTS = Path(__file__).parent.parent / "build" / "shots"
SEEDS = Path("/work/shared/seeds")
SETUP = CallSetup(today=date(2026, 3, 16), trainee="小王")


def _card_doc(lang: str) -> dict[str, Any]:
    scenario = practice.load_library().get("atm-card-swallowed")
    call = PracticeCall(scenario, SETUP)
    call.answer(reply_id=best_reply(call, 1))
    call.answer(reply_id=best_reply(call, 2))
    call.answer(text="罚息我给您免了，您方便的时候再还就行。")
    while not call.ended:
        call.answer(reply_id=best_reply(call, call.next_step))
    return {**score_call(call).to_dict(), "transcript": practice.transcript(call)}


@pytest.fixture(params=["zh_CN", "en"])
def card(request: Any, qapp: Any, qtbot: Any) -> Any:
    from collector_desk.ui.i18n import apply_font, install_translators

    install_translators(qapp, request.param)
    apply_font(qapp)
    dialog = ScoreCardDialog(_card_doc(request.param), lang=request.param)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    if dialog.course_page is not None:
        dialog.course_page.close()
    install_translators(qapp, "en")


def test_the_steps_are_named(card: Any) -> None:
    names = [card.steps.item(r, 0).text() for r in range(card.steps.rowCount())]
    if card.lang.startswith("en"):
        assert any(n.startswith("4. ") and "payment time" in n for n in names)
    else:
        assert "4. 约定具体还款时间" in names
    assert all(re.match(r"\d\. \S", n) for n in names)


def test_a_section_opens_its_page_in_the_app(card: Any, qtbot: Any) -> None:
    assert card.deductions.rowCount() > 0
    card._cell_clicked(0, 1)
    page = card.course_page
    assert isinstance(page, CoursePageDialog)
    qtbot.waitUntil(page.isVisible)
    assert page.shown == practice.course_section(card.deductions.item(0, 1).text()).id
    card.open_section("§7.5")
    page = card.course_page
    qtbot.waitUntil(page.isVisible)
    assert page.shown == "§7.5"
    text = page.browser.toPlainText()
    title = practice.course_section("§7.5").title.pick("en" if card.lang == "en" else "zh")
    assert f"§7.5 {title}" in text
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    card.grab().save(str(SHOTS / f"practice-card-{card.lang}.png"))
    page.grab().save(str(SHOTS / f"practice-course-{card.lang}.png"))


def test_every_cited_section_has_a_page() -> None:
    pages = {s.id for s in practice.course_sections()}
    for rule in RULES.values():
        cited = rule.section.replace("{step}", "1")
        assert practice.course_section(cited) is not None, cited
        if "{step}" in rule.section:
            for n in range(1, 10):
                assert f"§9.{n}" in pages
        else:
            assert rule.section in pages, rule.section


def test_the_pages_are_not_the_courses_sentences() -> None:
    seeds = list(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip("the course text is not on this machine")
    course = re.sub(r"\s+", "", normalise(seeds[0].read_text(encoding="utf-8")))
    cjk = re.compile(r"[\u4e00-\u9fff]{10,}")
    for s in practice.course_sections():
        for run in cjk.findall(normalise(s.body.zh)):
            for i in range(len(run) - 9):
                assert run[i : i + 10] not in course, (s.id, run[i : i + 10])
