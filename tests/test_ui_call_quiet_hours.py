"""A call outcome saved in the window during the borrower's quiet hours, for a call not
dialled through the app: the save asks whether the call was really made; Cancel keeps
the form and saves nothing, Yes saves the call flagged for the daily QA."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import func, select
from ui_desk_support import TODAY, close_window, make_portfolio, open_case, settle

from collector_desk.app import build_window
from collector_desk.services import audit
from collector_desk.services.qa import QUIET_RULE, daily_qa
from collector_desk.store.models import AuditEvent, Borrower, Call, Loan


def night_now(zone: str) -> Callable[[], datetime]:
    """The real clock moved on to the next 03:49 in `zone`."""
    local = datetime.now(UTC).astimezone(ZoneInfo(zone))
    night = local.replace(hour=3, minute=49, second=0, microsecond=0)
    if night < local:
        night += timedelta(days=1)
    shift = night - local
    return lambda: datetime.now(UTC) + shift


@pytest.fixture
def window(qtbot: Any, tmp_path: Any) -> Any:
    folder = tmp_path / "data"
    make_portfolio(folder, lang="zh_CN")
    w = build_window(folder, today=TODAY, lang="zh_CN")
    w.show()
    qtbot.waitExposed(w)
    settle(qtbot)
    yield w
    close_window(w)


def _counts(desk: Any) -> tuple[int, int]:
    with desk.read() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Call)) or 0),
            int(
                s.scalar(
                    select(func.count())
                    .select_from(AuditEvent)
                    .where(AuditEvent.kind == audit.Kind.QUIET_HOURS_CONTACT.value)
                )
                or 0
            ),
        )


def test_a_no_answer_saved_at_night_asks_cancel_keeps_the_form_yes_saves_flagged(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = window.desk
    model = window.case_list.model
    case = model.row(0)
    with desk.read() as s:
        zone = s.scalar(
            select(Borrower.tz)
            .join(Loan, Loan.borrower_id == Borrower.id)
            .where(Loan.id == case.loan_id)
        )
    desk.now = night_now(zone or "Asia/Shanghai")
    open_case(qtbot, window, case.loan_id)
    window.script_panel.answer_identity(True)
    outcome = window.call_outcome
    outcome.set_disposition("no_answer")
    outcome.note.setPlainText("夜里回拨无人接听")
    before = _counts(desk)

    asked: list[str] = []

    def cancel(_parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
        asked.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    window.findChild(QPushButton, "promiseSave").click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    settle(qtbot)
    assert "现在是借款人当地的禁止联系时段，确认这通电话确实已经打了吗？" in asked[0]
    assert "03:49" in asked[0] and "22:00-08:00" in asked[0]
    assert _counts(desk) == before  # nothing saved
    assert outcome.disposition_code() == "no_answer"  # the form keeps what was typed
    assert outcome.note.toPlainText() == "夜里回拨无人接听"
    assert window.calls.detail is not None and window.calls.detail.loan_id == case.loan_id

    def yes(_parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", yes)
    with qtbot.waitSignal(window.changed, timeout=10_000):
        window.findChild(QPushButton, "promiseSave").click()
    settle(qtbot)
    assert len(asked) == 2
    assert _counts(desk) == (before[0] + 1, before[1] + 1)
    with desk.read() as s:
        call = s.scalars(
            select(Call).where(Call.loan_id == case.loan_id).order_by(Call.created_at.desc())
        ).first()
    assert call is not None and call.disposition == "no_answer"
    assert call.note == "夜里回拨无人接听"
    saved_day = call.created_at.astimezone(ZoneInfo("Asia/Shanghai")).date()
    qa = daily_qa(desk, saved_day)
    flags = [f for f in qa.flags if f.rule == QUIET_RULE]
    assert [(f.kind, f.item_id) for f in flags] == [("call", call.id)]
    assert "03:49" in flags[0].words
    assert isinstance(saved_day, date)
