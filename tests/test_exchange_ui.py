"""The exchange feature in the real window (offscreen): intake dialog with mapping and
result, bundle export/import with summary, team key, assignment, own-cases switch."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from test_exchange_support import open_workstation

from collector_desk.exchange.bundle_policy import PASSPHRASE_ENV
from collector_desk.exchange.envelope import read_manifest
from collector_desk.exchange.teamkey import KeyStore, TeamKey
from collector_desk.services import assignment
from collector_desk.ui import ops
from collector_desk.ui.exchange import ExchangeFeature, bundle_ui
from collector_desk.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data" / "intake"
SHOTS = Path(__file__).parent.parent / "build" / "shots"


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch) -> MainWindow:
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    desk = open_workstation(tmp_path / "s", "S01")
    desk.set_settings(role="supervisor", first_run_done=True, collector_name="主管")
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    w.resize(1366, 800)
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    yield w
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    desk.close()


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    QApplication.processEvents()


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def count_loans(w) -> int:
    with w.desk.read() as s:
        return s.connection().exec_driver_sql("SELECT count(*) FROM loan").scalar()


def _export_through_the_menu(window, qtbot, monkeypatch, out: Path, clear_answer=None):
    """Export with the dialog's defaults; `clear_answer` answers the in-clear warning."""
    KeyStore(window.desk.data_dir, window.desk.workstation_id).save(TeamKey.generate())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    warned: list[str] = []

    def answer(box) -> None:
        warned.append(box.text())
        box.button(clear_answer).click()

    answer_next(bundle_ui.ExportDialog, lambda d: d.accept())
    if clear_answer is not None:
        answer_next(QMessageBox, answer)
    window.feature(ExchangeFeature).export_bundle()
    settle(qtbot)
    return warned


def test_export_in_clear_warns_first_and_no_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    out = tmp_path / "clear.cdbundle"
    warned = _export_through_the_menu(
        window, qtbot, monkeypatch, out, clear_answer=QMessageBox.StandardButton.No
    )
    assert len(warned) == 1 and "names, phones and ID numbers" in warned[0]
    assert not out.exists()


def test_export_is_encrypted_by_default_with_the_team_passphrase(
    window, qtbot, tmp_path, monkeypatch
):
    monkeypatch.setenv(PASSPHRASE_ENV, "team secret 2026")
    out = tmp_path / "sealed.cdbundle"
    _export_through_the_menu(window, qtbot, monkeypatch, out)  # no warning to answer
    assert read_manifest(out.read_bytes())["encryption"]["cipher"] == "AES-256-GCM"


def test_menus_are_installed(window):
    names = {a.objectName() for a in window.menus["file"].actions()}
    assert {"actionIntake", "actionBundleExport", "actionBundleImport", "actionTeamKey",
            "actionReport"} <= names  # fmt: skip
    assert "actionAssign" in {a.objectName() for a in window.menus["cases"].actions()}


def test_supervisor_actions_follow_the_role(window):
    from PySide6.QtGui import QAction

    def shown() -> dict[str, bool]:
        names = ("actionIntake", "actionReport", "actionAssign", "actionBundleExport")
        return {n: window.findChild(QAction, n).isVisible() for n in names}

    assert shown() == dict.fromkeys(shown(), True)  # the fixture's workstation is a supervisor's
    window.broadcast(window.desk.set_settings(role="collector"))
    assert shown() == {
        "actionIntake": True,  # the welcome offers it to everyone
        "actionReport": False,
        "actionAssign": False,
        "actionBundleExport": True,  # every collector sends their day's work
    }
    window.broadcast(window.desk.set_settings(role="supervisor"))
    assert all(shown().values())


def test_intake_dialog_preview_check_import(window, qtbot):
    dialog = window.feature(ExchangeFeature).open_intake(str(DATA / "cases_zh.xlsx"))
    settle(qtbot)
    assert dialog.preview is not None and dialog.mapping.rowCount() == 16
    assert dialog.run.isEnabled() and dialog.missing.text() == ""
    shot(dialog, "intake-preview")
    dialog.check.click()
    settle(qtbot)
    assert dialog.report.dry_run and count_loans(window) == 0
    dialog.run.click()
    settle(qtbot)
    assert dialog.report.new == 4 and count_loans(window) == 4
    assert dialog.problems.rowCount() == 9
    assert (
        dialog.problems.item(0, 0).text() == "8" and dialog.problems.item(0, 1).text() == "身份证号"
    )
    shot(dialog, "intake-result")
    out = window.desk.data_dir / "problems.xlsx"
    from collector_desk.ui.exchange.intake_dialog import save_problems

    save_problems(dialog.report, out)
    assert out.exists()
    dialog.close()


