"""Every refusal the window shows is worded in its language (issue 15's leftovers).

The database's start-up refusals (store/preflight.py, store/db.py), a backup that
`collector-desk restore` refuses, the server's schema refusals, a target the service
refuses, a broken strategy text and a reveal of a record that is gone. Each is the real
error from the real code path: a real data folder, a real SQLite file made hostile, a
real backup. The window's line comes from the error's code and parameters through Qt's
translation system; the English line stays for the command line and English mode.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from test_hostile import hostile
from worklist_support import SH, Clock, make_case, open_desk

from collector_desk.errors import AppError, user_failure
from collector_desk.services.context import Desk
from collector_desk.store import backup
from collector_desk.store.db import DB_FILENAME
from collector_desk.ui.i18n import install_translators
from collector_desk.ui.shell.errors import failure_line, failure_text

CLOCK = Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH))


@pytest.fixture(params=["zh_CN", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield str(request.param)
    install_translators(qapp, "en")


def _has_chinese(line: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in line)


def _english_left(line: str, allowed: tuple[str, ...]) -> list[str]:
    """English words in `line` besides the allowed names (files, folders, versions), the
    commands to run (`collector-desk ...`) and the command line's option --data-dir."""
    rest = line
    for name in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(name, " ")
    rest = re.sub(r"`[^`]*`", " ", rest).replace("--data-dir", " ")
    return re.findall(r"[A-Za-z]{2,}", rest)


def _check(
    exc: BaseException, lang: str, zh: str, en: str, *, allowed: tuple[str, ...] = ()
) -> str:
    line = failure_line(exc)
    assert failure_text(exc) == line  # a failure the user can act on, not a bug
    if lang == "zh_CN":
        assert zh in line, line
        assert _has_chinese(line), line
        assert _english_left(line, allowed) == [], line
        assert "; " not in line and ". " not in line and ", " not in line, line
    else:
        assert en in line, line
        assert not _has_chinese(line), line
    known = user_failure(exc)
    assert known is not None and not _has_chinese(known[0])  # the CLI keeps its English
    return line


def _refused(data: Path) -> AppError:
    with pytest.raises(AppError) as refused:
        Desk.open(data, today=CLOCK.today, now=CLOCK.now)
    return refused.value


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """A data folder with one real case in it."""
    desk = open_desk(tmp_path, CLOCK)
    try:
        make_case(desk, disbursed=date(2026, 2, 20))
    finally:
        desk.close()
    path = tmp_path / "data" / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return tmp_path / "data"


# --- the database at start-up ----------------------------------------------------------


def test_a_data_folder_that_is_a_file(tmp_path, lang):
    folder = tmp_path / "data"
    folder.write_bytes(b"not a folder")
    exc = _refused(folder)
    assert exc.code == "data_dir_is_file"
    _check(exc, lang, "是一个文件，不是文件夹", "is a file, not a folder", allowed=(str(folder),))


def test_a_database_path_that_is_a_folder(tmp_path, lang):
    (tmp_path / "data" / DB_FILENAME).mkdir(parents=True)
    exc = _refused(tmp_path / "data")
    assert exc.code == "db_is_folder"
    path = str(tmp_path / "data" / DB_FILENAME)
    _check(
        exc, lang, "是一个文件夹，不是数据库文件", "is a folder, not a database", allowed=(path,)
    )


@pytest.mark.skipif(os.name != "posix", reason="a symbolic link")
def test_a_link_to_a_drive_not_connected(tmp_path, lang):
    data = tmp_path / "data"
    data.mkdir()
    target = tmp_path / "usb" / "desk.sqlite"
    (data / DB_FILENAME).symlink_to(target)
    exc = _refused(data)
    assert exc.code == "db_link_broken"
    line = _check(
        exc, lang, "驱动器没有连接", "which does not exist", allowed=(DB_FILENAME, str(target))
    )
    assert str(target) in line


