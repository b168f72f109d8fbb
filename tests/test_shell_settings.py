"""Tools > Settings edits what the welcome asked, and the desk's working settings;
Help > Where my data is shows the folders."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

from collector_desk.services.context import Desk
from collector_desk.ui import ops
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.shell import open_settings
from collector_desk.ui.shell.folders import FoldersDialog
from collector_desk.ui.shell.settings_dialog import SettingsDialog


@pytest.fixture
def window(qtbot, desk: Desk) -> Iterator[MainWindow]:
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=60_000)  # other features' loads
    yield w
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=60_000)


def when_open(kind: type, act: Callable[[object], None]) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def action(window: MainWindow, name: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.objectName() == name]
    assert len(found) == 1, name
    return found[0]


def test_menus_have_settings_and_folders(window: MainWindow) -> None:
    assert action(window, "actionSettings") in window.menus["tools"].actions()
    assert action(window, "actionFolders") in window.menus["help"].actions()


def test_settings_are_saved_and_announced(qtbot, window: MainWindow) -> None:
    desk = window.desk
    assert desk is not None

    def edit(d: SettingsDialog) -> None:
        d.lender.setText("华信消费金融")
        d.accounts.setPlainText("招商银行  6214 8301 0000 1234\n\n  工商银行 6222 0000 1111 2222  ")
        d.promise_window.setValue(5)
        d.dial_uri.setText("sip:{number}@pbx.local")
        d.name.setText("李四")
        d.role.setCurrentIndex(d.role.findData("supervisor"))
        d.accept()

    when_open(SettingsDialog, edit)
    with qtbot.waitSignal(window.changed, timeout=5000) as changed:
        open_settings(window)
    assert "settings" in changed.args[0].kinds
    s = desk.settings()
    assert s["lender_name"] == "华信消费金融"
    assert s["lender_accounts"] == ["招商银行 6214 8301 0000 1234", "工商银行 6222 0000 1111 2222"]
    assert s["promise_window_days"] == 5
    assert s["dial_uri"] == "sip:{number}@pbx.local"
    assert s["collector_name"] == "李四"
    assert s["collector_id"] == "C001"  # untouched
    assert s["role"] == "supervisor"


def test_bad_values_keep_the_dialog_open_with_reasons(qtbot, desk: Desk) -> None:
    d = SettingsDialog(desk.settings())
    qtbot.addWidget(d)
    d.show()
    d.dial_uri.setText("8610{phone}")
    d.collector_id.setText("")
    d.accept()
    assert d.isVisible()
    text = d.error.text()
    assert "{number}" in text and "collector ID" in text
    d.dial_uri.setText("tel:{number}")
    d.collector_id.setText("C9")
    d.accept()
    assert not d.isVisible()
    assert d.changes() == {"collector_id": "C9"}


def test_cancel_changes_nothing(qtbot, window: MainWindow) -> None:
    desk = window.desk
    assert desk is not None
    before = desk.settings()

    def edit(d: SettingsDialog) -> None:
        d.lender.setText("别的机构")
        d.reject()

    when_open(SettingsDialog, edit)
    open_settings(window)
    assert desk.settings() == before


def test_promise_window_is_bounded(qtbot, desk: Desk) -> None:
    d = SettingsDialog({**desk.settings(), "promise_window_days": 7})
    qtbot.addWidget(d)
    d.promise_window.setValue(400)
    assert d.promise_window.value() == 30


def test_folders_dialog_names_data_database_backups_and_log(qtbot, desk: Desk, tmp_path) -> None:
    log = tmp_path / "日志" / "collector-desk.log"
    d = FoldersDialog(desk.data_dir, desk.db.path, log)
    qtbot.addWidget(d)
    shown = {lab.objectName(): lab.text() for lab in d.findChildren(QLabel) if lab.objectName()}
    assert shown["path_data"] == str(desk.data_dir)
    assert shown["path_database"] == str(desk.db.path)
    assert shown["path_backups"] == str(desk.data_dir / "backups")
    assert shown["path_log"] == str(log)
    d.copy()
    assert str(log) in QApplication.clipboard().text()
