"""The worklist feature in the real window: Today tab, reach bar, Strategy tab,
dialogs and tray reminders (offscreen, real database, settable clock)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QTableWidget
from worklist_support import SH, Clock, make_case, open_desk, phones_of, set_register

from collector_desk.services import audit, payments
from collector_desk.services.context import Desk
from collector_desk.services.portfolio import ContactRecord
from collector_desk.store.models import ContactAttempt, TaskDone
from collector_desk.ui import ops
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.worklist import WorklistFeature

INST = 100_000


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 16, 10, 30, tzinfo=SH))


@pytest.fixture
def wdesk(tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    d = open_desk(tmp_path, clock)
    yield d
    d.close()


@pytest.fixture
def cases(wdesk: Desk) -> dict[str, str]:
    reminder = make_case(
        wdesk,
        disbursed=date(2025, 11, 20),
        paid=[(date(2025, 12, 22), INST), (date(2026, 1, 25), INST), (date(2026, 2, 20), INST)],
        name="王小明",
    )
    overdue = make_case(
        wdesk,
        disbursed=date(2026, 2, 6),
        name="陈晨",
        phones=["13812345678"],
        contacts=[ContactRecord("韩梅梅", "friend", ("13700000001",))],
    )
    return {"reminder": reminder, "overdue": overdue}


@pytest.fixture
def window(qtbot: Any, wdesk: Desk, cases: dict[str, str]) -> MainWindow:
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(wdesk)
    w.install_features()
    feature(w).reach.open_url = lambda url: opened.append(url.toString())  # type: ignore[assignment]
    # Closing the window mid-call would ask "discard this call?": not in tests.
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    opened.clear()
    qtbot.waitUntil(lambda: ops.pending() == 0 and feature(w).today.plan is not None)
    return w


opened: list[str] = []


def feature(w: MainWindow) -> WorklistFeature:
    return w.feature(WorklistFeature)


def when_open(kind: type, act: Callable[[Any], None]) -> None:
    """Act on the next modal dialog of this kind once it is shown."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def open_case(qtbot: Any, w: MainWindow, loan: str) -> None:
    w.open_case(loan)
    feature(w).sync_case()
    qtbot.waitUntil(
        lambda: feature(w).reach.detail is not None and feature(w).reach.detail.loan_id == loan
    )
    qtbot.waitUntil(lambda: ops.pending() == 0)  # the contact check and trace, on workers


def test_today_tab_lists_the_plan_and_marks_done(
    qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk
) -> None:
    view = feature(window).today
    assert window.left_tabs.currentWidget() is view
    assert window.left_tabs.tabText(window.left_tabs.indexOf(view)) == "Today"
    rows = {r.data(0, Qt.ItemDataRole.UserRole + 1).loan_id: r for r in view.rows()}
    assert set(rows) == {cases["reminder"], cases["overdue"]}
    reminder = rows[cases["reminder"]]
    assert reminder.text(0) == "09:00-11:30"
    assert reminder.text(3) == "Class C (often late) reminder, morning 2 of 5; due 2026-03-20"
    assert rows[cases["overdue"]].text(3) == "10 days past due, 6-20 days"
    view.tree.setCurrentItem(reminder)
    assert "Best time: 09:00-11:30" in view.detail.text()

    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: (
            ops.pending() == 0
            and all(i.done for i in view.plan.items if i.loan_id == cases["reminder"])
        )
    )
    with wdesk.read() as s:
        assert [(t.kind, t.ref) for t in s.query(TaskDone)] == [("reminder", "2026-03-20#2")]
    assert "1 done" in view.title.text()

    row = next(
        r
        for r in view.rows()
        if r.data(0, Qt.ItemDataRole.UserRole + 1).loan_id == cases["overdue"]
    )
    view.tree.setCurrentItem(row)
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(  # the case is read on a worker
        lambda: (
            window.case_pane.detail is not None
            and window.case_pane.detail.loan_id == cases["overdue"]
        )
    )


