"""Left pane of the practice call: choose a scenario, see the practice case.

The case card shows only made-up data from the scenario file, under a banner
that says so; nothing here reads real cases.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.loan import band_for_dpd
from collector_desk.domain.money import format_fen
from collector_desk.domain.practice.model import Scenario
from collector_desk.domain.privacy import mask_account
from collector_desk.ui.practice import texts
from collector_desk.ui.typed_qt import named

BANNER = "background:#fff3c4;color:#5d4200;border:1px solid #e0a800;border-radius:3px;padding:4px;"


class ScenarioPane(QWidget):
    start_requested = Signal(str)  # scenario id

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.scenarios: dict[str, Scenario] = {}
        self.sets: dict[str, tuple[str, ...]] = {}
        self.set_box = named(QComboBox(), "practiceSet")
        self.set_box.setToolTip(self.tr("Scenario sets a trainer assigns"))
        self.set_box.currentIndexChanged.connect(lambda _i: self._fill())
        banner = QLabel(self.tr("Practice: a simulated borrower. No real case is touched."))
        banner.setObjectName("practiceBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(BANNER)
        self.list = named(QListWidget(), "practiceScenarioList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(
            lambda item: self.start_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.start = named(QPushButton(self.tr("&Start the call")), "practiceStart")
        self.start.setDefault(True)
        self.start.clicked.connect(self._start)
        self.random = named(QPushButton(self.tr("&Random")), "practiceRandom")
        self.random.setToolTip(self.tr("Pick a scenario at random and start"))
        self.random.clicked.connect(self._random)
        self.problems = named(QLabel(), "practiceProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color:#b3261e;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.card = named(QLabel(), "practiceCaseCard")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setStyleSheet(
            "background:#fafafa;border:1px solid #ddd;border-radius:3px;padding:6px;"
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.start, 1)
        buttons.addWidget(self.random)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(banner)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Scenarios")))
        heading.addWidget(self.set_box, 1)
        lay.addLayout(heading)
        lay.addWidget(self.list, 3)
        lay.addLayout(buttons)
        lay.addWidget(self.problems)
        lay.addWidget(self.card, 2)

    def set_library(
        self, scenarios: tuple[Scenario, ...], problems: list[str], sets: tuple[Any, ...] = ()
    ) -> None:
        lang = texts.lang_of(self.lang)
        self.scenarios = {s.id: s for s in scenarios}
        self.sets = {st.id: st.scenarios for st in sets}
        self.set_box.blockSignals(True)
        self.set_box.clear()
        self.set_box.addItem(self.tr("All scenarios"), "")
        for st in sets:
            self.set_box.addItem(st.title.pick(lang), st.id)
        self.set_box.setVisible(bool(sets))
        self.set_box.blockSignals(False)
        self._fill()
        self.problems.setVisible(bool(problems))
        self.problems.setText(
            self.tr("{n} scenario file(s) could not be loaded:").format(n=len(problems))
            + "\n"
            + "\n".join(problems[:8])
        )

    def _fill(self) -> None:
        lang = texts.lang_of(self.lang)
        chosen = self.set_box.currentData() or ""
        wanted = self.sets.get(chosen) if chosen else None
        shown = (
            [self.scenarios[i] for i in wanted if i in self.scenarios]
            if wanted
            else list(self.scenarios.values())
        )
        self.list.clear()
        for s in shown:
            item = QListWidgetItem(
                f"{s.title.pick(lang)}\n{texts.objection(s.objection.value)} · {texts.kind(s.persona.kind.value)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(s.summary.pick(lang))
            self.list.addItem(item)
        if shown:
            self.list.setCurrentRow(0)
        self.start.setEnabled(bool(shown))
        self.random.setEnabled(bool(shown))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _start(self) -> None:
        sid = self.current_id()
        if sid:
            self.start_requested.emit(sid)

    def _random(self) -> None:
        if self.list.count():
            self.list.setCurrentRow(random.randrange(self.list.count()))
            self._start()

    def _show_current(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            self.card.clear()
            return
        self.show_case(self.scenarios[str(item.data(Qt.ItemDataRole.UserRole))], date.today())

    def show_case(self, s: Scenario, today: date) -> None:
        lang = texts.lang_of(self.lang)
        p, c = s.persona, s.case
        rows = [
            (self.tr("Borrower"), p.name if lang == "zh" else p.name_en),
            (self.tr("Occupation"), p.occupation.pick(lang) if p.occupation else ""),
            (
                self.tr("Days past due"),
                self.tr("{dpd} ({band})").format(dpd=p.dpd, band=band_for_dpd(p.dpd)),
            ),
            (self.tr("Due date"), (today - timedelta(days=p.dpd)).isoformat()),
            (self.tr("Overdue"), format_fen(c.overdue_fen)),
            (self.tr("Outstanding"), format_fen(c.outstanding_fen)),
            (self.tr("Debit account"), mask_account(c.debit_account)),
            (self.tr("Debtor kind"), texts.kind(p.kind.value)),
            (
                self.tr("Means / will"),
                f"{texts.ability(p.ability.value)} / {texts.willingness(p.willingness.value)}",
            ),
            (self.tr("Temperament"), texts.temperament(p.temperament.value)),
        ]
        if s.third_party and p.relation:
            rows.append((self.tr("Who answers"), p.relation.pick(lang)))
        body = "".join(
            f"<tr><td style='color:#666;padding-right:8px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        heading = self.tr("Practice case")
        self.card.setText(
            f"<b>{escape(heading)}</b> · {escape(s.title.pick(lang))}"
            f"<table>{body}</table><p style='color:#444'>{escape(s.summary.pick(lang))}</p>"
        )
