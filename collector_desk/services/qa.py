"""The supervisor's daily QA: every note, call outcome and SMS of one day, from the
whole team, judged again by the language engine (the rules of today, not those of
the moment it was written). A flagged item names who, the case, the rule and the
words; names and numbers in the text are masked."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from collector_desk.domain.language import Addressee, engine, findings
from collector_desk.domain.localtime import lender_zone
from collector_desk.domain.privacy import mask_name, mask_text
from collector_desk.services.context import Desk
from collector_desk.store import qa_day

KINDS = ("note", "call", "callback", "sms")


@dataclass(frozen=True, slots=True)
class QaFlag:
    at: datetime  # UTC
    local_time: str  # HH:MM in the lender's time zone
    kind: str  # note | call | callback | sms
    item_id: str
    collector_id: str
    collector_name: str
    loan_id: str
    contract_no: str
    borrower_masked: str
    to: str  # record | borrower | third_party
    rule: str
    category: str
    category_zh: str
    category_en: str
    words: str  # masked
    why_zh: str
    why_en: str
    text: str  # masked

    @property
    def learned(self) -> bool:
        """Found by the learned back-off, not a rule: a reviewer confirms it (no
        finding of the daily QA fails anyone by itself)."""
        return self.rule.startswith("learned.")

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "local_time": self.local_time,
            "kind": self.kind,
            "item_id": self.item_id,
            "collector": self.collector_id,
            "collector_name": self.collector_name,
            "contract": self.contract_no,
            "borrower": self.borrower_masked,
            "to": self.to,
            "rule": self.rule,
            "learned": self.learned,
            "category": self.category,
            "words": self.words,
            "why": {"zh": self.why_zh, "en": self.why_en},
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class QaDay:
    day: date
    checked: dict[str, int]  # kind -> items read
    flags: tuple[QaFlag, ...]

    @property
    def flagged_items(self) -> int:
        return len({(f.kind, f.item_id) for f in self.flags})

    def to_json(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "checked": self.checked,
            "flagged_items": self.flagged_items,
            "flags": [f.to_json() for f in self.flags],
        }


def day_bounds(day: date, zone_name: str | None) -> tuple[datetime, datetime]:
    """The lender's calendar day as a UTC interval."""
    start = datetime.combine(day, time.min, lender_zone(zone_name)).astimezone(UTC)
    return start, start + timedelta(days=1)


def _addressee(to: str) -> Addressee:
    return Addressee(to) if to in {a.value for a in Addressee} else Addressee.RECORD


def daily_qa(desk: Desk, day: date, learned: bool | None = None) -> QaDay:
    """Every note, call outcome and SMS of the day, judged; `learned` (default: the
    "language_learned" setting, on) adds the learned back-off's findings, each
    marked for a reviewer to confirm (QaFlag.learned)."""
    zone_name = str(desk.setting("timezone") or "") or None
    start, end = day_bounds(day, zone_name)
    with desk.read() as s:
        items = qa_day.written(s, start, end)
        quiet = qa_day.quiet_calls(s, start, end)
        contacts = qa_day.contact_names(
            s, [*(w.borrower_id for w in items), *(q.borrower_id for q in quiet)]
        )
        who = qa_day.collector_names(s)
    eng = engine()
    if learned is None:
        learned = bool(desk.setting("language_learned"))
    zone = lender_zone(zone_name)
    checked = Counter(w.kind for w in items)
    flags: list[QaFlag] = []
    for w in items:
        if not w.text.strip():
            continue
        names = [w.borrower_name, *contacts.get(w.borrower_id, ())]
        for f in findings(w.text, _addressee(w.to), learned):
            title = eng.categories[f.category].title
            flags.append(
                QaFlag(
                    at=w.at,
                    local_time=w.at.astimezone(zone).strftime("%H:%M"),
                    kind=w.kind,
                    item_id=w.id,
                    collector_id=w.collector_id,
                    collector_name=who.get(w.collector_id, ""),
                    loan_id=w.loan_id,
                    contract_no=w.contract_no,
                    borrower_masked=mask_name(w.borrower_name),
                    to=w.to,
                    rule=f.rule,
                    category=f.category,
                    category_zh=title.zh,
                    category_en=title.en,
                    words=mask_text(f.words, names),
                    why_zh=f.why.zh,
                    why_en=f.why.en,
                    text=mask_text(w.text, names),
                )
            )
    for q in quiet:
        names = [q.borrower_name, *contacts.get(q.borrower_id, ())]
        flags.append(_quiet_flag(q, zone, who, names))
    flags.sort(key=lambda f: (f.at, f.item_id))
    return QaDay(day, {k: checked.get(k, 0) for k in KINDS}, tuple(flags))


QUIET_RULE = "contact.quiet_hours"


def _quiet_flag(
    q: qa_day.QuietCall, zone: ZoneInfo, who: dict[str, str], names: list[str]
) -> QaFlag:
    """A call saved in the borrower's quiet hours, not dialled through the app: the
    collector confirmed it was made; the supervisor sees when, in whose time."""
    d = q.detail
    local, tz = str(d.get("local_time", "")), str(d.get("tz", ""))
    hours = f"{d.get('quiet_start', '')}-{d.get('quiet_end', '')}"
    return QaFlag(
        at=q.at,
        local_time=q.at.astimezone(zone).strftime("%H:%M"),
        kind="call",
        item_id=q.call_id,
        collector_id=q.collector_id,
        collector_name=who.get(q.collector_id, ""),
        loan_id=q.loan_id,
        contract_no=q.contract_no,
        borrower_masked=mask_name(q.borrower_name),
        to="record",
        rule=QUIET_RULE,
        category="quiet_hours",
        category_zh="禁止联系时段联系",
        category_en="Contact in quiet hours",
        words=f"{local} ({tz})",
        why_zh=f"借款人当地时间 {local}（{tz}）保存了一通未经本软件拨出的电话，"
        f"处于禁止联系时段 {hours}；催收员已确认这通电话确实已经打了。",
        why_en=f"A call not dialled through the app was saved at {local} in the borrower's "
        f"time zone ({tz}), inside the quiet hours {hours}; the collector confirmed it "
        "was made.",
        text=mask_text(q.note, names),
    )