def test_intake_dialog_refuses_a_giant_workbook_in_one_line(window, qtbot, tmp_path, monkeypatch):
    import sys

    sys.path.insert(0, str(Path(__file__).parent / "data" / "hostile"))
    from make_workbooks import far_cell_xlsx, xls_book

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setenv("COLLECTOR_DESK_WORKBOOK_BUDGET", "400,120")
    before = count_loans(window)
    for book in (far_cell_xlsx(tmp_path), xls_book(tmp_path, far=True, mini=True)):
        dialog = window.feature(ExchangeFeature).open_intake(str(book))
        settle(qtbot)
        assert dialog.preview is None
        dialog.close()
    assert "XFD1048576" in said[0] and "needs more than 400 MB of memory" in said[1]
    assert len(said) == 2 and all("\n" not in line for line in said)
    assert count_loans(window) == before  # and the window goes on


def test_intake_dialog_needs_mapping_for_odd_headers(window, qtbot):
    dialog = window.feature(ExchangeFeature).open_intake(str(DATA / "cases_odd_headers.csv"))
    settle(qtbot)
    assert not dialog.run.isEnabled() and "Contract number" in dialog.missing.text()
    rows = {dialog.mapping.item(i, 0).text(): i for i in range(dialog.mapping.rowCount())}
    for header, field in (("借据号", "contract_no"), ("客户称呼", "name")):
        combo = dialog.combos[rows[header]]
        combo.setCurrentIndex(combo.findData(field))
    assert dialog.run.isEnabled()
    dialog.run.click()
    settle(qtbot)
    assert dialog.report.new == 4
    dialog.close()
    again = window.feature(ExchangeFeature).open_intake(str(DATA / "cases_odd_headers.csv"))
    settle(qtbot)
    assert again.run.isEnabled() and again.preview.remembered
    again.close()


def answer_next(kind: type, act) -> None:
    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, kind) and w.isVisible():
                act(w)
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_bundle_round_trip_through_the_menus(window, qtbot, tmp_path, monkeypatch):
    key = TeamKey.generate()
    KeyStore(window.desk.data_dir, window.desk.workstation_id).save(key)
    from collector_desk.exchange.intake import run_intake

    run_intake(window.desk, DATA / "cases_en.csv")
    out = tmp_path / "s.cdbundle"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    answer_next(bundle_ui.ExportDialog, lambda d: (shot(d, "bundle-export"), d.accept()))
    answer_next(QMessageBox, lambda b: b.button(QMessageBox.StandardButton.Yes).click())
    window.feature(ExchangeFeature).export_bundle()
    settle(qtbot)
    assert out.exists()

    other = open_workstation(tmp_path / "c", "C001")
    other.close()
    shutil.copy(out, tmp_path / "copy.cdbundle")
    bad = tmp_path / "bad.cdbundle"
    bad.write_bytes(b"not a bundle")
    seen: list[Any] = []

    def summary(d) -> None:
        seen.append(d.findChild(object, "bundleSummaryTable"))
        shot(d, "bundle-summary")
        seen.append([d.findChild(object, "bundleSummaryTable").item(r, 2).text() for r in range(2)])
        d.accept()

    answer_next(bundle_ui.ImportSummary, summary)
    window.feature(ExchangeFeature).import_bundles([str(tmp_path / "copy.cdbundle"), str(bad)])
    settle(qtbot)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[1][0] == "nothing new"  # its own bundle: everything known
    assert seen[1][1].startswith("Refused: This file is not a Collector Desk bundle")


def test_team_key_dialog(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "k.txt"), "")
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    from collector_desk.ui.exchange.team_key import TeamKeyDialog

    dialog = TeamKeyDialog(window)
    assert "no team key" in dialog.state.text()
    dialog.create_key()
    key = TeamKey.from_file(tmp_path / "k.txt")
    assert key.key_id in dialog.state.text()
    shot(dialog, "team-key")
    dialog.close()


