"""The script panel: the nine steps of a call, one at a time, with the words filled in.

Step 1 asks whether the borrower is on the line; until the answer is "yes",
no later step (and so no debt detail) can be opened. "No" switches to the
third-party script. Step 3 offers the objection branches A-G; the ones chosen
are kept for the call outcome. The controller (call_controller.py) links
steps 4-7 to the promise form and step 9 to the outcome.

Before a case is overdue the panel shows a pre-due script instead (welcome
call, first-instalment reminder, class A/B/C reminder, due-day confirmation;
resources/scripts/reminders.json), chosen from the case's state; the collector
may switch between them. The nine steps are offered only on an overdue case.

Keys: Alt+Right / Ctrl+] next, Alt+Left / Ctrl+[ back, Alt+1..9 jump,
Alt+Y borrower on the line, Alt+N someone else, Ctrl+Shift+A..G objections.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.call_flow import STEP_COUNT, Objection
from collector_desk.ui import labels
from collector_desk.ui.desk import script_html
from collector_desk.ui.desk.script import (
    CallScript,
    PreDueScript,
    ScriptError,
    Step,
    fill,
    load,
    load_pre_due,
)
from collector_desk.ui.typed_qt import named

OVERDUE = "overdue"  # domain.script_choice.ScriptKind.OVERDUE


class ScriptPanel(QWidget):
    step_changed = Signal(int)  # the borrower script's step, 1..9
    identity_answered = Signal(bool)  # True: the borrower; False: a third party
    objections_changed = Signal(object)  # frozenset[Objection]
    outcome_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, lang: str = "zh_CN") -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self.lang = lang
        self.error = ""
        try:
            self.script: CallScript | None = load()
        except ScriptError as exc:
            self.script, self.error = None, self._script_error(exc)
        try:
            self.pre_due: dict[str, PreDueScript] = load_pre_due()
        except ScriptError as exc:
            self.pre_due, self.error = {}, self.error or self._script_error(exc)
        self.kind = OVERDUE
        self.pd_step = 1
        self.values: dict[str, str] = {}
        self.step = 1
        self.identity: bool | None = None
        self.third_party = False
        self.tp_step = 1
        self.chosen: set[Objection] = set()
        self.shown_branch: Objection | None = None
        self.active = False

        self.kind_box = named(QComboBox(), "scriptKind")
        self.kind_box.setToolTip(
            self.tr(
                "The script for this case's state; switch when the call is about something else"
            )
        )
        self.kind_box.activated.connect(lambda i: self.choose_kind(str(self.kind_box.itemData(i))))
        self.title = named(QLabel(), "scriptTitle")
        self.title.setStyleSheet("font-weight:bold;")
        self.progress = named(QProgressBar(), "scriptProgress")
        self.progress.setRange(0, STEP_COUNT)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.step_buttons: list[QToolButton] = []
        steps_row = QHBoxLayout()
        steps_row.setSpacing(2)
        for n in range(1, STEP_COUNT + 1):
            b = named(QToolButton(), f"scriptStep{n}")
            b.setText(str(n))
            b.setCheckable(True)
            b.setAutoRaise(True)
            b.setMinimumWidth(26)
            b.clicked.connect(lambda _=False, n=n: self.go(n))
            self.step_buttons.append(b)
            steps_row.addWidget(b)
        steps_row.addStretch(1)

        self.text = named(QTextBrowser(), "scriptText")
        self.text.setOpenLinks(False)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.is_borrower = named(QPushButton(self.tr("Yes, the borrower")), "scriptIsBorrower")
        self.is_borrower.setToolTip(self.tr("The borrower is on the line (Alt+Y)"))
        self.is_borrower.clicked.connect(lambda: self.answer_identity(True))
        self.not_borrower = named(QPushButton(self.tr("Not the borrower")), "scriptNotBorrower")
        self.not_borrower.setToolTip(self.tr("Someone else answered: third-party script (Alt+N)"))
        self.not_borrower.clicked.connect(lambda: self.answer_identity(False))
        self.identity_row = _row(self.is_borrower, self.not_borrower)

        self.branch_buttons: dict[Objection, QPushButton] = {}
        branch_grid = QGridLayout()
        branch_grid.setSpacing(3)
        for i, o in enumerate(Objection):
            ob = named(QPushButton(), f"scriptObjection{o.value}")
            ob.setCheckable(True)
            ob.clicked.connect(lambda _=False, o=o: self.toggle_objection(o))
            self.branch_buttons[o] = ob
            branch_grid.addWidget(ob, i // 4, i % 4)
        self.branch_box = named(QWidget(), "scriptObjections")
        self.branch_box.setLayout(branch_grid)
        branch_grid.setContentsMargins(0, 0, 0, 0)

        self.go_field = named(QPushButton(self.tr("Go to the form field")), "scriptGoToField")
        self.go_field.setToolTip(self.tr("Put the cursor in the field this step fills"))
        self.go_field.clicked.connect(lambda: self.step_changed.emit(self.step))
        self.record = named(QPushButton(self.tr("Record the outcome")), "scriptRecordOutcome")
        self.record.setToolTip(self.tr("After hanging up: the outcome on the right (Alt+R)"))
        self.record.clicked.connect(self.outcome_requested.emit)
        self.back_to_borrower = named(
            QPushButton(self.tr("The borrower came to the phone")), "scriptBorrowerOnLine"
        )
        self.back_to_borrower.clicked.connect(lambda: self.answer_identity(True))
        self.extras_row = _row(self.go_field, self.record, self.back_to_borrower)

        self.back = named(QPushButton(self.tr("◀ Back")), "scriptBack")
        self.back.setToolTip(self.tr("Previous step (Alt+Left or Ctrl+[)"))
        self.back.clicked.connect(self.go_back)
        self.next = named(QPushButton(self.tr("Next ▶")), "scriptNext")
        self.next.setToolTip(self.tr("Next step (Alt+Right or Ctrl+])"))
        self.next.clicked.connect(self.go_next)
        self.position = named(QLabel(), "scriptPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.position, 1)
        nav.addWidget(self.next)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(4)
        lay.addWidget(self.kind_box)
        lay.addWidget(self.title)
        lay.addWidget(self.progress)
        lay.addLayout(steps_row)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.identity_row)
        lay.addWidget(self.branch_box)
        lay.addWidget(self.extras_row)
        lay.addLayout(nav)
        self._shortcuts()
        self.reset(active=False)

    def _shortcuts(self) -> None:
        def bind(keys: str, slot: object) -> None:
            s = QShortcut(QKeySequence(keys), self.window() or self)
            s.setContext(Qt.ShortcutContext.WindowShortcut)
            s.activated.connect(slot)  # type: ignore[arg-type]

        for keys in ("Alt+Right", "Ctrl+]"):
            bind(keys, self.go_next)
        for keys in ("Alt+Left", "Ctrl+["):
            bind(keys, self.go_back)
        for n in range(1, STEP_COUNT + 1):
            bind(f"Alt+{n}", lambda n=n: self.go(n))
        bind("Alt+Y", lambda: self.answer_identity(True))
        bind("Alt+N", lambda: self.answer_identity(False))
        for o in Objection:
            bind(f"Ctrl+Shift+{o.value}", lambda o=o: self.toggle_objection(o))

    # --- state changes --------------------------------------------------------------------

    def reset(self, *, active: bool = True) -> None:
        """A new call: step 1, nobody verified yet, no objections."""
        self.active = active and self.script is not None
        self.step, self.identity, self.third_party, self.tp_step = 1, None, False, 1
        self.pd_step = 1
        self.chosen.clear()
        self.shown_branch = None
        self._render()

    def set_kind(self, kind: str, offered: list[str]) -> None:
        """The case's script (a ScriptKind value) and the ones the collector may switch to."""
        offered = [k for k in offered if k == OVERDUE or k in self.pre_due]
        self.kind_box.clear()
        for k in offered:
            title = (
                self.tr("Overdue call: nine steps")
                if k == OVERDUE
                else self._t(self.pre_due[k].title)
            )
            self.kind_box.addItem(title, k)
        self.kind_box.setVisible(len(offered) > 1)
        self.choose_kind(kind if kind in offered else (offered[0] if offered else OVERDUE))

    def choose_kind(self, kind: str) -> None:
        if kind != OVERDUE and kind not in self.pre_due:
            return
        self.kind = kind
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.pd_step = 1 if self.identity is not True else 2
        self._render()

    @property
    def pre_due_script(self) -> PreDueScript | None:
        return None if self.kind == OVERDUE else self.pre_due.get(self.kind)

    def set_values(self, values: Mapping[str, str]) -> None:
        self.values = dict(values)
        self._render()

    def can_open(self, n: int) -> bool:
        return self.active and not self.third_party and (n == 1 or self.identity is True)

    def go(self, n: int) -> None:
        pre = self.pre_due_script
        if pre is not None and not self.third_party:
            if self.active and 1 <= n <= len(pre.steps) and (n == 1 or self.identity is True):
                self.pd_step = n
                self._render()
            return
        if self.third_party:
            if self.script and 1 <= n <= len(self.script.third_party):
                self.tp_step = n
                self._render()
            return
        if not 1 <= n <= STEP_COUNT or not self.can_open(n):
            return
        self.step = n
        self._render()
        self.step_changed.emit(n)

    def go_next(self) -> None:
        if self.third_party:
            self.go(self.tp_step + 1)
        elif self.pre_due_script is not None:
            self.go(self.pd_step + 1)
        elif self.step == 1 and self.identity is None:
            return  # answer the identity question first
        else:
            self.go(self.step + 1)

    def go_back(self) -> None:
        if self.third_party:
            self.go(self.tp_step - 1)
        else:
            self.go((self.step if self.pre_due_script is None else self.pd_step) - 1)

    def answer_identity(self, borrower: bool) -> None:
        """Yes: the borrower is on the line (again, after a third party handed over).
        No: someone else; the third-party script takes over at any step."""
        if not self.active:
            return
        if borrower:
            handed_over = self.third_party
            if not handed_over and self.identity is True:
                return
            self.identity, self.third_party = True, False
            self.identity_answered.emit(True)
            self.go(1 if handed_over else 2)
            if not self.next.hasFocus():
                self.next.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not self.third_party:
            self.identity, self.third_party, self.tp_step = False, True, 1
            self.identity_answered.emit(False)
            self._render()

    def toggle_objection(self, o: Objection) -> None:
        if not self.can_open(3):
            return
        if self.step != 3:
            self.go(3)
        if o in self.chosen and self.shown_branch == o:
            self.chosen.discard(o)
            self.shown_branch = None
        else:
            self.chosen.add(o)
            self.shown_branch = o
        self._render()
        self.objections_changed.emit(frozenset(self.chosen))

    # --- drawing -----------------------------------------------------------------------------

    def _script_error(self, exc: ScriptError) -> str:
        """English mode shows the file's place as is; Chinese names the file alone."""
        if self.lang.startswith("en"):
            return str(exc)
        return self.tr(
            "The call script file {file} is written wrongly; reinstall Collector Desk."
        ).format(file=exc.file)

    def _t(self, texts: Mapping[str, str]) -> str:
        return fill(texts.get(self.lang) or texts.get("en", ""), self.values)

    def _render(self) -> None:
        s = self.script
        if s is None:
            self.title.setText(self.tr("The call script cannot be read"))
            self.text.setPlainText(self.error)
            for w in (self.identity_row, self.branch_box, self.extras_row):
                w.hide()
            self.back.setEnabled(False)
            self.next.setEnabled(False)
            return
        if self.third_party:
            self._render_third_party(s)
            return
        if self.pre_due_script is not None:
            self._render_pre_due(self.pre_due_script)
            return
        step = s.steps[self.step - 1]
        self.title.setText(
            self.tr("Step {n} of {total}: {title}").format(
                n=self.step, total=STEP_COUNT, title=self._t(step.title)
            )
        )
        self.progress.setValue(self.step if self.active else 0)
        self.position.setText(f"{self.step} / {STEP_COUNT}")
        for n, b in enumerate(self.step_buttons, start=1):
            b.setVisible(True)
            b.setChecked(n == self.step and self.active)
            b.setEnabled(self.can_open(n))
            b.setToolTip(f"{self._t(s.steps[n - 1].title)} (Alt+{n})")
        branch = ""
        if self.step == 3 and self.shown_branch is not None:
            branch = self._branch_html(self.shown_branch)  # first: it is what to say now
        body = self._step_html(step, before_lines=branch)
        if not self.active:
            body = script_html.muted(self.tr("Open a case to start the call script."))
        self.text.setHtml(body)
        self.identity_row.setVisible(self.active and self.step == 1)
        self.is_borrower.setEnabled(self.identity is not True)
        self.branch_box.setVisible(self.active and self.step == 3)
        for o, branch_button in self.branch_buttons.items():
            branch_of = next(x for x in s.objections if x.code is o)
            branch_button.setText(f"{o.value} {labels.objection_short(o.value)}")
            branch_button.setToolTip(
                self.tr("“{heard}” (Ctrl+Shift+{code})").format(
                    heard=self._t(branch_of.heard), code=o.value
                )
            )
            branch_button.setChecked(o in self.chosen)
        self.go_field.setVisible(self.active and step.fills is not None)
        self.record.setVisible(self.active and self.step == STEP_COUNT)
        self.back_to_borrower.setVisible(False)
        self.extras_row.setVisible(self.go_field.isVisibleTo(self) or self.record.isVisibleTo(self))
        self.back.setEnabled(self.active and self.step > 1)
        self.next.setEnabled(
            self.active and self.step < STEP_COUNT and self.can_open(self.step + 1)
        )

    def _render_third_party(self, s: CallScript) -> None:
        steps = s.third_party
        step = steps[self.tp_step - 1]
        self.title.setText(
            self.tr("{script} · {n}/{of}: {step}").format(
                script=self._t(s.third_party_title),
                n=self.tp_step,
                of=len(steps),
                step=self._t(step.title),
            )
        )
        self.progress.setValue(0)
        self.position.setText(f"{self.tp_step} / {len(steps)}")
        for b in self.step_buttons:
            b.setVisible(False)
        self.text.setHtml(
            script_html.warning(self._t(s.third_party_warning)) + self._step_html(step)
        )
        self.identity_row.hide()
        self.branch_box.hide()
        self.go_field.hide()
        self.record.setVisible(self.tp_step == len(steps))
        self.back_to_borrower.show()
        self.extras_row.show()
        self.back.setEnabled(self.tp_step > 1)
        self.next.setEnabled(self.tp_step < len(steps))

    def _render_pre_due(self, pre: PreDueScript) -> None:
        step = pre.steps[self.pd_step - 1]
        total = len(pre.steps)
        self.title.setText(f"{self._t(pre.title)} · {self.pd_step}/{total}: {self._t(step.title)}")
        self.progress.setValue(0)
        self.position.setText(f"{self.pd_step} / {total}")
        for b in self.step_buttons:
            b.setVisible(False)
        body = script_html.muted(self._t(pre.about), italic=True) + self._step_html(step)
        if not self.active:
            body = script_html.muted(self.tr("Open a case to start the call script."))
        self.text.setHtml(body)
        self.identity_row.setVisible(self.active and self.pd_step == 1)
        self.is_borrower.setEnabled(self.identity is not True)
        self.branch_box.hide()
        self.go_field.hide()
        self.record.setVisible(self.active and self.pd_step == total)
        self.back_to_borrower.setVisible(False)
        self.extras_row.setVisible(self.record.isVisibleTo(self))
        self.back.setEnabled(self.active and self.pd_step > 1)
        self.next.setEnabled(self.active and self.pd_step < total and self.identity is True)

    def _step_html(self, step: Step, before_lines: str = "") -> str:
        return script_html.step(
            self._t(step.goal),
            [self._t(x) for x in step.say],
            [self._t(tip) for tip in step.tips],
            before_lines,
        )

    def _branch_html(self, o: Objection) -> str:
        assert self.script is not None
        b = next(x for x in self.script.objections if x.code is o)
        head = self.tr("{code}: “{heard}”").format(code=o.value, heard=self._t(b.heard))
        technique = self.tr("Technique: {text}").format(text=self._t(b.technique))
        return script_html.branch(head, technique, [self._t(x) for x in b.say])


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    lay.addStretch(1)
    return box
