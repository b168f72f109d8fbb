"""The window words a failure in its own language: Chinese by default, English on request.

Each failure is real: a SQLite file locked by another connection, a read-only
database, a payment the service refuses, a file that is not a bundle, a team
server on a port nobody listens on. The text comes from the error's code through
Qt's translation system (resources/i18n), never from the English message.
"""

from __future__ import annotations

import os
import socket
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from worklist_support import SH, Clock, make_case, open_desk

from collector_desk.errors import BusyError, failure_code
from collector_desk.exchange.envelope import BundleRefused, read_manifest
from collector_desk.services import payments
from collector_desk.ui.i18n import install_translators
from collector_desk.ui.shell.errors import failure_line, failure_text, show_failure


@pytest.fixture(params=["zh_CN", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield str(request.param)
    install_translators(qapp, "en")


def _has_chinese(line: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in line)


def _check(line: str | None, lang: str, zh: str, en: str) -> None:
    assert line is not None
    if lang == "zh_CN":
        assert zh in line, line
        assert _has_chinese(line) and "; " not in line and ". " not in line, line
    else:
        assert en in line, line
        assert not _has_chinese(line), line


def _locked_error(tmp_path: Path) -> OperationalError:
    path = tmp_path / "desk.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x INTEGER)")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (1)")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as caught, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (:phone)"), {"phone": "13800138000"})
    finally:
        engine.dispose()
        holder.rollback()
        holder.close()
    return caught.value


def test_a_busy_database_is_worded_in_the_windows_language(tmp_path, lang, qtbot):
    exc = _locked_error(tmp_path)
    assert failure_code(exc) == ("busy", {})
    line = failure_line(exc)
    _check(line, lang, "数据库正忙", "The database is busy")
    assert "13800138000" not in line
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_failure(parent, "Payment", exc)
    assert box is not None
    qtbot.addWidget(box)
    _check(box.text(), lang, "操作未完成：数据库正忙", "This did not work: The database is busy")
    assert "13800138000" not in box.text()


def test_a_read_only_database_is_worded_in_the_windows_language(tmp_path, lang):
    path = tmp_path / "desk.sqlite3"
    with sqlite3.connect(path) as made:
        made.execute("CREATE TABLE t (x INTEGER)")
    made.close()
    # The user runs as root here, for whom a chmod'ed folder is still writable:
    # SQLite's own read-only mode gives the same "readonly database" error.
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with pytest.raises(OperationalError) as caught, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        engine.dispose()
    assert failure_code(caught.value) == ("db_read_only", {})
    _check(failure_text(caught.value), lang, "只读", "read-only")


def test_a_read_only_folder_for_a_file_names_the_file(tmp_path, lang):
    exc = OSError(30, "Read-only file system", str(tmp_path / "letters.docx"))
    line = failure_text(exc)
    _check(line, lang, "letters.docx：该磁盘是只读的", "letters.docx: the drive is read-only")


def test_a_refused_payment_is_worded_field_by_field(tmp_path, lang):
    desk = open_desk(tmp_path, Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH)))
    try:
        loan = make_case(desk, disbursed=date(2026, 2, 6))
        with pytest.raises(payments.PaymentRejected) as refused:
            payments.record_payment(
                desk, loan, paid_on=date(2026, 3, 17), amount_fen=0, channel="cash"
            )
    finally:
        desk.close()
    line = failure_text(refused.value)
    _check(line, lang, "日期", "The date is in the future.")
    assert "date_future" not in (line or "") and "channel must be" not in (line or "")


def test_a_refused_bundle_is_worded_in_the_windows_language(tmp_path, lang):
    with pytest.raises(BundleRefused) as refused:
        read_manifest(b"PK\x03\x04 a zip file, not a bundle")
    assert refused.value.code == "not_a_bundle"
    _check(failure_text(refused.value), lang, "同步包", "not a Collector Desk bundle")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_server_is_worded_in_the_windows_language(lang):
    engine = create_engine(
        f"postgresql+psycopg://collector:secret@127.0.0.1:{_closed_port()}/team",
        connect_args={"connect_timeout": 2},
    )
    try:
        with pytest.raises(OperationalError) as caught, engine.connect():
            pass
    finally:
        engine.dispose()
    assert failure_code(caught.value) == ("server_unreachable", {})
    line = failure_line(caught.value)
    _check(line, lang, "无法连接团队的数据库服务器", "server cannot be reached")
    assert "secret" not in line and "127.0.0.1" not in line


def test_a_condition_without_a_file_name_has_no_dangling_colon(lang):
    line = failure_text(OSError(28, "No space left on device"))
    _check(line, lang, "磁盘已满", "The disk is full")