def test_assignment_dialog_and_own_cases(window, qtbot):
    from collector_desk.exchange.intake import run_intake

    run_intake(window.desk, DATA / "cases_en.csv")
    for who in ("C001", "C002"):
        assignment.add_member(window.desk, who, f"催收员{who[-1]}")
    dialog = window.feature(ExchangeFeature).open_assign()
    qtbot.waitUntil(lambda: dialog.team.rowCount() == 2)  # the team is read on a worker
    dialog.scope.setCurrentIndex(dialog.scope.findData("unassigned"))
    dialog.preview()  # so is the plan
    qtbot.waitUntil(lambda: "C001: 2 cases" in dialog.plan_text.toolTip())
    assert dialog.team.item(0, 3).text().startswith("+2 cases")
    shot(dialog, "assign")
    dialog.apply()
    settle(qtbot)
    assert {m.id: m.cases for m in assignment.team(window.desk)}["C001"] == 2
    dialog.close()
    # a collector sees their own cases by default
    window.desk.set_settings(collector_id="C001", role="collector")
    window.feature(ExchangeFeature).start()
    settle(qtbot)
    assert window.feature(ExchangeFeature).own.isChecked()
    assert window.case_list.model.query.assigned_to == "C001"
    qtbot.waitUntil(lambda: window.case_list.total == 2)
    window.feature(ExchangeFeature).own.setChecked(False)
    qtbot.waitUntil(lambda: window.case_list.total == 4)
    settle(qtbot)  # the switch is saved by a write off the GUI thread
    assert window.desk.setting("list_own_cases") is False
    shot(window, "window-own-cases")


