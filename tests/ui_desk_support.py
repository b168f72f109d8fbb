"""Shared set-up of the desk UI tests: a demo portfolio on a fixed day, a built window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from collector_desk.services.context import Desk
from collector_desk.services.demo import create_demo
from collector_desk.ui import ops

TODAY = date(2026, 3, 16)
LENDER_ACCOUNT = "招商银行 6214 8301 0000 1234"


def make_portfolio(folder: Path, cases: int = 40, lang: str = "en") -> None:
    desk = Desk.open(folder, today=lambda: TODAY)
    desk.set_settings(
        collector_name="Li Na",
        lender_name="Example Finance",
        lender_accounts=[LENDER_ACCOUNT],
        first_run_done=True,
        language=lang,
    )
    create_demo(desk, cases=cases, seed=11)
    desk.close()


def daytime_now() -> Callable[[], datetime]:
    """The real clock, moved on to the next noon in Shanghai (the demo borrowers' zone):
    a call saved by a test is never in the borrower's quiet hours, whenever the suite
    runs, and is still later than everything the demo wrote."""
    local = datetime.now(UTC).astimezone(ZoneInfo("Asia/Shanghai"))
    noon = local.replace(hour=12, minute=0, second=0, microsecond=0)
    if noon < local:
        noon += timedelta(days=1)
    shift = noon - local
    return lambda: datetime.now(UTC) + shift


def settle(qtbot, timeout: int = 10_000) -> None:
    """Wait until background work (counts, saves) has been delivered, the case
    list's counts included (they start once its new rows are painted)."""
    qtbot.waitUntil(lambda: ops.pending() == 0 and not _counts_waiting(), timeout=timeout)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: ops.pending() == 0 and not _counts_waiting(), timeout=timeout)


def _counts_waiting() -> bool:
    from collector_desk.ui.desk.case_list import CaseListView

    return any(
        isinstance(w, CaseListView) and w.counts_pending() for w in QApplication.allWidgets()
    )


def open_case(qtbot, window, loan_id: str, timeout: int = 10_000, *, settled: bool = True) -> None:
    """Open a case as a click would and wait until it is shown: the case, then what the
    panes read for it (the contact check, the trace checklist), each on a worker."""
    window.open_case(loan_id)
    qtbot.waitUntil(
        lambda: window.calls.detail is not None and window.calls.detail.loan_id == loan_id,
        timeout=timeout,
    )
    if settled:  # not while a long job (start of day) is meant to still run
        qtbot.waitUntil(lambda: ops.pending() == 0, timeout=timeout)


def close_window(window) -> None:
    """Close without the "discard this call?" question; leave Qt speaking English."""
    from collector_desk.ui.i18n import install_translators

    window.calls.discard()
    window.close()
    if window.desk is not None:
        window.desk.close()
    install_translators(QApplication.instance(), "en")
