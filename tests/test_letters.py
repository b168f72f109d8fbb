"""Letters to the borrower: filled from the case with the lender's name and published
accounts, rendered to PDF with the Chinese font embedded, sending one is a fact in the
case's history, and a template for a third party is refused."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from worklist_support import SH, Clock, make_case, open_desk

from collector_desk.services import case_detail, letters

NOW = datetime(2026, 3, 16, 10, 0, tzinfo=SH)


@pytest.fixture
def desk(tmp_path: Path) -> Any:
    d = open_desk(tmp_path, Clock(NOW))
    d.set_settings(hotline="400-800-1234", lender_accounts=["招商银行 110906123410201"])
    yield d
    d.close()


def test_a_demand_is_filled_from_the_case(desk: Any) -> None:
    loan = make_case(desk, disbursed=date(2026, 1, 6))  # due 6 Feb and 6 Mar, unpaid
    letter = letters.draft(desk, loan, "formal_demand", "zh_CN")
    text = "".join(letter.paragraphs)
    assert letter.missing == ()
    assert "示例消费金融" in text and letter.lender == "示例消费金融"
    assert "2,000.00 元" in text and "逾期 38 天" in text
    assert "截至2026年3月16日" in text and letter.date == "2026年3月16日"  # dates in words
    assert "2026年3月23日" in text  # the date to pay by: a week on, a Monday
    assert "-" not in letter.date
    assert letter.accounts == ("招商银行 110906123410201",)
    assert letter.recipient == "张先生"
    en = letters.draft(desk, loan, "reminder", "en")
    assert "2,000.00 yuan" in "".join(en.paragraphs) and en.title == "Repayment reminder"


def test_sending_one_is_a_fact_in_the_history(desk: Any) -> None:
    loan = make_case(desk, disbursed=date(2026, 1, 6))
    letter = letters.draft(desk, loan, "reminder", "zh_CN")
    changes = letters.record_sent(desk, letter, loan)
    assert loan in changes.loans
    history = case_detail.load(desk, loan).history
    notes = [h for h in history if h.kind == "note"]
    assert notes and "还款提醒函" in str(notes[0].summary["body"])
    from collector_desk.store.models import TaskDone

    with desk.read() as s:
        done = s.query(TaskDone).filter_by(loan_id=loan, kind=letters.TASK_KIND).one()
        assert done.ref == "reminder"


def test_an_unfilled_letter_is_not_sent(desk: Any) -> None:
    loan = make_case(desk, disbursed=date(2026, 1, 6))
    desk.set_settings(hotline="")  # the hotline was never given
    letter = letters.draft(desk, loan, "formal_demand", "zh_CN")
    assert letter.missing == ("hotline",)
    with pytest.raises(letters.LetterError, match="placeholder"):
        letters.record_sent(desk, letter, loan)


@pytest.mark.parametrize("template", ["reminder", "formal_demand"])
def test_a_case_with_nothing_overdue_gets_no_letter(desk: Any, template: str) -> None:
    """Both letters speak of money overdue: never "逾期0天" to a borrower who is current."""
    not_due = make_case(desk, disbursed=date(2026, 3, 1))  # first instalment in April
    paid_up = make_case(
        desk,
        disbursed=date(2026, 1, 6),
        paid=[(date(2026, 2, 6), 100_000), (date(2026, 3, 6), 100_000)],
    )
    for loan in (not_due, paid_up):
        with pytest.raises(letters.NotOverdue):
            letters.draft(desk, loan, template, "zh_CN")
        with pytest.raises(letters.NotOverdue):
            letters.draft(desk, loan, template, "en")


def test_the_date_to_pay_by_is_a_working_day(tmp_path: Path) -> None:
    # 25 Dec 2026 + a week is New Year's Day 2027 (then a weekend): the 4th of January.
    d = open_desk(tmp_path, Clock(datetime(2026, 12, 25, 10, 0, tzinfo=SH)))
    try:
        d.set_settings(hotline="400-800-1234")
        loan = make_case(d, disbursed=date(2026, 10, 20))  # due 20 Nov and 20 Dec, unpaid
        letter = letters.draft(d, loan, "formal_demand", "zh_CN")
        assert "请您于2027年1月4日前" in "".join(letter.paragraphs)
        en = letters.draft(d, loan, "formal_demand", "en")
        assert "by 4 January 2027" in "".join(en.paragraphs)
        assert en.date == "25 December 2026"
    finally:
        d.close()


def test_a_letter_to_a_third_party_or_with_forbidden_words_is_refused() -> None:
    base = {
        "title": {"zh_CN": "函", "en": "Letter"},
        "salutation": {"zh_CN": "", "en": ""},
        "paragraphs": {"zh_CN": ["请还款。"], "en": ["Please pay."]},
        "accounts_heading": {"zh_CN": "", "en": ""},
        "closing": {"zh_CN": "", "en": ""},
    }
    with pytest.raises(letters.LetterError, match="borrower only"):
        letters.parse_template("x", {**base, "audience": "third_party"})
    bad = {**base, "audience": "borrower", "paragraphs": {"zh_CN": ["随便你"], "en": ["ok"]}}
    with pytest.raises(letters.LetterError, match="forbidden"):
        letters.parse_template("x", bad)
    assert {t.id for t in letters.templates()} == {"reminder", "formal_demand"}


def test_the_pdf_embeds_its_font_and_the_preview_is_a_page(
    desk: Any, qapp: Any, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    from collector_desk.ui.letters.render import write_pdf, write_png

    loan = make_case(desk, disbursed=date(2026, 1, 6))
    letter = letters.draft(desk, loan, "formal_demand", "zh_CN")
    pdf = write_pdf(letter, tmp_path / "demand.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf
    png = write_png(letter, tmp_path / "demand.png")
    image = QImage(str(png))
    assert image.height() > image.width() > 800  # A4, portrait


def test_the_dialog_previews_saves_and_records(
    desk: Any, qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    from collector_desk.ui import ops
    from collector_desk.ui.letters.letter_dialog import LetterDialog
    from collector_desk.ui.main_window import MainWindow

    loan = make_case(desk, disbursed=date(2026, 1, 6))
    w = MainWindow(lang="zh_CN")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    dialog = LetterDialog(w, loan)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.letter is not None, timeout=20_000)
    assert "还款提醒函" in dialog.preview.toPlainText()
    dialog.kind.setCurrentIndex(dialog.kind.findData("formal_demand"))
    qtbot.waitUntil(lambda: dialog.letter.template_id == "formal_demand", timeout=20_000)
    assert dialog.save_to(tmp_path / "x.pdf").stat().st_size > 1000
    with qtbot.waitSignal(w.changed, timeout=20_000):
        dialog.record_sent()
    qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    notes = [h for h in case_detail.load(desk, loan).history if h.kind == "note"]
    assert "催收函" in str(notes[0].summary["body"])


def test_the_dialog_on_a_case_with_nothing_overdue_offers_no_letter(
    desk: Any, qapp: Any, qtbot: Any
) -> None:
    from collector_desk.ui import ops
    from collector_desk.ui.i18n import install_translators
    from collector_desk.ui.letters.letter_dialog import LetterDialog
    from collector_desk.ui.main_window import MainWindow

    loan = make_case(desk, disbursed=date(2026, 3, 1))
    install_translators(qapp, "zh_CN")
    try:
        w = MainWindow(lang="zh_CN")
        qtbot.addWidget(w)
        w.attach(desk)
        w.install_features()
        dialog = LetterDialog(w, loan)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
        text = dialog.preview.toPlainText()
        assert "没有逾期" in text and "逾期0天" not in text and "{" not in text
        assert not dialog.save.isEnabled() and not dialog.sent.isEnabled()
    finally:
        install_translators(qapp, "en")


def test_the_reminder_closes_with_a_full_salutation(desk: Any, qapp: Any) -> None:
    from collector_desk.ui.letters.render import to_html

    loan = make_case(desk, disbursed=date(2026, 1, 6))
    letter = letters.draft(desk, loan, "reminder", "zh_CN")
    html = to_html(letter)
    assert html.index("此致") < html.index("敬礼！")


def test_the_dialog_asks_for_the_hotline_when_it_was_never_set(
    desk: Any, qapp: Any, qtbot: Any
) -> None:
    from collector_desk.ui import ops
    from collector_desk.ui.letters.letter_dialog import LetterDialog
    from collector_desk.ui.main_window import MainWindow

    desk.set_settings(hotline="")
    loan = make_case(desk, disbursed=date(2026, 1, 6))
    w = MainWindow(lang="en")
    qtbot.addWidget(w)
    w.attach(desk)
    w.install_features()
    dialog = LetterDialog(w, loan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.letter is not None and ops.pending() == 0, timeout=20_000)
    assert dialog.letter.missing == ("hotline",) and not dialog.sent.isEnabled()
    assert dialog.hotline_row.isVisible() and "hotline" in dialog.missing.text()
    dialog.hotline.setText("400-800-1234")
    dialog.save_hotline()
    qtbot.waitUntil(
        lambda: dialog.letter is not None and dialog.letter.missing == () and ops.pending() == 0,
        timeout=20_000,
    )
    assert desk.setting("hotline") == "400-800-1234"
    assert "400-800-1234" in dialog.preview.toPlainText()
    assert (
        dialog.sent.isEnabled() and dialog.save.isEnabled() and not dialog.hotline_row.isVisible()
    )


@pytest.mark.parametrize(
    "broken",
    [
        '{"audience": "borrower", "title": ',  # not JSON
        '{"audience": "borrower"}',  # fields missing
        '{"audience": "guarantor", "title": {}}',  # to a third party
    ],
)
def test_a_trainers_broken_template_is_one_line_in_the_dialog(
    desk: Any, qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any, broken: str
) -> None:
    """A letter template a trainer edited into something unusable: the dialog names
    the file and says who fixes it, in Chinese; nothing can be saved or recorded."""
    import shutil

    from collector_desk.paths import resource
    from collector_desk.ui import ops
    from collector_desk.ui.i18n import install_translators
    from collector_desk.ui.letters.letter_dialog import LetterDialog
    from collector_desk.ui.main_window import MainWindow

    folder = tmp_path / "templates" / "letters"
    shutil.copytree(resource("templates", "letters"), folder)
    (folder / "zz_trainer.json").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(letters, "resource", lambda *parts: tmp_path.joinpath(*parts))
    letters.templates.cache_clear()
    loan = make_case(desk, disbursed=date(2026, 1, 6))
    install_translators(qapp, "zh_CN")
    try:
        w = MainWindow(lang="zh_CN")
        qtbot.addWidget(w)
        w.attach(desk)
        w.install_features()
        dialog = LetterDialog(w, loan)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: "zz_trainer" in dialog.preview.toPlainText(), timeout=20_000)
        text = dialog.preview.toPlainText()
        assert "模板" in text and "Traceback" not in text
        assert not dialog.save.isEnabled() and not dialog.sent.isEnabled()
        qtbot.waitUntil(lambda: ops.pending() == 0, timeout=20_000)
    finally:
        install_translators(qapp, "en")
        letters.templates.cache_clear()