def test_dial_with_timer_and_outcome(
    qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk, clock: Clock
) -> None:
    open_case(qtbot, window, cases["overdue"])
    reach = feature(window).reach
    assert reach.number.count() == 2 and "138****5678" in reach.number.itemText(0)
    assert reach.status.text() == "May be called now."
    qtbot.mouseClick(reach.dial_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == ["tel:13812345678"])  # checked and logged on a worker
    assert reach.end_button.isEnabled() and not reach.dial_button.isEnabled()
    assert reach.timer_label.text().startswith("⏱ 00:0")
    clock.set(2026, 3, 16, 10, 33)
    reach.end_call("no_answer")
    qtbot.waitUntil(lambda: ops.pending() == 0)  # the write runs off the GUI thread
    with wdesk.read() as s:
        [attempt] = s.query(ContactAttempt).all()
        assert (attempt.outcome, attempt.duration_s, attempt.answered) == ("no_answer", 180, False)
    assert reach.dial_button.isEnabled() and reach.timer_label.text() == ""


def test_third_party_refused_then_allowed_with_the_third_party_script(
    qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk
) -> None:
    open_case(qtbot, window, cases["overdue"])
    reach = feature(window).reach
    reach.number.setCurrentIndex(1)  # the check is read on a worker
    qtbot.waitUntil(
        lambda: "Third parties only while the borrower cannot be reached" in reach.status.text()
    )
    seen: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    when_open(QMessageBox, read_and_close)
    reach.dial()  # checked and logged on a worker; the refusal comes back to the GUI
    qtbot.waitUntil(lambda: bool(seen))
    assert opened == [] and "Third parties only" in seen[0]
    own = next(p.id for p in phones_of(wdesk, cases["overdue"]) if p.contact_id is None)
    set_register(wdesk, "phone", own, "status", "invalid")
    reach.dial()
    qtbot.waitUntil(lambda: opened == ["tel:13700000001"])
    assert window.script_panel.third_party
    tabs = window.case_pane.tabs
    assert not tabs.isTabVisible(tabs.indexOf(feature(window).strategy))
    reach.end_call("conversation")


def test_quiet_hours_refusal_and_supervisor_override(
    qtbot: Any,
    window: MainWindow,
    cases: dict[str, str],
    wdesk: Desk,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_case(qtbot, window, cases["overdue"])
    reach = feature(window).reach
    clock.set(2026, 3, 16, 22, 0)
    reach.recheck()
    qtbot.waitUntil(lambda: "No calls or SMS from 22:00 to 08:00" in reach.status.text())
    assert "Allowed again from" in reach.status.text()

    clock.set(2026, 3, 16, 11, 0)
    for _ in range(3):
        reach.dial()
        qtbot.waitUntil(lambda: reach.ticket is not None)
        reach.end_call("conversation")
        qtbot.waitUntil(lambda: ops.pending() == 0)
    wdesk.set_settings(role="supervisor")
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("客户主动要求回电", True))
    )

    def override(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == "Override once…"]
        button.click()

    when_open(QMessageBox, override)
    opened.clear()
    reach.dial()  # refused; the override is written off the GUI thread, then it dials
    qtbot.waitUntil(lambda: opened == ["tel:13812345678"])
    [event] = audit.events(wdesk, kinds=["override"])
    assert event.detail["reason"] == "客户主动要求回电"


def test_sms_dialog_copies_and_logs(
    qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk
) -> None:
    from collector_desk.ui.worklist.sms_dialog import SmsDialog

    open_case(qtbot, window, cases["overdue"])
    reach = feature(window).reach
    dialog = SmsDialog(window, cases["overdue"], reach.chosen()["phone"], reach.open_url, False)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("overdue_notice"))
    qtbot.waitUntil(lambda: "10 天" in dialog.text.toPlainText())  # drafted on a worker
    dialog.text.setPlainText(dialog.text.toPlainText() + "随便你")
    assert not dialog.copy_button.isEnabled() and "forbidden" in dialog.warning.text()
    dialog.redraft()
    qtbot.waitUntil(dialog.copy_button.isEnabled)
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert "10 天" in QGuiApplication.clipboard().text()
    with wdesk.read() as s:
        assert [a.outcome for a in s.query(ContactAttempt)] == ["sms_copied"]


