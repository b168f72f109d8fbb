"""The case pane's "Strategy" tab: what the course advises for the case's overdue
band, and the tracing checklist for a borrower who cannot be reached.

The texts come from resources/strategy/ in the window's language. Ticking a
tracing step is a TaskDone fact; "lost contact" is a register on the borrower
(it puts the case in the worklist's tracing section).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from collector_desk.ui.typed_qt import named
from collector_desk.ui.worklist import texts

if TYPE_CHECKING:
    from collector_desk.services.case_detail import CaseDetail
    from collector_desk.services.worklist_tasks import TraceItem
    from collector_desk.ui.main_window import MainWindow


class _StepLabel(QLabel):
    """A step's wrapping text; a click on it ticks its box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # QWidget.mousePressEvent
        if self.box.isEnabled():
            self.box.toggle()
        super().mousePressEvent(event)


class StrategyPanel(QScrollArea):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setObjectName("strategyPanel")
        self.window_ = window
        self.detail: CaseDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

        self.strategy = named(QLabel(), "strategyText")
        self.strategy.setWordWrap(True)
        self.strategy.setTextFormat(Qt.TextFormat.RichText)
        self.strategy.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.strategy.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lost = QCheckBox(self.tr("Lost contact: no working way to reach the borrower"))
        self.lost.setObjectName("strategyLost")
        self.lost.toggled.connect(self._lost_toggled)
        self.trace_title = named(QLabel(self.tr("<b>Tracing checklist</b>")), "traceTitle")
        # One row per step: a box and a wrapping label (a list widget would scroll
        # inside the scrolling tab).
        self.steps = named(QWidget(), "traceSteps")
        self.steps_layout = QGridLayout(self.steps)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.steps_layout.setColumnStretch(1, 1)
        self.step_boxes: dict[str, QCheckBox] = {}

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.strategy)
        lay.addSpacing(6)
        lay.addWidget(self.lost)
        lay.addWidget(self.trace_title)
        lay.addWidget(self.steps)
        lay.addStretch(1)
        self.setWidget(body)
        self.show_case(None)

    # --- filling --------------------------------------------------------------------------

    def show_case(self, detail: CaseDetail | None) -> None:
        fresh = detail is not self.detail  # a new read: the checklist came with it
        self.detail = detail
        desk = self.window_.desk
        if detail is None or desk is None:
            self.strategy.setText(
                "<span style='color:#666'>"
                + self.tr("Open a case to see its strategy.")
                + "</span>"
            )
            self.lost.setEnabled(False)
            self._clear_steps()
            return
        self.strategy.setText(self._strategy_html(detail))
        self._fill_trace(detail, at_open=fresh)

    def _strategy_html(self, d: CaseDetail) -> str:
        from collector_desk.services.worklist_tasks import band_strategy

        if d.dpd <= 0:
            due = d.next_due_on.isoformat() if d.next_due_on else "-"
            return (
                "<p>"
                + self.tr(
                    "Not overdue. Next due date {due}: remind before it (see Today) and confirm "
                    "on the day, 15:00-16:00."
                ).format(due=html.escape(due))
                + "</p>"
            )
        s = band_strategy(d.band, self.window_.lang)
        if s is None:
            return ""
        points = "".join(f"<li>{html.escape(p)}</li>" for p in s.points)
        goal, channels, cadence = self.tr("Goal"), self.tr("Channels"), self.tr("Cadence")
        return (
            f"<p style='font-size:110%'><b>{html.escape(s.title)}</b></p>"
            f"<p><b>{goal}:</b> {html.escape(s.goal)}</p>"
            f"<ul style='margin-left:-20px'>{points}</ul>"
            f"<p><b>{channels}:</b> {html.escape(' · '.join(s.channels))}<br>"
            f"<b>{cadence}:</b> {html.escape(s.cadence)}</p>"
        )

    def _fill_trace(self, d: CaseDetail, *, at_open: bool = False) -> None:
        """The trace checklist reads the case's done tasks: on a worker, unless the
        case was just read and they with it (`at_open`, CaseDetail.at_open)."""
        from collector_desk.services.worklist_tasks import trace_of, trace_panel

        desk, lang = self.window_.open_desk, self.window_.lang
        if at_open and d.at_open is not None:
            self.window_.ops.supersede(f"strategy-trace-{id(self)}")
            lost, steps = d.at_open.lost_contact, trace_of(d.at_open.tasks, lang)

            def show() -> None:  # a turn of its own, as a worker's answer: the pane's is long
                if self.detail is d:
                    self._show_trace(d, lost, steps)

            QTimer.singleShot(0, self, show)
            return

        def shown(result: tuple[bool, list[TraceItem]]) -> None:
            if self.detail is not None and self.detail.loan_id == d.loan_id:
                self._show_trace(d, *result)

        self.window_.ops.query(
            lambda _progress: trace_panel(desk, d.loan_id, d.borrower_id, lang),
            on_done=shown,
            key=f"strategy-trace-{id(self)}",
            parent=self,
        )

    def _show_trace(self, d: CaseDetail, marked: bool, steps: list[TraceItem]) -> None:
        own_invalid = bool(d.phones) and all(p.status == "invalid" for p in d.phones)
        self.lost.blockSignals(True)
        self.lost.setChecked(marked or own_invalid)
        self.lost.setEnabled(not own_invalid)
        self.lost.setToolTip(self.tr("Every own number is marked invalid.") if own_invalid else "")
        self.lost.blockSignals(False)
        self._clear_steps()
        for row, step in enumerate(steps):
            box = named(QCheckBox(), f"trace_{step.code}")
            box.setChecked(step.done)
            box.toggled.connect(lambda on, code=step.code: self._step_changed(code, on))
            label = _StepLabel(step.text, box)
            if step.company_only:
                tip = self.tr("Only the company may do this: ask your supervisor.")
                box.setToolTip(tip)
                label.setToolTip(tip)
                label.setStyleSheet("color:#666")
            self.steps_layout.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            self.steps_layout.addWidget(label, row, 1)
            self.step_boxes[step.code] = box
        tracing = self.lost.isChecked()
        self.trace_title.setEnabled(tracing)
        self.steps.setEnabled(tracing)

    # --- acting --------------------------------------------------------------------------------

    def _lost_toggled(self, on: bool) -> None:
        from collector_desk.services.worklist_tasks import set_lost_contact

        desk = self.window_.desk
        if desk is None or self.detail is None:
            return
        borrower_id = self.detail.borrower_id
        self.steps.setEnabled(on)
        self.trace_title.setEnabled(on)
        self.window_.ops.write(
            lambda progress: set_lost_contact(
                desk, borrower_id, on, reason="marked in the case pane"
            ),
            title=self.tr("Marking lost contact") if on else self.tr("Clearing lost contact"),
            parent=self,
        )

    def _clear_steps(self) -> None:
        while self.steps_layout.count():
            taken = self.steps_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.step_boxes = {}

    def _step_changed(self, code: str, done: bool) -> None:
        from collector_desk.services.worklist_tasks import mark_done

        desk = self.window_.desk
        if desk is None or self.detail is None:
            return
        loan_id = self.detail.loan_id

        def saved(_changes: object) -> None:
            self.window_.status_message(
                texts.section("trace")
                + ": "
                + (self.tr("step done") if done else self.tr("step reopened"))
            )

        self.window_.ops.write(
            lambda progress: mark_done(desk, "trace", loan_id, code, undo=not done),
            title=self.tr("Saving a tracing step"),
            on_done=saved,
            parent=self,
        )
