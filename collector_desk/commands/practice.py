"""practice: list scenarios, check scenario files, score a scripted run."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from collector_desk.commands import english, open_desk, table


def chinese(args: argparse.Namespace) -> bool:
    """Whether `--lang` asks for Chinese outright (the card is English without it)."""
    return (getattr(args, "lang", None) or "").lower().startswith("zh")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "practice",
        help="practice scenarios: list them, check the files, or score a scripted run",
        description="Without --scenario: list the scenarios. With --scenario and --answers: "
        "play the answers file against the scenario and print the score card.",
    )
    p.add_argument("--list", action="store_true", help="list the scenarios (the default)")
    p.add_argument(
        "--check", action="store_true", help="validate every scenario file and try every reply"
    )
    p.add_argument("--scenario", metavar="ID", help="the scenario to play")
    p.add_argument(
        "--answers", metavar="FILE", help="answers file (.json or .toml), see docs/practice.md"
    )
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="the practice day (default: the answers file, else today)",
    )
    p.add_argument(
        "--folder",
        metavar="DIR",
        help="read scenarios from this folder instead of resources/practice",
    )
    p.add_argument("--save", action="store_true", help="keep the attempt in the database")
    p.add_argument("--trainee", help="whose attempt it is (default: this workstation's collector)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=cmd_practice)


def _out(doc: Any) -> None:
    """One JSON document, UTF-8 whatever the console's code page."""
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    sys.stdout.flush()  # a closed pipe (`| head`) is handled by cli
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def _problem(p: Any) -> dict[str, Any]:
    return {
        "file": p.file,
        "line": p.line,
        "field": p.field,
        "code": p.code,
        "message": p.message,
        "severity": p.severity,
    }


def cmd_practice(args: argparse.Namespace) -> int:
    from collector_desk.domain.loan import band_for_dpd
    from collector_desk.services import practice

    library = practice.load_library(Path(args.folder) if args.folder else None)
    if args.scenario or args.answers:
        return _play(args, library)
    if args.check:
        return _check(args, library)
    rows = [
        {
            "id": s.id,
            "objection": s.objection.value,
            "debtor_kind": s.persona.kind.value,
            "debtor_kind_number": s.persona.kind.number,
            "answered_by": s.persona.answered_by.value,
            "dpd": s.persona.dpd,
            "dpd_band": band_for_dpd(s.persona.dpd),
            "title": {"zh": s.title.zh, "en": s.title.en},
            "file": s.source,
        }
        for s in library.scenarios
    ]
    if args.json:
        sets = [
            {
                "id": st.id,
                "title": {"zh": st.title.zh, "en": st.title.en},
                "scenarios": list(st.scenarios),
            }
            for st in library.sets
        ]
        _out(
            {
                "count": len(rows),
                "scenarios": rows,
                "sets": sets,
                "problems": [_problem(p) for p in library.problems],
            }
        )
    else:
        lang = "en" if english(args) else "zh"
        sys.stdout.write(
            table(
                ("scenario", "objection", "debtor", "dpd", "title"),
                [
                    (r["id"], r["objection"], r["debtor_kind"], r["dpd"], _title(r, lang))
                    for r in rows
                ],
                right={3},
            )
        )
    for p in library.problems:
        print(p, file=sys.stderr)
    return 1 if library.errors else 0


def _check(args: argparse.Namespace, library: Any) -> int:
    from collector_desk.domain.practice.lint import lint
    from collector_desk.domain.practice.render import CallSetup

    setup = CallSetup(today=date.today())
    problems = [_problem(p) for p in library.problems]
    for s in library.scenarios:
        problems += [
            {
                "file": s.source,
                "line": 0,
                "field": p.path,
                "code": p.code,
                "message": p.message,
                "severity": p.severity,
            }
            for p in lint(s, setup)
        ]
    if args.json:
        _out({"scenarios": len(library.scenarios), "problems": problems})
    else:
        for p in problems:
            print(f"{p['severity']:<7} {p['file']}:{p['line']}: {p['field']}: {p['message']}")
        print(f"{len(library.scenarios)} scenarios, {len(problems)} problems")
    return 1 if any(p["severity"] == "error" for p in problems) else 0


def _play(args: argparse.Namespace, library: Any) -> int:
    from collector_desk.services import practice

    if not (args.scenario and args.answers):
        print("--scenario and --answers go together", file=sys.stderr)
        return 2
    try:
        scenario = library.get(args.scenario)
    except KeyError:
        print(
            f"no scenario {args.scenario!r}; see `collector-desk practice --list`", file=sys.stderr
        )
        for p in library.problems:
            print(p, file=sys.stderr)
        return 2
    answers, problems = practice.read_answers(Path(args.answers))
    if answers is None:
        for p in problems:
            print(p, file=sys.stderr)
        return 2
    if answers.scenario and answers.scenario != scenario.id:
        print(
            f"{args.answers}: written for scenario {answers.scenario!r}, not {scenario.id!r}",
            file=sys.stderr,
        )
        return 2
    try:
        today = date.fromisoformat(args.today) if args.today else answers.today
    except ValueError:
        print("--today must be a date like 2026-03-16", file=sys.stderr)
        return 2
    desk = open_desk(args)
    try:
        started = desk.now()
        trainee = args.trainee or practice.default_trainee(desk)
        setup = practice.call_setup(desk, today=today)
        call, card, run_problems = practice.run_scripted(scenario, setup, answers)
        if args.save:
            practice.save_attempt(desk, trainee=trainee, call=call, card=card, started_at=started)
    finally:
        desk.close()
    issues = [f"{Path(args.answers).name}: {p.path}: {p.message}" for p in run_problems]
    doc = {
        **card.to_dict(),
        "today": setup.today.isoformat(),
        "saved": bool(args.save),
        "problems": issues,
        "transcript": practice.transcript(call),
    }
    if args.json:
        _out(doc)
    else:
        _print_card(doc, args)
    for line in issues:
        print(line, file=sys.stderr)
    return 0


def _print_card(doc: dict[str, Any], args: argparse.Namespace) -> None:
    """The card in the terminal: English unless `--lang` asks for Chinese, which
    goes through the window's Qt catalogues (ui/practice/card_text.py)."""
    from PySide6.QtCore import QCoreApplication

    from collector_desk.ui.practice.card_text import card_lines

    lang = "zh" if chinese(args) else "en"
    app = QCoreApplication.instance()
    if lang == "zh" or app is not None:
        # English needs no catalogue, but one installed before in this process must go
        from collector_desk.ui.i18n import install_translators

        install_translators(
            app or QCoreApplication([sys.argv[0]]), "zh_CN" if lang == "zh" else "en"
        )
    print("\n".join(card_lines(doc, lang)))


def _title(row: Mapping[str, object], lang: str) -> str:
    title = row["title"]
    return str(title[lang]) if isinstance(title, dict) else str(title)