def test_payment_dialog(qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk) -> None:
    from collector_desk.ui.worklist.dialogs import PaymentDialog

    dialog = PaymentDialog(window, cases["overdue"], "陈*")
    qtbot.addWidget(dialog)
    dialog.amount.setText("abc")
    dialog.save()
    assert "yuan" in dialog.error.text()
    dialog.amount.setText("99999")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.text() == "The amount is more than what is outstanding.")
    assert dialog.isEnabled()
    dialog.amount.setText("1,000.00")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert [p.amount_fen for p in payments.payments_of(wdesk, cases["overdue"])] == [INST]
    # The Today tab follows: the case is cured, so it leaves the plan.
    qtbot.waitUntil(
        lambda: not any(i.loan_id == cases["overdue"] for i in feature(window).today.plan.items)
    )


def test_debit_import_reports_rows(
    qtbot: Any, window: MainWindow, cases: dict[str, str], tmp_path: Path
) -> None:
    open_case(qtbot, window, cases["overdue"])
    number = window.case_pane.detail.contract_no
    path = tmp_path / "回盘.csv"
    path.write_bytes(
        f"合同号,扣款日期,金额,结果,原因\n{number},2026-03-16,1000,成功,\nX,2026-03-16,1,成功,\n".encode(
            "gb18030"
        )
    )
    feature(window).import_debits(str(path))
    qtbot.waitUntil(lambda: getattr(feature(window), "last_report", None) is not None)
    report = feature(window).last_report
    errors = report.findChild(QTableWidget, "debitErrors")
    assert (
        errors.rowCount() == 1
        and errors.item(0, 0).text() == "3"
        and errors.item(0, 1).text() == "合同号"
    )
    report.close()


def test_calendar_and_uncovered_year_banner(
    qtbot: Any, window: MainWindow, wdesk: Desk, clock: Clock
) -> None:
    from collector_desk.domain.workdays import DayKind
    from collector_desk.ui.worklist.calendar_dialog import CalendarDialog

    view = feature(window).today
    assert view.banner.isHidden()
    dialog = CalendarDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "official calendar for 2026 is installed" in dialog.status.text())
    dialog.day.setDate(date(2026, 3, 16))
    dialog.kind.setCurrentIndex(dialog.kind.findData(DayKind.HOLIDAY.value))
    dialog.note.setText("office move")
    dialog.add()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 2).text() == "office move"
    qtbot.waitUntil(lambda: ops.pending() == 0 and not view.plan.is_workday, timeout=3000)
    assert "2026-03-16 is not a working day." in view.banner.text()

    clock.set(2099, 1, 5)
    view.go_today()
    qtbot.waitUntil(lambda: ops.pending() == 0 and view.plan.day == date(2099, 1, 5))
    assert not view.banner.isHidden() and "No official holiday calendar for" in view.banner.text()


