"""The first-run welcome: asks who, for which lender, which language, what to start with."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget

from collector_desk.services import cases
from collector_desk.services.context import Desk
from collector_desk.ui import ops
from collector_desk.ui.i18n import install_translators
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.shell import maybe_first_run
from collector_desk.ui.shell.welcome import WelcomeDialog


@pytest.fixture
def window(qtbot, desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=60_000)  # other features' loads
    yield w
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=60_000)
    app = QApplication.instance()
    install_translators(app, "en")  # the welcome may have switched languages


def answer_welcome(window: MainWindow, fill: Callable[[WelcomeDialog], None]) -> list[str]:
    """When the welcome opens, run `fill` on it (it blocks in exec())."""
    errors: list[str] = []

    def act() -> None:
        dialog = getattr(window, "welcome_dialog", None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, act)
            return
        try:
            fill(dialog)
        except Exception as exc:  # reported by the test, after exec() returns
            errors.append(repr(exc))
            dialog.reject()

    QTimer.singleShot(0, act)
    return errors


def fill_in(dialog: WelcomeDialog, *, start: str = "empty", lang: str = "en") -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    dialog.name.setText("王小明")
    dialog.collector_id.setText("C0123")
    dialog.lender.setText("华信消费金融")
    dialog.choices[start].setChecked(True)
    dialog.start_button.click()


def test_welcome_saves_who_and_where_and_is_not_shown_again(qtbot, window: MainWindow) -> None:
    desk = window.desk
    assert desk is not None and not desk.setting("first_run_done")
    changes = []
    window.changed.connect(changes.append)
    errors = answer_welcome(window, fill_in)
    with qtbot.waitSignal(window.changed, timeout=10_000):
        assert maybe_first_run(window)
    assert not errors
    s = desk.settings()
    assert s["collector_name"] == "王小明"
    assert s["collector_id"] == "C0123"
    assert s["lender_name"] == "华信消费金融"
    assert s["language"] == "en"
    assert s["first_run_done"] is True
    assert any("settings" in c.kinds for c in changes)
    assert desk.collector_id == "C0123"
    assert not maybe_first_run(window)


def test_incomplete_answers_keep_the_dialog_open_and_say_what_is_missing(
    qtbot, window: MainWindow
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: WelcomeDialog) -> None:
        dialog.name.setText("")
        dialog.collector_id.setText("")
        dialog.lender.setText("  ")
        dialog.start_button.click()
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error.text()
        dialog.reject()

    errors = answer_welcome(window, fill)
    from collector_desk.ui.shell import run_welcome

    assert run_welcome(window) is None
    assert not errors
    assert seen["open"] is True
    assert "name" in str(seen["error"]) and "collector ID" in str(seen["error"])
    assert "lender" in str(seen["error"])
    assert window.desk is not None and not window.desk.setting("first_run_done")


def test_choosing_chinese_switches_the_dialog_at_once(qtbot, window: MainWindow) -> None:
    titles: list[str] = []

    def fill(dialog: WelcomeDialog) -> None:
        titles.append(dialog.windowTitle())
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        titles.append(dialog.windowTitle())
        titles.append(dialog.start_button.text())
        dialog.reject()

    answer_welcome(window, fill)
    from collector_desk.ui.shell import run_welcome

    run_welcome(window)
    assert titles[0] == "Welcome to Collector Desk"
    assert titles[1] == "欢迎使用催收工作台"
    assert titles[2] == "开始(&S)"
    # Cancelled: the app's translators are back to the window's language.
    assert QApplication.translate("WelcomeDialog", "Welcome to Collector Desk") == (
        "Welcome to Collector Desk"
    )


def test_demo_choice_fills_the_empty_desk(qtbot, window: MainWindow) -> None:
    desk = window.desk
    assert desk is not None
    answer_welcome(window, lambda d: fill_in(d, start="demo"))
    from collector_desk.ui.shell import run_welcome

    assert run_welcome(window) == "demo"
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=120_000)
    assert cases.count(desk, cases.CaseQuery()) == 240


def test_intake_choice_triggers_the_intake_action(qtbot, window: MainWindow) -> None:
    triggered: list[bool] = []
    # The intake feature (ui/exchange) provides the action; the welcome only triggers it.
    action = window.findChild(QAction, "actionIntake")
    assert action is not None, "the intake feature's action is missing"
    action.triggered.disconnect()  # keep the real file dialog out of the test
    action.triggered.connect(lambda: triggered.append(True))
    answer_welcome(window, lambda d: fill_in(d, start="intake"))
    from collector_desk.ui.shell import run_welcome

    assert run_welcome(window) == "intake"
    qtbot.waitUntil(lambda: triggered == [True])  # once the settings are saved


def test_welcome_waits_for_the_database(qtbot, desk: Desk) -> None:
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    assert maybe_first_run(w) is False  # no desk yet: waits for desk_attached
    answer_welcome(w, fill_in)
    with qtbot.waitSignal(w.changed, timeout=10_000):
        w.attach(desk)
    assert desk.setting("first_run_done") is True
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=60_000)


def _second_start(qtbot, desk: Desk) -> MainWindow:
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=60_000)
    return w


def test_after_the_demo_the_next_start_lists_my_cases(qtbot, window: MainWindow) -> None:
    desk = window.desk
    assert desk is not None
    answer_welcome(window, lambda d: fill_in(d, start="demo"))
    from collector_desk.ui.shell import run_welcome

    assert run_welcome(window) == "demo"
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=120_000)
    again = _second_start(qtbot, desk)
    own = again.findChild(QCheckBox, "caseListOwn")
    assert own is not None and own.isChecked()
    assert again.case_list.total == 240
    assert again.findChild(QWidget, "caseListNoneMine").isHidden()


def test_an_empty_own_list_says_why_and_offers_all_cases(qtbot, desk: Desk) -> None:
    from collector_desk.services.demo import create_demo

    create_demo(desk, cases=12)  # nobody named yet: the cases stay unassigned
    desk.set_settings(collector_id="C0777", collector_name="李四", first_run_done=True)
    w = _second_start(qtbot, desk)
    own = w.findChild(QCheckBox, "caseListOwn")
    hint = w.findChild(QWidget, "caseListNoneMine")
    assert own.isChecked() and w.case_list.total == 0
    qtbot.waitUntil(lambda: not hint.isHidden())
    assert "C0777" in w.findChild(QLabel, "caseListNoneMineText").text()
    qtbot.mouseClick(w.findChild(QPushButton, "caseListShowAll"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.case_list.total == 12, timeout=30_000)
    assert not own.isChecked() and hint.isHidden()
