"""The practice call: the desk's layout on a made-up case.

scenario list and practice case | steps, conversation, replies | promise form, end the call

The simulated borrower (domain.practice.call.PracticeCall) runs in memory;
files are read and the finished attempt is saved through services on a worker
thread. Nothing is written to real cases.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from collector_desk.domain.practice.call import CallError, PracticeCall
from collector_desk.domain.practice.expect import STEP_ELEMENT
from collector_desk.domain.practice.render import CallSetup
from collector_desk.domain.practice.scoring import PromiseForm as FormValues
from collector_desk.domain.practice.scoring import ScoreCard, score_call
from collector_desk.domain.promise import PaymentMethod
from collector_desk.ui import ops
from collector_desk.ui.desk.promise_form import PromiseForm
from collector_desk.ui.practice import texts
from collector_desk.ui.practice.conversation import Conversation
from collector_desk.ui.practice.scenario_pane import ScenarioPane
from collector_desk.ui.practice.scorecard import ScoreCardDialog
from collector_desk.ui.practice.speech import BorrowerVoice
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.services.context import Desk


class PracticeCallView(QWidget):
    attempt_saved = Signal(object)  # the ChangeSet of the save
    card_shown = Signal(object)  # the ScoreCardDialog (tests close it)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.desk: Desk | None = None
        self.setup: CallSetup | None = None
        self.trainee = ""
        self.call: PracticeCall | None = None
        self.started_at: Any = None
        self.voice = BorrowerVoice(self)

        self.scenarios = ScenarioPane(lang, self)
        self.scenarios.start_requested.connect(self.start)
        self.talk = Conversation(lang, self)
        self.talk.say_reply.connect(lambda step, rid: self._answer(step, reply_id=rid))
        self.talk.say_text.connect(lambda step, text: self._answer(step, text=text))
        self.talk.skip_step.connect(self._skip)
        self.talk.step_chosen.connect(self._choose_step)
        self.talk.speak.setVisible(self.voice.available(texts.lang_of(lang)))

        self.form = PromiseForm(self)
        self.form.setTitle(self.tr("Promise to pay (practice)"))
        self.finish = named(QPushButton(self.tr("&End the call and score")), "practiceFinish")
        self.finish.clicked.connect(self.end_call)
        self.status = named(QLabel(), "practiceStatus")
        self.status.setWordWrap(True)
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.form)
        rlay.addWidget(self.finish)
        rlay.addWidget(self.status)
        rlay.addStretch(1)

        split = named(QSplitter(Qt.Orientation.Horizontal), "practiceSplitter")
        split.addWidget(self.scenarios)
        split.addWidget(self.talk)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 6)
        split.setStretchFactor(2, 3)
        split.setSizes([330, 640, 330])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(split)
        self._reset_form(None)
        self.finish.setEnabled(False)

    # --- loading -----------------------------------------------------------------------

    def attach(self, desk: Desk) -> None:
        self.desk = desk
        self.reload()

    def reload(self) -> None:
        desk = self.desk
        if desk is None:
            return

        def work(_progress: Any) -> Any:
            from collector_desk.services import practice

            return (
                practice.load_library(),
                practice.call_setup(desk),
                practice.default_trainee(desk),
            )

        def done(result: Any) -> None:
            library, setup, trainee = result
            self.setup, self.trainee = setup, trainee
            self.scenarios.set_library(
                library.scenarios, [str(p) for p in library.problems], library.sets
            )

        ops.runner_for(self).query(
            work,
            title=self.tr("Loading practice scenarios"),
            on_done=done,
            parent=self,
            quiet_ms=300,
        )

    # --- the call ----------------------------------------------------------------------

    def start(self, scenario_id: str) -> None:
        if self.setup is None or scenario_id not in self.scenarios.scenarios:
            return
        scenario = self.scenarios.scenarios[scenario_id]
        self.setup = replace(self.setup, today=self.desk.today() if self.desk else date.today())
        self.call = PracticeCall(scenario, self.setup)
        self.started_at = self.desk.now() if self.desk else None
        self.scenarios.show_case(scenario, self.setup.today)
        self._reset_form(scenario)
        self.finish.setEnabled(True)
        self.status.setText(self.tr("Practising as {name}.").format(name=self.trainee))
        self._refresh()
        self._speak()
        self.talk.candidates.setFocus()

    def _answer(self, step: int, *, reply_id: str | None = None, text: str | None = None) -> None:
        if self.call is None:
            return
        try:
            self.call.answer(step=step, reply_id=reply_id, text=text, lang=texts.lang_of(self.lang))
        except CallError as exc:
            self.status.setText(texts.call_error(exc.code))
            return
        self._refresh()
        self._speak()
        if self.call.ended:
            self.status.setText(texts.ended_by(self.call.ended_by or ""))

    def _skip(self, step: int) -> None:
        if self.call is not None and not self.call.ended:
            self.call.skip(step)
            self._refresh()

    def _choose_step(self, step: int) -> None:
        if self.call is not None and not self.call.ended:
            self.talk.show_step(self.call, step)
            self.form.highlight(STEP_ELEMENT.get(step))

    def _refresh(self) -> None:
        assert self.call is not None
        self.talk.set_call(self.call)
        self.form.highlight(STEP_ELEMENT.get(self.call.next_step) if not self.call.ended else None)

    def _speak(self) -> None:
        if self.call is None or not self.talk.speak.isChecked():
            return
        line = self.call.lines[-1]
        if line.who == "borrower":
            lang = texts.lang_of(self.lang)
            self.voice.say(line.text.pick(lang), lang, self.call.scenario.persona.temperament.value)

    # --- the promise form --------------------------------------------------------------

    def _reset_form(self, scenario: Any) -> None:
        if scenario is None or self.setup is None:
            self.form.set_case(None)
            return
        case = scenario.case
        detail = SimpleNamespace(
            debit_account=case.debit_account,
            debit_bank="",
            outstanding_fen=case.outstanding_fen,
            overdue_fen=case.overdue_fen,
        )
        # A wide date range: choosing a date beyond the window is a lesson, not a blocked field.
        self.form.set_case(
            detail, today=self.setup.today, window_days=60, lender_accounts=[self.setup.published]
        )
        self.form.window_days = self.call.window_days if self.call else self.setup.window_days

    def form_values(self) -> FormValues:
        method = self.form.method.currentData() or ""
        account = self.form.account.currentData() or ""
        fen = self.form.amount_fen()
        if not (method or account or fen):
            return FormValues()
        q: QDate = self.form.date.date()
        return FormValues(
            date(q.year(), q.month(), q.day()),
            fen,
            PaymentMethod(method) if method else None,
            account or None,
        )

    # --- the end -----------------------------------------------------------------------

    def end_call(self) -> None:
        call = self.call
        if call is None:
            return
        if not call.ended:
            ask = QMessageBox.question(
                self, self.tr("End the call"), self.tr("End the call now and see the score card?")
            )
            if ask != QMessageBox.StandardButton.Yes:
                return
            call.hang_up()
        card = score_call(call, self.form_values())
        self.finish.setEnabled(False)
        self._refresh()
        self._save(call, card)

    def _save(self, call: PracticeCall, card: ScoreCard) -> None:
        desk, trainee, started = self.desk, self.trainee, self.started_at

        def work(_progress: Any) -> Any:
            from collector_desk.services import practice

            doc = {**card.to_dict(), "transcript": practice.transcript(call)}
            if desk is None:
                return doc, None
            saved = practice.save_attempt(
                desk, trainee=trainee, call=call, card=card, started_at=started or desk.now()
            )
            return doc, saved.changes

        def done(result: Any) -> None:
            doc, changes = result
            if changes is not None:
                self.attempt_saved.emit(changes)
            self.show_card(
                doc, call.scenario.title.pick(texts.lang_of(self.lang)), call.scenario.id
            )

        # The result is (card, changes): `done` hands the changes on (attempt_saved).
        ops.runner_for(self).write(
            work, title=self.tr("Saving the attempt"), on_done=done, parent=self, quiet_ms=300
        )

    def show_card(self, doc: dict[str, Any], title: str, scenario_id: str) -> None:
        dialog = ScoreCardDialog(doc, lang=self.lang, title=title, parent=self)
        dialog.again.clicked.connect(lambda: self.start(scenario_id))
        self.card_shown.emit(dialog)
        dialog.open()