def test_report_dialog(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "r.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    from collector_desk.ui.exchange.assign_dialog import ReportDialog

    dialog = ReportDialog(window, assignment.team(window.desk))
    dialog.save()
    settle(qtbot)
    assert out.exists() and dialog.result() == QDialog.DialogCode.Accepted
    assert Qt


@pytest.fixture
def chinese(qapp):
    from collector_desk.ui.i18n import apply_font, install_translators

    install_translators(qapp, "zh_CN")
    apply_font(qapp)
    yield
    install_translators(qapp, "en")


def test_dialogs_speak_chinese(chinese, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    desk = open_workstation(tmp_path / "zh", "C001")
    desk.set_settings(role="supervisor", first_run_done=True)
    w = MainWindow(lang="zh_CN")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    w.calls.confirm_discard = lambda: True  # type: ignore[method-assign]
    try:
        settle(qtbot)
        titles = [a.text() for a in w.menus["file"].actions()]
        assert "导入总部分案文件(&L)…" in titles
        dialog = w.feature(ExchangeFeature).open_intake(str(DATA / "cases_zh.xlsx"))
        settle(qtbot)
        assert dialog.windowTitle() == "导入总部分案文件"
        dialog.run.click()
        settle(qtbot)
        assert dialog.problems.item(0, 2).text().startswith("身份证号校验位不对")
        assert "新增合同 4 个" in dialog.summary.text()
        shot(dialog, "zh-intake-result")
        dialog.close()
        for who in ("C001", "C002"):
            assignment.add_member(desk, who, f"催收员{who[-1]}")
        assign = w.feature(ExchangeFeature).open_assign()
        qtbot.waitUntil(lambda: assign.team.rowCount() == 2)
        assign.scope.setCurrentIndex(assign.scope.findData("unassigned"))
        assign.preview()
        qtbot.waitUntil(lambda: "件" in assign.plan_text.text())
        shot(assign, "zh-assign")
        assign.close()
        from collector_desk.ui.exchange.team_key import TeamKeyDialog

        keys = TeamKeyDialog(w)
        shot(keys, "zh-team-key")
        keys.close()
        export = bundle_ui.ExportDialog(w, [("C001", "催收员1")])
        shot(export, "zh-bundle-export")
        export.close()
        w.resize(1366, 800)
        shot(w, "zh-window")
    finally:
        settle(qtbot)
        desk.close()


def test_intake_dialog_shows_warnings_apart_from_rejects(window, qtbot, tmp_path):
    from datetime import date

    from test_exchange_intake_stated import _consistent, _row, _write

    rows = [
        _consistent(1, date(2025, 6, 3), 12, 1000, 4),
        _row(3, date(2024, 5, 8), 12, 1000, 4, 200, 8000, None, 8000, "M3+"),
        _row(5, date(2024, 5, 8), 12, 1000, 4, "abc", 8000, None, 8000, "M3+"),
    ]
    path = _write(tmp_path / "委案明细.xlsx", rows)
    dialog = window.feature(ExchangeFeature).open_intake(str(path))
    settle(qtbot)
    assert dialog.as_of.date().toPython() == window.desk.today()
    dialog.run.click()
    settle(qtbot)
    assert (dialog.report.new, dialog.report.rejected) == (2, 1)
    assert dialog.problems.rowCount() == 1 and dialog.problems.item(0, 1).text() == "逾期天数"
    assert dialog.warnings.rowCount() == len(dialog.report.warnings) >= 1
    assert dialog.outcome.tabText(1) == f"Warnings ({len(dialog.report.warnings)})"
    texts = [dialog.warnings.item(r, 2).text() for r in range(dialog.warnings.rowCount())]
    assert any("200 days past due" in t for t in texts)
    dialog.outcome.setCurrentIndex(1)
    shot(dialog, "intake-warnings")
    dialog.close()


def test_intake_dialog_names_every_field_and_every_reason_in_chinese(
    chinese, qtbot, tmp_path, monkeypatch
):
    """Each "Read as" choice is a translated name (the stated-position fields too), and
    a row refused as contradicting itself, or with an amount beyond any, says why in
    Chinese."""
    from datetime import date

    from test_exchange_intake_stated import _consistent, _row, _write

    from collector_desk.exchange.intake_fields import FIELDS
    from collector_desk.paths import resource

    monkeypatch.setenv("COLLECTOR_DESK_NO_KEYRING", "1")
    desk = open_workstation(tmp_path / "zh", "S01")
    desk.set_settings(role="supervisor", first_run_done=True)
    w = MainWindow(lang="zh_CN")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    try:
        settle(qtbot)
        dialog = w.feature(ExchangeFeature).open_intake(
            str(resource("samples", "head-office-cases.xlsx"))
        )
        settle(qtbot)
        combo = dialog.combos[0]
        names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        assert all(names[f.key].rstrip(" *") != f.key for f in FIELDS)
        assert (names["dpd"], names["late_fee"], names["collector"]) == (
            "逾期天数",
            "违约金",
            "催收员",
        )
        dialog.close()
        big = _consistent(2, date(2025, 6, 3), 12, 1000, 4)
        big[5] = 2**63
        rows = [_row(3, date(2024, 5, 8), 12, 1000, 4, 200, 8000, None, 8000, "M3+"), big]
        dialog = w.feature(ExchangeFeature).open_intake(str(_write(tmp_path / "f.xlsx", rows)))
        settle(qtbot)
        dialog.strict.setChecked(True)
        dialog.run.click()
        settle(qtbot)
        assert dialog.report.rejected == 2
        reasons = [dialog.problems.item(r, 2).text() for r in range(dialog.problems.rowCount())]
        assert any(t.startswith("已拒绝：") and "200" in t for t in reasons), reasons
        assert not any("已按总部数字导入" in t for t in reasons)  # it was not imported
        assert any(t.startswith("金额超出允许的最大值") for t in reasons), reasons
        assert not any(t[:1].isascii() for t in reasons), reasons
        shot(dialog, "zh-intake-strict")
        dialog.close()
    finally:
        settle(qtbot)
        desk.close()


def test_a_refused_team_member_is_worded_in_chinese(window, qtbot, monkeypatch, chinese):
    """Adding a member with a staff code too long: the service's refusal in the window's
    language, not its English line."""
    from PySide6.QtWidgets import QInputDialog

    from collector_desk.ui.exchange.assign_dialog import AssignDialog

    answers = iter([("C" * 40, True), ("新同事", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    dialog = AssignDialog(window)
    qtbot.addWidget(dialog)
    dialog.add_member()
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(warned))
    assert "工号" in warned[0] and "staff code" not in warned[0], warned
    assert "1 to 32" not in warned[0]
