"""Middle pane of the practice call: the nine steps, the conversation so far,
the candidate replies and a box for the trainee's own words."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.practice.call import PracticeCall
from collector_desk.ui.practice import texts
from collector_desk.ui.typed_qt import named

STEP_STYLE = {
    "current": "background:#1565c0;color:white;font-weight:bold;",
    "done": "background:#c8e6c9;",
    "skipped": "background:#eeeeee;color:#999;",
    "todo": "",
    "off": "color:#bbb;",
}


class Conversation(QWidget):
    say_reply = Signal(int, str)  # step, reply id
    say_text = Signal(int, str)  # step, typed words
    skip_step = Signal(int)
    step_chosen = Signal(int)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.step = 1
        self.steps: dict[int, QToolButton] = {}
        strip = QHBoxLayout()
        strip.setSpacing(2)
        self.group = QButtonGroup(self)
        for n in range(1, 10):
            b = named(QToolButton(), f"practiceStep{n}")
            b.setText(str(n))
            b.setCheckable(True)
            b.setMinimumWidth(30)
            b.clicked.connect(lambda _=False, n=n: self.step_chosen.emit(n))
            self.group.addButton(b, n)
            self.steps[n] = b
            strip.addWidget(b)
        strip.addStretch(1)
        self.hint = named(QLabel(), "practiceHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.transcript = named(QTextBrowser(), "practiceTranscript")
        self.transcript.setOpenLinks(False)
        self.candidates = named(QListWidget(), "practiceCandidates")
        self.candidates.setWordWrap(True)
        self.candidates.setAlternatingRowColors(True)
        self.candidates.itemActivated.connect(lambda _i: self._say_choice())
        self.typed = named(QPlainTextEdit(), "practiceTyped")
        self.typed.setPlaceholderText(self.tr("Or type what you would say (Ctrl+Enter)"))
        self.typed.setFixedHeight(64)
        self.say = named(QPushButton(self.tr("Say the &chosen reply")), "practiceSay")
        self.say.clicked.connect(self._say_choice)
        self.say_typed = named(QPushButton(self.tr("Say &my words")), "practiceSayTyped")
        self.say_typed.clicked.connect(self._say_typed)
        self.skip = named(QPushButton(self.tr("S&kip this step")), "practiceSkip")
        self.skip.clicked.connect(lambda: self.skip_step.emit(self.step))
        self.speak = named(QCheckBox(self.tr("Speak the borrower")), "practiceSpeak")
        self.speak.hide()
        QShortcut(QKeySequence("Ctrl+Return"), self.typed).activated.connect(self._say_typed)

        buttons = QHBoxLayout()
        buttons.addWidget(self.say)
        buttons.addWidget(self.say_typed)
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.speak)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(strip)
        lay.addWidget(self.hint)
        lay.addWidget(self.transcript, 7)
        lay.addWidget(QLabel(self.tr("Your reply")))
        lay.addWidget(self.candidates, 2)
        lay.addWidget(self.typed)
        lay.addLayout(buttons)
        self.set_call(None)

    # --- showing ---------------------------------------------------------------------

    def set_call(self, call: PracticeCall | None) -> None:
        live = call is not None and not call.ended
        for w in (self.candidates, self.typed, self.say, self.say_typed, self.skip):
            w.setEnabled(live)
        if call is None:
            idle = self.tr("Choose a scenario and start the call.")
            self.transcript.setHtml(f"<p style='color:#777'>{escape(idle)}</p>")
            self.candidates.clear()
            self.hint.clear()
            for b in self.steps.values():
                b.setStyleSheet(STEP_STYLE["off"])
            return
        self.show_step(call, call.next_step)
        self._transcript(call)

    def show_step(self, call: PracticeCall, step: int) -> None:
        self.step = step
        lang = texts.lang_of(self.lang)
        said = {t.step for t in call.turns if not t.skipped}
        skipped = {t.step for t in call.turns if t.skipped} - said
        for n, b in self.steps.items():
            title = call.scenario.step(n).title
            b.setToolTip(f"{n}. {title.pick(lang)}" if title else str(n))
            state = (
                "off"
                if n not in call.scenario.applicable
                else "current"
                if n == step and not call.ended
                else "done"
                if n in said
                else "skipped"
                if n in skipped
                else "todo"
            )
            b.setStyleSheet(STEP_STYLE[state])
            b.setChecked(n == step)
        script = call.scenario.step(step)
        step_title = script.title.pick(lang) if script.title else ""
        hint = script.hint.pick(lang) if script.hint else ""
        head = self.tr("Step {n}: {title}").format(n=step, title=step_title)
        no_step = self.tr("This call has no such step.")
        note = "" if step in call.scenario.applicable else f"<br><i>{escape(no_step)}</i>"
        self.hint.setText(
            f"<b>{escape(head)}</b> <span style='color:#555'>{escape(hint)}</span>{note}"
        )
        self.candidates.clear()
        for i, c in enumerate(call.candidates(step), start=1):
            item = QListWidgetItem(f"{i}. {c.text.pick(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.candidates.addItem(item)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)

    def you(self, step: int) -> str:
        return self.tr("You, step {n}").format(n=step)

    def _transcript(self, call: PracticeCall) -> None:
        lang = texts.lang_of(self.lang)
        borrower = self.tr("Borrower")
        rows = []
        for line in call.lines:
            text = escape(line.text.pick(lang))
            if line.who == "borrower":
                rows.append(
                    f"<table width='100%'><tr><td width='78%' style='background:#eceff1;padding:5px'>"
                    f"<span style='color:#607d8b'>{escape(borrower)}</span><br>{text}</td><td></td></tr></table>"
                )
            elif line.who == "trainee":
                rows.append(
                    f"<table width='100%'><tr><td></td><td width='78%' style='background:#e3f2fd;padding:5px'>"
                    f"<span style='color:#1565c0'>{escape(self.you(line.step))}</span><br>{text}</td></tr></table>"
                )
            else:
                rows.append(f"<p align='center' style='color:#999'>{text}</p>")
        if call.ended:
            rows.append(
                f"<p align='center'><b>{escape(texts.ended_by(call.ended_by or ''))}</b></p>"
            )
        self.transcript.setHtml("".join(rows))
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    # --- acting ------------------------------------------------------------------------

    def _say_choice(self) -> None:
        item = self.candidates.currentItem()
        if item is not None and self.say.isEnabled():
            self.say_reply.emit(self.step, str(item.data(Qt.ItemDataRole.UserRole)))

    def _say_typed(self) -> None:
        text = self.typed.toPlainText().strip()
        if text and self.say_typed.isEnabled():
            self.say_text.emit(self.step, text)
            self.typed.clear()
