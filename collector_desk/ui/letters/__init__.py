"""Letters to the borrower in the window: Cases > Letter to the borrower… opens a
preview of the open case's letter (reminder or formal demand), saves it as PDF and
records it as sent (services.letters).

`install(ctx)` is listed in ui/features.py FEATURES."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from collector_desk.ui.modal import run_modal
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow


class LettersFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.action = named(
            QAction(QCoreApplication.translate("Letters", "&Letter to the borrower…"), window),
            "actionLetter",
        )
        self.action.triggered.connect(self.open)
        window.menus["cases"].addAction(self.action)

    def open(self) -> None:
        from collector_desk.ui.letters.letter_dialog import LetterDialog

        detail = self.window_.case_pane.detail
        if self.window_.desk is None or detail is None:
            self.window_.status_message(QCoreApplication.translate("Letters", "Open a case first."))
            return
        run_modal(LetterDialog(self.window_, detail.loan_id))


def install(ctx: FeatureContext) -> LettersFeature:
    return LettersFeature(ctx.window)
