"""The promise-to-pay form: date, amount, method, account (steps 4-7 of the script).

Values are checked by domain.promise.validate_promise, the same rule the
service applies when saving; each error appears right under its field,
translated from its code. The account is chosen from a list (the borrower's
authorised debit account and the lender's published accounts), never typed:
playbook §7 rule 6.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from collector_desk.domain.money import fen_from_yuan_text, format_fen
from collector_desk.domain.privacy import mask_account
from collector_desk.domain.promise import (
    DEFAULT_WINDOW_DAYS,
    FieldError,
    PaymentMethod,
    PromiseTerms,
    is_part_payment,
    validate_promise,
)
from collector_desk.ui import labels
from collector_desk.ui.desk.promise_date import PromiseDateEdit, pydate, qdate
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.desk.script import CallScript

# Scoped to the field itself (`Type#name`): an unscoped sheet would also paint the
# field's children (the calendar popup's header, the combo box's list).
HIGHLIGHT = "background:#fff3c4; border:2px solid #e0a800; border-radius:3px;"
INVALID = "border:2px solid #b3261e; border-radius:3px;"
ERROR_STYLE = "color:#b3261e;"

_qdate, _pydate = qdate, pydate


def field_style(widget: QWidget, rules: str) -> str:
    """`rules` for this one widget, not its children."""
    if not rules:
        return ""
    return f"#{widget.objectName()} {{{rules}}}"


class PromiseForm(QGroupBox):
    edited = Signal()  # any field changed by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promiseForm")
        self.setTitle(self.tr("Promise to pay"))
        self.today = date.today()
        self.window_days = DEFAULT_WINDOW_DAYS
        self.outstanding_fen = 0
        self.overdue_fen = 0
        self.accounts: list[str] = []
        self._loading = False
        self._highlighted: str | None = None
        self._invalid: set[str] = set()
        self._has_debit = False
        self.debit_account = self.debit_bank = ""
        self.lender_accounts: list[str] = []

        self.date = named(PromiseDateEdit(), "promiseDate")
        # Why a typed date is refused, beside the field (the popup offers only the window).
        self.date_reason = named(QLabel(wordWrap=True), "promiseDateReason")
        self.date_reason.setStyleSheet(ERROR_STYLE)
        self.date_reason.hide()
        self.amount = named(QLineEdit(), "promiseAmount")
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 1500.00"))
        self.method = named(QComboBox(), "promiseMethod")
        self.account = named(QComboBox(), "promiseAccount")
        self.account.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.account.setMinimumContentsLength(12)
        self.hint = named(QLabel(), "promiseAmountHint")
        self.hint.setStyleSheet("color:#555;")
        self.part = named(QLabel(self.tr("Part payment")), "promisePart")
        self.part.setStyleSheet("color:white;background:#c25e00;padding:0 4px;border-radius:3px;")
        self.part.setToolTip(
            self.tr("Less than what is overdue now: allowed, and marked as a part payment.")
        )
        self.part.hide()

        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {
            "date": self.date,
            "amount": self.amount,
            "method": self.method,
            "account": self.account,
        }
        names = {
            "date": self.tr("&Date"),
            "amount": self.tr("&Amount"),
            "method": self.tr("&Method"),
            "account": self.tr("Acc&ount"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        row = 0
        for key, widget in self.fields.items():
            label = QLabel(names[key])
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
            if key == "amount":
                grid.addWidget(self.part, row, 2)
            row += 1
            if key == "amount":
                grid.addWidget(self.hint, row, 1, 1, 2)
                row += 1
            if key == "date":
                grid.addWidget(self.date_reason, row, 1, 1, 2)
                row += 1
            err = named(QLabel(), f"promise{key.capitalize()}Error")
            err.setStyleSheet(ERROR_STYLE)
            err.setWordWrap(True)
            err.hide()
            self.errors[key] = err
            grid.addWidget(err, row, 1, 1, 2)
            row += 1

        grid.setRowStretch(row, 1)  # spare height below the fields, not between them
        self.date.dateChanged.connect(self._date_changed)
        self.date.dateChanged.connect(self._user_edit)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.amount.textEdited.connect(self._user_edit)
        self.method.currentIndexChanged.connect(self._user_edit)
        self.account.currentIndexChanged.connect(self._user_edit)
        self.touched = False
        self.set_case(None)

    # --- filling ------------------------------------------------------------------------

    def set_case(
        self,
        detail: Any,
        *,
        today: date | None = None,
        window_days: int = DEFAULT_WINDOW_DAYS,
        lender_accounts: list[str] | None = None,
    ) -> None:
        """Empty the form for a new call on this case (None: no case open)."""
        self._loading = True
        self.today = today or date.today()
        self.window_days = window_days
        self.date.set_window(self.today, self.today + timedelta(days=window_days))
        self.date_reason.hide()
        self.date.setToolTip(self.tr("From today up to {n} days ahead").format(n=window_days))
        self.amount.clear()
        self.method.clear()
        self.method.addItem(self.tr("Choose…"), "")
        for m in PaymentMethod:
            self.method.addItem(labels.method(m.value), m.value)
        self._has_debit = bool(detail is not None and detail.debit_account)
        self.debit_account = detail.debit_account if self._has_debit else ""
        self.debit_bank = (detail.debit_bank or "") if self._has_debit else ""
        self.lender_accounts = list(lender_accounts or [])
        self._fill_accounts()
        self.outstanding_fen = detail.outstanding_fen if detail is not None else 0
        self.overdue_fen = detail.overdue_fen if detail is not None else 0
        if detail is None:
            hint = ""
        elif self.overdue_fen:
            hint = self.tr("Overdue {overdue} · at most {outstanding}").format(
                overdue=format_fen(self.overdue_fen), outstanding=format_fen(self.outstanding_fen)
            )
        else:
            hint = self.tr("Nothing overdue · at most {outstanding}").format(
                outstanding=format_fen(self.outstanding_fen)
            )
        self.hint.setText(hint)
        self.show_errors([])
        self.highlight(None)
        self.part.hide()
        self.touched = False
        self.setEnabled(detail is not None)
        self._loading = False

    def set_third_party(self, on: bool) -> None:
        """Someone else is on the line: no promise, and no amounts on show."""
        self.hint.setVisible(not on)
        if on:
            self.show_errors([])
            self.highlight(None)
            self.part.hide()

    def _fill_accounts(self) -> None:
        """The accounts the chosen method can use: an automatic debit takes the money
        from the borrower's authorised account only; the other methods pay into that
        account (a deposit, a payment in the app from the card) or a published company
        account."""
        method = self.method.currentData() or ""
        kept = self.account.currentData() or ""
        debit = [self.debit_account] if self.debit_account else []
        if method == PaymentMethod.AUTO_DEBIT.value:
            self.accounts = debit
        else:
            self.accounts = debit + self.lender_accounts
        loading, self._loading = self._loading, True
        self.account.clear()
        if method == PaymentMethod.AUTO_DEBIT.value and not debit:
            self.account.addItem(self.tr("No authorised debit account on file"), "")
        else:
            self.account.addItem(self.tr("Choose…"), "")
        for acc in self.accounts:
            if acc == self.debit_account:
                text = self.tr("Debit account {bank} {account}").format(
                    bank=self.debit_bank, account=mask_account(acc)
                )
            else:
                text = self.tr("Company {account}").format(account=acc)
            self.account.addItem(text, acc)
        if len(self.accounts) == 1 and method:
            self.account.setCurrentIndex(1)  # the only account this method can use
        elif kept in self.accounts:
            self.account.setCurrentIndex(self.account.findData(kept))
        self._loading = loading

    def _method_changed(self, *_: Any) -> None:
        if not self._loading:
            self._fill_accounts()

    def _date_changed(self, *_: Any) -> None:
        if self._loading:
            return
        chosen = _pydate(self.date.date())
        if chosen < self.date.first:
            reason = self.tr("{day} has passed: a promise can be for today ({today}) or later.")
        elif chosen > self.date.last:
            reason = self.tr(
                "{day} is too far: a promise is at most {n} days ahead (until {last})."
            )
        else:
            reason = ""
        self.date_reason.setText(
            reason.format(
                day=chosen.isoformat(),
                today=self.date.first.isoformat(),
                last=self.date.last.isoformat(),
                n=self.window_days,
            )
        )
        self.date_reason.setVisible(bool(reason))
        if reason:
            self._invalid.add("date")
        elif not self.errors["date"].isVisible():
            self._invalid.discard("date")
        self._restyle()

    def _user_edit(self, *_: Any) -> None:
        if self._loading:
            return
        self.touched = True
        fen = self.amount_fen()
        self.part.setVisible(fen is not None and is_part_payment(fen, self.overdue_fen))
        self.edited.emit()

    # --- reading --------------------------------------------------------------------------

    def amount_fen(self) -> int | None:
        text = self.amount.text().strip()
        if not text:
            return None
        try:
            return fen_from_yuan_text(text)
        except ValueError:
            return None

    def terms(self) -> tuple[PromiseTerms | None, list[FieldError]]:
        """The form as promise terms, or the errors that stop it being saved."""
        errors: list[FieldError] = []
        fen = self.amount_fen()
        if fen is None and self.amount.text().strip():
            errors.append(FieldError("amount", "amount_not_a_number", "not an amount in yuan"))
        method_code = self.method.currentData() or ""
        terms = PromiseTerms(
            promised_on=_pydate(self.date.date()),
            amount_fen=fen or 0,
            method=PaymentMethod(method_code) if method_code else "",  # type: ignore[arg-type]
            account=self.account.currentData() or "",
        )
        found = validate_promise(
            terms,
            today=self.today,
            outstanding_fen=self.outstanding_fen,
            allowed_accounts=self.accounts,
            window_days=self.window_days,
        )
        unparsable = bool(errors)  # then "amount_not_positive" would only repeat it
        errors += [e for e in found if not (e.field == "amount" and unparsable)]
        return (None if errors else terms), errors

    def script_values(self, lang: str, script: CallScript | None) -> dict[str, str]:
        """{promise_*} placeholders for the script's read-back (step 8)."""
        from collector_desk.ui.desk.script import say_amount, say_date

        blank = script.word("blank", lang) if script else "____"
        method = self.method.currentData() or ""
        method_words = labels.method(method) if method else blank
        if lang != "zh_CN" and method:
            method_words = method_words[:1].lower() + method_words[1:]
        account = self.account.currentData() or ""
        if not account or script is None:
            account_words = account or blank
        elif self._has_debit and account == self.debit_account:
            tail = account.replace(" ", "")[-4:]
            account_words = script.word("debit_account", lang, tail=tail)
        else:
            account_words = script.word("company_account", lang, account=account)
        return {
            "promise_date": say_date(_pydate(self.date.date()), lang, self.today),
            "promise_amount": say_amount(self.amount_fen(), lang),
            "promise_method": method_words,
            "promise_account": account_words,
        }

    # --- showing ------------------------------------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for e in errors:
            by_field.setdefault(e.field, []).append(labels.promise_error(e.code))
        for key, label in self.errors.items():
            texts = by_field.get(key, [])
            label.setText(" ".join(texts))
            label.setVisible(bool(texts))
            self.fields[key].setToolTip(" ".join(texts))
        self._invalid = set(by_field)
        self._restyle()

    def highlight(self, field: str | None, *, focus: bool = False) -> None:
        """Mark the field the current script step fills (and put the cursor there)."""
        self._highlighted = field
        self._restyle()
        if field is not None and focus and self.isEnabled():
            widget = self.fields[field]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _restyle(self) -> None:
        for key, widget in self.fields.items():
            style = HIGHLIGHT if key == self._highlighted else ""
            if key in self._invalid:
                style = (style + INVALID) if style else INVALID
            widget.setStyleSheet(field_style(widget, style))

    def prefill_amount(self) -> None:
        """Step 5 starts from what is overdue (the collector aims for the full amount)."""
        if not self.amount.text().strip() and self.overdue_fen > 0:
            self.amount.setText(format_fen(self.overdue_fen, symbol=False).replace(",", ""))
            self._user_edit()