def test_calendar_dialog_shows_a_provisional_year_and_the_supervisor_imports_the_notice(
    qtbot: Any, window: MainWindow, wdesk: Desk, tmp_path: Path
) -> None:
    """2027 is past the package: the dialog lists the statutory days from the rules as
    provisional; a supervisor imports the notice (make-up working days included) from
    the window, a bad file is one line, and the plan's calendar follows."""
    from collector_desk.services.worklist_tasks import work_calendar
    from collector_desk.ui.worklist.calendar_dialog import CalendarDialog

    dialog = CalendarDialog(window, 2027)
    qtbot.addWidget(dialog)
    assert dialog.import_button.isHidden()  # a collector's desk: no import
    qtbot.waitUntil(lambda: dialog.arranged.rowCount() > 0)
    assert "Provisional calendar for 2027" in dialog.status.text()
    assert "provisional" in dialog.arranged_label.text()
    shown = {dialog.arranged.item(r, 0).text() for r in range(dialog.arranged.rowCount())}
    assert {"2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"} <= shown

    wdesk.set_settings(role="supervisor")
    dialog = CalendarDialog(window, 2027)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isHidden()
    bad = tmp_path / "bad.toml"
    bad.write_text("year = 2027\nholidays = [", encoding="utf-8")
    dialog.import_file(bad)
    qtbot.waitUntil(lambda: "Not imported" in dialog.import_result.text())
    assert (
        "bad.toml" in dialog.import_result.text() and "Traceback" not in dialog.import_result.text()
    )
    notice = tmp_path / "cn-2027.toml"
    notice.write_text(
        'year = 2027\nprovisional = false\nsource = "国务院办公厅通知"\n'
        'holidays = [ { day = 2027-01-01, name = "元旦" },'
        ' { day = 2027-02-05, name = "春节" }, { day = 2027-02-12, name = "春节" } ]\n'
        'workdays = [ { day = 2027-02-20, name = "春节调休上班" } ]\n',
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.changed, timeout=10_000):
        dialog.import_file(notice)
    qtbot.waitUntil(lambda: "Imported 2027: 3 days off, 1 make-up" in dialog.import_result.text())
    qtbot.waitUntil(lambda: "official calendar for 2027 is installed" in dialog.status.text())
    qtbot.waitUntil(lambda: dialog.arranged.rowCount() == 4)
    kinds = {dialog.arranged.item(r, 0).text(): dialog.arranged.item(r, 1).text() for r in range(4)}
    assert kinds["2027-02-20"] == "Make-up working day"
    assert "imported notice" in dialog.arranged_label.text()
    with wdesk.read() as s:
        cal = work_calendar(s)
    assert cal.is_workday(date(2027, 2, 20)) and not cal.is_workday(date(2027, 2, 12))


def test_a_request_to_change_the_debit_account_from_the_menu(
    qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk
) -> None:
    """Cases > Request to change the debit account…: a note in the case's history and a
    task on today's plan (a new mandate signed in person)."""
    from PySide6.QtGui import QAction

    from collector_desk.services import case_detail

    assert window.findChild(QAction, "actionDebitAccountChange") is not None
    loan = cases["reminder"]
    open_case(qtbot, window, loan)
    view = feature(window).today
    feature(window).request_account_change("想改用工资卡")
    qtbot.waitUntil(
        lambda: (
            ops.pending() == 0 and any(i.kind == "debit_account_change" for i in view.plan.items)
        ),
        timeout=10_000,
    )
    (task,) = [i for i in view.plan.items if i.kind == "debit_account_change"]
    assert task.loan_id == loan and not task.done
    notes = [h for h in case_detail.load(wdesk, loan).history if h.kind == "note"]
    assert "委托划款授权" in str(notes[0].summary["body"]) and "工资卡" in str(
        notes[0].summary["body"]
    )
    qtbot.waitUntil(
        lambda: any(
            "委托划款授权" in window.case_pane.history.item(r, 2).text()
            for r in range(window.case_pane.history.rowCount())
        ),
        timeout=10_000,
    )


def test_audit_dialog_lists_reveals(
    qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk
) -> None:
    from collector_desk.ui.worklist.audit_view import AuditDialog

    open_case(qtbot, window, cases["overdue"])
    reach = feature(window).reach
    qtbot.waitUntil(lambda: ops.pending() == 0)
    model = window.case_list.model
    assert model is not None
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    when_open(QMessageBox, lambda box: (opened.append(box.text()), box.accept()))
    with qtbot.waitSignals(
        [window.ops.started, window.ops.finished, window.changed], order="strict"
    ):
        reach.reveal()
    qtbot.waitUntil(lambda: bool(opened) and "13812345678" in opened[-1])
    when_open(QMessageBox, lambda box: (opened.append(box.text()), box.accept()))
    reach.reveal("id_number")
    qtbot.waitUntil(lambda: "110101199003078515" in opened[-1])
    whats = sorted(e.detail["what"] for e in audit.events(wdesk, kinds=["reveal"]))
    assert whats == ["id_number", "phone"]
    assert resets == []  # a reveal changes no row of the list: nothing reloaded
    dialog = AuditDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    cells = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert {row[2] for row in cells} == {"Personal data shown"}
    assert {row[4] for row in cells} == {"phone number", "ID number"}
    assert not any("13812345678" in "".join(row) for row in cells)


