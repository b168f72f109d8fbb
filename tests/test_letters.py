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
    assert "2026-03-23" in text  # the date to pay by: a week
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
    loan = make_case(desk, disbursed=date(2026, 3, 1))  # nothing due yet: no overdue amount
    letter = letters.draft(desk, loan, "formal_demand", "zh_CN")
    assert "overdue_amount" in letter.missing
    with pytest.raises(letters.LetterError, match="placeholder"):
        letters.record_sent(desk, letter, loan)


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
