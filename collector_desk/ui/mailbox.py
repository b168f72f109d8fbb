"""Workers -> GUI thread: the mailbox a worker posts to without one Qt call."""

from __future__ import annotations

import contextlib
import logging
import queue
import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

_MAILBOX: Mailbox | None = None


class Mailbox:
    """Workers -> GUI thread without a single Qt call on the worker.

    Emitting a PySide signal (or even reading an attribute of a QObject) from a
    worker runs Shiboken's binding-manager lookups on that thread while the GUI
    thread may be destroying widget trees and their wrappers from C++; under load
    that left stale wrappers behind and segfaulted at widget teardown (reproduced
    by tests/test_practice_ui.py in about one run of four; never with the work run
    inline). So a worker only appends to a queue and writes one byte to a socket
    pair; a QSocketNotifier wakes the GUI thread, which runs what was posted. A
    plain Python object: the worker never touches a wrapper.
    """

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[tuple[Callable[..., None], tuple[Any, ...]]] = (
            queue.SimpleQueue()
        )
        self._wake_rx, self._wake_tx = socket.socketpair()
        self._wake_rx.setblocking(False)
        self._wake_tx.setblocking(False)

    def post(self, fn: Callable[..., None], *args: Any) -> None:
        """Any thread: run fn(*args) on the GUI thread, in posting order."""
        self._queue.put((fn, args))
        with contextlib.suppress(OSError):  # buffer full: a wake-up is pending anyway
            self._wake_tx.send(b"\0")

    def fileno(self) -> int:
        return self._wake_rx.fileno()

    def drain(self) -> None:
        """GUI thread: run everything posted so far."""
        with contextlib.suppress(OSError):  # nothing more to read (BlockingIOError)
            while self._wake_rx.recv(4096):
                pass
        while True:
            try:
                fn, args = self._queue.get_nowait()
            except queue.Empty:
                return
            try:
                fn(*args)
            except RuntimeError as exc:  # its widget was deleted meanwhile
                log.info("a worker's message arrived after its widget was gone: %s", exc)


class _Inbox(QObject):
    """The GUI thread's end of the mailbox: wakes when a worker posts."""

    def __init__(self, mailbox: Mailbox) -> None:
        super().__init__()
        self.mailbox = mailbox
        self.notifier = QSocketNotifier(mailbox.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(lambda *_: mailbox.drain())


_INBOX: _Inbox | None = None


def mailbox() -> Mailbox:
    """Made on the GUI thread, before the first job starts; lives as long as the process."""
    global _MAILBOX, _INBOX
    if _MAILBOX is None:
        _MAILBOX = Mailbox()
        _INBOX = _Inbox(_MAILBOX)
    return _MAILBOX


def to_gui(fn: Callable[..., None]) -> Callable[..., None]:
    """Make, on the GUI thread, a function a worker may call: each call runs
    fn(*args) on the GUI thread (queued, in order). The worker calls only plain
    Python; fn may be a widget's method (dropped quietly if the widget is gone)."""
    box = mailbox()

    def post(*args: Any) -> None:
        box.post(fn, *args)

    return post
