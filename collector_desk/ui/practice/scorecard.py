"""The score card: the score, any automatic fail with the trainee's own words,
each step's result, and every lost point with its rule and playbook section.

Built from the card as stored (ScoreCard.to_dict() plus the transcript), so a
past attempt opens the same way as the one just finished.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from collector_desk.ui import labels
from collector_desk.ui.practice import texts
from collector_desk.ui.typed_qt import cell, named


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = named(QTableWidget(len(rows), len(headers)), name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for c in range(len(headers) - 1):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()
    return table


class ScoreCardDialog(QDialog):
    def __init__(
        self, doc: dict[str, Any], *, lang: str, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practiceScoreCard")
        self.setWindowTitle(self.tr("Score card"))
        self.resize(760, 620)
        self.doc = doc
        passed = bool(doc.get("passed"))
        colour = "#2e7d32" if passed else "#c62828"
        verdict = self.tr("Passed") if passed else self.tr("Not passed")
        head = named(QLabel(), "practiceScoreHead")
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        head.setText(
            f"<span style='font-size:28pt;color:{colour}'><b>{int(doc.get('score', 0))}</b></span>"
            f"<span style='font-size:12pt'> / 100 · <b style='color:{colour}'>{escape(verdict)}</b></span>"
            f"<br>{escape(title)}<br><span style='color:#555'>"
            + escape(
                labels.sentences(
                    self.tr("Pass mark {mark}, and no breach of the rules.").format(
                        mark=doc.get("pass_mark", 80)
                    ),
                    texts.ended_by(str(doc.get("ended_by", ""))),
                )
            )
            + "</span>"
        )
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        fails = doc.get("auto_fail") or []
        if fails:
            box = named(QLabel(), "practiceAutoFail")
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setWordWrap(True)
            box.setStyleSheet(
                "background:#ffebee;border:1px solid #c62828;border-radius:3px;padding:6px;"
            )
            opening, closing = ("(", "): ") if texts.lang_of(lang) == "en" else ("（", "）：")
            items = "".join(
                f"<li><b>{escape(texts.rule_message(d['rule'], d.get('params', {}), d.get('step')))}</b>"
                f" {opening}<a href='{escape(d['section'])}'>{escape(d['section'])}</a>{closing}"
                f"“{escape(d.get('quote', ''))}”</li>"
                for d in fails
            )
            box.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            box.linkActivated.connect(self.open_section)
            fail_title = self.tr("Automatic fail")
            box.setText(f"<b>{escape(fail_title)}</b><ul style='margin:2px'>{items}</ul>")
            lay.addWidget(box)
        elements = doc.get("elements") or {}
        if elements:
            got = [texts.element(k) for k, v in elements.items() if v]
            missing = [texts.element(k) for k, v in elements.items() if not v]
            sep = ", " if texts.lang_of(lang) == "en" else "、"
            line = self.tr("Captured: {got}").format(got=sep.join(got) or "-")
            if missing:
                line += "  " + self.tr("Missing: {missing}").format(missing=sep.join(missing))
            lay.addWidget(named(QLabel(line), "practiceElements"))

        tabs = QTabWidget()
        code = texts.lang_of(lang)
        names = {
            int(s["step"]): f"{s['step']}. {s['title'][code]}" if s.get("title") else str(s["step"])
            for s in doc.get("steps", [])
        }
        step_rows = [
            [
                names[int(s["step"])],
                texts.status(s["status"])
                + (" · " + self.tr("out of order") if s.get("out_of_order") else ""),
                f"-{s['points_lost']} / {s['max_points']}"
                if s["status"] != "not_applicable"
                else "",
            ]
            for s in doc.get("steps", [])
        ]
        self.steps = _table(
            [self.tr("Step"), self.tr("Result"), self.tr("Points lost")],
            step_rows,
            "practiceStepTable",
        )
        deduction_rows = [
            [
                f"-{d['points']}",
                d["section"],
                texts.rule_message(d["rule"], d.get("params", {}), d.get("step")),
                names.get(int(d["step"]), str(d["step"])) if d.get("step") else self.tr("form"),
                d.get("quote", ""),
            ]
            for d in doc.get("deductions", [])
        ]
        self.deductions = _table(
            [
                self.tr("Points"),
                self.tr("Section"),
                self.tr("Why"),
                self.tr("Step"),
                self.tr("Your words"),
            ],
            deduction_rows,
            "practiceDeductionTable",
        )
        link = QColor("#1565c0")
        for r in range(self.deductions.rowCount()):
            item = cell(self.deductions, r, 1)
            font = item.font()
            font.setUnderline(True)
            item.setFont(font)
            item.setForeground(link)
            item.setToolTip(self.tr("Open the course's rule {section}").format(section=item.text()))
        self.deductions.cellClicked.connect(self._cell_clicked)
        header = self.deductions.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 170)  # the step's name wraps; the reason keeps the room
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(4, 230)
        self.deductions.resizeRowsToContents()
        self.transcript = named(QTextBrowser(), "practiceCardTranscript")
        lang_code = texts.lang_of(lang)
        who = {"borrower": self.tr("Borrower"), "trainee": self.tr("You"), "note": ""}
        self.transcript.setHtml(
            "".join(
                f"<p><b>{escape(who.get(line['who'], ''))}</b> {escape(str(line.get(lang_code, '')))}</p>"
                for line in doc.get("transcript", [])
            )
        )
        tabs.addTab(self.deductions, self.tr("Lost points ({n})").format(n=len(deduction_rows)))
        tabs.addTab(self.steps, self.tr("Steps"))
        tabs.addTab(self.transcript, self.tr("Conversation"))
        lay.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.again = buttons.addButton(
            self.tr("Try &again"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.again.setObjectName("practiceTryAgain")
        self.rules = buttons.addButton(
            self.tr("The course's &rules"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.rules.setObjectName("practiceCourseRules")
        self.rules.clicked.connect(lambda: self.open_section(""))
        lay.addWidget(buttons)
        self.lang = lang
        self.course_page: QDialog | None = None

    def _cell_clicked(self, row: int, column: int) -> None:
        if column == 1:
            self.open_section(cell(self.deductions, row, 1).text())

    def open_section(self, ref: str) -> None:
        """The course's page for a § reference ("" for the first page), in the app."""
        from collector_desk.ui.practice.course_page import CoursePageDialog

        if self.course_page is not None and isValid(self.course_page):
            self.course_page.close()
        self.course_page = CoursePageDialog(ref, lang=self.lang, parent=self)
        self.course_page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.course_page.show()
