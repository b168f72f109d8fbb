"""Write PNGs of the main window at 1366x768, a case open mid-call, in zh_CN and en
(also the Today tab, the practice room and the Targets tab).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out docs/screenshots]

Each language gets its own fresh database with the demo portfolio (fixed seed
and date, so the pictures are the same every run). The call is walked through
the real widgets: open the most overdue case, confirm the borrower, pick
objection D, fill date, amount, method and account, stop at the read-back.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fixed moment of the pictures' day (mid-morning in Shanghai): the reach bar's
# quiet-hours verdict would otherwise follow the clock of the machine taking them.
os.environ.setdefault("COLLECTOR_DESK_NOW", "2026-03-16T10:30:00+08:00")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 3, 16)


def shoot(lang: str, out: Path) -> Path:
    from PySide6.QtWidgets import QApplication

    from collector_desk.app import build_window
    from collector_desk.domain.call_flow import Objection
    from collector_desk.services.context import Desk
    from collector_desk.services.demo import create_demo
    from collector_desk.ui import ops

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk = Desk.open(folder, today=lambda: TODAY)
        desk.set_settings(
            collector_name="李娜" if lang == "zh_CN" else "Li Na",
            lender_name="示例消费金融" if lang == "zh_CN" else "Example Consumer Finance",
            lender_accounts=["招商银行 6214 8301 0000 1234"],
            first_run_done=True,
            language=lang,
        )
        create_demo(desk, cases=240, seed=7)
        desk.close()

        window = build_window(folder, today=TODAY, lang=lang)
        window.show()
        app = QApplication.instance()
        assert app is not None

        def settle() -> None:
            for _ in range(50):
                app.processEvents()
                if ops.pending() == 0:
                    break
                import time

                time.sleep(0.02)
            # What the last delivery changed (a label's new text) asks for a layout
            # pass, itself a posted event: let it run before the picture is taken.
            for _ in range(3):
                app.processEvents()

        settle()
        model = window.case_list.model
        assert model is not None
        window.left_tabs.setCurrentIndex(0)  # the case list (a feature may add tabs)
        # An M1 case (6-20 days late), the typical call, a few rows down the list.
        window.case_list.bucket.setCurrentIndex(window.case_list.bucket.findData("M1-6-20"))
        settle()
        row = min(2, model.rowCount() - 1)
        window.case_list.table.setCurrentIndex(model.index(row, 0))
        window.open_case(model.row(row).loan_id)
        panel, form = window.script_panel, window.promise_form
        panel.answer_identity(True)
        panel.go(3)
        panel.toggle_objection(Objection.D)
        panel.go(4)
        form.date.setDate(form.date.date().addDays(2))
        panel.go(5)
        panel.go(6)
        form.method.setCurrentIndex(form.method.findData("bank_transfer"))
        panel.go(7)
        form.account.setCurrentIndex(form.account.count() - 1)
        panel.go(8)
        window.call_outcome.reason.setCurrentIndex(
            window.call_outcome.reason.findData("waiting_income")
        )
        settle()
        window.statusBar().clearMessage()
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"desk-{lang}.png"
        window.grab().save(str(path))
        # The day's plan (Today tab) beside the same case.
        today_tab = next((i for i in range(window.left_tabs.count()) if i > 0), None)
        if today_tab is not None:
            window.left_tabs.setCurrentIndex(today_tab)
            settle()
            window.grab().save(str(out / f"today-{lang}.png"))
            window.left_tabs.setCurrentIndex(0)
        # The practice room, a scenario started.
        from collector_desk.ui.practice import PracticeFeature

        practice = window.feature(PracticeFeature)
        if isinstance(practice, PracticeFeature):
            room = practice.open()
            room.resize(1366, 768)
            settle()
            room.grab().save(str(out / f"practice-{lang}.png"))
            room.close()
        window.calls.discard()
        window.close()
        window.desk.close()
        return path


def shoot_targets(lang: str, out: Path) -> Path:
    """The Targets tab as a supervisor sees it: the demo portfolio spread over two
    collectors, each with the month's target."""
    from PySide6.QtWidgets import QApplication

    from collector_desk.app import build_window
    from collector_desk.services import assignment
    from collector_desk.services.context import Desk
    from collector_desk.services.demo import create_demo
    from collector_desk.ui import ops
    from collector_desk.ui.targets import TargetsFeature

    zh = lang == "zh_CN"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk = Desk.open(folder, today=lambda: TODAY)
        desk.set_settings(
            collector_id="C001",  # the demo's calls are this collector's and D2041's
            collector_name="李娜" if zh else "Li Na",
            lender_name="示例消费金融" if zh else "Example Consumer Finance",
            first_run_done=True,
            language=lang,
        )
        assignment.add_member(desk, "S001", "周主管" if zh else "Zhou", "supervisor")
        assignment.add_member(desk, "C001", "李娜" if zh else "Li Na")
        assignment.add_member(desk, "D2041", "王强" if zh else "Wang Qiang")
        create_demo(desk, cases=240, seed=7)
        desk.set_settings(
            collector_id="S001", collector_name="周主管" if zh else "Zhou", role="supervisor"
        )
        # The supervisor's split of the portfolio: every second case each.
        loans = assignment.unassigned(desk)
        assignment.assign(desk, loans[0::2], "C001")
        assignment.assign(desk, loans[1::2], "D2041")
        desk.close()

        window = build_window(folder, today=TODAY, lang=lang)
        window.show()
        app = QApplication.instance()
        assert app is not None
        view = window.feature(TargetsFeature).open_dashboard()
        for _ in range(500):
            app.processEvents()
            if view.report is not None and ops.pending() == 0:
                break
            import time

            time.sleep(0.02)
        view.table.resizeColumnsToContents()
        app.processEvents()
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"targets-{lang}.png"
        view.grab().save(str(path))
        for index, name in ((1, "flows"), (2, "works")):  # roll and cure; what works
            view.sections.setCurrentIndex(index)
            app.processEvents()
            view.grab().save(str(out / f"targets-{name}-{lang}.png"))
        view.sections.setCurrentIndex(0)  # the charts: roll rates month over month
        view.charts.setCurrentIndex(4)
        app.processEvents()
        view.grab().save(str(out / f"targets-roll-{lang}.png"))
        window.close()
        window.desk.close()
        return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", action="append", help="zh_CN and/or en (default both)")
    parser.add_argument("--targets-only", action="store_true", help="only the Targets tab")
    args = parser.parse_args()
    from collector_desk.app import ensure_app

    ensure_app()
    for lang in args.lang or ["zh_CN", "en"]:
        if not args.targets_only:
            print(shoot(lang, Path(args.out)))
        print(shoot_targets(lang, Path(args.out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
