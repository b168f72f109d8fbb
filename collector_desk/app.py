"""Composition root: paths -> Qt -> window shown -> first page -> engine -> wired window.

Start-up order matters: importing SQLAlchemy's ORM and migrating costs as much
as starting Qt, and the panes' modules (the script, the forms) almost as much,
so `run_gui` shows the window's frame first (title, menus, "Opening the
database…"). Once it has painted ("shown": `when_painted`), for a local database
already at the schema's head, the case list alone with its first page, read with
sqlite3 (store/first_page.py, no SQLAlchemy): usable, then painted. After that
paint come the other panes and the database, opened on a worker thread; when it
is open the panes are wired, the start of day begins and the features (tabs not
shown, menus) are installed. Without that first page (a team's server, a first
start, an upgrade to run) all the panes are built, the database opens, the panes
are wired (usable), and the features wait for the first paint. Before the frame's
paint nothing touches Qt's `Qt` namespace or a QAction (each sets up many Python
enums), and what needs no Qt is imported before PySide6 (see the imports).
`build_window` opens the database first and returns without running the event
loop (tests and embedding use it); like `run_gui`, it leaves the start of day
to the background unless asked otherwise.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

# What the start needs that does not use Qt comes before PySide6: PySide6's
# __feature__ import hook reads the source of every module imported after it, until
# `plain_import.restore()` puts Python's own import back (collector_desk/plain_import.py).
from collector_desk import APP_NAME, __version__, plain_import
from collector_desk.logs import log_file, setup_logging
from collector_desk.paths import data_dir as resolve_data_dir
from collector_desk.paths import database_url as resolve_database_url
from collector_desk.store.local_settings import read_local

# isort: split
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

plain_import.restore()  # before anything else is imported after PySide6

from collector_desk.ui.after_paint import when_painted  # noqa: E402
from collector_desk.ui.i18n import apply_font, choose_language, install_translators  # noqa: E402
from collector_desk.ui.main_window import MainWindow  # noqa: E402
from collector_desk.ui.startup_report import StartupReport  # noqa: E402

if TYPE_CHECKING:
    from datetime import date

    from collector_desk.domain.case_rows import CaseQuery, CaseRow
    from collector_desk.services.context import Desk

log = logging.getLogger(__name__)
WINDOW_SIZE = (1366, 768)
# store.db.DB_FILENAME, repeated: importing store would import SQLAlchemy before the
# window shows (a test keeps the two equal).
DB_FILENAME = "collector-desk.sqlite"


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


# `local` not given: the settings file is read here (run_gui reads it once for both).
_UNREAD: Any = object()


def stored_language(folder: Path, local: dict[str, Any] | None = _UNREAD) -> str | None:
    """The `language` setting, read without SQLAlchemy so the window can show first:
    from the workstation's settings file (`local`, its settings when read already),
    else (a data folder from before the file) from its SQLite database."""
    if local is _UNREAD:
        local = read_local(folder)
    if local is not None:
        return str(local.get("language") or "")
    from collector_desk.store.peek import stored_setting

    value = stored_setting(folder / DB_FILENAME, "language")
    return None if value is None else str(value or "")


def first_page(
    folder: Path, url: str | None, local: dict[str, Any] | None = _UNREAD
) -> tuple[CaseQuery, list[CaseRow]] | None:
    """The case list's first page (and its query), read with sqlite3 before SQLAlchemy
    is imported: a local database already at the schema's head (store/first_page.py);
    None otherwise (a team's server, a first start, an upgrade to run). `local`: the
    settings file's settings when read already."""
    if url is not None:
        return None
    from collector_desk.domain.case_rows import OWN_CASES_SETTING, CaseQuery, list_scope
    from collector_desk.domain.today import system_today
    from collector_desk.store.first_page import read_first_page

    if local is _UNREAD:
        local = read_local(folder)
    if local is None:  # a folder from before the settings file: its database says
        from collector_desk.store.peek import stored_setting

        keys = ("collector_id", "role", OWN_CASES_SETTING)
        local = {k: stored_setting(folder / DB_FILENAME, k) for k in keys}
    query = CaseQuery(assigned_to=list_scope({k: v for k, v in local.items() if v is not None}))
    rows = read_first_page(folder / DB_FILENAME, system_today(), assigned_to=query.assigned_to)
    return None if rows is None else (query, rows)


def _open_desk(folder: Path, url: str | None, today: date | None) -> Desk:
    from collector_desk.services.context import Desk

    if today is None:
        return Desk.open(folder, url=url)
    return Desk.open(folder, url=url, today=lambda: today)


def build_window(
    data_dir: str | Path,
    *,
    today: date | None = None,
    lang: str | None = None,
    refresh_in_background: bool = True,
    database_url: str | None = None,
) -> MainWindow:
    """Open the database (the data folder's, or the team's server at `database_url`),
    build and wire the window, then bring the cases up to today in the background as
    `run_gui` does (`refresh_in_background=False`: before the window is wired, for a
    caller that wants every row current at once).

    The window is not shown; the caller owns `window.desk` (close it when done).
    Pages, counts and the start of day arrive through the window's OpRunner: wait
    for `ops.pending() == 0` before reading what the list shows.
    """
    app = ensure_app()
    desk = _open_desk(Path(data_dir), database_url, today)
    language = choose_language(lang, desk.setting("language"))
    install_translators(app, language)
    apply_font(app)
    if not refresh_in_background:
        desk.refresh_cases()
    window = MainWindow(lang=language)
    window.resize(*WINDOW_SIZE)
    window.attach(desk)
    if refresh_in_background:  # first: the features' views wait for its end, not race it
        window.start_of_day()
    window.install_features()
    return window


def first_frame(language: str) -> MainWindow:
    """The window's frame before the panes, where the user left it if that still fits
    the screen, else sized to the screen's available room, frame included (ui.geometry).
    Never resized here: a fixed size would put the status bar below a 1366x768 screen."""
    return MainWindow(lang=language, panes=False)


def ask_server_password(window: MainWindow, url: str | None) -> tuple[str | None, bool] | None:
    """(the URL to open, whether to remember its password once it opened): the team
    server's password asked in a dialog when nothing else gives it. None: cancelled."""
    if url is None:  # a local file: no password (and SQLAlchemy loads on the worker)
        return None, False
    from collector_desk.services import server_login

    login = server_login.login_to_ask(url)
    if url is None or login is None:
        return url, False
    from collector_desk.ui.shell.password import ask_password

    given = ask_password(window, login, can_remember=server_login.can_remember())
    if given is None:
        return None
    return server_login.with_password(url, given.password), given.remember


def _remember_password(url: str) -> None:
    from sqlalchemy import make_url

    from collector_desk.services import server_login

    try:
        server_login.remember(url, str(make_url(url).password))
    except Exception as exc:  # the store refused: it is asked again next time
        log.warning("the password could not be remembered: %s", type(exc).__name__)


def _after_first_paint(window: MainWindow) -> None:
    """What the first page of cases does not need: the features (tabs not shown,
    menus; once the list has shown its counts, one per turn of the event loop), then
    the welcome on a first start, then the language rules loaded on a worker so the
    first note typed is checked at once."""
    window.install_features_later()
    from collector_desk.ui.shell import maybe_first_run

    # Whether this is a first start is for the welcome to decide (ui.shell): who,
    # lender, language, demo or intake.
    maybe_first_run(window)
    from PySide6.QtCore import Qt  # not before the frame's first paint: ~100 enums

    window.day_refresh.finished.connect(
        lambda _stale: _warm_language(), Qt.ConnectionType.SingleShotConnection
    )


def _warm_language() -> None:
    import threading

    from collector_desk.domain import language

    threading.Thread(target=language.engine, name="warm-language", daemon=True).start()


def _attach_when_open(
    window: MainWindow, folder: Path, url: str | None, report: StartupReport, *, early: bool
) -> None:
    """Open the database on a worker, then wire the panes to it and start the day.
    `early`: the first page of cases is on screen already (usable and painted are
    marked); else the window becomes usable here and the features wait for the paint."""
    asked = ask_server_password(window, url)
    if asked is None:  # the collector cancelled the password
        window.close()
        return
    url, remember = asked

    def work(progress: Any) -> tuple[Desk, int]:
        from collector_desk.services import cases

        progress.report(0, 0, QCoreApplication.translate("App", "Opening the database…"))
        desk = _open_desk(folder, url, None)
        return desk, cases.count(desk, cases.CaseQuery())

    def done(result: tuple[Desk, int]) -> None:
        desk, total = result
        if remember and url is not None:  # the server took it: now keep it
            _remember_password(url)
        report.figures["cases"] = total
        window.attach(desk)
        if not early:
            report.mark("usable")
            report.watch_paint(then=lambda: _after_first_paint(window))
        report.watch_refresh()
        from collector_desk.ui import ops

        ops.freeze_gc()  # what follows allocates a lot: its collections skip the window
        # Start of day behind the usable window: the rows on screen first; rows not
        # yet brought up are drawn as updating, the status bar counts them up.
        window.start_of_day()
        if early:  # painted already: the features now (the start of day runs meanwhile)
            _after_first_paint(window)

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox  # not before the first paint

        from collector_desk.ui.shell.errors import failure_text

        error = failure_text(exc)
        if error is None:  # a bug: the crash report has it (without SQL parameters)
            from collector_desk.ui.shell.errors import show_failure

            show_failure(window, QCoreApplication.translate("App", "Collector Desk"), exc)
            error = type(exc).__name__
        log.error("cannot open the database in %s: %s", folder, error)
        from collector_desk.store.db import is_server_url  # imported by the open already

        if url is not None and is_server_url(url):
            # The team's server (down, restarting, the network): say so and offer to try
            # again, rather than close; the error line has the URL masked.
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("App", "Collector Desk"),
                QCoreApplication.translate(
                    "App", "The team's server cannot be opened:\n{error}"
                ).format(error=error),
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
                window,
            )
            box.setObjectName("serverOpenFailed")
            box.setDefaultButton(QMessageBox.StandardButton.Retry)
            if box.exec() == QMessageBox.StandardButton.Retry:
                _attach_when_open(window, folder, url, report, early=early)
                return
            window.close()
            return
        QMessageBox.critical(
            window,
            QCoreApplication.translate("App", "Collector Desk"),
            QCoreApplication.translate(
                "App", "The database in {folder} cannot be opened:\n{error}"
            ).format(folder=folder, error=error),
        )
        window.close()

    window.ops.query(
        work,
        title=QCoreApplication.translate("App", "Opening the database"),
        on_done=done,
        on_error=failed,
        quiet_ms=800,
    )


