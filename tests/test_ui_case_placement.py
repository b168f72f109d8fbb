"""The case pane shows head office's current placement (batch, date and amount placed),
in Chinese by default, from the latest of the case's placement rows."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from test_exchange_intake_payments import CONTRACT, _file
from test_exchange_support import open_workstation

from collector_desk.exchange.intake import run_intake
from collector_desk.services import case_detail, cases
from collector_desk.services.cases import CaseQuery
from collector_desk.ui.desk.case_pane import CasePane


@pytest.fixture
def chinese(qapp):
    from collector_desk.ui.i18n import apply_font, install_translators

    install_translators(qapp, "zh_CN")
    apply_font(qapp)
    yield
    install_translators(qapp, "en")


def _detail(tmp_path: Path) -> case_detail.CaseDetail:
    desk = open_workstation(tmp_path / "sup", "S01")
    try:
        run_intake(desk, _file(tmp_path, "jan.csv", 5000, date(2026, 1, 5), date(2026, 1, 20)))
        run_intake(desk, _file(tmp_path, "mar.csv", 6000, date(2026, 3, 5), date(2026, 3, 15),
                               batch="B2603", placed=date(2026, 3, 1)))  # fmt: skip
        (row,) = [r for r in cases.page(desk, CaseQuery(), limit=10) if r.contract_no == CONTRACT]
        return case_detail.load(desk, row.loan_id)
    finally:
        desk.close()


def test_the_case_pane_shows_the_current_placement_in_chinese(chinese, qtbot, tmp_path):
    detail = _detail(tmp_path)
    assert detail.placement is not None and detail.placement.placements == 2
    pane = CasePane()
    qtbot.addWidget(pane)
    pane.resize(720, 360)
    pane.show_detail(detail, date(2026, 3, 16))
    pane.show()
    qtbot.waitExposed(pane)
    text = pane.header.text()
    assert "批次 B2603 · 委案日期 2026-03-01 · 委案金额 ¥9,000.00" in text, text
    assert "B2601" not in text
    history = [pane.history.item(r, 2).text() for r in range(pane.history.rowCount())]
    assert "2026-03-05 还款 ¥1,000.00（总部报送）" in history, history
    placed = [h for h in history if h.startswith("批次")]  # the history of placements
    assert placed == ["批次 B2603 · 委案日期 2026-03-01 · 委案金额 ¥9,000.00（mar.csv）",
                      "批次 B2601 · 委案日期 2025-12-01 · 委案金额 ¥9,000.00（jan.csv）"]  # fmt: skip
    if out := os.environ.get("COLLECTOR_DESK_SHOTS"):
        pane.grab().save(str(Path(out) / "case-pane-placement.png"))


def test_the_placement_line_in_english(qtbot, tmp_path):
    pane = CasePane()
    qtbot.addWidget(pane)
    pane.show_detail(_detail(tmp_path), date(2026, 3, 16))
    assert "Batch B2603 · placed on 2026-03-01 · placed amount ¥9,000.00" in pane.header.text()
