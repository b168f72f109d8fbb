"""The promise form's date popup, refused dates and the accounts each method allows."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from collector_desk.ui.desk.promise_date import OUTSIDE_FG
from collector_desk.ui.desk.promise_form import PromiseForm

TODAY = date(2026, 3, 16)
DEBIT = "6217000011112222"
COMPANY = "6222 0200 1234 5678"


def _form(qtbot, debit: str | None = DEBIT) -> PromiseForm:
    form = PromiseForm()
    qtbot.addWidget(form)
    detail = SimpleNamespace(
        debit_account=debit, debit_bank="建设银行", outstanding_fen=2_040_000, overdue_fen=170_000
    )
    form.set_case(detail, today=TODAY, window_days=7, lender_accounts=[COMPANY])
    form.show()
    qtbot.waitExposed(form)
    return form


def _q(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def test_the_popup_offers_only_the_window_and_greys_the_rest(qtbot) -> None:
    form = _form(qtbot)
    form.highlight("date")
    edit = form.date
    qtbot.mouseClick(
        edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2)
    )
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.minimumDate(), calendar.maximumDate()) == (
        _q(TODAY),
        _q(TODAY + timedelta(days=7)),
    )
    for outside in (
        TODAY - timedelta(days=1),
        TODAY - timedelta(days=10),
        TODAY + timedelta(days=8),
    ):
        assert calendar.dateTextFormat(_q(outside)).foreground().color() == OUTSIDE_FG
    assert calendar.dateTextFormat(_q(TODAY + timedelta(days=2))).foreground().style() == (
        Qt.BrushStyle.NoBrush
    )
    # The step highlight stays on the field: the popup keeps the normal colours.
    assert "#promiseDate" in edit.styleSheet()
    base = calendar.palette().color(QPalette.ColorRole.Base)
    assert base.name() != "#fff3c4"
    calendar.window().hide()


def test_a_typed_past_date_says_why_beside_the_field(qtbot) -> None:
    form = _form(qtbot)
    reason = form.findChild(QLabel, "promiseDateReason")
    edit = form.date
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, "2026-03-10")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == _q(date(2026, 3, 10))
    assert reason.isVisible() and "2026-03-10 has passed" in reason.text()
    assert "promiseDate" in edit.styleSheet() and "#b3261e" in edit.styleSheet()
    terms, errors = form.terms()
    assert terms is None and "date_past" in {e.code for e in errors}
    edit.setDate(_q(TODAY + timedelta(days=30)))
    assert "too far" in reason.text() and "2026-03-23" in reason.text()
    edit.setDate(_q(TODAY + timedelta(days=1)))
    assert not reason.isVisible()


def _accounts(form: PromiseForm) -> list[str]:
    return [form.account.itemData(i) for i in range(1, form.account.count())]


def test_the_account_list_follows_the_method(qtbot) -> None:
    form = _form(qtbot)
    assert _accounts(form) == [DEBIT, COMPANY]  # no method yet: every allowed account
    form.method.setCurrentIndex(form.method.findData("auto_debit"))
    assert _accounts(form) == [DEBIT]
    assert form.account.currentData() == DEBIT  # the only one: chosen
    form.method.setCurrentIndex(form.method.findData("bank_transfer"))
    assert _accounts(form) == [DEBIT, COMPANY]  # into the card, or the company's account
    form.account.setCurrentIndex(2)
    form.method.setCurrentIndex(form.method.findData("auto_debit"))
    assert form.account.currentData() == DEBIT  # the company account cannot be debited
    _, errors = form.terms()
    assert "account" not in {e.field for e in errors}


def test_auto_debit_without_an_authorised_account_says_so(qtbot) -> None:
    form = _form(qtbot, debit=None)
    form.method.setCurrentIndex(form.method.findData("auto_debit"))
    assert _accounts(form) == []
    assert form.account.itemText(0) == "No authorised debit account on file"
    _, errors = form.terms()
    assert "account_missing" in {e.code for e in errors}
