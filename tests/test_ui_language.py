"""Simplified Chinese by default, English on request; Qt's own texts follow."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton
from ui_desk_support import TODAY, close_window, make_portfolio, open_case, settle

from collector_desk.app import build_window
from collector_desk.ui.i18n import choose_language


@pytest.mark.parametrize(
    ("explicit", "stored", "system", "expected"),
    [
        (None, None, "zh_CN", "zh_CN"),
        (None, None, "C", "zh_CN"),  # the default
        (None, None, "de_DE", "zh_CN"),
        (None, None, "en_US", "en"),
        (None, "en", "zh_CN", "en"),  # the setting beats the locale
        ("zh_CN", "en", "en_US", "zh_CN"),  # --lang beats the setting
        ("en", "", "zh_CN", "en"),
        ("xx", "", "en_GB", "en"),  # nonsense falls through
    ],
)
def test_language_choice(explicit, stored, system, expected):
    assert choose_language(explicit, stored, system) == expected


def _texts(window) -> dict[str, str]:
    return {
        "file": window.menus["file"].title(),
        "next": window.findChild(QPushButton, "scriptNext").text(),
        "save": window.findChild(QPushButton, "promiseSave").text(),
        "header": str(window.case_list.model.headerData(0, _horizontal())),
        "step": window.script_panel.title.text(),
        "count": window.case_list.count_label.text(),
    }


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_switching_language_between_starts(qtbot, tmp_path):
    folder = tmp_path / "data"
    make_portfolio(folder, cases=30, lang="")
    seen = {}
    for lang in ("zh_CN", "en"):
        window = build_window(folder, today=TODAY, lang=lang)
        window.show()
        settle(qtbot)
        case = window.case_list.model.row(0)
        open_case(qtbot, window, case.loan_id)
        window.script_panel.answer_identity(True)
        seen[lang] = _texts(window)
        seen[lang]["script"] = window.script_panel.text.toPlainText()
        seen[lang]["qt_cancel"] = QCoreApplication.translate("QPlatformTheme", "Cancel")
        close_window(window)
    zh, en = seen["zh_CN"], seen["en"]
    assert zh["file"] == "文件(&F)" and en["file"] == "&File"
    assert zh["next"] == "下一步 ▶" and en["next"] == "Next ▶"
    assert zh["save"] == "保存通话" and en["save"] == "Save call"
    assert zh["header"] == "借款人" and en["header"] == "Borrower"
    assert zh["step"].startswith("第 2 步") and en["step"].startswith("Step 2 of 9")
    assert "逾期" in zh["script"] and "late" in en["script"]
    assert zh["count"].startswith("共") and en["count"].startswith("Cases found")
    # Qt's own translator is installed too: stock buttons speak Chinese.
    assert zh["qt_cancel"] == "取消" and en["qt_cancel"] == "Cancel"


def test_stored_setting_chooses_english(qtbot, tmp_path):
    folder = tmp_path / "data"
    make_portfolio(folder, cases=20, lang="en")
    window = build_window(folder, today=TODAY)
    try:
        assert window.lang == "en"
        assert window.menus["help"].title() == "&Help"
    finally:
        close_window(window)


def test_stored_language_is_read_without_sqlalchemy(tmp_path):
    from collector_desk import app
    from collector_desk.store import db

    assert app.DB_FILENAME == db.DB_FILENAME
    make_portfolio(tmp_path, cases=5, lang="en")
    assert app.stored_language(tmp_path) == "en"
    assert app.stored_language(tmp_path / "nowhere") is None
    code = (
        "import sys, pathlib\n"
        "from collector_desk.app import stored_language\n"
        f"print(stored_language(pathlib.Path({str(tmp_path)!r})), 'sqlalchemy' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.split() == ["en", "False"], out.stderr


def test_window_module_does_not_import_sqlalchemy_before_it_is_shown():
    """Showing the window first is what makes start-up fast (issue 2 §10)."""
    code = (
        "import sys\n"
        "import collector_desk.app, collector_desk.ui.main_window\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "False", out.stderr