def test_an_emptied_database_with_backups(seeded, lang):
    path = seeded / DB_FILENAME
    backup.take(path, seeded / "backups", reason="daily")
    path.write_bytes(b"")
    exc = _refused(seeded)
    assert exc.code == "empty_with_backups"
    _check(exc, lang, "是空的（0 字节），但它有备份", "is empty (0 bytes)", allowed=(DB_FILENAME,))
    assert path.stat().st_size == 0


@pytest.mark.parametrize("backups", [True, False])
def test_a_junk_file_in_place_of_the_database(seeded, lang, backups):
    path = seeded / DB_FILENAME
    if backups:
        backup.take(path, seeded / "backups", reason="daily")
    for extra in ("-wal", "-shm"):
        (seeded / (DB_FILENAME + extra)).unlink(missing_ok=True)
    path.write_bytes(os.urandom(8192))
    exc = _refused(seeded)
    assert exc.code == "not_sqlite" and exc.params["backups"] == ("yes" if backups else "")
    folder = str(seeded / "backups")
    zh = "collector-desk restore" if backups else "数据文件夹中没有备份"
    en = "collector-desk restore" if backups else "There is no backup in the data folder"
    line = _check(exc, lang, zh, en, allowed=(DB_FILENAME, folder))
    assert "不是可读取的数据库文件" in line or lang == "en"
    assert (folder in line) == backups


def test_a_damaged_database_counts_its_problems(seeded, lang):
    path = seeded / DB_FILENAME
    backup.take(path, seeded / "backups", reason="daily")
    hostile.damage(path)
    exc = _refused(seeded)
    assert exc.code == "damaged"
    _check(exc, lang, "已损坏", "is damaged", allowed=(DB_FILENAME, str(seeded / "backups")))


def test_another_programs_database(tmp_path, lang):
    hostile.foreign_database(tmp_path / "data", DB_FILENAME)
    exc = _refused(tmp_path / "data")
    assert exc.code == "not_ours"
    _check(
        exc,
        lang,
        "是其他程序的数据库，不是催收工作台的",
        "another program's database",
        allowed=(DB_FILENAME,),
    )


def test_a_newer_versions_database_names_both_versions(seeded, lang):
    from collector_desk import __version__

    hostile.make_newer(seeded / DB_FILENAME)
    exc = _refused(seeded)
    assert exc.code == "newer_schema"
    assert exc.params["needed"] == "9.0.0" and exc.params["version"] == __version__
    line = _check(
        exc,
        lang,
        f"由催收工作台 9.0.0 写入，当前版本是 {__version__}",
        f"written by Collector Desk 9.0.0; this is {__version__}",
        allowed=("9.0.0", __version__),
    )
    assert "0099_from_the_future" not in line or lang == "en"
    assert not (seeded / "backups").exists()


def test_a_database_another_program_changed(seeded, lang):
    path = seeded / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE collector_target")
    conn.close()
    exc = _refused(seeded)
    assert exc.code == "schema_changed"
    _check(
        exc,
        lang,
        "缺少其结构版本应有的表或列",
        "lacks a table or column",
        allowed=(DB_FILENAME, str(seeded / "backups")),
    )


def test_a_database_with_two_schema_versions(seeded, lang):
    path = seeded / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('0010_valid_index')")
    conn.close()
    exc = _refused(seeded)
    assert exc.code == "schema_heads", exc
    _check(exc, lang, "记录了 2 个结构版本", "records 2 schema versions")


def test_a_data_folder_on_a_network_share(lang):
    folder = Path("//fileserver/team/collector-desk")
    exc = _refused(folder)
    assert exc.code == "network_path"
    _check(exc, lang, "位于网络共享上", "on a network share", allowed=(str(folder),))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anything")
