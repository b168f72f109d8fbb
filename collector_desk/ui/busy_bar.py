"""A write that waits for another writer, shown in the status bar with "Stop waiting".

Every write unit waits its turn (`store.busy.begin_write`, at most 120 s). While
one waits, the status bar says what it waits for ("busy: intake of cases.xlsx is
running, 40% — waiting…") and offers "Stop waiting": the write then ends as a
failure with nothing written (the usual dialog), and the form that asked keeps
what the user typed, so saving again later needs no retyping.

The watch's callbacks run on the waiting worker thread: they only post to the
GUI thread (`ops.to_gui`), never touch a widget.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from collector_desk.domain.waiting import Watch
from collector_desk.ui import ops
from collector_desk.ui.typed_qt import named

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from collector_desk.services.context import Desk

GUI_THREAD_WAIT_S = 5.0  # SQLite's own busy timeout, as before writers waited their turn
_RUNNING = re.compile(r"^busy: (?P<what>.+) is running(?:, (?P<percent>\d+)%)?$")


class BusyBar(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.label = named(QLabel(), "busyWaiting")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.stop_button = named(QPushButton(self.tr("Stop waiting")), "busyStopWaiting")
        self.stop_button.setFlat(True)
        self.stop_button.clicked.connect(self.stop)
        for widget in (self.label, self.stop_button):
            widget.hide()
            window.statusBar().addPermanentWidget(widget)
        self.watch = Watch(on_wait=ops.to_gui(self._show), on_clear=ops.to_gui(self._hide))
        # Writes run on workers; one on the GUI thread itself would freeze the window.
        self.watch.main_thread_wait_s = GUI_THREAD_WAIT_S

    def attach(self, desk: Desk) -> None:
        desk.busy_watch = self.watch

    def kind_text(self, what: str) -> str:
        return kind_text(what)

    def text_for(self, message: str) -> str:
        found = _RUNNING.match(message)
        if found is None:
            return self.tr("Busy: another program is writing to the database — waiting…")
        what = self.kind_text(found["what"])
        if found["percent"] is None:
            return self.tr("Busy: {what} is running — waiting…").format(what=what)
        return self.tr("Busy: {what} is running, {percent}% — waiting…").format(
            what=what, percent=found["percent"]
        )

    def stop(self) -> None:
        self.watch.stop()
        self.stop_button.setEnabled(False)

    def _show(self, message: str) -> None:
        if self.watch.waits == 0:
            return  # the wait ended before this reached the GUI thread
        self.label.setText(self.text_for(message))
        self.label.show()
        self.stop_button.setEnabled(True)
        self.stop_button.show()

    def _hide(self) -> None:
        if self.watch.waits:
            return
        self.label.hide()
        self.stop_button.hide()


def kind_text(what: str) -> str:
    """The holder record's kind of work in the user's language, with its file."""
    kinds = {
        "intake": QCoreApplication.translate("BusyBar", "the intake"),
        "bundle import": QCoreApplication.translate("BusyBar", "the bundle import"),
        "start of day": QCoreApplication.translate("BusyBar", "the start of day"),
        "case update after a bundle import": QCoreApplication.translate(
            "BusyBar", "the case update after an import"
        ),
    }
    for kind, text in kinds.items():
        if what == kind:
            return text
        if what.startswith(f"{kind} of "):
            name = what[len(kind) + 4 :]
            return QCoreApplication.translate("BusyBar", "{kind} of {file}").format(
                kind=text, file=name
            )
    return what