def _show_then_open(
    window: MainWindow,
    folder: Path,
    url: str | None,
    report: StartupReport,
    local: dict[str, Any] | None = _UNREAD,
) -> None:
    """Right after the frame shows. With the first page readable by sqlite3 alone: the
    case list and that page first (usable, then painted), then the other panes and
    the database behind them. Otherwise every pane, then the database (usable when
    it is open)."""
    early = first_page(folder, url, local)
    if early is None:
        window.build_panes()
        window.restore_layout()
        _attach_when_open(window, folder, url, report, early=False)
        return
    window.build_case_list()
    window.restore_layout()
    window.case_list.show_first_page(*early)
    # The cases are on screen: read, scroll, select; a sort, a search or opening a
    # case waits for the database, which opens behind them.
    report.mark("usable")

    def rest() -> None:
        window.build_panes()
        _attach_when_open(window, folder, url, report, early=True)

    report.watch_paint(then=rest)


def run_gui(args: argparse.Namespace) -> int:
    """Show the window at once, then open the database behind it."""
    from collector_desk.ui.shell.crash import install_crash_handler

    log_path = log_file()
    try:
        log_path = setup_logging()
    except Exception:  # logging must never stop the desk from starting
        logging.basicConfig(level=logging.INFO)
    app = ensure_app(sys.argv[:1])
    install_crash_handler(app, log_path)  # errors -> log + dialog, never a silent exit
    folder = resolve_data_dir(getattr(args, "data_dir", None))
    server_url = resolve_database_url(getattr(args, "database_url", None))
    local = read_local(folder)  # once: the language now, the list's scope after the paint
    language = choose_language(getattr(args, "lang", None), stored_language(folder, local))
    install_translators(app, language)
    apply_font(app)
    # The frame first (title, menus, "Opening the database…"): it shows as fast as an
    # empty window; the panes are built once it has painted, then the database opens.
    window = first_frame(language)
    report = StartupReport(window, quit_when_done=bool(getattr(args, "startup_report", False)))

    def shown() -> None:
        from collector_desk.ui.shell import app_icon

        report.mark("shown")
        # A test per entry point reads this line: SQLAlchemy must not load before the
        # window shows.
        log.info(
            "window shown (entry %s, sqlalchemy_before_show=%s, plain_import=%s, automatic_gc=%s)",
            Path(sys.argv[0]).name,
            "sqlalchemy" in sys.modules,
            plain_import.active(),  # PySide6's import hook is gone (a test reads it too)
            gc.isenabled(),  # off from the entry point on (start_gc; a test reads it)
        )
        app.setWindowIcon(app_icon())  # the taskbar's; the frame has painted without it
        QTimer.singleShot(0, lambda: _show_then_open(window, folder, server_url, report, local))

    when_painted(window, shown)
    window.show()
    code = app.exec()
    from collector_desk.ui import ops

    ops.cancel_all()  # the start of day stops at its next chunk
    ops.wait_for_workers()
    if window.desk is not None:
        window.desk.close()
    return int(code)


def main() -> int:
    """The GUI entry point (collector-desk-gui): the window's options only."""
    from collector_desk import start_gc

    start_gc.pause()  # the rest of the start without automatic collection (ui.gui_gc)
    from collector_desk.window_args import window_options

    plain = window_options(sys.argv[1:])  # without building a parser, as cli does
    if plain is not None and not plain.startup_report:
        return run_gui(plain)
    parser = argparse.ArgumentParser(prog="collector-desk-gui", description="Collector Desk")
    parser.add_argument("--data-dir", help="folder of the database")
    parser.add_argument("--database-url", help="use this database server instead")
    parser.add_argument("--lang", help="user interface language: zh_CN or en")
    return run_gui(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