def test_a_busy_intake_is_named_with_its_file_and_progress(tmp_path, lang):
    from collector_desk.store import busy

    data = tmp_path / "data"
    data.mkdir()
    with busy.long_write(data, "intake", "cases.xlsx") as note:
        note.update(2, 5)
        with pytest.raises(BusyError) as refused, busy.long_write(data, "intake", "more.xlsx"):
            pass
    assert refused.value.params == {"what": "intake of cases.xlsx", "percent": "40"}
    _check(
        failure_text(refused.value),
        lang,
        "数据库正忙：分案文件导入（cases.xlsx）正在进行（已完成 40%）",
        "The database is busy: the intake of cases.xlsx is running, 40%",
    )


def test_a_bad_team_key_and_key_file_are_worded_without_the_english(tmp_path, lang):
    from collector_desk.exchange.teamkey import TeamKey, TeamKeyError

    with pytest.raises(TeamKeyError) as bad:
        TeamKey.parse("CDK1-TOOSHORT")
    _check(failure_text(bad.value), lang, "这不是团队密钥", "This is not a team key")
    empty = tmp_path / "team.key"
    empty.write_text("# only a comment\n\n")
    with pytest.raises(TeamKeyError) as no_key:
        TeamKey.from_file(empty)
    _check(failure_text(no_key.value), lang, "team.key：无法从这个文件读出团队密钥", "team.key:")
    assert str(tmp_path) not in (failure_text(no_key.value) or "")


def test_a_debit_file_that_cannot_be_read_names_file_row_and_column(tmp_path, lang):
    from collector_desk.exchange.debit_results import DebitFileError, import_debit_results

    desk = open_desk(tmp_path, Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH)))
    bad = tmp_path / "debits.csv"
    bad.write_text("nothing,useful\n1,2\n", encoding="utf-8")
    try:
        with pytest.raises(DebitFileError) as refused:
            import_debit_results(desk, bad)
    finally:
        desk.close()
    line = failure_text(refused.value)
    _check(line, lang, "debits.csv，第 1 行", "debits.csv, row 1, column")
    if lang == "zh_CN":
        assert "缺少这一列" in (line or "") and "no column" not in (line or "")


def test_opening_a_team_server_that_is_down_is_worded_in_the_windows_language(lang):
    """The start-up's Retry/Close box shows this line (app.py, serverOpenFailed)."""
    from collector_desk.store.db import DatabaseError
    from collector_desk.store.server_schema import open_server_database

    url = f"postgresql+psycopg://collector:secret@127.0.0.1:{_closed_port()}/team"
    with pytest.raises(DatabaseError) as down:
        open_server_database(url)
    assert down.value.code == "server_unreachable"
    line = failure_text(down.value)
    _check(line, lang, "无法连接团队的数据库服务器", "server cannot be reached")
    assert "secret" not in (line or "")


def test_a_case_file_without_a_required_column_names_the_fields_in_the_windows_language(lang):
    from collector_desk.exchange.intake import MappingIncomplete

    exc = MappingIncomplete(("contract_no",), ("备注",))
    line = failure_text(exc)
    _check(line, lang, "文件中没有这些内容所在的列：", "No column of the file holds:")
    assert "contract_no" not in (line or "")


@pytest.mark.parametrize(
    ("number", "zh", "en"),
    [
        (13, "当前用户无权读写", "this user may not read or write it"),
        (2, "文件或文件夹不存在", "there is no such file or folder"),
        (5, "磁盘读写失败", "The disk failed to read or write"),
    ],
)
def test_a_file_error_is_worded_by_its_errno_with_the_file_name(tmp_path, lang, number, zh, en):
    exc = OSError(number, os.strerror(number), str(tmp_path / "report.xlsx"))
    _check(failure_text(exc), lang, zh, en)
    if number != 5:
        assert "report.xlsx" in (failure_text(exc) or "")


def test_every_condition_code_has_words_in_both_languages(lang):
    from collector_desk import errors
    from collector_desk.ui.shell.errors import condition_text

    codes = {code for _words, code, _english in errors._DB_CONDITIONS}
    codes |= set(errors._OS_CODES.values()) | {"busy", "out_of_memory", "os_error"}
    codes |= {"server_login_refused", "busy_stopped"}
    for code in sorted(codes):
        line = condition_text(code, {"file": "a.xlsx", "reason": "x"})
        assert line, code
        if code == "os_error":  # the system's own reason, after the file's name
            assert line == ("a.xlsx：x" if lang == "zh_CN" else "a.xlsx: x")
            continue
        assert _has_chinese(line) == (lang == "zh_CN"), (code, line)


def test_stopping_the_wait_says_so_in_the_windows_language(lang):
    stopped = BusyError("busy: ...", code="busy_stopped", what="bundle import of t.cdb", percent="")
    _check(
        failure_text(stopped),
        lang,
        "已停止等待：同步包导入（t.cdb）正在进行",
        "Stopped waiting: the bundle import of t.cdb is running;",
    )
