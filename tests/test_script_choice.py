"""The right script for the call: chosen from the case's state, never the overdue
script before the case is overdue (issue 13, item 4)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTextBrowser
from ui_desk_support import TODAY, close_window, make_portfolio, settle

from collector_desk.app import build_window
from collector_desk.domain.loan import equal_instalments
from collector_desk.domain.script_choice import PRE_DUE, ScriptKind, choose_script, offered
from collector_desk.domain.workdays import WorkCalendar
from collector_desk.ui.desk.script import KNOWN_PLACEHOLDERS, PLACEHOLDER, load_pre_due

CAL = WorkCalendar()
DISBURSED = date(2025, 11, 10)
SCHED = equal_instalments(DISBURSED, 12, 100_000)  # due on the 10th, from Dec 2025


def kind(payments, today, disbursed=DISBURSED, sched=SCHED):
    return choose_script(sched, payments, disbursed_on=disbursed, today=today, cal=CAL)


def on_time(n):
    return [(i.due_on, i.amount_fen) for i in SCHED[:n]]


def test_the_script_follows_the_case_state() -> None:
    assert kind([], date(2025, 11, 11)) is ScriptKind.WELCOME
    assert kind([], date(2025, 12, 4)) is ScriptKind.FIRST_INSTALMENT
    assert kind([], date(2025, 12, 10)) is ScriptKind.DUE_DAY  # 0 DPD: not overdue yet
    assert kind([], date(2025, 12, 11)) is ScriptKind.OVERDUE
    assert kind(on_time(3), date(2026, 3, 9)) is ScriptKind.REMINDER_A
    late = [*on_time(2), (SCHED[2].due_on + timedelta(days=3), 100_000)]
    assert kind(late, date(2026, 3, 9)) is ScriptKind.REMINDER_B
    twice = [(SCHED[0].due_on + timedelta(days=2), 100_000), *late[1:]]
    twice[1] = (SCHED[1].due_on + timedelta(days=1), 100_000)
    assert kind(twice, date(2026, 3, 9)) is ScriptKind.REMINDER_C
    # Due on Sunday 10 May 2026: confirmed on the working day before, Saturday 9 May
    # (a make-up working day in 2026).
    sched = equal_instalments(date(2026, 4, 10), 3, 50_000)
    assert kind([], date(2026, 5, 9), date(2026, 4, 10), sched) is ScriptKind.DUE_DAY


def test_the_overdue_script_is_offered_only_on_an_overdue_case() -> None:
    assert offered(ScriptKind.OVERDUE) == (ScriptKind.OVERDUE,)
    for k in PRE_DUE:
        assert ScriptKind.OVERDUE not in offered(k)


def test_every_pre_due_script_is_in_the_file_and_names_no_overdue() -> None:
    scripts = load_pre_due()
    assert set(scripts) == {k.value for k in PRE_DUE}
    for script in scripts.values():
        texts = [
            t
            for step in script.steps
            for group in (step.say, step.tips, (step.title,))
            for x in group
            for t in x.values()
        ]
        used = {p for t in texts for p in PLACEHOLDER.findall(t)}
        assert used <= KNOWN_PLACEHOLDERS - {"dpd", "overdue_amount"}


@pytest.fixture
def window(qtbot, tmp_path):
    folder = tmp_path / "data"
    make_portfolio(folder)
    w = build_window(folder, today=TODAY, lang="zh_CN")
    w.show()
    qtbot.waitExposed(w)
    settle(qtbot)
    yield w
    close_window(w)


def test_a_case_not_overdue_opens_a_reminder_script_not_the_nine_steps(qtbot, window) -> None:
    model = window.case_list.model
    rows = [model.row(n) for n in range(model.rowCount())]
    current = next(r for r in rows if r.overdue_fen == 0 and r.dpd == 0)
    window.calls.open_case(current.loan_id)
    qtbot.waitUntil(
        lambda: window.calls.detail is not None and window.calls.detail.loan_id == current.loan_id,
        timeout=5000,
    )
    panel = window.script_panel
    assert panel.kind != "overdue"
    box = window.findChild(QComboBox, "scriptKind")
    kinds = [box.itemData(i) for i in range(box.count())]
    assert "overdue" not in kinds and panel.kind in kinds
    panel.findChild(QPushButton, "scriptIsBorrower").click()
    text = window.findChild(QTextBrowser, "scriptText").toPlainText()
    title = window.findChild(QLabel, "scriptTitle").text()
    assert "逾期0天" not in text and "已经逾期" not in text and "第 1 步" not in title
    # Nor does the case's header or the promise form: a current case is 未逾期.
    header = window.case_pane.header.text()
    assert "未逾期" in header and "逾期 0 天" not in header and "¥0.00" not in header
    hint = window.promise_form.hint.text()
    assert "未逾期" in hint and "¥0.00" not in hint
    # The collector switches to the welcome call: its second step is shown.
    box.setCurrentIndex(kinds.index("welcome"))
    box.activated.emit(kinds.index("welcome"))
    assert panel.kind == "welcome" and panel.pd_step == 2
    assert "放款" in window.findChild(QTextBrowser, "scriptText").toPlainText()

    overdue = next(r for r in rows if r.overdue_fen > 0)
    window.calls.discard()
    window.calls.open_case(overdue.loan_id)
    qtbot.waitUntil(
        lambda: window.calls.detail is not None and window.calls.detail.loan_id == overdue.loan_id,
        timeout=5000,
    )
    assert panel.kind == "overdue" and not box.isVisible()
