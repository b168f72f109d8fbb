"""The shell around the desk: first-run welcome, settings, crash reporting, folders.

Hooks for the composition root (app.py):
- `install_crash_handler(app, log_path)` right after the QApplication exists;
- `maybe_first_run(window)` once the window has its desk (shows the welcome
  while the setting `first_run_done` is false).
Hook for the window: `install(window)` is listed in ui/features.py FEATURES and
adds Tools > Settings and Help > Where my data is.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from collector_desk.ui.shell.crash import CrashReporter, install_crash_handler

# app.py installs the crash handler from here before the window's first paint: the
# Qt classes the menus, dialogs and the icon need are imported where they are used.
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow

__all__ = ["CrashReporter", "app_icon", "install", "install_crash_handler", "maybe_first_run"]

log = logging.getLogger(__name__)
INTAKE_ACTION = "actionIntake"  # the intake feature's QAction (File menu)


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    from collector_desk.paths import resource

    return QIcon(str(resource("icons", "app.png")))


def _log_path() -> Path:
    from collector_desk.logs import log_file

    root = logging.getLogger()
    for handler in root.handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return Path(name)
    return log_file()


# --- the feature hook ------------------------------------------------------------


def install(ctx: FeatureContext) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    from collector_desk.ui.typed_qt import named

    window = ctx.window
    settings = named(
        QAction(QCoreApplication.translate("Shell", "&Settings…"), window), "actionSettings"
    )
    settings.setShortcut(QKeySequence("Ctrl+,"))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings.triggered.connect(lambda: open_settings(window))
    window.menus["tools"].addAction(settings)

    folders = named(
        QAction(QCoreApplication.translate("Shell", "Where my &data is…"), window), "actionFolders"
    )
    folders.triggered.connect(lambda: open_folders(window))
    window.menus["help"].addAction(folders)


def open_settings(window: MainWindow) -> int:
    from PySide6.QtWidgets import QMessageBox

    from collector_desk.ui.modal import run_modal
    from collector_desk.ui.shell.common import restart_app
    from collector_desk.ui.shell.settings_dialog import SettingsDialog

    desk = window.desk
    if desk is None:
        return 0
    dialog = SettingsDialog(desk.settings(), window)
    code = run_modal(dialog)
    changes = dialog.changes() if code == SettingsDialog.DialogCode.Accepted else {}
    if code != SettingsDialog.DialogCode.Accepted:
        return code
    if changes:
        window.ops.write(
            lambda progress: desk.set_settings(**changes),
            title=QCoreApplication.translate("Shell", "Saving the settings"),
            on_done=lambda _saved: window.status_message(
                QCoreApplication.translate("Shell", "Settings saved.")
            ),
        )
    if "language" in changes:
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("Shell", "Language"),
            QCoreApplication.translate(
                "Shell", "The new language applies when Collector Desk starts again. Restart now?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and not restart_app():
            window.status_message(
                QCoreApplication.translate(
                    "Shell", "Could not restart; please start Collector Desk again."
                )
            )
    return code


def open_folders(window: MainWindow) -> None:
    from collector_desk.ui.modal import run_modal
    from collector_desk.ui.shell.folders import FoldersDialog

    desk = window.desk
    data_dir = desk.data_dir if desk is not None else None
    db_path = desk.db.path if desk is not None else None
    run_modal(FoldersDialog(data_dir, db_path, _log_path(), window))


# --- the first run -----------------------------------------------------------------


def maybe_first_run(window: MainWindow) -> bool:
    """Show the welcome (after the window is up) if this data folder has not had it.

    Returns True when the welcome was scheduled. Safe to call before the desk
    is attached: it then waits for `desk_attached`.
    """
    desk = window.desk
    if desk is None:
        window.desk_attached.connect(lambda: maybe_first_run(window))
        return False
    if desk.setting("first_run_done"):
        return False
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: run_welcome(window))
    return True


def run_welcome(window: MainWindow) -> Any:
    from PySide6.QtWidgets import QApplication

    from collector_desk.ui.i18n import install_translators
    from collector_desk.ui.shell.welcome import WelcomeDialog

    desk = window.desk
    if desk is None:
        return None
    empty = _desk_is_empty(desk)
    dialog = WelcomeDialog(
        desk.settings(), window.lang, empty=empty, team_login=desk.server_login, parent=window
    )
    window.welcome_dialog = dialog  # type: ignore[attr-defined]  # tests and screenshots
    accepted = dialog.exec() == WelcomeDialog.DialogCode.Accepted
    chosen = dialog.chosen_language()
    app = QApplication.instance()
    if not accepted:
        if chosen != window.lang and app is not None:
            install_translators(app, window.lang)
        return None
    start = dialog.start_with()
    values = dialog.values()
    log.info("first run done; starting with %s", start)

    def then(_saved: object) -> None:
        # Who and which lender first: the demo and the intake read them.
        if start == "demo":
            window.offer_demo(ask=False)
        elif start == "intake":
            start_intake(window)

    window.ops.write(
        lambda progress: desk.set_settings(**values, first_run_done=True),
        title=QCoreApplication.translate("Shell", "Saving the settings"),
        on_done=then,
    )
    if chosen != window.lang:
        window.status_message(
            QCoreApplication.translate(
                "Shell", "The whole window switches language when Collector Desk starts again."
            ),
            15000,
        )
    return start


def _desk_is_empty(desk: Any) -> bool:
    from collector_desk.services import cases

    return cases.count(desk, cases.CaseQuery()) == 0


def start_intake(window: MainWindow) -> bool:
    """Trigger the intake feature's action (it asks for the file itself)."""
    from PySide6.QtGui import QAction

    for action in window.findChildren(QAction):
        if action.objectName() == INTAKE_ACTION and action.isEnabled():
            action.trigger()
            return True
    window.status_message(
        QCoreApplication.translate("Shell", "Case intake is not available in this build."), 10000
    )
    return False
