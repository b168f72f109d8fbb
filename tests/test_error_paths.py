"""One error path: app failures become one line (CLI) or a dialog (window) and the
app keeps running; bugs go to the crash report; SQL parameters never appear."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from collector_desk import cli
from collector_desk.errors import BusyError, safe_text, safe_traceback, user_failure
from collector_desk.ui.shell import crash
from collector_desk.ui.shell.errors import show_failure

PHONE = "13812345678"


def integrity_error_with_a_phone() -> IntegrityError:
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE phone (number TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO phone VALUES (:n)"), {"n": PHONE})
    with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO phone VALUES (:n)"), {"n": PHONE})
    assert PHONE in str(caught.value)  # what SQLAlchemy would have printed
    return caught.value


def test_database_errors_are_described_without_their_parameters():
    exc = integrity_error_with_a_phone()
    assert PHONE not in safe_text(exc) and "UNIQUE constraint failed" in safe_text(exc)
    with pytest.raises(RuntimeError) as outer:
        raise RuntimeError("while saving") from exc
    chained = safe_traceback(outer.value)
    assert PHONE not in chained and "IntegrityError" in chained
    report = crash.describe(type(exc), exc, exc.__traceback__, "main")
    assert PHONE not in report.what and PHONE not in report.details


def test_a_locked_database_is_a_busy_message_not_a_traceback():
    locked = sqlite3.OperationalError("database is locked")
    message, status = user_failure(locked) or ("", 0)
    assert message.startswith("busy:") and status == 1


def test_a_bug_on_the_command_line_is_one_line_and_logged_without_parameters(
    capsys, monkeypatch, tmp_path: Path
):
    monkeypatch.setattr("collector_desk.paths.log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr("collector_desk.logs.log_dir", lambda: tmp_path / "logs")
    exc = integrity_error_with_a_phone()
    assert cli.report_failure(exc) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (IntegrityError)" in err
    assert "Traceback" not in err and PHONE not in err
    logged = (tmp_path / "logs" / "collector-desk.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and PHONE not in logged


def test_a_failure_in_the_window_is_a_dialog_and_the_app_keeps_running(qtbot, qapp):
    parent = QWidget()
    qtbot.addWidget(parent)
    busy = BusyError(
        "busy: intake of a.xlsx is running, 40%", what="intake of a.xlsx", percent="40"
    )
    box = show_failure(parent, "Payment", busy)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "the intake of a.xlsx is running, 40%" in box.text()
    box.accept()
    assert QApplication.instance() is qapp and not qapp.closingDown()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_the_window_goes_to_the_crash_report(qtbot, qapp, tmp_path: Path):
    reporter = crash.install_crash_handler(qapp, tmp_path / "crash.log")
    try:
        returned: list[object] = []
        with qtbot.waitSignal(reporter.dialog_shown, timeout=5000) as shown:
            # inside the event loop, as a failed background job is delivered
            QTimer.singleShot(
                0,
                lambda: returned.append(
                    show_failure(None, "Payment", integrity_error_with_a_phone())
                ),
            )
        assert returned == [None]
        dialog = shown.args[0]
        assert reporter.reports[-1].what.startswith("IntegrityError")
        assert PHONE not in reporter.reports[-1].details
        dialog.reject()
    finally:
        reporter.uninstall()
        crash._reporter = None
