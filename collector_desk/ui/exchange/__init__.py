"""Files in and out in the window: case intake, sync bundles, the team key,
assignment and the daily report; and the case list's "only my cases" switch.

`install(window)` is listed in ui/features.py FEATURES; the feature object is
kept by the window: `window.feature(ExchangeFeature)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from collector_desk.domain.case_rows import OWN_CASES_SETTING, list_scope
from collector_desk.ui.modal import run_modal, run_modal_after
from collector_desk.ui.typed_qt import box_layout, named

if TYPE_CHECKING:
    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow


class ExchangeFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.own = named(
            QCheckBox(QCoreApplication.translate("Exchange", "Only my cases")), "caseListOwn"
        )
        self.own.setToolTip(
            QCoreApplication.translate(
                "Exchange", "Show the cases assigned to me; untick to see the whole team's"
            )
        )
        self.own.toggled.connect(self._own_toggled)
        box_layout(window.case_list).insertWidget(2, self.own)
        # An empty list of one's own cases says why, and offers the team's.
        self.none_mine = named(QWidget(), "caseListNoneMine")
        self.none_mine_text = named(QLabel(wordWrap=True), "caseListNoneMineText")
        show_all = named(
            QPushButton(QCoreApplication.translate("Exchange", "Show all cases")), "caseListShowAll"
        )
        show_all.clicked.connect(lambda: self.own.setChecked(False))
        row = QHBoxLayout(self.none_mine)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.none_mine_text, 1)
        row.addWidget(show_all)
        self.none_mine.hide()
        box_layout(window.case_list).insertWidget(3, self.none_mine)
        window.case_list.counted.connect(self._counted)
        self._menus()
        if window.desk is not None:
            self.start()
        else:
            window.desk_attached.connect(self.start)

    def _menus(self) -> None:
        w = self.window_

        def add(menu: str, text: str, name: str, slot: Any, keys: str = "") -> QAction:
            action: QAction = named(QAction(text, w), name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False: slot())
            w.menus[menu].addAction(action)
            return action

        file_menu = w.menus["file"]
        first = file_menu.actions()[0] if file_menu.actions() else None
        actions = [
            add("file", QCoreApplication.translate("Exchange", "&Load cases from head office…"), "actionIntake", self.open_intake, "Ctrl+I"),
            add("file", QCoreApplication.translate("Exchange", "Daily &report…"), "actionReport", self.open_report),
            add("file", QCoreApplication.translate("Exchange", "&Export a sync bundle…"), "actionBundleExport", self.export_bundle, "Ctrl+E"),
            add("file", QCoreApplication.translate("Exchange", "I&mport sync bundles…"), "actionBundleImport", self.import_bundles),
            add("file", QCoreApplication.translate("Exchange", "Team &key…"), "actionTeamKey", self.open_team_key),
        ]  # fmt: skip
        if first is not None:  # above the existing entries, with a separator
            for action in actions:
                file_menu.removeAction(action)
            file_menu.insertActions(first, actions)
            file_menu.insertSeparator(first)
        w.menus["cases"].addSeparator()
        assign = add(
            "cases",
            QCoreApplication.translate("Exchange", "&Assign cases…"),
            "actionAssign",
            self.open_assign,
        )
        # The team's assignment and the daily report are the supervisor's work; a
        # collector's menus stay short (Settings > Role). Intake stays for everyone:
        # the first-run welcome offers it, and it only adds or updates cases.
        self.supervisor_actions = [actions[1], assign]
        w.changed.connect(self._settings_changed)

    def _settings_changed(self, changes: Any) -> None:
        if "settings" in changes.kinds:
            self._show_role()

    def _show_role(self) -> None:
        desk = self.window_.desk
        supervisor = desk is not None and desk.setting("role") == "supervisor"
        for action in self.supervisor_actions:
            action.setVisible(supervisor)

    # --- the case list's scope ---------------------------------------------------------------

    def start(self) -> None:
        desk = self.window_.desk
        if desk is None:
            return
        settings = desk.settings()
        self._show_role()
        self.own.setEnabled(bool(settings.get("collector_id")))
        self.own.blockSignals(True)
        self.own.setChecked(list_scope(settings) is not None)
        self.own.blockSignals(False)
        self._apply_scope()

    def _counted(self, total: int) -> None:
        desk = self.window_.desk
        me = str(desk.setting("collector_id") or "") if desk is not None else ""
        empty = total == 0 and self.own.isChecked() and bool(me)
        if empty:
            self.none_mine_text.setText(
                QCoreApplication.translate(
                    "Exchange",
                    "No case assigned to you ({me}) matches; the team's cases are hidden.",
                ).format(me=me)
            )
        self.none_mine.setVisible(empty)

    def _own_toggled(self, on: bool) -> None:
        desk = self.window_.desk
        if desk is not None:
            self.window_.ops.write(
                lambda progress: desk.set_settings(**{OWN_CASES_SETTING: on}),
                title=QCoreApplication.translate("Exchange", "Saving the settings"),
            )
        self._apply_scope()  # from the check box, not from the stored setting

    def _apply_scope(self) -> None:
        desk, case_list = self.window_.desk, self.window_.case_list
        if desk is None or case_list.model is None:
            return
        me = str(desk.setting("collector_id") or "")
        wanted = me if self.own.isChecked() and me else None
        if case_list.model.query.assigned_to != wanted:
            case_list.model.set_query(case_list.model.query.with_(assigned_to=wanted))
            case_list.reload()

    # --- actions ----------------------------------------------------------------------------------

    def _ready(self) -> bool:
        if self.window_.desk is None:
            self.window_.status_message(
                QCoreApplication.translate("Exchange", "The database is still opening.")
            )
            return False
        return True

    def open_intake(self, path: str | None = None) -> Any:
        from collector_desk.ui.exchange.intake_dialog import IntakeDialog

        if not self._ready():
            return None
        self.intake_dialog = IntakeDialog(self.window_, path)
        self.intake_dialog.open()
        return self.intake_dialog

    def open_report(self) -> None:
        from collector_desk.services.assignment import team
        from collector_desk.ui.exchange.assign_dialog import ReportDialog

        if self._ready():
            desk = self.window_.open_desk
            run_modal_after(
                self.window_.ops,
                lambda: team(desk),
                lambda members: ReportDialog(self.window_, members),
                parent=self.window_,
                key="report-dialog",
            )

    def export_bundle(self) -> None:
        from collector_desk.ui.exchange.bundle_ui import export_bundle

        if self._ready():
            export_bundle(self.window_)

    def import_bundles(self, paths: list[str] | None = None) -> None:
        from collector_desk.ui.exchange.bundle_ui import import_bundles

        if self._ready():
            import_bundles(self.window_, paths)

    def open_team_key(self) -> None:
        from collector_desk.ui.exchange.team_key import TeamKeyDialog

        if self._ready():
            run_modal(TeamKeyDialog(self.window_))

    def open_assign(self) -> Any:
        from collector_desk.ui.exchange.assign_dialog import AssignDialog

        if not self._ready():
            return None
        current = self.window_.case_list.current_loan_id()
        self.assign_dialog = AssignDialog(self.window_, [current] if current else None)
        self.assign_dialog.open()
        return self.assign_dialog


def install(ctx: FeatureContext) -> ExchangeFeature:
    return ExchangeFeature(ctx.window)
