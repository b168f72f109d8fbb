"""Sync bundles in the window: export, import with a summary, and the team key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from collector_desk.ui import ops
from collector_desk.ui.exchange import texts
from collector_desk.ui.modal import run_modal
from collector_desk.ui.typed_qt import checked, named

if TYPE_CHECKING:
    from collector_desk.services.context import ChangeSet
    from collector_desk.ui.main_window import MainWindow


def team_key(window: MainWindow, *, ask: bool = True) -> Any:
    """This workstation's team key, or None after telling the user how to set one."""
    from collector_desk.exchange.teamkey import KeyStore, TeamKeyError

    desk = window.open_desk
    try:
        key = KeyStore(desk.data_dir, desk.workstation_id).load()
    except TeamKeyError as exc:
        from collector_desk.ui.shell.errors import failure_line

        QMessageBox.warning(
            window, QCoreApplication.translate("Bundles", "Team key"), failure_line(exc)
        )
        return None
    if key is None and ask:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Bundles", "Team key"),
            QCoreApplication.translate(
                "Bundles",
                "This workstation has no team key yet. Bundles are signed with the key "
                "the whole team shares: load the supervisor's key file, or create a new "
                "key if you are the supervisor (File > Team key).",
            ),
        )
        from collector_desk.ui.exchange.team_key import TeamKeyDialog

        run_modal(TeamKeyDialog(window))
        key = KeyStore(desk.data_dir, desk.workstation_id).load()
    return key


class ExportDialog(QDialog):
    """What to send, and whether to encrypt it."""

    def __init__(self, window: MainWindow, collectors: list[tuple[str, str]]) -> None:
        super().__init__(window)
        self.setObjectName("bundleExportDialog")
        self.setWindowTitle(QCoreApplication.translate("Bundles", "Export a sync bundle"))
        self.setMinimumWidth(440)
        self.changes = named(
            checked(QRadioButton(QCoreApplication.translate("Bundles", "My work not sent yet"))),
            "kindChanges",
        )
        self.everything = named(
            QRadioButton(QCoreApplication.translate("Bundles", "Everything on this workstation")),
            "kindAll",
        )
        self.assignment = named(
            QRadioButton(QCoreApplication.translate("Bundles", "The cases assigned to:")),
            "kindAssignment",
        )
        self.group = QButtonGroup(self)
        for b in (self.changes, self.everything, self.assignment):
            self.group.addButton(b)
        self.collector = named(QComboBox(), "bundleCollector")
        for cid, name in collectors:
            self.collector.addItem(f"{cid} {name}", cid)
        self.assignment.setEnabled(bool(collectors))
        self.encrypt = named(
            QCheckBox(QCoreApplication.translate("Bundles", "Encrypt with a passphrase")),
            "bundleEncrypt",
        )
        self.phrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "bundlePhrase")
        self.again = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "bundlePhraseAgain")
        self.encrypt.toggled.connect(self._toggle)
        self._toggle(False)
        from collector_desk.exchange.bundle_policy import team_passphrase

        team = team_passphrase()
        if team is not None:  # the team's passphrase: encrypted by default, as in the CLI
            self.phrase.setText(team)
            self.again.setText(team)
            self.encrypt.setChecked(True)
        form = QFormLayout()
        form.addRow(self.changes)
        form.addRow(self.everything)
        form.addRow(self.assignment, self.collector)
        form.addRow(self.encrypt)
        form.addRow(QCoreApplication.translate("Bundles", "Passphrase"), self.phrase)
        form.addRow(QCoreApplication.translate("Bundles", "Again"), self.again)
        hint = QLabel(
            QCoreApplication.translate(
                "Bundles",
                "Tell the passphrase by phone or in person, never in the same mail as the file.",
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(buttons)

    def _toggle(self, on: bool) -> None:
        self.phrase.setEnabled(on)
        self.again.setEnabled(on)

    def _accept(self) -> None:
        if self.encrypt.isChecked():
            if len(self.phrase.text()) < 6:
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    QCoreApplication.translate("Bundles", "Use at least 6 characters."),
                )
                return
            if self.phrase.text() != self.again.text():
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    QCoreApplication.translate("Bundles", "The two passphrases differ."),
                )
                return
        self.accept()

    def choice(self) -> tuple[str, str | None, str | None]:
        """(kind, collector, passphrase)."""
        kind = (
            "assignment"
            if self.assignment.isChecked()
            else "all"
            if self.everything.isChecked()
            else "changes"
        )
        who = self.collector.currentData() if kind == "assignment" else None
        return kind, who, self.phrase.text() if self.encrypt.isChecked() else None


