"""Unexpected errors: a dialog that says what and where, the traceback in the log,
never a silent exit."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QApplication, QLabel

from collector_desk.logs import setup_logging
from collector_desk.ui.shell.crash import CrashReporter
from collector_desk.ui.shell.crash_dialog import CrashDialog

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reporter(qapp: QApplication, tmp_path: Path):
    """The hooks are installed in the test body (by `reporter.install()` in each test):
    pytest swaps its own threading.excepthook in around every test phase."""
    log_path = setup_logging(tmp_path / "logs 日志", catch_faults=False)
    rep = CrashReporter(qapp, log_path)
    yield rep
    if rep.dialog is not None:
        rep.dialog.reject()
    rep.uninstall()
    rep.deleteLater()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            root.removeHandler(handler)
            handler.close()


def failing_slot() -> None:
    raise ZeroDivisionError("division by zero in a slot")


def test_error_in_a_slot_shows_what_where_and_the_log(qtbot, reporter: CrashReporter) -> None:
    reporter.install()
    with qtbot.waitSignal(reporter.dialog_shown, timeout=5000) as shown:
        QTimer.singleShot(0, failing_slot)
    dialog: CrashDialog = shown.args[0]
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    text = dialog.findChild(QLabel, "crashFacts").text()
    assert "ZeroDivisionError: division by zero in a slot" in text
    assert "test_shell_crash.py" in text and "failing_slot" in text
    assert str(reporter.log_path) in text
    logged = reporter.log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "division by zero in a slot" in logged

    dialog.continue_button.click()
    assert not dialog.isVisible()
    assert reporter.dialog is None
    assert not dialog.quit_requested


def test_error_on_a_thread_reaches_the_gui_thread(qtbot, reporter: CrashReporter) -> None:
    reporter.install()

    def work() -> None:
        raise KeyError("missing on a worker")

    with qtbot.waitSignal(reporter.dialog_shown, timeout=5000) as shown:
        t = threading.Thread(target=work, name="intake-worker")
        t.start()
        t.join()
    dialog: CrashDialog = shown.args[0]
    qtbot.addWidget(dialog)
    assert dialog.thread() is QApplication.instance().thread()
    assert dialog.report.thread == "intake-worker"
    assert "KeyError" in dialog.report.what
    dialog.accept()


def test_a_storm_of_errors_opens_one_dialog_and_logs_all(qtbot, reporter: CrashReporter) -> None:
    reporter.install()
    shown: list[CrashDialog] = []
    reporter.dialog_shown.connect(shown.append)
    for _ in range(5):
        QTimer.singleShot(0, failing_slot)
    qtbot.waitUntil(lambda: len(reporter.reports) == 5, timeout=5000)
    assert len(shown) == 1
    assert reporter.missed == 4
    shown[0].accept()
    assert reporter.missed == 0
    assert reporter.log_path.read_text(encoding="utf-8").count("division by zero in a slot") >= 5


def test_qt_warnings_go_to_the_log(reporter: CrashReporter) -> None:
    reporter.install()
    qWarning("a Qt warning for the log 日志")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "a Qt warning for the log 日志" in reporter.log_path.read_text(encoding="utf-8")


def test_details_copy_names_the_error_and_the_log(qtbot, reporter: CrashReporter) -> None:
    reporter.install()
    with qtbot.waitSignal(reporter.dialog_shown, timeout=5000) as shown:
        QTimer.singleShot(0, failing_slot)
    dialog: CrashDialog = shown.args[0]
    qtbot.addWidget(dialog)
    dialog.show_details.click()
    assert dialog.details.isVisible()
    assert "Traceback" in dialog.details.toPlainText()
    dialog.copy_details()
    copied = QApplication.clipboard().text()
    assert "ZeroDivisionError" in copied and str(reporter.log_path) in copied
    dialog.accept()


SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    from collector_desk.logs import setup_logging
    from collector_desk.ui.shell import install_crash_handler
    log_path = setup_logging(Path(sys.argv[1]))
    app = QApplication([])
    reporter = install_crash_handler(app, log_path)
    button = sys.argv[2]

    def shown(dialog):
        print("DIALOG", dialog.report.what, "|", dialog.report.where, flush=True)
        target = dialog.quit_button if button == "quit" else dialog.continue_button
        QTimer.singleShot(100, target.click)

    reporter.dialog_shown.connect(shown)
    if sys.argv[3] == "startup":
        raise RuntimeError("the database could not be opened")
    window = QMainWindow()
    window.show()
    QTimer.singleShot(0, lambda: 1 / 0)
    code = app.exec()
    print("EXIT", code, flush=True)
    sys.exit(code)
    """
)


def run_app(tmp_path: Path, button: str, when: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "logs"), button, when],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_quit_from_the_dialog_ends_the_app_after_logging(tmp_path: Path) -> None:
    proc = run_app(tmp_path, "quit", "running")
    assert "DIALOG ZeroDivisionError: division by zero | <string>" in proc.stdout, proc.stderr
    assert "EXIT 0" in proc.stdout
    log = (tmp_path / "logs" / "collector-desk.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log and "quit after an unexpected error" in log


def test_an_error_before_the_event_loop_still_shows_the_dialog(tmp_path: Path) -> None:
    proc = run_app(tmp_path, "continue", "startup")
    assert "DIALOG RuntimeError: the database could not be opened" in proc.stdout, proc.stderr
    assert proc.returncode == 1
    log = (tmp_path / "logs" / "collector-desk.log").read_text(encoding="utf-8")
    assert "the database could not be opened" in log


def test_install_crash_handler_is_once_per_app(qapp: QApplication, tmp_path: Path) -> None:
    from collector_desk.ui.shell import install_crash_handler

    before = sys.excepthook
    first = install_crash_handler(qapp, tmp_path / "a.log")
    try:
        assert sys.excepthook == first.excepthook
        again = install_crash_handler(qapp, tmp_path / "b.log")
        assert again is first
        assert first.log_path == tmp_path / "b.log"
    finally:
        first.uninstall()
    assert sys.excepthook is before