def test_a_read_only_database_file(seeded, lang):
    path = seeded / DB_FILENAME
    os.chmod(path, 0o444)
    try:
        exc = _refused(seeded)
    finally:
        os.chmod(path, 0o600)
    assert exc.code == "read_only"
    _check(exc, lang, "是只读的", "is read-only", allowed=(DB_FILENAME,))


# --- the team's server's schema ---------------------------------------------------------


def test_the_servers_schema_refusals(lang):
    from collector_desk.store.server_schema import SchemaVersionError, check_server_revision

    for revision, code, zh, en in (
        (None, "server_not_ours", "不是本软件的数据库", "it is not ours"),
        ("0001", "server_behind", "比本程序的旧", "older schema"),
        ("0099_from_the_future", "server_newer", "比本程序的新", "newer schema"),
    ):
        with pytest.raises(SchemaVersionError) as refused:
            check_server_revision(revision)
        assert refused.value.code == code
        _check(refused.value, lang, zh, en)


# --- a backup that restore refuses ------------------------------------------------------


def _other_backup(seeded: Path, kind: str) -> Path:
    saved = backup.take(seeded / DB_FILENAME, seeded / "backups", reason="daily")
    if kind == "foreign":
        saved.unlink()
        return hostile.foreign_database(seeded / "backups", saved.name)
    if kind == "newer":
        hostile.make_newer(saved)
    elif kind == "junk":
        saved.write_bytes(os.urandom(4096))
    return saved


@pytest.mark.parametrize(
    ("kind", "code", "zh", "en"),
    [
        ("foreign", "backup_not_ours", "是其他程序的数据库", "another program's database"),
        ("newer", "backup_newer_schema", "由催收工作台 9.0.0 写入", "Collector Desk 9.0.0"),
        ("junk", "backup_not_sqlite", "不是数据库文件", "is not a database file"),
    ],
)
def test_restore_refuses_another_programs_or_a_newer_versions_backup(
    seeded, lang, kind, code, zh, en
):
    from collector_desk import __version__

    chosen = _other_backup(seeded, kind)
    before = (seeded / DB_FILENAME).read_bytes()
    with pytest.raises(backup.BackupError) as refused:
        backup.restore(seeded / DB_FILENAME, chosen)
    assert refused.value.code == code and refused.value.params["file"] == chosen.name
    _check(refused.value, lang, zh, en, allowed=(chosen.name, "9.0.0", __version__))
    assert (seeded / DB_FILENAME).read_bytes() == before  # nothing replaced


def test_the_restore_command_keeps_its_english_line(seeded, capsys):
    from collector_desk.cli import main

    chosen = _other_backup(seeded, "foreign")
    assert main(["--data-dir", str(seeded), "restore", str(chosen)]) == 1
    err = capsys.readouterr().err
    assert "another program's database" in err and not _has_chinese(err)


# --- services' refusals ----------------------------------------------------------------


def test_a_target_the_service_refuses(tmp_path, lang):
    from collector_desk.services import targets

    desk = open_desk(tmp_path, CLOCK)
    try:
        with pytest.raises(targets.TargetError) as not_supervisor:
            targets.set_target(desk, "C001", "2026-03", amount_fen=100)
        desk.set_settings(role="supervisor")
        with pytest.raises(targets.TargetError) as bad_month:
            targets.set_target(desk, "C001", "March", amount_fen=100)
        with pytest.raises(targets.TargetError) as negative:
            targets.set_target(desk, "C001", "2026-03", amount_fen=-1)
        with pytest.raises(targets.TargetError) as rate:
            targets.set_target(desk, "C001", "2026-03", amount_fen=1, kept_rate_pct=101)
        with pytest.raises(targets.TargetError) as stranger:
            targets.set_target(desk, "Z999", "2026-03", amount_fen=1)
    finally:
        desk.close()
    assert isinstance(not_supervisor.value, ValueError)  # callers catching ValueError still do
    _check(not_supervisor.value, lang, "只有主管可以设定目标", "Only a supervisor sets targets")
    _check(bad_month.value, lang, "月份“March”的写法不对", "Month March:", allowed=("March",))
    _check(negative.value, lang, "目标不能是负数", "cannot be negative")
    _check(rate.value, lang, "0 到 100 之间的百分比", "a percentage from 0 to 100")
    _check(stranger.value, lang, "催收员 Z999 不是团队成员", "Collector Z999:", allowed=("Z999",))


