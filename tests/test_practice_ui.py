"""The practice window with real widgets: choose a scenario, talk, fill the form,
get the score card; progress shows the attempt; no voice means no switch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction

from collector_desk.services import practice
from collector_desk.services.context import Desk
from collector_desk.ui import ops
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.practice import PracticeFeature, PracticeWindow
from collector_desk.ui.practice.charts import BarChart, Point, RankChart, ScoreChart
from collector_desk.ui.practice.scorecard import ScoreCardDialog
from collector_desk.ui.practice.speech import BorrowerVoice


@pytest.fixture
def window(qtbot, desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(lang="zh_CN")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=60_000)
    yield w
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=60_000)


def _open(qtbot, window: MainWindow) -> PracticeWindow:
    actions = {
        a.objectName(): a for a in window.menus["practice"].actions() if isinstance(a, QAction)
    }
    actions["actionPracticeCall"].trigger()
    pw = window.feature(PracticeFeature).window_
    assert isinstance(pw, PracticeWindow)
    qtbot.waitUntil(
        lambda: ops.pending() == 0 and pw.call.scenarios.list.count() > 0, timeout=20_000
    )
    return pw


def _select(pw: PracticeWindow, scenario_id: str) -> None:
    lst = pw.call.scenarios.list
    for row in range(lst.count()):
        if lst.item(row).data(Qt.ItemDataRole.UserRole) == scenario_id:
            lst.setCurrentRow(row)
            return
    raise AssertionError(scenario_id)


def _say_best(qtbot, pw: PracticeWindow) -> None:
    talk = pw.call.talk
    for row in range(talk.candidates.count()):
        item = talk.candidates.item(row)
        reply = next(
            c
            for c in pw.call.call.candidates(talk.step)
            if c.id == item.data(Qt.ItemDataRole.UserRole)
        )
        if reply.kind.value == "best":
            talk.candidates.setCurrentRow(row)
            qtbot.mouseClick(talk.say, Qt.MouseButton.LeftButton)
            return
    raise AssertionError("no best reply")


def test_the_menu_opens_the_practice_window_with_every_scenario(qtbot, window: MainWindow) -> None:
    pw = _open(qtbot, window)
    assert pw.call.scenarios.list.count() == len(practice.load_library().scenarios) >= 12
    assert pw.call.scenarios.problems.isHidden()
    banner = pw.findChild(type(pw.call.scenarios.card), "practiceBanner")
    assert "No real case" in banner.text()  # translators are not installed in tests


def test_a_full_call_through_the_widgets_ends_in_a_saved_score_card(
    qtbot, window: MainWindow, desk: Desk, tmp_path: Path
) -> None:
    pw = _open(qtbot, window)
    view = pw.call
    _select(pw, "a-forgot-busy-clerk")
    qtbot.mouseClick(view.scenarios.start, Qt.MouseButton.LeftButton)
    assert view.call is not None and view.talk.step == 1
    cards: list[ScoreCardDialog] = []
    view.card_shown.connect(cards.append)
    while not view.call.ended:
        _say_best(qtbot, pw)
    assert "再见" in view.talk.transcript.toPlainText()
    # The trainee records what was agreed: tomorrow, the full amount, the app, the debit card.
    view.form.date.setDate(QDate(2026, 3, 17))
    view.form.amount.setText("1280.00")
    view.form.method.setCurrentIndex(view.form.method.findData("app"))
    view.form.account.setCurrentIndex(1)
    pw.resize(1366, 768)
    pw.grab().save(str(tmp_path / "practice_call.png"))
    qtbot.mouseClick(view.finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(cards), timeout=20_000)
    card = cards[0]
    assert card.doc["score"] == 100 and card.doc["passed"] is True
    assert card.deductions.rowCount() == 0
    card.grab().save(str(tmp_path / "practice_card.png"))
    card.close()
    (row,) = practice.attempts(desk, "测试员")
    assert (row.scenario_id, row.score) == ("a-forgot-busy-clerk", 100)
    qtbot.waitUntil(
        lambda: (
            ops.pending() == 0
            and pw.progress.stats is not None
            and len(pw.progress.stats.attempts) == 1
        ),
        timeout=20_000,
    )
    assert pw.progress.scores.points[0].value == 100
    # the day on the chart is the lender's, written as Today writes it (MM-DD)
    from collector_desk.ui import localtime

    assert pw.progress.scores.points[0].label == localtime.when(row.started_at, "%m-%d")


def test_typed_words_and_a_breach_are_scored_and_quoted(qtbot, window: MainWindow) -> None:
    pw = _open(qtbot, window)
    view = pw.call
    _select(pw, "atm-card-swallowed")
    view.scenarios._start()
    cards: list[ScoreCardDialog] = []
    view.card_shown.connect(cards.append)
    _say_best(qtbot, pw)
    _say_best(qtbot, pw)
    view.talk.typed.setPlainText("罚息我给您免了,您方便的时候再还就行。")
    qtbot.mouseClick(view.talk.say_typed, Qt.MouseButton.LeftButton)
    assert view.talk.typed.toPlainText() == ""
    assert "罚息我给您免了" in view.talk.transcript.toPlainText()
    while not view.call.ended:
        _say_best(qtbot, pw)
    qtbot.mouseClick(view.finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(cards), timeout=20_000)
    card = cards[0]
    assert card.doc["passed"] is False
    box = card.findChild(type(card.findChild(object, "practiceScoreHead")), "practiceAutoFail")
    assert box is not None and "罚息我给您免了" in box.text() and "§7.5" in box.text()
    card.close()


def test_skipping_a_step_shows_it_and_the_next_step_is_offered(qtbot, window: MainWindow) -> None:
    pw = _open(qtbot, window)
    view = pw.call
    _select(pw, "g-promises-after-payday")
    view.scenarios._start()
    for _ in range(3):
        _say_best(qtbot, pw)
    qtbot.mouseClick(view.talk.skip, Qt.MouseButton.LeftButton)
    assert view.talk.step == 5
    assert "#eeeeee" in view.talk.steps[4].styleSheet()
    assert view.form.styleSheet() == "" and "background:#fff3c4" in view.form.amount.styleSheet()


def test_without_a_voice_the_speech_switch_is_hidden(qtbot, window: MainWindow) -> None:
    pw = _open(qtbot, window)
    voice = BorrowerVoice()
    assert pw.call.talk.speak.isHidden() == (not voice.available("zh"))
    voice.say("你好", "zh")  # never raises, voice or not


def test_english_window_shows_english_scenarios(qtbot, desk: Desk) -> None:
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    pw = w.feature(PracticeFeature).open(0)
    qtbot.waitUntil(
        lambda: ops.pending() == 0 and pw.call.scenarios.list.count() > 0, timeout=20_000
    )
    _select(pw, "f-wilful-refuser")
    pw.call.scenarios._start()
    assert "You lot again?" in pw.call.talk.transcript.toPlainText()
    assert pw.call.talk.candidates.item(0).text().startswith("1. Hello")


def test_broken_files_are_listed_under_the_scenarios(qtbot, window: MainWindow) -> None:
    pw = _open(qtbot, window)
    pane = pw.call.scenarios
    library = practice.load_library()
    pane.set_library(library.scenarios[:2], ["x.toml:3: persona.kind: bad value"])
    assert not pane.problems.isHidden()
    assert "x.toml:3: persona.kind" in pane.problems.text()
    assert pane.list.count() == 2


def test_charts_draw_with_and_without_data(qtbot, tmp_path: Path) -> None:
    scores, steps, rules = ScoreChart("s"), BarChart("b"), RankChart("r")
    for chart in (scores, steps, rules):
        qtbot.addWidget(chart)
        chart.resize(420, 240)
        assert not chart.grab().isNull()
    scores.set_points(
        [
            Point(f"3/{d}", v, v >= 80)
            for d, v in zip(range(1, 30), [40, 65, 80, 92, 100] * 6, strict=False)
        ],
        80,
    )
    steps.set_bars([(str(n), 100 - 9 * n) for n in range(1, 10)])
    rules.set_rows([("未核实身份 §9.1", 5), ("复述不完整 §9.8", 3)])
    for chart, name in ((scores, "scores"), (steps, "steps"), (rules, "rules")):
        assert not chart.grab().isNull()
        chart.grab().save(str(tmp_path / f"{name}.png"))
    assert len(scores.points) == 29 and scores.toolTip() == ""


def test_a_past_attempt_opens_from_the_progress_table(
    qtbot, window: MainWindow, desk: Desk
) -> None:
    from collector_desk.domain.practice.lint import play_best
    from collector_desk.domain.practice.scoring import score_call

    lib = practice.load_library()
    call = play_best(
        lib.get("b-no-time-delivery-rider"), practice.call_setup(desk, today=date(2026, 3, 16))
    )
    practice.save_attempt(
        desk, trainee="测试员", call=call, card=score_call(call), started_at=desk.now()
    )
    pw = window.feature(PracticeFeature).open(1)
    qtbot.waitUntil(
        lambda: ops.pending() == 0 and pw.progress.table.rowCount() == 1, timeout=20_000
    )
    cards: list[ScoreCardDialog] = []
    pw.progress.card_shown.connect(cards.append)
    pw.progress._open_attempt(0, 0)
    qtbot.waitUntil(lambda: bool(cards), timeout=20_000)
    assert cards[0].doc["scenario"] == "b-no-time-delivery-rider"
    assert "送单" in cards[0].transcript.toPlainText()
    cards[0].close()


def test_a_trainer_set_narrows_the_list(qtbot, window: MainWindow) -> None:
    pw = _open(qtbot, window)
    pane = pw.call.scenarios
    week1 = pane.set_box.findData("week-1-basics")
    assert week1 > 0 and not pane.set_box.isHidden()
    pane.set_box.setCurrentIndex(week1)
    shown = [pane.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(pane.list.count())]
    assert shown == list(practice.load_library().sets[0].scenarios)
    pane.set_box.setCurrentIndex(0)
    assert pane.list.count() == len(practice.load_library().scenarios)
