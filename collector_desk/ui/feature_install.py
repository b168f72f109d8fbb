"""Installing the features of ui.features.FEATURES into the main window.

All at once (`install_all`: tests and `app.build_window`), or at the start
(`install_later`): once the case list has shown its first rows and their counts,
one feature per turn of the event loop. A feature's install is mostly imports and
widgets, 0.1-0.4 s of Python on the GUI thread in all; run beside the list's first
page it lengthened that paint and, while the counts ran, held the GUI thread far
past a frame. Between two features the event loop handles input, paints and
workers' results. Today's plan starts with the worklist feature, so after the
list's counts too.

A feature's install function may also return a generator: each `yield` ends one
slice of its install (one turn of the event loop in `install_later`), and the
generator's return value is the feature object. `install_all` runs the slices
back to back.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

if TYPE_CHECKING:
    from collector_desk.ui.features import FeatureContext
    from collector_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# install_later: the longest the features wait for the case list to settle.
AT_LATEST_MS = 3000


class FeatureInstaller(QObject):
    """Installs each feature once and keeps what it returns, by type."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.made: dict[type, object] = {}
        self.started = False  # installing, or done
        self.done = False  # every feature is in (features_installed was emitted)
        self._waiting = False  # install_later: waiting for the list to settle
        self._fallback: QTimer | None = None
        # The feature being installed in slices: its spec and its generator.
        self._pending: tuple[str, Generator[None, None, Any]] | None = None

    def install_all(self) -> None:
        if self.started:
            return
        self.started = True
        ctx = self._window.feature_context()
        for spec in self._specs():
            self.install_one(ctx, spec)
            while self._pending is not None:
                self._step()
        self._finish()

    def install_later(self, at_latest_ms: int = AT_LATEST_MS) -> None:
        if self.started or self._waiting:
            return
        self._waiting = True
        self._fallback = QTimer(self, singleShot=True, interval=at_latest_ms)
        self._fallback.timeout.connect(self._in_turns)
        self._fallback.start()
        if self._window.case_list_built:
            self._window.case_list.when_settled(self._in_turns)
        else:
            self._in_turns()

    def _in_turns(self) -> None:
        if self.started:
            return
        self.started = True
        if self._fallback is not None:
            self._fallback.stop()
        ctx = self._window.feature_context()
        specs = self._specs()

        def next_one() -> None:
            if self._pending is not None:
                self._step()
            else:
                self.install_one(ctx, specs.pop(0))
            if specs or self._pending is not None:
                QTimer.singleShot(0, self, next_one)
            else:
                self._finish()

        QTimer.singleShot(0, self, next_one)

    def _finish(self) -> None:
        self.done = True
        self._window.features_installed.emit()

    @staticmethod
    def _specs() -> list[str]:
        from collector_desk.ui import features

        return list(features.FEATURES)

    def install_one(self, ctx: FeatureContext, spec: str) -> None:
        """Import one "module:function" and call it with the context; a feature that
        fails is logged and named in the status bar, the others still come."""
        module_name, _, func_name = spec.partition(":")
        try:
            func = getattr(importlib.import_module(module_name), func_name)
            made = func(ctx)
            if isinstance(made, Generator):
                self._pending = (spec, made)
            elif made is not None:
                self.made[type(made)] = made
        except Exception:
            self._failed(spec)

    def _step(self) -> None:
        """One slice of the feature being installed in slices."""
        assert self._pending is not None
        spec, steps = self._pending
        try:
            next(steps)
        except StopIteration as end:
            self._pending = None
            if end.value is not None:
                self.made[type(end.value)] = end.value
        except Exception:
            self._pending = None
            self._failed(spec)

    def _failed(self, spec: str) -> None:
        log.exception("feature %s failed to install", spec)
        text = QCoreApplication.translate("MainWindow", "A feature could not start: {name}")
        self._window.status_message(text.format(name=spec))
