"""The audit log: who revealed which personal data when, limit changes,
one-time overrides, do-not-contact flags, debit imports. Newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from collector_desk.ui import localtime, ops
from collector_desk.ui.typed_qt import named
from collector_desk.ui.worklist import texts

if TYPE_CHECKING:
    from collector_desk.ui.main_window import MainWindow

KINDS = (
    "", "reveal", "limit_change", "override", "do_not_contact", "lost_contact", "debit_import",
    "sms",
)  # fmt: skip
LIMIT = 1000


def describe(event: Any) -> str:
    """The event's detail as a short sentence (never a personal value: none is stored)."""
    d = event.detail
    if event.kind == "reveal":
        text = texts.reveal_what(d.get("what", ""))
        return f"{text} · {d['reason']}" if d.get("reason") else text
    if event.kind == "limit_change":
        return f"{texts.limit_name(event.subject)}: {d.get('before')} → {d.get('after')} · {d.get('reason', '')}"
    if event.kind == "override":
        rules = ", ".join(d.get("rules", []))
        return f"{rules} · {d.get('reason', '')}"
    if event.kind == "do_not_contact":
        state = "+" if d.get("on") else "−"
        return f"{state} {texts.dnc_reason(d.get('flag', ''))} · {d.get('reason', '')}"
    if event.kind == "debit_import":
        return QCoreApplication.translate(
            "AuditDialog", "{imported} of {rows} lines imported, {errors} rejected"
        ).format(imported=d.get("imported"), rows=d.get("rows"), errors=d.get("errors"))
    if event.kind == "sms":  # the text is read in the daily QA, masked; not here
        if d.get("to") == "third_party":
            return QCoreApplication.translate("AuditDialog", "to a third party")
        return QCoreApplication.translate("AuditDialog", "to the borrower")
    return ", ".join(f"{k}={v}" for k, v in sorted(d.items()))


class AuditDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(820, 480)
        self.window_ = window
        self.kind = named(QComboBox(), "auditKind")
        for code in KINDS:
            self.kind.addItem(texts.audit_kind(code) if code else self.tr("Everything"), code)
        self.kind.currentIndexChanged.connect(lambda _: self.reload())
        self.count = named(QLabel(), "auditCount")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.count)

        self.table = named(QTableWidget(0, 5), "auditTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Subject"),
                self.tr("Details"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        from collector_desk.services import audit

        desk, kind = self.window_.open_desk, str(self.kind.currentData() or "")

        def work(progress: Any) -> list[Any]:
            return audit.events(desk, kinds=[kind] if kind else (), limit=LIMIT)

        ops.runner_for(self).query(
            work,
            title=self.tr("Reading the audit log"),
            on_done=self.show_events,
            parent=self,
            quiet_ms=800,
        )

    def show_events(self, events: list[Any]) -> None:
        if not isValid(self):  # closed before the log was read
            return
        self.table.setRowCount(len(events))
        for r, e in enumerate(events):
            cells = (
                localtime.when(e.at, "%Y-%m-%d %H:%M:%S"),
                e.collector_id,
                texts.audit_kind(e.kind),
                e.contract_no or (e.subject[:8] if len(e.subject) == 36 else e.subject),
                describe(e),
            )
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setToolTip(e.subject)
                self.table.setItem(r, c, item)
        self.count.setText(self.tr("{n} events").format(n=len(events)))