def test_tray_reminds_once_when_a_window_opens(
    qtbot: Any, window: MainWindow, clock: Clock
) -> None:
    tray = feature(window).tray
    # At 10:30 the morning reminder window (09:00-11:30) is open: told once.
    assert [t for t, _ in tray.shown] == ["Reminders before the due date"]
    tray.check()
    assert len(tray.shown) == 1
    clock.set(2026, 3, 16, 13, 0)
    tray.check()
    assert len(tray.shown) == 1
    clock.set(2026, 3, 16, 13, 30)
    tray.check()  # the overdue case's afternoon window is not a scheduled reminder
    assert len(tray.shown) == 1
    assert window.statusBar().currentMessage() or tray.tray is not None


def test_closing_the_window_while_the_plan_is_built(
    qtbot: Any, wdesk: Desk, cases: dict[str, str]
) -> None:
    w = MainWindow(lang="en")
    w.attach(wdesk)
    w.install_features()
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: ops.pending() == 0)
    feature(w).today.reload()  # a plan is being built on a worker thread...
    assert ops.pending() == 1
    w.close()  # ...when the window goes
    w.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(w))
    qtbot.waitUntil(lambda: ops.pending() == 0)  # delivered to nobody, no error


def test_the_plan_follows_the_date_past_midnight(
    qtbot: Any, window: MainWindow, cases: dict[str, str], clock: Clock
) -> None:
    view = feature(window).today
    assert view.plan.day == date(2026, 3, 16)
    clock.set(2026, 3, 17, 0, 5)
    view._tick()
    qtbot.waitUntil(lambda: ops.pending() == 0 and view.plan.day == date(2026, 3, 17))
    [item] = [i for i in view.plan.items if i.loan_id == cases["reminder"]]
    assert (item.params["number"], item.dpd) == (3, 0)
    overdue = next(i for i in view.plan.items if i.loan_id == cases["overdue"])
    assert overdue.dpd == 11


def test_strategy_tab_and_tracing_checklist(
    qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk
) -> None:
    open_case(qtbot, window, cases["overdue"])
    panel = feature(window).strategy
    qtbot.waitUntil(lambda: panel.detail is not None)
    assert "6-20 days past due: more pressure" in panel.strategy.text()
    assert not panel.lost.isChecked() and not panel.steps.isEnabled()
    panel.lost.setChecked(True)  # mark the borrower lost: tracing starts
    assert panel.steps.isEnabled()
    view = feature(window).today
    qtbot.waitUntil(lambda: any(i.kind == "trace" for i in view.plan.items))
    panel.step_boxes["ask_contacts"].click()
    qtbot.waitUntil(lambda: ops.pending() == 0)
    with wdesk.read() as s:
        assert [(t.kind, t.ref) for t in s.query(TaskDone)] == [("trace", "ask_contacts")]
    qtbot.waitUntil(
        lambda: next(i for i in view.plan.items if i.kind == "trace").params["steps_done"] == 1
    )


def test_flags_dialog_opens_with_the_person_s_flags_and_saves_a_change(
    qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk
) -> None:
    from collector_desk.domain.guardrails import DoNotContact
    from collector_desk.services.contact_rules import person_flags
    from collector_desk.ui.worklist.dialogs import FlagsDialog

    open_case(qtbot, window, cases["overdue"])
    reach = feature(window).reach
    chosen = reach.chosen()
    flag = next(iter(DoNotContact))
    seen: list[bool] = []

    def tick_and_save(dialog: FlagsDialog) -> None:
        seen.append(dialog.boxes[flag].isChecked())
        dialog.boxes[flag].setChecked(True)
        dialog.reason.setText("本人要求")
        dialog.save()

    when_open(FlagsDialog, tick_and_save)
    reach.flags()  # the flags are read on a worker, then the dialog opens
    qtbot.waitUntil(lambda: flag in person_flags(wdesk, chosen["entity"], chosen["id"]))
    assert seen == [False]

    def read_only(dialog: FlagsDialog) -> None:
        seen.append(dialog.boxes[flag].isChecked())
        dialog.reject()

    settle_ops(qtbot)
    when_open(FlagsDialog, read_only)
    reach.flags()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [False, True]  # the second opening shows the saved flag


