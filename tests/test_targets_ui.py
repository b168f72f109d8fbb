"""The Targets tab in the real window (offscreen): loads on the worker, a supervisor
sees the team and sets targets (audited), a collector sees their own figures only,
every rate cell carries numerator and denominator, the export is a workbook."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from worklist_support import SH, Clock, open_desk

from collector_desk.services import assignment, audit, targets
from collector_desk.services.demo import create_demo
from collector_desk.ui import ops
from collector_desk.ui.main_window import MainWindow
from collector_desk.ui.targets import TargetsFeature
from collector_desk.ui.targets.view import TargetsView

NOW = datetime(2026, 3, 16, 10, 0, tzinfo=SH)


def _window(qapp: Any, qtbot: Any, desk: Any, lang: str = "en") -> MainWindow:
    from collector_desk.ui.i18n import install_translators

    install_translators(qapp, lang)
    w = MainWindow(lang=lang)
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    w.resize(1366, 800)
    w.show()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    return w


def _open_tab(w: MainWindow, qtbot: Any) -> TargetsView:
    view = w.feature(TargetsFeature).view
    w.left_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.report is not None and ops.pending() == 0, timeout=20_000)
    return view


@pytest.fixture
def supervisor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    desk = open_desk(tmp_path, Clock(NOW), role="supervisor")
    desk.set_settings(first_run_done=True)
    assignment.add_member(desk, "C001", "测试员")
    assignment.add_member(desk, "D2041", "王强")
    create_demo(desk, cases=60, seed=7, assign_to="C001")
    yield desk
    desk.close()


def test_the_supervisor_sees_the_team_with_numerators_and_definitions(
    qapp: Any, qtbot: Any, qtmodeltester: Any, supervisor: Any
) -> None:
    w = _window(qapp, qtbot, supervisor)
    view = _open_tab(w, qtbot)
    qtmodeltester.check(view.model)
    model = view.model
    rep = targets.report(supervisor, "2026-03")
    assert model.rowCount() == len(rep.collectors) + 1
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "Team"
    team = rep.team
    kept = model.data(model.index(last, 4))
    assert f"({team.kept_rate.numerator}/{team.kept_rate.denominator})" in kept
    contact = model.data(model.index(last, 2))
    assert f"({team.contact_rate.numerator}/{team.contact_rate.denominator})" in contact
    assert "÷" in model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(last, 6)).startswith("¥")
    assert view.set_targets.isVisible() and view.who.isEnabled()
    # Roll and cure rows, with the definition as the tooltip; staff measures; what works.
    assert view.flows.rowCount() == 5
    assert view.flows.item(0, 0).text() == "C → M1"
    assert "Roll rate" in view.flows.item(0, 1).toolTip()
    assert view.staff.rowCount() == 3
    assert view.works.rowCount() > 2
    assert view.charts.count() == 6  # trend, two bars, bands, roll by count and by amount
    # Roll and cure month over month: a column per month, count · amount in each cell.
    roll = view.roll
    assert roll.columnCount() == 1 + len(rep.trend) == 7
    assert roll.horizontalHeaderItem(6).text() == "2026-03"
    assert roll.item(0, 0).text() == "C → M1" and roll.rowCount() == 5
    march = rep.trend[-1].flows[0].by_count
    assert f"{march.numerator}/{march.denominator}" in roll.item(0, 6).toolTip()
    assert "·" in roll.item(0, 6).text()
    # One collector's figures.
    view.who.setCurrentIndex(view.who.findData("C001"))
    qtbot.waitUntil(lambda: [f.collector_id for f in view.report.collectors] == ["C001"])
    qtbot.waitUntil(lambda: ops.pending() == 0)


def test_the_supervisor_sets_targets_and_the_change_is_audited(
    qapp: Any, qtbot: Any, supervisor: Any
) -> None:
    from collector_desk.ui.targets.target_dialog import TargetsDialog

    w = _window(qapp, qtbot, supervisor)
    view = _open_tab(w, qtbot)
    members = [m for m in view._members if m.role != "supervisor"]
    dialog = TargetsDialog(w, "2026-03", members, view.report, view)
    qtbot.addWidget(dialog)
    row = [m.id for m in members].index("D2041")
    dialog.amounts[row].setValue(123_456.78)
    dialog.kept[row].setValue(85)
    assert dialog.changes() == [("D2041", 12_345_678, 85)]
    with qtbot.waitSignal(w.changed, timeout=20_000):
        dialog.save()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    (t,) = [t for t in targets.targets(supervisor, "2026-03") if t.collector_id == "D2041"]
    assert (t.amount_fen, t.kept_rate_pct, t.set_by) == (12_345_678, 85, "C001")
    assert any(
        e.kind == targets.AUDIT_KIND and e.subject == "D2041/2026-03"
        for e in audit.events(supervisor)
    )
    # The tab reloaded from the broadcast: D2041's target shows.
    qtbot.waitUntil(
        lambda: any(f.target_fen == 12_345_678 for f in view.report.collectors), timeout=20_000
    )


def test_a_collector_sees_only_their_own(
    qapp: Any, qtbot: Any, supervisor: Any, tmp_path: Path
) -> None:
    supervisor.set_settings(role="collector")
    w = _window(qapp, qtbot, supervisor)
    view = _open_tab(w, qtbot)
    assert [f.collector_id for f in view.report.collectors] == ["C001"]
    assert not view.set_targets.isVisible() and not view.who.isEnabled()
    # Their own row only: no "Team" row repeating it under another name.
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data().startswith("C001")
    out = tmp_path / "mine.xlsx"
    view.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and ops.pending() == 0, timeout=20_000)
    figures = list(
        openpyxl.load_workbook(out, read_only=True)["Figures"].iter_rows(values_only=True)
    )
    assert [r[0] for r in figures[1:]] == ["C001"]


def test_export_writes_the_figures_workbook(
    qapp: Any, qtbot: Any, supervisor: Any, tmp_path: Path
) -> None:
    w = _window(qapp, qtbot, supervisor)
    view = _open_tab(w, qtbot)
    out = tmp_path / "targets.xlsx"
    view.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and ops.pending() == 0, timeout=20_000)
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == [
        "Figures",
        "Collected by band",
        "Roll and cure",
        "Roll month over month",
        "What works",
        "Staff measures",
    ]
    trend = list(book["Roll month over month"].iter_rows(values_only=True))
    assert trend[0][:4] == ("Month", "To the end of", "Movement", "Loans moved")
    rep = targets.report(supervisor, "2026-03")
    assert len(trend) == 1 + 5 * len(rep.trend)  # four flows and the cure, each month
    feb = rep.trend[-2].flows[0].by_count
    assert ("2026-02", "2026-02-28", "C → M1", feb.numerator, feb.denominator) in [
        r[:5] for r in trend
    ]
    rows = list(book["Figures"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Collector", "Name", "Calls")
    team = targets.report(supervisor, "2026-03").team
    assert rows[-1][0] == "Team" and rows[-1][2] == team.calls
    assert rows[-1][8] == team.kept_rate.numerator and rows[-1][7] == team.kept_rate.denominator
    book.close()


def test_months_listed_newest_first() -> None:
    from collector_desk.ui.targets.view import months_before

    assert months_before(date(2026, 2, 10), 3) == ["2026-02", "2026-01", "2025-12"]


def test_the_count_can_be_cancelled_from_its_progress_dialog(
    qapp: Any, qtbot: Any, supervisor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from collector_desk.services import target_counts

    w = _window(qapp, qtbot, supervisor)
    view = _open_tab(w, qtbot)
    target_counts.rebuild(supervisor)  # the next load must count from facts
    release = threading.Event()
    real = target_counts.ensure

    def held(*args: Any, **kw: Any) -> int:  # the count waits until the dialog is up
        release.wait(20)
        return real(*args, **kw)

    monkeypatch.setattr(target_counts, "ensure", held)
    view.reload()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in w.findChildren(QProgressDialog)), timeout=10_000
    )
    (dialog,) = [d for d in w.findChildren(QProgressDialog) if d.isVisible()]
    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "Cancel"
    button.click()
    release.set()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    assert "stopped" in view.summary.text()
    assert view.stale


def test_the_tab_is_built_when_first_shown_and_its_view_loads_then(
    qapp: Any, qtbot: Any, supervisor: Any
) -> None:
    w = _window(qapp, qtbot, supervisor)
    feature = w.feature(TargetsFeature)
    tabs = w.left_tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    index = titles.index("Targets")
    assert w.findChildren(TargetsView) == []  # a placeholder until the tab is shown
    tabs.setCurrentIndex(index)  # as a click on the tab
    qtbot.waitUntil(lambda: isinstance(tabs.currentWidget(), TargetsView), timeout=10_000)
    view = tabs.currentWidget()
    assert view is feature.view and tabs.indexOf(view) == index
    assert [tabs.tabText(i) for i in range(tabs.count())] == titles
    qtbot.waitUntil(lambda: view.report is not None and ops.pending() == 0, timeout=20_000)
    assert view.model.rowCount() > 1


def test_on_the_first_of_the_month_the_tab_points_to_last_month(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    desk = open_desk(tmp_path, Clock(datetime(2026, 4, 1, 10, 0, tzinfo=SH)), role="supervisor")
    try:
        desk.set_settings(first_run_done=True)
        create_demo(desk, cases=60, seed=7)
        w = _window(qapp, qtbot, desk)
        view = _open_tab(w, qtbot)
        assert view.report.month == "2026-04"
        assert "just begun: 2026-03 has last month's figures" in view.summary.text()
        view.month.setCurrentIndex(1)  # last month: figures at once
        qtbot.waitUntil(
            lambda: view.report.month == "2026-03" and ops.pending() == 0, timeout=20_000
        )
        assert view.report.team.calls > 0 and "just begun" not in view.summary.text()
        w.close()
    finally:
        desk.close()
