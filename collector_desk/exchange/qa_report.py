"""The daily QA as a workbook: one sheet of flagged items, one of what was read.

Cells are neutralised as in the daily report (a note starting with "=" stays
text); names and numbers in the texts are already masked by services.qa."""

from __future__ import annotations

from pathlib import Path

from collector_desk.exchange.reports import Sheet, write_xlsx
from collector_desk.services.qa import QaDay

# what a finding rests on: a rule, or the learned back-off (a reviewer confirms it)
BASIS = {"zh": ("规则命中", "模型判断，待复核"), "en": ("rule", "learned: please check")}

FLAG_HEADERS = (
    "Time",
    "Kind",
    "Collector",
    "Name",
    "Contract",
    "Borrower",
    "To",
    "Category",
    "Basis",
    "Rule",
    "Words",
    "Why",
    "Text",
)


def sheets(report: QaDay, lang: str = "zh") -> list[Sheet]:
    en = lang.startswith("en")
    rows = [
        (
            f.local_time,
            f.kind,
            f.collector_id,
            f.collector_name,
            f.contract_no,
            f.borrower_masked,
            f.to,
            f.category_en if en else f.category_zh,
            BASIS["en" if en else "zh"][f.learned],
            f.rule,
            f.words,
            f.why_en if en else f.why_zh,
            f.text,
        )
        for f in report.flags
    ]
    read = [(kind, n) for kind, n in report.checked.items()]
    read.append(("flagged items", report.flagged_items))
    return [
        Sheet("flags", "Flagged", FLAG_HEADERS, rows),
        Sheet("read", "Read", ("What", "Count"), read),
    ]


def write_qa_xlsx(
    path: Path, report: QaDay, *, lang: str = "zh", headers: dict[str, str] | None = None
) -> Path:
    out = path if path.suffix else path.with_suffix(".xlsx")
    write_xlsx(out, sheets(report, lang), headers)
    return out
