"""The import dialog's progress speaks the user's language: stage words and the rows
so far, not run_intake's stage codes ("writing"); Cancel still stops at a chunk."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_exchange_support import open_workstation

from collector_desk.domain.progress import Cancelled, Progress
from collector_desk.exchange.intake import run_intake
from collector_desk.ui.exchange.intake_progress import StageWords, stage_words

DATA = Path(__file__).parent / "data" / "intake"


class Seen(Progress):
    """The dialog's side: what its label was given, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def report(self, done, total=None, text=None):
        super().report(done, total, text)
        if text:
            self.texts.append(text)


@pytest.fixture
def lang(qapp, request):
    from collector_desk.ui.i18n import install_translators

    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.mark.parametrize(
    ("lang", "reading", "writing"),
    [
        ("zh_CN", "正在读取文件", "正在写入案件：11 / 11 行"),
        ("en", "Reading the file", "Writing the cases: 11 of 11 rows"),
    ],
    indirect=["lang"],
)
def test_an_import_shows_its_stages_in_words_with_the_rows(lang, reading, writing, tmp_path):
    desk = open_workstation(tmp_path / "s", "S01")
    try:
        seen = Seen()
        report = run_intake(desk, DATA / "cases_zh.xlsx", progress=StageWords(seen, stage_words()))
    finally:
        desk.close()
    assert report.accepted == 4 and report.rows == 11, seen.texts
    assert (seen.texts[0], seen.texts[-1]) == (reading, writing), seen.texts
    assert not {"reading", "checking", "writing", "case_state"} & set(seen.texts)


def test_thousands_are_grouped_and_cancel_still_stops(qapp):
    seen = Seen()
    words = StageWords(seen, stage_words())
    words.step(2000, 50_000, "writing")
    assert seen.texts == ["Writing the cases: 2,000 of 50,000 rows"]
    words.step(2000, None, "case_state")  # the total stays
    assert seen.texts[-1] == "Updating the case list: 2,000 of 50,000 rows"
    seen.cancelled = True  # the dialog's Cancel
    with pytest.raises(Cancelled):
        words.step(4000, None, "writing")


class CancelWhileReading(Progress):
    """Presses Cancel while the workbook's reader child is still at work."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.steps, self.at = 0, at

    def step(self, done, total=None, text=None):
        self.steps += 1
        if self.steps == self.at:
            self.cancelled = True
        super().step(done, total, text)


def test_cancel_stops_the_reading_of_a_workbook_at_once(tmp_path, monkeypatch):
    """Cancel is not kept waiting for a big workbook's reader: the wait for the child
    asks every POLL_S, the child is stopped, nothing is written; the preview too."""
    import time

    from collector_desk.exchange import workbook_guard
    from collector_desk.exchange.intake import preview

    started: list[int] = []
    popen = workbook_guard.subprocess.Popen

    def recorded(*args, **kwargs):
        proc = popen(*args, **kwargs)
        started.append(proc)
        return proc

    monkeypatch.setattr(workbook_guard.subprocess, "Popen", recorded)
    monkeypatch.setattr(workbook_guard, "POLL_S", 0.001)  # asked before any child is done
    desk = open_workstation(tmp_path / "s", "S01")
    try:
        # run_intake steps once before the reading, then while it reads; preview only then
        for at, attempt in (
            (2, lambda p: run_intake(desk, DATA / "cases_zh.xlsx", progress=p)),
            (1, lambda p: preview(desk, DATA / "cases_zh.xlsx", progress=p)),
        ):
            progress = CancelWhileReading(at)
            begun = time.monotonic()
            with pytest.raises(Cancelled):
                attempt(progress)
            assert time.monotonic() - begun < 5 and progress.steps == at
            assert started[-1].poll() not in (None, 0)  # the reader child was stopped
        with desk.read() as s:
            assert s.connection().exec_driver_sql("SELECT count(*) FROM loan").scalar() == 0
    finally:
        desk.close()
    assert len(started) == 2
