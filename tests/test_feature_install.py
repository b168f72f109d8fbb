"""The features at the start: after the case list has shown its rows and their
counts, one feature per turn of the event loop (ui/feature_install.py)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QTimer
from ui_desk_support import TODAY, close_window, make_portfolio, settle

from collector_desk.app import WINDOW_SIZE
from collector_desk.services.context import Desk
from collector_desk.ui import features
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.worklist import WorklistFeature


@pytest.fixture
def portfolio(tmp_path):
    folder = tmp_path / "data"
    make_portfolio(folder, cases=40)
    return folder


def _window(qtbot) -> MainWindow:
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_features_wait_for_the_lists_rows_and_counts_then_come_one_per_turn(qtbot, portfolio):
    window = _window(qtbot)
    view = window.case_list
    turns = [0]  # turns of the event loop (a 0 ms timer fires once per turn)
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start()
    seen: list[tuple[str, int, bool, int | None]] = []
    installer = window._installer
    install_one = installer.install_one

    def recorded(ctx, spec):
        seen.append((spec, turns[0], view.settled(), view.total))
        install_one(ctx, spec)

    installer.install_one = recorded  # type: ignore[method-assign]
    desk = Desk.open(portfolio, today=lambda: TODAY)
    counted: list[int] = []
    view.counted.connect(counted.append)
    window.attach(desk)
    window.install_features_later()
    assert seen == [] and view.model is not None and view.model.busy()  # the page is out
    with pytest.raises(KeyError):
        window.feature(WorklistFeature)
    qtbot.waitUntil(lambda: window.features_ready, timeout=10_000)
    ticker.stop()
    assert [spec for spec, *_ in seen] == list(features.FEATURES)  # each once, in order
    # The first came once the rows were in and their counts shown.
    _, _, settled, total = seen[0]
    assert settled and counted and total == counted[0] == 40
    # One per turn: the event loop (input, paints, workers' results) ran between two.
    at = [turn for _, turn, _, _ in seen]
    assert all(b > a for a, b in itertools.pairwise(at)), at
    assert isinstance(window.feature(WorklistFeature), WorklistFeature)
    window.install_features_later()  # once only
    window.install_features()
    assert len(seen) == len(features.FEATURES)
    settle(qtbot)
    close_window(window)


def test_a_list_that_never_settles_gets_the_features_at_the_latest_after_the_wait(qtbot, portfolio):
    window = _window(qtbot)
    view = window.case_list
    desk = Desk.open(portfolio, today=lambda: TODAY)
    window.attach(desk)
    view._counts.settled = lambda: False  # type: ignore[method-assign]  # counts never answer
    with qtbot.waitSignal(window.features_installed, timeout=10_000):
        window.install_features_later(at_latest_ms=100)
    assert isinstance(window.feature(WorklistFeature), WorklistFeature)
    settle(qtbot)
    close_window(window)
