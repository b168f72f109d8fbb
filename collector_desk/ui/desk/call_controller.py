"""One call as one conversation: links the case pane, the script, the promise
form and the outcome, and saves the call through services.calls.record_call.

The script's steps 4-7 put the cursor in the form field they fill; step 8
reads the form back; the form's values flow into the script's placeholders;
the objections chosen at step 3 tick the outcome's boxes. A "not the
borrower" answer hides amounts in the pane, disables the form and presets the
outcome to "third party reached". Saving writes the outcome and the promise in
one unit of work, then broadcasts the change set so every view refreshes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from collector_desk.domain.call_flow import STEP_FIELD, Disposition, Objection, OverdueReason
from collector_desk.domain.changes import ChangeKind
from collector_desk.domain.money import format_fen
from collector_desk.domain.promise import DEFAULT_WINDOW_DAYS
from collector_desk.errors import safe_text
from collector_desk.ui import labels
from collector_desk.ui.desk.script import case_values
from collector_desk.ui.shell.errors import failure_line
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.services.case_detail import CaseDetail
    from collector_desk.services.context import Desk
    from collector_desk.ui.main_window import MainWindow

SAVED_MESSAGE_MS = 5000  # "Call saved" stays this long before other messages show

log = logging.getLogger(__name__)
# Change kinds that can alter what the case pane shows (a reveal, a setting or the
# calendar cannot).
DETAIL_KINDS = frozenset(
    {
        ChangeKind.CASE,
        ChangeKind.CALL,
        ChangeKind.PROMISE,
        ChangeKind.PAYMENT,
        ChangeKind.DEBIT,
        ChangeKind.NOTE,
        ChangeKind.ATTEMPT,
        ChangeKind.FLAGS,
        ChangeKind.ASSIGNMENT,
        ChangeKind.SYNC,
        ChangeKind.DAY,
    }
)


class CallController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk: Desk | None = None
        self.detail: CaseDetail | None = None
        self.started_at: datetime | None = None
        self.settings: dict[str, Any] = {}
        # loan id -> (script kind, kinds offered), read with the case on its worker
        self._suggested: dict[str, tuple[str, list[str]]] = {}
        self.saving = False
        self.pane = window.case_pane
        self.script = window.script_panel
        self.form = window.promise_form
        self.outcome = window.call_outcome

        self.script.step_changed.connect(self._step_changed)
        self.script.identity_answered.connect(self._identity_answered)
        self.script.objections_changed.connect(self._objections_changed)
        self.script.outcome_requested.connect(self.focus_outcome)
        self.form.edited.connect(self._form_edited)
        self.outcome.disposition_changed.connect(self._disposition_changed)
        self.outcome.save.clicked.connect(self.save)

        self.save_action = named(QAction(self.tr("&Save the call"), self), "actionSaveCall")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.outcome_action = QAction(self.tr("Record the &outcome"), self)
        self.outcome_action.setObjectName("actionOutcome")
        self.outcome_action.setShortcut(QKeySequence("Alt+R"))
        self.outcome_action.triggered.connect(self.focus_outcome)
        for action in (self.save_action, self.outcome_action):
            window.addAction(action)

    def actions(self) -> list[QAction]:
        return [self.save_action, self.outcome_action]

    def attach(self, desk: Desk) -> None:
        self.desk = desk

    # --- opening a case ------------------------------------------------------------------

    def open_case(self, loan_id: str) -> None:
        if self.desk is None:
            return
        switching = self.detail is not None and self.detail.loan_id != loan_id
        if switching and self.call_in_progress() and not self.confirm_discard():
            return
        # Read on a worker; the case shown stays until this one is in. A newer open
        # supersedes this one (Up/Down then Enter fast: only the last case opens).
        self._load(loan_id, self._opened, key="case-detail")

    def _opened(self, detail: CaseDetail) -> None:
        if self.desk is None:
            return
        loan_id = detail.loan_id
        self.settings = self.desk.settings()
        self.detail = detail
        today = self.desk.today()
        self.pane.set_third_party(False)
        self.form.set_third_party(False)
        self.outcome.set_third_party(False)
        self.pane.show_detail(detail, today)
        self.form.set_case(
            detail,
            today=today,
            window_days=self._window_days(),
            lender_accounts=[str(a) for a in self.settings.get("lender_accounts") or []],
        )
        self.outcome.set_case(detail)
        self.script.reset(active=True)
        self._choose_script(loan_id)
        self._update_script_values()
        self.started_at = self.desk.now()
        self.window.case_list.select_loan(loan_id)
        self.script.is_borrower.setFocus(Qt.FocusReason.OtherFocusReason)
        self.window.status_message(
            self.tr("Call on {name}, contract {contract}: confirm who answers first.").format(
                name=detail.borrower_masked, contract=detail.contract_no
            )
        )

    def _choose_script(self, loan_id: str) -> None:
        """The script the case's state calls for (read with the case, on its worker)."""
        kind, offered = self._suggested.get(loan_id, ("", []))
        if kind:
            self.script.set_kind(kind, offered)

    def _load(self, loan_id: str, then: Callable[[CaseDetail], None], *, key: str) -> None:
        """Read the case off the GUI thread, then `then(detail)` on it."""
        from collector_desk.services import case_detail

        desk = self.desk
        assert desk is not None

        def failed(exc: BaseException) -> None:
            if isinstance(exc, KeyError):
                self.window.status_message(self.tr("That case no longer exists."))
            else:
                log.error("reading case failed: %s", safe_text(exc))
                self.window.status_message(
                    self.tr("The case could not be read: {error}").format(error=failure_line(exc))
                )

        def read(_progress: object) -> CaseDetail:
            from collector_desk.services.call_scripts import offered

            # the case and its script together: one statement on a team's server
            opened = case_detail.open_case(desk, loan_id)
            kind = opened.script
            suggested[loan_id] = (kind.value, [k.value for k in offered(kind)])
            return opened.detail

        suggested = self._suggested
        self.window.ops.query(
            read,
            on_done=then,
            on_error=failed,
            title=self.tr("Opening the case"),
            key=key,
            parent=self.window,
        )

    def _window_days(self) -> int:
        try:
            return int(self.settings.get("promise_window_days") or DEFAULT_WINDOW_DAYS)
        except (TypeError, ValueError):
            return DEFAULT_WINDOW_DAYS

    def will_show_afresh(self, changes: Any) -> bool:
        """This change set brings the case pane a fresh detail of the open case (our own
        save reopens it; on_changed reloads it): what follows the pane (the reach bar,
        the strategy tab) waits for that detail, which carries their first reads."""
        if self.detail is None or self.desk is None:
            return False
        if self.saving:
            return True
        touched = self.detail.loan_id in changes.loans or not changes.loans
        return bool(changes.touches(DETAIL_KINDS)) and touched

    def on_changed(self, changes: Any) -> None:
        """Another view (or this one) wrote something: refresh the open case's facts."""
        if self.detail is None or self.desk is None or self.saving:
            return  # while our own save is delivered: its on_done opens the case afresh
        if self.will_show_afresh(changes):
            loan_id = self.detail.loan_id

            def refreshed(detail: CaseDetail) -> None:
                if self.desk is None or self.saving:
                    return
                if self.detail is None or self.detail.loan_id != loan_id:
                    return  # another case is open now (or none): this one is not shown
                self.detail = detail
                self.pane.show_detail(detail, self.desk.today())
                self._update_script_values()

            # Its own key: a refresh never supersedes the user's opening of another case.
            self._load(loan_id, refreshed, key="case-detail-refresh")

    # --- the conversation ------------------------------------------------------------------

    def _update_script_values(self) -> None:
        if self.detail is None or self.desk is None:
            return
        lang = self.script.lang
        script = self.script.script
        if script is None:
            return
        values = case_values(
            script,
            self.detail,
            lang=lang,
            today=self.desk.today(),
            lender=str(self.settings.get("lender_name") or ""),
            collector_name=str(self.settings.get("collector_name") or ""),
            window_days=self._window_days(),
        )
        values.update(self.form.script_values(lang, script))
        self.script.set_values(values)

    def _step_changed(self, step: int) -> None:
        field = STEP_FIELD.get(step)
        if step == 5:
            self.form.prefill_amount()
        self.form.highlight(field, focus=field is not None)
        if step >= 8 and not self.outcome.disposition_code() and self.form.touched:
            terms, errors = self.form.terms()
            if terms is not None:
                self.outcome.set_disposition(Disposition.PROMISE.value)
            elif step == 8:
                self.form.show_errors(errors)

    def _identity_answered(self, borrower: bool) -> None:
        self.pane.set_third_party(not borrower)
        self.form.set_third_party(not borrower)
        self.outcome.set_third_party(not borrower)
        if borrower:
            if self.outcome.disposition_code() == Disposition.THIRD_PARTY.value:
                self.outcome.set_disposition("")
            self.form.setEnabled(self.detail is not None)
        else:
            self.form.highlight(None)
            self.form.setEnabled(False)
            self.outcome.set_disposition(Disposition.THIRD_PARTY.value)

    def _objections_changed(self, chosen: frozenset[Objection]) -> None:
        self.outcome.set_objections(set(chosen))

    def _form_edited(self) -> None:
        self._update_script_values()
        if not self.outcome.disposition_code():
            self.outcome.set_disposition(Disposition.PROMISE.value)
        if any(label.isVisible() for label in self.form.errors.values()):
            self.form.show_errors(self.form.terms()[1])  # once shown, errors follow the edits

    def _disposition_changed(self, code: str) -> None:
        self.outcome.show_error("")
        promise_possible = code in ("", Disposition.PROMISE.value) and not self.script.third_party
        self.form.setEnabled(self.detail is not None and promise_possible)

    def focus_outcome(self) -> None:
        self.outcome.disposition.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def call_in_progress(self) -> bool:
        return self.detail is not None and (
            self.script.identity is not None or self.form.touched or not self.outcome.is_blank()
        )

    def discard(self) -> None:
        """Forget the call in progress (nothing of it was saved)."""
        self.detail = None
        self.started_at = None
        self.script.reset(active=False)
        self.form.set_case(None)
        self.outcome.set_case(None)
        self.pane.show_detail(None)

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Call in progress"),
            self.tr("The call on {name} is not saved. Discard it?").format(
                name=self.detail.borrower_masked if self.detail else ""
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if self.detail is None or self.desk is None or self.saving:
            return
        from collector_desk.services.calls import CallOutcome

        code = self.outcome.disposition_code()
        if not code:
            self.outcome.show_error(labels.promise_error("disposition_missing"))
            self.focus_outcome()
            return
        disposition = Disposition(code)
        promise = None
        if disposition is Disposition.PROMISE:
            promise, errors = self.form.terms()
            self.form.show_errors(errors)
            if errors:
                self.window.status_message(self.tr("Not saved: correct the promise form."))
                self.form.highlight(
                    errors[0].field if errors[0].field in self.form.fields else None, focus=True
                )
                return
            if not self._confirm_replacing():
                return
        found = self.outcome.note_findings()
        if found and not self._confirm_note(found):
            self.outcome.note.setFocus()
            return
        called = self.outcome.called()
        reason = self.outcome.reason_code()
        outcome = CallOutcome(
            loan_id=self.detail.loan_id,
            disposition=disposition,
            overdue_reason=OverdueReason(reason) if reason else None,
            objections=self.outcome.chosen_objections(),
            note=self.outcome.note.toPlainText().strip(),
            third_party=self.script.third_party or bool(called.get("third_party")),
            last_step=self.script.step,
            phone_id=called.get("phone"),
            contact_id=called.get("contact"),
            started_at=self.started_at,
            promise=promise,
        )
        self._record(outcome)

    def _confirm_replacing(self) -> bool:
        """A case with a pending promise: the new one replaces it. Ask first."""
        d = self.detail
        if d is None or d.promise_status != "pending" or d.promise_on is None:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Replace the pending promise?"),
            self.tr(
                "This case already has a pending promise: {amount} by {day}. The new promise "
                "replaces it; the history keeps both and says so.\n\nSave the new promise?"
            ).format(amount=format_fen(d.promise_fen or 0), day=d.promise_on.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_note(self, found: list[Any]) -> bool:
        phrases = "\n".join(f"• {f.phrase}" for f in found)
        answer = QMessageBox.warning(
            self.window,
            self.tr("Wording to avoid"),
            self.tr(
                "The note contains wording a collector must never use:\n{phrases}\n\n"
                "It will be flagged for your supervisor. Save it anyway?"
            ).format(phrases=phrases),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_quiet_hours(self, quiet: Any) -> bool:
        """A call saved in the borrower's quiet hours, not dialled through the app: a call
        made is recorded honestly, and flagged for the supervisor's QA. Ask first."""
        answer = QMessageBox.warning(
            self.window,
            self.tr("Quiet hours"),
            self.tr(
                "It is now quiet hours in the borrower's local time. Confirm that this call "
                "was really made?"
            )
            + "\n\n"
            + self.tr(
                "{time} in the borrower's time zone ({tz}); no calls or SMS {start}-{end}. "
                "The call is saved flagged as a contact in quiet hours for your supervisor."
            ).format(
                time=quiet.local_time, tz=quiet.tz, start=quiet.quiet_start, end=quiet.quiet_end
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _record(self, outcome: Any) -> None:
        from collector_desk.services.calls import CallRejected, record_call

        desk = self.desk
        assert desk is not None
        self.saving = True
        self.outcome.save.setEnabled(False)

        def done(saved: Any) -> None:
            self.saving = False
            self.outcome.save.setEnabled(True)
            loan_id = outcome.loan_id
            # Stays for SAVED_MESSAGE_MS: the next call's and the worklist's messages wait.
            self.window.status_message(
                self.tr("Call saved: {result}.").format(
                    result=labels.disposition(outcome.disposition)
                ),
                keep_ms=SAVED_MESSAGE_MS,
            )
            self.detail = None  # the call is over; a new one starts on the same case
            self.open_case(loan_id)

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.outcome.save.setEnabled(True)
            if isinstance(exc, CallRejected) and exc.needs_quiet_hours_confirmation:
                if self._confirm_quiet_hours(exc.quiet):
                    self._record(replace(outcome, quiet_hours_confirmed=True))
                else:  # the form keeps what was typed
                    self.window.status_message(self.tr("Not saved: the call was not confirmed."))
                return
            if isinstance(exc, CallRejected):
                self.form.show_errors([e for e in exc.errors if e.field in self.form.fields])
                other = [e for e in exc.errors if e.field not in self.form.fields]
                if other:
                    self.outcome.show_error(" ".join(labels.promise_error(e.code) for e in other))
                self.window.status_message(self.tr("Not saved: correct the marked fields."))
                return
            from collector_desk.errors import safe_text
            from collector_desk.ui.shell.errors import failure_line

            # Never the exception's repr: a database error's carries the statement's
            # parameters (the note, a number). A condition (server unreachable, busy)
            # says its one line; the form keeps what was typed for the next try.
            log.error("saving a call failed: %s", safe_text(exc))
            QMessageBox.critical(
                self.window,
                self.tr("Not saved"),
                self.tr("The call could not be saved: {error}").format(error=failure_line(exc)),
            )

        # The change set is broadcast before `done` runs (while `saving` holds).
        self.window.ops.write(
            lambda progress: record_call(desk, outcome),
            title=self.tr("Saving the call"),
            on_done=done,
            on_error=failed,
            quiet_ms=600,
        )
