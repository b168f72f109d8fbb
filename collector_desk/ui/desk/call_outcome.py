"""The call outcome: which number, how it ended, why the loan is late, the
objections met, a note (checked for forbidden wording as it is typed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from collector_desk.domain.call_flow import Disposition, Objection, OverdueReason
from collector_desk.domain.compliance import Addressee, Finding, findings
from collector_desk.domain.language import engine as language_engine
from collector_desk.ui import labels
from collector_desk.ui.typed_qt import named

WARN_STYLE = "color:#8a1c12;background:#fde7e4;padding:2px 4px;border-radius:3px;"
# the learned back-off's "please check": softer, and it neither blocks nor asks on saving
CHECK_STYLE = "color:#5c4300;background:#fff3d1;padding:2px 4px;border-radius:3px;"


class CallOutcomeForm(QGroupBox):
    disposition_changed = Signal(str)  # "" when not chosen
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callOutcome")
        self.setTitle(self.tr("Call outcome"))
        self.number = named(QComboBox(), "outcomeNumber")
        self.number.setToolTip(self.tr("The number you called"))
        self.disposition = named(QComboBox(), "outcomeDisposition")
        self.third_party = False
        self._fill_dispositions()
        self.reason = named(QComboBox(), "outcomeReason")
        self.reason.addItem(self.tr("Not known"), "")
        for r in OverdueReason:
            self.reason.addItem(labels.overdue_reason(r.value), r.value)
        self.objections: dict[Objection, QCheckBox] = {}
        for o in Objection:
            box = named(
                QCheckBox(f"{o.value} {labels.objection_short(o.value)}"),
                f"outcomeObjection{o.value}",
            )
            box.setToolTip(labels.objection(o.value))
            box.toggled.connect(lambda _=False: self.edited.emit())
            self.objections[o] = box
        self.note = named(QPlainTextEdit(), "outcomeNote")
        self.note.setPlaceholderText(self.tr("What was said, what to do next…"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(54)
        self.warning = named(QLabel(), "outcomeNoteWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARN_STYLE)
        self.warning.hide()

        self.disposition_error = named(QLabel(), "outcomeDispositionError")
        self.disposition_error.setStyleSheet("color:#b3261e;")
        self.disposition_error.setWordWrap(True)
        self.disposition_error.hide()
        self.save = named(QPushButton(self.tr("Save call")), "promiseSave")
        self.save.setToolTip(
            self.tr("Save the outcome and the promise together as one record (Ctrl+S)")
        )
        self.save.setDefault(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Called n&umber"), self.number),
            (self.tr("&Result"), self.disposition),
            (self.tr("Rea&son"), self.reason),
        ]
        row = 0
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
            row += 1
            if widget is self.disposition:
                grid.addWidget(self.disposition_error, row, 1)
                row += 1
        grid.addWidget(QLabel(self.tr("Objections met")), row, 0, 1, 2)
        obj = QGridLayout()
        obj.setHorizontalSpacing(6)
        obj.setVerticalSpacing(0)
        for i, box in enumerate(self.objections.values()):
            obj.addWidget(box, i // 2, i % 2)
        grid.addLayout(obj, row + 1, 0, 1, 2)
        note_label = QLabel(self.tr("Not&e"))
        note_label.setBuddy(self.note)
        grid.addWidget(note_label, row + 2, 0, 1, 2)
        grid.addWidget(self.note, row + 3, 0, 1, 2)
        grid.addWidget(self.warning, row + 4, 0, 1, 2)
        grid.addWidget(self.save, row + 5, 0, 1, 2)
        grid.setRowStretch(row + 3, 1)

        self.disposition.currentIndexChanged.connect(
            lambda _: self.disposition_changed.emit(self.disposition_code())
        )
        self.disposition.currentIndexChanged.connect(lambda _: self.edited.emit())
        self.reason.currentIndexChanged.connect(lambda _: self.edited.emit())
        self.note.textChanged.connect(self._check_note)
        self.note.textChanged.connect(self.edited.emit)
        self.set_case(None)

    # --- filling ---------------------------------------------------------------------------

    def set_case(self, detail: Any) -> None:
        """Empty the outcome for a new call (None: no case open)."""
        self.number.clear()
        if detail is not None:
            for p in detail.phones:
                self.number.addItem(
                    f"{labels.phone_label(p.label)} {p.masked}", {"phone": p.id, "contact": None}
                )
            for c in detail.contacts:
                for p in c.phones:
                    self.number.addItem(
                        f"{c.name_masked} ({labels.relation(c.relation)}) {p.masked}",
                        {"phone": p.id, "contact": c.id, "third_party": c.is_third_party},
                    )
        self.disposition.setCurrentIndex(0)
        self.reason.setCurrentIndex(0)
        for box in self.objections.values():
            box.setChecked(False)
        self.note.clear()
        self.show_error("")
        self.setEnabled(detail is not None)

    def show_error(self, text: str) -> None:
        self.disposition_error.setText(text)
        self.disposition_error.setVisible(bool(text))

    def is_blank(self) -> bool:
        return not (
            self.disposition_code()
            or self.reason_code()
            or self.chosen_objections()
            or self.note.toPlainText().strip()
        )

    def _fill_dispositions(self) -> None:
        """Every outcome; with a third party on the line only those that can follow
        from such a call (no promise, the borrower was not reached)."""
        kept = self.disposition.currentData() or ""
        blocked = self.disposition.blockSignals(True)
        self.disposition.clear()
        self.disposition.addItem(self.tr("Choose…"), "")
        for d in Disposition:
            if self.third_party and d.reached_borrower:
                continue
            self.disposition.addItem(labels.disposition(d.value), d.value)
        i = self.disposition.findData(kept)
        self.disposition.setCurrentIndex(max(i, 0))
        self.disposition.blockSignals(blocked)
        if i < 0 and kept:
            self.disposition.currentIndexChanged.emit(0)

    def set_third_party(self, on: bool) -> None:
        if on != self.third_party:
            self.third_party = on
            self._fill_dispositions()

    def set_disposition(self, code: str) -> None:
        i = self.disposition.findData(code)
        if i >= 0:
            self.disposition.setCurrentIndex(i)

    def set_objections(self, codes: set[Objection]) -> None:
        for o, box in self.objections.items():
            box.setChecked(o in codes)

    # --- reading --------------------------------------------------------------------------------

    def disposition_code(self) -> str:
        return str(self.disposition.currentData() or "")

    def reason_code(self) -> str:
        return str(self.reason.currentData() or "")

    def chosen_objections(self) -> tuple[Objection, ...]:
        return tuple(o for o, box in self.objections.items() if box.isChecked())

    def called(self) -> dict[str, Any]:
        data = self.number.currentData()
        return dict(data) if isinstance(data, dict) else {}

    def note_findings(self) -> list[Finding]:
        text = self.note.toPlainText()
        if not text.strip():  # nothing to check: the rules are not loaded for it
            return []
        return findings(text, Addressee.RECORD)

    def _check_note(self) -> None:
        text = self.note.toPlainText()
        # one pass: the rules' findings, and the learned back-off's where no rule of
        # the category matched ("learned.<category>": a softer "please check")
        every = findings(text, Addressee.RECORD, learned=True) if text.strip() else []
        found = [f for f in every if not f.rule.startswith("learned.")]
        soft = [f for f in every if f.rule.startswith("learned.")]
        lang = "en" if QLocale().language() == QLocale.Language.English else "zh"
        if found:
            phrases = "；".join(f.explain(lang) for f in found)
            self.warning.setStyleSheet(WARN_STYLE)
            self.warning.setText(
                self.tr("The note contains wording a collector must never use: {phrases}").format(
                    phrases=phrases
                )
            )
        elif soft:
            titles = language_engine().categories
            what = "；".join(
                f"{titles[f.category].title.pick(lang)}（\u201c{f.words}\u201d）" for f in soft
            )
            self.warning.setStyleSheet(CHECK_STYLE)
            self.warning.setText(
                self.tr(
                    "Please check the note's wording: the learned model suspects {what}. "
                    "Not a rule match; saving is not blocked."
                ).format(what=what)
            )
        self.warning.setVisible(bool(found or soft))