def test_limits_dialog_shows_the_current_limits(
    qtbot: Any, window: MainWindow, cases: dict[str, str], wdesk: Desk
) -> None:
    from collector_desk.services.contact_rules import current_limits
    from collector_desk.ui.worklist.dialogs import LimitsDialog

    shown: dict[str, str] = {}

    def read(dialog: LimitsDialog) -> None:
        shown.update({name: edit.text() for name, edit in dialog.fields.items()})
        shown["read_only"] = str(all(e.isReadOnly() for e in dialog.fields.values()))
        dialog.reject()

    when_open(LimitsDialog, read)
    feature(window).open_limits()
    qtbot.waitUntil(lambda: bool(shown))
    limits = current_limits(wdesk).as_dict()
    assert {k: v for k, v in shown.items() if k != "read_only"} == {
        k: str(v) for k, v in limits.items()
    }
    assert shown["read_only"] == "True"  # a collector sees them, a supervisor edits


def settle_ops(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0)


@pytest.mark.parametrize(
    ("body", "zh"),
    [
        ("year = 2027\nholidays = [", "不是 TOML 格式的假期文件"),
        ('year = 2027\nholidays = [ { day = 2028-01-01, name = "元旦" } ]\n', "放假日第 1 条的"),
        ('year = "明年"\n', "年份须写成数字"),
        (
            "year = 2027\nholidays = [ { day = 2027-01-01 } ]\n"
            "workdays = [ { day = 2027-01-01 } ]\n",
            "同时列为放假日和上班日",
        ),
    ],
)
def test_a_refused_holiday_file_is_worded_in_chinese(
    qtbot: Any, qapp: Any, window: MainWindow, wdesk: Desk, tmp_path: Path, body: str, zh: str
) -> None:
    """The reason a holiday file is refused is in the window's language, file named,
    with no English left in the line (it was the English reason after 未导入：)."""
    import re

    from collector_desk.ui.i18n import install_translators
    from collector_desk.ui.worklist.calendar_dialog import CalendarDialog

    wdesk.set_settings(role="supervisor")
    install_translators(qapp, "zh_CN")
    try:
        dialog = CalendarDialog(window, 2027)
        qtbot.addWidget(dialog)
        bad = tmp_path / "notice.toml"
        bad.write_text(body, encoding="utf-8")
        dialog.import_file(bad)
        qtbot.waitUntil(lambda: "未导入" in dialog.import_result.text())
        line = dialog.import_result.text()
        assert zh in line and "notice.toml" in line
        rest = line
        for name in ("notice.toml", "docs/holidays.md", "TOML", "UTF-8"):  # names, not words
            rest = rest.replace(name, "")
        assert not re.search(r"[A-Za-z]{3,}", rest), line
    finally:
        install_translators(qapp, "en")


def test_only_a_supervisor_imports_holidays_worded_in_chinese(
    qtbot: Any, qapp: Any, window: MainWindow, tmp_path: Path
) -> None:
    from collector_desk.services.holidays import ArrangementError
    from collector_desk.ui.i18n import install_translators
    from collector_desk.ui.worklist.calendar_dialog import CalendarDialog

    install_translators(qapp, "zh_CN")
    try:
        dialog = CalendarDialog(window, 2027)
        qtbot.addWidget(dialog)
        line = dialog.reason(ArrangementError("only a supervisor imports it", "role"))
        assert "只能由主管导入" in line
    finally:
        install_translators(qapp, "en")
