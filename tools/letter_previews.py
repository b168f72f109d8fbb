"""Write PNG previews (and the PDFs) of every letter template, filled from a demo case.

QT_QPA_PLATFORM=offscreen python tools/letter_previews.py [--out build/letters]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 3, 16)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "build" / "letters"))
    args = parser.parse_args()
    from collector_desk.app import ensure_app
    from collector_desk.services import letters
    from collector_desk.services.cases import CaseQuery, page
    from collector_desk.services.context import Desk
    from collector_desk.services.demo import create_demo
    from collector_desk.ui.i18n import apply_font
    from collector_desk.ui.letters.render import write_pdf, write_png

    app = ensure_app()
    apply_font(app)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        desk = Desk.open(Path(tmp), today=lambda: TODAY)
        desk.set_settings(
            lender_name="示例消费金融",
            hotline="400-800-1234",
            lender_accounts=["招商银行 110906123410201（示例消费金融有限公司）"],
        )
        create_demo(desk, cases=40, seed=7)
        loan = next(r.loan_id for r in page(desk, CaseQuery()) if r.bucket == "M1")
        for tpl in letters.templates():
            for lang in letters.LANGS:
                letter = letters.draft(desk, loan, tpl.id, lang)
                print(write_png(letter, out / f"{tpl.id}-{lang}.png"))
                print(write_pdf(letter, out / f"{tpl.id}-{lang}.pdf"))
        desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
