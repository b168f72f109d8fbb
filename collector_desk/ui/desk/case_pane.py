"""The middle pane's top half: who the borrower is, the loan, what is overdue,
contacts and the history of calls, promises, payments and notes.

Personal data arrives masked from services.case_detail. On a third-party call
the pane hides every amount and loan detail (playbook §7 and DESIGN guardrails)
and shows only what may be said to someone who is not the borrower.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collector_desk.domain.money import format_fen
from collector_desk.ui import labels, localtime
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.services.case_detail import CaseDetail, HistoryItem

OVERDUE_BG = QColor("#fde7e4")
DUE_TODAY_BG = QColor("#fff4d6")


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def _when(at: datetime) -> str:
    return localtime.when(at)


def _table(name: str, headers: list[str]) -> QTableWidget:
    t = named(QTableWidget(0, len(headers)), name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.verticalHeader().setDefaultSectionSize(22)
    t.horizontalHeader().setStretchLastSection(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _item(text: object, *, right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(str(text))
    if right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


class CasePane(QWidget):
    detail_shown = Signal(object)  # the CaseDetail now shown, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePane")
        self.detail: CaseDetail | None = None
        self.today = date.today()
        self.third_party = False

        self.header = named(QLabel(), "caseHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setMinimumHeight(64)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.schedule = _table(
            "caseSchedule",
            [self.tr("#"), self.tr("Due"), self.tr("Amount"), self.tr("Paid"), self.tr("State")],
        )
        self.contacts = _table(
            "caseContacts",
            [self.tr("Who"), self.tr("Relation"), self.tr("Phone"), self.tr("Status")],
        )
        self.history = _table("caseHistory", [self.tr("When"), self.tr("What"), self.tr("Details")])
        self.history.setWordWrap(True)
        self.history.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.tabs = named(QTabWidget(), "caseTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.schedule, self.tr("Schedule"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 0)
        lay.addWidget(self.header)
        # The tabs take what is left (their tables scroll): the header and the reach
        # bar's verdict above them are never cut to make room for them.
        self.tabs.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.tabs.setMinimumHeight(96)
        lay.addWidget(self.tabs, 1)
        self.show_detail(None)

    # --- filling ---------------------------------------------------------------------

    def show_detail(self, detail: CaseDetail | None, today: date | None = None) -> None:
        self.detail = detail
        self.today = today or date.today()
        self._render()
        self.detail_shown.emit(detail)

    def set_third_party(self, on: bool) -> None:
        """Hide amounts and loan details while someone other than the borrower is on the line."""
        self.third_party = on
        self._render()

    def _render(self) -> None:
        d = self.detail
        if d is None:
            self.header.setText(
                "<span style='color:#666'>"
                + self.tr("Pick a case in the list (Up/Down, Enter) to start a call.")
                + "</span>"
            )
            for t in (self.schedule, self.history, self.contacts):
                t.setRowCount(0)
            return
        self.header.setText(self._header_html(d))
        show_money = not self.third_party
        self.tabs.setTabVisible(self.tabs.indexOf(self.schedule), show_money)
        self.tabs.setTabVisible(self.tabs.indexOf(self.history), show_money)
        self._fill_schedule(d if show_money else None)
        self._fill_history(d if show_money else None)
        self._fill_contacts(d)

    def _header_html(self, d: CaseDetail) -> str:
        gender = {"M": self.tr("male"), "F": self.tr("female")}.get(d.gender or "", "")
        who = f"<b style='font-size:115%'>{d.borrower_masked}</b> {gender} · {d.id_masked}"
        if self.third_party:
            return (
                who
                + "<br><span style='color:#8a5300;font-weight:bold'>"
                + self.tr(
                    "Third-party call: amounts and loan details are hidden. "
                    "Say nothing about the debt; ask for a call back."
                )
                + "</span>"
            )
        badge_color = "#b3261e" if d.dpd >= 30 else ("#c25e00" if d.dpd > 0 else "#2e7d32")
        # A current case is "not past due", never "0 days past due" (逾期0天).
        late = (
            self.tr("{dpd} days past due").format(dpd=d.dpd)
            if d.dpd > 0
            else self.tr("not past due")
        )
        badge = (
            f"<span style='color:white;background:{badge_color}'>&nbsp;{d.bucket}&nbsp;</span> "
            + late
        )
        loan = self.tr("Contract {contract} · disbursed {day} · {count} × {instalment}").format(
            contract=d.contract_no,
            day=_day(d.disbursed_on),
            count=d.instalment_count,
            instalment=format_fen(d.instalment_fen),
        )
        since = (
            self.tr(" (unpaid since {day})").format(day=_day(d.oldest_unpaid_due_on))
            if d.overdue_fen and d.oldest_unpaid_due_on
            else ""
        )
        if d.overdue_fen:
            money = self.tr(
                "Overdue <b style='color:#b3261e'>{overdue}</b>{since} · outstanding {outstanding}"
            ).format(
                overdue=format_fen(d.overdue_fen),
                since=since,
                outstanding=format_fen(d.outstanding_fen),
            )
        else:
            due = d.oldest_unpaid_due_on or d.next_due_on
            money = (
                self.tr("Nothing overdue · next due {day} · outstanding {outstanding}").format(
                    day=_day(due), outstanding=format_fen(d.outstanding_fen)
                )
                if due
                else self.tr("Nothing overdue · outstanding {outstanding}").format(
                    outstanding=format_fen(d.outstanding_fen)
                )
            )
        debit = self.tr("Debit account: {bank} {account}").format(
            bank=d.debit_bank or "", account=d.debit_account_masked
        )
        promise = ""
        if d.promise_status != "none" and d.promise_on is not None:
            promise = " · " + self.tr("{status}: {amount} by {day}").format(
                status=labels.promise_status(d.promise_status),
                amount=format_fen(d.promise_fen or 0),
                day=_day(d.promise_on),
            )
        placed = self._placement_text(d)
        placed = f"<br>{placed}" if placed else ""
        return f"{who} &nbsp; {badge}<br>{loan}<br>{money}<br>{debit}{promise}{placed}"

    def _placement_text(self, d: CaseDetail) -> str:
        """Head office's current placement: batch, date and amount placed."""
        p = d.placement
        return "" if p is None else self._placed(p.batch, p.placed_on, p.placed_fen)

    def _placed(self, batch: str | None, on: date | None, amount: int | None) -> str:
        parts = []
        if batch:
            parts.append(self.tr("Batch {batch}").format(batch=batch))
        if on is not None:
            parts.append(self.tr("placed on {day}").format(day=_day(on)))
        if amount is not None:
            parts.append(self.tr("placed amount {amount}").format(amount=format_fen(amount)))
        return " · ".join(parts)

    def _fill_schedule(self, d: CaseDetail | None) -> None:
        t = self.schedule
        rows = d.schedule if d else ()
        t.setRowCount(len(rows))
        for n, inst in enumerate(rows):
            cells = [
                _item(inst.seq, right=True),
                _item(_day(inst.due_on)),
                _item(format_fen(inst.amount_fen), right=True),
                _item(format_fen(inst.paid_fen), right=True),
                _item(labels.instalment_state(inst.state)),
            ]
            late = inst.state != "paid" and inst.due_on < self.today
            for c, cell in enumerate(cells):
                if late:
                    cell.setBackground(QBrush(OVERDUE_BG))
                t.setItem(n, c, cell)
        if d is not None:
            # Scroll to the oldest unpaid instalment: that is what the call is about.
            first_unpaid = next((n for n, i in enumerate(rows) if i.state != "paid"), None)
            if first_unpaid is not None:
                first = t.item(first_unpaid, 0)
                if first is not None:
                    t.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)

    def _fill_contacts(self, d: CaseDetail) -> None:
        rows: list[tuple[str, str, str, str]] = []
        for p in d.phones:
            rows.append(
                (
                    self.tr("Borrower"),
                    labels.phone_label(p.label),
                    p.masked,
                    labels.phone_status(p.status),
                )
            )
        for c in d.contacts:
            relation = labels.relation(c.relation)
            if c.is_third_party:
                relation += " " + self.tr("(third party)")
            for p in c.phones or ():
                rows.append((c.name_masked, relation, p.masked, labels.phone_status(p.status)))
            if not c.phones:
                rows.append((c.name_masked, relation, "", ""))
        t = self.contacts
        t.setRowCount(len(rows))
        for n, row in enumerate(rows):
            for col, text in enumerate(row):
                t.setItem(n, col, _item(text))

    def _fill_history(self, d: CaseDetail | None) -> None:
        items = d.history if d else ()
        t = self.history
        t.setRowCount(len(items))
        for n, h in enumerate(items):
            t.setItem(n, 0, _item(_when(h.at)))
            t.setItem(n, 1, _item(self._kind(h.kind)))
            t.setItem(n, 2, _item(self.history_text(h)))
        t.resizeRowsToContents()

    def _kind(self, kind: str) -> str:
        return {
            "call": self.tr("Call"),
            "promise": self.tr("Promise"),
            "payment": self.tr("Payment"),
            "note": self.tr("Note"),
            "placement": self.tr("Placement"),
        }.get(kind, kind)

    def history_text(self, h: HistoryItem) -> str:
        s: dict[str, Any] = dict(h.summary)
        if h.kind == "call":
            parts = [labels.disposition(str(s.get("disposition", "")))]
            if s.get("reason"):
                parts.append(labels.overdue_reason(str(s["reason"])))
            if s.get("objections"):
                parts.append(self.tr("objections {codes}").format(codes=s["objections"]))
            if s.get("note"):
                parts.append(str(s["note"]))
            if s.get("flagged"):
                parts.append(self.tr("⚠ flagged wording"))
            return " · ".join(parts)
        if h.kind == "promise":
            text = self.tr("{amount} by {day}, {method}, into {account}").format(
                amount=format_fen(int(s.get("amount_fen", 0))),
                day=s.get("promised_on", ""),
                method=labels.method(str(s.get("method", ""))),
                account=s.get("account", ""),
            )
            if s.get("part"):
                text += " · " + self.tr("part payment")
            if s.get("replaces"):
                old = dict(s["replaces"])
                text += " · " + self.tr("replaces the pending promise of {amount} by {day}").format(
                    amount=format_fen(int(old.get("amount_fen", 0))), day=old.get("promised_on", "")
                )
            if s.get("replaced_on"):
                text += " · " + self.tr("replaced by a new promise on {day}").format(
                    day=s["replaced_on"]
                )
            return text
        if h.kind == "placement":
            on = s.get("placed_on")
            text = self._placed(
                s.get("batch"), date.fromisoformat(on) if on else None, s.get("placed_fen")
            )
            return self.tr("{placement} ({file})").format(placement=text, file=s.get("file", ""))
        if h.kind == "payment":
            return self.tr("{amount} on {day} ({channel})").format(
                amount=format_fen(int(s.get("amount_fen", 0))),
                day=s.get("paid_on", ""),
                channel=self.tr("reported by head office")
                if s.get("head_office")
                else labels.payment_channel(str(s.get("channel", ""))),
            )
        return str(s.get("body", ""))
