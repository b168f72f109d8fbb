"""The score card as lines of plain text, for `collector-desk practice --answers`.

Its words go through Qt's translator (context "PracticeCard", and "Practice"
for the rule messages and step statuses the window shows too), so with the
Chinese catalogue installed (`collector-desk --lang zh_CN practice ...`) the
terminal reads as the window does. With no translator the text is the English
of before: the rule codes and statuses as the JSON has them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from collector_desk.ui.practice import texts


def card_lines(doc: dict[str, Any], lang: str) -> list[str]:
    """The card's lines; `lang` "zh" names steps, statuses and rules in the
    translated words, "en" keeps the command's English."""
    zh = lang == "zh"
    verdict = (
        QCoreApplication.translate("PracticeCard", "PASSED")
        if doc["passed"]
        else QCoreApplication.translate("PracticeCard", "FAILED")
    )
    lines = [
        QCoreApplication.translate(
            "PracticeCard", "{scenario}: {score}/100 {verdict} (pass mark {mark})"
        ).format(
            scenario=doc["scenario"], score=doc["score"], verdict=verdict, mark=doc["pass_mark"]
        )
    ]

    def message(d: dict[str, Any]) -> str:
        if not zh:
            return str(d["message"])
        return texts.rule_message(d["rule"], d.get("params", {}), d.get("step"))

    for d in doc["auto_fail"]:
        lines.append(
            QCoreApplication.translate(
                "PracticeCard", "  AUTO-FAIL {section} {message}  \u201c{quote}\u201d"
            ).format(section=d["section"], message=message(d), quote=d["quote"])
        )
    for s in doc["steps"]:
        if s["status"] == "not_applicable":
            continue
        name = (s.get("title") or {}).get(lang, "")
        status = texts.status(s["status"]) if zh else s["status"]
        if s["out_of_order"]:
            status += QCoreApplication.translate("PracticeCard", " out of order")
        head = (
            QCoreApplication.translate("PracticeCard", "step {step} ({name})").format(
                step=s["step"], name=name
            )
            if name
            else QCoreApplication.translate("PracticeCard", "step {step}").format(step=s["step"])
        )
        lines.append(
            QCoreApplication.translate("PracticeCard", "  {head}: {status}  -{lost}/{max}").format(
                head=head, status=status, lost=s["points_lost"], max=s["max_points"]
            )
        )
    for d in doc["deductions"]:
        if not d["auto_fail"]:
            lines.append(f"  -{d['points']:<3} {d['section']:<6} {message(d)}")
    return lines
