"""Intake's progress in the user's words: "正在写入案件：2,000 / 5,000 行".

`run_intake` reports its stages as codes ("reading", "checking", "writing",
"case_state") with the rows done so far; the import dialog's progress shows
them translated, with the count.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collector_desk.domain.progress import Progress


def stage_words() -> dict[str, str]:
    """Stage code -> words, and "count" -> the line with the rows (GUI thread)."""
    return {
        "reading": QCoreApplication.translate("IntakeProgress", "Reading the file"),
        "checking": QCoreApplication.translate("IntakeProgress", "Checking the rows"),
        "writing": QCoreApplication.translate("IntakeProgress", "Writing the cases"),
        "case_state": QCoreApplication.translate("IntakeProgress", "Updating the case list"),
        "count": QCoreApplication.translate("IntakeProgress", "{stage}: {done} of {total} rows"),
    }


class StageWords(Progress):
    """The op's progress, with the stage codes as words and the rows so far: built
    on the GUI thread, stepped on the worker."""

    def __init__(self, inner: Progress, words: dict[str, str]) -> None:
        super().__init__()
        self.inner, self.words = inner, words

    def _say(self, text: str | None) -> str | None:
        word = self.words.get(text or "")
        if word is None or text == "count":
            return text
        if self.total <= 0:
            return word
        done, total = f"{min(self.done, self.total):,}", f"{self.total:,}"
        return self.words["count"].format(stage=word, done=done, total=total)

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        super().report(done, total, text)
        self.inner.report(done, total, self._say(text))

    def step(self, done: int, total: int | None = None, text: str | None = None) -> None:
        super().report(done, total, text)
        self.inner.step(done, total, self._say(text))  # the dialog's own: it may cancel
