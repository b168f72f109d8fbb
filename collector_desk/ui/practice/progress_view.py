"""A trainee's progress: scores over time, points kept per step, rules broken most,
and the attempts themselves (double-click opens the score card)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.practice.rules import PASS_MARK
from collector_desk.ui import localtime, ops
from collector_desk.ui.practice import texts
from collector_desk.ui.practice.charts import BarChart, Point, RankChart, ScoreChart
from collector_desk.ui.practice.scorecard import ScoreCardDialog
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.services.context import Desk
    from collector_desk.services.practice import ProgressStats

TOP_RULES = 8


class ProgressView(QWidget):
    loaded = Signal()
    card_shown = Signal(object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.desk: Desk | None = None
        self.stats: ProgressStats | None = None
        self.titles: dict[str, str] = {}
        self.trainee = named(QComboBox(), "practiceTrainee")
        self.trainee.setEditable(True)
        self.trainee.setMinimumContentsLength(12)
        self.trainee.activated.connect(lambda _i: self.reload())
        self.summary = named(QLabel(), "practiceSummary")
        self.scores = ScoreChart(self.tr("Scores over time"), self)
        self.scores.setObjectName("practiceScoreChart")
        self.scores.empty_text = self.tr("No attempts yet")
        self.steps = BarChart(self.tr("Points kept per step (%)"), self)
        self.steps.setObjectName("practiceStepChart")
        self.steps.empty_text = self.tr("No attempts yet")
        self.rules = RankChart(self.tr("Rules broken most often"), self)
        self.rules.setObjectName("practiceRuleChart")
        self.rules.empty_text = self.tr("Nothing broken yet")
        self.table = named(QTableWidget(0, 4), "practiceAttempts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Scenario"), self.tr("Score"), self.tr("Result")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(self._open_attempt)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Trainee")))
        top.addWidget(self.trainee)
        top.addWidget(self.summary, 1)
        grid = QGridLayout()
        grid.addWidget(self.scores, 0, 0)
        grid.addWidget(self.steps, 0, 1)
        grid.addWidget(self.rules, 1, 0)
        grid.addWidget(self.table, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addLayout(grid, 1)

    def attach(self, desk: Desk, titles: dict[str, str] | None = None) -> None:
        self.desk = desk
        self.titles = titles or {}
        self.reload(first=True)

    def on_changed(self, changes: Any) -> None:
        if "practice" in getattr(changes, "kinds", ()):
            self.reload()

    def reload(self, *, first: bool = False) -> None:
        desk = self.desk
        if desk is None:
            return
        wanted = self.trainee.currentText().strip()

        def work(_progress: Any) -> Any:
            from collector_desk.services import practice

            names = list(practice.trainees(desk))
            me = practice.default_trainee(desk)
            who = wanted or me
            for name in (me, who):
                if name not in names:
                    names.insert(0, name)
            library = practice.load_library() if not self.titles else None
            return names, who, practice.progress(desk, who), library

        def done(result: Any) -> None:
            names, who, stats, library = result
            if library is not None:
                lang = texts.lang_of(self.lang)
                self.titles = {s.id: s.title.pick(lang) for s in library.scenarios}
            self.trainee.blockSignals(True)
            self.trainee.clear()
            self.trainee.addItems(names)
            self.trainee.setCurrentText(who)
            self.trainee.blockSignals(False)
            self.show_stats(stats)
            self.loaded.emit()

        ops.runner_for(self).query(
            work, title=self.tr("Loading progress"), on_done=done, parent=self, quiet_ms=300
        )

    def show_stats(self, stats: ProgressStats) -> None:
        self.stats = stats
        n = len(stats.attempts)
        self.summary.setText(
            self.tr("{n} attempts, {passed} passed, best {best}").format(
                n=n, passed=stats.passed, best=stats.best if stats.best is not None else "-"
            )
        )
        points = [
            Point(
                localtime.when(a.started_at, "%m-%d"),  # the lender's day, as Today's
                a.score,
                a.passed,
                f"{localtime.when(a.started_at)} {self.titles.get(a.scenario_id, a.scenario_id)}: {a.score}",
            )
            for a in stats.attempts
        ]
        self.scores.set_points(points, PASS_MARK)
        self.steps.set_bars([(str(step), kept) for step, kept in stats.step_kept.items()])
        self.rules.set_rows(
            [(f"{texts.rule_title(r.rule)} {r.section}", r.count) for r in stats.rules[:TOP_RULES]]
        )
        self.table.setRowCount(n)
        for row, a in enumerate(reversed(stats.attempts)):
            when = localtime.when(a.started_at)
            values = [
                when,
                self.titles.get(a.scenario_id, a.scenario_id),
                str(a.score),
                self.tr("Passed") if a.passed else self.tr("Not passed"),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)

    def _open_attempt(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        desk = self.desk
        if item is None or desk is None:
            return
        attempt_id = str(item.data(Qt.ItemDataRole.UserRole))
        title_item = self.table.item(row, 1)
        title = title_item.text() if title_item is not None else ""

        def work(_progress: Any) -> Any:
            from collector_desk.services import practice

            return practice.attempt_card(desk, attempt_id)

        def done(doc: dict[str, Any]) -> None:
            dialog = ScoreCardDialog(doc, lang=self.lang, title=title, parent=self)
            dialog.again.hide()
            self.card_shown.emit(dialog)
            dialog.open()

        ops.runner_for(self).query(
            work, title=self.tr("Opening the attempt"), on_done=done, parent=self, quiet_ms=300
        )
