"""The supervisor's daily QA: a collector's notes reach the supervisor's file by a
bundle, are judged there, and come out with who, the case, the rule and masked text;
the CLI prints it, as JSON too, and writes a real workbook."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_exchange_support import (
    TODAY,
    SharedClock,
    open_workstation,
    record_call,
    seed_portfolio,
)

from collector_desk.cli import main
from collector_desk.domain.privacy import mask_text
from collector_desk.exchange.bundle_in import import_bundle
from collector_desk.exchange.bundle_out import export_bundle
from collector_desk.exchange.qa_report import write_qa_xlsx
from collector_desk.exchange.teamkey import TeamKey
from collector_desk.services.qa import daily_qa

KEY = TeamKey(bytes(range(32)))
# case_record(0) is 张伟, contact 赵敏, phone 138 0000 0000 + n
BAD_NOTE = "我告诉他同事赵敏，张伟欠我们钱，不还就通知他单位，电话13800000000"
CLEAN_NOTE = "客户承诺周五通过APP还款"


@pytest.fixture
def supervisor(tmp_path: Path):
    clock = SharedClock()
    s = open_workstation(tmp_path / "S", "S01", now=clock)
    a = open_workstation(tmp_path / "A", "C001", now=clock)
    loans = seed_portfolio(s, 3)
    import_bundle(a, export_bundle(s, tmp_path / "s.cdb", KEY).path, KEY)
    record_call(a, loans[0], BAD_NOTE)
    record_call(a, loans[1], CLEAN_NOTE)
    record_call(s, loans[2], "")
    import_bundle(s, export_bundle(a, tmp_path / "a.cdb", KEY).path, KEY)
    yield s
    a.close()
    s.close()


def test_a_collectors_breach_reaches_the_supervisors_qa_masked(supervisor) -> None:
    report = daily_qa(supervisor, TODAY)
    assert report.checked["call"] == 3
    assert report.flagged_items == 1
    cats = {f.category for f in report.flags}
    assert {"threat", "disclosure"} <= cats
    flag = report.flags[0]
    assert flag.collector_id == "C001" and flag.contract_no == "HT2025000000"
    assert flag.borrower_masked == "张*" and flag.kind == "call"
    for f in report.flags:
        assert "张伟" not in f.text and "赵敏" not in f.text and "13800000000" not in f.text
        assert "张*" in f.text and "赵*" in f.text and "138****0000" in f.text
        assert f.rule and f.why_zh and f.why_en
    # another day reads nothing
    assert daily_qa(supervisor, TODAY + timedelta(days=1)).checked["call"] == 0


def test_the_workbook_holds_the_flags_as_text(supervisor, tmp_path: Path) -> None:
    report = daily_qa(supervisor, TODAY)
    path = write_qa_xlsx(tmp_path / "qa.xlsx", report, lang="en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Flagged", "Read"]
    rows = list(book["Flagged"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(report.flags)
    assert rows[0][2] == "C001" and rows[0][4] == "HT2025000000"
    assert all("张伟" not in str(c) for r in rows for c in r)


def test_cli_prints_json_and_writes_the_workbook(supervisor, tmp_path: Path, capsys) -> None:
    folder = str(supervisor.data_dir)
    out = tmp_path / "qa-day.xlsx"
    code = main(
        ["qa", "--day", TODAY.isoformat(), "--json", "--out", str(out), "--data-dir", folder]
    )
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["day"] == TODAY.isoformat() and doc["flagged_items"] == 1
    assert doc["flags"][0]["collector"] == "C001"
    assert "张伟" not in json.dumps(doc, ensure_ascii=False)
    assert out.exists()
    assert main(["qa", "--day", TODAY.isoformat(), "--data-dir", folder, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "1 flagged" in text and "HT2025000000" in text and "张伟" not in text
    # the file exists now: refused in one line without --force
    code = main(["qa", "--day", TODAY.isoformat(), "--out", str(out), "--data-dir", folder])
    err = capsys.readouterr().err
    assert code != 0 and "--force" in err and len(err.strip().splitlines()) == 1


@given(
    st.text(alphabet="张伟李娜欠钱还款，。 0123456789-", max_size=60),
)
def test_masked_text_keeps_no_long_number_and_no_name(text: str) -> None:
    masked = mask_text(text, ["张伟", "李娜"])
    assert "张伟" not in masked and "李娜" not in masked
    digits_only = "".join(ch if ch.isdigit() else " " for ch in masked).split()
    assert all(len(run) < 7 for run in digits_only)


def test_an_sms_sent_is_read_by_the_qa_with_its_addressee(tmp_path: Path) -> None:
    from datetime import date, datetime

    from worklist_support import SH, Clock, make_case, phones_of
    from worklist_support import open_desk as open_wdesk

    from collector_desk.services import dialing

    clock = Clock(datetime(2026, 3, 16, 10, 0, tzinfo=SH))
    desk = open_wdesk(tmp_path, clock)
    try:
        loan = make_case(desk, disbursed=date(2026, 2, 6), phones=["13812345678"])
        own = next(p.id for p in phones_of(desk, loan) if p.contact_id is None)
        draft = dialing.draft_sms(desk, loan, own, "overdue_notice")
        dialing.send_sms(desk, draft, draft.text)
        report = daily_qa(desk, date(2026, 3, 16))
    finally:
        desk.close()
    assert report.checked["sms"] == 1 and report.flags == ()


NOTE_FOR_THE_BACK_OFF = "打给客户舅舅，说了他欠款两万的事"


def test_the_learned_back_off_joins_the_qa_unless_switched_off(tmp_path: Path, capsys) -> None:
    # on by default since session 9, each of its findings marked for a reviewer
    s = open_workstation(tmp_path / "S", "S01")
    try:
        loans = seed_portfolio(s, 1)
        # a note no rule hears (session 10: the retrained back-off hears this disclosure in a
        # note; its threat threshold, 0.94, no longer reaches the veiled threat used before)
        record_call(s, loans[0], NOTE_FOR_THE_BACK_OFF)
        assert daily_qa(s, TODAY, learned=False).flagged_items == 0
        flags = daily_qa(s, TODAY).flags
        assert [f.rule for f in flags] == ["learned.disclosure"] and flags[0].learned
        assert flags[0].words and "reviewer should confirm" in flags[0].why_en
        args = ["qa", "--day", TODAY.isoformat(), "--json", "--data-dir", str(s.data_dir)]
        assert main(args) == 0
        doc = json.loads(capsys.readouterr().out)
        assert doc["flagged_items"] == 1 and doc["flags"][0]["rule"] == "learned.disclosure"
        assert doc["flags"][0]["learned"] is True
        s.set_settings(language_learned=False)
        assert daily_qa(s, TODAY).flagged_items == 0
        assert main([*args, "--learned"]) == 0
        doc = json.loads(capsys.readouterr().out)
        assert doc["flagged_items"] == 1
    finally:
        s.close()


def test_the_workbook_says_what_each_finding_rests_on(tmp_path: Path) -> None:
    from collector_desk.exchange.qa_report import FLAG_HEADERS, sheets

    s = open_workstation(tmp_path / "S", "S01")
    try:
        loans = seed_portfolio(s, 2)
        record_call(s, loans[0], NOTE_FOR_THE_BACK_OFF)
        record_call(s, loans[1], "跟他同事说了他欠款没还")
        report = daily_qa(s, TODAY)
    finally:
        s.close()
    at = FLAG_HEADERS.index("Basis")
    for lang, rule, learned in (
        ("zh", "规则命中", "模型判断，待复核"),
        ("en", "rule", "learned: please check"),
    ):
        rows = sheets(report, lang)[0].rows
        got = {(r[FLAG_HEADERS.index("Rule")].startswith("learned."), r[at]) for r in rows}
        assert got == {(False, rule), (True, learned)}
