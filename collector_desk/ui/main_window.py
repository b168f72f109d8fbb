"""The one main window: case list | case pane over script panel | promise form and outcome.

Contract other UI features rely on:
- `desk`: the open `services.context.Desk` (None until `attach`).
- `menus`: {"file", "cases", "tools", "practice", "help"} -> QMenu.
- `left_tabs`: the left pane's tabs; the case list is the first tab.
- `changed(ChangeSet)`: emitted after every service write; every view listens
  and decides whether it must refresh (Anki's operation_did_execute).
- `open_case(loan_id)`, `status_message(text)`, `install_features()` (all at once)
  or `install_features_later()` (once the case list has settled, one per turn of
  the event loop); `features_installed` when they are in.
- `ops`: the OpRunner every write and long read goes through.
- `start_of_day()`: bring the cases up to today in the background
  (`day_refresh.progressed` / `finished`); called once the window is usable
  and again when the date moves on.

This module imports no SQLAlchemy (not even through services) so the window can
be shown before the database is opened; services are imported inside methods.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from collector_desk import __version__
from collector_desk.ui.geometry import (
    fit_to_screen,
    keep_on_screen_once_shown,
    restore_geometry,
    save_geometry,
)
from collector_desk.ui.typed_qt import named

# The frame (title, menus, status line) is all that is built before the window's
# first paint; what only the panes, dialogs and features use is imported where it
# is used, so it does not delay that paint (Qt's `Qt` namespace alone creates about
# a hundred Python enums when first touched).
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from collector_desk.services.context import ChangeSet, Desk
    from collector_desk.ui import features
    from collector_desk.ui.busy_bar import BusyBar
    from collector_desk.ui.day_refresh import DayRefresh
    from collector_desk.ui.desk.call_controller import CallController
    from collector_desk.ui.desk.call_outcome import CallOutcomeForm
    from collector_desk.ui.desk.case_list import CaseListView
    from collector_desk.ui.desk.case_pane import CasePane
    from collector_desk.ui.desk.promise_form import PromiseForm
    from collector_desk.ui.desk.script_panel import ScriptPanel
    from collector_desk.ui.feature_install import FeatureInstaller
    from collector_desk.ui.ops import OpRunner

log = logging.getLogger(__name__)
F = TypeVar("F")
DAY_CHECK_MS = 60_000
GEOMETRY_KEY = "desk/window"  # QSettings: where the user left the main window


class MainWindow(QMainWindow):
    changed = Signal(object)  # a services.context.ChangeSet
    desk_attached = Signal()
    features_installed = Signal()  # every feature of ui.features.FEATURES is in

    def __init__(self, *, lang: str = "zh_CN", panes: bool = True) -> None:
        """The window; with `panes=False` only its frame (title, the menu bar's menus,
        the status line), which shows at once: `build_panes()` adds the rest, the
        menus' actions too (run_gui does it right after the frame's first paint,
        before the database is open)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.lang = lang
        self.desk: Desk | None = None
        self.menus: dict[str, QMenu] = {}
        self._held_timer = QTimer(self, singleShot=True)
        self._held_timer.timeout.connect(self._release_status)
        self._waiting_message: tuple[str, int] | None = None
        self.setWindowTitle(self.tr("Collector Desk"))
        self.setMinimumSize(1024, 640)
        # Where the user left it if that still fits this screen; else sized to the
        # screen (1366x768 with a taskbar: the whole window, status bar included, shows).
        if restore_geometry(self, GEOMETRY_KEY):
            keep_on_screen_once_shown(self)
        else:
            fit_to_screen(self, 1440, 900)
        self._build_menus()
        self._opening = QLabel(self.tr("Opening the database…"))
        self.statusBar().addWidget(self._opening)
        self._features: FeatureInstaller | None = None  # made when first asked for
        self._live: Any = None  # the listener of a team's server (services.live)
        self._offline: Any = None  # the status bar's "server cannot be reached"
        self.panes_built = False
        self.case_list_built = False
        if panes:
            self.build_panes()

    def build_case_list(self) -> None:
        """The window's layout with the case list in it, the other panes' places held
        empty: the start shows the first page of cases in it before the other panes'
        modules are imported (`build_panes` fills the places)."""
        if self.case_list_built:
            return
        self.case_list_built = True
        # Not before the frame's first paint (Qt's namespace sets up ~100 enums).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

        from collector_desk.ui.desk.case_list import CaseListView

        self.left_tabs = named(QTabWidget(), "leftTabs")
        self.left_tabs.setDocumentMode(True)
        self.case_list: CaseListView = CaseListView(self)
        self.left_tabs.addTab(self.case_list, self.tr("Cases"))
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "mainSplitter")
        self.splitter.addWidget(self.left_tabs)
        # The places of the case pane over the script panel, and of the promise form
        # and the call's outcome: filled by build_panes.
        self._places: list[QVBoxLayout] = []
        for _ in range(2):
            place = QWidget()
            lay = QVBoxLayout(place)
            lay.setContentsMargins(0, 0, 0, 0)
            self._places.append(lay)
            self.splitter.addWidget(place)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setStretchFactor(2, 4)
        # At 1366 px the lists get the room their columns need (the contract number in
        # full); the script pane takes what is left, the form keeps its width.
        self.splitter.setSizes([480, 530, 356])
        self.setCentralWidget(self.splitter)

    def build_panes(self) -> None:
        """Case list | case pane over script panel | promise form and outcome, the
        operation runner and the day's refresh (imported here: they are most of
        the window's start-up cost)."""
        if self.panes_built:
            return
        self.build_case_list()
        self.panes_built = True
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

        from collector_desk.ui import ops
        from collector_desk.ui.busy_bar import BusyBar
        from collector_desk.ui.day_refresh import DayRefresh
        from collector_desk.ui.desk.call_controller import CallController
        from collector_desk.ui.desk.call_outcome import CallOutcomeForm
        from collector_desk.ui.desk.case_pane import CasePane
        from collector_desk.ui.desk.promise_form import PromiseForm
        from collector_desk.ui.desk.script_panel import ScriptPanel

        self.case_pane: CasePane = CasePane(self)
        self.script_panel: ScriptPanel = ScriptPanel(self, lang=self.lang)
        self.promise_form: PromiseForm = PromiseForm(self)
        self.call_outcome: CallOutcomeForm = CallOutcomeForm(self)

        middle = named(QSplitter(Qt.Orientation.Vertical), "middleSplitter")
        middle.addWidget(self.case_pane)
        middle.addWidget(self.script_panel)
        middle.setStretchFactor(0, 1)
        middle.setStretchFactor(1, 1)
        middle.setSizes([380, 320])
        middle.setChildrenCollapsible(False)

        right = named(QWidget(), "rightPane")
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.promise_form)
        rlay.addWidget(self.call_outcome, 1)

        self._places[0].addWidget(middle)
        self._places[1].addWidget(right)

        self.ops: OpRunner = ops.OpRunner(self)
        self.ops.changed.connect(self.changed)
        self.day_refresh: DayRefresh = DayRefresh(self)
        self.busy_bar: BusyBar = BusyBar(self)
        self.calls: CallController = CallController(self)
        self._fill_menus()
        self._build_case_menu()

    # --- menus -----------------------------------------------------------------

    def _build_menus(self) -> None:
        """The menu bar's menus, empty: the frame paints their titles. Their actions
        come with the panes (`_fill_menus`): a QAction's constructor alone makes
        PySide6 set up QIcon and its 150-name enum."""
        bar = self.menuBar()
        for key, title in (
            ("file", self.tr("&File")),
            ("cases", self.tr("&Cases")),
            ("tools", self.tr("&Tools")),
            ("practice", self.tr("&Practice")),
            ("help", self.tr("&Help")),
        ):
            self.menus[key] = bar.addMenu(title)
        self.menus["file"].setObjectName("menuFile")

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        demo = named(QAction(self.tr("Add the demo portfolio…"), self), "actionDemo")
        demo.triggered.connect(lambda: self.offer_demo(ask=True))
        self.menus["file"].addAction(demo)
        self.menus["file"].addSeparator()
        quit_ = named(QAction(self.tr("&Quit"), self), "actionQuit")
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        self.menus["file"].addAction(quit_)

        about = named(QAction(self.tr("&About Collector Desk"), self), "actionAbout")
        about.triggered.connect(self._about)
        self.menus["help"].addAction(about)

    def _build_case_menu(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        find = named(QAction(self.tr("&Find a case"), self), "actionFind")
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.case_list.focus_search)
        self.menus["cases"].addAction(find)
        to_list = named(QAction(self.tr("Go to the case &list"), self), "actionCaseList")
        to_list.setShortcut(QKeySequence("Ctrl+L"))
        to_list.triggered.connect(self.case_list.focus_table)
        self.menus["cases"].addAction(to_list)
        refresh = named(QAction(self.tr("&Refresh the list"), self), "actionRefresh")
        refresh.setShortcut(QKeySequence("F5"))
        refresh.triggered.connect(self.case_list.reload)
        self.menus["cases"].addAction(refresh)
        self.menus["cases"].addSeparator()
        for action in self.calls.actions():
            self.menus["cases"].addAction(action)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Collector Desk"),
            self.tr("Collector Desk {version}\nA desk for collectors and trainees.").format(
                version=__version__
            ),
        )

    # --- the contract ------------------------------------------------------------

    def attach(self, desk: Desk) -> None:
        """The database is open: wire every pane to it."""
        from collector_desk.ui import localtime

        self.build_panes()
        self.desk = desk
        self.busy_bar.attach(desk)  # a write that waits says so, with "Stop waiting"
        localtime.set_zone(str(desk.setting("timezone") or ""))
        self.statusBar().removeWidget(self._opening)
        self._opening.deleteLater()
        self.case_list.attach(desk)
        self.calls.attach(desk)
        self.changed.connect(self._on_changed)
        self._day = desk.today()
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_new_day)
        self._day_timer.start()
        self._listen(desk)
        self.desk_attached.emit()

    def _listen(self, desk: Desk) -> None:
        """On a team's server: what the other workstations save reaches this window's
        views at once, as the same change sets as its own writes (live updates)."""
        from collector_desk.services import live
        from collector_desk.ui import ops

        # The listener's thread calls the returned functions: they only post to this thread.
        self._live = live.listen(
            desk, ops.to_gui(self._remote_change), on_state=ops.to_gui(self._server_state)
        )

    def _server_state(self, connected: bool) -> None:
        """The listener's connection to the team's server came or went. While it is
        gone the status bar says so for good (not a passing message): what is typed
        stays in the window, and a save can be tried again once it is back. Back, the
        views read again what the others saved meanwhile (those notices were missed)."""
        from collector_desk.services.context import ChangeKind, ChangeSet

        label = self._offline
        if not connected:
            if label is None:
                label = self._offline = named(QLabel(), "serverUnreachable")
                label.setStyleSheet("color: #b00020; font-weight: bold;")
                self.statusBar().addPermanentWidget(label)
            label.setText(
                self.tr(
                    "The server cannot be reached; retrying. Nothing typed is lost: "
                    "save again once it is back."
                )
            )
            label.show()
            return
        if label is None or label.isHidden():
            return  # connected from the start, or once more after a reconnect
        label.hide()
        self.status_message(self.tr("Connected to the server again."), 10000)
        self.ops.broadcast(
            ChangeSet.of(
                ChangeKind.SYNC,
                ChangeKind.CASE,
                ChangeKind.ASSIGNMENT,
                ChangeKind.WORKLIST,
                ChangeKind.CALL,
                ChangeKind.PROMISE,
                ChangeKind.PAYMENT,
            )
        )

    def _remote_change(self, change: Any) -> None:
        from collector_desk.ui import localtime

        self.ops.broadcast(change.changes)
        detail = self.calls.detail
        if detail is not None and detail.loan_id in change.changes.loans:
            self.status_message(
                self.tr("This case was updated by {who} at {time}.").format(
                    who=change.by, time=localtime.when(change.at, "%H:%M")
                )
            )

    def stop_listening(self) -> None:
        live, self._live = self._live, None
        if live is not None:
            live.stop()

    def start_of_day(self) -> None:
        """Bring the cases up to today in the background (the window stays usable);
        `day_refresh.finished` says when it is done."""
        self.day_refresh.start()

    def check_new_day(self) -> None:
        """Left open past midnight: DPD, buckets and promise states move on."""
        desk = self.desk
        if desk is None or desk.today() == self._day:
            return
        self._day = desk.today()
        self.status_message(self.tr("A new day: the cases are brought up to today."))
        self.start_of_day()

    @property
    def _installer(self) -> FeatureInstaller:
        """The features' installer, made (and its module imported) once the features
        are asked for: not before the frame's first paint."""
        if self._features is None:
            from collector_desk.ui.feature_install import FeatureInstaller

            self._features = FeatureInstaller(self)
        return self._features

    def install_features(self) -> None:
        """Import each "module:function" of ui.features.FEATURES and call it with the
        feature context, all at once (ui/feature_install.py)."""
        self._installer.install_all()

    def install_features_later(self, *, at_latest_ms: int | None = None) -> None:
        """The features once the case list has shown its rows and their counts, one per
        turn of the event loop (at the latest after `at_latest_ms`, by default
        feature_install.AT_LATEST_MS); `features_installed` says when all are in
        (ui/feature_install.py)."""
        from collector_desk.ui.feature_install import AT_LATEST_MS

        self._installer.install_later(AT_LATEST_MS if at_latest_ms is None else at_latest_ms)

    @property
    def features_ready(self) -> bool:
        """Every feature is installed (`features_installed` has been emitted)."""
        return self._features is not None and self._features.done

    def feature_context(self) -> features.FeatureContext:
        from collector_desk.ui import features

        return features.FeatureContext(
            window=self,
            ops=self.ops,
            menus=self.menus,
            left_tabs=self.left_tabs,
            case_list=self.case_list,
            case_pane=self.case_pane,
            changed=self.changed,
            desk_attached=self.desk_attached,
        )

    def feature(self, kind: type[F]) -> F:
        """The installed feature object of this class (KeyError: not installed)."""
        found = self._installer.made[kind]
        assert isinstance(found, kind)
        return found

    def open_case(self, loan_id: str) -> None:
        """Show this loan in the case pane and start a call on it."""
        self.calls.open_case(loan_id)

    def status_message(self, text: str, timeout_ms: int = 6000, *, keep_ms: int = 0) -> None:
        """Show `text` in the status bar. A message with `keep_ms` (the result of what
        the user just did, "Call saved") stays that long: messages that arrive
        meanwhile wait until then (the latest of them is shown)."""
        timer = self._held_timer
        if not keep_ms and timer.isActive():
            self._waiting_message = (text, timeout_ms)
            return
        if keep_ms:
            self._waiting_message = None
            timer.start(keep_ms)
        self.statusBar().showMessage(text, max(timeout_ms, keep_ms))

    def _release_status(self) -> None:
        waiting, self._waiting_message = self._waiting_message, None
        if waiting is not None:
            self.statusBar().showMessage(*waiting)

    def broadcast(self, changes: ChangeSet) -> None:
        """Tell every view what a service call changed (ops.write does it by itself)."""
        self.ops.broadcast(changes)

    def _on_changed(self, changes: Any) -> None:
        from collector_desk.ui import localtime

        if "settings" in changes.kinds and self.desk is not None:
            localtime.set_zone(str(self.desk.setting("timezone") or ""))
        self.case_list.on_changed(changes)
        self.calls.on_changed(changes)

    # --- first start ---------------------------------------------------------------

    def offer_demo(self, *, ask: bool) -> None:
        """Fill the database with the demo portfolio (asks first; never adds twice)."""
        if self.desk is None:
            return
        try:
            from collector_desk.services.demo import create_demo
        except ImportError:
            self.status_message(self.tr("The demo portfolio is not available in this build."))
            return
        if ask:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Demo portfolio"),
                self.tr(
                    "The database has no cases yet. Add a demo portfolio of 240 made-up "
                    "cases to try the desk?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        desk = self.desk
        me = str(desk.setting("collector_id") or "")  # the welcome asked who works here

        def work(progress: Any) -> int:
            return int(
                create_demo(desk, cases=240, seed=7, force=False, progress=progress, assign_to=me)
            )

        def done(made: int) -> None:
            if made:
                self.status_message(self.tr("{n} demo cases added.").format(n=made))
            else:
                self.status_message(self.tr("The database already has cases; no demo added."))

        def changes(made: int) -> ChangeSet:
            from collector_desk.services.context import ChangeKind, ChangeSet

            return ChangeSet.of(ChangeKind.CASE) if made else ChangeSet()

        self.ops.write(
            work,
            title=self.tr("Creating the demo portfolio"),
            on_done=done,
            changes=changes,
            cancellable=True,
            quiet_ms=300,
        )

    @property
    def open_desk(self) -> Desk:
        """The attached database, for a feature's dialog or action: those are only
        reachable once `desk_attached` has fired (RuntimeError before that)."""
        if self.desk is None:
            raise RuntimeError("no database is attached to the window yet")
        return self.desk

    # --- window state ------------------------------------------------------------------

    def restore_layout(self) -> None:
        from PySide6.QtCore import QSettings

        state = QSettings().value("desk/splitter")
        if state is not None and self.case_list_built:
            self.splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # QWidget.closeEvent
        if self.isVisible():
            save_geometry(self, GEOMETRY_KEY)
        if not self.panes_built:  # closed before the panes came: nothing to keep
            super().closeEvent(event)
            return
        from collector_desk.ui import ops

        if self.calls.call_in_progress() and not self.calls.confirm_discard():
            event.ignore()
            return
        from PySide6.QtCore import QSettings

        QSettings().setValue("desk/splitter", self.splitter.saveState())
        ops.cancel_all()
        self.stop_listening()
        super().closeEvent(event)
