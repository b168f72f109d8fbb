"""The reach bar above the case pane's tabs: pick a number, dial it through the
workstation's softphone, time the call, send an SMS, show the number in clear
(a logged reveal), set do-not-contact flags.

Every dial and SMS is checked against the contact rules first. A refusal says
which rule and when it lapses; a supervisor may override the counted rules
once, with a reason. Dialling a third party switches the script to the
third-party script (no debt details).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from collector_desk.ui import labels
from collector_desk.ui.modal import run_modal
from collector_desk.ui.typed_qt import named
from collector_desk.ui.worklist import texts

if TYPE_CHECKING:
    from collector_desk.services.case_detail import CaseDetail
    from collector_desk.services.contact_rules import ContactCheck
    from collector_desk.services.dialing import DialTicket
    from collector_desk.ui.main_window import MainWindow

OUTCOMES = ("conversation", "no_answer", "busy", "phone_off", "wrong_number")
# Other personal data the reveal button's menu can show (each reveal is logged).
REVEAL_MORE = (
    "borrower_name",
    "id_number",
    "debit_account",
    "home_address",
    "employer_address",
    "hukou_address",
    "employer_phone",
    "contact_name",
)


def _button(text: str, name: str) -> QToolButton:
    """Compact buttons: the number list gets the width."""
    button = named(QToolButton(), name)
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class ReachBar(QWidget):
    def __init__(self, window: MainWindow, open_url: Callable[[QUrl], Any] | None = None) -> None:
        super().__init__()
        self.setObjectName("reachBar")
        self.window_ = window
        self.open_url = open_url or QDesktopServices.openUrl
        self.detail: CaseDetail | None = None
        self.ticket: DialTicket | None = None
        self._dialling = False
        self.clock = QElapsedTimer()

        self.number = named(QComboBox(), "reachNumber")
        self.number.setMinimumContentsLength(18)
        self.number.currentIndexChanged.connect(lambda _: self.recheck())
        self.dial_button = _button(self.tr("Dial"), "reachDial")
        self.dial_button.setToolTip(self.tr("Call this number through the softphone (Ctrl+D)"))
        self.dial_button.clicked.connect(self.dial)
        self.end_button = named(QToolButton(), "reachEnd")
        self.end_button.setText(self.tr("End call"))
        self.end_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.end_button)
        for code in OUTCOMES:
            act = menu.addAction(texts.call_outcome(code))
            act.setData(code)
        menu.triggered.connect(lambda act: self.end_call(str(act.data())))
        self.end_button.setMenu(menu)
        self.timer_label = named(QLabel(""), "reachTimer")
        self.timer_label.setStyleSheet("font-weight:bold; color:#b00020; padding:0 6px")
        self.timer_label.hide()  # shown only while a call runs: its padding is room
        self.sms_button = _button(self.tr("SMS…"), "reachSms")
        self.sms_button.clicked.connect(self.sms)
        self.reveal_button = _button(self.tr("Show number"), "reachReveal")
        self.reveal_button.setToolTip(
            self.tr("Shows the number in clear; the arrow shows other details. Each is logged.")
        )
        self.reveal_button.clicked.connect(lambda: self.reveal("phone"))
        self.reveal_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        more = QMenu(self.reveal_button)
        for code in REVEAL_MORE:
            act = more.addAction(texts.reveal_what(code))
            act.setData(code)
        more.triggered.connect(lambda act: self.reveal(str(act.data())))
        self.reveal_button.setMenu(more)
        self.flags_button = _button(self.tr("Flags…"), "reachFlags")
        self.flags_button.setToolTip(self.tr("Do-not-contact flags of this person"))
        self.flags_button.clicked.connect(self.flags)
        self.status = named(QLabel(""), "reachStatus")
        self.status.setWordWrap(True)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number, 1)
        for w in (self.dial_button, self.end_button, self.timer_label, self.sms_button):
            row.addWidget(w)
        row.addWidget(self.reveal_button)
        row.addWidget(self.flags_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.setSpacing(2)
        lay.addLayout(row)
        lay.addWidget(self.status)

        self.tick = QTimer(self, interval=1000)
        self.tick.timeout.connect(self._show_time)
        self.dial_action = named(QAction(self.tr("&Dial the chosen number"), self), "actionDial")
        self.dial_action.setShortcut(QKeySequence("Ctrl+D"))
        self.dial_action.triggered.connect(self.dial)
        window.addAction(self.dial_action)
        self.show_case(None)

    # --- the case and its numbers ----------------------------------------------------------

    def show_case(self, detail: CaseDetail | None) -> None:
        same = (
            detail is not None and self.detail is not None and detail.loan_id == self.detail.loan_id
        )
        if self.ticket is not None and not same:
            self.abandon()
        chosen = self.number.currentData()
        fresh = detail is not self.detail  # a new read: its first check came with it
        self.detail = detail
        self.number.blockSignals(True)
        self.number.clear()
        if detail is not None:
            own = self.tr("{number} · borrower's {kind}")
            for p in detail.phones:
                # The number first: a narrow pane elides the words after it, never it.
                text = own.format(number=p.masked, kind=labels.phone_label(p.label).lower())
                self.number.addItem(
                    text,
                    {
                        "phone": p.id,
                        "entity": "borrower",
                        "id": detail.borrower_id,
                        "status": p.status,
                    },
                )
            for c in detail.contacts:
                for p in c.phones:
                    text = f"{p.masked} · {c.name_masked} ({labels.relation(c.relation)})"
                    self.number.addItem(
                        text, {"phone": p.id, "entity": "contact", "id": c.id, "status": p.status}
                    )
        if chosen is not None:
            i = next(
                (i for i in range(self.number.count()) if self.number.itemData(i) == chosen), -1
            )
            if i >= 0:
                self.number.setCurrentIndex(i)
        self.number.blockSignals(False)
        has = detail is not None and self.number.count() > 0
        for w in (self.number, self.sms_button, self.reveal_button, self.flags_button):
            w.setEnabled(has)
        self._set_calling(self.ticket is not None)
        self.recheck(at_open=fresh)

    def chosen(self) -> dict[str, Any]:
        data = self.number.currentData()
        return dict(data) if isinstance(data, dict) else {}

    def recheck(self, *, at_open: bool = False) -> None:
        """Show whether the chosen number may be called now, and why not (the check
        reads the case's contact history: on a worker, the newest check answers;
        `at_open`: the one read with the case, CaseDetail.at_open, if it has one)."""
        desk, phone = self.window_.desk, self.chosen().get("phone")
        if desk is None or self.detail is None or not phone:
            self.status.setText("")
            self.status.setMinimumHeight(0)
            return
        read = self.detail.at_open.checks.get(phone) if self.detail.at_open else None
        if at_open and read is not None:
            self.window_.ops.supersede(f"reach-check-{id(self)}")

            # a turn of its own, as a worker's answer would have: the pane's is long
            def show(detail: CaseDetail = self.detail) -> None:
                if self.detail is detail:
                    self.show_check(read)

            QTimer.singleShot(0, self, show)
            return
        from collector_desk.services.contact_rules import check_contact

        loan_id, chosen = self.detail.loan_id, self.chosen()

        def shown(check: ContactCheck) -> None:
            current = self.detail is not None and self.detail.loan_id == loan_id
            if current and self.chosen() == chosen:
                self.show_check(check)

        self.window_.ops.query(
            lambda _progress: check_contact(desk, loan_id, phone, "call"),
            on_done=shown,
            key=f"reach-check-{id(self)}",
            parent=self,
        )

    def show_check(self, check: ContactCheck) -> None:
        if check.allowed:
            note = self.tr("May be called now.")
            if check.verdict.third_party_mode:
                note += " " + self.tr("Third party: use the third-party script, no debt details.")
            invalid = self.chosen().get("status") == "invalid"
            if invalid:
                note += " " + self.tr("This number is marked invalid.")
            self.status.setStyleSheet("color:#8a5a00" if invalid else "color:#1b5e20")
            self.status.setText(note)
            self._fit_status()
        else:
            self.status.setStyleSheet("color:#b00020")
            self.status.setText(" ".join(texts.block(b) for b in check.verdict.refusals))
            self._fit_status()

    def _fit_status(self) -> None:
        """Room for every line of the verdict: the pane below must give way, the
        wrapped words must not be cut (a refusal says when calls are allowed again)."""
        width = max(self.status.width(), self.width(), 200)
        self.status.setMinimumHeight(self.status.heightForWidth(width))

    # --- calling ------------------------------------------------------------------------------

    def dial(self) -> None:
        from collector_desk.services import dialing

        desk, phone = self.window_.desk, self.chosen().get("phone")
        if desk is None or self.detail is None or not phone or self.ticket is not None:
            return
        if self._dialling:
            return  # a dial is being checked and logged already
        loan_id = self.detail.loan_id

        def failed(exc: BaseException) -> None:
            self._dialling = False
            if isinstance(exc, dialing.ContactBlocked):
                self.refused(exc.check)
            elif isinstance(exc, dialing.DialError):
                QMessageBox.warning(self, self.tr("Dial"), texts.error(exc.code, str(exc)))
            else:
                from collector_desk.ui.shell.errors import show_failure

                show_failure(self, self.tr("Dial"), exc)

        def started(ticket: DialTicket) -> None:
            self._dialling = False
            if self.detail is None or self.detail.loan_id != loan_id:
                return  # another case was opened meanwhile: the attempt stays logged
            self._started(ticket, phone)

        self._dialling = True
        self.window_.ops.write(
            lambda _progress: dialing.start_call(desk, loan_id, phone),
            title=self.tr("Dialling"),
            on_done=started,
            on_error=failed,
            parent=self,
        )

    def _started(self, ticket: DialTicket, phone: str) -> None:
        self.ticket = ticket
        if ticket.check.verdict.third_party_mode and not self.window_.script_panel.third_party:
            self.window_.script_panel.answer_identity(False)
        self._select_in_outcome(phone)
        self.open_url(QUrl(ticket.uri))
        self.clock.start()
        self._set_calling(True)
        self.window_.status_message(
            self.tr("Dialling {number}…").format(number=self.number.currentText())
        )

    def end_call(self, outcome: str) -> None:
        from collector_desk.services import dialing

        desk, ticket = self.window_.desk, self.ticket
        if desk is None or ticket is None:
            return
        self.ticket = None
        self._set_calling(False)

        def done(saved: Any) -> None:
            minutes, seconds = divmod(saved.duration_s, 60)
            self.window_.status_message(
                self.tr("Call logged: {outcome}, {m}:{s:02d}").format(
                    outcome=texts.call_outcome(outcome), m=minutes, s=seconds
                )
            )
            if outcome == "conversation":
                self.window_.calls.focus_outcome()
            self.recheck()

        self.window_.ops.write(
            lambda progress: dialing.end_call(desk, ticket, outcome),
            title=self.tr("Logging the call"),
            on_done=done,
            parent=self,
        )

    def abandon(self) -> None:
        """The app is quitting mid-call: log the attempt without an outcome, now
        (no event loop is left to deliver a background write)."""
        from collector_desk.services import dialing

        desk, ticket = self.window_.desk, self.ticket
        if ticket is not None and desk is not None:
            self.ticket = None
            dialing.end_call(desk, ticket, "unrecorded")

    def refused(self, check: ContactCheck) -> None:
        """Explain a refusal; a supervisor may override once (then the call is dialled)."""
        from collector_desk.domain.guardrails import OVERRIDABLE
        from collector_desk.services import contact_rules

        desk = self.window_.open_desk
        lines = "\n\n".join("• " + texts.block(b) for b in check.verdict.refusals)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not allowed now"), lines, parent=self)
        box.setObjectName("reachRefused")
        box.addButton(QMessageBox.StandardButton.Ok)
        override = None
        if desk.setting("role") == "supervisor" and all(
            b.rule in OVERRIDABLE for b in check.verdict.refusals
        ):
            override = box.addButton(self.tr("Override once…"), QMessageBox.ButtonRole.ActionRole)
        run_modal(box)
        if override is None or box.clickedButton() is not override:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Override once"), self.tr("Why may this contact go ahead? (logged)")
        )
        if not ok or not reason.strip():
            return

        def failed(exc: BaseException) -> None:
            code = getattr(exc, "code", "")
            QMessageBox.warning(self, self.tr("Override once"), texts.error(code, str(exc)))

        def granted(_changes: object) -> None:
            self.recheck()
            if check.channel == "call":
                self.dial()  # the contact the override was for

        self.window_.ops.write(
            lambda progress: contact_rules.grant_override(
                desk, check.loan_id, check.phone_id, reason=reason, channel=check.channel
            ),
            title=self.tr("Override once"),
            on_done=granted,
            on_error=failed,
            parent=self,
        )
        return

    def _select_in_outcome(self, phone: str) -> None:
        combo = self.window_.call_outcome.number
        for i in range(combo.count()):
            data = combo.itemData(i)
            if isinstance(data, dict) and data.get("phone") == phone:
                combo.setCurrentIndex(i)
                return

    def _set_calling(self, on: bool) -> None:
        self.dial_button.setEnabled(not on and self.detail is not None and self.number.count() > 0)
        self.dial_action.setEnabled(not on)
        self.end_button.setEnabled(on)
        self.number.setEnabled(not on and self.number.count() > 0)
        if on:
            self.tick.start()
            self._show_time()
        else:
            self.tick.stop()
            self.timer_label.setText("")
        self.timer_label.setVisible(on)

    def _show_time(self) -> None:
        seconds = self.clock.elapsed() // 1000 if self.clock.isValid() else 0
        self.timer_label.setText(f"⏱ {seconds // 60:02d}:{seconds % 60:02d}")

    # --- SMS, reveal, flags ----------------------------------------------------------------------

    def sms(self) -> None:
        from collector_desk.ui.worklist.sms_dialog import SmsDialog, third_party_number

        desk, phone = self.window_.desk, self.chosen().get("phone")
        if desk is None or self.detail is None or not phone:
            return
        loan_id = self.detail.loan_id

        def show(third_party: bool) -> None:
            run_modal(
                SmsDialog(self.window_, loan_id, phone, self.open_url, third_party, parent=self)
            )
            self.recheck()

        self.window_.ops.query(
            lambda _progress: third_party_number(desk, loan_id, phone),
            on_done=show,
            key=f"sms-{id(self)}",
            parent=self,
        )

    def reveal(self, what: str = "phone") -> None:
        """Show one masked detail in clear; the service logs who saw what, when."""
        from collector_desk.services import audit

        chosen, d = self.chosen(), self.detail
        if self.window_.desk is None or d is None or not chosen:
            return
        subject = {
            "phone": chosen.get("phone"),
            "contact_name": chosen.get("id") if chosen.get("entity") == "contact" else None,
            "debit_account": d.loan_id,
        }.get(what, d.borrower_id)
        if not subject:
            self.window_.status_message(self.tr("Choose a contact's number first."))
            return
        desk, loan_id = self.window_.open_desk, d.loan_id

        def work(progress: Any) -> audit.Revealed:
            return audit.reveal(desk, audit.RevealWhat(what), subject, loan_id=loan_id)

        # A logged write: off the GUI thread; its change set (AUDIT only) is broadcast
        # by the runner and reloads no list.
        self.window_.ops.write(
            work,
            title=self.tr("Showing a masked detail"),
            on_done=lambda shown: self._show_revealed(what, shown.value),
            parent=self,
        )

    def _show_revealed(self, what: str, value: str | None) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            texts.reveal_what(what),
            self.tr("{number}\n\nThis reveal has been logged.").format(
                number=value or self.tr("(empty)")
            ),
            parent=self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        run_modal(box)

    def flags(self) -> None:
        from collector_desk.domain.guardrails import DoNotContact
        from collector_desk.services.contact_rules import person_flags
        from collector_desk.ui.worklist.dialogs import FlagsDialog

        chosen, desk = self.chosen(), self.window_.desk
        if desk is None or not chosen:
            return
        entity, entity_id, who = chosen["entity"], chosen["id"], self.number.currentText()

        def show(before: set[DoNotContact]) -> None:
            run_modal(FlagsDialog(self.window_, entity, entity_id, who, before, parent=self))
            self.recheck()

        def read(_progress: object) -> set[DoNotContact]:
            return set(person_flags(desk, entity, entity_id))

        self.window_.ops.query(
            read,
            on_done=show,
            key=f"flags-{id(self)}",
            parent=self,
        )