def test_a_broken_strategy_text(lang):
    from collector_desk.domain.strategy import StrategyTextError, parse_band_text, parse_trace_text

    with pytest.raises(StrategyTextError) as bands:
        parse_band_text({})
    with pytest.raises(StrategyTextError) as tracing:
        parse_trace_text({})
    _check(
        bands.value,
        lang,
        "策略文本（bands.json）",
        "strategy text (bands.json)",
        allowed=("bands.json",),
    )
    _check(
        tracing.value, lang, "策略文本（tracing.json）", "(tracing.json)", allowed=("tracing.json",)
    )


def test_revealing_a_record_that_is_gone(tmp_path, lang):
    from collector_desk.services import audit

    desk = open_desk(tmp_path, CLOCK)
    try:
        with pytest.raises(audit.NotFound) as gone:
            audit.reveal(desk, audit.RevealWhat.PHONE, "no-such-phone-id")
    finally:
        desk.close()
    line = _check(gone.value, lang, "这条记录已不存在", "not there any more")
    assert "no-such-phone-id" not in line


# --- the window's start-up box ---------------------------------------------------------


def test_the_start_up_box_words_a_newer_versions_database(seeded, qtbot, lang):
    """The window started on a database a newer version wrote: the box that says the
    database cannot be opened (app.py) gives the reason in the window's language."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox
    from ui_desk_support import close_window

    from collector_desk import __version__
    from collector_desk.app import _show_then_open
    from collector_desk.ui.main_window import MainWindow
    from collector_desk.ui.startup_report import StartupReport

    hostile.make_newer(seeded / DB_FILENAME)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.text():
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        box.close()

    window = MainWindow(lang=lang, panes=False)
    qtbot.addWidget(window)
    report = StartupReport(window, quit_when_done=False)
    window.show()
    QTimer.singleShot(0, answer)
    try:
        _show_then_open(window, seeded, None, report)
        qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    finally:
        close_window(window)
    line = seen[0].splitlines()[-1]
    if lang == "zh_CN":
        assert "这个数据库由催收工作台 9.0.0 写入" in line, seen[0]
        assert _english_left(seen[0], (str(seeded), "9.0.0", __version__)) == [], seen[0]
    else:
        assert "written by Collector Desk 9.0.0" in line, seen[0]
    assert not (seeded / "backups").exists()


# --- a file to write whose place cannot take it -----------------------------------------


def test_an_output_path_that_cannot_take_the_file(tmp_path, lang):
    from collector_desk.errors import OutputPathError
    from collector_desk.fsutil import check_output

    (tmp_path / "report.xlsx").mkdir()
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "done.xlsx").write_text("x")
    for path, code, zh, en, name in (
        (tmp_path / "report.xlsx", "output_is_folder", "是一个文件夹", "is a folder", "report.xlsx"),
        (tmp_path / "gone" / "r.xlsx", "output_no_folder", "不存在", "does not exist",
         str(tmp_path / "gone")),
        (tmp_path / "notes.txt" / "r.xlsx", "output_folder_is_file", "是一个文件，不是文件夹",
         "is a file, not a folder", str(tmp_path / "notes.txt")),
        (tmp_path / "done.xlsx", "output_exists", "已经存在，未被改动", "exists already",
         "done.xlsx"),
    ):  # fmt: skip
        with pytest.raises(OutputPathError) as refused:
            check_output(path, force=False)
        assert refused.value.code == code
        line = _check(refused.value, lang, zh, en, allowed=(name,))
        assert name in line


# --- the call script the panel cannot read -----------------------------------------------


def test_a_broken_call_script_is_worded_in_the_windows_language(tmp_path, qtbot, monkeypatch, lang):
    from functools import partial

    from collector_desk.ui.desk import script_panel
    from collector_desk.ui.desk.script import load

    broken = tmp_path / "nine_steps.json"
    broken.write_text('{"format": 1, "steps": []}', encoding="utf-8")
    monkeypatch.setattr(script_panel, "load", partial(load, broken))  # the real loader
    panel = script_panel.ScriptPanel(lang=lang)
    qtbot.addWidget(panel)
    assert panel.script is None
    if lang == "zh_CN":
        assert panel.error == "通话脚本文件 nine_steps.json 写法有误，请重新安装催收工作台。"
    else:
        assert panel.error.startswith(str(broken)) and not _has_chinese(panel.error)


# --- dialing and limits: every code the services raise has words --------------------------


def test_an_unknown_sms_template_and_limit_are_worded(tmp_path, lang):
    from collector_desk.domain.guardrails import LimitError, parse_limit
    from collector_desk.services import dialing

    desk = open_desk(tmp_path, CLOCK)
    try:
        loan = make_case(desk, disbursed=date(2026, 2, 20))
        with pytest.raises(dialing.DialError) as unknown:
            dialing.draft_sms(desk, loan, "no-phone", "no_such_template")
    finally:
        desk.close()
    _check(unknown.value, lang, "该短信模板已不存在", "That SMS template is not there any more")
    with pytest.raises(LimitError) as limit:
        parse_limit("no_such_limit", 3)
    _check(limit.value, lang, "当前版本没有这项限制", "This version has no such limit")


def test_every_dial_and_limit_code_raised_has_words(lang):
    from collector_desk.ui.worklist import texts

    source = "".join(
        (Path(__file__).parent.parent / "collector_desk" / part).read_text("utf-8")
        for part in ("services/dialing.py", "domain/guardrails.py")
    )
    codes = set(re.findall(r'DialError\(\s*"([a-z_]+)"', source))
    codes |= set(re.findall(r'LimitError\(\s*\w+,\s*"([a-z_]+)"', source))
    assert {"template_unknown", "limit_unknown", "sms_unfilled"} <= codes
    for code in sorted(codes):
        line = texts.error(code, "ENGLISH FALLBACK")
        assert line != "ENGLISH FALLBACK", code
        assert _has_chinese(line) == (lang == "zh_CN"), (code, line)


# --- session 10's last refusals: a junk journal, a column titled twice ------------------


def test_a_junk_journal_beside_a_sound_database(seeded, lang):
    for extra in ("-wal", "-shm"):
        (seeded / (DB_FILENAME + extra)).unlink(missing_ok=True)
    (seeded / (DB_FILENAME + "-journal")).write_bytes(b"this is not a journal " * 40)
    _check(
        _refused(seeded),
        lang,
        "不是数据库自己写的文件",
        "is not a file the database wrote",
        allowed=(DB_FILENAME + "-journal", DB_FILENAME),
    )


def test_two_columns_titled_alike_that_differ(tmp_path, lang):
    from collector_desk.exchange.intake_read import Unreadable, read_table

    path = tmp_path / "in.csv"
    path.write_text(
        "合同编号,客户姓名,借款金额,期数,借款金额\nHT-1,甲,12000,12,12000\nHT-2,乙,12000,12,1200\n",
        encoding="utf-8",
    )
    with pytest.raises(Unreadable) as refused:
        read_table(path)
    line = failure_line(refused.value)  # the title is the file's own word, in any language
    assert failure_text(refused.value) == line
    if lang == "zh_CN":
        assert "第 C 列和第 E 列的标题都是“借款金额”" in line and "重新导入" in line, line
        assert _english_left(line, ()) == [], line
    else:
        assert "Columns C and E are both titled" in line, line
    assert "甲" not in line and "1200" not in line