def confirm_clear(window: MainWindow) -> bool:
    """Ask before a bundle is written unencrypted (No is the default)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Bundles", "Export a sync bundle"),
        QCoreApplication.translate(
            "Bundles",
            "This bundle is not encrypted: it carries names, phones and ID numbers that "
            "anyone with the file can read. Export it unencrypted?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.setObjectName("clearBundleWarning")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return run_modal(box) == QMessageBox.StandardButton.Yes


def export_bundle(window: MainWindow) -> None:
    from collector_desk.services.assignment import team

    desk = window.desk
    key = team_key(window)
    if desk is None or key is None:
        return
    members = [(m.id, m.name) for m in team(desk) if m.role == "collector"]
    dialog = ExportDialog(window, members)
    if run_modal(dialog) != QDialog.DialogCode.Accepted:
        return
    kind, who, phrase = dialog.choice()
    if phrase is None and not confirm_clear(window):
        return
    stem = f"{desk.collector_id}-{QDate.currentDate().toString('yyyyMMdd')}"
    if who:
        stem = f"{stem}-for-{who}"
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Bundles", "Save the bundle"),
        f"{stem}.cdbundle",
        QCoreApplication.translate("Bundles", "Collector Desk bundle (*.cdbundle)"),
    )
    if not path:
        return

    def work(progress: Any) -> Any:
        from collector_desk.exchange.bundle_out import export_bundle as export

        return export(desk, Path(path), key, kind=kind, for_collector=who, passphrase=phrase,
                      progress=progress)  # fmt: skip

    def done(result: Any) -> None:
        rows = sum(result.counts.values())
        text = QCoreApplication.translate(
            "Bundles", "Bundle saved: {file} ({rows} rows, {size} KB)."
        ).format(file=Path(path).name, rows=f"{rows:,}", size=f"{result.size / 1024:,.0f}")
        if result.empty:
            text += " " + QCoreApplication.translate(
                "Bundles", "There was no new work since the last export."
            )
        window.status_message(text)
        QMessageBox.information(
            window, QCoreApplication.translate("Bundles", "Export a sync bundle"), text
        )

    ops.runner_for(window).write(
        work,
        title=QCoreApplication.translate("Bundles", "Exporting the bundle"),
        on_done=done,
        cancellable=True,
        quiet_ms=300,
    )


def _summarise(window: MainWindow, results: list[tuple[str, Any]]) -> None:
    run_modal(ImportSummary(window, results))


def import_bundles(window: MainWindow, paths: list[str] | None = None) -> None:
    from collector_desk.exchange.envelope import BundleRefused, read_manifest

    desk = window.desk
    key = team_key(window)
    if desk is None or key is None:
        return
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(
            window,
            QCoreApplication.translate("Bundles", "Import sync bundles"),
            "",
            QCoreApplication.translate(
                "Bundles", "Collector Desk bundles (*.cdbundle *.cdb);;All files (*)"
            ),
        )
    if not paths:
        return
    phrase: str | None = None
    for p in paths:
        try:
            encrypted = bool(read_manifest(Path(p).read_bytes()).get("encryption"))
        except (BundleRefused, OSError):
            encrypted = False
        if encrypted:
            phrase, ok = QInputDialog.getText(
                window, QCoreApplication.translate("Bundles", "Encrypted bundle"), QCoreApplication.translate("Bundles", "Passphrase of {file}:").format(file=Path(p).name),
                QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if not ok:
                return
            break

    def work(progress: Any) -> list[tuple[str, Any]]:
        from collector_desk.exchange.bundle_in import import_bundle

        out: list[tuple[str, Any]] = []
        for i, p in enumerate(paths):
            progress.step(i, len(paths), Path(p).name)
            try:
                out.append((p, import_bundle(desk, Path(p), key, phrase, progress=progress)))
            except BundleRefused as exc:
                out.append((p, exc))
        return out

    def changes(results: list[tuple[str, Any]]) -> ChangeSet:
        from collector_desk.services.context import ChangeSet

        found = ChangeSet()
        for _p, r in results:
            if not isinstance(r, BundleRefused):
                found = found | r.changes
        return found

    ops.runner_for(window).write(
        work,
        title=QCoreApplication.translate("Bundles", "Importing bundles"),
        changes=changes,
        on_done=lambda results: _summarise(window, results),
        cancellable=True,
        quiet_ms=300,
    )


class ImportSummary(QDialog):
    """What each bundle brought, or why it was refused."""

    def __init__(self, parent: Any, results: list[tuple[str, Any]]) -> None:
        super().__init__(parent)
        self.setObjectName("bundleSummary")
        self.setWindowTitle(QCoreApplication.translate("Bundles", "Bundles imported"))
        self.resize(760, 320)
        table = named(QTableWidget(len(results), 3), "bundleSummaryTable")
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Bundles", "File"),
                QCoreApplication.translate("Bundles", "From"),
                QCoreApplication.translate("Bundles", "What came in"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        names = {"call": QCoreApplication.translate("Bundles", "calls"), "promise": QCoreApplication.translate("Bundles", "promises"), "payment": QCoreApplication.translate("Bundles", "payments"),
                 "note": QCoreApplication.translate("Bundles", "notes"), "loan": QCoreApplication.translate("Bundles", "cases"), "contact_attempt": QCoreApplication.translate("Bundles", "dial attempts"),
                 "register": QCoreApplication.translate("Bundles", "assignments and flags"), "conflict": QCoreApplication.translate("Bundles", "conflicts")}  # fmt: skip
        for r, (path, result) in enumerate(results):
            table.setItem(r, 0, QTableWidgetItem(Path(path).name))
            if hasattr(result, "code"):
                who, what = (
                    "—",
                    QCoreApplication.translate("Bundles", "Refused: ")
                    + texts.refusal(result.code, str(result)),
                )
            else:
                who = result.source_collector or "?"
                parts = [f"{n:,} {names[t]}" for t, n in result.added.items() if t in names]
                what = (
                    "、".join(parts)
                    if parts
                    else QCoreApplication.translate("Bundles", "nothing new")
                )
                if result.conflicts:
                    what += "; " + QCoreApplication.translate(
                        "Bundles", "{n} concurrent changes kept for review"
                    ).format(n=result.conflicts)
                if result.parked:
                    what += "; " + QCoreApplication.translate(
                        "Bundles", "{n} records wait for their case"
                    ).format(n=result.parked)
            table.setItem(r, 1, QTableWidgetItem(who))
            item = QTableWidgetItem(what)
            item.setToolTip(what)
            table.setItem(r, 2, item)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(table)
        lay.addWidget(buttons)
