"""The case list's filter boxes: the bucket and promise choices, each with the count
of cases it would show once the counts are in."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from collector_desk.ui import labels

BUCKET_FILTERS = ("", "C", "M1", "M1-1-5", "M1-6-20", "M1-21-29", "M2", "M3", "M3+")
PROMISE_FILTERS = ("", "pending", "broken", "partly_kept", "kept", "none")
PROMISE_KEY = "promise:"  # services.cases.PROMISE_KEY: the counts' keys of promise filters


def bucket_text(code: str, n: int | None = None) -> str:
    text = labels.band(code) if code else QCoreApplication.translate("CaseListView", "All buckets")
    return text if n is None else f"{text} · {n:,}"


def promise_text(code: str, n: int | None = None) -> str:
    text = (
        labels.promise_status(code)
        if code
        else QCoreApplication.translate("CaseListView", "Any promise")
    )
    return text if n is None else f"{text} · {n:,}"


def fill(box: QComboBox, codes: tuple[str, ...], text: Callable[[str], str]) -> None:
    for code in codes:
        box.addItem(text(code), code)


def show_counts(bucket: QComboBox, promise: QComboBox, counts: Mapping[str, int]) -> None:
    """Each choice's text with how many cases it would show."""
    for i in range(bucket.count()):
        code = bucket.itemData(i) or ""
        bucket.setItemText(i, bucket_text(code, counts.get(code)))
    for i in range(promise.count()):
        code = promise.itemData(i) or ""
        promise.setItemText(i, promise_text(code, counts.get(PROMISE_KEY + code)))
