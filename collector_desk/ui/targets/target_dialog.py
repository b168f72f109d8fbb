"""The supervisor sets the month's targets: amount and kept rate per collector.

Each changed row is one `services.targets.set_target` (last writer wins, audited),
all of them in one op on the worker; the tab reloads from the broadcast."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from collector_desk.ui import ops
from collector_desk.ui.typed_qt import named

MAX_YUAN = 100_000_000.0


class TargetsDialog(QDialog):
    def __init__(
        self,
        window: Any,
        month: str,
        members: list[Any],
        report: Any | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent or window)
        self.setObjectName("targetsDialog")
        self.setWindowTitle(
            QCoreApplication.translate("Targets", "Targets for {month}").format(month=month)
        )
        self.window_ = window
        self.month = month
        self.members = members
        current = {}
        if report is not None and report.month == month:
            current = {f.collector_id: (f.target_fen, f.target_kept_pct) for f in report.collectors}
        self._before: dict[str, tuple[int, int]] = {}
        self.table = named(QTableWidget(len(members), 3), "targetsDialogTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Targets", "Collector"),
                QCoreApplication.translate("Targets", "Amount to collect (yuan)"),
                QCoreApplication.translate("Targets", "Kept rate %"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.amounts: list[QDoubleSpinBox] = []
        self.kept: list[QSpinBox] = []
        for r, m in enumerate(members):
            fen, pct = current.get(m.id, (0, 0))
            self._before[m.id] = (fen, pct)
            item = QTableWidgetItem(f"{m.id} {m.name}")
            self.table.setItem(r, 0, item)
            amount = named(QDoubleSpinBox(), f"targetAmount_{m.id}")
            amount.setRange(0, MAX_YUAN)
            amount.setDecimals(2)
            amount.setGroupSeparatorShown(True)
            amount.setPrefix("¥")
            amount.setValue(fen / 100)
            kept = named(QSpinBox(), f"targetKept_{m.id}")
            kept.setRange(0, 100)
            kept.setSuffix("%")
            kept.setValue(pct)
            self.table.setCellWidget(r, 1, amount)
            self.table.setCellWidget(r, 2, kept)
            self.amounts.append(amount)
            self.kept.append(kept)
        note = QLabel(
            QCoreApplication.translate(
                "Targets",
                "Every change is recorded in the audit log and travels in the next bundle.",
            ),
            wordWrap=True,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.error = named(QLabel(wordWrap=True), "targetsDialogError")
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(560, 420)

    def changes(self) -> list[tuple[str, int, int]]:
        """(collector, amount fen, kept %) of the rows that differ from what was set."""
        out = []
        for m, amount, kept in zip(self.members, self.amounts, self.kept, strict=True):
            fen = round(amount.value() * 100)
            if (fen, kept.value()) != self._before[m.id]:
                out.append((m.id, fen, kept.value()))
        return out

    def save(self) -> None:
        todo, desk, month = self.changes(), self.window_.desk, self.month
        if not todo:
            self.accept()
            return
        self.buttons.setEnabled(False)

        def work(progress: Any) -> Any:
            from collector_desk.services import targets
            from collector_desk.services.context import ChangeSet

            changes = ChangeSet()
            for who, fen, pct in todo:
                changes = changes | targets.set_target(
                    desk, who, month, amount_fen=fen, kept_rate_pct=pct
                )
            return changes

        def failed(exc: BaseException) -> None:
            if isValid(self):
                from collector_desk.ui.shell.errors import failure_line

                self.buttons.setEnabled(True)
                self.error.setText(failure_line(exc))  # a TargetError is worded from its code

        ops.runner_for(self).write(
            work,
            title=QCoreApplication.translate("Targets", "Saving the targets"),
            on_done=lambda _r: self.accept() if isValid(self) else None,
            on_error=failed,
            parent=self,
        )
