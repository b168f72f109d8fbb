"""The course's rules in the app's own words: every page the score card's §
references cite, one after the other; opening it at "§7.6" shows that page first
and marks it."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from collector_desk.services.practice import course_section, course_sections
from collector_desk.ui.practice import texts
from collector_desk.ui.typed_qt import named


def anchor(section_id: str) -> str:
    return "s" + section_id.removeprefix("§").replace(".", "-")


class CoursePageDialog(QDialog):
    def __init__(self, ref: str, *, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceCoursePage")
        self.setWindowTitle(self.tr("The course's rules"))
        self.resize(640, 560)
        code = texts.lang_of(lang)
        target = course_section(ref) if ref else None
        self.shown = target.id if target is not None else ""
        parts = []
        for s in course_sections():
            mark = " style='background:#fff8e1'" if s.id == self.shown else ""
            paragraphs = "".join(f"<p>{escape(p)}</p>" for p in s.body.pick(code).splitlines())
            parts.append(
                f"<div{mark}><a name='{anchor(s.id)}'></a>"
                f"<h3>{escape(s.id)} {escape(s.title.pick(code))}</h3>{paragraphs}</div>"
            )
        self.browser = named(QTextBrowser(), "practiceCourseText")
        self.browser.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)
        if self.shown:
            self.browser.scrollToAnchor(anchor(self.shown))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # QWidget.showEvent
        super().showEvent(event)
        if self.shown:  # the layout is known only once shown
            self.browser.scrollToAnchor(anchor(self.shown))
